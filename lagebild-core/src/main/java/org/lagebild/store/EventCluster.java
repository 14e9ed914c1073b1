package org.lagebild.store;

import java.util.List;

/**
 * One real-world event as reported by one or more event mentions across articles and days.
 *
 * @param id        cluster id (stable: derived from its first mention)
 * @param source    source actor ids over all mentions
 * @param target    target actor ids over all mentions
 * @param day       the anchor day candidates are matched against (its first mention's event or
 *                  publication day), or null
 * @param place     country code or location actor the mentions give, or null
 * @param firstSeen first publication day of a mention, or null
 * @param lastSeen  last publication day of a mention, or null
 * @param whenFrom  first day of the mentions' own resolved event dates, or null
 * @param whenTo    last day of them, or null
 * @param mentions  number of event mentions
 * @param sources   number of distinct source articles; a near-duplicate counts with its original
 */
public record EventCluster(String id, String type, boolean negated, String quad, Double intensity,
                           List<String> source, List<String> target, String day, String place, String firstSeen,
                           String lastSeen, String whenFrom, String whenTo, int mentions, int sources) {
}

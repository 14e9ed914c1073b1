package org.lagebild.store;

/**
 * One statement reported by one or more articles: the same speaker, a near-identical quote,
 * within the date window.
 *
 * @param speaker   speaker actor id, or null for statements without a resolved speaker
 * @param quote     the quote of its first mention
 * @param mentions  number of statement mentions
 * @param sources   number of distinct source articles; a near-duplicate counts with its original
 */
public record StatementCluster(String id, String speaker, String day, String quote, String firstSeen,
                               String lastSeen, int mentions, int sources) {
}

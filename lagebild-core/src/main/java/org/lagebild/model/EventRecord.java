package org.lagebild.model;

import java.util.List;

/**
 * One PLOVER event mention with its evidence span.
 *
 * @param statement      id of the statement the event is reported in, or null
 * @param sourceMentions the text spans that gave the source actors (one per actor mention used)
 * @param targetMentions the text spans that gave the target actors
 */
public record EventRecord(String id, String type, String mode, List<String> context, String quad,
                          Double intensity, String cameo, List<String> source, List<String> target,
                          boolean negated, boolean future, boolean hypothetical, boolean historical,
                          EventDate date, Location location, String statement, Trigger trigger,
                          Evidence evidence, List<Evidence> sourceMentions, List<Evidence> targetMentions) {

    public record EventDate(String value, String granularity, boolean resolved, String text) {
    }

    public record Location(String actor, String name, String country, int start, int end, String text) {
    }

    public record Trigger(int start, int end, String text, String lemma) {
    }
}

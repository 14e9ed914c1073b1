package org.lagebild.model;

import java.util.List;

/**
 * One PLOVER event mention with its evidence span.
 *
 * @param statement      id of the statement the event is reported in, or null
 * @param sourceMentions the text spans that gave the source actors (one per actor mention used); in English
 *                       also the noun phrase of a participant that names no known actor (which then has no id
 *                       in {@code source}: "a car bomb"); in German that of a person or group no registry actor
 *                       names, when the role has no known actor ("von einem Sondereinsatzkommando")
 * @param targetMentions the text spans that gave the target actors, and likewise English noun phrases without an
 *                       actor id ("rejected the draft resolution") and German unknown persons ("Dem Mitbegründer …")
 */
public record EventRecord(String id, String type, String mode, List<String> context, String quad,
                          Double intensity, String cameo, List<String> source, List<String> target,
                          boolean negated, boolean future, boolean hypothetical, boolean historical,
                          EventDate date, Location location, String statement, Trigger trigger,
                          Evidence evidence, List<Evidence> sourceMentions, List<Evidence> targetMentions) {

    public record EventDate(String value, String granularity, boolean resolved, String text) {
    }

    /**
     * Where the event happened: the place mention ({@code start}, {@code end}, {@code text}), the actor
     * it resolved to if any, and the gazetteer's reading of it: {@code country} (ISO alpha-3),
     * {@code lat}/{@code lon} (WGS84) and {@code geonamesId} (null for countries and regions, and
     * all four null when the gazetteer does not know the name).
     */
    public record Location(String actor, String name, String country, int start, int end, String text,
                           Double lat, Double lon, Long geonamesId) {
    }

    public record Trigger(int start, int end, String text, String lemma) {
    }
}

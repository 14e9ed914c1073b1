package org.lagebild.store;

import java.util.List;

/**
 * One stored event with its source and target actor ids.
 *
 * @param dateValue normalised event date (2022-01-12, 2022-W02, …) or null
 * @param date      publication date of the article as given, or null
 * @param locationCountry ISO alpha-3 of the event location, when the gazetteer resolved it
 * @param locationLat     latitude (WGS84) of the event location, or null
 * @param locationLon     longitude, or null
 * @param locationGeonamesId GeoNames id of the place, or null (countries, regions, unresolved)
 */
public record EventRow(String articleId, String eventId, String type, String mode, String quad, Double intensity,
                       String cameo, List<String> source, List<String> target, boolean negated, boolean future,
                       boolean hypothetical, boolean historical, String dateValue, String dateGranularity,
                       boolean dateResolved, String locationActor, String locationName, String statementId,
                       String evidence, Integer evidenceStart, Integer evidenceEnd, String date,
                       String locationCountry, Double locationLat, Double locationLon, Long locationGeonamesId) {

    /** An event without a resolved location. */
    public EventRow(String articleId, String eventId, String type, String mode, String quad, Double intensity,
                    String cameo, List<String> source, List<String> target, boolean negated, boolean future,
                    boolean hypothetical, boolean historical, String dateValue, String dateGranularity,
                    boolean dateResolved, String locationActor, String locationName, String statementId,
                    String evidence, Integer evidenceStart, Integer evidenceEnd, String date) {
        this(articleId, eventId, type, mode, quad, intensity, cameo, source, target, negated, future, hypothetical,
                historical, dateValue, dateGranularity, dateResolved, locationActor, locationName, statementId,
                evidence, evidenceStart, evidenceEnd, date, null, null, null, null);
    }
}

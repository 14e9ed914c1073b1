package org.lagebild.store;

import java.util.List;

/**
 * One stored event with its source and target actor ids.
 *
 * @param dateValue normalised event date (2022-01-12, 2022-W02, …) or null
 * @param date      publication date of the article as given, or null
 */
public record EventRow(String articleId, String eventId, String type, String mode, String quad, Double intensity,
                       String cameo, List<String> source, List<String> target, boolean negated, boolean future,
                       boolean hypothetical, boolean historical, String dateValue, String dateGranularity,
                       boolean dateResolved, String locationActor, String locationName, String statementId,
                       String evidence, Integer evidenceStart, Integer evidenceEnd, String date) {
}

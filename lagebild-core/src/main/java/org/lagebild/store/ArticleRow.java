package org.lagebild.store;

/**
 * One stored article without its text and analysis.
 *
 * @param id       SHA-256 (hex) of the text
 * @param sourceId the document id the input gave (file name, JSONL id)
 * @param date       publication date as given (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param ingestedAt when it was stored, ISO-8601 UTC
 */
public record ArticleRow(String id, String sourceId, String lang, String date, String dateGranularity,
                         String title, String url, String ingestedAt) {
}

package org.lagebild.store;

/**
 * One stored statement. Offsets are char indices into the article text.
 *
 * @param speakerName canonical name of the speaker actor, or null
 * @param date        publication date of the article as given, or null
 */
public record StatementRow(String articleId, String statementId, String speakerActor, String speakerName,
                           String speakerText, String cue, String cueLemma, String quote, Integer quoteStart,
                           Integer quoteEnd, String form, String medium, String addresseeActor,
                           String addresseeText, String parent, String date) {
}

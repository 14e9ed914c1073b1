package org.lagebild.store;

/**
 * One stored statement. Offsets are char indices into the article text.
 *
 * @param speakerName canonical name of the speaker actor, or null
 * @param topicActor  actor the statement's topic names, or null
 * @param topicText   what the statement is about as the text phrases it, or null (also in rows stored before topics)
 * @param date        publication date of the article as given, or null
 */
public record StatementRow(String articleId, String statementId, String speakerActor, String speakerName,
                           String speakerText, String cue, String cueLemma, String quote, Integer quoteStart,
                           Integer quoteEnd, String form, String medium, String addresseeActor,
                           String addresseeText, String topicActor, String topicText, String parent, String date) {
}

package org.lagebild.store;

import java.util.List;

/**
 * One stored forum with its participants (the full record with evidence is in the article's
 * analysis). {@code from}/{@code to}: the days it is filed under (ISO), its own date when the text
 * gives a calendar date, else its article's publication span.
 */
public record ForumRow(String articleId, String forumId, String kind, String body, String placeActor,
                       String placeName, String date, String duration, boolean future, String from, String to,
                       String articleTitle, String articleDate, List<Participant> participants) {

    /** A participant as stored: actor id, the article's name for it, role, and whom it represents. */
    public record Participant(String actor, String name, String role, String represents) {
    }

    ForumRow withParticipants(List<Participant> p) {
        return new ForumRow(articleId, forumId, kind, body, placeActor, placeName, date, duration, future, from, to,
                articleTitle, articleDate, List.copyOf(p));
    }
}

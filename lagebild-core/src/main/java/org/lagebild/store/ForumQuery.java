package org.lagebild.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A query for stored forums.
 *
 * @param actors actor ids a forum must involve (as participant, whom a participant represents, or
 *               as the body that meets); null for no filter, empty for "matches nothing"
 * @param q      words that must occur (case-insensitively) in the forum's kind, body, place, a
 *               participant's name or the article's title; null for no filter
 * @param from   first day of the range; a forum's day is its own date when the text gives a
 *               calendar date, else its article's publication span
 */
public record ForumQuery(List<String> actors, String q, LocalDate from, LocalDate to, Page page) {
    public ForumQuery {
        actors = actors == null ? null : List.copyOf(actors);
    }
}

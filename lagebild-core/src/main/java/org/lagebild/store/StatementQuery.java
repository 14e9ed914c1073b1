package org.lagebild.store;

import java.time.LocalDate;

/**
 * Statements filter; null fields do not filter.
 *
 * @param speaker actor id (exact) or actor name (case-insensitive)
 * @param text    full-text query on the quote (Lucene syntax; stemmed by the article's language)
 * @param from    first day (inclusive) the article's publication date must overlap
 * @param to      last day (inclusive)
 */
public record StatementQuery(String speaker, String text, LocalDate from, LocalDate to, Page page) {
    public StatementQuery {
        page = page == null ? Page.FIRST : page;
    }

    public static StatementQuery all() {
        return new StatementQuery(null, null, null, null, null);
    }

    public StatementQuery speaker(String s) {
        return new StatementQuery(s, text, from, to, page);
    }

    public StatementQuery text(String t) {
        return new StatementQuery(speaker, t, from, to, page);
    }

    public StatementQuery between(LocalDate f, LocalDate t) {
        return new StatementQuery(speaker, text, f, t, page);
    }

    public StatementQuery page(Page p) {
        return new StatementQuery(speaker, text, from, to, p);
    }
}

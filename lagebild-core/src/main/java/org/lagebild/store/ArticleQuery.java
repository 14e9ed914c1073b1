package org.lagebild.store;

import java.time.LocalDate;

/**
 * Articles filter; null fields do not filter. With {@code text} results come by relevance,
 * otherwise newest first.
 *
 * @param text full-text query on title and body (Lucene syntax; stemmed by the article's language)
 */
public record ArticleQuery(String text, LocalDate from, LocalDate to, Page page) {
    public ArticleQuery {
        page = page == null ? Page.FIRST : page;
    }

    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, null);
    }

    public ArticleQuery text(String t) {
        return new ArticleQuery(t, from, to, page);
    }

    public ArticleQuery between(LocalDate f, LocalDate t) {
        return new ArticleQuery(text, f, t, page);
    }

    public ArticleQuery page(Page p) {
        return new ArticleQuery(text, from, to, p);
    }
}

package org.lagebild.store;

import org.lagebild.model.Analysis;

/** A stored article: its metadata and the full analysis (which includes the text). */
public record StoredArticle(ArticleRow meta, Analysis analysis) {
}

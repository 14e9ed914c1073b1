package org.lagebild.ingest;

import java.util.Objects;
import org.lagebild.time.PublicationDate;

/**
 * One input document. {@code text} is exactly the text that is analysed; every offset Lagebild
 * reports refers to it. {@code lang} is null until known (metadata or detection); {@code date},
 * {@code title} and {@code url} are null when the source gives none. {@code source} names where
 * the document came from: a file path, {@code "stdin"} or {@code "jsonl:FILE:LINE"}.
 */
public record Document(String id, String text, String lang, PublicationDate date, String title, String url,
                       String source) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    public Document withLang(String newLang) {
        return new Document(id, text, newLang, date, title, url, source);
    }

    public Document withDate(PublicationDate newDate) {
        return new Document(id, text, lang, newDate, title, url, source);
    }
}

package org.lagebild.spark;

import java.io.Serializable;
import java.util.List;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.time.PublicationDate;

/**
 * How documents are read, the same choices as {@code lagebild analyze}'s input options; shipped to
 * the executors, which build their {@link DocumentReader} from it.
 *
 * @param lang     language of every document ({@code de}/{@code en}), or null to detect per document
 * @param date     publication date of every document (YYYY[-MM[-DD]]), or null for the metadata's
 * @param maxBytes largest accepted document (JSON Lines line) in bytes
 */
public record ReadOptions(String lang, String date, long maxBytes) implements Serializable {
    public ReadOptions {
        if (lang != null && !List.of("de", "en").contains(lang)) {
            throw new IllegalArgumentException("lang must be de or en, not '" + lang + "'");
        }
        if (date != null && PublicationDate.parse(date).isEmpty()) {
            throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, DocumentReader.DEFAULT_MAX_BYTES);
    }

    DocumentReader reader() {
        DocumentReader.Builder b = DocumentReader.builder().maxBytes(maxBytes);
        if (date != null) {
            b.date(PublicationDate.parse(date).orElseThrow());
        }
        return b.build();
    }
}

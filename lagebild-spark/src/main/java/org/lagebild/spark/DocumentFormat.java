package org.lagebild.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.stream.Stream;
import org.lagebild.ingest.DocumentReader;

/**
 * One input file format of the Spark job: which paths it reads and how it turns a file's bytes
 * into documents. Formats are chosen by path suffix in {@link DocumentFormats}; a new reader (WARC)
 * becomes available to the job by adding one implementation there.
 */
public interface DocumentFormat extends Serializable {
    /** Short name for messages, e.g. {@code "JSON Lines"}. */
    String name();

    /** True when this format reads the file at {@code path} (decided by its name). */
    boolean accepts(String path);

    /**
     * The documents in one file, lazily; per-record problems are failed results, not exceptions.
     * The stream does not own {@code in}: the caller closes it.
     *
     * @param path   the file's Hadoop path, used in {@link org.lagebild.ingest.Document#source()}
     * @param reader configured with the job's size limit, date and language options
     */
    Stream<DocumentReader.Result> read(InputStream in, String path, DocumentReader reader) throws IOException;
}

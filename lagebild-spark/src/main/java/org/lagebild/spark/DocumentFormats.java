package org.lagebild.spark;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.lagebild.ingest.DocumentReader;

/**
 * The input formats the Spark job reads, chosen by file name.
 *
 * <p>Extension point: WARC archives are read once {@code org.lagebild.ingest} has a WARC reader;
 * wrapping it in a {@link DocumentFormat} ({@code accepts} {@code .warc}/{@code .warc.gz}, {@code
 * read} delegating to that reader) and adding it to {@link #ALL} is all the job needs. The Spark
 * module deliberately has no reader of its own, so that a cluster run and {@code lagebild
 * analyze} read the same bytes into the same documents.
 */
public final class DocumentFormats {
    /** JSON Lines as {@code lagebild analyze --jsonl} reads it; {@code .jsonl.gz} is decompressed first. */
    public static final DocumentFormat JSON_LINES = new JsonLines();

    /** Every format, in the order they are tried. */
    public static final List<DocumentFormat> ALL = List.of(JSON_LINES);

    private DocumentFormats() {
    }

    /** The format that reads {@code path}, if any. */
    public static Optional<DocumentFormat> forPath(String path) {
        return ALL.stream().filter(f -> f.accepts(path)).findFirst();
    }

    /** The suffixes that are read, for messages. */
    static String supported() {
        return ALL.stream().map(DocumentFormat::name).collect(Collectors.joining(", "));
    }

    private static final class JsonLines implements DocumentFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public String name() {
            return "JSON Lines (.jsonl, .jsonl.gz)";
        }

        @Override
        public boolean accepts(String path) {
            String p = path.toLowerCase(Locale.ROOT);
            return p.endsWith(".jsonl") || p.endsWith(".jsonl.gz");
        }

        @Override
        public Stream<DocumentReader.Result> read(InputStream in, String path, DocumentReader reader)
                throws java.io.IOException {
            boolean gz = path.toLowerCase(Locale.ROOT).endsWith(".gz");
            return reader.readJsonLines(gz ? new GZIPInputStream(in, 1 << 16) : in, path);
        }

        /** A stateless singleton also after deserialisation on an executor. */
        private Object readResolve() {
            return JSON_LINES;
        }
    }
}

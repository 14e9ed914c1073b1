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
 * <p>The Spark module has no reader of its own: each format delegates to {@link DocumentReader},
 * so that a cluster run and {@code lagebild analyze} read the same bytes into the same documents.
 */
public final class DocumentFormats {
    /** JSON Lines as {@code lagebild analyze --jsonl} reads it; {@code .jsonl.gz} is decompressed first. */
    public static final DocumentFormat JSON_LINES = new JsonLines();

    /** WARC and WARC.gz archives: the HTML responses, as {@code lagebild analyze} reads them. */
    public static final DocumentFormat WARC = new Warc();

    /** Every format, in the order they are tried. */
    public static final List<DocumentFormat> ALL = List.of(JSON_LINES, WARC);

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

    /**
     * The WARC reader resynchronises after corrupt records by seeking, so it reads a local file:
     * the archive is first copied to the executor's temporary directory (deleted when the
     * stream of its documents is closed).
     */
    private static final class Warc implements DocumentFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public String name() {
            return "WARC (.warc, .warc.gz)";
        }

        @Override
        public boolean accepts(String path) {
            String p = path.toLowerCase(Locale.ROOT);
            return p.endsWith(".warc") || p.endsWith(".warc.gz");
        }

        @Override
        public Stream<DocumentReader.Result> read(InputStream in, String path, DocumentReader reader)
                throws java.io.IOException {
            String suffix = path.toLowerCase(Locale.ROOT).endsWith(".gz") ? ".warc.gz" : ".warc";
            java.nio.file.Path local = java.nio.file.Files.createTempFile("lagebild-", suffix);
            try {
                java.nio.file.Files.copy(in, local, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException | RuntimeException e) {
                java.nio.file.Files.deleteIfExists(local);
                throw e;
            }
            return reader.readWarc(local, path).onClose(() -> {
                try {
                    java.nio.file.Files.deleteIfExists(local);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        private Object readResolve() {
            return WARC;
        }
    }
}

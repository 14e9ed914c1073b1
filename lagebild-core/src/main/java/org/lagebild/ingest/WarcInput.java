package org.lagebild.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.lagebild.time.PublicationDate;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or WARC.gz file lazily with jwarc: every HTTP 200 {@code text/html} response record
 * becomes a document (main text via {@link HtmlExtractor}, WARC-Target-URI as url, WARC-Date as
 * date unless the page declares one). Other records are skipped and counted; a summary notice
 * per file lists the counts. A malformed record, an oversized or undecodable body or a broken
 * gzip member yields a failed result naming the file and the record id (or byte offset), and
 * reading resumes at the next record header the file holds, so one bad record never ends a run.
 */
final class WarcInput {
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final DocumentReader reader;
    private final long maxBytes;
    private final Consumer<String> notices;

    WarcInput(DocumentReader reader, long maxBytes, Consumer<String> notices) {
        this.reader = reader;
        this.maxBytes = maxBytes;
        this.notices = notices;
    }

    /** True for {@code .warc} and {@code .warc.gz} file names (case-insensitive). */
    static boolean isWarc(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    Stream<DocumentReader.Result> read(Path file, String name) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (java.nio.file.NoSuchFileException e) {
            return Stream.of(DocumentReader.Result.failed(new InputException(name, "no such file")));
        } catch (IOException | RuntimeException e) {
            return Stream.of(DocumentReader.Result.failed(new InputException(name, "cannot read (" + e.getMessage() + ")", e)));
        }
        Records it = new Records(channel, name);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(it::close);
    }

    /** The records of one file as results; resynchronises after framing errors. */
    private final class Records implements Iterator<DocumentReader.Result> {
        private final FileChannel channel;
        private final String name;
        private final Map<String, Integer> skipped = new TreeMap<>();
        private WarcReader warc;
        private WarcCompression compression;
        private DocumentReader.Result next;
        private boolean done;
        private boolean closed;
        private int documents;
        private int failed;
        /** Start offset of the last record that parsed; resynchronisation searches after it. */
        private long lastGood = -1;
        private String lastGoodId;
        /** Set while skipping a corrupt region, so one region gives one failure. */
        private boolean inCorruptRegion;

        Records(FileChannel channel, String name) {
            this.channel = channel;
            this.name = name;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                next = step();
            }
            if (next == null && !closed) {
                close();
            }
            return next != null;
        }

        @Override
        public DocumentReader.Result next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DocumentReader.Result r = next;
            next = null;
            return r;
        }

        /** One record's result, null for a skipped record; sets {@code done} at the end of the file. */
        private DocumentReader.Result step() {
            Optional<WarcRecord> rec;
            long at = -1;
            try {
                if (warc == null) {
                    warc = new WarcReader(channel);
                    warc.setLenient(true); // tolerate the header quirks of real crawls
                    if (compression == null) {
                        compression = warc.compression();
                    }
                }
                rec = warc.next();
                if (rec.isEmpty()) {
                    done = true;
                    return null;
                }
                at = warc.position();
            } catch (IOException | RuntimeException e) {
                return corrupt(e);
            }
            inCorruptRegion = false;
            lastGood = Math.max(lastGood, at);
            WarcRecord r = rec.get();
            lastGoodId = recordId(r);
            try {
                return record(r, name + " record " + lastGoodId);
            } catch (RuntimeException | StackOverflowError e) { // a jwarc or extractor bug must not end the file
                failed++;
                return DocumentReader.Result.failed(new InputException(name + " record " + lastGoodId,
                        "unreadable record (" + e.getClass().getSimpleName() + ")"));
            }
        }

        private DocumentReader.Result corrupt(Throwable e) {
            long from = lastGood + 1;
            long resume = resync(from);
            DocumentReader.Result r = null;
            if (!inCorruptRegion) {
                failed++;
                String where = lastGoodId == null ? name : name + " after record " + lastGoodId;
                String what = e instanceof java.io.EOFException || resume < 0 ? "truncated or malformed WARC data"
                        : "malformed WARC record";
                String tail = resume < 0 ? ", rest of file skipped" : ", resuming at offset " + resume;
                r = DocumentReader.Result.failed(new InputException(where,
                        what + " (" + e.getClass().getSimpleName() + ": " + abbreviate(e.getMessage()) + ")" + tail));
            }
            inCorruptRegion = true;
            if (resume < 0) {
                done = true;
            } else {
                lastGood = resume; // the next search starts after this candidate
                try {
                    channel.position(resume);
                    warc = null;
                } catch (IOException io) {
                    done = true;
                }
            }
            return r;
        }

        /** Offset of the next record start (gzip member or "WARC/1." line) at or after {@code from}, or -1. */
        private long resync(long from) {
            byte[] magic = compression == WarcCompression.GZIP ? GZIP_MAGIC : WARC_MAGIC;
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            try {
                long pos = Math.max(0, from);
                long size = channel.size();
                while (pos < size) {
                    buf.clear();
                    int n = channel.read(buf, pos);
                    if (n <= 0) {
                        return -1;
                    }
                    byte[] a = buf.array();
                    for (int i = 0; i + magic.length <= n; i++) {
                        if (matches(a, i, magic)) {
                            return pos + i;
                        }
                    }
                    if (n < magic.length) {
                        return -1;
                    }
                    pos += n - magic.length + 1;
                }
            } catch (IOException e) {
                return -1;
            }
            return -1;
        }

        private DocumentReader.Result record(WarcRecord r, String where) {
            if (!(r instanceof WarcResponse resp)) {
                return skip(r.type());
            }
            HttpResponse http;
            try {
                if (!resp.contentType().base().equals(MediaType.HTTP)) {
                    return skip("response " + resp.contentType().base());
                }
                http = resp.http();
            } catch (IOException | RuntimeException e) {
                return failure(where, "malformed HTTP response (" + abbreviate(e.getMessage()) + ")");
            }
            if (http.status() != 200) {
                return skip("response HTTP " + http.status());
            }
            MediaType type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
            String base = type == null ? "none" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return skip("response " + base);
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = TextDecoder.readBounded(in, maxBytes, where);
            } catch (InputException e) {
                failed++;
                return DocumentReader.Result.failed(e);
            } catch (IOException | RuntimeException e) {
                return failure(where, "unreadable body (" + abbreviate(e.getMessage()) + ")");
            }
            try {
                Document d = reader.fromHtml(body, type.parameters().get("charset"), lastGoodId, where,
                        resp.target(), warcDate(r));
                documents++;
                return DocumentReader.Result.ok(d);
            } catch (InputException e) {
                failed++;
                return DocumentReader.Result.failed(e);
            }
        }

        private DocumentReader.Result failure(String where, String problem) {
            failed++;
            return DocumentReader.Result.failed(new InputException(where, problem));
        }

        private DocumentReader.Result skip(String what) {
            skipped.merge(what, 1, Integer::sum);
            return null;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only channel
            }
            int skips = skipped.values().stream().mapToInt(Integer::intValue).sum();
            notices.accept(name + ": " + documents + " HTML documents, " + failed + " failed, " + skips
                    + " other records skipped" + (skips == 0 ? "" : " (" + skipped.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")"));
        }
    }

    private static boolean matches(byte[] a, int i, byte[] magic) {
        for (int k = 0; k < magic.length; k++) {
            if (a[i + k] != magic[k]) {
                return false;
            }
        }
        return true;
    }

    /** The WARC-Record-ID without angle brackets, as written (no URI parsing that could throw). */
    private static String recordId(WarcRecord r) {
        String id = r.headers().first("WARC-Record-ID").orElse("(no WARC-Record-ID)").strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return abbreviate(id);
    }

    private static PublicationDate warcDate(WarcRecord r) {
        try {
            LocalDate d = r.date().atZone(ZoneOffset.UTC).toLocalDate();
            return new PublicationDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        } catch (RuntimeException e) { // missing or unparseable WARC-Date
            return null;
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}

package org.lagebild.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.lagebild.time.PublicationDate;

/**
 * Reads documents from files, directories, stdin, JSON Lines, WARC/WARC.gz archives and RSS/Atom
 * feeds (files or http(s) URLs). Every input item yields one
 * {@link Result}: a document or an {@link InputException}, so one bad item never stops the rest.
 * Results are produced lazily; close the returned stream to release open files.
 *
 * <pre>{@code
 * DocumentReader reader = DocumentReader.builder().maxBytes(20 << 20).build();
 * try (Stream<DocumentReader.Result> results = reader.read(List.of("news/", "-"))) { ... }
 * }</pre>
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /**
     * Extensions read from directories ({@code gz} only as {@code .warc.gz}); other files, such as
     * {@code .xml} feeds, are read only when named explicitly.
     */
    public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "md", "jsonl", "warc", "gz", "rss",
            "atom");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;
    private final PublicationDate date;
    private final boolean detectLanguage;
    private final InputStream stdin;
    private final Consumer<String> notices;
    private final WarcInput warc;
    private final FeedInput feeds;

    /** A document or the reason the input item could not be read. Exactly one is non-null. */
    public record Result(Document document, InputException error) {
        public Result {
            if ((document == null) == (error == null)) {
                throw new IllegalArgumentException("exactly one of document and error");
            }
        }

        public static Result ok(Document d) {
            return new Result(d, null);
        }

        public static Result failed(InputException e) {
            return new Result(null, e);
        }

        public boolean isOk() {
            return document != null;
        }

        /** The source name of the document or of the failed item. */
        public String source() {
            return document != null ? document.source() : error.source();
        }
    }

    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private PublicationDate date;
        private boolean detectLanguage;
        private InputStream stdin = System.in;
        private boolean fetch;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Consumer<String> notices = s -> { };

        /** Largest input (file, stdin, or JSONL line) accepted; default 20 MB. */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /** Publication date for every document; takes precedence over metadata and the text. */
        public Builder date(PublicationDate date) {
            this.date = date;
            return this;
        }

        /** Fill in {@link Document#lang()} with {@link LanguageDetector} when the source gives none. */
        public Builder detectLanguage(boolean detect) {
            this.detectLanguage = detect;
            return this;
        }

        /** The stream read for the argument {@code "-"}; default {@code System.in}. */
        public Builder stdin(InputStream in) {
            this.stdin = Objects.requireNonNull(in);
            return this;
        }

        /** For feeds: fetch each item's linked page and analyse its main text instead of the item's text. */
        public Builder fetchLinks(boolean fetch) {
            this.fetch = fetch;
            return this;
        }

        /** Connect timeout and per-request deadline for http(s) feeds and fetched pages; default 20 s. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Receives informational lines that are not failures, such as the per-archive summary
         * "x.warc.gz: 12 HTML documents, 0 failed, 30 other records skipped (request 15, …)".
         */
        public Builder notices(Consumer<String> notices) {
            this.notices = Objects.requireNonNull(notices);
            return this;
        }

        public DocumentReader build() {
            return new DocumentReader(this);
        }
    }

    private DocumentReader(Builder b) {
        this.maxBytes = b.maxBytes;
        this.date = b.date;
        this.detectLanguage = b.detectLanguage;
        this.stdin = b.stdin;
        this.notices = b.notices;
        this.warc = new WarcInput(this, maxBytes, notices);
        this.feeds = new FeedInput(this, new HttpFetcher(b.timeout, maxBytes), b.fetch, notices);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads each argument in order: {@code "-"} is stdin, a directory is searched recursively for
     * {@link #EXTENSIONS} (sorted by relative path, hidden entries skipped), a {@code .jsonl} file
     * yields one result per line, a {@code .warc}/{@code .warc.gz} file one per HTML response,
     * a {@code .rss}/{@code .atom}/{@code .xml} file or an http(s) URL one per feed item, any
     * other path one result.
     */
    public Stream<Result> read(List<String> args) {
        return args.stream().flatMap(this::readArg);
    }

    private Stream<Result> readArg(String arg) {
        if (arg.equals("-")) {
            return Stream.of(readStream(stdin, "stdin", "stdin"));
        }
        if (HttpFetcher.isHttp(arg)) {
            return readFeed(arg);
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            return readDirectory(path, arg);
        }
        return readFileOrJsonl(path, arg, fileId(path));
    }

    private Stream<Result> readDirectory(Path dir, String name) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !p.equals(dir))
                    .filter(p -> !hidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.contains(extension(p)) && (!extension(p).equals("gz") || WarcInput.isWarc(p)))
                    .sorted((a, b) -> slashPath(dir.relativize(a)).compareTo(slashPath(dir.relativize(b))))
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(Result.failed(new InputException(name, "cannot list directory (" + e.getMessage() + ")")));
        }
        if (files.isEmpty()) {
            return Stream.of(Result.failed(new InputException(name,
                    "no ." + EXTENSIONS.stream().map(e -> e.equals("gz") ? "warc.gz" : e).sorted()
                            .collect(Collectors.joining("/.")) + " files in directory")));
        }
        return files.stream().flatMap(p -> readFileOrJsonl(p, p.toString(), slashPath(dir.relativize(p))));
    }

    private Stream<Result> readFileOrJsonl(Path path, String source, String id) {
        if (extension(path).equals("jsonl")) {
            return readJsonLines(path);
        }
        if (WarcInput.isWarc(path)) {
            return readWarc(path, source);
        }
        if (FeedInput.isFeed(path)) {
            return feeds.readFile(path, source);
        }
        return Stream.of(readFile(path, source, id));
    }

    /** Reads one plain-text or HTML file. */
    public Result readFile(Path path, String source, String id) {
        try {
            return Result.ok(toDocument(readBytes(path, source), id, source));
        } catch (InputException e) {
            return Result.failed(e);
        }
    }

    /** The bytes of a file, at most {@code maxBytes}; every failure as an InputException naming {@code source}. */
    byte[] readBytes(Path path, String source) throws InputException {
        try {
            long size = Files.size(path);
            if (Files.isRegularFile(path) && size > maxBytes) {
                throw TextDecoder.tooLarge(source, size, maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return TextDecoder.readBounded(in, maxBytes, source);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(source, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(source, "permission denied");
        } catch (IOException e) {
            throw new InputException(source, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    private Result readStream(InputStream in, String source, String id) {
        try {
            return Result.ok(toDocument(TextDecoder.readBounded(in, maxBytes, source), id, source));
        } catch (InputException e) {
            return Result.failed(e);
        } catch (IOException e) {
            return Result.failed(new InputException(source, "cannot read (" + e.getMessage() + ")", e));
        }
    }

    private Document toDocument(byte[] bytes, String id, String source) throws InputException {
        String text = TextDecoder.decode(bytes, source);
        if (HtmlExtractor.looksLikeHtml(text)) {
            HtmlExtractor.Extracted x = HtmlExtractor.extract(text, source);
            return finish(new Document(id, x.text(), x.lang(), x.date(), x.title(), x.url(), source));
        }
        return finish(new Document(id, text, null, null, null, null, source));
    }

    /**
     * Reads a WARC or WARC.gz file lazily: one result per HTML response record, failures for
     * malformed or oversized records; other records are counted in a notice. Close the stream.
     */
    public Stream<Result> readWarc(Path file, String name) {
        return warc.read(file, name);
    }

    /**
     * Reads the RSS/Atom feed at an http(s) URL or in a file (whatever its extension): one result
     * per item (see {@link Builder#fetchLinks}).
     */
    public Stream<Result> readFeed(String urlOrPath) {
        return HttpFetcher.isHttp(urlOrPath) ? feeds.readUrl(urlOrPath) : feeds.readFile(Path.of(urlOrPath), urlOrPath);
    }

    /**
     * A crawled or fetched HTML page: decoded with its declared charset (may be null or wrong),
     * main text extracted. {@code url} (the crawl or link URL) wins over the page's canonical
     * link; the page's own date wins over {@code date} (crawl or feed date).
     */
    Document fromHtml(byte[] bytes, String charset, String id, String source, String url, PublicationDate date)
            throws InputException {
        String html = TextDecoder.decode(bytes, source, charset);
        HtmlExtractor.Extracted x = HtmlExtractor.extract(html, source);
        return finish(new Document(id, x.text(), x.lang(), x.date() != null ? x.date() : date, x.title(),
                url != null ? url : x.url(), source));
    }

    /** Applies the date precedence (override > metadata > leading token) and language detection. */
    Document finish(Document d) {
        PublicationDate chosen = date != null ? date
                : d.date() != null ? d.date()
                : LeadingDate.find(d.text()).map(LeadingDate.Match::date).orElse(null);
        Document out = d.withDate(chosen);
        if (detectLanguage && out.lang() == null) {
            out = out.withLang(LanguageDetector.get().detect(out.text()).lang());
        }
        return out;
    }

    /** Reads a JSON Lines file lazily: one result per non-blank line. */
    public Stream<Result> readJsonLines(Path file) {
        String name = file.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return Stream.of(Result.failed(new InputException(name, "no such file")));
        } catch (IOException e) {
            return Stream.of(Result.failed(new InputException(name, "cannot read (" + e.getMessage() + ")", e)));
        }
        return readJsonLines(in, name).onClose(() -> {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing useful to do on close failure of a read-only stream
            }
        });
    }

    /**
     * Reads JSON Lines lazily from {@code in}: one object per line with a required {@code "text"}
     * and optional {@code "id"} (default {@code line-N}), {@code "lang"}, {@code "date"},
     * {@code "title"} and {@code "url"}. Blank lines are skipped; each line is limited to
     * {@code maxBytes}. The caller owns {@code in}.
     */
    public Stream<Result> readJsonLines(InputStream in, String sourceName) {
        Iterator<Result> it = new JsonLinesIterator(new BufferedInputStream(in, 1 << 16), sourceName);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    private final class JsonLinesIterator implements Iterator<Result> {
        private final InputStream in;
        private final String name;
        private int lineNo;
        private boolean eof;
        private Result next;

        JsonLinesIterator(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !eof) {
                next = readLine();
            }
            return next != null;
        }

        @Override
        public Result next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Result r = next;
            next = null;
            return r;
        }

        /** Reads one line; null for a blank line or end of input. Never holds more than maxBytes. */
        private Result readLine() {
            lineNo++;
            String where = name + " line " + lineNo;
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            boolean tooLong = false;
            try {
                int c;
                boolean any = false;
                while ((c = in.read()) >= 0 && c != '\n') {
                    any = true;
                    if (buf.size() < maxBytes) {
                        buf.write(c);
                    } else {
                        tooLong = true; // keep consuming up to the newline without storing
                    }
                }
                if (c < 0) {
                    eof = true;
                    if (!any) {
                        return null;
                    }
                }
            } catch (IOException e) {
                eof = true;
                return Result.failed(new InputException(where, "cannot read (" + e.getMessage() + ")", e));
            }
            if (tooLong) {
                return Result.failed(TextDecoder.tooLarge(where, null, maxBytes));
            }
            byte[] bytes = buf.toByteArray();
            int skip = lineNo == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            String line;
            try {
                line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            } catch (CharacterCodingException e) {
                return Result.failed(new InputException(where, "invalid UTF-8"));
            }
            if (TextDecoder.isBlank(line)) {
                return null;
            }
            try {
                return Result.ok(parseLine(line, where));
            } catch (InputException e) {
                return Result.failed(e);
            }
        }

        private Document parseLine(String line, String where) throws InputException {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                throw new InputException(where, "invalid JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new InputException(where, "expected a JSON object");
            }
            JsonNode text = node.get("text");
            if (text == null || text.isNull()) {
                throw new InputException(where, "missing field \"text\"");
            }
            if (!text.isTextual()) {
                throw new InputException(where, "field \"text\" is not a string");
            }
            if (TextDecoder.isBlank(text.asText())) {
                throw new InputException(where, "empty text");
            }
            String id = scalar(node, "id", where);
            String dateValue = scalar(node, "date", where);
            PublicationDate metaDate = null;
            if (dateValue != null) {
                metaDate = Dates.parse(dateValue).orElseThrow(() -> new InputException(where,
                        "invalid date \"" + abbreviate(dateValue) + "\" (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
            }
            String lang = scalar(node, "lang", where);
            Document d = new Document(id == null ? "line-" + lineNo : id, text.asText(),
                    lang == null ? null : lang.toLowerCase(Locale.ROOT), metaDate, scalar(node, "title", where),
                    scalar(node, "url", where), "jsonl:" + name + ":" + lineNo);
            return finish(d);
        }
    }

    /** A string or number field as text; null when absent, null or blank. */
    private static String scalar(JsonNode node, String field, String where) throws InputException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new InputException(where, "field \"" + field + "\" is not a string");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String slashPath(Path p) {
        List<String> parts = new ArrayList<>();
        p.forEach(x -> parts.add(x.toString()));
        return String.join("/", parts);
    }

    private static String fileId(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}

package org.lagebild.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.time.PublicationDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The input options shared by the commands that read articles: paths (text, HTML, JSON Lines,
 * WARC, feeds), --jsonl, --feed, --fetch, --date, --lang, --max-bytes, --timeout.
 */
final class InputOptions {
    /** Standard input; replaceable for tests. */
    static InputStream stdin = System.in;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text, HTML, .jsonl, .warc/.warc.gz or "
            + ".rss/.atom/.xml feed files, directories, http(s) feed URLs, or '-' for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL|FILE",
            description = "An RSS or Atom feed (http(s) URL or file of any name); one document per item. Repeatable.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--fetch", description = "For feeds: fetch each item's linked page and analyse its main text "
            + "instead of the item's description (subject to --timeout and --max-bytes).")
    boolean fetch;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Connect timeout and deadline per request for feed URLs and fetched pages (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "JSON Lines input, one {\"id\",\"text\",\"lang\"?,\"date\"?,\"title\"?,\"url\"?} per line ('-' for stdin).")
    String jsonl;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "Publication date of every input; overrides metadata and a leading 'date …' line. "
                    + "Relative times (\"am Mittwoch\") resolve only against a day.")
    String date;

    @Option(names = "--lang", paramLabel = "de|en", description = "Language of all inputs (default: detected per document).")
    String lang;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
            description = "Largest accepted document in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** Checks the options and opens the inputs: paths first, then the JSON Lines file, each in order. */
    Stream<DocumentReader.Result> open(CommandSpec spec) {
        if (lang != null && !List.of("de", "en").contains(lang)) {
            throw new ParameterException(spec.commandLine(), "--lang must be de or en, not '" + lang + "'");
        }
        if (paths.isEmpty() && jsonl == null && feeds.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "no input: give a PATH, '-' for stdin, --jsonl FILE or --feed URL");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 1..3600 seconds, not " + timeoutSeconds);
        }
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be positive, not " + maxBytes);
        }
        PrintWriter err = spec.commandLine().getErr();
        DocumentReader.Builder rb = DocumentReader.builder().maxBytes(maxBytes).stdin(stdin).fetchLinks(fetch)
                .timeout(Duration.ofSeconds(timeoutSeconds)).notices(line -> {
                    err.println("lagebild: " + line);
                    err.flush();
                });
        if (date != null) {
            rb.date(PublicationDate.parse(date).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'")));
        }
        DocumentReader reader = rb.build();
        Stream<DocumentReader.Result> inputs = paths.isEmpty() ? Stream.empty() : reader.read(paths);
        if (jsonl != null) {
            inputs = Stream.concat(inputs,
                    jsonl.equals("-") ? reader.readJsonLines(stdin, "stdin") : reader.readJsonLines(Path.of(jsonl)));
        }
        for (String feed : feeds) {
            inputs = Stream.concat(inputs, Stream.of(feed).flatMap(reader::readFeed)); // lazy: fetched when reached
        }
        return inputs;
    }

    /** More than one document can come out: several paths, a directory, JSON Lines, an archive or a feed. */
    boolean several() {
        return paths.size() > 1 || jsonl != null || !feeds.isEmpty() || paths.stream().anyMatch(InputOptions::container);
    }

    private static boolean container(String p) {
        String l = p.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") || l.endsWith(".warc") || l.endsWith(".warc.gz")
                || l.endsWith(".rss") || l.endsWith(".atom") || l.endsWith(".xml") || l.endsWith(".jsonl")
                || Path.of(p).toFile().isDirectory();
    }
}

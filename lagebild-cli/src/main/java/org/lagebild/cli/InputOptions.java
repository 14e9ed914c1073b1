package org.lagebild.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.time.PublicationDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The input options shared by the commands that read articles: paths, --jsonl, --date, --lang, --max-bytes. */
final class InputOptions {
    /** Standard input; replaceable for tests. */
    static InputStream stdin = System.in;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text or HTML files, directories, or '-' for stdin.")
    List<String> paths = new ArrayList<>();

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
        if (paths.isEmpty() && jsonl == null) {
            throw new ParameterException(spec.commandLine(), "no input: give a PATH, '-' for stdin, or --jsonl FILE");
        }
        DocumentReader.Builder rb = DocumentReader.builder().maxBytes(maxBytes).stdin(stdin);
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
        return inputs;
    }

    /** More than one document can come out: several paths, a directory or JSON Lines. */
    boolean several() {
        return paths.size() > 1 || jsonl != null || paths.stream().anyMatch(p -> Path.of(p).toFile().isDirectory());
    }
}

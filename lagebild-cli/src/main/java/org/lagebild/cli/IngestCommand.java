package org.lagebild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.store.Ingester;
import org.lagebild.store.Store;
import org.lagebild.time.PublicationDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lagebild ingest}: analyses documents into the store; re-running skips what is stored. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses news articles and stores them (articles, actors, statements, events) in the "
                + "store for cross-article search.",
                "Idempotent and resumable: an article whose text is already stored is skipped, so an interrupted "
                        + "run is finished by running the same command again.",
                "Inputs: files, directories (*.txt, *.html, *.htm, *.md, *.jsonl), '-' for stdin, or --jsonl FILE."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input stored or already stored", "1:some input failed (messages on stderr)",
                "2:usage error"})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text or HTML files, directories, or '-' for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "JSON Lines input, one {\"id\",\"text\",\"lang\"?,\"date\"?,\"title\"?,\"url\"?} per line ('-' for stdin).")
    String jsonl;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "Publication date of every input; overrides metadata and a leading 'date …' line.")
    String date;

    @Option(names = "--lang", paramLabel = "de|en", description = "Language of all inputs (default: detected per document).")
    String lang;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
            description = "Largest accepted document in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** Standard input; replaceable for tests. */
    static java.io.InputStream stdin = System.in;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (lang != null && !List.of("de", "en").contains(lang)) {
            throw new ParameterException(spec.commandLine(), "--lang must be de or en, not '" + lang + "'");
        }
        if (paths.isEmpty() && jsonl == null) {
            throw new ParameterException(spec.commandLine(), "no input: give a PATH, '-' for stdin, or --jsonl FILE");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1..256, not " + n);
        }
        DocumentReader.Builder rb = DocumentReader.builder().maxBytes(maxBytes).stdin(stdin);
        if (date != null) {
            rb.date(PublicationDate.parse(date).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'")));
        }
        DocumentReader reader = rb.build();
        Stream<DocumentReader.Result> inputs = Stream.empty();
        if (!paths.isEmpty()) {
            inputs = reader.read(paths);
        }
        if (jsonl != null) {
            inputs = Stream.concat(inputs,
                    jsonl.equals("-") ? reader.readJsonLines(stdin, "stdin") : reader.readJsonLines(Path.of(jsonl)));
        }
        try (Store s = Store.open(store.config(spec))) {
            Ingester.Summary summary = new Ingester(s, new Analyzer(), n, lang, err, System.console() != null)
                    .run(inputs);
            err.println("lagebild: " + summary.line());
            err.flush();
            return summary.failed() == 0 ? 0 : 1;
        }
    }
}

package org.lagebild.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.store.Ingester;
import org.lagebild.store.Store;
import org.lagebild.store.StoreCompaction;
import org.lagebild.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lagebild ingest}: analyses documents into the store; re-running skips what is stored. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses news articles and stores them (articles, actors, statements, events) in the "
                + "store for cross-article search.",
                "Idempotent and resumable: an article whose text is already stored is skipped, so an interrupted "
                        + "run is finished by running the same command again.",
                "Inputs: files, directories (*.txt, *.html, *.htm, *.md, *.jsonl, *.warc, *.warc.gz, *.rss, *.atom), "
                        + "'-' for stdin, --jsonl FILE, or RSS/Atom feeds (.xml files, --feed URL, --fetch for linked pages)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input stored or already stored", "1:some input failed (messages on stderr)",
                "2:usage error"})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    InputOptions input;

    @Mixin
    QuoteModelOption quoteModel;

    @Mixin
    EventModelOption eventModel;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Option(names = "--compact", description = "After the run, compact the embedded store as `lagebild compact` does "
            + "(takes time in proportion to the whole store, not to what the run added; docs/BENCHMARKS.md, session 8).")
    boolean compact;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1..256, not " + n);
        }
        StoreConfig config = store.config(spec);
        if (compact && !config.isEmbedded()) {
            throw new ParameterException(spec.commandLine(), "--compact works on the embedded store (--data)");
        }
        Stream<DocumentReader.Result> inputs = input.open(spec);
        Analyzer analyzer = quoteModel.analyzer(spec, eventModel);
        Analyzer.preload(input.lang); // the models and lexicons load while the store opens
        Ingester.Summary summary;
        try (Store s = Store.open(config)) {
            summary = new Ingester(s, analyzer, n, input.lang, err, System.console() != null).run(inputs);
            err.println("lagebild: " + summary.line());
            err.flush();
        }
        if (compact) {
            try {
                err.println("lagebild: " + CompactCommand.line(config, StoreCompaction.compact(config)));
            } catch (StoreCompaction.InUseException e) {
                err.println("lagebild: not compacted: " + e.getMessage()); // the articles are stored all the same
            }
            err.flush();
        }
        return summary.failed() == 0 ? 0 : 1;
    }
}

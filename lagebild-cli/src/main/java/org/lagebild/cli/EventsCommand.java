package org.lagebild.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lagebild.events.eval.EventEval;
import org.lagebild.events.eval.GermanGold;
import org.lagebild.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lagebild events}: PLOVER event coding on benchmark sets. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "PLOVER event coding on English gold sets and the project's German gold.",
        subcommands = {EventsCommand.Eval.class})
final class EventsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"Scores English event coding on the ConfliBERT CAMEO train set (coarse class accuracy, "
                    + "source/target span F1; split by sentence hash into an 80%% tuning and a 20%% report part) and on "
                    + "the event-location set (location of the event at the gold verb). With --german-gold: scores "
                    + "German event coding on the project's own gold instead (eval/gold-de-events)."})
    static final class Eval implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
                description = "The shared folder with data/ (default: ${DEFAULT-VALUE}).")
        Path shared;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Read at most N sentences from each file (0: all).")
        int limit;

        @Option(names = "--german-gold", paramLabel = "DIR",
                description = "Score the German PLOVER gold in DIR (e.g. eval/gold-de-events; --limit: first N articles) "
                        + "instead of the English sets.")
        Path germanGold;

        @Option(names = "--no-location", description = "Skip the event-location set.")
        boolean noLocation;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Write the tuning part's misclassified sentences and all its span comparisons to FILE; "
                        + "with --german-gold: each gold event (ok, wrong roles, wrong type, missed) and each false event.")
        Path errors;

        @Override
        public Integer call() throws Exception {
            if (germanGold != null) {
                return german();
            }
            if (!Files.isDirectory(shared.resolve("data"))) {
                throw new ParameterException(spec.commandLine(), "--shared " + shared + ": no data/ folder");
            }
            var err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            try (PrintWriter ew = errors == null ? null
                    : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                EventEval eval = new EventEval(new Analyzer(), p -> {
                    err.print("\rlagebild: " + p + "          ");
                    err.flush();
                }, ew);
                EventEval.Result r = eval.run(shared, limit, !noLocation);
                err.printf("%nlagebild: evaluated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
                spec.commandLine().getOut().print(r.format());
            }
            return 0;
        }

        private Integer german() throws Exception {
            if (!Files.isDirectory(germanGold)) {
                throw new ParameterException(spec.commandLine(), "--german-gold " + germanGold + ": not a folder");
            }
            var err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            GermanGold.Score s;
            try (PrintWriter ew = errors == null ? null
                    : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                s = new GermanGold(new Analyzer(), p -> {
                    err.print("\rlagebild: " + p + "          ");
                    err.flush();
                }, ew == null ? null : ew::println).run(germanGold, limit);
            }
            err.printf("%nlagebild: evaluated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            spec.commandLine().getOut().print(s.format());
            return 0;
        }
    }
}

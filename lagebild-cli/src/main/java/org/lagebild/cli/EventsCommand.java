package org.lagebild.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.lagebild.events.eval.EventEval;
import org.lagebild.events.eval.GermanGold;
import org.lagebild.events.learn.EventTrainer;
import org.lagebild.events.learn.LogisticModel;
import org.lagebild.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lagebild events}: PLOVER event coding on benchmark sets. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "PLOVER event coding on English gold sets and the project's German gold.",
        subcommands = {EventsCommand.Eval.class, EventsCommand.Train.class})
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

        @Option(names = "--event-model", defaultValue = "rules", paramLabel = "rules|en-nc",
                description = "rules (default): the rules alone; en-nc: also the learned English classifier, scored "
                        + "by 5-fold grouped cross-validation and on the report part with models trained here on the "
                        + "other sentences (never the shipped model, which saw them all).")
        String eventModel;

        @Option(names = "--add-events", description = "With --event-model en-nc: also score the classifier adding events "
                + "where the rules found none, at a lexicon trigger of the class with a source actor (per threshold on the "
                + "dev half; off in analyze: on news most additions were wrong), not only re-typing.")
        boolean addEvents;

        @Option(names = "--no-location", description = "Skip the event-location set.")
        boolean noLocation;

        @Option(names = "--petrarch", description = "Also score the rules on the PETRARCH validation records "
                + "(data/events-en-petrarch: class, CAMEO root, no-event records, source/target country; skipped when absent).")
        boolean petrarch;

        @Option(names = "--petrarch-errors", paramLabel = "FILE",
                description = "With --petrarch: write each PETRARCH record's gold and predicted coding to FILE.")
        Path petrarchErrors;

        @Option(names = "--cache", paramLabel = "FILE",
                description = "Keep the rules-only features of the class sentences in FILE between runs "
                        + "(e.g. target/events-features.tsv; delete it after changing rules or features).")
        Path cache;

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
            if (!eventModel.equals("rules") && !eventModel.equals("en-nc")) {
                throw new ParameterException(spec.commandLine(), "--event-model: rules or en-nc, not " + eventModel);
            }
            var err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            try (PrintWriter ew = errors == null ? null
                    : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                EventEval eval = new EventEval(progress(err), ew, cache, eventModel.equals("en-nc"), addEvents);
                EventEval.Result r = eval.run(shared, limit, !noLocation);
                err.printf("%nlagebild: evaluated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
                spec.commandLine().getOut().print(r.format());
                if (petrarch) {
                    try (PrintWriter pw = petrarchErrors == null ? null
                            : new PrintWriter(Files.newBufferedWriter(petrarchErrors, StandardCharsets.UTF_8))) {
                        spec.commandLine().getOut().print(EventEval.formatPetrarch(eval.petrarch(shared, pw, limit)));
                    }
                }
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
                s = new GermanGold(new Analyzer(), progress(err), ew == null ? null : ew::println)
                        .run(germanGold, limit);
            }
            err.printf("%nlagebild: evaluated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            spec.commandLine().getOut().print(s.format());
            return 0;
        }
    }

    static Consumer<String> progress(PrintWriter err) {
        return p -> {
            err.print("\rlagebild: " + p + "          ");
            err.flush();
        };
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Trains the English event classifier on the ConfliBERT CAMEO train set (rules-only "
                    + "features, multinomial logistic regression, fixed seed: the same data gives the same file). "
                    + "The separately shipped model models/events-en-nc/classifier-en.tsv (CC BY-NC-SA 3.0, like its "
                    + "training sentences) is made by this command."})
    static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--conflibert", paramLabel = "DIR", required = true,
                description = "The ConfliBERT data folder with cameo_class/train.tsv.")
        Path conflibert;

        @Option(names = "--output", paramLabel = "MODEL", defaultValue = "models/events-en-nc/classifier-en.tsv",
                description = "The model file to write (default: ${DEFAULT-VALUE}).")
        Path output;

        @Option(names = "--cache", paramLabel = "FILE", description = "Reuse or write the sentences' features in FILE.")
        Path cache;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(conflibert.resolve(EventTrainer.CLASSES))) {
                throw new ParameterException(spec.commandLine(), "--conflibert " + conflibert + ": no "
                        + EventTrainer.CLASSES);
            }
            var err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            List<EventTrainer.Sample> samples;
            if (cache != null && Files.isRegularFile(cache)) {
                samples = EventTrainer.readCache(cache);
            } else {
                samples = EventTrainer.featurize(EventTrainer.read(conflibert), progress(err));
                if (cache != null) {
                    EventTrainer.writeCache(samples, cache);
                }
            }
            LogisticModel m = EventTrainer.train(samples);
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                EventTrainer.write(m, samples.size(), w);
            }
            err.printf("%nlagebild: trained on %d sentences (%d features) in %.0f s -> %s%n", samples.size(),
                    m.features(), (System.nanoTime() - t0) / 1e9, output);
            return 0;
        }
    }
}

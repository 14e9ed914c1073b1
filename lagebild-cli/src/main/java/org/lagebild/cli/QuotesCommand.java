package org.lagebild.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.statements.CorpusPredictor;
import org.lagebild.statements.ParliamentPredictor;
import org.lagebild.statements.eval.NewsScorer;
import org.lagebild.statements.eval.ParliamentScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lagebild quotes}: quotation attribution on benchmark corpora. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quotation attribution on benchmark corpus formats: German news quotations (--corpus news, "
                + "GermEval-2023 SpkAtt task 2) and Bundestag speaker attribution (--corpus parliament, task 1).",
        subcommands = {QuotesCommand.Predict.class, QuotesCommand.Eval.class})
final class QuotesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The benchmark corpus format. */
    enum Corpus { news, parliament }

    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "Reads documents in the corpus's JSON format, predicts quotations on their own tokens and "
                    + "sentences, and writes the same format with predicted annotations (one file per input, same names).")
    static final class Predict implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of *.json documents.")
        Path input;

        @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for the predictions.")
        Path output;

        @Option(names = "--corpus", defaultValue = "news", paramLabel = "NAME",
                description = "Corpus format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Corpus corpus;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(input)) {
                throw new ParameterException(spec.commandLine(), "--input " + input + ": not a directory");
            }
            var err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            java.util.function.Consumer<String> progress = p -> {
                err.print("\rlagebild: " + p + "          ");
                err.flush();
            };
            int n = corpus == Corpus.parliament
                    ? new ParliamentPredictor(new Analyzer()).predictDirectory(input, output, progress)
                    : new CorpusPredictor(new Analyzer()).predictDirectory(input, output, progress);
            err.printf("%nlagebild: %d documents predicted into %s in %.0f s%n", n, output, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"Scores predictions against gold with the corpus's published metric: 1:1 pairing of "
                    + "quotations by token-overlap F1 (form/medium tie-breaks), per-token scores for the quote and its "
                    + "roles; Message, Roles, Joint, Form and Medium F1, macro over quotation groups (what the published "
                    + "2023 and 2024 scorers print) and micro over pooled tokens, "
                    + "full task and the simplified speaker-and-quote variant.",
                    "With --corpus parliament: 1:1 pairing of events by cue overlap (maximising joint true positives), "
                    + "token-level Cues, Roles and Joint P/R/F1; --gold-cues scores roles given gold cues (subtask 2)."})
    static final class Eval implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold documents (*.json).")
        Path gold;

        @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Predicted documents, same file names.")
        Path pred;

        @Option(names = "--corpus", defaultValue = "news", paramLabel = "NAME",
                description = "Corpus format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Corpus corpus;

        @Option(names = "--gold-cues", description = "Parliament only: score roles given gold cues (subtask 2).")
        boolean goldCues;

        @Override
        public Integer call() throws Exception {
            for (Path p : new Path[] {gold, pred}) {
                if (!Files.isDirectory(p)) {
                    throw new ParameterException(spec.commandLine(), p + ": not a directory");
                }
            }
            if (goldCues && corpus != Corpus.parliament) {
                throw new ParameterException(spec.commandLine(), "--gold-cues needs --corpus parliament");
            }
            String report = switch (corpus) {
                case news -> NewsScorer.scoreDirectories(gold, pred).format();
                case parliament -> goldCues ? ParliamentScorer.scoreDirectoriesGivenGoldCues(gold, pred).format()
                        : ParliamentScorer.scoreDirectories(gold, pred).format();
            };
            spec.commandLine().getOut().println(report);
            return 0;
        }
    }
}

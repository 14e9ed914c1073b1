package org.lagebild.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.statements.CorpusPredictor;
import org.lagebild.statements.ParliamentPredictor;
import org.lagebild.statements.learn.EventModel;
import org.lagebild.statements.learn.ParseCache;
import org.lagebild.statements.learn.QuoteFilter;
import org.lagebild.statements.learn.QuoteFilterTrainer;
import org.lagebild.statements.learn.QuoteModels;
import org.lagebild.statements.learn.QuoteTrainer;
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
        subcommands = {QuotesCommand.Predict.class, QuotesCommand.Eval.class, QuotesCommand.Train.class})
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

        @Option(names = "--parse-cache", paramLabel = "DIR",
                description = "Keep the parses of the documents in this folder and reuse them on the next run.")
        Path parseCache;

        @Option(names = "--quote-model", defaultValue = "default", paramLabel = "NAME",
                description = "Learned model on top of the rules: default (bundled, trained on the Bundestag corpus, "
                        + "CC BY-SA 4.0; used for --corpus parliament, rules alone for news), news-nc (the rules with a keep/drop filter, separate file models/quotes-news-nc/, trained on the news corpus, "
                        + "CC BY-NC-SA 4.0, non-commercial), rules (no model). Default: ${DEFAULT-VALUE}.")
        String quoteModel;

        @Option(names = "--model", paramLabel = "FILE", description = "A model file written by 'quotes train' (overrides --quote-model).")
        Path modelFile;

        @Option(names = "--quote-filter", paramLabel = "FILE",
                description = "News only: a keep/drop filter for the rules' quotations written by 'quotes train --filter'.")
        Path filterFile;

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
            ParseCache cache = parseCache == null ? ParseCache.NONE : new ParseCache(parseCache);
            // The bundled model is trained on Bundestag speeches; on news it scores below the rules (docs/EVALUATION.md).
            EventModel model = corpus == Corpus.news && modelFile == null && quoteModel.equals("default") ? null
                    : model(spec, modelFile, quoteModel);
            if (filterFile != null && corpus != Corpus.news) {
                throw new ParameterException(spec.commandLine(), "--quote-filter is for --corpus news");
            }
            QuoteFilter filter = null;
            if (filterFile != null) {
                try (var in = Files.newInputStream(filterFile)) {
                    filter = QuoteFilter.read(in);
                }
            } else if (modelFile == null && corpus == Corpus.news) {
                filter = QuoteModelOption.filter(quoteModel); // news-nc: the rules with the news filter
            }
            int n = predict(corpus, input, output, cache, model, filter, progress);
            err.printf("%nlagebild: %d documents predicted into %s in %.0f s%n", n, output, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    static EventModel model(CommandSpec spec, Path file, String name) throws java.io.IOException {
        if (file != null) {
            return QuoteModels.read(file);
        }
        try {
            return QuoteModelOption.model(spec, name);
        } catch (ParameterException e) {
            throw new ParameterException(spec.commandLine(), "--quote-model: default, news-nc or rules, not " + name);
        }
    }

    /** {@code filter}: the news keep/drop filter of the rules' quotations, or null (the model's own, if any). */
    static int predict(Corpus corpus, Path input, Path output, ParseCache cache, EventModel model, QuoteFilter filter,
                       java.util.function.Consumer<String> progress) throws java.io.IOException {
        return corpus == Corpus.parliament
                ? new ParliamentPredictor(new Analyzer(), cache, model).predictDirectory(input, output, progress)
                : new CorpusPredictor(new Analyzer(), cache, model, filter).predictDirectory(input, output, progress);
    }

    static String score(Corpus corpus, Path gold, Path pred) throws java.io.IOException {
        return corpus == Corpus.parliament ? ParliamentScorer.scoreDirectories(gold, pred).format()
                : NewsScorer.scoreDirectories(gold, pred).format();
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Trains the learned quotation model (averaged-perceptron cue and role taggers, form/medium "
                    + "classifiers for news) on a corpus's train folder with a fixed seed (--seed), writes it, and scores it on --dev.")
    static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", defaultValue = "parliament", paramLabel = "NAME",
                description = "Corpus format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Corpus corpus;

        @Option(names = "--train", required = true, paramLabel = "DIR", description = "Training documents (*.json).")
        Path train;

        @Option(names = "--dev", paramLabel = "DIR", description = "Development documents to score the model on.")
        Path dev;

        @Option(names = "--output", paramLabel = "MODEL", description = "Model file to write (gzip); required unless --cv is given.")
        Path output;

        @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
                description = "First score a K-fold cross-validation on --train (document i in fold i mod K, same seed and epochs).")
        int folds;

        @Option(names = "--parse-cache", paramLabel = "DIR", description = "Keep and reuse parses in this folder.")
        Path parseCache;

        @Option(names = "--epochs", paramLabel = "N", defaultValue = "" + QuoteTrainer.EPOCHS,
                description = "Training passes (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--role-decoder", paramLabel = "NAME",
                description = "Role tagger: greedy (per-token perceptron on the gold label history; the default), viterbi "
                        + "(structured perceptron over each run of tokens around a cue, Viterbi decoding) or refined (greedy "
                        + "training, then structured passes from its weights, Viterbi decoding) or span (greedy tagging, then a classifier "
                        + "gives a role to argument subtrees of the cue the tagger left empty; --cv also "
                        + "scores the same models' greedy decoding). Measured in docs/EVALUATION.md.")
        String roleDecoder;

        @Option(names = "--seed", paramLabel = "N[,N…]", split = ",", defaultValue = "" + QuoteTrainer.SEED,
                description = "Seed of the training order (default: ${DEFAULT-VALUE}); other seeds measure how much a retrained "
                        + "model varies. Several seeds train one model each and write their mean (an ensemble in one file).")
        List<Long> seeds;

        @Option(names = "--filter", description = "News only: train the keep/drop filter of the rules' quotations instead of the "
                + "event model; with --cv K its threshold is chosen by K-fold cross-validation on --train.")
        boolean filter;

        @Option(names = "--thresholds", paramLabel = "T,T,…", split = ",", defaultValue = "-2,-1,-0.5,0,0.5,1,2",
                description = "With --filter and --cv: the thresholds of the keep-minus-drop margin to try (default: ${DEFAULT-VALUE}).")
        float[] thresholds;

        @Option(names = "--candidate-thresholds", paramLabel = "T,T,…", split = ",",
                description = "With --filter: also train on the readings the rules reject (candidates) and keep those whose margin "
                        + "reaches a threshold, chosen among these by --cv (and none); without --cv the first. Default: no candidates.")
        float[] candidateThresholds = new float[0];

        @Option(names = "--filter-epochs", paramLabel = "N,N,…", split = ",", defaultValue = "8",
                description = "With --filter: the training passes to try by --cv (default: ${DEFAULT-VALUE}).")
        int[] filterEpochs;

        @Override
        public Integer call() throws Exception {
            if (filter) {
                return trainFilter();
            }
            EventModel.RoleDecoder decoder = null;
            if (roleDecoder != null) {
                try {
                    decoder = EventModel.RoleDecoder.of(roleDecoder);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--role-decoder: " + e.getMessage());
                }
            }
            for (Path p : dev == null ? new Path[] {train} : new Path[] {train, dev}) {
                if (!Files.isDirectory(p)) {
                    throw new ParameterException(spec.commandLine(), p + ": not a directory");
                }
            }
            var err = spec.commandLine().getErr();
            if (epochs < 1 || epochs > 100) {
                throw new ParameterException(spec.commandLine(), "--epochs must be 1..100, not " + epochs);
            }
            if (folds == 1 || folds < 0 || folds > 20) {
                throw new ParameterException(spec.commandLine(), "--cv must be 2..20, not " + folds);
            }
            if (output == null && folds == 0) {
                throw new ParameterException(spec.commandLine(), "--output is required without --cv");
            }
            ParseCache cache = parseCache == null ? ParseCache.NONE : new ParseCache(parseCache);
            long t0 = System.nanoTime();
            if (folds > 0) {
                Path cv = Files.createTempDirectory("lagebild-cv-pred");
                Path cvGreedy = QuoteTrainer.config(corpus.name(), decoder).roleDecoder() == EventModel.RoleDecoder.SPAN
                        ? Files.createTempDirectory("lagebild-cv-greedy") : null;
                QuoteTrainer.crossValidate(corpus.name(), decoder, train, new Analyzer(), cache, epochs, seeds, folds, cv, cvGreedy, p -> {
                    err.print("\rlagebild: " + p + "          ");
                    err.flush();
                });
                spec.commandLine().getOut().printf("cross-validation on %s, %d folds, %d epochs:%n%s%n", train, folds, epochs,
                        score(corpus, train, cv));
                if (cvGreedy != null) {
                    spec.commandLine().getOut().printf("the same models with greedy role decoding:%n%s%n", score(corpus, train, cvGreedy));
                }
                spec.commandLine().getOut().flush();
                if (output == null) {
                    return 0;
                }
            }
            EventModel model = QuoteTrainer.train(corpus.name(), decoder, train, new Analyzer(), cache, epochs, seeds, p -> {
                err.print("\rlagebild: " + p + "          ");
                err.flush();
            });
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            try (var out = Files.newOutputStream(output)) {
                model.write(out);
            }
            err.printf("%nlagebild: model written to %s (%d bytes) in %.0f s%n", output, Files.size(output), (System.nanoTime() - t0) / 1e9);
            if (dev != null) {
                Path pred = Files.createTempDirectory("lagebild-dev-pred");
                predict(corpus, dev, pred, cache, model, null, p -> { });
                spec.commandLine().getOut().println(score(corpus, dev, pred));
            }
            return 0;
        }

        private Integer trainFilter() throws Exception {
            if (corpus != Corpus.news) {
                throw new ParameterException(spec.commandLine(), "--filter is for --corpus news");
            }
            if (output == null && folds == 0) {
                throw new ParameterException(spec.commandLine(), "--output is required without --cv");
            }
            var err = spec.commandLine().getErr();
            ParseCache cache = parseCache == null ? ParseCache.NONE : new ParseCache(parseCache);
            var trained = QuoteFilterTrainer.trainWithCv(train, new Analyzer(), cache, folds, filterEpochs, thresholds, 0f, candidateThresholds, p -> {
                err.print("\rlagebild: " + p + "          ");
                err.flush();
            });
            spec.commandLine().getOut().println(trained.getValue());
            spec.commandLine().getOut().flush();
            if (output != null) {
                if (output.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(output.toAbsolutePath().getParent());
                }
                try (var out = Files.newOutputStream(output)) {
                    trained.getKey().write(out);
                }
                err.printf("%nlagebild: filter (threshold %s, candidates %s) written to %s%n", trained.getKey().threshold(),
                        trained.getKey().scoresCandidates() ? trained.getKey().candidateThreshold() : "none", output);
            }
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

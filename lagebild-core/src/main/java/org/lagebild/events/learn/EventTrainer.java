package org.lagebild.events.learn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.lagebild.events.eval.CameoCorpus;
import org.lagebild.events.eval.CameoCorpus.Labelled;
import org.lagebild.events.eval.QuadClass;
import org.lagebild.ingest.Document;
import org.lagebild.model.EventRecord;
import org.lagebild.nlp.Sentence;
import org.lagebild.pipeline.Analyzer;

/**
 * Trains the {@link EnglishEventClassifier} model on the ConfliBERT CAMEO class file: each
 * sentence is analysed by the rules alone, featurised, and the model fitted with
 * {@link LogisticModel.Options#DEFAULT}. Deterministic: same data, same model file.
 */
public final class EventTrainer {
    /** The class file below a ConfliBERT data folder. */
    public static final String CLASSES = "cameo_class/train.tsv";

    /** A featurised sentence: gold class, the rules' class (-1: no event) and features. */
    public record Sample(String text, int label, int ruleClass, List<String> features) {
        LogisticModel.Example example() {
            return new LogisticModel.Example(label, features);
        }
    }

    private EventTrainer() {
    }

    public static List<Labelled> read(Path conflibert) throws IOException {
        try (Reader r = Files.newBufferedReader(conflibert.resolve(CLASSES), StandardCharsets.UTF_8)) {
            return CameoCorpus.readClasses(r);
        }
    }

    /** Features of each sentence from the rules-only analysis (each sentence one document). */
    public static List<Sample> featurize(List<Labelled> sentences, Consumer<String> progress) {
        Analyzer rules = Analyzer.rulesOnFullParse();
        List<Sample> out = new ArrayList<>();
        for (Labelled l : sentences) {
            progress.accept("features " + (out.size() + 1) + "/" + sentences.size());
            Analyzer.Parsed p;
            try {
                p = rules.analyzeParsed(new Document("train", l.text(), "en", null, null, null, "train"));
            } catch (Analyzer.UnsupportedLanguageException e) {
                throw new IllegalStateException(e); // cannot happen: the language is given
            }
            List<EventRecord> events = p.analysis().events();
            List<String> f = new ArrayList<>();
            for (Sentence s : p.parse().sentences()) {
                f.addAll(EventFeatures.of(p.parse(), s, events));
            }
            int rule = QuadClass.ofSentence(p.analysis());
            out.add(new Sample(l.text(), l.label(), rule, List.copyOf(f)));
        }
        return out;
    }

    public static LogisticModel train(List<Sample> samples) {
        return LogisticModel.train(samples.stream().map(Sample::example).toList(), QuadClass.NAMES.size(),
                LogisticModel.Options.DEFAULT);
    }

    /** Writes the model with a header naming its data, classes and licence. */
    public static void write(LogisticModel m, int sentences, Writer out) throws IOException {
        LogisticModel.Options o = LogisticModel.Options.DEFAULT;
        m.write(out, List.of(
                "Lagebild English event classifier (org.lagebild.events.learn.EnglishEventClassifier): multinomial",
                "logistic regression over EventFeatures, classes 0 neutral, 1 verbal cooperation, 2 material cooperation,",
                "3 verbal conflict, 4 material conflict (CAMEO roots 01-02, 03-05, 06-08, 09-13+16, 14-15+17-20).",
                "Produced by: lagebild events train --conflibert ../shared/data/events-en-conflibert --output <this file>",
                "Trained on " + sentences + " sentences of the ConfliBERT CAMEO train split (github.com/eventdata/ConfliBERT,",
                "repository GPL-3.0). Options: epochs " + o.epochs()
                        + ", rate " + o.rate() + ", l2 " + o.l2() + ", min count " + o.minCount() + ", seed " + o.seed() + ".",
                "The sentences are CC BY-NC-SA 3.0, so this model is too: non-commercial use only, not part of the",
                "Lagebild library; see LICENCE.md beside it. Loaded only with --event-model en-nc."));
    }

    /** Cache of featurised samples (for iterating; one sample a line: label, rule class, text, features). */
    public static void writeCache(List<Sample> samples, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Sample s : samples) {
                w.write(s.label() + "\t" + s.ruleClass() + "\t" + s.text().replace('\t', ' ') + "\t"
                        + String.join("\t", s.features()) + "\n");
            }
        }
    }

    public static List<Sample> readCache(Path file) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\t", -1);
                if (c.length < 3) {
                    throw new IOException(file + ": malformed cache line");
                }
                out.add(new Sample(c[2], Integer.parseInt(c[0]), Integer.parseInt(c[1]),
                        List.of(Arrays.copyOfRange(c, 3, c.length))));
            }
        }
        return out;
    }
}

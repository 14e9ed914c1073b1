package org.lagebild.statements.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lagebild.model.StatementRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.statements.CorpusPredictor;
import org.lagebild.statements.eval.NewsCorpus;
import org.lagebild.statements.eval.NewsScorer;

/**
 * Trains the {@link QuoteFilter} on a news corpus folder: each top-level rule quotation is an
 * instance, kept when its message overlaps a gold quotation's message (a spurious quotation overlaps
 * none). The threshold is chosen by K-fold cross-validation on the same folder (document i in fold
 * i mod K) as the one with the best simplified macro Joint F1 of the published metric.
 */
public final class QuoteFilterTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteFilterTrainer() {
    }

    /** One top-level rule quotation: its features and whether a gold quotation overlaps it. */
    record Instance(String id, List<String> features, boolean keep) {
    }

    /** One training document: gold, the rules' statements and their instances. */
    record Doc(String name, ObjectNode gold, CorpusPredictor.Ruled ruled, List<Instance> instances) {
    }

    /** Reads and analyses (through the parse cache) every document of {@code dir}. */
    static List<Doc> load(Path dir, Analyzer analyzer, ParseCache cache, Consumer<String> progress) throws IOException {
        CorpusPredictor predictor = new CorpusPredictor(analyzer, cache, null);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Doc> out = new ArrayList<>();
        for (Path f : files) {
            ObjectNode gold = (ObjectNode) JSON.readTree(f.toFile());
            String name = f.getFileName().toString();
            CorpusPredictor.Ruled ruled = predictor.ruled(gold, name);
            List<int[]> goldQuotes = goldQuoteSpans(gold);
            List<Instance> instances = new ArrayList<>();
            for (StatementRecord s : ruled.statements()) {
                if (s.parent() == null) {
                    boolean keep = goldQuotes.stream().anyMatch(q -> q[0] < s.quote().end() && s.quote().start() < q[1]);
                    instances.add(new Instance(s.id(), QuoteFilter.features(ruled.parse(), ruled.statements(), s), keep));
                }
            }
            out.add(new Doc(name, gold, ruled, instances));
            progress.accept("read " + out.size() + "/" + files.size());
        }
        return out;
    }

    /** Character spans of each gold quotation's message tokens (one span per token). */
    private static List<int[]> goldQuoteSpans(ObjectNode doc) {
        JsonNode tokens = doc.path("tokens");
        List<int[]> out = new ArrayList<>();
        for (JsonNode a : doc.path("annotations")) {
            for (JsonNode id : a.path("quote").path("tokenIds")) {
                JsonNode t = tokens.get(id.asInt());
                out.add(new int[] {t.path("charBegin").asInt(), t.path("charEnd").asInt()});
            }
        }
        return out;
    }

    /** A filter trained on all of {@code docs}. */
    static QuoteFilter train(List<Doc> docs, int epochs, float threshold) {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> keep = new ArrayList<>();
        for (Doc d : docs) {
            for (Instance i : d.instances()) {
                features.add(i.features());
                keep.add(i.keep());
            }
        }
        return new QuoteFilter(QuoteFilter.train(features, keep, epochs, QuoteTrainer.SEED), threshold);
    }

    /** The result of {@link #crossValidate}: the report table and the chosen epochs and threshold. */
    public record CrossValidation(String report, int epochs, float threshold) {
    }

    /**
     * K-fold cross-validation: for each number of passes in {@code epochs}, each fold's instances are scored
     * by a filter trained on the other folds; then every threshold of {@code thresholds} is applied to all
     * held-out margins and scored with the published metric. The chosen setting has the best simplified
     * macro Joint F1 (ties: the first tried).
     */
    static CrossValidation crossValidate(List<Doc> docs, int folds, int[] epochs, float[] thresholds) throws IOException {
        Map<String, NewsCorpus.Document> gold = new TreeMap<>();
        for (Doc d : docs) {
            gold.put(d.name(), NewsCorpus.parse(d.gold().toString()));
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d-fold cross-validation (macro, published metric)%n%6s %9s  %8s %8s  %6s %6s  %6s %6s %6s%n",
                folds, "epochs", "threshold", "dropped", "right", "full", "simpl", "simplP", "simplR", "form"));
        float best = Float.NEGATIVE_INFINITY;
        int bestEpochs = epochs[0];
        double bestF = -1;
        for (int e : epochs) {
            List<Map<String, Float>> margins = heldOutMargins(docs, folds, e);
            List<Float> candidates = new ArrayList<>();
            candidates.add(Float.NEGATIVE_INFINITY); // no filter
            for (float t : thresholds) {
                candidates.add(t);
            }
            for (float t : candidates) {
                Map<String, NewsCorpus.Document> pred = new TreeMap<>();
                int dropped = 0;
                int right = 0;
                for (int i = 0; i < docs.size(); i++) {
                    Doc d = docs.get(i);
                    Set<String> drop = new HashSet<>();
                    for (Instance in : d.instances()) {
                        if (margins.get(i).get(in.id()) < t) {
                            drop.add(in.id());
                            dropped++;
                            right += in.keep() ? 1 : 0;
                        }
                    }
                    ArrayNode ann = d.ruled().annotations(QuoteFilter.without(d.ruled().statements(), drop));
                    ObjectNode copy = d.gold().deepCopy();
                    copy.set("annotations", ann);
                    pred.put(d.name(), NewsCorpus.parse(copy.toString()));
                }
                NewsScorer.Result r = NewsScorer.score(gold, pred);
                double simplified = r.simplified().macro().joint().f1();
                report.append(String.format(Locale.ROOT, "%6d %9s  %8d %8d  %6.2f %6.2f  %6.2f %6.2f %6.2f%n", e,
                        Float.isInfinite(t) ? "none" : String.format(Locale.ROOT, "%.2f", t), dropped, right,
                        100 * r.full().macro().joint().f1(), 100 * simplified, 100 * r.simplified().macro().joint().precision(),
                        100 * r.simplified().macro().joint().recall(), 100 * r.full().form().f1()));
                if (simplified > bestF + 1e-9) {
                    bestF = simplified;
                    best = t;
                    bestEpochs = e;
                }
            }
        }
        report.append(String.format(Locale.ROOT, "chosen: %d epochs, threshold %s%n", bestEpochs,
                Float.isInfinite(best) ? "none" : best));
        return new CrossValidation(report.toString(), bestEpochs, best);
    }

    /** Per document, the margin of each top-level rule statement under the filter trained without the document's fold. */
    private static List<Map<String, Float>> heldOutMargins(List<Doc> docs, int folds, int epochs) {
        List<Map<String, Float>> margins = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            margins.add(new TreeMap<>());
        }
        for (int fold = 0; fold < folds; fold++) {
            List<Doc> train = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % folds != fold) {
                    train.add(docs.get(i));
                }
            }
            QuoteFilter f = train(train, epochs, 0);
            for (int i = fold; i < docs.size(); i += folds) {
                for (Instance in : docs.get(i).instances()) {
                    margins.get(i).put(in.id(), f.margin(in.features()));
                }
            }
        }
        return margins;
    }

    /**
     * Cross-validates on {@code dir} to choose the passes among {@code epochs} and the threshold among
     * {@code thresholds} (with {@code folds} 0: the first passes and {@code threshold}), trains on all of it
     * and returns the filter with the report.
     */
    public static Map.Entry<QuoteFilter, String> trainWithCv(Path dir, Analyzer analyzer, ParseCache cache, int folds, int[] epochs,
                                                             float[] thresholds, float threshold, Consumer<String> progress)
            throws IOException {
        List<Doc> docs = load(dir, analyzer, cache, progress);
        String report = "";
        float t = threshold;
        int e = epochs[0];
        if (folds > 1) {
            CrossValidation cv = crossValidate(docs, folds, epochs, thresholds);
            report = cv.report();
            t = cv.threshold();
            e = cv.epochs();
        }
        return Map.entry(train(docs, e, t), report);
    }
}

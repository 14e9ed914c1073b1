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
import org.lagebild.statements.StatementExtractor;
import org.lagebild.statements.eval.NewsCorpus;
import org.lagebild.statements.eval.NewsScorer;

/**
 * Trains the {@link QuoteFilter} on a news corpus folder: each top-level rule quotation is an
 * instance, kept when its message overlaps a gold quotation's message (a spurious quotation overlaps
 * none); with candidates, each of the rules' rejected readings is one too, kept when it finds a gold
 * quotation the rules miss ({@link #keep}). The thresholds are chosen by K-fold cross-validation on the
 * same folder (document i in fold i mod K) as those with the best simplified macro Joint F1 of the
 * published metric.
 */
public final class QuoteFilterTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteFilterTrainer() {
    }

    /** One top-level rule quotation or candidate: its features and whether a gold quotation overlaps it. */
    record Instance(String id, List<String> features, boolean keep, boolean candidate) {
    }

    /** One training document: gold, the rules' statements and their instances. */
    record Doc(String name, ObjectNode gold, CorpusPredictor.Ruled ruled, List<Instance> instances) {
    }

    /**
     * Reads and analyses (through the parse cache) every document of {@code dir}; with {@code candidates} the
     * rules' rejected readings are instances too.
     */
    static List<Doc> load(Path dir, Analyzer analyzer, ParseCache cache, boolean candidates, Consumer<String> progress)
            throws IOException {
        CorpusPredictor predictor = new CorpusPredictor(candidates ? analyzer.withCandidates() : analyzer, cache, null);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Doc> out = new ArrayList<>();
        for (Path f : files) {
            ObjectNode gold = (ObjectNode) JSON.readTree(f.toFile());
            String name = f.getFileName().toString();
            CorpusPredictor.Ruled ruled = predictor.ruled(gold, name);
            List<List<int[]>> goldQuotes = goldQuoteSpans(gold);
            List<StatementRecord> rules = ruled.statements().stream().filter(r -> StatementExtractor.candidateKind(r) == null).toList();
            List<Instance> instances = new ArrayList<>();
            for (StatementRecord s : ruled.statements()) {
                if (s.parent() == null) {
                    instances.add(new Instance(s.id(), QuoteFilter.features(ruled.parse(), ruled.statements(), s),
                            keep(goldQuotes, rules, s), StatementExtractor.candidateKind(s) != null));
                }
            }
            out.add(new Doc(name, gold, ruled, instances));
            progress.accept("read " + out.size() + "/" + files.size());
        }
        return out;
    }

    /** Per gold quotation, the character spans of its message tokens (one span per token). */
    private static List<List<int[]>> goldQuoteSpans(ObjectNode doc) {
        JsonNode tokens = doc.path("tokens");
        List<List<int[]>> out = new ArrayList<>();
        for (JsonNode a : doc.path("annotations")) {
            List<int[]> quote = new ArrayList<>();
            for (JsonNode id : a.path("quote").path("tokenIds")) {
                JsonNode t = tokens.get(id.asInt());
                quote.add(new int[] {t.path("charBegin").asInt(), t.path("charEnd").asInt()});
            }
            out.add(quote);
        }
        return out;
    }

    /**
     * The label of a top-level statement: its message overlaps a gold quotation's ({@code goldQuotes}, character spans per
     * quotation); a candidate's must overlap one that none of the rules' statements {@code rules} overlaps — beside a
     * statement that has the gold quotation, a second one is spurious in the scorer's 1:1 pairing.
     */
    static boolean keep(List<List<int[]>> goldQuotes, List<StatementRecord> rules, StatementRecord s) {
        boolean candidate = StatementExtractor.candidateKind(s) != null;
        return goldQuotes.stream().anyMatch(q -> overlaps(q, s) && (!candidate || rules.stream().noneMatch(r -> overlaps(q, r))));
    }

    private static boolean overlaps(List<int[]> goldQuote, StatementRecord s) {
        return goldQuote.stream().anyMatch(q -> q[0] < s.quote().end() && s.quote().start() < q[1]);
    }

    /** A filter trained on all of {@code docs} (candidates kept from {@code candidateThreshold} on; NaN: none). */
    static QuoteFilter train(List<Doc> docs, int epochs, float threshold, float candidateThreshold) {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> keep = new ArrayList<>();
        for (Doc d : docs) {
            for (Instance i : d.instances()) {
                features.add(i.features());
                keep.add(i.keep());
            }
        }
        return new QuoteFilter(QuoteFilter.train(features, keep, epochs, QuoteTrainer.SEED), threshold, candidateThreshold);
    }

    /** The result of {@link #crossValidate}: the report table and the chosen epochs and thresholds. */
    public record CrossValidation(String report, int epochs, float threshold, float candidateThreshold) {
    }

    /**
     * K-fold cross-validation: for each number of passes in {@code epochs}, each fold's instances are scored
     * by a filter trained on the other folds; then every threshold of {@code thresholds} is applied to all
     * held-out margins, with every candidate threshold of {@code candidateThresholds} (and none: no candidate kept), and
     * scored with the published metric. The chosen setting has the best simplified macro Joint F1 (ties: the first tried).
     */
    static CrossValidation crossValidate(List<Doc> docs, int folds, int[] epochs, float[] thresholds, float[] candidateThresholds)
            throws IOException {
        Map<String, NewsCorpus.Document> gold = new TreeMap<>();
        for (Doc d : docs) {
            gold.put(d.name(), NewsCorpus.parse(d.gold().toString()));
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d-fold cross-validation (macro, published metric)%n%6s %9s %9s  %8s %8s  %8s %8s  %6s %6s  %6s %6s %6s%n",
                folds, "epochs", "threshold", "cand", "dropped", "right", "added", "right", "full", "simpl", "simplP", "simplR", "form"));
        report.append(candidateKinds(docs));
        float best = Float.NEGATIVE_INFINITY;
        float bestCandidate = Float.NaN;
        int bestEpochs = epochs[0];
        double bestF = -1;
        List<Float> ruleThresholds = new ArrayList<>();
        ruleThresholds.add(Float.NEGATIVE_INFINITY); // no filter
        for (float t : thresholds) {
            ruleThresholds.add(t);
        }
        List<Float> keepCandidates = new ArrayList<>();
        keepCandidates.add(Float.NaN); // no candidate kept
        for (float t : candidateThresholds) {
            keepCandidates.add(t);
        }
        for (int e : epochs) {
            List<Map<String, Float>> margins = heldOutMargins(docs, folds, e);
            for (float t : ruleThresholds) {
                for (float ct : keepCandidates) {
                    Map<String, NewsCorpus.Document> pred = new TreeMap<>();
                    int dropped = 0;
                    int right = 0;
                    int added = 0;
                    int addedRight = 0;
                    for (int i = 0; i < docs.size(); i++) {
                        Doc d = docs.get(i);
                        Set<String> drop = new HashSet<>();
                        for (Instance in : d.instances()) {
                            boolean kept = QuoteFilter.keep(in.candidate(), margins.get(i).get(in.id()), t, ct);
                            if (!kept) {
                                drop.add(in.id());
                            }
                            if (in.candidate() && kept) {
                                added++;
                                addedRight += in.keep() ? 1 : 0;
                            } else if (!in.candidate() && !kept) {
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
                    report.append(String.format(Locale.ROOT, "%6d %9s %9s  %8d %8d  %8d %8d  %6.2f %6.2f  %6.2f %6.2f %6.2f%n", e,
                            Float.isInfinite(t) ? "none" : String.format(Locale.ROOT, "%.2f", t),
                            Float.isNaN(ct) ? "none" : String.format(Locale.ROOT, "%.2f", ct), dropped, right, added, addedRight,
                            100 * r.full().macro().joint().f1(), 100 * simplified, 100 * r.simplified().macro().joint().precision(),
                            100 * r.simplified().macro().joint().recall(), 100 * r.full().form().f1()));
                    if (simplified > bestF + 1e-9) {
                        bestF = simplified;
                        best = t;
                        bestCandidate = ct;
                        bestEpochs = e;
                    }
                }
            }
        }
        report.append(String.format(Locale.ROOT, "chosen: %d epochs, threshold %s, candidates %s%n", bestEpochs,
                Float.isInfinite(best) ? "none" : best, Float.isNaN(bestCandidate) ? "none" : bestCandidate));
        return new CrossValidation(report.toString(), bestEpochs, best, bestCandidate);
    }

    /** The candidates by kind: how many, and how many are labelled right ({@link #keep}; empty without candidates). */
    private static String candidateKinds(List<Doc> docs) {
        Map<String, int[]> kinds = new TreeMap<>();
        for (Doc d : docs) {
            for (StatementRecord s : d.ruled().statements()) {
                String kind = StatementExtractor.candidateKind(s);
                if (kind != null) {
                    int[] n = kinds.computeIfAbsent(kind, k -> new int[2]);
                    n[0]++;
                    n[1] += d.instances().stream().anyMatch(in -> in.id().equals(s.id()) && in.keep()) ? 1 : 0;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        kinds.forEach((k, n) -> out.append(String.format(Locale.ROOT, "candidates %-20s %5d, %5d labelled right%n", k, n[0], n[1])));
        return out.toString();
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
            QuoteFilter f = train(train, epochs, 0, Float.NaN);
            for (int i = fold; i < docs.size(); i += folds) {
                for (Instance in : docs.get(i).instances()) {
                    margins.get(i).put(in.id(), f.margin(in.features()));
                }
            }
        }
        return margins;
    }

    /**
     * Cross-validates on {@code dir} to choose the passes among {@code epochs}, the threshold among
     * {@code thresholds} and, when {@code candidateThresholds} is not empty, the candidates' threshold among them
     * (trained then with the rules' rejected readings as instances; with {@code folds} 0: the first passes,
     * {@code threshold} and the first candidate threshold), trains on all of it and returns the filter with the report.
     */
    public static Map.Entry<QuoteFilter, String> trainWithCv(Path dir, Analyzer analyzer, ParseCache cache, int folds, int[] epochs,
                                                             float[] thresholds, float threshold, float[] candidateThresholds,
                                                             Consumer<String> progress)
            throws IOException {
        List<Doc> docs = load(dir, analyzer, cache, candidateThresholds.length > 0, progress);
        String report = "";
        float t = threshold;
        float ct = candidateThresholds.length > 0 ? candidateThresholds[0] : Float.NaN;
        int e = epochs[0];
        if (folds > 1) {
            CrossValidation cv = crossValidate(docs, folds, epochs, thresholds, candidateThresholds);
            report = cv.report();
            t = cv.threshold();
            ct = cv.candidateThreshold();
            e = cv.epochs();
        }
        return Map.entry(train(docs, e, t, ct), report);
    }
}

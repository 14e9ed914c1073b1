package org.lagebild.events.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.lagebild.events.eval.CameoCorpus.Labelled;
import org.lagebild.events.eval.CameoCorpus.Tagged;
import org.lagebild.events.eval.LocationCorpus.Located;
import org.lagebild.events.eval.Split.Part;
import org.lagebild.events.learn.EnglishEventClassifier;
import org.lagebild.events.learn.EventTrainer;
import org.lagebild.events.learn.EventTrainer.Sample;
import org.lagebild.events.learn.Folds;
import org.lagebild.events.learn.LogisticModel;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;
import org.lagebild.model.StatementRecord;
import org.lagebild.pipeline.Analyzer;

/**
 * English event coding against the gold sets in {@code shared/data}: ConfliBERT CAMEO classes and
 * source/target spans (each sentence analysed as its own document, scored per {@link Split} part),
 * and the event-location set (does the event at the gold verb get the gold location?).
 */
public final class EventEval {
    static final String CLASSES = "data/events-en-conflibert/cameo_class/train.tsv";
    static final String TAGGED = "data/events-en-conflibert/cameo_ner/train.txt";
    static final String LOCATIONS = "data/event-location-en/labeled_text.jsonl.zip";

    /** Scores of one split part. */
    public record PartScores(ClassScore classes, SpanScore source, SpanScore target, SpanScore actors) {
        static PartScores empty() {
            return new PartScores(new ClassScore(), new SpanScore(), new SpanScore(), new SpanScore());
        }

        /** Adds another part's span scores (one sentence's, counted in several views). */
        void addSpans(PartScores o) {
            source.addAll(o.source);
            target.addAll(o.target);
            actors.addAll(o.actors);
        }

        String format(String title) {
            return "\n  [" + title + "] " + classes.total() + " sentences\n" + classes.format("    ")
                    + source.format("    ", "source") + target.format("    ", "target") + actors.format("    ", "any");
        }
    }

    /**
     * Event-location tally over sentences whose gold has a location: {@code found} an event at the
     * gold verb, {@code located} it has a location, {@code correct} that location overlaps a gold one,
     * {@code placed} the gazetteer gave the location coordinates.
     */
    public record LocationScore(int sentences, int found, int located, int correct, int placed) {
        public LocationScore plus(boolean f, boolean l, boolean c, boolean p) {
            return new LocationScore(sentences + 1, found + (f ? 1 : 0), located + (l ? 1 : 0), correct + (c ? 1 : 0),
                    placed + (p ? 1 : 0));
        }

        public String format(String indent) {
            return String.format(Locale.ROOT, "%ssentences %d  event at the gold verb %d (%.1f%%)  with a location %d  "
                            + "correct %d: accuracy %.1f%% of all, precision %.1f%% of located; with coordinates %d%n",
                    indent, sentences, found, pct(found, sentences), located, correct, pct(correct, sentences),
                    pct(correct, located), placed);
        }
    }

    /**
     * One class sentence's cross-validated outcome: its half, gold class, the rules' class, the fold model's
     * argmax class and its probability, whether the rules coded no event in it, and the class of rules +
     * classifier with additions at the lowest threshold of {@link #ADD_THRESHOLDS} (when adding is scored).
     */
    record Outcome(Split.Half half, int label, int ruleClass, int predicted, double p, boolean noRuleEvent,
                   int combined) {
        /** Rules + classifier when events are added only from class probability {@code t} (infinity: re-typing only). */
        int combinedAt(double t) {
            return noRuleEvent && predicted > 0 && p < t ? ruleClass : combined;
        }

        boolean added(double t) {
            return noRuleEvent && combinedAt(t) != ruleClass;
        }
    }

    /**
     * Cross-validated coarse class scores: per fold, the classifier alone (argmax over the five classes, always
     * covers) and rules + classifier as {@code analyze} runs them, per half; with adding, the events added at
     * lexicon triggers by class probability, on the dev half (thresholds are chosen there).
     */
    public record CrossValidation(int k, List<ClassScore> classifier, List<Outcome> outcomes, int[] fold,
                                  double add) {
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append("\n").append(k).append("-fold cross-validation (folds by groups of sentences sharing a 6-word run; "
                    + "each fold's model trained on the other folds only)\n");
            ClassScore all = new ClassScore();
            for (int f = 0; f < k; f++) {
                ClassScore c = combined(o -> true, add, f);
                sb.append(String.format(Locale.ROOT, "  fold %d: %4d sentences  classifier alone %.1f%%  rules + classifier %.1f%% "
                                + "(coverage %.1f%%)%n", f, classifier.get(f).total(), 100 * classifier.get(f).accuracy(),
                        100 * c.accuracy(), 100 * c.coverage()));
                all.addAll(classifier.get(f));
            }
            sb.append("  [classifier alone, pooled]\n").append(all.format("    "));
            if (add < Double.POSITIVE_INFINITY) {
                sb.append("\n  events added where the rules coded none (at a lexicon trigger of the class with a source actor), "
                        + "dev half, by class probability:\n");
                for (double t : ADD_THRESHOLDS) {
                    sb.append(changes("dev", Split.Half.DEV, t));
                }
            }
            String mode = add < Double.POSITIVE_INFINITY ? String.format(Locale.ROOT, "adding from p >= %.2f", add) : "re-typing only";
            for (Split.Half h : Split.Half.values()) {
                String name = h == Split.Half.DEV ? "dev" : "held-back";
                sb.append("  [rules + classifier, pooled, ").append(name).append(" half, ").append(mode).append("]\n")
                        .append(combined(o -> o.half() == h, add, -1).format("    ")).append(changes(name, h, add));
            }
            sb.append("  [rules + classifier, pooled, all, ").append(mode).append("]\n")
                    .append(combined(o -> true, add, -1).format("    "));
            return sb.toString();
        }

        private ClassScore combined(java.util.function.Predicate<Outcome> which, double t, int onlyFold) {
            ClassScore c = new ClassScore();
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome o = outcomes.get(i);
                if (which.test(o) && (onlyFold < 0 || fold[i] == onlyFold)) {
                    c.add(o.label(), o.combinedAt(t));
                }
            }
            return c;
        }

        /** Added and re-typed sentences of one half at threshold {@code t}, and how many of them are right. */
        private String changes(String name, Split.Half h, double t) {
            int added = 0;
            int addedRight = 0;
            int retyped = 0;
            int retypedRight = 0;
            int retypedWasRight = 0;
            for (Outcome o : outcomes) {
                if (o.half() != h) {
                    continue;
                }
                int c = o.combinedAt(t);
                if (o.added(t)) {
                    added++;
                    addedRight += c == o.label() ? 1 : 0;
                } else if (!o.noRuleEvent() && c != o.ruleClass()) {
                    retyped++;
                    retypedRight += c == o.label() ? 1 : 0;
                    retypedWasRight += o.ruleClass() == o.label() ? 1 : 0;
                }
            }
            return String.format(Locale.ROOT, "    %s, p >= %.2f: added %d (%d right), re-typed %d (%d right, %d were right)  "
                    + "accuracy %.1f%%%n", name, t, added, addedRight, retyped, retypedRight, retypedWasRight,
                    100 * combined(o -> o.half() == h, t, -1).accuracy());
        }
    }

    /**
     * @param parts   the rules alone per split part
     * @param learned the report part with rules + a classifier trained on the tuning part only
     * @param cv      cross-validation over all class sentences, or null
     */
    public record Result(Map<View, PartScores> parts, PartScores learned, CrossValidation cv, LocationScore location,
                         int classSentences, int taggedSentences) {
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append("ConfliBERT CAMEO (train split only; ").append(classSentences).append(" class sentences, ")
                    .append(taggedSentences).append(" span sentences)\n");
            sb.append("  split: CRC-32 of the normalised sentence mod 5 == 0 -> report part (20%), else tuning part (80%);\n"
                    + "  halves: report part + CRC-32 mod 10 in {1,2,3} -> held-back half, else dev half (rules tuned on it)\n");
            sb.append("  class: the main event's CAMEO root (longest evidence clause), else neutral for a statement;"
                    + " span scores: that event's mentions\n");
            for (View v : View.values()) {
                sb.append(parts.get(v).format(v.title + ", rules alone"));
            }
            if (learned != null) {
                sb.append(learned.format("report part, rules + classifier trained on the tuning part"));
            }
            if (cv != null) {
                sb.append(cv.format());
            }
            if (location != null) {
                sb.append("\nEvent location (RELABEL gold records with a location)\n");
                sb.append(location.format("  "));
            }
            return sb.toString();
        }
    }

    /** The parts the rules alone are scored on. */
    public enum View {
        DEV("dev half (session 6 tuned on it)"), HELD("held-back half"), TUNE("tuning part (80%)"),
        REPORT("report part (20%, inside the held-back half)"), ALL("all");

        final String title;

        View(String title) {
            this.title = title;
        }

        static List<View> of(String key) {
            return List.of(Split.half(key) == Split.Half.DEV ? DEV : HELD, Split.of(key) == Part.TUNE ? TUNE : REPORT, ALL);
        }
    }

    /** Class probabilities at which the cross-validation reports the events added on the dev half. */
    static final double[] ADD_THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    /** Folds of the cross-validation. */
    public static final int FOLDS = 5;

    private final Analyzer analyzer = new Analyzer();
    private final Consumer<String> progress;
    private final PrintWriter errors;
    private final Path cache;
    private final boolean classifier;
    private final double add;

    /**
     * @param errors     where to list tuning-part errors (never report-part ones), or null
     * @param cache      file caching the rules-only features of the class sentences between runs, or null
     * @param classifier also score the learned classifier (cross-validated and held-out models
     *                   trained here on the class sentences; never the shipped model, which saw them)
     * @param adding     score the classifier adding events at lexicon triggers
     *                   ({@link EnglishEventClassifier#addingAtTriggers}; the headline lines at
     *                   {@link EnglishEventClassifier#ADD_RECALL}), else re-typing only (its default)
     */
    public EventEval(Consumer<String> progress, PrintWriter errors, Path cache, boolean classifier, boolean adding) {
        this.progress = progress;
        this.errors = errors;
        this.cache = cache;
        this.classifier = classifier;
        this.add = adding ? EnglishEventClassifier.ADD_RECALL : Double.POSITIVE_INFINITY;
    }

    /** Runs all sets below {@code shared}; {@code limit} > 0 caps the sentences read from each file. */
    public Result run(Path shared, int limit, boolean location) throws IOException {
        List<Labelled> classes;
        List<Tagged> tagged;
        try (Reader r = Files.newBufferedReader(shared.resolve(CLASSES), StandardCharsets.UTF_8)) {
            classes = cap(CameoCorpus.readClasses(r), limit);
        }
        try (Reader r = Files.newBufferedReader(shared.resolve(TAGGED), StandardCharsets.UTF_8)) {
            tagged = cap(CameoCorpus.readTagged(r), limit);
        }
        Map<View, PartScores> parts = new EnumMap<>(View.class);
        for (View v : View.values()) {
            parts.put(v, PartScores.empty());
        }
        List<Sample> samples = samples(classes);
        for (Sample l : samples) {
            String key = Split.key(l.text());
            View.of(key).forEach(v -> parts.get(v).classes().add(l.label(), l.ruleClass()));
            if (Split.half(key) == Split.Half.DEV && errors != null && l.ruleClass() != l.label()) {
                errors.printf("CLASS gold %d pred %d | %s%n", l.label(), l.ruleClass(), l.text());
            }
        }
        CrossValidation cv = classifier ? crossValidate(samples) : null;
        List<Sample> tune = samples.stream().filter(l -> Split.of(Split.key(l.text())) == Part.TUNE).toList();
        Analyzer learnedAnalyzer = classifier
                ? new Analyzer(null, EnglishEventClassifier.addingAtTriggers(EventTrainer.train(tune), add)) : null;
        PartScores learned = classifier ? PartScores.empty() : null;
        int n = 0;
        for (Sample l : samples) {
            if (classifier && Split.of(Split.key(l.text())) == Part.REPORT) {
                progress.accept("held-out classes " + (++n));
                learned.classes().add(l.label(), mainClass(learnedAnalyzer, l.text()));
            }
        }
        List<String> classKeys = classes.stream().map(l -> Split.key(l.text())).toList();
        n = 0;
        for (Tagged t : tagged) {
            progress.accept("spans " + (++n) + "/" + tagged.size());
            String key = splitKey(Split.key(t.text()), classKeys);
            Part part = Split.of(key);
            PartScores one = PartScores.empty();
            scoreSpans(analyzer, t, one, Split.half(key) == Split.Half.DEV ? errors : null);
            View.of(key).forEach(v -> parts.get(v).addSpans(one));
            if (classifier && part == Part.REPORT) {
                scoreSpans(learnedAnalyzer, t, learned, null);
            }
        }
        LocationScore loc = null;
        if (location) {
            loc = locations(shared.resolve(LOCATIONS), limit);
        }
        return new Result(parts, learned, cv, loc, classes.size(), tagged.size());
    }

    /**
     * The rules on the PETRARCH validation records below {@code shared} (one score per file; empty when they are
     * absent), each record listed on {@code errors} when given. A held-out check: no rule was tuned on them.
     */
    public List<PetrarchEval.Score> petrarch(Path shared, PrintWriter errors, int limit) throws IOException {
        return PetrarchEval.run(shared, text -> analyze(analyzer, text, null), progress, errors, limit);
    }

    /** The PETRARCH section of the output, or a note that the records are absent. */
    public static String formatPetrarch(List<PetrarchEval.Score> scores) {
        if (scores.isEmpty()) {
            return "\nPETRARCH validation records: " + PetrarchEval.DIR + " not found, skipped\n";
        }
        StringBuilder sb = new StringBuilder("\nPETRARCH validation records (" + PetrarchEval.DIR + ", MIT; held out: "
                + "no rule was tuned on them; class and CAMEO root right when one of the record's gold codings has it)\n");
        scores.forEach(sc -> sb.append(sc.format()));
        return sb.toString();
    }

    private List<Sample> samples(List<Labelled> classes) throws IOException {
        if (cache != null && Files.isRegularFile(cache)) {
            List<Sample> cached = EventTrainer.readCache(cache);
            if (cached.size() == classes.size()) {
                return cached;
            }
        }
        List<Sample> out = EventTrainer.featurize(classes, progress);
        if (cache != null) {
            EventTrainer.writeCache(out, cache);
        }
        return out;
    }

    /**
     * Per fold: train on the other folds, score the classifier alone and rules + classifier on this one (with
     * adding, from the lowest threshold, so that every threshold's result can be read off the outcomes).
     */
    private CrossValidation crossValidate(List<Sample> samples) {
        int[] fold = Folds.assign(samples.stream().map(Sample::text).toList(), FOLDS);
        double floor = add < Double.POSITIVE_INFINITY ? ADD_THRESHOLDS[0] : add;
        List<ClassScore> alone = new ArrayList<>();
        Outcome[] outcomes = new Outcome[samples.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Sample> train = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (fold[i] != f) {
                    train.add(samples.get(i));
                }
            }
            LogisticModel m = EventTrainer.train(train);
            Analyzer a = new Analyzer(null, EnglishEventClassifier.addingAtTriggers(m, floor));
            ClassScore cs = new ClassScore();
            int n = 0;
            for (int i = 0; i < samples.size(); i++) {
                if (fold[i] != f) {
                    continue;
                }
                Sample s = samples.get(i);
                progress.accept("fold " + f + ": " + (++n));
                double[] p = m.probabilities(s.features());
                int c = LogisticModel.argmax(p);
                cs.add(s.label(), c);
                outcomes[i] = new Outcome(Split.half(Split.key(s.text())), s.label(), s.ruleClass(), c, p[c],
                        s.features().stream().noneMatch(x -> x.startsWith("main=") && !x.equals("main=none")), mainClass(a, s.text()));
            }
            alone.add(cs);
        }
        return new CrossValidation(FOLDS, alone, List.of(outcomes), fold, add);
    }

    private int mainClass(Analyzer a, String text) {
        return QuadClass.ofSentence(analyze(a, text, null));
    }

    private void scoreSpans(Analyzer a, Tagged t, PartScores s, PrintWriter errors) {
        List<int[]> offsets = t.offsets();
        Analysis analysis = analyze(a, t.text(), offsets);
        Optional<EventRecord> main = QuadClass.main(analysis.events());
        List<int[]> src;
        List<int[]> tgt;
        String via;
        if (main.isPresent()) {
            via = "event " + main.get().type() + " '" + main.get().trigger().text() + "'";
            src = tokenRanges(main.get().sourceMentions(), offsets);
            tgt = tokenRanges(main.get().targetMentions(), offsets);
            EventRecord.Location where = main.get().location();
            if (tgt.isEmpty() && where != null) {
                // the gold marks the place as target when no one else is ("withdrew peacekeepers from Sinai")
                tgt = tokenRanges(List.of(new Evidence(where.start(), where.end(), where.text())), offsets);
            }
        } else {
            // a statement without an event is the sentence's neutral event (see QuadClass#ofSentence)
            List<StatementRecord> st = analysis.statements();
            via = st.isEmpty() ? "nothing" : "statement '" + (st.get(0).cue() == null ? "" : st.get(0).cue().text()) + "'";
            src = st.isEmpty() ? List.of() : tokenRanges(parties(st.get(0).speaker()), offsets);
            // its target: whom it addresses, else what it is about ("expressed optimism at a bipartisan deal")
            StatementRecord.Party to = st.isEmpty() ? null : st.get(0).addresseeOrTopic();
            tgt = tokenRanges(parties(to), offsets);
        }
        List<List<int[]>> roles = goldRoles(t, src);
        s.source().add(roles.get(0), src);
        s.target().add(roles.get(1), tgt);
        List<int[]> goldAll = new ArrayList<>(t.source());
        goldAll.addAll(t.target());
        goldAll.addAll(t.reciprocal());
        List<int[]> predAll = new ArrayList<>(src);
        predAll.addAll(tgt);
        s.actors().add(goldAll, predAll);
        if (errors != null) {
            errors.printf("SPAN gold S%s T%s R%s pred S%s T%s via %s | %s%n", texts(t, t.source()), texts(t, t.target()),
                    texts(t, t.reciprocal()), texts(t, src), texts(t, tgt), via, t.text());
        }
    }

    /**
     * The gold source and target spans. A sentence whose gold marks only reciprocal participants ("A met B", "A and B
     * signed an agreement": CAMEO codes such events in both directions) has no direction to score: the participant
     * the prediction names as source (else the first) is the gold source, the others the gold target. Other sentences
     * keep their source and target; their reciprocal spans count in the "any" score only.
     */
    static List<List<int[]>> goldRoles(Tagged t, List<int[]> predictedSource) {
        if (!t.source().isEmpty() || !t.target().isEmpty() || t.reciprocal().isEmpty()) {
            return List.of(t.source(), t.target());
        }
        int first = 0;
        for (int i = 0; i < t.reciprocal().size(); i++) {
            int[] r = t.reciprocal().get(i);
            if (predictedSource.stream().anyMatch(p -> p[0] < r[1] && r[0] < p[1])) {
                first = i;
                break;
            }
        }
        List<int[]> target = new ArrayList<>(t.reciprocal());
        return List.of(List.of(target.remove(first)), target);
    }

    private static List<Evidence> parties(StatementRecord.Party p) {
        return p == null ? List.of() : List.of(new Evidence(p.start(), p.end(), p.text()));
    }

    private LocationScore locations(Path zip, int limit) throws IOException {
        List<Located> gold = cap(LocationCorpus.read(zip).stream().filter(l -> l.gold() && !l.locations().isEmpty()).toList(), limit);
        LocationScore score = new LocationScore(0, 0, 0, 0, 0);
        int n = 0;
        for (Located l : gold) {
            progress.accept("locations " + (++n) + "/" + gold.size());
            Analysis a = analyze(analyzer, l.text(), l.tokens());
            EventRecord e = atVerb(a.events(), l.verb());
            EventRecord.Location where = e == null ? null : e.location();
            boolean ok = where != null && l.locations().stream().anyMatch(g -> g[0] < where.end() && where.start() < g[1]);
            score = score.plus(e != null, where != null, ok, where != null && where.lat() != null);
        }
        return score;
    }

    /** The first event whose trigger overlaps {@code verb}, or null. */
    static EventRecord atVerb(List<EventRecord> events, int[] verb) {
        for (EventRecord e : events) {
            if (e.trigger().start() < verb[1] && verb[0] < e.trigger().end()) {
                return e;
            }
        }
        return null;
    }

    /** A tagged sentence goes to the part of the class sentence that contains it, so both files split alike. */
    static String splitKey(String key, List<String> classKeys) {
        for (String k : classKeys) {
            if (k.equals(key)) {
                return k;
            }
        }
        for (String k : classKeys) {
            if (!key.isEmpty() && k.contains(key)) {
                return k;
            }
        }
        return key;
    }

    /** Token ranges {@code [first, last + 1)} of the tokens each mention overlaps. */
    static List<int[]> tokenRanges(List<Evidence> mentions, List<int[]> tokens) {
        List<int[]> out = new ArrayList<>();
        for (Evidence m : mentions == null ? List.<Evidence>of() : mentions) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i)[0] < m.end() && m.start() < tokens.get(i)[1]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                out.add(new int[] {first, last + 1});
            }
        }
        return out;
    }

    private static Analysis analyze(Analyzer analyzer, String text, List<int[]> tokens) {
        Document d = new Document("eval", text, "en", null, null, null, "eval");
        try {
            return tokens == null ? analyzer.analyze(d) : analyzer.analyzeTokens(d, List.of(tokens));
        } catch (Analyzer.UnsupportedLanguageException e) {
            throw new IllegalStateException(e); // cannot happen: the language is given as English
        }
    }

    private static List<String> texts(Tagged t, List<int[]> spans) {
        List<String> out = new ArrayList<>();
        for (int[] s : spans) {
            out.add(String.join(" ", t.tokens().subList(s[0], s[1])));
        }
        return out;
    }

    private static <T> List<T> cap(List<T> list, int limit) {
        return limit > 0 && list.size() > limit ? list.subList(0, limit) : list;
    }

    private static double pct(double a, double b) {
        return b > 0 ? 100 * a / b : 0;
    }
}

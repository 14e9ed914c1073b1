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
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;
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

    public record Result(Map<Part, PartScores> parts, LocationScore location, int classSentences, int taggedSentences) {
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append("ConfliBERT CAMEO (train split only; ").append(classSentences).append(" class sentences, ")
                    .append(taggedSentences).append(" span sentences)\n");
            sb.append("  split: CRC-32 of the normalised sentence mod 5 == 0 -> report part (20%), else tuning part (80%)\n");
            sb.append("  class: the main event's CAMEO root (longest evidence clause); span scores: that event's mentions\n");
            for (Part p : Part.values()) {
                PartScores s = parts.get(p);
                sb.append("\n  [").append(p == Part.TUNE ? "tuning part" : "report part").append("] ")
                        .append(s.classes().total()).append(" sentences\n");
                sb.append(s.classes().format("    "));
                sb.append(s.source().format("    ", "source"));
                sb.append(s.target().format("    ", "target"));
                sb.append(s.actors().format("    ", "any"));
            }
            if (location != null) {
                sb.append("\nEvent location (RELABEL gold records with a location)\n");
                sb.append(location.format("  "));
            }
            return sb.toString();
        }
    }

    private final Analyzer analyzer;
    private final Consumer<String> progress;
    private final PrintWriter errors;

    /** @param errors where to list tuning-part errors (never report-part ones), or null */
    public EventEval(Analyzer analyzer, Consumer<String> progress, PrintWriter errors) {
        this.analyzer = analyzer;
        this.progress = progress;
        this.errors = errors;
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
        Map<Part, PartScores> parts = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            parts.put(p, PartScores.empty());
        }
        int n = 0;
        for (Labelled l : classes) {
            progress.accept("classes " + (++n) + "/" + classes.size());
            Part part = Split.of(Split.key(l.text()));
            Analysis a = analyze(l.text(), null);
            Optional<EventRecord> main = QuadClass.main(a.events());
            int predicted = main.map(QuadClass::of).orElse(-1);
            parts.get(part).classes().add(l.label(), predicted);
            if (part == Part.TUNE && errors != null && predicted != l.label()) {
                errors.printf("CLASS gold %d pred %d | %s%n%s", l.label(), predicted, l.text(), describe(a.events()));
            }
        }
        List<String> classKeys = classes.stream().map(l -> Split.key(l.text())).toList();
        n = 0;
        for (Tagged t : tagged) {
            progress.accept("spans " + (++n) + "/" + tagged.size());
            Part part = Split.of(splitKey(Split.key(t.text()), classKeys));
            List<int[]> offsets = t.offsets();
            Analysis a = analyze(t.text(), offsets);
            Optional<EventRecord> main = QuadClass.main(a.events());
            List<int[]> src = main.map(e -> tokenRanges(e.sourceMentions(), offsets)).orElse(List.of());
            List<int[]> tgt = main.map(e -> tokenRanges(e.targetMentions(), offsets)).orElse(List.of());
            PartScores s = parts.get(part);
            s.source().add(t.source(), src);
            s.target().add(t.target(), tgt);
            List<int[]> goldAll = new ArrayList<>(t.source());
            goldAll.addAll(t.target());
            goldAll.addAll(t.reciprocal());
            List<int[]> predAll = new ArrayList<>(src);
            predAll.addAll(tgt);
            s.actors().add(goldAll, predAll);
            if (part == Part.TUNE && errors != null) {
                errors.printf("SPAN gold S%s T%s R%s pred S%s T%s | %s%n", texts(t, t.source()), texts(t, t.target()),
                        texts(t, t.reciprocal()), texts(t, src), texts(t, tgt), t.text());
            }
        }
        LocationScore loc = null;
        if (location) {
            loc = locations(shared.resolve(LOCATIONS), limit);
        }
        return new Result(parts, loc, classes.size(), tagged.size());
    }

    private LocationScore locations(Path zip, int limit) throws IOException {
        List<Located> gold = cap(LocationCorpus.read(zip).stream().filter(l -> l.gold() && !l.locations().isEmpty()).toList(), limit);
        LocationScore score = new LocationScore(0, 0, 0, 0, 0);
        int n = 0;
        for (Located l : gold) {
            progress.accept("locations " + (++n) + "/" + gold.size());
            Analysis a = analyze(l.text(), l.tokens());
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

    private Analysis analyze(String text, List<int[]> tokens) {
        Document d = new Document("eval", text, "en", null, null, null, "eval");
        try {
            return tokens == null ? analyzer.analyze(d) : analyzer.analyzeTokens(d, List.of(tokens));
        } catch (Analyzer.UnsupportedLanguageException e) {
            throw new IllegalStateException(e); // cannot happen: the language is given as English
        }
    }

    private static String describe(List<EventRecord> events) {
        StringBuilder sb = new StringBuilder();
        for (EventRecord e : events) {
            sb.append(String.format(Locale.ROOT, "    %s/%s \"%s\" %s -> %s%n", e.type(), e.cameo(), e.trigger().text(),
                    e.source(), e.target()));
        }
        return sb.toString();
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

package org.lagebild.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.statements.eval.Counts;
import org.lagebild.time.PublicationDate;

/**
 * German PLOVER event coding against the project's own gold ({@code eval/gold-de-events}, guidelines
 * in {@code eval/guidelines-de-events.md}). Each article is analysed whole with its date.
 *
 * <p>Matching, per article: (1) a predicted event matches a gold event whose trigger span it
 * overlaps (a same-type candidate is preferred); (2) remaining events match when they lie in the same
 * sentence and have the same type. Sentences come from {@link #sentences}, a splitter independent of
 * the system. A match with a different type counts as a false positive of the predicted type and a
 * false negative of the gold type. Among correctly typed matches, a role (source or target) is
 * correct when gold and prediction are both empty, or the prediction is non-empty and every predicted
 * mention overlaps a gold span (or the antecedent a gold pronoun refers to). A location is correct
 * when it overlaps the gold location (or its antecedent) or has the same text.
 */
public final class GermanGold {

    /** A gold text span; {@code ref} is the antecedent of a pronoun or "dort", or null. */
    public record GoldSpan(int start, int end, String text, GoldSpan ref) {
        boolean overlaps(int s, int e) {
            return (start < e && s < end) || (ref != null && ref.overlaps(s, e));
        }
    }

    public record GoldEvent(String type, String mode, GoldSpan trigger, List<GoldSpan> source, List<GoldSpan> target,
                            GoldSpan location, boolean negated, boolean future, boolean hypothetical) {
        boolean hasActor() {
            return !source.isEmpty() || !target.isEmpty();
        }
    }

    /** A gold article; {@code lang} is the language it is analysed in ("de" unless the file names another). */
    public record GoldArticle(String id, String title, String date, String text, List<GoldEvent> events, String lang) {
        public GoldArticle(String id, String title, String date, String text, List<GoldEvent> events) {
            this(id, title, date, text, events, "de");
        }
    }

    /** A predicted event reduced to what scoring needs (so tests can build them by hand). */
    public record Predicted(String type, int triggerStart, int triggerEnd, List<int[]> source, List<int[]> target,
                            int[] location, String locationText, boolean negated, boolean future, boolean hypothetical) {
        static Predicted of(EventRecord e) {
            EventRecord.Location l = e.location();
            return new Predicted(e.type(), e.trigger().start(), e.trigger().end(), spans(e.sourceMentions()),
                    spans(e.targetMentions()), l == null ? null : new int[] {l.start(), l.end()},
                    l == null ? null : l.text(), e.negated(), e.future(), e.hypothetical());
        }

        private static List<int[]> spans(List<Evidence> mentions) {
            return mentions == null ? List.of() : mentions.stream().map(m -> new int[] {m.start(), m.end()}).toList();
        }
    }

    /** Tallies over any number of articles. */
    public static final class Score {
        final Map<String, long[]> perType = new TreeMap<>(); // tp, fp, fn
        int articles;
        int gold;
        int goldWithActor;
        int matchedWithActor; // correctly typed matches of gold events with an actor
        int predicted;
        int typed; // correctly typed matches
        int sourceOk;
        int targetOk;
        int bothOk;
        int sourceLenient;
        int targetLenient;
        int locGold;
        int locOk;
        /** Correctly typed events with a predicted location, and those of them the gold confirms. */
        int locGiven;
        int locGivenOk;
        int flagsOk;
        int emptySentences;
        int emptySentencesWithEvent;
        int eventsInEmptySentences;

        long[] type(String t) {
            return perType.computeIfAbsent(t, k -> new long[3]);
        }

        public Counts micro() {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (long[] c : perType.values()) {
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            return new Counts(tp, fp, fn);
        }

        public Counts counts(String type) {
            long[] c = perType.getOrDefault(type, new long[3]);
            return new Counts(c[0], c[1], c[2]);
        }

        public int typed() {
            return typed;
        }

        public double sourceAccuracy() {
            return ratio(sourceOk, typed);
        }

        public double targetAccuracy() {
            return ratio(targetOk, typed);
        }

        public double locationAccuracy() {
            return ratio(locOk, locGold);
        }

        /** Share of the locations given for correctly typed events that are right (a gold without one makes it wrong). */
        public double locationPrecision() {
            return ratio(locGivenOk, locGiven);
        }

        /** Share of sentences without a gold event in which the system codes at least one event. */
        public double falseEventRate() {
            return ratio(emptySentencesWithEvent, emptySentences);
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            Counts m = micro();
            sb.append(String.format(Locale.ROOT, "German PLOVER gold: %d articles, %d gold events (%d with an actor), "
                    + "%d predicted%n", articles, gold, goldWithActor, predicted));
            sb.append(String.format(Locale.ROOT, "  event type micro  %s  (tp %d fp %d fn %d)%n", m.prf().percent(),
                    m.tp(), m.fp(), m.fn()));
            sb.append(String.format(Locale.ROOT, "  recall of gold events with an actor %.1f%% (%d/%d)%n",
                    100 * ratio(matchedWithActor, goldWithActor), matchedWithActor, goldWithActor));
            for (Map.Entry<String, long[]> e : perType.entrySet()) {
                long[] c = e.getValue();
                sb.append(String.format(Locale.ROOT, "    %-9s %s  (tp %d fp %d fn %d)%n", e.getKey(),
                        new Counts(c[0], c[1], c[2]).prf().percent(), c[0], c[1], c[2]));
            }
            sb.append(String.format(Locale.ROOT, "  among %d correctly typed events: source correct %.1f%% (%d), target "
                            + "correct %.1f%% (%d), both %.1f%% (%d); lenient (any overlap) source %.1f%% target %.1f%%%n",
                    typed, 100 * sourceAccuracy(), sourceOk, 100 * targetAccuracy(), targetOk, 100 * ratio(bothOk, typed),
                    bothOk, 100 * ratio(sourceLenient, typed), 100 * ratio(targetLenient, typed)));
            sb.append(String.format(Locale.ROOT, "  negated/future/hypothetical flags all agree %.1f%% (%d/%d)%n",
                    100 * ratio(flagsOk, typed), flagsOk, typed));
            sb.append(String.format(Locale.ROOT, "  location (correctly typed events whose gold has one): %.1f%% (%d/%d)%n",
                    100 * locationAccuracy(), locOk, locGold));
            sb.append(String.format(Locale.ROOT, "  location given (correctly typed events): %d, right %.1f%% (%d; a "
                    + "location where the gold has none is wrong)%n", locGiven, 100 * locationPrecision(), locGivenOk));
            sb.append(String.format(Locale.ROOT, "  sentences without a gold event: %d, with a predicted event %d "
                            + "(false-event rate %.1f%%, %d events)%n", emptySentences, emptySentencesWithEvent,
                    100 * falseEventRate(), eventsInEmptySentences));
            return sb.toString();
        }
    }

    private final Analyzer analyzer;
    private final Consumer<String> progress;
    private final Consumer<String> errors;

    public GermanGold(Analyzer analyzer, Consumer<String> progress) {
        this(analyzer, progress, null);
    }

    /** As above; {@code errors}, when not null, receives each article's {@link #differences} (for error analysis). */
    public GermanGold(Analyzer analyzer, Consumer<String> progress, Consumer<String> errors) {
        this.analyzer = analyzer;
        this.progress = progress;
        this.errors = errors;
    }

    /** Scores every {@code *.json} in {@code dir} (sorted by name); {@code limit} > 0 takes the first N. */
    public Score run(Path dir, int limit) throws IOException {
        List<GoldArticle> gold = read(dir);
        if (limit > 0 && gold.size() > limit) {
            gold = gold.subList(0, limit);
        }
        Score score = new Score();
        int n = 0;
        for (GoldArticle g : gold) {
            progress.accept("article " + (++n) + "/" + gold.size());
            Document d = new Document(g.id(), g.text(), g.lang(), PublicationDate.parse(g.date()).orElse(null), g.title(), null, "gold:" + g.id());
            Analysis a;
            try {
                a = analyzer.analyze(d);
            } catch (Analyzer.UnsupportedLanguageException e) {
                throw new IllegalStateException(g.id() + ": " + e.getMessage(), e);
            }
            List<Predicted> predicted = a.events().stream().map(Predicted::of).toList();
            score(g, predicted, score);
            if (errors != null) {
                differences(g, predicted).forEach(errors);
            }
        }
        return score;
    }

    // ------------------------------------------------------------------ reading

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads all gold files of a folder, checking that every span's text is what its offsets cut out. */
    public static List<GoldArticle> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<GoldArticle> out = new ArrayList<>();
        for (Path f : files) {
            out.add(parse(MAPPER.readTree(f.toFile()), f.getFileName().toString()));
        }
        return out;
    }

    static GoldArticle parse(JsonNode n, String name) {
        String text = n.path("text").asText();
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            events.add(new GoldEvent(e.path("type").asText(), e.hasNonNull("mode") ? e.get("mode").asText() : null,
                    span(e.get("trigger"), text, name), spans(e.path("source"), text, name),
                    spans(e.path("target"), text, name), span(e.get("location"), text, name),
                    e.path("negated").asBoolean(), e.path("future").asBoolean(), e.path("hypothetical").asBoolean()));
        }
        return new GoldArticle(n.path("id").asText(), n.path("title").asText(), n.path("date").asText(), text, events,
                n.path("lang").asText("de"));
    }

    private static List<GoldSpan> spans(JsonNode arr, String text, String name) {
        List<GoldSpan> out = new ArrayList<>();
        for (JsonNode s : arr) {
            out.add(span(s, text, name));
        }
        return out;
    }

    private static GoldSpan span(JsonNode s, String text, String name) {
        if (s == null || s.isNull()) {
            return null;
        }
        int start = s.path("start").asInt(-1);
        int end = s.path("end").asInt(-1);
        String t = s.path("text").asText();
        if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(t)) {
            throw new IllegalArgumentException(name + ": span [" + start + "," + end + ") is not \"" + t + "\"");
        }
        return new GoldSpan(start, end, t, span(s.get("ref"), text, name));
    }

    // ------------------------------------------------------------------ scoring

    /** Adds one article's comparison to {@code score}. */
    public static void score(GoldArticle g, List<Predicted> predicted, Score score) {
        List<int[]> sentences = sentences(g.text());
        List<GoldEvent> gold = g.events();
        int[] match = match(g, predicted, sentences);
        boolean[] used = new boolean[predicted.size()];
        for (int m : match) {
            if (m >= 0) {
                used[m] = true;
            }
        }
        score.articles++;
        score.gold += gold.size();
        score.predicted += predicted.size();
        for (int i = 0; i < gold.size(); i++) {
            GoldEvent ge = gold.get(i);
            score.goldWithActor += ge.hasActor() ? 1 : 0;
            Predicted p = match[i] < 0 ? null : predicted.get(match[i]);
            if (p == null || !p.type().equals(ge.type())) {
                score.type(ge.type())[2]++;
                if (p != null) {
                    score.type(p.type())[1]++;
                }
                continue;
            }
            score.type(ge.type())[0]++;
            score.typed++;
            score.matchedWithActor += ge.hasActor() ? 1 : 0;
            boolean src = roleCorrect(ge.source(), p.source());
            boolean tgt = roleCorrect(ge.target(), p.target());
            score.sourceOk += src ? 1 : 0;
            score.targetOk += tgt ? 1 : 0;
            score.bothOk += src && tgt ? 1 : 0;
            score.sourceLenient += roleLenient(ge.source(), p.source()) ? 1 : 0;
            score.targetLenient += roleLenient(ge.target(), p.target()) ? 1 : 0;
            score.flagsOk += ge.negated() == p.negated() && ge.future() == p.future()
                    && ge.hypothetical() == p.hypothetical() ? 1 : 0;
            if (ge.location() != null) {
                score.locGold++;
                score.locOk += locationCorrect(ge.location(), p) ? 1 : 0;
            }
            if (p.location() != null) {
                score.locGiven++;
                score.locGivenOk += ge.location() != null && locationCorrect(ge.location(), p) ? 1 : 0;
            }
        }
        for (int j = 0; j < predicted.size(); j++) {
            if (!used[j]) {
                score.type(predicted.get(j).type())[1]++;
            }
        }
        boolean[] goldSentence = new boolean[sentences.size()];
        for (GoldEvent ge : gold) {
            int s = sentenceOf(sentences, ge.trigger().start());
            if (s >= 0) {
                goldSentence[s] = true;
            }
        }
        int[] predictedIn = new int[sentences.size()];
        for (Predicted p : predicted) {
            int s = sentenceOf(sentences, p.triggerStart());
            if (s >= 0) {
                predictedIn[s]++;
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            if (!goldSentence[s]) {
                score.emptySentences++;
                score.emptySentencesWithEvent += predictedIn[s] > 0 ? 1 : 0;
                score.eventsInEmptySentences += predictedIn[s];
            }
        }
    }

    /** For each gold event the index of the prediction it matches (class comment), or -1. */
    static int[] match(GoldArticle g, List<Predicted> predicted, List<int[]> sentences) {
        List<GoldEvent> gold = g.events();
        int[] match = new int[gold.size()];
        boolean[] used = new boolean[predicted.size()];
        java.util.Arrays.fill(match, -1);
        for (boolean sameType : new boolean[] {true, false}) {
            for (int i = 0; i < gold.size(); i++) {
                GoldSpan t = gold.get(i).trigger();
                for (int j = 0; j < predicted.size() && match[i] < 0; j++) {
                    Predicted p = predicted.get(j);
                    if (!used[j] && t.overlaps(p.triggerStart(), p.triggerEnd())
                            && (!sameType || p.type().equals(gold.get(i).type()))) {
                        match[i] = j;
                        used[j] = true;
                    }
                }
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            int s = sentenceOf(sentences, gold.get(i).trigger().start());
            for (int j = 0; j < predicted.size() && match[i] < 0; j++) {
                Predicted p = predicted.get(j);
                if (!used[j] && p.type().equals(gold.get(i).type()) && sentenceOf(sentences, p.triggerStart()) == s) {
                    match[i] = j;
                    used[j] = true;
                }
            }
        }
        return match;
    }

    /**
     * One line per gold event (found with the right type and which roles/location are wrong, wrong
     * type, or missed) and per unmatched prediction, with the sentence: what error analysis reads.
     */
    public static List<String> differences(GoldArticle g, List<Predicted> predicted) {
        List<int[]> sentences = sentences(g.text());
        int[] match = match(g, predicted, sentences);
        boolean[] used = new boolean[predicted.size()];
        List<String> out = new ArrayList<>();
        out.add("== " + g.id() + " " + g.title());
        for (int i = 0; i < match.length; i++) {
            GoldEvent ge = g.events().get(i);
            Predicted p = match[i] < 0 ? null : predicted.get(match[i]);
            String status;
            if (p == null) {
                status = "MISSED";
            } else {
                used[match[i]] = true;
                if (!p.type().equals(ge.type())) {
                    status = "TYPE " + p.type();
                } else {
                    List<String> wrong = new ArrayList<>();
                    if (!roleCorrect(ge.source(), p.source())) {
                        wrong.add("source " + texts(g.text(), p.source()));
                    }
                    if (!roleCorrect(ge.target(), p.target())) {
                        wrong.add("target " + texts(g.text(), p.target()));
                    }
                    if (ge.location() != null && !locationCorrect(ge.location(), p)) {
                        wrong.add("location " + p.locationText());
                    } else if (ge.location() == null && p.location() != null) {
                        wrong.add("location " + p.locationText() + " (gold none)");
                    }
                    status = wrong.isEmpty() ? "ok" : "ROLES " + String.join("; ", wrong);
                }
            }
            out.add(String.format(Locale.ROOT, "  %-8s %s \"%s\" src=%s tgt=%s loc=%s | %s", ge.type(), status,
                    ge.trigger().text(), ge.source().stream().map(GoldSpan::text).toList(),
                    ge.target().stream().map(GoldSpan::text).toList(),
                    ge.location() == null ? null : ge.location().text(), sentenceText(g.text(), sentences, ge.trigger().start())));
        }
        for (int j = 0; j < predicted.size(); j++) {
            if (!used[j]) {
                Predicted p = predicted.get(j);
                out.add(String.format(Locale.ROOT, "  %-8s FALSE \"%s\" src=%s tgt=%s | %s", p.type(),
                        g.text().substring(p.triggerStart(), p.triggerEnd()), texts(g.text(), p.source()),
                        texts(g.text(), p.target()), sentenceText(g.text(), sentences, p.triggerStart())));
            }
        }
        return out;
    }

    private static List<String> texts(String text, List<int[]> spans) {
        return spans.stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    private static String sentenceText(String text, List<int[]> sentences, int offset) {
        int s = sentenceOf(sentences, offset);
        return s < 0 ? "" : text.substring(sentences.get(s)[0], sentences.get(s)[1]).replace('\n', ' ');
    }

    /** Both empty, or every predicted mention overlaps a gold span (and there is at least one). */
    static boolean roleCorrect(List<GoldSpan> gold, List<int[]> predicted) {
        if (gold.isEmpty() || predicted.isEmpty()) {
            return gold.isEmpty() && predicted.isEmpty();
        }
        return predicted.stream().allMatch(p -> gold.stream().anyMatch(g -> g.overlaps(p[0], p[1])));
    }

    /** Both empty, or some predicted mention overlaps some gold span. */
    static boolean roleLenient(List<GoldSpan> gold, List<int[]> predicted) {
        if (gold.isEmpty() || predicted.isEmpty()) {
            return gold.isEmpty() && predicted.isEmpty();
        }
        return predicted.stream().anyMatch(p -> gold.stream().anyMatch(g -> g.overlaps(p[0], p[1])));
    }

    static boolean locationCorrect(GoldSpan gold, Predicted p) {
        if (p.location() == null) {
            return false;
        }
        if (gold.overlaps(p.location()[0], p.location()[1])) {
            return true;
        }
        String t = p.locationText() == null ? "" : p.locationText().strip().toLowerCase(Locale.ROOT);
        return !t.isEmpty() && (t.equals(gold.text().toLowerCase(Locale.ROOT))
                || (gold.ref() != null && t.equals(gold.ref().text().toLowerCase(Locale.ROOT))));
    }

    // ------------------------------------------------------------------ sentences

    /**
     * Sentence spans {@code [start, end)}: a line break always ends a sentence; ".", "!" or "?" (plus
     * closing quotes) end one when whitespace and an upper-case letter or opening quote follow, unless
     * the word before the period is a number ("2. Dezember"), contains a period ("u.a.") or is a common
     * abbreviation ("dt.", "Dr."). Linear in the text length.
     */
    public static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && "\"“”„'»«)".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                int k = j;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k++;
                }
                boolean upperNext = k > j && k < n && (Character.isUpperCase(text.charAt(k)) || "\"„“»'".indexOf(text.charAt(k)) >= 0);
                if (upperNext && (c != '.' || !abbreviation(text, i))) {
                    end = j;
                }
            }
            if (end >= 0) {
                add(out, text, start, end);
                start = end;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit)) {
            return true;
        }
        return word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word.replaceFirst("^[(\"„]+", ""));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("dt", "bzw", "ca", "vgl", "usw", "etc",
            "evtl", "ggf", "sog", "z", "u", "d", "inkl", "Nr", "St", "Dr", "Prof", "Hr", "Fr", "Mio", "Mrd", "Jh", "engl",
            "franz", "geb", "gest", "ehem", "Abs", "Art", "max", "min", "bspw", "zB");

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    static int sentenceOf(List<int[]> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset >= sentences.get(i)[0] && offset < sentences.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }
}

package org.lagebild.statements.learn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Token;
import org.lagebild.nlp.morph.GermanVerbs;
import org.lagebild.nlp.morph.Mood;
import org.lagebild.statements.StatementExtractor;

/**
 * A learned keep/drop decision for each top-level quotation of the rules: an averaged perceptron
 * over the form the rules chose, the cue, the speaker's kind, quotation marks, Konjunktiv, and
 * where the quotation stands. A quotation whose keep-minus-drop margin is below the threshold is
 * dropped with its nested quotations. The rules cannot tell a reported speech act or a
 * Konjunktiv clause from narration by one feature at a time (docs/EVALUATION.md, session 14).
 * A filter with a candidate threshold also keeps the readings the rules reject
 * ({@link StatementExtractor#candidateKind}) whose margin reaches it (session 15).
 */
public final class QuoteFilter {
    private static final String FORMAT = "lagebild-quote-filter\t1";
    /** Version 2 adds the threshold for the rules' rejected readings ({@link StatementExtractor#candidateKind}). */
    private static final String FORMAT_CANDIDATES = "lagebild-quote-filter\t2";
    private static final List<String> LABELS = List.of("keep", "drop");
    private static final Set<String> FIRST_PERSON = Set.of("ich", "wir", "mir", "mich", "uns", "mein", "meine", "unser", "unsere");
    private static final Set<String> MODALS = Set.of("sollen", "wollen", "müssen", "können", "dürfen");

    private final Perceptron perceptron;
    private final float threshold;
    /** A candidate (a reading the rules reject) is kept when its margin reaches this; NaN: the filter keeps none. */
    private final float candidateThreshold;

    public QuoteFilter(Perceptron perceptron, float threshold) {
        this(perceptron, threshold, Float.NaN);
    }

    public QuoteFilter(Perceptron perceptron, float threshold, float candidateThreshold) {
        this.perceptron = perceptron;
        this.threshold = threshold;
        this.candidateThreshold = candidateThreshold;
    }

    public float threshold() {
        return threshold;
    }

    public float candidateThreshold() {
        return candidateThreshold;
    }

    /** Does the filter keep some of the rules' rejected readings (so the rules should emit them)? */
    public boolean scoresCandidates() {
        return !Float.isNaN(candidateThreshold);
    }

    public QuoteFilter withThreshold(float t) {
        return new QuoteFilter(perceptron, t, candidateThreshold);
    }

    /** The same weights keeping the candidates whose margin reaches {@code t} (NaN: none). */
    public QuoteFilter withCandidateThreshold(float t) {
        return new QuoteFilter(perceptron, threshold, t);
    }

    /**
     * The statements without the top-level ones the filter drops and the quotations nested in them (order kept);
     * candidates are dropped unless their margin reaches the candidate threshold.
     */
    public List<StatementRecord> apply(AnnotatedDocument doc, List<StatementRecord> statements) {
        Set<String> dropped = new HashSet<>();
        for (StatementRecord s : statements) {
            if (s.parent() == null && !keep(StatementExtractor.candidateKind(s) != null, margin(doc, statements, s),
                    threshold, candidateThreshold)) {
                dropped.add(s.id());
            }
        }
        return without(statements, dropped);
    }

    /** Is a top-level statement (a candidate or the rules' own) with {@code margin} kept under the two thresholds? */
    static boolean keep(boolean candidate, float margin, float threshold, float candidateThreshold) {
        return candidate ? !Float.isNaN(candidateThreshold) && margin >= candidateThreshold : margin >= threshold;
    }

    /** {@code statements} without those in {@code dropped} and every statement nested in one of them. */
    public static List<StatementRecord> without(List<StatementRecord> statements, Set<String> dropped) {
        if (dropped.isEmpty()) {
            return statements;
        }
        Set<String> gone = new HashSet<>(dropped);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (StatementRecord s : statements) {
                if (s.parent() != null && gone.contains(s.parent()) && gone.add(s.id())) {
                    grew = true;
                }
            }
        }
        return statements.stream().filter(s -> !gone.contains(s.id())).toList();
    }

    /** Keep score minus drop score of a top-level statement. */
    public float margin(AnnotatedDocument doc, List<StatementRecord> all, StatementRecord s) {
        return margin(features(doc, all, s));
    }

    /** Keep score minus drop score of a statement's {@link #features}. */
    float margin(List<String> features) {
        float[] sc = perceptron.scores(features);
        return sc[0] - sc[1];
    }

    /**
     * The features of statement {@code s} among the document's statements {@code all}; a candidate's are also
     * conjoined with "candidate", so candidates have weights of their own beside the shared ones, and its kind.
     */
    public static List<String> features(AnnotatedDocument doc, List<StatementRecord> all, StatementRecord s) {
        List<String> f = statementFeatures(doc, all, s);
        String kind = StatementExtractor.candidateKind(s);
        if (kind == null) {
            return f;
        }
        List<String> c = new ArrayList<>(f);
        for (String x : f) {
            c.add("C|" + x);
        }
        c.add("cand=" + kind);
        c.add("cand=" + kind + "|" + s.form());
        c.add("cand=" + kind + "|cue=" + (s.cue() == null || s.cue().lemma() == null ? "none" : s.cue().lemma().toLowerCase(Locale.ROOT)));
        return c;
    }

    private static List<String> statementFeatures(AnnotatedDocument doc, List<StatementRecord> all, StatementRecord s) {
        List<String> f = new ArrayList<>();
        String form = s.form();
        f.add("bias");
        f.add("form=" + form);
        f.add("medium=" + s.medium());
        int qs = doc.tokenAt(s.quote().start());
        int qe = doc.tokenAt(Math.max(s.quote().start(), s.quote().end() - 1));
        if (qs < 0 || qe < qs) {
            f.add("noTokens");
            return f;
        }
        int sent = doc.token(qs).sentence();
        // cue
        String cueClass;
        if (s.cue() == null) {
            cueClass = "none";
            f.add("cue=none|" + form);
        } else {
            String lemma = s.cue().lemma() == null ? "?" : s.cue().lemma().toLowerCase(Locale.ROOT);
            int ct = doc.tokenAt(s.cue().start());
            String pos = ct < 0 ? "?" : doc.token(ct).pos();
            cueClass = pos;
            f.add("cue=" + lemma);
            f.add("cue=" + lemma + "|" + form);
            f.add("cuepos=" + pos + "|" + form);
            f.add("cueparts=" + Math.min(s.cue().parts().size(), 2));
            if (ct >= 0) {
                f.add("cueAt=" + (ct < qs ? "before" : ct > qe ? "after" : "inside") + "|" + form);
                f.add("cueSent=" + Math.min(Math.abs(doc.token(ct).sentence() - sent), 2));
                f.add("cueRel=" + doc.token(ct).baseRel());
            }
        }
        // speaker
        String spk = speakerKind(doc, s);
        f.add("spk=" + spk);
        f.add("spk=" + spk + "|" + form);
        f.add("spk=" + spk + "|cue=" + cueClass);
        if (s.speaker() != null) {
            int st = doc.tokenAt(s.speaker().start());
            if (st >= 0) {
                f.add("spkSent=" + Integer.signum(doc.token(st).sentence() - sent));
                f.add("spkNer=" + doc.token(st).ner());
            }
            f.add("spkActor=" + (s.speaker().actor() != null));
            if (spk.equals("pron")) {
                f.add("spkWord=" + s.speaker().text().toLowerCase(Locale.ROOT)); // "man", "ich", "er"
            }
        }
        if (s.cue() != null && s.cue().lemma() != null) {
            f.add("cue=" + s.cue().lemma().toLowerCase(Locale.ROOT) + "|spk=" + spk);
        }
        // the quotation itself
        int len = qe - qs + 1;
        f.add("len=" + bucket(len, 3, 8, 20, 40) + "|" + form);
        f.add("sents=" + Math.min(doc.token(qe).sentence() - sent + 1, 3) + "|" + form);
        boolean openMark = qs > 0 && ModelStatements.isQuoteMark(doc.token(qs - 1).text())
                || ModelStatements.isQuoteMark(doc.token(qs).text());
        f.add("openMark=" + openMark + "|" + form);
        if (!form.equals("direct")) {
            // an adverbial clause taken for the message opens with its conjunction ("wenn", "weil", "um")
            f.add("first=" + doc.token(qs).text().toLowerCase(Locale.ROOT) + "|" + form);
        }
        int marks = 0;
        int subjI = 0;
        int subjII = 0;
        int verbs = 0;
        boolean firstPerson = false;
        boolean question = false;
        String modal = null;
        String firstVerb = null;
        for (int i = qs; i <= qe; i++) {
            Token t = doc.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (ModelStatements.isQuoteMark(t.text())) {
                marks++;
            }
            firstPerson |= FIRST_PERSON.contains(w);
            question |= w.equals("?");
            if (t.isVerb()) {
                verbs++;
                var analysis = GermanVerbs.get().analyse(t.text(), null);
                Mood m = analysis.isPresent() ? analysis.get().mood() : Mood.NONE;
                subjI += m == Mood.SUBJUNCTIVE_I ? 1 : 0;
                subjII += m == Mood.SUBJUNCTIVE_II ? 1 : 0;
                String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
                if (modal == null && MODALS.contains(lemma)) {
                    modal = lemma;
                }
                if (firstVerb == null && !t.pos().equals("AUX")) {
                    firstVerb = lemma;
                }
            }
        }
        f.add("marks=" + Math.min(marks, 2) + "|" + form);
        f.add("subjI=" + (subjI > 0) + "|" + form);
        f.add("subjII=" + (subjII > 0) + "|" + form);
        f.add("subj=" + (subjI + subjII > 0) + "|cue=" + cueClass);
        f.add("verbs=" + Math.min(verbs, 3));
        f.add("firstPerson=" + firstPerson + "|" + form);
        f.add("question=" + question);
        f.add("modal=" + modal + "|" + form);
        if (s.cue() == null || form.equals("reported")) {
            f.add("verb=" + firstVerb + "|" + form);
        }
        // where it stands
        f.add("sent=" + bucket(sent, 0, 1, 4, 9));
        f.add("sent=" + bucket(sent, 0, 1, 4, 9) + "|" + form);
        int same = 0;
        boolean before = false;
        boolean after = false;
        boolean nested = false;
        for (StatementRecord o : all) {
            if (o == s || StatementExtractor.candidateKind(o) != null) {
                continue; // candidates are no context: the rules' statements score as without them
            }
            if (s.id().equals(o.parent())) {
                nested = true;
            }
            if (o.parent() != null) {
                continue;
            }
            int os = doc.tokenAt(o.quote().start());
            int osent = os < 0 ? -9 : doc.token(os).sentence();
            same += osent == sent ? 1 : 0;
            before |= osent == sent - 1;
            after |= osent == sent + 1;
        }
        f.add("same=" + Math.min(same, 2) + "|" + form);
        f.add("context=" + before + "," + after + "|" + form);
        f.add("hasNested=" + nested);
        return f;
    }

    private static String speakerKind(AnnotatedDocument doc, StatementRecord s) {
        if (s.speaker() == null) {
            return "none";
        }
        int from = doc.tokenAt(s.speaker().start());
        int to = doc.tokenAt(Math.max(s.speaker().start(), s.speaker().end() - 1));
        if (from < 0 || to < from) {
            return "?";
        }
        boolean propn = false;
        boolean noun = false;
        for (int i = from; i <= to; i++) {
            String pos = doc.token(i).pos();
            if (pos.equals("PRON") && from == to) {
                return "pron";
            }
            propn |= pos.equals("PROPN");
            noun |= pos.equals("NOUN");
        }
        return propn ? "propn" : noun ? "noun" : "other";
    }

    private static String bucket(int n, int... bounds) {
        for (int b : bounds) {
            if (n <= b) {
                return "<=" + b;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }

    /** Trains the perceptron on feature lists and keep labels, {@code epochs} shuffled passes with {@code seed}. */
    public static Perceptron train(List<List<String>> features, List<Boolean> keep, int epochs, long seed) {
        Perceptron p = new Perceptron(LABELS);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int e = 0; e < epochs; e++) {
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                int gold = keep.get(i) ? 0 : 1;
                p.update(features.get(i), gold, p.predict(features.get(i), null));
            }
        }
        return p.averaged();
    }

    /** Writes the threshold and the weights as gzip-compressed text. */
    public void write(OutputStream out) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write((scoresCandidates() ? FORMAT_CANDIDATES : FORMAT) + "\n");
            w.write("threshold\t" + threshold + "\n");
            if (scoresCandidates()) {
                w.write("candidates\t" + candidateThreshold + "\n");
            }
            perceptron.write(w);
        }
    }

    private static float value(String line, String key) throws IOException {
        if (line == null || !line.startsWith(key + "\t")) {
            throw new IOException("quotation filter: expected " + key);
        }
        return Float.parseFloat(line.substring(line.indexOf('\t') + 1));
    }

    /** Reads what {@link #write} wrote. */
    public static QuoteFilter read(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String format = r.readLine();
            if (!FORMAT.equals(format) && !FORMAT_CANDIDATES.equals(format)) {
                throw new IOException("not a Lagebild quotation filter");
            }
            float t = value(r.readLine(), "threshold");
            float candidates = FORMAT_CANDIDATES.equals(format) ? value(r.readLine(), "candidates") : Float.NaN;
            return new QuoteFilter(Perceptron.read(r), t, candidates);
        }
    }
}

package org.lagebild.events.learn;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lagebild.data.OptionalModels;
import org.lagebild.events.EventExtractor;
import org.lagebild.events.Trigger;
import org.lagebild.events.eval.QuadClass;
import org.lagebild.model.EventRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;

/**
 * The learned English event classifier on top of the rules: a {@link LogisticModel} over
 * {@link EventFeatures} predicts a sentence's coarse CAMEO class (0 neutral … 4 material
 * conflict, see {@link QuadClass}). Precision first, it only acts when confident and only through
 * the event lexicon, so every event keeps a real trigger word and an actor:
 * <ul>
 * <li>the rules coded events, none of the predicted class: the sentence's trigger word of that
 * class (the rules' own trigger first, then the one nearest the root) re-codes the main event
 * (the one {@link QuadClass#main} picks);</li>
 * <li>the rules coded nothing: the same, as a new event, when that trigger has a source actor in
 * the parse and the class probability reaches {@link #ADD_RECALL} (chosen by cross-validation;
 * off by default, {@link #ADD}). The
 * event's PLOVER type and CAMEO code are the trigger row's, whose CAMEO root gives its class
 * through the crosswalk.</li>
 * </ul>
 * Neutral predictions never add or drop events (PLOVER has no neutral type).
 *
 * <p>No model is bundled: the only training set with event classes (ConfliBERT's CAMEO sentences)
 * is CC BY-NC-SA 3.0, so its model is a separate file ({@link #NON_COMMERCIAL}) loaded only on
 * request ({@code --event-model en-nc}).
 */
public final class EnglishEventClassifier {
    /** The model trained on ConfliBERT's sentences (CC BY-NC-SA 3.0), below the application folder. */
    public static final Path NON_COMMERCIAL = Path.of("models", "events-en-nc", "classifier-en.tsv");
    /** Probability needed to re-type a rule event (set before measuring; see docs/EVALUATION.md). */
    public static final double RETYPE = 0.6;
    /**
     * Probability needed to add an event the rules did not find (at a lexicon trigger of the class
     * with a source actor): off by default. On ConfliBERT's dev half (cross-validated, session 14)
     * every addition from {@link #ADD_RECALL} was right, but on the 89 VOA stories 33 of 37 were
     * wrong (bylines "contributed to this report", "returned to San Francisco", "have sent jitters
     * through Wall Street"): ConfliBERT's sentences are picked for events, news sentences mostly are not.
     */
    public static final double ADD = Double.POSITIVE_INFINITY;
    /** The adding threshold chosen on the dev half (docs/EVALUATION.md), for scoring the adding step. */
    public static final double ADD_RECALL = 0.8;
    private final LogisticModel model;
    private final double retype;
    private final double add;

    /** Thresholds as for {@link #RETYPE} and {@link #ADD}; infinity switches a step off. */
    public EnglishEventClassifier(LogisticModel model, double retype, double add) {
        this.model = model;
        this.retype = retype;
        this.add = add;
    }

    /** Re-typing only (the default: precision first). */
    public EnglishEventClassifier(LogisticModel model) {
        this(model, RETYPE, ADD);
    }

    /** Re-typing and adding events at lexicon triggers only (no root verbs), from class probability {@code add}. */
    public static EnglishEventClassifier addingAtTriggers(LogisticModel model, double add) {
        return new EnglishEventClassifier(model, RETYPE, add);
    }

    /** A model file written by {@code lagebild events train}. */
    public static EnglishEventClassifier read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new EnglishEventClassifier(LogisticModel.read(r));
        }
    }

    /** The separately shipped non-commercial model under {@code base}, or an explanation. */
    public static EnglishEventClassifier nonCommercial(Path base) throws IOException {
        return read(OptionalModels.require(base, NON_COMMERCIAL, "the English event classifier (CC BY-NC-SA 3.0)",
                "train it with 'lagebild events train' (see README) or run the rules alone"));
    }

    public LogisticModel model() {
        return model;
    }

    /** Class probabilities of a sentence given the rules' events. */
    public double[] probabilities(AnnotatedDocument doc, Sentence s, List<EventRecord> events) {
        return model.probabilities(EventFeatures.of(doc, s, events));
    }

    /**
     * The rules' events of an English document after the classifier's corrections.
     *
     * @param coder the extractor that produced {@code events} on {@code doc}
     */
    public List<EventRecord> refine(AnnotatedDocument doc, EventExtractor coder, List<EventRecord> events) {
        List<EventRecord> out = new ArrayList<>(events);
        int nextId = events.size() + 1;
        for (Sentence s : doc.sentences()) {
            double[] p = probabilities(doc, s, events);
            int c = LogisticModel.argmax(p);
            if (c == 0) {
                continue;
            }
            List<EventRecord> mine = out.stream()
                    .filter(e -> e.trigger().start() >= s.start() && e.trigger().end() <= s.end()).toList();
            Optional<EventRecord> main = QuadClass.main(mine);
            boolean present = mine.stream().anyMatch(e -> QuadClass.of(e) == c);
            if (main.isPresent() && !present && p[c] >= retype) {
                EventRecord old = main.get();
                EventRecord e = recode(doc, coder, s, c, doc.tokenAt(old.trigger().start()), mine, old, r -> true);
                if (e != null) {
                    out.set(out.indexOf(old), EventExtractor.withId(e, old.id()));
                }
            } else if (main.isEmpty() && p[c] >= add) {
                // a new event needs the one who acts: "provided 3 million euros" without a subject is no event
                EventRecord e = recode(doc, coder, s, c, -1, mine, null, r -> !r.source().isEmpty());
                if (e != null) {
                    out.add(EventExtractor.withId(e, "e" + nextId++));
                }
            }
        }
        out.sort(Comparator.comparingInt(e -> e.trigger().start()));
        return List.copyOf(out);
    }

    /**
     * The first codable trigger of class {@code c} whose event passes {@code ok}: at {@code preferred}, then by depth below the
     * root, skipping tokens that already carry another of the sentence's events.
     */
    private static EventRecord recode(AnnotatedDocument doc, EventExtractor coder, Sentence s, int c, int preferred,
                                      List<EventRecord> existing, EventRecord replaced, Predicate<EventRecord> ok) {
        List<Token> tokens = new ArrayList<>(doc.tokensOf(s));
        tokens.removeIf(t -> existing.stream().anyMatch(e -> e != replaced && e.trigger().start() == t.start()));
        tokens.sort(Comparator.comparingInt((Token t) -> t.index() == preferred ? -1 : depth(doc, t))
                .thenComparingInt(Token::index));
        for (Token t : tokens) {
            for (Trigger tr : EventFeatures.candidates(t)) {
                if (EventFeatures.classOf(tr) == c) {
                    EventRecord e = coder.codeAs(t.index(), tr);
                    if (e != null && ok.test(e)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    private static int depth(AnnotatedDocument doc, Token t) {
        int d = 0;
        for (int h = t.head(); h >= 0 && d < 100; h = doc.token(h).head()) {
            d++;
        }
        return d;
    }
}

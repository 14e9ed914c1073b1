package org.lagebild.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lagebild.events.EventLexicon;
import org.lagebild.events.Trigger;
import org.lagebild.events.eval.QuadClass;
import org.lagebild.model.EventRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Syntax;
import org.lagebild.nlp.Token;

/**
 * Features of one English sentence for {@link EnglishEventClassifier}: lemma unigrams and
 * bigrams, the root verb and its object, event-lexicon hits with their syntactic position, and
 * the rule extractor's own output for the sentence (main event type, class and trigger).
 */
public final class EventFeatures {
    private static final Set<String> SKIP_POS = Set.of("PUNCT", "DET", "SYM");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never");

    private EventFeatures() {
    }

    /** The lower-cased lemma (or form) of a token. */
    static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** Lexicon triggers a token could evoke (verbs by lemma, nouns by lemma), ignoring constraints. */
    static List<Trigger> candidates(Token t) {
        EventLexicon lex = EventLexicon.get();
        if (t.isVerb()) {
            return lex.verb(lemma(t), "en");
        }
        return t.pos().equals("NOUN") ? lex.noun(lemma(t), "en") : List.of();
    }

    /** Coarse class of a trigger (0–4, see {@link QuadClass}), or -1. */
    static int classOf(Trigger tr) {
        int c = QuadClass.ofCameo(tr.cameo());
        return c >= 0 ? c : QuadClass.ofCameo(tr.type().cameoRoot());
    }

    /**
     * @param events the rule extractor's events (any sentence; those outside {@code s} are ignored)
     */
    public static List<String> of(AnnotatedDocument doc, Sentence s, List<EventRecord> events) {
        List<String> f = new ArrayList<>();
        String prev = "<s>";
        for (Token t : doc.tokensOf(s)) {
            if (SKIP_POS.contains(t.pos())) {
                continue;
            }
            String l = t.pos().equals("NUM") ? "<num>" : lemma(t);
            f.add("w=" + l);
            f.add("b=" + prev + "_" + l);
            prev = l;
            if (NEGATORS.contains(l)) {
                f.add("neg");
            }
            if (t.head() < 0) {
                f.add("root=" + l);
                int obj = doc.child(t.index(), "obj");
                if (obj >= 0) {
                    f.add("rootobj=" + l + ">" + lemma(doc.token(obj)));
                }
                if (t.isVerb() && Syntax.isPassive(doc, t.index())) {
                    f.add("rootpass");
                }
            } else if (t.isVerb()) {
                f.add("v=" + l + "/" + t.baseRel());
            }
            for (Trigger tr : candidates(t)) {
                f.add("lex=" + tr.type().name());
                f.add("lexc=" + classOf(tr));
                f.add("lexrel=" + tr.type().name() + "/" + (t.head() < 0 ? "root" : t.baseRel()));
            }
        }
        List<EventRecord> mine = events.stream()
                .filter(e -> e.trigger().start() >= s.start() && e.trigger().end() <= s.end()).toList();
        Optional<EventRecord> main = QuadClass.main(mine);
        if (main.isEmpty()) {
            f.add("main=none");
        } else {
            EventRecord e = main.get();
            f.add("main=" + e.type());
            f.add("mainc=" + QuadClass.of(e));
            f.add("maintrig=" + (e.trigger().lemma() == null ? "" : e.trigger().lemma().toLowerCase(Locale.ROOT)));
            f.add("mainsrc=" + !e.source().isEmpty() + "/tgt=" + !e.target().isEmpty());
        }
        for (EventRecord e : mine) {
            f.add("rule=" + e.type());
        }
        return f;
    }
}

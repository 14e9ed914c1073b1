package org.lagebild.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lagebild.nlp.morph.GermanVerbs;

/**
 * Adds lemmas where CoreNLP gives none: German verbs (with their separated particle,
 * "wiesen … zurück" → "zurückweisen") through {@link GermanVerbs}, German nouns as their
 * surface form. English lemmas come from CoreNLP.
 */
public final class Lemmatizer {
    private Lemmatizer() {
    }

    public static AnnotatedDocument apply(AnnotatedDocument doc) {
        if (!doc.lang().equals("de")) {
            return doc;
        }
        GermanVerbs verbs = GermanVerbs.get();
        List<Token> out = new ArrayList<>(doc.tokens().size());
        for (Token t : doc.tokens()) {
            String lemma = t.text();
            if (t.isVerb()) {
                String particle = null;
                for (int c : doc.children(t.index())) {
                    Token ct = doc.token(c);
                    if (ct.deprel().equals("compound:prt") && ct.text().chars().allMatch(Character::isLetter)) {
                        particle = ct.text().toLowerCase(Locale.ROOT);
                    }
                }
                var form = verbs.analyse(t.text(), particle);
                if (particle != null && (form.isEmpty() || form.get().guessed())) {
                    // The parser also marks prepositions as particles ("sprach … von"): keep the
                    // particle only when the lexicon knows the particle verb.
                    var plain = verbs.analyse(t.text(), null);
                    if (plain.isPresent() && !plain.get().guessed() || form.isEmpty()) {
                        form = plain;
                    }
                }
                if (form.isPresent()) {
                    lemma = form.get().lemma();
                } else {
                    lemma = t.text().toLowerCase(Locale.ROOT);
                }
            }
            out.add(t.withLemma(lemma));
        }
        return new AnnotatedDocument(doc.text(), doc.lang(), out, doc.sentences());
    }
}

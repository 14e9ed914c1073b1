package org.lagebild.nlp;

import java.util.Set;

/**
 * Robust readings of the dependency parse shared by the extractors. The German UD parser
 * labels some active subjects {@code nsubj:pass} ("wo er … beraten wollte") and some inverted
 * pronoun subjects {@code obj} ("habe sie deutlich gemacht"); these helpers correct for that.
 */
public final class Syntax {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie", "wir", "ich", "he", "she", "we", "they", "i");

    private Syntax() {
    }

    /** True passive: a passive auxiliary ("wurde … erwartet", "was killed"), not a mislabelled subject. */
    public static boolean isPassive(AnnotatedDocument doc, int verb) {
        for (int c : doc.children(verb)) {
            if (doc.token(c).deprel().equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The grammatical subject of an active clause, or -1. A coordinated verb without its own
     * subject shares the first conjunct's ("Merkel begrüßte … und griff den Iran an").
     */
    public static int subject(AnnotatedDocument doc, int verb) {
        int own = ownSubject(doc, verb);
        Token v = doc.token(verb);
        if (own < 0 && v.deprel().equals("conj") && v.head() >= 0 && doc.token(v.head()).isVerb()) {
            return ownSubject(doc, v.head());
        }
        return own;
    }

    private static int ownSubject(AnnotatedDocument doc, int verb) {
        int subj = doc.child(verb, "nsubj");
        if (subj >= 0 && doc.token(subj).deprel().equals("nsubj")) {
            return subj;
        }
        if (!isPassive(doc, verb)) {
            for (int c : doc.children(verb)) {
                if (doc.token(c).deprel().equals("nsubj:pass")) {
                    return c;
                }
            }
            // Inverted pronoun subject mislabelled as object: "… habe sie deutlich gemacht".
            for (int c : doc.children(verb)) {
                Token ct = doc.token(c);
                if (ct.deprel().equals("obj") && ct.pos().equals("PRON")
                        && SUBJECT_PRONOUNS.contains(ct.text().toLowerCase(java.util.Locale.ROOT))
                        && precededByFiniteVerb(doc, c)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static boolean precededByFiniteVerb(AnnotatedDocument doc, int token) {
        return token > 0 && doc.token(token - 1).isVerb() && doc.token(token - 1).sentence() == doc.token(token).sentence();
    }
}

package org.lagebild.time;

import java.util.List;

/**
 * Whether a sentence speaks about the future ("Am Donnerstag soll es Gespräche geben", "will meet
 * next week"): then bare weekdays, months and seasons resolve forward from the publication date.
 */
final class TenseHint {
    private TenseHint() {
    }

    static boolean future(List<Token> t, String lang) {
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            if (!w.isWord()) {
                continue;
            }
            if (TimeLexicon.is(lang, w, "FUTURE")) {
                // German "morgen" is "tomorrow" only in lowercase; "Morgen" is the morning
                if (!("de".equals(lang) && w.lower().equals("morgen") && w.capitalized() && i > 0)) {
                    return true;
                }
            }
            if (TimeLexicon.is(lang, w, "FUTURE_AUX") && infinitiveEndsClause(t, i + 1)) {
                return true;
            }
            if ("en".equals(lang) && i + 2 < t.size() && t.get(i + 1).lower().equals("to")
                    && (w.lower().equals("is") || w.lower().equals("are") || w.lower().equals("going"))) {
                return true;
            }
        }
        return false;
    }

    /** "werden ... machen": the clause's last word is an infinitive (not a participle "gegeben"). */
    private static boolean infinitiveEndsClause(List<Token> t, int from) {
        Token last = null;
        for (int i = from; i < t.size(); i++) {
            Token w = t.get(i);
            if (w.kind() == Token.Kind.PUNCT && ",.;:!?".indexOf(w.text().charAt(0)) >= 0) {
                break;
            }
            if (w.isWord()) {
                last = w;
            }
        }
        if (last == null || last.capitalized()) {
            return false;
        }
        String s = last.lower();
        boolean participle = s.startsWith("ge") && s.length() > 6;
        return !participle && (s.endsWith("en") || s.endsWith("ern") || s.endsWith("eln"));
    }
}

package org.lagebild.time;

import java.util.List;

/**
 * Decides whether a bare four-digit number (1800-2100) in running text is a year. This is the one
 * place for that decision: the quantity tagger excludes what the time tagger marks as a year.
 * Evidence, in order: a measure word right after ("2019 Prozent", "2000 Jahre") means a quantity;
 * a strong year cue before ("im", "seit", "Jahr", a month or season, "since") means a year, a weak
 * one ("von", "zwischen", "in") unless a noun follows; a
 * numeric modifier before ("rund", "mehr als") means a quantity; a noun before ("der Krim 2014")
 * means a year; a noun after ("2019 Soldaten", "2000 prorussische Kämpfer") means a quantity;
 * otherwise ("war 2002 ins Leben gerufen", "tagte 2019") a year.
 */
public final class YearHeuristic {
    private YearHeuristic() {
    }

    public static boolean isYear(List<Token> t, int i, String lang) {
        Token tok = t.get(i);
        if (!tok.isPlainInt(4) || tok.text().length() != 4) {
            return false;
        }
        int y = tok.intValue();
        if (y < 1800 || y > 2100) {
            return false;
        }
        Token prev = i > 0 ? t.get(i - 1) : null;
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        if (next != null && (next.isPunct('%') || next.isWord()
                && (TimeLexicon.is(lang, next, "MEASURE") || TimeLexicon.is(lang, next, "UNIT")))) {
            return false;
        }
        if (prev != null && (prev.isPunct('$') || prev.isPunct('€') || prev.isPunct('£'))) {
            return false;
        }
        if (prev != null && prev.isWord()) {
            String cue = TimeLexicon.get(lang, prev, "YEAR_CUE");
            if ("strong".equals(cue) || TimeLexicon.is(lang, prev, "MONTH") || TimeLexicon.is(lang, prev, "SEASON")) {
                return true;
            }
            if ("weak".equals(cue)) {
                return !nounFollows(t, i + 1, lang);
            }
        }
        if (Numerals.modifierBefore(t, i, lang) != null) {
            return false;
        }
        if (prev != null && prev.isWord() && prev.capitalized() && !sentenceInitial(t, i - 1)
                && !TimeLexicon.is(lang, prev, "DET")) {
            return true;
        }
        return !nounFollows(t, i + 1, lang);
    }

    /** Whether a noun (optionally after adjectives) starts at token {@code j}. */
    private static boolean nounFollows(List<Token> t, int j, String lang) {
        for (int k = j; k < t.size() && k < j + 3; k++) {
            Token w = t.get(k);
            if (!w.isWord()) {
                return false;
            }
            if ("en".equals(lang)) {
                String s = w.lower();
                if (w.capitalized()) {
                    continue; // "2000 Russian troops"; a name alone ("2006 World Cup") ends below
                }
                return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us");
            }
            if (w.capitalized()) {
                return true;
            }
            if (!adjectiveLike(w.lower())) {
                return false;
            }
        }
        return false;
    }

    /** German attributive adjective endings: "schweres", "russische", "prorussischen". */
    public static boolean adjectiveLike(String s) {
        return s.length() > 3 && (s.endsWith("e") || s.endsWith("en") || s.endsWith("er")
                || s.endsWith("es") || s.endsWith("em"));
    }

    /** No word before token {@code k} in the range, or only sentence punctuation right before it. */
    static boolean sentenceInitial(List<Token> t, int k) {
        if (k == 0) {
            return true;
        }
        Token p = t.get(k - 1);
        return p.kind() == Token.Kind.PUNCT && ".!?:„\"«»(".indexOf(p.text().charAt(0)) >= 0;
    }
}

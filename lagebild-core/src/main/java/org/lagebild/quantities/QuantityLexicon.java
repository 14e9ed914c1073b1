package org.lagebild.quantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lagebild.time.Tsv;

/** The quantity word lists (scales, units, compound units, phrase words), loaded once. */
final class QuantityLexicon {
    record Scale(double value, boolean vague) {
    }

    record Unit(String surface, String lemma, String kind) {
    }

    record CompoundUnit(String suffix, String unit, String lemma) {
    }

    private static final Map<String, Scale> SCALES = new HashMap<>();
    private static final Map<String, Scale> VAGUE = new HashMap<>();
    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final Map<String, List<Unit>> UNIT_LIST = new HashMap<>();
    private static final Map<String, List<CompoundUnit>> COMPOUNDS = new HashMap<>();
    private static final Map<String, String> WORD_CLASS = new HashMap<>();

    static {
        for (String[] r : Tsv.read("/org/lagebild/quantities/scales.tsv")) {
            boolean vague = r[3].equals("vague");
            (vague ? VAGUE : SCALES).put(r[0] + ':' + r[1], new Scale(Double.parseDouble(r[2]), vague));
        }
        for (String[] r : Tsv.read("/org/lagebild/quantities/units.tsv")) {
            Unit u = new Unit(r[1], r[2], r[3]);
            UNITS.put(r[0] + ':' + lower(r[1]), u);
            UNIT_LIST.computeIfAbsent(r[0], k -> new ArrayList<>()).add(u);
        }
        for (String[] r : Tsv.read("/org/lagebild/quantities/compound-units.tsv")) {
            COMPOUNDS.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new CompoundUnit(r[1], r[2], r[3]));
        }
        for (String[] r : Tsv.read("/org/lagebild/quantities/phrase-words.tsv")) {
            WORD_CLASS.merge(r[0] + ':' + lower(r[1]), r[2], (a, b) -> a + "," + b);
        }
    }

    private QuantityLexicon() {
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static Scale scale(String lang, String word) {
        return SCALES.get(lang + ':' + lower(word));
    }

    static Scale vague(String lang, String word) {
        return VAGUE.get(lang + ':' + lower(word));
    }

    static Unit unit(String lang, String word) {
        return UNITS.get(lang + ':' + lower(word));
    }

    static boolean hasClass(String lang, String word, String cls) {
        String v = WORD_CLASS.get(lang + ':' + lower(word));
        return v != null && (v.equals(cls) || v.contains(cls));
    }

    static List<CompoundUnit> compounds(String lang) {
        return COMPOUNDS.getOrDefault(lang, List.of());
    }

    /**
     * The lemma of a unit noun: an exact row, or for German the longest row that ends the word
     * ("Nato-Staaten" -> "Nato-Staat"); null when unknown.
     */
    static String lemma(String lang, String word) {
        if (word.length() > 60) {
            return null;
        }
        Unit exact = unit(lang, word);
        if (exact != null) {
            return exact.lemma();
        }
        if (!"de".equals(lang)) {
            return null;
        }
        String w = lower(word);
        Unit best = null;
        for (Unit u : UNIT_LIST.getOrDefault(lang, List.of())) {
            String s = lower(u.surface());
            if (s.length() >= 4 && w.length() > s.length() && w.endsWith(s) && "noun".equals(u.kind())
                    && (best == null || s.length() > best.surface().length())) {
                best = u;
            }
        }
        if (best == null) {
            return null;
        }
        String prefix = word.substring(0, word.length() - best.surface().length());
        String lemma = best.lemma();
        return prefix.endsWith("-") ? prefix + lemma : prefix + lower(lemma.substring(0, 1)) + lemma.substring(1);
    }
}

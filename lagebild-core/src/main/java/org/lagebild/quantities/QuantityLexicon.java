package org.lagebild.quantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;

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
        for (Row r : TsvResource.read("org/lagebild/quantities/scales.tsv", 4)) {
            boolean vague = r.get(3).equals("vague");
            (vague ? VAGUE : SCALES).put(r.get(0) + ':' + r.get(1), new Scale(Double.parseDouble(r.get(2)), vague));
        }
        for (Row r : TsvResource.read("org/lagebild/quantities/units.tsv", 4)) {
            Unit u = new Unit(r.get(1), r.get(2), r.get(3));
            UNITS.put(r.get(0) + ':' + lower(r.get(1)), u);
            UNIT_LIST.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(u);
        }
        for (Row r : TsvResource.read("org/lagebild/quantities/compound-units.tsv", 4)) {
            COMPOUNDS.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new CompoundUnit(r.get(1), r.get(2), r.get(3)));
        }
        for (Row r : TsvResource.read("org/lagebild/quantities/phrase-words.tsv", 3)) {
            WORD_CLASS.merge(r.get(0) + ':' + lower(r.get(1)), r.get(2), (a, b) -> a + "," + b);
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

package org.lagebild.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;

/** The word lists of {@code lexicon.tsv}, looked up by language, lowercase word and category. */
final class TimeLexicon {
    /** lang -> category -> lowercase word -> value */
    private static final Map<String, Map<String, Map<String, String>>> ENTRIES = new HashMap<>();

    /** lang -> every word of any category: lets the tagger skip most tokens with one lookup */
    private static final Map<String, java.util.Set<String>> ALL = new HashMap<>();

    static {
        for (Row r : TsvResource.read("org/lagebild/time/lexicon.tsv", 4)) {
            ALL.computeIfAbsent(r.get(0), k -> new java.util.HashSet<>()).add(r.get(1).toLowerCase(Locale.ROOT));
            ENTRIES.computeIfAbsent(r.get(0), k -> new HashMap<>()).computeIfAbsent(r.get(2), k -> new HashMap<>())
                    .put(r.get(1).toLowerCase(Locale.ROOT), r.get(3));
        }
    }

    private TimeLexicon() {
    }

    /** The entry's value ("" when it has none), or null when the word is not in the category. */
    static boolean known(String lang, Token t) {
        java.util.Set<String> all = ALL.get(lang);
        return all != null && all.contains(t.lower());
    }

    static String get(String lang, String word, String category) {
        if (word.length() > 40) {
            return null;
        }
        return lookup(lang, word.toLowerCase(Locale.ROOT), category);
    }

    private static String lookup(String lang, String lower, String category) {
        Map<String, Map<String, String>> byCat = ENTRIES.get(lang);
        Map<String, String> words = byCat == null ? null : byCat.get(category);
        return words == null ? null : words.get(lower);
    }

    static String get(String lang, Token t, String category) {
        return t == null || t.kind() == Token.Kind.NUM || t.text().length() > 40 ? null : lookup(lang, t.lower(), category);
    }

    static boolean is(String lang, Token t, String category) {
        // null-safe: callers probe past the sentence end
        return get(lang, t, category) != null;
    }

    static int intValue(String lang, Token t, String category) {
        return parse(get(lang, t, category));
    }

    static int intValue(String lang, String word, String category) {
        return parse(get(lang, word, category));
    }

    private static int parse(String v) {
        return v == null || v.isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(v);
    }
}

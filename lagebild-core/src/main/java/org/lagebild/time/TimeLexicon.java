package org.lagebild.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The word lists of {@code lexicon.tsv}, looked up by language, lowercase word and category. */
final class TimeLexicon {
    private static final Map<String, String> ENTRIES = new HashMap<>();

    static {
        for (String[] r : Tsv.read("/org/lagebild/time/lexicon.tsv")) {
            ENTRIES.put(key(r[0], r[1].toLowerCase(Locale.ROOT), r[2]), r[3]);
        }
    }

    private TimeLexicon() {
    }

    private static String key(String lang, String word, String category) {
        return lang + '\u0000' + category + '\u0000' + word;
    }

    /** The entry's value ("" when it has none), or null when the word is not in the category. */
    static String get(String lang, String word, String category) {
        if (word.length() > 40) {
            return null;
        }
        return ENTRIES.get(key(lang, word.toLowerCase(Locale.ROOT), category));
    }

    static String get(String lang, Token t, String category) {
        return t == null || t.kind() == Token.Kind.NUM ? null : get(lang, t.text(), category);
    }

    static boolean is(String lang, Token t, String category) {
        // null-safe: callers probe past the sentence end
        return get(lang, t, category) != null;
    }

    static int intValue(String lang, Token t, String category) {
        return t == null ? Integer.MIN_VALUE : intValue(lang, t.kind() == Token.Kind.NUM ? "" : t.text(), category);
    }

    static int intValue(String lang, String word, String category) {
        String v = get(lang, word, category);
        return v == null || v.isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(v);
    }
}

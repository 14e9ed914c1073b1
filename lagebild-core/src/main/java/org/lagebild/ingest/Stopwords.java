package org.lagebild.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Layout;
import org.lagebild.data.TsvResource.Row;

/** German and English function words from {@code stopwords.tsv}; words listed for both are dropped. */
final class Stopwords {
    private static final Map<String, String> LANG_OF = load();

    private Stopwords() {
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Row row : TsvResource.read("org/lagebild/ingest/stopwords.tsv", Layout.columns(2).withHeaderRow())) {
            String prev = map.put(row.get(1), row.get(0));
            if (prev != null && !prev.equals(row.get(0))) {
                ambiguous.add(row.get(1));
            }
        }
        ambiguous.forEach(map::remove);
        return Map.copyOf(map);
    }

    /** "de", "en" or null. */
    static String langOf(String word) {
        return LANG_OF.get(word.toLowerCase(Locale.ROOT));
    }

    /** Counts function words (of any language) among the letter runs of {@code text[start, end)}. */
    static int count(CharSequence text, int start, int end) {
        int hits = 0;
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s && langOf(text.subSequence(s, i).toString()) != null) {
                hits++;
            }
        }
        return hits;
    }
}

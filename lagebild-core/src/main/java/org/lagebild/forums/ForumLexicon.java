package org.lagebild.forums;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;

/** The forum cues of one language ({@code org/lagebild/forums/forums-<lang>.tsv}). */
final class ForumLexicon {
    private static final Map<String, ForumLexicon> BY_LANG = new ConcurrentHashMap<>();

    /** A forum noun with its kind and whether only plurals count / compounds end in it. */
    record Noun(String word, String kind, boolean pluralOnly, boolean compound) {
    }

    /** A result phrase, its words lower-cased. */
    record OutcomePhrase(List<String> words, String label) {
    }

    final Map<String, Noun> nouns = new HashMap<>();
    final Map<String, String> verbs = new HashMap<>();
    final Set<String> excluded = new HashSet<>();
    final Set<String> partners = new HashSet<>();
    final Set<String> attend = new HashSet<>();
    final Set<String> fresh = new HashSet<>();
    final List<OutcomePhrase> outcomes = new ArrayList<>();
    final Map<String, String> units = new HashMap<>();

    static ForumLexicon of(String lang) {
        return BY_LANG.computeIfAbsent(lang.equals("en") ? "en" : "de",
                l -> new ForumLexicon(TsvResource.read("org/lagebild/forums/forums-" + l + ".tsv", 4)));
    }

    private ForumLexicon(List<Row> rows) {
        for (Row r : rows) {
            String entry = r.req(1, "entry").toLowerCase(Locale.ROOT);
            switch (r.req(0, "class")) {
                case "noun" -> nouns.put(entry, new Noun(entry, r.req(2, "label"), r.get(3).contains("plural"),
                        r.get(3).contains("compound")));
                case "verb" -> verbs.put(entry, r.req(2, "label"));
                case "exclude" -> excluded.add(entry);
                case "partner" -> partners.add(entry);
                case "attend" -> attend.add(entry);
                case "new" -> fresh.add(entry);
                case "outcome" -> outcomes.add(new OutcomePhrase(List.of(entry.split("\\s+")), r.req(2, "label")));
                case "unit" -> {
                    String d = r.req(2, "label");
                    if (!d.matches("[HMDW]")) {
                        throw r.fail("unit designator must be H, M, D or W: '" + d + "'");
                    }
                    units.put(entry, d);
                }
                default -> throw r.fail("unknown class '" + r.get(0) + "'");
            }
        }
        outcomes.sort(Comparator.comparingInt((OutcomePhrase o) -> o.words().size()).reversed());
    }

    /** The ISO designator of a duration unit word ("Stunden", "fünfstündigen", "hours"), or null. */
    String unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> u : units.entrySet()) {
            if (w.contains(u.getKey())) { // "Stunden", "fünfstündigen", "hours"
                return u.getValue();
            }
        }
        return null;
    }

    /** True for a modifier that introduces another forum ("weiteren", "nächste", "another"). */
    boolean isFresh(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (fresh.contains(w)) {
            return true;
        }
        for (String suffix : new String[] {"e", "en", "em", "er", "es", "n", "s"}) {
            if (w.endsWith(suffix) && fresh.contains(w.substring(0, w.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }
}

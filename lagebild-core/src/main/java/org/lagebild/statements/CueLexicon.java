package org.lagebild.statements;

import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Quotation cues for German and English, from {@code cues-de.tsv} and {@code cues-en.tsv}. */
public final class CueLexicon {

    static final String DE = "org/lagebild/statements/cues-de.tsv";
    static final String EN = "org/lagebild/statements/cues-en.tsv";

    /** Word endings that only look like a German cue noun's compound head ({@code cue-noun-false-heads-de.tsv}). */
    private static final List<String> FALSE_HEADS = TsvResource.read("org/lagebild/statements/cue-noun-false-heads-de.tsv", 1)
            .stream().map(r -> r.req(0, "ending").toLowerCase(Locale.ROOT)).toList();

    private static volatile CueLexicon instance;

    private final Map<String, Map<String, Cue>> byKey = new HashMap<>(); // lang -> kind|lemma -> cue
    private final Map<String, List<Cue>> byLang = new HashMap<>();

    public static CueLexicon get() {
        CueLexicon c = instance;
        if (c == null) {
            synchronized (CueLexicon.class) {
                c = instance;
                if (c == null) {
                    c = load(Map.of("de", DE, "en", EN));
                    instance = c;
                }
            }
        }
        return c;
    }

    /** Loads one classpath TSV per language; malformed rows throw naming file and line. */
    public static CueLexicon load(Map<String, String> resourcesByLang) {
        CueLexicon lex = new CueLexicon();
        resourcesByLang.forEach((lang, res) -> lex.read(lang, TsvResource.read(res, 6)));
        return lex;
    }

    private void read(String lang, List<Row> rows) {
        Map<String, Cue> keys = byKey.computeIfAbsent(lang, k -> new HashMap<>());
        List<Cue> all = byLang.computeIfAbsent(lang, k -> new ArrayList<>());
        for (Row r : rows) {
            String lemma = r.req(0, "lemma");
            Cue.Kind kind = parse(r, Cue.Kind.class, r.req(1, "kind"), "kind");
            Cue.Medium medium = parse(r, Cue.Medium.class, r.req(2, "medium").toUpperCase(Locale.ROOT), "medium");
            int strength;
            try {
                strength = Integer.parseInt(r.req(3, "strength"));
            } catch (NumberFormatException e) {
                throw r.fail("strength must be 1, 2 or 3: '" + r.get(3) + "'");
            }
            if (strength < 1 || strength > 3) {
                throw r.fail("strength must be 1, 2 or 3: " + strength);
            }
            Cue cue = new Cue(lemma, lang, kind, medium, strength, r.get(4), r.req(5, "source"));
            if (keys.put(key(kind, lemma), cue) != null) {
                throw r.fail("duplicate " + kind + " cue '" + lemma + "'");
            }
            all.add(cue);
        }
    }

    private static <E extends Enum<E>> E parse(Row r, Class<E> type, String value, String column) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw r.fail("unknown " + column + " '" + value + "'");
        }
    }

    private static String key(Cue.Kind kind, String lemma) {
        return kind + "|" + lemma.toLowerCase(Locale.ROOT);
    }

    private Optional<Cue> find(Cue.Kind kind, String lemma, String lang) {
        if (lemma == null || lang == null) {
            return Optional.empty();
        }
        Map<String, Cue> keys = byKey.get(lang);
        return keys == null ? Optional.empty() : Optional.ofNullable(keys.get(key(kind, lemma.strip())));
    }

    /** A verb cue by lemma, including a separable particle ("mitteilen"). */
    public Optional<Cue> verb(String lemma, String lang) {
        return find(Cue.Kind.VERB, lemma, lang);
    }

    /** A noun cue by lemma ("Angaben", "statement"). Case-insensitive. */
    public Optional<Cue> noun(String lemma, String lang) {
        return find(Cue.Kind.NOUN, lemma, lang);
    }

    /** Endings a German noun takes in plural or case forms ("Anträge-n", "Debatte-n", "Gesetz-es"), longest last. */
    private static final List<String> NOUN_ENDINGS = List.of("", "en", "n", "e", "s", "es", "er", "ern", "nen");

    /**
     * The German noun cue that {@code word} inflects or heads as a compound ("Anträgen",
     * "Beweisanträge", "FDP-Antrag" → Antrag; "Befürchtungen" → Befürchtung): the word itself or
     * its head — the part after a hyphen, or the last four or more letters of a closed compound
     * after at least three — without a plural or case ending, with its last umlaut undone
     * ("Anträg" → "Antrag"). The parser's noun lemmas are word forms, so a plural cue noun would
     * otherwise look unknown. Empty for other languages, words the lexicon does not head and words another noun heads
     * ({@code cue-noun-false-heads-de.tsv}: "Kampfeinsatz" is no Satz, "Förderung" no Forderung).
     */
    public Optional<Cue> nounForm(String word, String lang) {
        if (!"de".equals(lang) || word == null) {
            return Optional.empty();
        }
        for (int start = 0; start <= word.length() - 4; start++) {
            if (start > 0 && start < 3 && word.charAt(start - 1) != '-') {
                continue;
            }
            String head = word.substring(start);
            for (String ending : NOUN_ENDINGS) {
                if (!head.endsWith(ending) || head.length() - ending.length() < 3) {
                    continue;
                }
                String stem = head.substring(0, head.length() - ending.length());
                Optional<Cue> c = noun(stem, lang).or(() -> noun(withoutUmlaut(stem), lang));
                if (c.isPresent()) {
                    return falseHead(word) ? Optional.empty() : c;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code word}, or the word without a plural or case ending (and umlaut: "Einsätze"), ends in a noun that is no cue. */
    private static boolean falseHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : NOUN_ENDINGS) {
            if (w.endsWith(ending)) {
                String stem = w.substring(0, w.length() - ending.length());
                String plain = withoutUmlaut(stem);
                for (String head : FALSE_HEADS) {
                    if (stem.endsWith(head) || plain.endsWith(head)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code s} with its last umlaut replaced by the plain vowel ("Anträg" → "Antrag", "Vorschläg" → "Vorschlag"). */
    private static String withoutUmlaut(String s) {
        int k = Math.max(s.lastIndexOf('ä'), Math.max(s.lastIndexOf('ö'), s.lastIndexOf('ü')));
        if (k < 0) {
            return s;
        }
        char c = s.charAt(k);
        return s.substring(0, k) + (c == 'ä' ? 'a' : c == 'ö' ? 'o' : 'u') + s.substring(k + 1);
    }

    /** A prepositional or adverbial cue ("laut", "zufolge", "so", "according to"). */
    public Optional<Cue> prep(String word, String lang) {
        return find(Cue.Kind.PREP, word, lang);
    }

    /** A multiword cue by its citation form ("deutlich machen", "nach Angaben"). */
    public Optional<Cue> phrase(String phrase, String lang) {
        return find(Cue.Kind.PHRASE, phrase, lang);
    }

    /** All multiword cues of a language. */
    public List<Cue> phrases(String lang) {
        return all(lang).stream().filter(c -> c.kind() == Cue.Kind.PHRASE).toList();
    }

    /** All cues of a language, in file order. */
    public List<Cue> all(String lang) {
        return Collections.unmodifiableList(byLang.getOrDefault(lang, List.of()));
    }
}

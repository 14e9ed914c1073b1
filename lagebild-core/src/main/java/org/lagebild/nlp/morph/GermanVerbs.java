package org.lagebild.nlp.morph;

import org.lagebild.data.MalformedDataException;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * German verb lemmatiser and mood detector (CoreNLP's German pipeline has neither).
 *
 * <p>Full finite paradigms are generated from the principal parts in {@code verbs-de.tsv}
 * (strong, mixed, modal and irregular verbs) or by rule (weak verbs listed there); compound
 * verbs listed as SEP/INSEP are built from their base with the particles in
 * {@code particles-de.tsv}. Unknown forms fall back to particle/prefix stripping and weak-verb
 * rules; such readings carry {@code guessed = true}.
 */
public final class GermanVerbs {

    static final String VERBS = "org/lagebild/nlp/morph/verbs-de.tsv";
    static final String PARTICLES = "org/lagebild/nlp/morph/particles-de.tsv";
    private static final int MAX_FORM_LENGTH = 60;
    private static final int[][] PERSONS = {{1, 0}, {2, 0}, {3, 0}, {1, 1}, {2, 1}, {3, 1}};

    private static volatile GermanVerbs instance;

    /** Kind of a prefix in particles-de.tsv. BOTH: separable or not depending on the verb. */
    enum PrefixKind { SEP, INSEP, BOTH }

    /** Reading before mood merging; {@code lemma} is the full lemma. */
    private record Raw(String lemma, Tense tense, Mood mood, Integer person, Boolean plural) {
    }

    private final Map<String, PrefixKind> prefixes = new HashMap<>();
    private final List<String> prefixesLongestFirst = new ArrayList<>();
    private final Map<String, List<Raw>> paradigms = new HashMap<>();   // lemma -> its readings
    private final Map<String, List<Raw>> forms = new HashMap<>();       // form -> readings

    /** The lexicon bundled with the library. */
    public static GermanVerbs get() {
        GermanVerbs v = instance;
        if (v == null) {
            synchronized (GermanVerbs.class) {
                v = instance;
                if (v == null) {
                    v = load(VERBS, PARTICLES);
                    instance = v;
                }
            }
        }
        return v;
    }

    /** Loads a lexicon from two classpath resources; malformed rows throw with file and line. */
    public static GermanVerbs load(String verbsResource, String particlesResource) {
        return new GermanVerbs(TsvResource.read(verbsResource, 9), TsvResource.read(particlesResource, 3));
    }

    private GermanVerbs(List<Row> verbRows, List<Row> particleRows) {
        for (Row r : particleRows) {
            String p = r.req(0, "prefix");
            PrefixKind kind;
            try {
                kind = PrefixKind.valueOf(r.req(1, "kind"));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown prefix kind '" + r.get(1) + "' (SEP, INSEP or BOTH)");
            }
            if (!p.equals(p.toLowerCase(Locale.ROOT)) || !p.chars().allMatch(Character::isLetter)) {
                throw r.fail("prefix must be lower-case letters: '" + p + "'");
            }
            if (prefixes.put(p, kind) != null) {
                throw r.fail("duplicate prefix '" + p + "'");
            }
        }
        prefixesLongestFirst.addAll(prefixes.keySet());
        prefixesLongestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));

        List<Row> compounds = new ArrayList<>();
        for (Row r : verbRows) {
            String lemma = r.req(0, "lemma");
            if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) || !lemma.endsWith("n")
                    || !lemma.chars().allMatch(Character::isLetter)) {
                throw r.fail("lemma must be a lower-case infinitive: '" + lemma + "'");
            }
            if (paradigms.containsKey(lemma)) {
                throw r.fail("duplicate lemma '" + lemma + "'");
            }
            String cls = r.req(1, "class");
            switch (cls) {
                case "WEAK" -> paradigms.put(lemma, weak(lemma, r.opt(6)));
                case "STRONG", "MIXED", "MODAL", "IRREGULAR" -> paradigms.put(lemma, strong(r, lemma));
                case "SEP", "INSEP" -> {
                    compounds.add(r);
                    paradigms.put(lemma, List.of()); // placeholder, filled below
                }
                default -> throw r.fail("unknown class '" + cls + "'");
            }
        }
        // Compounds may build on other compounds (an+erkennen): resolve until fixpoint.
        List<Row> pending = new ArrayList<>(compounds);
        while (!pending.isEmpty()) {
            List<Row> next = new ArrayList<>();
            for (Row r : pending) {
                Split s = split(r);
                if (paradigms.get(s.base).isEmpty()) {
                    next.add(r);
                } else {
                    paradigms.put(r.get(0), compound(s, r.get(0)));
                }
            }
            if (next.size() == pending.size()) {
                Row r = next.get(0);
                throw r.fail("compound '" + r.get(0) + "' has a cyclic base");
            }
            pending = next;
        }
        forms.putAll(paradigmForms);
    }

    // Filled while generating paradigms: form -> readings, and lemma -> form -> readings.
    private final Map<String, List<Raw>> paradigmForms = new HashMap<>();
    private final Map<String, Map<String, List<Raw>>> lemmaForms = new HashMap<>();

    private record Split(String prefix, boolean separable, String base) {
    }

    private Split split(Row r) {
        String lemma = r.get(0);
        boolean sep = r.get(1).equals("SEP");
        for (String p : prefixesLongestFirst) {
            PrefixKind k = prefixes.get(p);
            boolean kindOk = k == PrefixKind.BOTH || (sep ? k == PrefixKind.SEP : k == PrefixKind.INSEP);
            String rest = lemma.substring(Math.min(p.length(), lemma.length()));
            if (kindOk && lemma.startsWith(p) && paradigms.containsKey(rest)) {
                return new Split(p, sep, rest);
            }
        }
        throw r.fail("cannot split " + r.get(1) + " compound '" + lemma
                + "' into a listed prefix and a listed base verb");
    }

    // ---------------------------------------------------------------- generation

    private void add(List<Raw> out, String form, String lemma, Tense t, Mood m, Integer p, Boolean pl) {
        for (String f : form.split("\\|")) {
            if (f.isEmpty()) {
                continue;
            }
            Raw raw = new Raw(lemma, t, m, p, pl);
            out.add(raw);
            paradigmForms.computeIfAbsent(f, k -> new ArrayList<>()).add(raw);
            lemmaForms.computeIfAbsent(lemma, k -> new LinkedHashMap<>())
                    .computeIfAbsent(f, k -> new ArrayList<>()).add(raw);
        }
    }

    private static String stem(String inf) {
        return inf.endsWith("en") ? inf.substring(0, inf.length() - 2) : inf.substring(0, inf.length() - 1);
    }

    /** handeln, ändern: stem ends in -el/-er and the infinitive in -n only. */
    private static boolean elEr(String inf) {
        return !inf.endsWith("en") && (inf.endsWith("eln") || inf.endsWith("ern"));
    }

    /** Stems needing an linking e before t/st: arbeit-e-t, öffn-e-t, atm-e-t. */
    private static boolean needsE(String s) {
        if (s.endsWith("t") || s.endsWith("d")) {
            return true;
        }
        int n = s.length();
        if (n >= 2 && (s.endsWith("m") || s.endsWith("n"))) {
            char prev = s.charAt(n - 2);
            if (prev == 'h') {
                return n >= 3 && s.charAt(n - 3) == 'c'; // zeichn-e-te, but wohn-te
            }
            return "aeiouäöüylrmn".indexOf(prev) < 0;
        }
        return false;
    }

    private static boolean sibilant(String s) {
        return s.endsWith("s") || s.endsWith("ß") || s.endsWith("z") || s.endsWith("x");
    }

    /** Present indicative (unless given) and Konjunktiv I from the infinitive stem. */
    private void present(List<Raw> out, String lemma, String inf, String[] given, String pres3sg) {
        String s = stem(inf);
        boolean ee = elEr(inf);
        String e = needsE(s) ? "e" : "";
        String first = ee ? s + "e|" + s.substring(0, s.length() - 2) + s.charAt(s.length() - 1) + "e" : s + "e";
        String[] ind;
        if (given != null) {
            ind = given;
        } else {
            String p2 = sibilant(s) && e.isEmpty() ? s + "t" : s + e + "st";
            String p3 = s + e + "t";
            if (pres3sg != null) {
                p3 = pres3sg;
                StringBuilder p2b = new StringBuilder();
                for (String v : pres3sg.split("\\|")) {
                    String b = v.endsWith("t") ? v.substring(0, v.length() - 1) : v;
                    p2b.append(sibilant(b) ? b + "t" : b + "st").append('|').append(v).append("st|");
                }
                p2 = p2b.toString();
            }
            ind = new String[]{first, p2, p3, inf, s + e + "t", inf};
        }
        String[] konj = {first, s + "est", first, ee ? inf : s + "en", ee ? s + "t" : s + "et", ee ? inf : s + "en"};
        for (int i = 0; i < 6; i++) {
            add(out, ind[i], lemma, Tense.PRESENT, Mood.INDICATIVE, PERSONS[i][0], PERSONS[i][1] == 1);
            add(out, konj[i], lemma, Tense.PRESENT, Mood.SUBJUNCTIVE_I, PERSONS[i][0], PERSONS[i][1] == 1);
        }
    }

    private void konjunktiv1(List<Raw> out, String lemma, String[] konj) {
        for (int i = 0; i < 6; i++) {
            add(out, konj[i], lemma, Tense.PRESENT, Mood.SUBJUNCTIVE_I, PERSONS[i][0], PERSONS[i][1] == 1);
        }
    }

    private List<Raw> weak(String lemma, String participle) {
        List<Raw> out = new ArrayList<>();
        String s = stem(lemma);
        String e = needsE(s) ? "e" : "";
        present(out, lemma, lemma, null, null);
        String t = s + e + "te";
        String[] past = {t, t + "st", t, t + "n", t + "t", t + "n"};
        for (int i = 0; i < 6; i++) {
            // Weak Konjunktiv II is identical to the past indicative.
            add(out, past[i], lemma, Tense.PAST, Mood.INDICATIVE, PERSONS[i][0], PERSONS[i][1] == 1);
            add(out, past[i], lemma, Tense.PAST, Mood.SUBJUNCTIVE_II, PERSONS[i][0], PERSONS[i][1] == 1);
        }
        if (participle == null) {
            boolean noGe = lemma.endsWith("ieren") || inseparablyPrefixed(lemma);
            participle = (noGe ? "" : "ge") + s + e + "t";
        }
        add(out, participle, lemma, Tense.PARTICIPLE, Mood.NONE, null, null);
        add(out, lemma, lemma, Tense.INFINITIVE, Mood.NONE, null, null);
        return out;
    }

    /** A standalone lemma starting with an inseparable (or ambiguous) prefix: be-tonen, unter-stützen. */
    private boolean inseparablyPrefixed(String lemma) {
        for (String p : prefixesLongestFirst) {
            PrefixKind k = prefixes.get(p);
            if (k != PrefixKind.SEP && lemma.startsWith(p) && lemma.length() - p.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    private List<Raw> strong(Row r, String lemma) {
        List<Raw> out = new ArrayList<>();
        String pres3 = r.req(2, "pres_3sg");
        String past3 = r.req(3, "past_3sg");
        String pastPl = r.req(4, "past_pl");
        String konj2 = r.req(5, "konj2_3sg");
        String part = r.req(6, "participle");
        String[] given = six(r, 7, "present");
        String[] konj1 = six(r, 8, "konj1");
        if (konj1 != null) {
            String[] ind = given != null ? given : null;
            if (ind == null) {
                throw r.fail("konj1 given without present");
            }
            for (int i = 0; i < 6; i++) {
                add(out, ind[i], lemma, Tense.PRESENT, Mood.INDICATIVE, PERSONS[i][0], PERSONS[i][1] == 1);
            }
            konjunktiv1(out, lemma, konj1);
        } else {
            present(out, lemma, lemma, given, pres3);
        }
        for (String p : past3.split("\\|")) {
            String p2 = p.endsWith("e") ? p + "st" : (p.endsWith("t") || p.endsWith("d") || sibilant(p)) ? p + "est" : p + "st";
            String p2pl = p.endsWith("e") ? p + "t" : (p.endsWith("t") || p.endsWith("d")) ? p + "et" : p + "t";
            String[] past = {p, p2, p, null, p2pl, null};
            for (int i = 0; i < 6; i++) {
                if (past[i] != null) {
                    add(out, past[i], lemma, Tense.PAST, Mood.INDICATIVE, PERSONS[i][0], PERSONS[i][1] == 1);
                }
            }
        }
        add(out, pastPl, lemma, Tense.PAST, Mood.INDICATIVE, 1, true);
        add(out, pastPl, lemma, Tense.PAST, Mood.INDICATIVE, 3, true);
        for (String k : konj2.split("\\|")) {
            String base = k.endsWith("e") ? k : k + "e";
            String[] kf = {base, base + "st", base, base + "n", base + "t", base + "n"};
            for (int i = 0; i < 6; i++) {
                add(out, kf[i], lemma, Tense.PAST, Mood.SUBJUNCTIVE_II, PERSONS[i][0], PERSONS[i][1] == 1);
            }
        }
        add(out, part, lemma, Tense.PARTICIPLE, Mood.NONE, null, null);
        add(out, lemma, lemma, Tense.INFINITIVE, Mood.NONE, null, null);
        return out;
    }

    private static String[] six(Row r, int col, String name) {
        String c = r.opt(col);
        if (c == null) {
            return null;
        }
        String[] parts = c.split(",", -1);
        if (parts.length != 6) {
            throw r.fail("column '" + name + "' needs 6 comma-separated forms (1sg..3pl), found " + parts.length);
        }
        for (int i = 0; i < 6; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    /** Builds a compound's paradigm from its base's generated forms. */
    private List<Raw> compound(Split s, String lemma) {
        List<Raw> out = new ArrayList<>();
        Map<String, List<Raw>> baseForms = formsOf(s.base);
        boolean baseHasZu = false;
        for (Map.Entry<String, List<Raw>> en : baseForms.entrySet()) {
            for (Raw raw : en.getValue()) {
                String f = en.getKey();
                if (raw.tense == Tense.PARTICIPLE && !s.separable) {
                    f = f.startsWith("ge") && f.length() > 4 ? f.substring(2) : f;
                }
                if (raw.tense == Tense.ZU_INFINITIVE) {
                    baseHasZu = true;
                }
                add(out, s.prefix + f, lemma, raw.tense, raw.mood, raw.person, raw.plural);
            }
        }
        if (s.separable && !baseHasZu) {
            add(out, s.prefix + "zu" + s.base, lemma, Tense.ZU_INFINITIVE, Mood.NONE, null, null);
        }
        return out;
    }

    private Map<String, List<Raw>> formsOf(String lemma) {
        return lemmaForms.getOrDefault(lemma, Map.of());
    }

    // ---------------------------------------------------------------- analysis

    /** True when the lemma is listed in verbs-de.tsv (directly or as a compound). */
    public boolean knows(String lemma) {
        return lemma != null && paradigms.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The most likely reading of {@code form}; {@code separatedParticle} is the verb's separated
     * particle in a main clause ("zurück" in "wiesen … zurück"), or null.
     */
    public Optional<VerbForm> analyse(String form, String separatedParticle) {
        List<VerbForm> all = analyses(form, separatedParticle);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * All readings, best first: lexicon-confirmed before guessed, 3rd person finite before
     * participle before infinitive before 1st/2nd person. Mood is AMBIGUOUS where indicative
     * and subjunctive coincide for the same person and number.
     */
    public List<VerbForm> analyses(String form, String separatedParticle) {
        if (form == null || form.isEmpty() || form.length() > MAX_FORM_LENGTH) {
            return List.of();
        }
        String f = form.toLowerCase(Locale.ROOT);
        if (!f.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        String particle = null;
        if (separatedParticle != null && !separatedParticle.isBlank()) {
            particle = separatedParticle.strip().toLowerCase(Locale.ROOT);
            if (particle.length() > MAX_FORM_LENGTH || !particle.chars().allMatch(Character::isLetter)) {
                particle = null;
            }
        }
        List<VerbForm> out = new ArrayList<>();
        if (particle != null) {
            // Only finite verbs leave their particle behind.
            for (Raw raw : lookup(f)) {
                if (raw.tense == Tense.PRESENT || raw.tense == Tense.PAST) {
                    String lemma = particle + raw.lemma;
                    out.add(form(raw, lemma, !paradigms.containsKey(lemma)));
                }
            }
            if (out.isEmpty()) {
                for (VerbForm v : guessWeak(f)) {
                    if (v.finite()) {
                        out.add(new VerbForm(particle + v.lemma(), v.tense(), v.mood(), v.person(), v.plural(), true));
                    }
                }
            }
            return merge(out);
        }
        for (Raw raw : lookup(f)) {
            out.add(form(raw, raw.lemma, false));
        }
        if (out.isEmpty()) {
            out.addAll(stripPrefixes(f));
        }
        if (out.isEmpty()) {
            out.addAll(guessWeak(f));
        }
        return merge(out);
    }

    private List<Raw> lookup(String f) {
        return forms.getOrDefault(f, List.of());
    }

    private static VerbForm form(Raw raw, String lemma, boolean guessed) {
        return new VerbForm(lemma, raw.tense, raw.mood, raw.person, raw.plural, guessed);
    }

    /** Unlisted compounds: zusammen|zu|ziehen, zusammen|ge|zogen, be|kämpf|te. */
    private List<VerbForm> stripPrefixes(String f) {
        List<VerbForm> out = new ArrayList<>();
        for (String p : prefixesLongestFirst) {
            if (!f.startsWith(p) || f.length() - p.length() < 3 || p.equals("ge")) {
                continue;
            }
            PrefixKind k = prefixes.get(p);
            String rest = f.substring(p.length());
            if (k != PrefixKind.INSEP) {
                if (rest.startsWith("zu")) {
                    for (Raw raw : lookup(rest.substring(2))) {
                        if (raw.tense == Tense.INFINITIVE) {
                            out.add(new VerbForm(p + raw.lemma, Tense.ZU_INFINITIVE, Mood.NONE, null, null, true));
                        }
                    }
                }
                for (Raw raw : lookup(rest)) {
                    out.add(form(raw, p + raw.lemma, true));
                }
            }
            if (k != PrefixKind.SEP) {
                for (Raw raw : lookup(rest)) {
                    if (raw.tense != Tense.PARTICIPLE) {
                        out.add(form(raw, p + raw.lemma, true));
                    }
                }
                for (Raw raw : lookup("ge" + rest)) {
                    if (raw.tense == Tense.PARTICIPLE) {
                        out.add(form(raw, p + raw.lemma, true));
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static String lemmaFromStem(String s) {
        boolean elEr = s.length() > 3 && (s.endsWith("el") || s.endsWith("er"))
                && "aeiouäöü".indexOf(s.charAt(s.length() - 3)) < 0;
        return elEr ? s + "n" : s + "en";
    }

    /** Weak-verb endings for verbs not in the lexicon; always flagged as guessed. */
    private List<VerbForm> guessWeak(String f) {
        List<VerbForm> out = new ArrayList<>();
        if (f.length() < 4) {
            return out;
        }
        if (f.startsWith("ge") && f.endsWith("t") && f.length() >= 6) {
            String s = f.substring(2, f.length() - 1);
            if (s.endsWith("e") && needsE(s.substring(0, s.length() - 1))) {
                s = s.substring(0, s.length() - 1);
            }
            out.add(new VerbForm(lemmaFromStem(s), Tense.PARTICIPLE, Mood.NONE, null, null, true));
            return out;
        }
        if (f.endsWith("iert") && f.length() > 6) {
            String s = f.substring(0, f.length() - 1);
            out.add(new VerbForm(s + "en", Tense.PRESENT, Mood.INDICATIVE, 3, false, true));
            out.add(new VerbForm(s + "en", Tense.PARTICIPLE, Mood.NONE, null, null, true));
            return out;
        }
        String[][] past = {{"ten", "3p"}, {"te", "3s"}};
        for (String[] p : past) {
            if (f.endsWith(p[0]) && f.length() > p[0].length() + 2) {
                String s = f.substring(0, f.length() - p[0].length());
                if (s.endsWith("e") && needsE(s.substring(0, s.length() - 1))) {
                    s = s.substring(0, s.length() - 1);
                }
                out.add(new VerbForm(lemmaFromStem(s), Tense.PAST, Mood.AMBIGUOUS, 3, p[1].equals("3p"), true));
                return out;
            }
        }
        if (f.endsWith("en")) {
            out.add(new VerbForm(f, Tense.PRESENT, Mood.AMBIGUOUS, 3, true, true));
            out.add(new VerbForm(f, Tense.INFINITIVE, Mood.NONE, null, null, true));
        } else if (f.endsWith("t")) {
            String s = f.substring(0, f.length() - 1);
            if (s.endsWith("e") && needsE(s.substring(0, s.length() - 1))) {
                s = s.substring(0, s.length() - 1);
            }
            out.add(new VerbForm(lemmaFromStem(s), Tense.PRESENT, Mood.INDICATIVE, 3, false, true));
        } else if (f.endsWith("e")) {
            String s = f.substring(0, f.length() - 1);
            out.add(new VerbForm(lemmaFromStem(s), Tense.PRESENT, Mood.SUBJUNCTIVE_I, 3, false, true));
        }
        return out;
    }

    /** Merges moods of identical (lemma, tense, person, number) readings and ranks them. */
    private static List<VerbForm> merge(List<VerbForm> in) {
        Map<List<Object>, Set<Mood>> moods = new LinkedHashMap<>();
        Map<List<Object>, VerbForm> first = new HashMap<>();
        for (VerbForm v : in) {
            List<Object> key = java.util.Arrays.asList(v.lemma(), v.tense(), v.person(), v.plural(), v.guessed());
            moods.computeIfAbsent(key, k -> EnumSet.noneOf(Mood.class)).add(v.mood());
            first.putIfAbsent(key, v);
        }
        Set<VerbForm> out = new LinkedHashSet<>();
        for (Map.Entry<List<Object>, Set<Mood>> en : moods.entrySet()) {
            VerbForm v = first.get(en.getKey());
            Set<Mood> ms = en.getValue();
            Mood m;
            if (ms.size() == 1) {
                m = ms.iterator().next();
            } else if (ms.contains(Mood.INDICATIVE) || ms.contains(Mood.AMBIGUOUS)) {
                m = Mood.AMBIGUOUS;
            } else {
                m = ms.contains(Mood.SUBJUNCTIVE_II) ? Mood.SUBJUNCTIVE_II : Mood.SUBJUNCTIVE_I;
            }
            out.add(new VerbForm(v.lemma(), v.tense(), m, v.person(), v.plural(), v.guessed()));
        }
        List<VerbForm> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(GermanVerbs::rank));
        return List.copyOf(sorted);
    }

    private static int rank(VerbForm v) {
        int r = switch (v.tense()) {
            case PRESENT, PAST -> v.person() == 3 ? (Boolean.TRUE.equals(v.plural()) ? 1 : 0) : 5;
            case PARTICIPLE -> 2;
            case ZU_INFINITIVE -> 3;
            case INFINITIVE -> 4;
            case UNKNOWN -> 6;
        };
        return (v.guessed() ? 10 : 0) + r;
    }
}

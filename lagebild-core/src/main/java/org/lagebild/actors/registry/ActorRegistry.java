package org.lagebild.actors.registry;

import static org.lagebild.data.TsvResource.alternatives;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Layout;
import org.lagebild.data.TsvResource.Row;

/**
 * The canonical actor registry: countries (all ISO 3166-1 codes), international organisations and key
 * national bodies and parties, metonyms (Kreml, Weißes Haus, Brüssel), role nouns, sector nouns and
 * anaphoric descriptors, loaded once from the TSV files under {@code org/lagebild/actors/}.
 *
 * <p>Immutable after loading and safe to share between threads. All lookups are hash lookups on
 * normalised keys (NFC, lower case, hyphen variants unified); the original spelling is kept to make
 * matching case-aware (acronyms exact: "US" yes, "us" no). {@code lang} is "de" or "en"; any other value
 * consults both languages, German first.
 *
 * <p>Metonyms are {@link Entry entries} of kind {@link Kind#METONYM}, see {@link Entry}.
 * A surface form that the data gives to two different actors is ambiguous: it must be declared in
 * {@code ambiguous.tsv} (loading fails otherwise) and resolves to nothing.
 */
public final class ActorRegistry {
    private static final String[] LANGS = {"de", "en"};
    private static final Pattern GERMAN_ADJECTIVE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:e|en|es|er|em)");
    private static final String[] GERMAN_ADJECTIVE_ENDINGS = {"em", "en", "er", "es", "e"};
    private static final int MAX_TOKEN_CHARS = 100;

    private static final class Holder {
        static final ActorRegistry INSTANCE = new ActorRegistry();
    }

    private final Map<String, Entry> byCode = new LinkedHashMap<>();
    private final Map<String, SurfaceIndex<Entry>> names = new HashMap<>();
    private final Map<String, Map<String, Entry>> adjectivesDe = new HashMap<>();
    private final SurfaceIndex<Entry> adjectivesEn = new SurfaceIndex<>("adjective-en", Entry::code);
    private final Map<String, SurfaceIndex<Demonym>> demonyms = new HashMap<>();
    private final Map<String, Map<String, String>> descriptors = new HashMap<>();
    private final Set<String> namedBeforeClasses = new HashSet<>(); // descriptors.tsv column 4 "named-before"
    private final Set<String> listedDescriptors = new HashSet<>();  // the listed (singular) forms, not derived ones
    private final Map<String, Map<String, String>> nounGenders = new HashMap<>();
    private final Map<String, Map<String, String>> personNouns = new HashMap<>();
    private final Map<String, List<Entry>> withDescriptor = new HashMap<>();
    private final Map<String, Map<String, SectorNoun>> sectorNouns = new HashMap<>();
    /** Group nouns (lang + ":" + key) that name a group only after a country adjective ("Israeli jets", not "passenger jets"). */
    private final Set<String> adjectiveOnlySectorNouns = new HashSet<>();
    private final Map<String, String[]> capitals = new HashMap<>();
    private final Map<String, String> sectors = new LinkedHashMap<>();
    private final List<String> adjectiveConflicts = new ArrayList<>();
    private final List<String> sourceHeads = new ArrayList<>();
    private final Roles roles;
    private final FirstNames firstNames = FirstNames.load();

    private ActorRegistry() {
        for (String lang : LANGS) {
            names.put(lang, new SurfaceIndex<>("name-" + lang, Entry::code));
            demonyms.put(lang, new SurfaceIndex<>("demonym-" + lang, d -> d.country().code()));
            adjectivesDe.put(lang, new HashMap<>());
            descriptors.put(lang, new HashMap<>());
            sectorNouns.put(lang, new HashMap<>());
        }
        for (Row row : table("sectors.tsv", 3)) {
            sectors.put(row.get(0), row.get(2));
        }
        loadCountries();
        loadOrganisations();
        loadMetonyms();
        loadDescriptors();
        loadNounGenders("gendered-nouns-de.tsv", nounGenders, true);
        loadNounGenders("person-nouns-de.tsv", personNouns, false);
        loadSectorNouns();
        for (Row r : table("source-compounds-de.tsv", 1)) {
            sourceHeads.add(r.get(0).toLowerCase(Locale.ROOT));
        }
        addDottedInitials();
        roles = new Roles(this);
        checkConflicts();
    }

    /** Rows of one of the registry's tables; trailing empty cells may be left out. */
    static List<Row> table(String file, int columns) {
        return TsvResource.read("org/lagebild/actors/" + file, Layout.columns(columns).withOptionalTrailing());
    }

    /** The registry, loaded on first use. */
    public static ActorRegistry get() {
        return Holder.INSTANCE;
    }

    // ---------------------------------------------------------------- loading

    private void loadCountries() {
        for (Row r : table("countries.tsv", 13)) {
            Entry e = new Entry(r.get(0), Kind.COUNTRY, r.get(3), r.get(2), r.get(0), null, r.opt(4), null, null, null, null);
            register(e);
            addNames("de", e, r.get(3), r.get(5));
            addNames("en", e, r.get(2), r.get(6));
            for (String f : alternatives(r.get(6))) {
                dottedInitials(f).ifPresent(d -> countryInitials.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(e));
            }
            dottedInitials(r.get(2)).ifPresent(d -> countryInitials.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(e));
            for (String stem : alternatives(r.get(7))) {
                String key = Text.key(stem);
                Entry had = adjectivesDe.get("de").putIfAbsent(key, e);
                if (had != null && had != e) {
                    adjectiveConflicts.add("adjective-de:" + key + " -> " + had.code() + "|" + e.code());
                }
            }
            alternatives(r.get(8)).forEach(a -> adjectivesEn.add(a, e));
            for (String group : r.get(9).split(";")) {
                List<String> f = alternatives(group);
                if (f.size() == 3) {
                    addGermanDemonyms(e, f.get(0), f.get(1), f.get(2));
                }
            }
            for (String group : r.get(10).split(";")) {
                List<String> f = alternatives(group);
                if (f.size() == 2 && f.get(0).equals(f.get(1))) {
                    // one form for both numbers ("Sudanese", "Swiss", "Chinese"): read as the plural, the people
                    demonyms.get("en").add(f.get(1), new Demonym(e, true, "pl"));
                    oneFormDemonymsEn.add(Text.form(f.get(1)).toLowerCase(Locale.ROOT));
                } else if (f.size() == 2) {
                    demonyms.get("en").add(f.get(0), new Demonym(e, false, "unknown"));
                    demonyms.get("en").add(f.get(1), new Demonym(e, true, "pl"));
                }
            }
            capitals.put(e.code(), new String[] {alternatives(r.get(11)).stream().findFirst().orElse(null),
                    alternatives(r.get(12)).stream().findFirst().orElse(null)});
        }
    }

    /** English demonyms whose singular and plural are one form, lower-cased ("sudanese", "swiss"). */
    private final Set<String> oneFormDemonymsEn = new HashSet<>();

    /**
     * Whether an English word is a demonym with one form for both numbers ("Sudanese", "Chinese", "Swiss"): also the
     * country adjective and often the language, so the context decides whether it names people.
     */
    public boolean oneFormDemonymEn(String token) {
        return oneFormDemonymsEn.contains(Text.form(token).toLowerCase(Locale.ROOT));
    }

    /** Dotted initials of English country names, collected while loading, added by {@link #addDottedInitials}. */
    private final Map<String, Set<Entry>> countryInitials = new LinkedHashMap<>();

    /** Name words that do not give an initial ("Democratic Republic of the Congo" is the "D.R.C."). */
    private static final Set<String> NO_INITIAL = Set.of("of", "the", "and", "&");

    /**
     * "C.A.R." for "Central African Republic": the dotted initials of an English name of three or more capitalised
     * words, as English news abbreviates them (two-word names have their dotted forms listed, "U.S.", "U.K.").
     */
    static Optional<String> dottedInitials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (NO_INITIAL.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return Optional.empty();
            }
            sb.append(w.charAt(0)).append('.');
        }
        return sb.length() >= 6 ? Optional.of(sb.toString()) : Optional.empty();
    }

    /**
     * English country names by their dotted initials ("the C.A.R.", "the U.A.E."), where one country alone has them
     * and no name of the registry already is that form (session 28).
     */
    private void addDottedInitials() {
        SurfaceIndex<Entry> idx = names.get("en");
        countryInitials.forEach((form, entries) -> {
            if (entries.size() == 1 && !idx.has(form)) {
                idx.add(form, entries.iterator().next());
            }
        });
    }

    /** Singular readings first, so a form that is also plural ("Norweger") stays singular. */
    private void addGermanDemonyms(Entry e, String masc, String plural, String fem) {
        SurfaceIndex<Demonym> idx = demonyms.get("de");
        Demonym m = new Demonym(e, false, "m");
        Demonym f = new Demonym(e, false, "f");
        Demonym pl = new Demonym(e, true, "pl");
        idx.add(masc, m);
        idx.add(fem, f);
        idx.add(plural, pl);
        if (fem.endsWith("in")) {
            idx.add(fem + "nen", pl);
        }
        if (masc.endsWith("er") || masc.endsWith("el")) {
            idx.add(masc + "s", m); // genitive: des Norwegers
        }
        if (plural.endsWith("er") || plural.endsWith("el") || plural.endsWith("e")) {
            idx.add(plural + "n", pl); // dative plural: den Norwegern, den Deutschen
        }
    }

    private void loadOrganisations() {
        for (Row r : table("organisations.tsv", 12)) {
            Entry e = new Entry(r.get(0), Kind.ORGANIZATION, r.get(7), r.get(9), r.opt(3), r.opt(4),
                    r.opt(5), r.opt(11), null, r.opt(1), r.opt(2));
            register(e);
            addNames("de", e, r.get(7), r.get(8));
            addNames("en", e, r.get(9), r.get(10));
            for (String cls : alternatives(r.get(6))) {
                withDescriptor.computeIfAbsent(cls, k -> new ArrayList<>()).add(e);
            }
        }
    }

    private void loadMetonyms() {
        for (Row r : table("metonyms.tsv", 8)) {
            String standsFor = r.opt(1);
            String country = null;
            if (standsFor != null) {
                Entry target = byCode.get(standsFor);
                if (target == null) {
                    throw new IllegalStateException("metonyms.tsv: " + r.get(0) + " stands for unknown code " + standsFor);
                }
                country = target.country();
            }
            for (String req : alternatives(r.get(3))) {
                if (!byCode.containsKey(req)) {
                    throw new IllegalStateException("metonyms.tsv: " + r.get(0) + " requires unknown code " + req);
                }
            }
            List<String> de = alternatives(r.get(5));
            List<String> en = alternatives(r.get(6));
            String nameDe = de.isEmpty() ? (en.isEmpty() ? r.get(0) : en.get(0)) : de.get(0);
            String nameEn = en.isEmpty() ? nameDe : en.get(0);
            Entry e = new Entry(r.get(0), Kind.METONYM, nameDe, nameEn, country, r.opt(2), r.opt(4),
                    null, r.opt(3), r.opt(7) == null ? null : r.opt(7).toUpperCase(Locale.ROOT), standsFor);
            register(e);
            addNames("de", e, "", r.get(5));
            addNames("en", e, "", r.get(6));
        }
    }

    /** A table of person nouns (lang, gender, nouns) into {@code target}: lang -> noun key -> gender. */
    private void loadNounGenders(String file, Map<String, Map<String, String>> target, boolean obliqueForms) {
        for (Row r : table(file, 3)) {
            Map<String, String> map = target.computeIfAbsent(r.get(0), k -> new HashMap<>());
            for (String noun : alternatives(r.get(2))) {
                map.put(Text.key(noun), r.get(1));
                for (String v : obliqueForms ? germanNounForms(noun) : List.<String>of()) {
                    map.putIfAbsent(Text.key(v), r.get(1));
                }
            }
        }
    }

    /** The natural gender ("m", "f") of a person from the first word of the full name ("John Boehner": m), if known. */
    public Optional<String> firstNameGender(String name) {
        return firstNames.gender(name);
    }

    /** The natural gender ("m", "f") of a noun for persons ("Tochter", "Vaters"), from {@code gendered-nouns-de.tsv}. */
    public Optional<String> nounGender(String noun, String lang) {
        String form = Text.form(noun);
        Map<String, String> map = nounGenders.get(lang);
        if (form.isEmpty() || form.length() > MAX_TOKEN_CHARS || map == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(map.get(Text.key(form)));
    }

    /**
     * The natural gender of an occupation or description noun for a person ("Experte", "Ökonomin"), or of a compound
     * ending in one ("SPD-Politiker", "Rohstoffanalyst": the part after a hyphen, or a last part of five letters or
     * more), from {@code person-nouns-de.tsv}.
     */
    public Optional<String> personNounGender(String noun, String lang) {
        Map<String, String> map = personNouns.get(lang);
        if (map == null) {
            return Optional.empty();
        }
        String w = noun.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= w.length() - 4; i++) {
            String g = map.get(w.substring(i));
            if (g != null && (i == 0 || w.charAt(i - 1) == '-' || w.length() - i >= 5)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    private void loadDescriptors() {
        for (Row r : table("descriptors.tsv", 4)) {
            Map<String, String> map = descriptors.get(r.get(0));
            if (!r.get(3).isEmpty()) {
                if (!r.get(3).equals("named-before")) {
                    throw new IllegalStateException("descriptors.tsv line " + r.line() + ": scope must be empty or named-before");
                }
                namedBeforeClasses.add(r.get(1));
            }
            for (String noun : alternatives(r.get(2))) {
                map.put(Text.key(noun), r.get(1));
                listedDescriptors.add(r.get(0) + ":" + Text.key(noun));
                if (r.get(0).equals("de")) {
                    for (String v : germanNounForms(noun)) {
                        map.putIfAbsent(Text.key(v), r.get(1));
                    }
                }
            }
        }
    }

    /** German oblique and plural forms of a noun, for descriptor nouns (Bündnisses, Allianzen). */
    private static List<String> germanNounForms(String noun) {
        if (noun.endsWith("nis")) {
            return List.of(noun + "ses", noun + "se", noun + "sen");
        }
        return List.of(noun + "s", noun + "es", noun + "e", noun + "en", noun + "n");
    }

    private void loadSectorNouns() {
        for (Row r : table("sector-nouns.tsv", 4)) {
            if (!sectors.containsKey(r.get(1))) {
                throw new IllegalStateException("sector-nouns.tsv: unknown sector " + r.get(1));
            }
            Map<String, SectorNoun> map = sectorNouns.get(r.get(0));
            SectorNoun sg = new SectorNoun(r.get(1), false);
            SectorNoun pl = new SectorNoun(r.get(1), true);
            for (int col = 2; col <= 3; col++) {
                for (String f : alternatives(r.get(col))) {
                    boolean adjectiveOnly = f.endsWith("*"); // "jets*": only after a country adjective
                    String key = Text.key(adjectiveOnly ? f.substring(0, f.length() - 1) : f);
                    map.putIfAbsent(key, col == 2 ? sg : pl);
                    if (adjectiveOnly) {
                        adjectiveOnlySectorNouns.add(r.get(0) + ":" + key);
                    }
                }
            }
        }
    }

    private void register(Entry e) {
        if (byCode.putIfAbsent(e.code(), e) != null) {
            throw new IllegalStateException("duplicate registry code " + e.code());
        }
    }

    private void addNames(String lang, Entry e, String name, String aliases) {
        Set<String> forms = new LinkedHashSet<>();
        if (!name.isEmpty()) {
            forms.add(name);
        }
        forms.addAll(alternatives(aliases));
        SurfaceIndex<Entry> idx = names.get(lang);
        for (String f : forms) {
            idx.add(f, e);
            if (lang.equals("de")) {
                germanInflections(f).forEach(v -> idx.add(v, e));
            }
        }
    }

    /**
     * Weak/strong adjective forms of multi-word German names, all adjectives agreeing:
     * "Vereinigte Staaten" -> "Vereinigten Staaten", "Weißes Haus" -> "Weißen Haus", "Weiße Haus".
     */
    static Set<String> germanInflections(String name) {
        String[] words = name.split(" ");
        Set<String> out = new LinkedHashSet<>();
        if (words.length < 2) {
            return out;
        }
        String[] stems = new String[words.length];
        boolean any = false;
        for (int w = 0; w < words.length - 1; w++) {
            if (GERMAN_ADJECTIVE_WORD.matcher(words[w]).matches()) {
                for (String ending : GERMAN_ADJECTIVE_ENDINGS) {
                    if (words[w].endsWith(ending)) {
                        stems[w] = words[w].substring(0, words[w].length() - ending.length());
                        any = true;
                        break;
                    }
                }
            }
        }
        if (!any) {
            return out;
        }
        for (String ending : GERMAN_ADJECTIVE_ENDINGS) {
            String[] v = words.clone();
            for (int w = 0; w < words.length; w++) {
                if (stems[w] != null) {
                    v[w] = stems[w] + ending;
                }
            }
            out.add(String.join(" ", v));
        }
        out.remove(name);
        return out;
    }

    private void checkConflicts() {
        Set<String> declared = new HashSet<>();
        for (Row r : table("ambiguous.tsv", 4)) {
            declared.add(r.get(0) + ":" + Text.key(r.get(1)));
        }
        List<String> all = new ArrayList<>(adjectiveConflicts);
        names.values().forEach(i -> all.addAll(i.conflicts()));
        demonyms.values().forEach(i -> all.addAll(i.conflicts()));
        all.addAll(adjectivesEn.conflicts());
        List<String> undeclared = new ArrayList<>();
        for (String c : all) {
            if (!declared.contains(c.substring(0, c.indexOf(" -> ")))) {
                undeclared.add(c);
            }
        }
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("undeclared ambiguous surface forms (declare in ambiguous.tsv): " + undeclared);
        }
    }

    // ---------------------------------------------------------------- lookups

    /** Entry by registry code ("RUS", "NATO", "NRC", "KREMLIN"); case-insensitive. */
    public Optional<Entry> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Entry e = byCode.get(code);
        return e != null ? Optional.of(e) : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** All entries, in file order (countries, organisations, metonyms). */
    public List<Entry> entries() {
        return List.copyOf(byCode.values());
    }

    /** Capital or seat of government of a country, in "de" or "en". */
    public Optional<String> capital(String countryCode, String lang) {
        String[] c = capitals.get(countryCode);
        return c == null ? Optional.empty() : Optional.ofNullable(c["en".equals(lang) ? 1 : 0]);
    }

    /** PLOVER sector codes and their descriptions (sectors.tsv). */
    public Map<String, String> sectors() {
        return Collections.unmodifiableMap(sectors);
    }

    /**
     * Longest registry name starting at {@code tokens[i]}, case-aware ("Nato", "NATO"; "US" but not "us"),
     * over one or more tokens ("Weißen Haus", "Organisation für Sicherheit und Zusammenarbeit in Europa";
     * names split into several tokens at hyphens are rejoined). A German genitive -s/-es or apostrophe
     * ("Russlands", "Moskaus", "Paris'") and an English possessive ("Russia's") on the last token are
     * accepted and flagged.
     */
    public Optional<NameMatch> matchName(List<String> tokens, int i, String lang) {
        if (tokens == null || i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        for (String l : langs(lang)) {
            SurfaceIndex<Entry> idx = names.get(l);
            int max = Math.min(idx.maxWords(), tokens.size() - i);
            for (int n = max; n >= 1; n--) {
                if (tooLong(tokens, i, n)) {
                    continue;
                }
                String surface = Text.join(tokens, i, n);
                Optional<Entry> e = idx.get(surface);
                if (e.isPresent()) {
                    return Optional.of(nameMatch(e.get(), n, false));
                }
                for (String stripped : possessiveStrips(surface, l)) {
                    Optional<Entry> g = idx.get(stripped);
                    if (g.isPresent() && !Text.isAcronym(stripped)) {
                        return Optional.of(nameMatch(g.get(), n, true));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean tooLong(List<String> tokens, int i, int n) {
        int len = 0;
        for (int t = i; t < i + n; t++) {
            String s = tokens.get(t);
            len += s == null ? 0 : s.length();
        }
        return len > MAX_TOKEN_CHARS * 2;
    }

    private static NameMatch nameMatch(Entry e, int n, boolean genitive) {
        return new NameMatch(e, n, e.kind() == Kind.METONYM ? MatchKind.METONYM : MatchKind.NAME, genitive);
    }

    private static List<String> possessiveStrips(String s, String lang) {
        List<String> out = new ArrayList<>(2);
        if (lang.equals("de")) {
            if (s.endsWith("'")) {
                out.add(s.substring(0, s.length() - 1));
            } else if (s.endsWith("es") && s.length() > 4) {
                out.add(s.substring(0, s.length() - 2));
                out.add(s.substring(0, s.length() - 1));
            } else if (s.endsWith("s") && s.length() > 3) {
                out.add(s.substring(0, s.length() - 1));
            }
        } else if (s.endsWith("'s") && s.length() > 3) {
            out.add(s.substring(0, s.length() - 2));
        } else if (s.endsWith("'") && s.length() > 2) {
            out.add(s.substring(0, s.length() - 1));
        }
        return out;
    }

    /**
     * Country adjective: German stem with any ending ("russischen", "ukrainische", "US-amerikanischen",
     * predicative "russisch"), or an English adjective ("Russian", "U.S."). Derived adjectives such as
     * "prorussisch" or "westfranzösisch" are not country adjectives.
     */
    public Optional<Entry> adjective(String token, String lang) {
        String form = Text.form(token);
        if (form.isEmpty() || form.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        for (String l : langs(lang)) {
            if (l.equals("de")) {
                Map<String, Entry> map = adjectivesDe.get("de");
                String key = form.toLowerCase(Locale.ROOT);
                Entry e = map.get(key);
                for (int k = 0; e == null && k < GERMAN_ADJECTIVE_ENDINGS.length; k++) {
                    String end = GERMAN_ADJECTIVE_ENDINGS[k];
                    if (key.endsWith(end)) {
                        e = map.get(key.substring(0, key.length() - end.length()));
                    }
                }
                if (e != null) {
                    return Optional.of(e);
                }
            } else {
                Optional<Entry> e = adjectivesEn.get(form);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    /** Demonym with number and gender: "Norweger" (m sg), "Russen" (pl), "Ukrainerin" (f), "Americans" (pl). */
    public Optional<Demonym> demonym(String token, String lang) {
        String form = Text.form(token);
        if (form.isEmpty() || form.length() > MAX_TOKEN_CHARS || !Text.startsUpper(form)) {
            return Optional.empty();
        }
        for (String l : langs(lang)) {
            Optional<Demonym> d = demonyms.get(l).get(form);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * The actor a compound's first element stands for: "US", "EU", "Nato", "UN", "Russland", "Kreml"
     * (the KREMLIN metonym entry: country RUS, sector GOV) and German "Bundes" (DEU).
     */
    public Optional<Entry> prefix(String part, String lang) {
        String form = Text.form(part);
        while (form.endsWith("-")) {
            form = form.substring(0, form.length() - 1);
        }
        if (form.isEmpty() || form.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        if (!"en".equals(lang) && form.equalsIgnoreCase("bundes")) {
            return byCode("DEU");
        }
        for (String l : langs(lang)) {
            Optional<Entry> e = names.get(l).get(form);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /**
     * The parts that may name who made something known in a German compound whose last part names what
     * ({@code source-compounds-de.tsv}): "Polizei" of "Polizeiangaben", "UN" of "UN-Angaben"; in a closed compound a
     * linking "s" is dropped first and kept second ("Regierung", then "Regierungs": the group noun table also reads
     * "Regierungs" as a genitive), while "Hamas-Angaben" keeps its "s". Empty when the token is no such compound.
     */
    public List<String> sourceCompoundOwners(String token) {
        String form = Text.form(token);
        if (form.length() > MAX_TOKEN_CHARS) {
            return List.of();
        }
        String lower = form.toLowerCase(Locale.ROOT);
        for (String head : sourceHeads) {
            int cut = lower.length() - head.length();
            if (cut >= 2 && lower.endsWith(head)) {
                boolean hyphen = form.charAt(cut - 1) == '-';
                String p = form.substring(0, hyphen ? cut - 1 : cut);
                if (p.length() < 2) {
                    return List.of();
                }
                return !hyphen && p.length() > 3 && p.endsWith("s") ? List.of(p.substring(0, p.length() - 1), p) : List.of(p);
            }
        }
        return List.of();
    }

    /** A role noun in one token, including compounds ("Nato-Generalsekretär", "Kreml-Sprecher", "Secretary-General"). */
    public Optional<Role> role(String token, String lang) {
        return roles.role(token, lang);
    }

    /**
     * A role starting at {@code tokens[i]}, optionally preceded there by a qualifier (name, metonym or
     * country adjective) and a deputy marker: "Secretary General", "Deputy Secretary of State",
     * "Kremlin spokesman", "russischen Vize-Außenminister", "stellvertretende Außenminister".
     */
    public Optional<RoleMatch> roleAt(List<String> tokens, int i, String lang) {
        return roles.roleAt(tokens, i, lang);
    }

    /**
     * Generic group noun's sector: "Armee" MIL, "Rebellen" REB (plural), "protesters" CVL. German forms must
     * be capitalised (nouns); inflected forms and hyphenated compounds ("Nato-Truppen") are recognised.
     */
    public Optional<SectorNoun> sectorNoun(String token, String lang) {
        String form = Text.form(token);
        if (form.isEmpty() || form.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        for (String l : langs(lang)) {
            Optional<SectorNoun> s = sectorNounIn(form, l, true);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /**
     * True when {@code token} is a German group noun's singular that names one person: it has a feminine form in -in
     * beside it in the table, or is that form ("Polizist"/"Polizistin", "Höchstrichterin"; not "Regierung", "Armee").
     * The last part of a compound counts ("Stasi-Mitarbeiter", "Bandenmitglied" is none).
     */
    public boolean personSectorNoun(String token, String lang) {
        Map<String, SectorNoun> map = sectorNouns.get("de");
        String form = Text.form(token);
        if (!lang.equals("de") || map == null || form.isEmpty() || form.length() > MAX_TOKEN_CHARS) {
            return false;
        }
        String key = form.substring(form.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        for (int i = 0; i <= key.length() - 4; i++) {
            String part = key.substring(i);
            SectorNoun s = map.get(part);
            if (s != null && !s.plural()) {
                String other = part.endsWith("in") ? part.substring(0, part.length() - 2) : part + "in";
                SectorNoun o = map.get(other);
                return o != null && !o.plural();
            }
        }
        return false;
    }

    /**
     * True when {@code token} is a group noun (sector-nouns.tsv, marked "*") that names a group only after a country
     * adjective: "Israeli jets" are Israel's military, "passenger jets" are none.
     */
    public boolean adjectiveOnlySectorNoun(String token, String lang) {
        return adjectiveOnlySectorNouns.contains(lang + ":" + Text.key(Text.form(token)));
    }

    /** True when {@code token} is a group noun only as the head of a closed compound ("Energiekonzern"). */
    public boolean compoundSectorNoun(String token, String lang) {
        String form = Text.form(token);
        if (form.isEmpty() || form.length() > MAX_TOKEN_CHARS || sectorNoun(token, lang).isEmpty()) {
            return false;
        }
        return java.util.Arrays.stream(langs(lang)).allMatch(l -> sectorNounIn(form, l, false).isEmpty());
    }

    private Optional<SectorNoun> sectorNounIn(String form, String lang, boolean compounds) {
        Map<String, SectorNoun> map = sectorNouns.get(lang);
        String head = form;
        int dash = form.lastIndexOf('-');
        if (dash >= 0 && dash < form.length() - 1) {
            head = form.substring(dash + 1);
        }
        if (lang.equals("de") && !Text.startsUpper(head)) {
            return Optional.empty();
        }
        String key = head.toLowerCase(Locale.ROOT);
        SectorNoun s = inflected(map, key, lang);
        if (s == null && compounds && lang.equals("de") && dash < 0) {
            // closed compounds name the head's group: "Rebellenkämpfer", "Grenzsoldaten", "Oppositionsanhänger"
            for (int i = MIN_COMPOUND_MODIFIER; i <= key.length() - MIN_COMPOUND_HEAD && s == null; i++) {
                String part = key.substring(i);
                s = NOT_COMPOUND_HEADS.contains(part) ? null : inflected(map, part, lang);
            }
        }
        return Optional.ofNullable(s);
    }

    private static final int MIN_COMPOUND_MODIFIER = 3;
    private static final int MIN_COMPOUND_HEAD = 6;
    /** Group nouns whose compounds are mostly no group of people ("Stadtführung" is a city tour). */
    private static final Set<String> NOT_COMPOUND_HEADS = Set.of("führung", "militär", "marine", "person", "personen",
            "opfer", "gericht", "gerichte", "gerichts");

    /** A sector noun in this form or an inflection of it (dative plural, genitive singular), or null. */
    private static SectorNoun inflected(Map<String, SectorNoun> map, String key, String lang) {
        SectorNoun s = map.get(key);
        if (s == null && lang.equals("de")) {
            SectorNoun base = key.endsWith("n") ? map.get(key.substring(0, key.length() - 1)) : null;
            if (base != null && (base.plural() || key.endsWith("ern") || key.endsWith("eln"))) {
                // dative plural: den Flüchtlingen; an -er/-el noun is the same in both numbers, is kept as singular,
                // and takes -n only in the dative plural ("von den Entführern", "mit Angreifern")
                return base;
            }
            for (String end : new String[] {"es", "s"}) {
                base = key.endsWith(end) ? map.get(key.substring(0, key.length() - end.length())) : null;
                if (base != null && !base.plural()) {
                    return base; // genitive singular: des Parlaments
                }
            }
        }
        return s;
    }

    /** Descriptor class of an anaphoric noun: "Bündnis", "Militärbündnisses", "the alliance" -> "alliance". */
    public Optional<String> descriptorClass(String noun, String lang) {
        String form = Text.form(noun);
        if (form.isEmpty() || form.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        String key = form.toLowerCase(Locale.ROOT);
        for (String l : langs(lang)) {
            Map<String, String> map = descriptors.get(l);
            String cls = map.get(key);
            if (cls == null && key.contains(" ")) {
                cls = map.get(key.substring(key.lastIndexOf(' ') + 1));
            }
            if (cls != null) {
                return Optional.of(cls);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a descriptor class refers only back to an organisation named before, and only as a listed singular form
     * ("die Zeitung", not "Zeitungen"): descriptors.tsv column 4 "named-before".
     */
    public boolean namedBefore(String cls) {
        return namedBeforeClasses.contains(cls);
    }

    /** Whether the noun is a form descriptors.tsv lists (not one derived from it). */
    public boolean listedDescriptorForm(String noun, String lang) {
        return listedDescriptors.contains(lang + ":" + Text.key(Text.form(noun)));
    }

    /** Organisations carrying a descriptor class, in file order: "alliance" -> [NATO, CSTO]. */
    public List<Entry> entriesWithDescriptor(String cls) {
        return List.copyOf(withDescriptor.getOrDefault(cls, List.of()));
    }

    // ---------------------------------------------------------------- package-private, for Roles and tests

    static String[] langs(String lang) {
        if ("de".equals(lang)) {
            return new String[] {"de"};
        }
        if ("en".equals(lang)) {
            return new String[] {"en"};
        }
        return LANGS;
    }

    /** Name keys with their codes, per language; for data checks. */
    Map<String, Set<String>> nameIdentities(String lang) {
        return names.get(lang).identities();
    }

    Map<String, Set<String>> nameConflicts(String lang) {
        return names.get(lang).conflictMap();
    }
}

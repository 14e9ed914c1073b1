package org.lagebild.actors.registry;

import static org.lagebild.data.TsvResource.alternatives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lagebild.data.TsvResource.Row;

/**
 * Role nouns (roles-de.tsv, roles-en.tsv) and the compound parsing around them. German keys drop
 * hyphens ("Außen-Staatssekretär" = "Außenstaatssekretär"); English keys turn hyphens into spaces
 * ("Secretary-General" = "Secretary General").
 */
final class Roles {
    /**
     * {@code notAfter} is null unless the role's forms may follow any first part in a closed compound
     * ("Kommissionssprecherin"); then it lists the first parts that make another word ("Laut").
     */
    private record Def(String key, String sector, Entry implied, List<String> notAfter, boolean describes) {
        boolean openCompound() {
            return notAfter != null;
        }
    }

    /** All readings of one surface form: singular (with its gender) and/or plural. */
    private record Form(Def def, String sgGender, boolean sg, boolean pl) {
    }

    private record Reading(Def def, String gender, boolean plural) {
    }

    /**
     * A parsed German head; {@code title} is set only when a closed-compound qualifier was cut off or the head is an
     * open compound ({@code open}: a first part no registry name, "Kommissionssprecherin").
     */
    private record Head(Reading reading, boolean deputy, Entry qualifier, String title, boolean open) {
        Head(Reading reading, boolean deputy, Entry qualifier, String title) {
            this(reading, deputy, qualifier, title, false);
        }
    }

    private static final Set<String> DEPUTY_DE = Set.of("stellvertretende", "stellvertretender",
            "stellvertretenden", "stellvertretendem", "stellvertretendes", "vize");
    private static final Set<String> DEPUTY_EN = Set.of("deputy", "vice");
    private static final int MAX_CHARS = 100;

    private final ActorRegistry registry;
    private final Map<String, Map<String, Form>> forms = new HashMap<>();
    private int maxEnWords = 1;

    Roles(ActorRegistry registry) {
        this.registry = registry;
        load("de");
        load("en");
    }

    private void load(String lang) {
        Map<String, Form> map = new HashMap<>();
        forms.put(lang, map);
        for (Row r : ActorRegistry.table("roles-" + lang + ".tsv", 8)) {
            Entry implied = null;
            if (!r.get(2).isEmpty()) {
                implied = registry.byCode(r.get(2)).orElseThrow(
                        () -> new IllegalStateException("roles-" + lang + ".tsv: unknown implied code " + r.get(2)));
            }
            if (!r.get(1).isEmpty() && !registry.sectors().containsKey(r.get(1))) {
                throw new IllegalStateException("roles-" + lang + ".tsv: unknown sector " + r.get(1));
            }
            List<String> flags = r.get(6).isEmpty() ? List.of() : List.of(r.get(6).split(" +"));
            if (!Set.of("any", "describes").containsAll(flags)) {
                throw new IllegalStateException("roles-" + lang + ".tsv: unknown flags " + r.get(6));
            }
            List<String> notAfter = !flags.contains("any") ? null
                    : alternatives(r.get(7)).stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
            Def def = new Def(r.get(0), r.opt(1), implied, notAfter, flags.contains("describes"));
            for (String s : alternatives(r.get(4))) {
                put(map, lang, s, new Form(def, r.get(3), true, false));
            }
            for (String s : alternatives(r.get(5))) {
                put(map, lang, s, new Form(def, null, false, true));
            }
        }
    }

    private void put(Map<String, Form> map, String lang, String surface, Form form) {
        String key = key(surface, lang);
        if (lang.equals("en")) {
            maxEnWords = Math.max(maxEnWords, key.split(" ").length);
        }
        Form had = map.get(key);
        if (had == null) {
            map.put(key, form);
            return;
        }
        if (!had.def().key().equals(form.def().key())) {
            throw new IllegalStateException("roles-" + lang + ".tsv: '" + surface + "' is both "
                    + had.def().key() + " and " + form.def().key());
        }
        // Same role: merge readings; the first singular gender stays.
        map.put(key, new Form(had.def(), had.sg() ? had.sgGender() : form.sgGender(), had.sg() || form.sg(),
                had.pl() || form.pl()));
    }

    static String key(String surface, String lang) {
        String k = Text.key(surface);
        return lang.equals("de") ? k.replace("-", "") : k.replace('-', ' ').replaceAll(" +", " ").trim();
    }

    // ------------------------------------------------------------ single token

    Optional<Role> role(String token, String lang) {
        String s = Text.form(token);
        if (s.isEmpty() || s.length() > MAX_CHARS) {
            return Optional.empty();
        }
        for (String l : ActorRegistry.langs(lang)) {
            Optional<Role> r = l.equals("de") ? roleDe(s) : roleEn(s);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private Optional<Role> roleEn(String s) {
        List<String> words = Arrays.asList(s.replace('-', ' ').trim().split(" +"));
        return roleAtIn(words, 0, "en").filter(m -> m.tokenCount() == words.size()).map(RoleMatch::role)
                .map(r -> new Role(s, r.key(), r.gender(), r.sector(), r.qualifier(), r.plural(), r.deputy()));
    }

    private Optional<Role> roleDe(String s) {
        if (!Text.startsUpper(s) || s.startsWith("-") || s.endsWith("-") || s.contains(" ")) {
            return Optional.empty();
        }
        String[] segs = s.split("-");
        for (int k = 0; k < segs.length; k++) {
            String joined = String.join("", Arrays.copyOfRange(segs, k, segs.length));
            Optional<Head> head = parseDeHead(joined);
            if (head.isEmpty() || head.get().open() && k < segs.length - 1) {
                continue; // "SPÖ-Bautensprecherin": an open compound is the last segment, the party its qualifier
            }
            boolean deputy = head.get().deputy();
            Entry modifier = null;
            for (int m = 0; m < k; m++) {
                if (segs[m].equalsIgnoreCase("vize")) {
                    deputy = true;
                } else {
                    Optional<Entry> q = registry.prefix(segs[m], "de");
                    if (q.isPresent()) {
                        modifier = q.get(); // the element nearest the head wins
                    }
                }
            }
            Head h = head.get();
            String title = h.title() != null ? h.title() : String.join("-", Arrays.copyOfRange(segs, k, segs.length));
            Entry inner = h.qualifier() != null ? h.qualifier() : modifier;
            Role built = build(h.reading(), title, deputy, inner, null);
            return Optional.of(h.open() || h.reading().def().describes() ? new Role(built.title(), built.key(),
                    built.gender(), built.sector(), built.qualifier(), built.plural(), built.deputy(), true) : built);
        }
        return Optional.empty();
    }

    private Optional<Head> parseDeHead(String orig) {
        String k = orig.toLowerCase(Locale.ROOT);
        Optional<Reading> r = lookupDe(k);
        if (r.isPresent()) {
            return Optional.of(new Head(r.get(), false, null, null));
        }
        if (k.startsWith("vize") && k.length() > 6 && k.length() == orig.length()) {
            Optional<Head> sub = parseDeHead(orig.substring(4));
            if (sub.isPresent() && !sub.get().deputy()) {
                return Optional.of(new Head(sub.get().reading(), true, sub.get().qualifier(), null));
            }
        }
        if (k.length() != orig.length()) {
            return Optional.empty(); // case mapping changed lengths: no safe splitting
        }
        // Closed compound with a qualifier: "Bundesverteidigungsministerin", "Kremlsprecher", "Natogeneralsekretär".
        Head open = null;
        for (int p = 4; p <= k.length() - 4; p++) {
            Optional<Reading> rest = lookupDe(k.substring(p));
            if (rest.isEmpty()) {
                continue;
            }
            Optional<Entry> q = registry.prefix(orig.substring(0, p), "de");
            if (q.isPresent()) {
                return Optional.of(new Head(rest.get(), false, q.get(), Text.capitalise(orig.substring(p))));
            }
            if (open == null && openFirstPart(rest.get().def(), k.substring(0, p))) {
                open = new Head(rest.get(), false, null, orig, true); // the whole word is the title
            }
        }
        return Optional.ofNullable(open);
    }

    /** Whether a first part no registry name makes still forms a compound of this role: "Gerichts|sprecherin". */
    private static boolean openFirstPart(Def def, String firstPart) {
        return def.openCompound() && def.notAfter().stream().noneMatch(firstPart::endsWith);
    }

    /** Table lookup with German inflection: dative plural -n, genitive singular -s/-es. */
    private Optional<Reading> lookupDe(String k) {
        Map<String, Form> map = forms.get("de");
        Form f = map.get(k);
        if (f != null) {
            return Optional.of(reading(f, !f.sg()));
        }
        if (k.endsWith("n") && (f = map.get(k.substring(0, k.length() - 1))) != null && f.pl()) {
            return Optional.of(reading(f, true));
        }
        for (String end : new String[] {"es", "s"}) {
            if (k.endsWith(end) && (f = map.get(k.substring(0, k.length() - end.length()))) != null
                    && f.sg() && "m".equals(f.sgGender())) {
                return Optional.of(reading(f, false));
            }
        }
        return Optional.empty();
    }

    private static Reading reading(Form f, boolean plural) {
        return new Reading(f.def(), plural ? "pl" : f.sgGender(), plural);
    }

    // ------------------------------------------------------------ token sequences

    Optional<RoleMatch> roleAt(List<String> tokens, int i, String lang) {
        if (tokens == null || i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        for (String l : ActorRegistry.langs(lang)) {
            Optional<RoleMatch> m = roleAtIn(tokens, i, l);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private Optional<RoleMatch> roleAtIn(List<String> tokens, int i, String lang) {
        int j = i;
        Entry outer = null;
        Optional<NameMatch> name = registry.matchName(tokens, i, lang);
        if (name.isPresent()) {
            outer = name.get().entry();
            j += name.get().tokenCount();
        } else {
            Optional<Entry> adj = registry.adjective(tokens.get(i), lang);
            if (adj.isPresent()) {
                outer = adj.get();
                j++;
            }
        }
        int titleStart = j;
        boolean deputy = false;
        if (j < tokens.size() && isDeputyWord(tokens.get(j), lang)) {
            deputy = true;
            j++;
        }
        if (j >= tokens.size()) {
            return Optional.empty();
        }
        if (lang.equals("de")) {
            Optional<Role> r = roleDe(Text.form(tokens.get(j)));
            if (r.isEmpty()) {
                return Optional.empty();
            }
            Role in = r.get();
            boolean dep = deputy || in.deputy();
            Entry q = in.qualifier() != null ? in.qualifier() : outer;
            String key = dep && !in.key().startsWith("deputy_") ? "deputy_" + in.key() : in.key();
            String title = deputy ? Text.form(tokens.get(titleStart)) + " " + in.title() : in.title();
            String sector = in.qualifier() != null ? in.sector() : sector(q, in.sector());
            return Optional.of(new RoleMatch(new Role(title, key, in.gender(), sector, q, in.plural(), dep), j + 1 - i));
        }
        Map<String, Form> map = forms.get("en");
        for (int n = Math.min(maxEnWords + 4, tokens.size() - j); n >= 1; n--) {
            String surface = Text.join(tokens, j, n);
            if (surface.length() > MAX_CHARS * 2) {
                continue;
            }
            String key = key(surface, "en");
            Form f = map.get(key);
            if (f == null && key.endsWith("'s")) {
                f = map.get(key.substring(0, key.length() - 2));
            }
            if (f != null) {
                Reading rd = reading(f, !f.sg());
                String title = Text.join(tokens, titleStart, j + n - titleStart);
                return Optional.of(new RoleMatch(build(rd, title, deputy, null, outer), j + n - i));
            }
        }
        // A hyphenated English token carrying its own deputy marker: "Vice-President".
        String t = Text.form(tokens.get(j));
        if (!deputy && t.contains("-")) {
            String[] parts = t.split("-", 2);
            if (isDeputyWord(parts[0], "en")) {
                Optional<Role> r = roleEn(parts[1]);
                if (r.isPresent()) {
                    Role in = r.get();
                    Entry q = outer != null ? outer : in.qualifier();
                    return Optional.of(new RoleMatch(new Role(t, deputyKey(in.key()), in.gender(),
                            sector(q, in.sector()), q, in.plural(), true), j + 1 - i));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isDeputyWord(String token, String lang) {
        String k = Text.key(token);
        if (k.endsWith("-")) {
            k = k.substring(0, k.length() - 1);
        }
        return (lang.equals("de") ? DEPUTY_DE : DEPUTY_EN).contains(k);
    }

    private static String deputyKey(String key) {
        return key.startsWith("deputy_") ? key : "deputy_" + key;
    }

    private Role build(Reading r, String title, boolean deputy, Entry inner, Entry outer) {
        Entry q = inner != null ? inner : outer != null ? outer : r.def().implied();
        boolean dep = deputy || r.def().key().startsWith("deputy_");
        String key = dep ? deputyKey(r.def().key()) : r.def().key();
        return new Role(title, key, r.gender(), sector(q, r.def().sector()), q, r.plural(), dep);
    }

    /** A party qualifier makes the role PTY; otherwise the role's own sector, else the qualifier's default. */
    private static String sector(Entry qualifier, String roleSector) {
        if (qualifier != null && "PARTY".equals(qualifier.type())) {
            return "PTY";
        }
        if (roleSector != null) {
            return roleSector;
        }
        return qualifier == null ? null : qualifier.sector();
    }

    /** Role keys known for a language, for data checks. */
    List<String> keys(String lang) {
        List<String> out = new ArrayList<>();
        forms.get(lang).values().forEach(f -> out.add(f.def().key()));
        return out;
    }
}

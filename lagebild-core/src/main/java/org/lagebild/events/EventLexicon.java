package org.lagebild.events;

import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PLOVER types, the CAMEO→PLOVER crosswalk and the German and English event trigger lexicons.
 * Lookups return constrained rows before unconstrained ones, so callers can try them in order.
 */
public final class EventLexicon {

    static final String PLOVER = "org/lagebild/events/plover.tsv";
    static final String CAMEO = "org/lagebild/events/cameo-plover.tsv";
    static final String DE = "org/lagebild/events/events-de.tsv";
    static final String EN = "org/lagebild/events/events-en.tsv";

    private static final Pattern CAMEO_CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern ROLE = Pattern.compile("[a-z]+(:[\\p{L}]+)?");
    private static volatile EventLexicon instance;

    private final Map<String, PloverType> types = new LinkedHashMap<>();
    private final Map<String, List<CameoMapping>> cameo = new LinkedHashMap<>();
    private final Map<String, List<Trigger>> triggers = new HashMap<>(); // lang|pos|lemma -> rows
    private final Map<String, List<Trigger>> byLang = new HashMap<>();

    public static EventLexicon get() {
        EventLexicon e = instance;
        if (e == null) {
            synchronized (EventLexicon.class) {
                e = instance;
                if (e == null) {
                    e = load(PLOVER, CAMEO, Map.of("de", DE, "en", EN));
                    instance = e;
                }
            }
        }
        return e;
    }

    /** Loads from classpath resources; malformed rows throw naming the file and line. */
    public static EventLexicon load(String ploverResource, String cameoResource, Map<String, String> triggersByLang) {
        EventLexicon lex = new EventLexicon();
        lex.readTypes(TsvResource.read(ploverResource, 8));
        lex.readCameo(TsvResource.read(cameoResource, 5));
        triggersByLang.forEach((lang, res) -> lex.readTriggers(lang,
                TsvResource.read(res, TsvResource.Layout.columns(12).withOptionalTrailing())));
        return lex;
    }

    private void readTypes(List<Row> rows) {
        for (Row r : rows) {
            String name = r.req(0, "type");
            int quad;
            try {
                quad = Integer.parseInt(r.req(1, "quad_class"));
            } catch (NumberFormatException e) {
                throw r.fail("quad_class must be 1-4: '" + r.get(1) + "'");
            }
            if (quad < 1 || quad > 4) {
                throw r.fail("quad_class must be 1-4: " + quad);
            }
            List<String> modes = r.opt(3) == null ? List.of() : List.of(r.get(3).split(","));
            Map<String, Double> modeScores = new LinkedHashMap<>();
            if (r.opt(5) != null) {
                for (String ms : r.get(5).split(";")) {
                    String[] kv = ms.split("=", -1);
                    if (kv.length != 2 || !modes.contains(kv[0].strip())) {
                        throw r.fail("mode_scores entry must be <mode of this type>=<score>: '" + ms + "'");
                    }
                    modeScores.put(kv[0].strip(), number(r, kv[1].strip()));
                }
            }
            String root = r.req(6, "cameo_root");
            if (!CAMEO_CODE.matcher(root).matches()) {
                throw r.fail("bad CAMEO root '" + root + "'");
            }
            PloverType t = new PloverType(name, quad, r.req(2, "quad_name"), modes,
                    r.opt(4) == null ? null : number(r, r.get(4)), Map.copyOf(modeScores), root, r.get(7));
            if (types.put(name, t) != null) {
                throw r.fail("duplicate type " + name);
            }
        }
    }

    private static double number(Row r, String s) {
        try {
            double d = Double.parseDouble(s);
            if (d < -10 || d > 10) {
                throw r.fail("score outside -10..10: " + s);
            }
            return d;
        } catch (NumberFormatException e) {
            throw r.fail("not a number: '" + s + "'");
        }
    }

    private void readCameo(List<Row> rows) {
        for (Row r : rows) {
            String code = r.req(0, "cameo");
            if (!CAMEO_CODE.matcher(code).matches()) {
                throw r.fail("bad CAMEO code '" + code + "'");
            }
            String type = r.req(1, "plover_type");
            if (!types.containsKey(type)) {
                throw r.fail("unknown PLOVER type '" + type + "'");
            }
            List<String> ctx = r.opt(3) == null ? List.of() : List.of(r.get(3).split(","));
            cameo.computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new CameoMapping(code, type, r.opt(2), ctx, r.get(4)));
        }
    }

    private void readTriggers(String lang, List<Row> rows) {
        List<Trigger> all = byLang.computeIfAbsent(lang, k -> new ArrayList<>());
        for (Row r : rows) {
            String lemma = r.req(0, "lemma");
            Trigger.Pos pos;
            try {
                pos = Trigger.Pos.valueOf(r.req(1, "pos"));
            } catch (IllegalArgumentException e) {
                throw r.fail("pos must be VERB, NOUN or PHRASE: '" + r.get(1) + "'");
            }
            if ((pos == Trigger.Pos.PHRASE) != lemma.contains(" ") && pos != Trigger.Pos.NOUN) {
                throw r.fail(pos == Trigger.Pos.PHRASE ? "PHRASE needs several words" : "VERB must be one word");
            }
            PloverType type = types.get(r.req(2, "type"));
            if (type == null) {
                throw r.fail("unknown PLOVER type '" + r.get(2) + "'");
            }
            String mode = r.opt(3);
            if (mode != null && !type.hasMode(mode)) {
                throw r.fail("mode '" + mode + "' is not a mode of " + type.name() + " " + type.modes());
            }
            String code = r.opt(4);
            if (code != null && !CAMEO_CODE.matcher(code).matches()) {
                throw r.fail("bad CAMEO code '" + code + "'");
            }
            String[] roles = {r.opt(6), r.opt(7), r.opt(8)};
            for (String role : roles) {
                if (role != null && !ROLE.matcher(role).matches()) {
                    throw r.fail("bad dependency relation '" + role + "'");
                }
            }
            String standalone = r.opt(11);
            if (standalone != null && !standalone.equals("standalone")) {
                throw r.fail("column 12 must be empty or 'standalone': '" + standalone + "'");
            }
            Trigger t = new Trigger(lemma, lang, pos, type, mode, code, r.opt(5), roles[0], roles[1], roles[2],
                    constraint(r, r.opt(9)), r.get(10), standalone != null);
            triggers.computeIfAbsent(key(lang, pos, lemma), k -> new ArrayList<>()).add(t);
            all.add(t);
        }
        for (List<Trigger> list : triggers.values()) {
            list.sort((a, b) -> Boolean.compare(b.constrained(), a.constrained())); // stable
        }
    }

    private static Trigger.Constraint constraint(Row r, String c) {
        if (c == null) {
            return null;
        }
        if (c.equals("refl")) {
            return new Trigger.Constraint("expl:pv", Set.of(), true);
        }
        int i = c.lastIndexOf(':');
        if (i <= 0 || i == c.length() - 1) {
            throw r.fail("constraint must be 'refl' or <relation>:<lemma>,...: '" + c + "'");
        }
        String role = c.substring(0, i);
        if (!ROLE.matcher(role).matches()) {
            throw r.fail("bad relation in constraint '" + c + "'");
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (String l : c.substring(i + 1).split(",")) {
            if (l.isBlank()) {
                throw r.fail("empty lemma in constraint '" + c + "'");
            }
            lemmas.add(l.strip().toLowerCase(Locale.ROOT));
        }
        return new Trigger.Constraint(role, Collections.unmodifiableSet(lemmas), false);
    }

    private static String key(String lang, Trigger.Pos pos, String lemma) {
        return lang + "|" + pos + "|" + lemma.strip().toLowerCase(Locale.ROOT);
    }

    private List<Trigger> find(Trigger.Pos pos, String lemma, String lang) {
        if (lemma == null || lang == null) {
            return List.of();
        }
        return List.copyOf(triggers.getOrDefault(key(lang, pos, lemma), List.of()));
    }

    /** Verb triggers for a lemma (incl. separable particle), constrained rows first. */
    public List<Trigger> verb(String lemma, String lang) {
        return find(Trigger.Pos.VERB, lemma, lang);
    }

    /** Noun triggers for a lemma (singular; case-insensitive), constrained rows first. */
    public List<Trigger> noun(String lemma, String lang) {
        return find(Trigger.Pos.NOUN, lemma, lang);
    }

    /** Multiword triggers by citation form ("ums Leben kommen"). */
    public List<Trigger> phrase(String phrase, String lang) {
        return find(Trigger.Pos.PHRASE, phrase, lang);
    }

    /** All triggers of a language in file order. */
    public List<Trigger> all(String lang) {
        return Collections.unmodifiableList(byLang.getOrDefault(lang, List.of()));
    }

    public Optional<PloverType> type(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(types.get(name.strip().toUpperCase(Locale.ROOT)));
    }

    public List<PloverType> types() {
        return List.copyOf(types.values());
    }

    /**
     * PLOVER mappings of a CAMEO code; falls back to the longest listed prefix ("0871" → "087"),
     * as the crosswalk lists only some 4-digit codes.
     */
    public List<CameoMapping> cameo(String code) {
        if (code == null || !CAMEO_CODE.matcher(code).matches()) {
            return List.of();
        }
        for (int n = code.length(); n >= 2; n--) {
            List<CameoMapping> m = cameo.get(code.substring(0, n));
            if (m != null) {
                return List.copyOf(m);
            }
        }
        return List.of();
    }

}

package org.lagebild.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * Place names → coordinates and country, from GeoNames data ({@code places/places.tsv}, CC BY 4.0),
 * the project's country table ({@code actors/countries.tsv}, German and English names) and hand-made
 * regions and exonyms ({@code places/regions.tsv}). Names match case- and accent-insensitively;
 * German genitives ("Moskaus", "Kiews") and English possessives fall back to the bare name.
 * Candidates are ranked by population, with countries before places of the same name, capitals
 * before other towns, and, in {@link #resolve}, places in the article's countries first.
 */
public final class Gazetteer {
    private static final String PLACES = "org/lagebild/places/places.tsv";
    private static final String REGIONS = "org/lagebild/places/regions.tsv";
    private static final String COUNTRIES = "org/lagebild/actors/countries.tsv";
    private static final int MAX_NAME = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern COMPASS = Pattern.compile("^(?:nord|süd|ost|west|zentral|mittel)(?:ost|west)?-?");
    private static final List<String> GERMAN_ENDINGS = List.of("en", "er", "es", "em", "e");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–'’.]+");

    private static volatile Gazetteer instance;

    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, Place> byCountry = new HashMap<>();
    /** Country adjectives (German stems, English words), lower-case → alpha-3: "französisch" → FRA. */
    private final Map<String, String> adjectives = new HashMap<>();

    /** The shared instance, loaded on first use (~30,000 places). */
    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = instance;
                if (g == null) {
                    g = new Gazetteer();
                    instance = g;
                }
            }
        }
        return g;
    }

    private Gazetteer() {
        Map<String, Row> countries = new HashMap<>();
        for (Row r : TsvResource.read(COUNTRIES, Layout.columns(13).withOptionalTrailing())) {
            countries.put(r.req(1, "alpha2"), r);
            for (int col : new int[] {7, 8}) {
                for (String a : TsvResource.alternatives(r.get(col))) {
                    adjectives.putIfAbsent(a.toLowerCase(Locale.ROOT), r.req(0, "alpha3"));
                }
            }
        }
        for (Row r : TsvResource.read(PLACES, 9)) {
            String id = r.req(0, "id");
            String feature = r.req(1, "feature");
            Row country = countries.get(r.req(2, "country"));
            String alpha3 = country == null ? null : country.req(0, "alpha3");
            boolean isCountry = feature.equals("A.PCL");
            if (isCountry && country == null) {
                continue; // a GeoNames country code the JDK does not know: no name to find it by
            }
            Long geonames = id.chars().allMatch(Character::isDigit) ? Long.valueOf(id) : null;
            String name = isCountry ? country.req(2, "name_en") : r.req(7, "name");
            Place p = new Place(id, geonames, name, feature, alpha3, r.opt(3), number(r, 4), number(r, 5),
                    Long.parseLong(r.req(6, "population")));
            byId.put(id, p);
            if (isCountry) {
                byCountry.put(alpha3, p);
            }
            List<String> names = new ArrayList<>();
            names.add(name);
            if (isCountry) {
                names.add(country.req(3, "name_de"));
                names.addAll(TsvResource.alternatives(country.get(5)));
                names.addAll(TsvResource.alternatives(country.get(6)));
            } else {
                names.addAll(TsvResource.alternatives(r.get(8)));
            }
            names.forEach(n -> index(n, p));
        }
        for (Row r : TsvResource.read(REGIONS, 4)) {
            addRegion(r);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
    }

    private static double number(Row r, int i) {
        try {
            return Double.parseDouble(r.req(i, "coordinate"));
        } catch (NumberFormatException e) {
            throw r.fail("not a number: " + r.get(i));
        }
    }

    /** A regions.tsv row: an exonym for one place, or a region over several (population-weighted centre). */
    private void addRegion(Row r) {
        List<String> de = TsvResource.alternatives(r.req(0, "names_de"));
        List<String> en = TsvResource.alternatives(r.req(1, "names_en"));
        List<Place> members = new ArrayList<>();
        for (String id : TsvResource.alternatives(r.req(2, "members"))) {
            Place m = byId.get(id);
            if (m == null) {
                throw r.fail("unknown place id " + id);
            }
            members.add(m);
        }
        Place p = members.get(0);
        if (members.size() > 1) {
            double lat = 0;
            double lon = 0;
            long pop = 0;
            double weight = 0;
            for (Place m : members) {
                double w = Math.max(1, m.population());
                lat += m.lat() * w;
                lon += m.lon() * w;
                weight += w;
                pop += m.population();
            }
            p = new Place("R:" + en.get(0), null, en.get(0), "R.RGN", p.country(), null,
                    Math.round(lat / weight * 1e5) / 1e5, Math.round(lon / weight * 1e5) / 1e5, pop);
            byId.put(p.id(), p);
        }
        for (String n : de) {
            index(n, p);
        }
        for (String n : en) {
            index(n, p);
        }
    }

    private void index(String name, Place p) {
        String k = key(name);
        if (k.isEmpty()) {
            return;
        }
        List<Place> l = byName.computeIfAbsent(k, x -> new ArrayList<>());
        if (!l.contains(p)) {
            l.add(p);
        }
    }

    /** Lookup key: lower case, no accents, ß → ss, hyphens, apostrophes and dots as single spaces. */
    static String key(String name) {
        String ascii = asciiKey(name);
        return ascii != null ? ascii : normalizedKey(name);
    }

    /**
     * {@link #key} of a name of ASCII letters, digits and separators without Unicode normalisation
     * and regular expressions (most of the ~100,000 names indexed at start-up); null for any other name.
     */
    private static String asciiKey(String name) {
        StringBuilder k = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                if (gap && k.length() > 0) {
                    k.append(' ');
                }
                gap = false;
                k.append(c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c);
            } else if (c == ' ' || c == '-' || c == '\'' || c == '.' || c >= '\t' && c <= '\r') {
                gap = true; // \s (tab, newline, vertical tab, form feed, return), hyphen, apostrophe, dot
            } else {
                return null;
            }
        }
        return k.toString();
    }

    static String normalizedKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("ß", "ss");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The country a country adjective names, with German endings and compass prefixes:
     * "westfranzösischen" → FRA, "Iraqi" → IRQ, "ostukrainische" → UKR.
     */
    public Optional<String> countryOfAdjective(String word) {
        if (word == null || word.length() > MAX_NAME) {
            return Optional.empty();
        }
        String w = COMPASS.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
        String c = adjectives.get(w);
        for (String ending : GERMAN_ENDINGS) {
            if (c == null && w.endsWith(ending)) {
                c = adjectives.get(w.substring(0, w.length() - ending.length()));
            }
        }
        return Optional.ofNullable(c);
    }

    /**
     * The town a German town adjective names ("Londoner", "Wiener", "Münchner", "Dresdner"): the name without "-er",
     * with "-en" for "-er" or "-ner", as a town ({@link Place#isTown}), so that rare homonyms ("Oberster") find none. Only the uninflected "-er" form: these adjectives do not decline.
     */
    public Optional<Place> townOfAdjective(String word) {
        if (word == null || word.length() < 5 || word.length() > MAX_NAME || !word.endsWith("er")
                || !Character.isUpperCase(word.charAt(0)) || countryOfAdjective(word).isPresent()) {
            return Optional.empty();
        }
        String stem = word.substring(0, word.length() - 2);
        List<String> forms = word.endsWith("ner")
                ? List.of(stem, stem + "en", stem.substring(0, stem.length() - 1) + "en") // "Münchner" -> "München"
                : List.of(stem, stem + "en");
        for (String form : forms) {
            for (Place p : byName.getOrDefault(key(form), List.of())) {
                if (p.isTown()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The entry with this id ({@code 703448}, {@code A1:UA.11}, {@code C:UA}), if any. */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country with this ISO 3166-1 alpha-3 code. */
    public Optional<Place> country(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : byCountry.get(alpha3));
    }

    /**
     * Every place {@code name} can denote, best first (no article context). {@code lang} ("de",
     * "en") selects the inflection fallbacks; names of all languages are accepted.
     */
    public List<Place> lookup(String name, String lang) {
        return resolveAll(name, lang, Set.of());
    }

    /**
     * The best place for {@code name} in {@code country} (alpha-3) when the text says which country
     * ("im westfranzösischen Brest"), else the best place preferring {@code contextCountries}.
     */
    public Optional<Place> resolve(String name, String lang, String country, Collection<String> contextCountries) {
        if (country != null) {
            for (Place p : lookup(name, lang)) {
                if (country.equals(p.country())) {
                    return Optional.of(p);
                }
            }
        }
        return resolve(name, lang, contextCountries);
    }

    /** The best place for {@code name}, preferring places in {@code contextCountries} (alpha-3). */
    public Optional<Place> resolve(String name, String lang, Collection<String> contextCountries) {
        List<Place> all = resolveAll(name, lang, contextCountries);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private List<Place> resolveAll(String name, String lang, Collection<String> context) {
        if (name == null || name.length() > MAX_NAME) {
            return List.of();
        }
        List<Place> found = List.of();
        for (String form : forms(name.strip(), lang)) {
            found = byName.getOrDefault(key(form), List.of());
            if (!found.isEmpty()) {
                break;
            }
        }
        Set<String> ctx = context == null ? Set.of() : Set.copyOf(context.stream().filter(c -> c != null).toList());
        List<Place> out = new ArrayList<>(found);
        out.sort(Comparator.comparingDouble((Place p) -> -score(p, ctx)).thenComparing(Place::id));
        return List.copyOf(out);
    }

    /** The name as written, then without a German genitive -s or English possessive. */
    private static Set<String> forms(String name, String lang) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        if (name.endsWith("'s") || name.endsWith("’s")) {
            out.add(name.substring(0, name.length() - 2));
        } else if ("de".equals(lang) && name.length() > 4 && name.endsWith("s")) {
            out.add(name.substring(0, name.length() - 1));
        }
        return out;
    }

    /**
     * Ranking: log population, plus a bonus for countries (Georgia the country before the US
     * state), hand-made regions and capitals, a malus for divisions (Donetsk the city before the
     * oblast), and a bonus for places in a country the article is about.
     */
    private static double score(Place p, Set<String> context) {
        double s = Math.log10(p.population() + 10.0);
        s += switch (p.feature()) {
            case "A.PCL" -> 3;
            case "R.RGN" -> 2;
            case "P.PPLC" -> 1;
            case "A.ADM1" -> -0.5;
            default -> 0;
        };
        if (p.country() != null && context.contains(p.country())) {
            s += 2;
        }
        return s;
    }
}

package org.lagebild.actors.registry;

import static org.lagebild.data.TsvResource.alternatives;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Layout;
import org.lagebild.data.TsvResource.Row;
import org.lagebild.time.PublicationDate;

/**
 * Persons with offices over time (registry/persons.tsv): links a name as the text writes it ("Sergej Lawrow",
 * "Lavrov", "Stoltenbergs") to a canonical {@link Person} and tells which offices the person held at a date.
 *
 * <p>Full names and their transliterations always identify; a bare surname only when the data lists it as a short
 * form and it is unambiguous: one person carries it, or exactly one of those who carry it held an office at the
 * date. German genitives ("Stoltenbergs", "Pistorius'") and English possessives are accepted. Immutable after
 * loading and safe to share between threads.
 */
public final class PersonRegistry {
    static final String RESOURCE = "org/lagebild/actors/registry/persons.tsv";
    static final int COLUMNS = 15;
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final int MAX_CHARS = 120;

    private static final class Holder {
        static final PersonRegistry INSTANCE = new PersonRegistry(TsvResource.read(RESOURCE, Layout.columns(COLUMNS)));
    }

    /** A person found at token {@code i}, spanning {@code tokenCount} tokens. */
    public record PersonMatch(Person person, int tokenCount) {
    }

    private record Alias(String form, String id) {
    }

    private final Map<String, Person> byId = new LinkedHashMap<>();
    private final Map<String, List<Alias>> fullNames = new HashMap<>();
    private final Map<String, List<Alias>> shortNames = new HashMap<>();
    private int maxWords = 1;

    private PersonRegistry(List<Row> rows) {
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        for (Row r : rows) {
            grouped.computeIfAbsent(r.req(0, "id"), k -> new ArrayList<>()).add(r);
        }
        grouped.forEach(this::load);
    }

    /** The bundled registry, loaded on first use. */
    public static PersonRegistry get() {
        return Holder.INSTANCE;
    }

    /** A registry from a persons.tsv-shaped stream (tests, alternative data). */
    public static PersonRegistry read(String name, InputStream in) throws IOException {
        return new PersonRegistry(TsvResource.read(name, in, Layout.columns(COLUMNS)));
    }

    private void load(String id, List<Row> rows) {
        Row first = rows.get(0);
        String name = first.req(1, "name");
        List<Office> offices = new ArrayList<>();
        Set<String> full = new LinkedHashSet<>(List.of(name));
        Set<String> shorts = new LinkedHashSet<>();
        for (Row r : rows) {
            if (!r.get(1).equals(name) || !r.get(2).equals(first.get(2)) || !r.get(13).equals(first.get(13))) {
                throw r.fail("rows of " + id + " disagree on name, name_de or wikidata");
            }
            if (r.opt(2) != null) {
                full.add(r.get(2));
            }
            full.addAll(alternatives(r.get(3)));
            shorts.addAll(alternatives(r.get(4)));
            offices.add(office(r));
        }
        Person p = new Person(id, name, first.opt(2), first.opt(5), first.opt(13), offices);
        byId.put(id, p);
        full.forEach(f -> add(fullNames, f, id));
        shorts.forEach(f -> add(shortNames, f, id));
    }

    private static Office office(Row r) {
        PublicationDate from = date(r, 11, "from");
        PublicationDate to = date(r, 12, "to");
        String source = r.get(14);
        if ((from != null || to != null) && !URL.matcher(source).find()) {
            throw r.fail("a dated office needs a source URL");
        }
        String org = r.req(9, "org");
        Entry owner = ActorRegistry.get().byCode(org).orElseThrow(() -> r.fail("unknown registry code " + org));
        String country = owner.kind() == Kind.COUNTRY ? owner.code() : owner.country();
        String sector = r.req(10, "sector");
        if (!ActorRegistry.get().sectors().containsKey(sector)) {
            throw r.fail("unknown sector " + sector);
        }
        return new Office(r.req(6, "role"), r.req(7, "office_en"), r.opt(8), owner.code(), country, sector,
                new Validity(from, to), source);
    }

    private static PublicationDate date(Row r, int column, String label) {
        String cell = r.opt(column);
        if (cell == null) {
            return null;
        }
        return PublicationDate.parse(cell).orElseThrow(() -> r.fail("bad " + label + " date: " + cell));
    }

    private void add(Map<String, List<Alias>> index, String surface, String id) {
        String form = Text.form(surface);
        List<Alias> list = index.computeIfAbsent(Text.key(form), k -> new ArrayList<>(1));
        if (!list.contains(new Alias(form, id))) {
            list.add(new Alias(form, id));
        }
        maxWords = Math.max(maxWords, form.split("[ -]").length);
    }

    // ---------------------------------------------------------------- lookups

    public Optional<Person> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All persons, in file order. */
    public List<Person> persons() {
        return List.copyOf(byId.values());
    }

    /**
     * The person a name refers to at the date: a full name or transliteration ("Sergej Lawrow", "Sergey Lavrov"),
     * else a short form ("Lawrow"), each also with a genitive or possessive ending. Empty when unknown or ambiguous.
     */
    public Optional<Person> match(String surface, PublicationDate date) {
        if (surface == null || surface.isBlank() || surface.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String form = Text.form(surface);
        for (Map<String, List<Alias>> index : List.of(fullNames, shortNames)) {
            for (String f : variants(form)) {
                List<String> ids = ids(index, f);
                if (!ids.isEmpty()) {
                    return pick(ids, date);
                }
            }
        }
        return Optional.empty();
    }

    /** A full name of two or more tokens starting at {@code tokens[i]} (for names the tagger missed). */
    public Optional<PersonMatch> fullNameAt(List<String> tokens, int i, PublicationDate date) {
        if (tokens == null || i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        for (int n = Math.min(maxWords, tokens.size() - i); n >= 2; n--) {
            int chars = 0;
            for (int t = i; t < i + n; t++) {
                chars += tokens.get(t).length() + 1;
            }
            if (chars > MAX_CHARS) {
                continue;
            }
            String form = Text.join(tokens, i, n);
            for (String f : variants(form)) {
                List<String> ids = ids(fullNames, f);
                if (!ids.isEmpty()) {
                    int count = n;
                    return pick(ids, date).map(p -> new PersonMatch(p, count));
                }
            }
        }
        return Optional.empty();
    }

    /** The form itself, then without a possessive ('s, ’s, ') or German genitive -s. */
    private static List<String> variants(String form) {
        List<String> out = new ArrayList<>(2);
        out.add(form);
        if (form.endsWith("'s")) {
            out.add(form.substring(0, form.length() - 2));
        } else if (form.endsWith("'")) {
            out.add(form.substring(0, form.length() - 1));
        } else if (form.endsWith("s") && form.length() > 3) {
            out.add(form.substring(0, form.length() - 1));
        }
        return out;
    }

    /** Ids whose registry spelling passes the case check against the surface. */
    private static List<String> ids(Map<String, List<Alias>> index, String form) {
        List<Alias> list = index.get(Text.key(form));
        if (list == null || !Text.startsUpper(form.replaceFirst("^(von der |von |van |de |al-)", ""))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Alias a : list) {
            if (Text.caseOk(a.form(), form) && !out.contains(a.id())) {
                out.add(a.id());
            }
        }
        return out;
    }

    /** One candidate, or the only candidate in office at the date. */
    private Optional<Person> pick(List<String> ids, PublicationDate date) {
        if (ids.size() == 1) {
            return Optional.of(byId.get(ids.get(0)));
        }
        Person only = null;
        for (String id : ids) {
            Person p = byId.get(id);
            if (!p.officesAt(date).isEmpty()) {
                if (only != null) {
                    return Optional.empty();
                }
                only = p;
            }
        }
        return Optional.ofNullable(only);
    }
}

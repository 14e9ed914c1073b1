package org.lagebild.actors;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.actors.registry.Entry;
import org.lagebild.actors.registry.Office;
import org.lagebild.actors.registry.Person;
import org.lagebild.time.PublicationDate;

/** Mutable accumulator for one canonical actor while a document is being resolved. */
final class Entity {
    String id;
    String name;
    String type;
    String code;
    String country;
    String affiliation;
    String sector;
    /** Natural gender for persons, German grammatical gender of the name for organisations. */
    String gender;
    boolean named = true;
    /** A registry organisation or country (never the referent of a bare group noun). */
    boolean registry;
    String wikidata;
    /** Affiliation, country and sector come from the person registry; a role stated by the text overrides them. */
    boolean registryAffiliation;
    final List<ActorIndex.Role> roles = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();

    static Entity person(String name) {
        Entity e = new Entity();
        e.name = name;
        e.type = "PERSON";
        return e;
    }

    /**
     * A registry person as of the article's date: the offices held then become roles (with their validity), and the
     * most recently begun one gives affiliation, country and sector. Without a date only the identity is known.
     */
    static Entity person(Person p, String lang, PublicationDate date) {
        Entity e = person(p.name(lang));
        e.gender = p.gender();
        e.wikidata = p.wikidata();
        List<Office> held = p.officesAt(date);
        for (Office o : held) {
            e.roles.add(new ActorIndex.Role(o.title(lang), o.org(), o.role(),
                    str(o.validity().from()), str(o.validity().to()), "registry"));
        }
        if (!held.isEmpty()) {
            Office o = held.get(0);
            e.affiliation = o.org();
            e.country = o.country();
            e.sector = o.sector();
            e.registryAffiliation = true;
        }
        return e;
    }

    private static String str(PublicationDate d) {
        return d == null ? null : d.toString();
    }

    static Entity group(String name, String sector, Entry owner) {
        Entity e = new Entity();
        e.name = name;
        e.type = "GROUP";
        e.sector = sector;
        if (owner != null) {
            boolean country = owner.kind().name().equals("COUNTRY");
            e.country = country ? owner.code() : owner.country();
            e.affiliation = country ? null : owner.code();
        }
        return e;
    }

    static Entity place(String name, String country) {
        Entity e = new Entity();
        e.name = name;
        e.type = "LOCATION";
        e.country = country;
        return e;
    }

    static Entity fromEntry(Entry entry, String lang) {
        Entity e = new Entity();
        e.name = lang.equals("de") && entry.nameDe() != null ? entry.nameDe() : entry.nameEn();
        boolean country = entry.kind().name().equals("COUNTRY");
        e.type = country ? "COUNTRY" : "ORGANIZATION";
        e.code = entry.code();
        e.registry = true;
        e.country = country ? entry.code() : entry.country();
        e.sector = entry.sector();
        e.gender = entry.gender();
        return e;
    }

    void addRole(String title, String organization, String key) {
        ActorIndex.Role r = new ActorIndex.Role(title, organization, key);
        if (!roles.contains(r)) {
            roles.add(r);
        }
    }

    String lastName() {
        if (!type.equals("PERSON") || !named) {
            return null;
        }
        String[] parts = name.trim().split("\\s+");
        if (parts.length < 2) {
            return null;
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (SURNAME_PARTICLES.contains(parts[i].toLowerCase(java.util.Locale.ROOT))) {
                // "Alexander Van der Bellen", "Ursula von der Leyen": the particles belong to the surname
                return String.join(" ", java.util.Arrays.asList(parts).subList(i, parts.length));
            }
        }
        return parts[parts.length - 1];
    }

    /** Words that open a surname after a first name ("van der", "von", "de", "zu"). */
    static final java.util.Set<String> SURNAME_PARTICLES = java.util.Set.of("van", "von", "de", "di", "del",
            "della", "da", "dos", "du", "ter", "ten", "zu");
}

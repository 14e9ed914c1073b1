package org.lagebild.actors.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lagebild.time.PublicationDate;

/**
 * A registry person with the offices they held (persons.tsv).
 *
 * @param id       canonical id, "person:" + slug of the international name
 * @param nameDe   German name form when it differs ("Dmitri Peskow"), else null
 * @param wikidata Wikidata QID when checked, else null
 */
public record Person(String id, String name, String nameDe, String gender, String wikidata, List<Office> offices) {
    public Person {
        offices = List.copyOf(offices);
    }

    public String name(String lang) {
        return "de".equals(lang) && nameDe != null ? nameDe : name;
    }

    /** Offices possibly held at the date, the most recently begun first; empty for a null date. */
    public List<Office> officesAt(PublicationDate date) {
        List<Office> out = new ArrayList<>();
        for (Office o : offices) {
            if (o.heldAt(date)) {
                out.add(o);
            }
        }
        out.sort(Comparator.comparing(Office::validity, Validity::compareStart));
        return out;
    }
}

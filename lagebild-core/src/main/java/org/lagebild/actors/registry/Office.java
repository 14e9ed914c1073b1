package org.lagebild.actors.registry;

import org.lagebild.time.PublicationDate;

/**
 * One office a registry person held.
 *
 * @param role    role key as in roles-de.tsv / roles-en.tsv (head_of_state, foreign_minister, spokesperson, ...)
 * @param org     registry code of the state (alpha-3) or organisation the person acts for in this office
 * @param country alpha-3 of that state, or null for an international organisation
 * @param sector  PLOVER sector of the office (GOV, MIL, ...)
 * @param source  URLs the office and its dates were checked against, space-separated
 */
public record Office(String role, String titleEn, String titleDe, String org, String country, String sector,
                     Validity validity, String source) {

    public String title(String lang) {
        return "en".equals(lang) || titleDe == null ? titleEn : titleDe;
    }

    public boolean heldAt(PublicationDate date) {
        return validity.overlaps(date);
    }
}

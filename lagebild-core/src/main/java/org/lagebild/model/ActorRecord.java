package org.lagebild.model;

import java.util.List;

/**
 * A canonical actor of one document and every place the text mentions it.
 *
 * @param type        PERSON, ORGANIZATION, COUNTRY, GROUP or LOCATION
 * @param code        ISO alpha-3 for countries, acronym for organisations, else null
 * @param country     alpha-3 of the country the actor belongs to, or null
 * @param affiliation code of the organisation a person acts for, or null
 * @param sector      PLOVER sector (GOV, MIL, REB, …) or null
 * @param wikidata    Wikidata QID of a registry person, when the registry has a checked one; else null
 */
public record ActorRecord(String id, String name, String type, String code, String country,
                          String affiliation, String sector, String gender, String wikidata, List<RoleRecord> roles,
                          List<MentionRecord> mentions) {

    /** This actor with other mentions (e.g. another article's mentions of the same actor). */
    public ActorRecord withMentions(List<MentionRecord> other) {
        return new ActorRecord(id, name, type, code, country, affiliation, sector, gender, wikidata, roles, other);
    }


    /**
     * A title of the actor: as the text gives it ("Generalsekretär" of "NATO", {@code origin} "text"), or an office
     * the person registry says was held at the article's date ({@code origin} "registry", with {@code from} and
     * {@code to}: first day in and first day out of office, ISO at the precision known, null when unknown or ongoing).
     */
    public record RoleRecord(String title, String organization, String key, String from, String to, String origin) {
        /** A role as the text gives it. */
        public RoleRecord(String title, String organization, String key) {
            this(title, organization, key, null, null, "text");
        }
    }

    /**
     * One mention. {@code kind}: name, role, description, pronoun, demonym, metonym, adjective;
     * {@code locative} marks place uses ("in Moskau") as opposed to agent uses ("Moskau fordert").
     */
    public record MentionRecord(int start, int end, String text, String kind, boolean locative) {
    }
}

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
 */
public record ActorRecord(String id, String name, String type, String code, String country,
                          String affiliation, String sector, String gender, List<RoleRecord> roles,
                          List<MentionRecord> mentions) {

    /** A title the text gives the actor ("Generalsekretär" of "NATO"). */
    public record RoleRecord(String title, String organization, String key) {
    }

    /**
     * One mention. {@code kind}: name, role, description, pronoun, demonym, metonym, adjective;
     * {@code locative} marks place uses ("in Moskau") as opposed to agent uses ("Moskau fordert").
     */
    public record MentionRecord(int start, int end, String text, String kind, boolean locative) {
    }
}

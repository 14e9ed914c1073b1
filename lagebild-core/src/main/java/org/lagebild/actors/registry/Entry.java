package org.lagebild.actors.registry;

/**
 * One actor in the registry.
 *
 * <p>Metonyms are entries of their own: {@code Entry(code="KREMLIN", kind=METONYM, country="RUS",
 * sector="GOV", parent="RUS")}; {@code parent} is the code of the actor the metonym stands for and
 * {@code country} that actor's country. A context-dependent metonym has {@code parent == null} and
 * {@code requires} set ("NATO|EU" for Brüssel): it stands for whichever listed actor the document
 * mentions, and for nothing otherwise.
 *
 * @param code      registry code: alpha-3 for countries ("RUS"), organisation code ("NATO", "NRC"), metonym code
 * @param kind      country, organisation or metonym
 * @param nameDe    German name
 * @param nameEn    English name
 * @param country   alpha-3 of the country: the country itself, a national body's or party's country, the
 *                  country a metonym stands for; null for international organisations
 * @param sector    default PLOVER sector (organisations, metonyms); null for countries and when none fits
 * @param gender    grammatical gender of the German name, for pronouns: m, f, n or pl
 * @param wikidata  Wikidata QID, null unless verified
 * @param requires  '|'-separated codes a context-dependent metonym can stand for, else null
 * @param type      IGO, NGO, FORUM, BODY, PARTY for organisations; SUBJECT for a metonym that stands for its
 *                  actor only as the active subject of a verb (capitals such as Nairobi); null otherwise
 * @param parent    parent organisation (NRC: NATO), or the actor a metonym stands for; else null
 */
public record Entry(String code, Kind kind, String nameDe, String nameEn, String country, String sector,
                    String gender, String wikidata, String requires, String type, String parent) {
}

package org.lagebild.actors.registry;

/**
 * A role or office noun, possibly inside a compound ("US-Vize-Außenministerin").
 *
 * @param title     surface of the role part, e.g. "Generalsekretär", "Vize-Außenministerin"
 * @param key       canonical role key (roles-*.tsv); "deputy_" + key for deputies
 * @param gender    m, f, pl or unknown
 * @param sector    PLOVER sector: a party qualifier gives PTY, else the role's own sector, else the
 *                  qualifier's default sector; null when unknown
 * @param qualifier the actor qualifying the role: compound prefix (Nato -> NATO, US -> USA, Kreml -> the
 *                  KREMLIN metonym entry with country RUS and sector GOV), a preceding name or adjective
 *                  (roleAt only), or the actor the title implies (Bundes- -> DEU); else null
 * @param plural    plural form
 * @param deputy    Vize-, stellvertretende, Deputy, Vice
 * @param open      a closed compound whose first part names no registry entry ("Gerichtssprecherin",
 *                  "Militärvertreter"), or a noun that only describes ("Vertreter"): it names no office another
 *                  mention could hold
 */
public record Role(String title, String key, String gender, String sector, Entry qualifier, boolean plural,
                   boolean deputy, boolean open) {
    public Role(String title, String key, String gender, String sector, Entry qualifier, boolean plural,
                boolean deputy) {
        this(title, key, gender, sector, qualifier, plural, deputy, false);
    }
}

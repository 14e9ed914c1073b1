package org.lagebild.actors.registry;

/**
 * A noun naming a country's inhabitant(s): "Norweger", "Russinnen", "Americans".
 * A form that is both singular and plural ("Norweger") is reported as singular; the determiner decides.
 *
 * @param country the country entry
 * @param plural  true for plural forms
 * @param gender  m, f (singular forms; English singulars: unknown unless gendered) or pl
 */
public record Demonym(Entry country, boolean plural, String gender) {
}

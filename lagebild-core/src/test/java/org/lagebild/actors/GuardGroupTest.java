package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lagebild.actors.GermanActors.actors;
import static org.lagebild.actors.GermanActors.holding;

import org.junit.jupiter.api.Test;

/**
 * Coast and border guards are groups of the sector Phoenix's agents give them (sector-nouns.tsv): the coast guard and
 * border guards military, the border police police (sentences after 10kGNAD articles, where "teilte die Küstenwache mit"
 * had a speaker without an actor).
 */
class GuardGroupTest {

    @Test
    void coastGuardsAreMilitaryAndTakeTheirCountry() {
        assertEquals("MIL", holding(actors("Ein weiteres Kind werde vermisst, teilte die Küstenwache mit."), "Küstenwache").sector());
        assertEquals("GRC-MIL", holding(actors("Die griechische Küstenwache konnte am Donnerstag 73 Menschen retten."),
                "griechische Küstenwache").id());
        assertEquals("HUN-MIL", holding(actors("Ungarische Grenzschützer haben den Zaun bewacht."), "Ungarische Grenzschützer").id());
    }

    @Test
    void borderPoliceIsPolice() {
        assertEquals("COP", holding(actors("Die Grenzpolizei nahm zwei Männer fest."), "Grenzpolizei").sector());
    }
}

package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lagebild.events.GermanEventSession33Test.event;
import static org.lagebild.events.GermanEventSession33Test.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German event targets of session 34: a count without a noun in a coordinated passive ("… getötet und 97 weitere
 * verletzt") is the second verb's target, and a dative the parser left unlabelled names its target by the name in
 * apposition.
 */
class GermanEventSession34Test {
    @Test
    void countWithoutNounInCoordinatedPassiveIsTheTarget() throws Exception {
        // "97" an oblique, "weitere" an adverb: not the first verb's "Gläubige"
        assertEquals(List.of("weitere"), texts(event("Dabei wurden 23 Gläubige getötet und 97 weitere verletzt.",
                "ASSAULT", "verletzt").targetMentions()));
        assertEquals(List.of("110 weitere"), texts(event("Bei Kämpfen wurden in Kairo mindestens zehn Menschen erschossen"
                + " und 110 weitere verletzt.", "ASSAULT", "verletzt").targetMentions()));
        assertEquals(List.of("mehr als 30"), texts(event("Bei einem Anschlag in Nairobi wurde ein Mensch getötet und mehr"
                + " als 30 wurden verletzt.", "ASSAULT", "verletzt").targetMentions()));
        // a year is no count of people
        assertEquals(List.of("Täter"), texts(event("Die Täter wurden 2010 festgenommen und 2012 verurteilt.",
                "ACCUSE", "verurteilt").targetMentions()));
    }

    @Test
    void countOfThingsIsNoTarget() throws Exception {
        // the first verb's subject counts things: the number is no target
        assertEquals(List.of(), texts(event("Bei den Krawallen wurden zwölf Autos beschädigt und 13 zerstört.", "ASSAULT",
                "zerstört").targetMentions()));
    }

    @Test
    void unlabelledDativeWithApposedNameIsTheTarget() throws Exception {
        assertEquals(List.of("Piero Grasso"), texts(event("Auch Präsident Ciampi gratulierte dem Chef-Mafiajäger Piero"
                + " Grasso telefonisch zu dem Fahndungserfolg.", "SUPPORT", "gratulierte").targetMentions()));
    }
}

package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.time.PublicationDate;

/** German event locations of session 26, each with a sentence the rule must leave alone. */
class GermanEventLocationTest {
    private static final Analyzer ANALYZER = new Analyzer();

    private static EventRecord only(String sentence, String type) throws Exception {
        List<EventRecord> es = ANALYZER.analyze(new Document("t", sentence, "de",
                PublicationDate.parse("2010-01-01").orElseThrow(), null, null, "t")).events().stream()
                .filter(e -> e.type().equals(type)).toList();
        assertEquals(1, es.size(), sentence + " -> " + es);
        return es.get(0);
    }

    private static String placeText(EventRecord e) {
        return e.location() == null ? null : e.location().text();
    }

    @Test
    void townInACommonNounPlacePhraseIsThePlace() throws Exception {
        EventRecord demo = only("Erst am 19. Dezember hatten hunderte Osttimoresen vor einem Regierungsgebäude in Kupang"
                + " für Wiedergutmachung demonstriert.", "PROTEST");
        assertEquals("Kupang", placeText(demo), demo.toString());
        // no place name in the building's in-phrase: the building
        EventRecord plain = only("Hunderte Osttimoresen hatten vor einem Regierungsgebäude in der Innenstadt demonstriert.",
                "PROTEST");
        assertEquals("Regierungsgebäude", placeText(plain), plain.toString());
    }

    @Test
    void metropolisIsAPlaceNoun() throws Exception {
        EventRecord hurt = only("46 Beamte wurden nach Angaben der Polizei in der sächsischen Metropole leicht verletzt.",
                "ASSAULT");
        assertEquals("sächsischen Metropole", placeText(hurt), hurt.toString());
        EventRecord met = only("46 Beamte wurden nach Angaben der Polizei in der Metrologie leicht verletzt.", "ASSAULT");
        assertEquals(null, placeText(met), met.toString());
    }

    @Test
    void eventNounBelowAWhereClauseTakesItsPlace() throws Exception {
        EventRecord arrest = only("Als besonders schwierig erwies sich die Berichterstattung für Mitarbeiter von Medien in"
                + " Afrika, wo die Quote der Festnahme von Journalisten besonders hoch ist.", "COERCE");
        assertEquals("Afrika", placeText(arrest), arrest.toString());
        // the clause's antecedent is no place
        EventRecord party = only("Als besonders schwierig erwies sich die Arbeit für Mitglieder der Partei, wo die Quote der"
                + " Festnahme von Journalisten besonders hoch ist.", "COERCE");
        assertEquals(null, placeText(party), party.toString());
    }
}

package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.time.PublicationDate;

/** German event locations of session 31, each with a sentence the rule must leave alone. */
class GermanEventSession31Test {
    private static final Analyzer ANALYZER = new Analyzer();

    private static EventRecord only(String sentence, String type) throws Exception {
        List<EventRecord> es = events(sentence, type);
        assertEquals(1, es.size(), sentence + " -> " + es);
        return es.get(0);
    }

    private static List<EventRecord> events(String sentence, String type) throws Exception {
        return ANALYZER.analyze(new Document("t", sentence, "de", PublicationDate.parse("2010-01-01").orElseThrow(),
                null, null, "t")).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static String placeText(EventRecord e) {
        return e.location() == null ? null : e.location().text();
    }

    @Test
    void indefinitePlaceNounNamesNoPlace() throws Exception {
        EventRecord camp = only("Bei einem Luftangriff auf ein improvisiertes Flüchtlingslager sind am Mittwoch über 80"
                + " Menschen gestorben.", "ASSAULT");
        assertEquals(null, placeText(camp), camp.toString());
        // a definite one refers to a place the text knows
        EventRecord court = only("Vor dem Gerichtsgebäude kam es unterdessen wieder zu Auseinandersetzungen zwischen der"
                + " Polizei und Anhängern der oppositionellen Politikerin.", "ASSAULT");
        assertEquals("Gerichtsgebäude", placeText(court), court.toString());
    }

    @Test
    void nounTheVerbIsAgainstOrAboutTakesNoPlaceFromIt() throws Exception {
        EventRecord trial = only("Der Produzent Phil Spector muss sich wegen Mordes vor einem Gericht in der kalifornischen"
                + " Stadt Los Angeles verantworten.", "ASSAULT");
        assertEquals(null, placeText(trial), trial.toString());
        // a noun in the verb's scene keeps it
        for (EventRecord killed : events("Bei Kämpfen wurden in Kairo drei Menschen erschossen.", "ASSAULT")) {
            assertEquals("Kairo", placeText(killed), killed.toString()); // the fighting and the shooting
        }
    }
}

package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.time.PublicationDate;

/** German event locations and roles of session 30, each with a sentence the rule must leave alone. */
class GermanEventSession30Test {
    private static final Analyzer ANALYZER = new Analyzer();

    private static List<EventRecord> events(String sentence, String type) throws Exception {
        return ANALYZER.analyze(new Document("t", sentence, "de", PublicationDate.parse("2010-01-01").orElseThrow(),
                null, null, "t")).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static EventRecord only(String sentence, String type) throws Exception {
        List<EventRecord> es = events(sentence, type);
        assertEquals(1, es.size(), sentence + " -> " + es);
        return es.get(0);
    }

    private static String placeText(EventRecord e) {
        return e.location() == null ? null : e.location().text();
    }

    @Test
    void genitiveNameIsAPlaceOnlyBelowAPlaceNounOrAPart() throws Exception {
        // "die Regierung Malis" names an actor: the meeting's place is not Mali
        EventRecord meeting = only("Bei einem Treffen der Regierung Malis wurde der Plan abgelehnt.", "CONSULT");
        assertEquals(null, placeText(meeting), meeting.toString());
        EventRecord centre = only("Soldaten griffen im Zentrum Kabuls eine Kaserne an.", "ASSAULT");
        assertEquals("Kabuls", placeText(centre), centre.toString());
        EventRecord capital = only("Soldaten griffen in der Hauptstadt von Mali eine Kaserne an.", "ASSAULT");
        assertEquals("Mali", placeText(capital), capital.toString());
        // a place phrase below the owner still counts (the parse hangs "in Korat" on Interpol)
        EventRecord caught = only("Der Verdächtige wurde nach Angaben von Interpol in Korat im Nordosten Thailands gefasst.",
                "COERCE");
        assertEquals("Korat", placeText(caught), caught.toString());
    }

    @Test
    void statementTakesNoPlaceFromWhatItIsAbout() throws Exception {
        EventRecord request = only("Die Studenten forderten damals die Machthaber in China zu einer Umkehr zur Demokratie auf.",
                "REQUEST");
        assertEquals(null, placeText(request), request.toString());
        EventRecord own = only("Die Opposition in Griechenland warf Tsipras vor, sich hinter dem Volk zu verstecken.",
                "ACCUSE");
        assertEquals("Griechenland", placeText(own), own.toString());
        // a search happens where its object is
        EventRecord search = only("Rund 280 Polizeibeamte durchsuchten in der Nacht zum Sonntag eine Discothek in Wiesloch.",
                "ACCUSE");
        assertEquals("Wiesloch", placeText(search), search.toString());
    }

    @Test
    void noPlaceThroughAnotherEventNoun() throws Exception {
        // the attack was in Kabul; the criticism was not
        String s = "Die Regierung kritisierte scharf den Anschlag auf eine Moschee in Kabul.";
        EventRecord accuse = only(s, "ACCUSE");
        assertEquals(null, placeText(accuse), accuse.toString());
        EventRecord attack = only(s, "ASSAULT");
        assertEquals("Kabul", placeText(attack), attack.toString());
    }

    @Test
    void videoMessageIsNoPlace() throws Exception {
        EventRecord request = only("Merkel hat am Samstag in ihrer wöchentlichen Videobotschaft die Autohersteller zu"
                + " mehr Klimaschutz aufgefordert.", "REQUEST");
        assertEquals(null, placeText(request), request.toString());
        EventRecord building = only("Hunderte Osttimoresen hatten vor einem Regierungsgebäude in der Innenstadt"
                + " demonstriert.", "PROTEST");
        assertEquals("Regierungsgebäude", placeText(building), building.toString());
    }

    @Test
    void impendingDrohenIsNoThreat() throws Exception {
        assertTrue(events("Merkel droht die Mehrheit zu verlieren.", "THREATEN").isEmpty());
        assertTrue(events("Was Griechenland droht, ist ungewiss.", "THREATEN").isEmpty());
        assertTrue(events("Russland drohen weitere Sanktionen.", "THREATEN").isEmpty());
        EventRecord threat = only("Die Türkei drohte, die Grenzen zu öffnen.", "THREATEN");
        assertEquals(List.of("TUR"), threat.source(), threat.toString());
        assertEquals(1, events("Die Türkei droht Kurden.", "THREATEN").size());
    }

    @Test
    void durchPhraseBesideAGenitiveRejects() throws Exception {
        EventRecord by = only("Die Ablehnung Israels durch die Palästinenser stieß auf Kritik.", "REJECT");
        assertEquals(List.of("group:CVL:palastinenser"), by.source(), by.toString());
        EventRecord own = only("Seine Ablehnung der Regierung stieß auf Kritik.", "REJECT");
        assertEquals(List.of(), own.source(), own.toString());
        EventRecord plain = only("Die Ablehnung Israels stieß auf Kritik.", "REJECT");
        assertEquals(List.of("ISR"), plain.source(), plain.toString());
    }
}

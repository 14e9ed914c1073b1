package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.time.PublicationDate;

/** German event locations of session 32: place phrases the parse hung on another word, each with a sentence to leave alone. */
class GermanEventSession32Test {
    private static final Analyzer ANALYZER = new Analyzer();

    private static List<EventRecord> events(String sentence, String type) throws Exception {
        return ANALYZER.analyze(new Document("t", sentence, "de", PublicationDate.parse("2010-01-01").orElseThrow(),
                null, null, "t")).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static String placeOf(String sentence, String type, String trigger) throws Exception {
        for (EventRecord e : events(sentence, type)) {
            if (e.trigger().text().equals(trigger)) {
                return e.location() == null ? null : e.location().text();
            }
        }
        throw new AssertionError("no " + type + " at " + trigger + " in " + events(sentence, type));
    }

    @Test
    void placePhraseTheParseHungElsewhere() throws Exception {
        // parsed with "machte … reden" as the attack's verb
        assertEquals("Jakarta", placeOf("Zuletzt machte die JI im Juli 2009 von sich reden: Bei einem Selbstmordattentat"
                + " auf zwei Luxushotels in Jakarta wurden sieben Menschen getötet.", "ASSAULT", "getötet"));
        // the attacks parsed as a conjunct of "sein"
        assertEquals("Nairobi", placeOf("Zuvor schon nahmen kenianische Polizeikräfte zwei Iraner fest, die unter Verdacht"
                + " stehen, Mitglieder einer Terrorzelle zu sein und Anschläge in Nairobi und Mombasa geplant zu haben.",
                "ASSAULT", "Anschläge"));
        // "in Rom" parsed below the date
        assertEquals("Rom", placeOf("Der prominente Kirchen- und Vatikankritiker Hans Küng hat Papst Benedikt XVI. am"
                + " letzten Samstag in Rom überraschend einen privaten Besuch abgestattet.", "CONSULT", "abgestattet"));
    }

    @Test
    void noPlaceOfAnotherClauseWordOrVerbalEvent() throws Exception {
        // a birthplace in a participle attribute
        assertEquals(null, placeOf("Der in Brüssel geborene Hauptverdächtige Salah Abdeslam wird weiter gesucht.",
                "ACCUSE", "gesucht"));
        // the next coordinated clause's place
        assertEquals(null, placeOf("Der Kabarettist war 1938 deportiert worden und verstarb 1941 in Dachau.",
                "COERCE", "deportiert"));
        // a verbal event: what it is about lies elsewhere
        assertEquals(null, placeOf("Brüssel – Die EU-Fischereiminister haben sich auf Fangquoten für wichtige Fischarten"
                + " im Atlantik und in der Nordsee im kommenden Jahr geeinigt.", "AGREE", "geeinigt"));
    }
}

package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.actors.GermanActors.actors;
import static org.lagebild.actors.GermanActors.holding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/**
 * A compound whose last part names what someone made known ("Angaben", "Kreisen", "Informationen") refers to the actor
 * its first part names, so "nach Armeeangaben" has a speaker with an actor (sentences after 10kGNAD articles).
 */
class SourceCompoundTest {

    @Test
    void aGroupNounBeforeTheSourceIsThatGroupAsItsDefiniteFormWouldBe() {
        List<ActorRecord> as = actors("In Hebron erschossen israelische Soldaten nach Armeeangaben eine Palästinenserin.");
        assertEquals("ISR-MIL", holding(as, "Armeeangaben").id());
        assertEquals("COP", holding(actors("Laut Polizeiangaben kamen etwa 600 Teilnehmer."), "Polizeiangaben").sector());
        // a linking "s": the government, not a group called "Regierungs"
        ActorRecord gov = holding(actors("Die russische Regierung schwieg. Regierungskreisen zufolge ist das Treffen abgesagt."),
                "Regierungskreisen");
        assertEquals("RUS-GOV", gov.id());
    }

    @Test
    void aRegistryNameBeforeTheSourceIsThatActor() {
        assertEquals("UN", holding(actors("Nach UN-Schätzungen sind bis zu 40.000 Zivilisten ums Leben gekommen."),
                "UN-Schätzungen").id());
    }

    @Test
    void aReportNamesWhoReported() {
        assertEquals("JRN", holding(actors("Medienberichten zufolge nahmen Kämpfer den Stützpunkt unter Feuer."),
                "Medienberichten").sector());
        assertEquals("UN", holding(actors("Im Bürgerkrieg wurden laut einem UN-Bericht Kriegsverbrechen begangen."),
                "UN-Bericht").id());
        // a report whose first part names no actor ("Jahresbericht") has none
        assertTrue(actors("Laut dem Jahresbericht stiegen die Zahlen.").stream().flatMap(a -> a.mentions().stream())
                .noneMatch(m -> m.text().equals("Jahresbericht")));
    }

    @Test
    void aFirstPartThatNamesNoActorGivesNone() {
        List<ActorRecord> as = actors("In vielen Wahlkreisen lag die Partei nach Expertenschätzungen vorn.");
        assertTrue(as.stream().flatMap(a -> a.mentions().stream())
                .noneMatch(m -> m.text().equals("Wahlkreisen") || m.text().equals("Expertenschätzungen")), as.toString());
    }
}

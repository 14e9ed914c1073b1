package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/** Session 32: a singular "sie" refers to a feminine body when no woman is near; plural subjects of a copula. */
class FeminineBodyPronounTest {

    @Test
    void sieIsThePoliceWhenNoWomanIsNear() {
        List<ActorRecord> as = GermanActors.actors("Alles ruhig, vermeldet die Polizei am Freitag in Garmisch. Ihr "
                + "gelang schon jede Menge Beifang. Sie stellte bei Kontrollen rund 6600 Verstöße fest.");
        assertTrue(GermanActors.holding(as, "Polizei").mentions().stream().anyMatch(m -> m.text().equals("Sie")),
                as.toString());
    }

    @Test
    void sieIsTheWomanNotThePolice() {
        List<ActorRecord> as = GermanActors.actors("Eine 25-jährige Frau soll ihren Sohn getötet haben. Die Frau sei "
                + "am Dienstag aufgegriffen worden, teilte die Polizei am Mittwoch mit. Bei ihrer Einvernahme gestand "
                + "sie laut Polizei die Tat.");
        assertTrue(GermanActors.holding(as, "Polizei").mentions().stream().noneMatch(m -> m.text().equals("sie")),
                as.toString());
    }

    @Test
    void sieIsAPartyTheArticleCallsDie() {
        List<ActorRecord> as = GermanActors.actors("Die HDP bestreitet entschieden eine Nähe zur PKK. Die HDP wirft der "
                + "Staatsführung um Präsident Recep Tayyip Erdogan schmutzige Propaganda vor. Sie bezichtigt die "
                + "regierende AKP zudem, die Krise provoziert zu haben.");
        assertEquals(GermanActors.holding(as, "HDP").id(), GermanActors.holding(as, "Sie").id());
    }

    @Test
    void aPluralSubjectOfACopulaIsFoundByItsVerb() {
        List<ActorRecord> as = GermanActors.actors("Ermittler waren in einer Halle im Gewerbepark Traiskirchen an der "
                + "Arbeit. Sie kamen zum Ergebnis, dass eine Zündquelle schuld war.");
        assertTrue(GermanActors.holding(as, "Ermittler").mentions().stream().anyMatch(m -> m.text().equals("Sie")),
                as.toString());
    }

    @Test
    void aFormalSieInAnInterviewIsNoBody() {
        List<ActorRecord> as = GermanActors.actors("Wenn die SPÖ jetzt glaubt, schielen zu können, wird sie Schiffbruch "
                + "erleiden. STANDARD: Soll die SPÖ eine Wahlempfehlung abgeben und wen werden Sie im zweiten Wahlgang "
                + "wählen?");
        assertTrue(GermanActors.holding(as, "SPÖ").mentions().stream().noneMatch(m -> m.text().equals("Sie")),
                as.toString());
    }
}

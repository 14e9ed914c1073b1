package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.actors.GermanActors.actors;
import static org.lagebild.actors.GermanActors.holding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/**
 * Role nouns that describe someone ("Vertreter") and compounds of a role with any first part
 * ("Gerichtssprecherin", "Militärvertreter"): persons of the article, groups in the plural, and the
 * organisation or government a plural role's genitive names.
 */
class DescribingRoleTest {

    @Test
    void aCompoundOfSpokespersonOrRepresentativeWithAnyFirstPartIsAPerson() {
        ActorRecord court = holding(actors("Eine Gerichtssprecherin bestätigte den Eingang der Klage."), "Gerichtssprecherin");
        assertEquals("PERSON", court.type());
        assertTrue(court.roles().stream().anyMatch(r -> r.key().equals("spokesperson") && r.title().equals("Gerichtssprecherin")),
                court.roles().toString());
        ActorRecord officer = holding(actors("Ein anderer malischer Militärvertreter sagte, die Soldaten hätten Waffen gefunden."),
                "malischer Militärvertreter");
        assertEquals("MLI", officer.country());
        // first parts that make another word: a loudspeaker, a deputy
        assertTrue(actors("Ein Lautsprecher fiel während der Rede aus.").stream().noneMatch(a -> a.type().equals("PERSON")));
    }

    @Test
    void aRepresentativeIsSomeoneNewNotWhoeverWasCalledSoBefore() {
        List<ActorRecord> as = actors("Ein US-Vertreter sagte, Xi wolle ein System ankündigen. Davon abgesehen erwartete "
                + "ein anderer US-Regierungsvertreter kaum Ankündigungen.");
        ActorRecord first = holding(as, "US-Vertreter");
        ActorRecord other = holding(as, "US-Regierungsvertreter");
        assertEquals("USA", first.country());
        assertEquals("USA", other.country());
        assertNotEquals(first.id(), other.id());
    }

    @Test
    void aBarePluralIsAGroupAndAPluralRolesGenitiveItsOwner() {
        assertEquals("GROUP", holding(actors("Wirtschaftsvertreter fordern deshalb Lohnsubventionen."), "Wirtschaftsvertreter").type());
        assertEquals("USA-GOV", holding(actors("Vertreter der US-Regierung hatten erklärt, die Lage sei ernst."), "Vertreter").id());
        assertEquals("IRN-GOV", holding(actors("Lawrow informierte auch die Außenminister des Irans über das Treffen."),
                "Außenminister").id());
        ActorRecord farc = holding(actors("Kerry traf am Montag in Havanna die Vertreter der FARC."), "Vertreter");
        assertTrue(farc.mentions().stream().anyMatch(m -> m.text().equals("FARC")), farc.toString());
        // a singular office title without an article is no plural ("Kanzler fordert …" in a headline)
        assertEquals("PERSON", holding(actors("Kanzler fordert einheitliche Standards."), "Kanzler").type());
    }

    @Test
    void aPredicativeOrAppositiveTitleIsNoOneOfItsOwn() {
        // (the 10kGNAD sentence: the shorter "Jamie arbeitet als Pharmavertreter bei Pfizer." made no person before either)
        List<ActorRecord> film = actors("Jamie (Jake Gyllenhaal) arbeitet als Pharmavertreter bei Pfizer, wo der Womanizer "
                + "seinen Charme besonders gut einsetzen kann. Dann trifft er auf Maggie (Anne Hathaway), die ihn eiskalt "
                + "abblitzen lässt.");
        assertTrue(film.stream().noneMatch(a -> a.id().startsWith("person:pharmavertreter")), film.toString());
        assertEquals("person:jamie", holding(film, "er").id());
        assertTrue(actors("Michael Pock, Vorsitzender des Ausschusses und Gleichbehandlungssprecher der Neos, erläuterte das.")
                .stream().noneMatch(a -> a.id().startsWith("group:gleichbehandlungssprecher")));
    }

    @Test
    void aWeakNounsDativeOrGenitiveSingularIsNoPlural() {
        // "Präsidenten" is also the plural: after "dem"/"des" it is one person, and a name after it is that person
        List<ActorRecord> as = actors("Xi Jinping traf sich am Montag mit dem türkischen Präsidenten Recep Tayyip Erdogan.");
        assertEquals("person:recep-tayyip-erdogan", holding(as, "türkischen Präsidenten Recep Tayyip Erdogan").id());
        assertTrue(as.stream().noneMatch(a -> a.type().equals("GROUP")), as.toString());
        assertEquals("GROUP", holding(actors("Die Präsidenten der beiden Länder trafen sich in Genf."), "Präsidenten").type());
    }

    @Test
    void aRoleWhoseAppositionNamesThePersonIsThatPerson() {
        List<ActorRecord> as = actors("Der Vertreter der EU im Menschenrechtsrat, der dänische Diplomat Peter Sörensen, "
                + "sagte, die Lage sei ernst.");
        assertTrue(as.stream().noneMatch(a -> a.id().startsWith("person:vertreter")), as.toString());
        assertTrue(as.stream().anyMatch(a -> a.id().startsWith("person:peter-s")), as.toString());
    }
}

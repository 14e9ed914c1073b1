package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.lagebild.actors.GermanActors.actors;
import static org.lagebild.actors.GermanActors.holding;

import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/**
 * Newspapers and broadcasters the registry lists are media actors with a code and a home country, so "laut Guardian"
 * and "berichtete die Washington Post" have a speaker with an actor (sentences after 10kGNAD articles).
 */
class MediaOutletTest {

    @Test
    void aListedOutletIsAMediaActorOfItsCountry() {
        ActorRecord g = holding(actors("Mit der Belohnung will er sich nun laut Guardian ein neues Fahrrad leisten."), "Guardian");
        assertEquals("GUARDIAN", g.id());
        assertEquals("GBR", g.country());
        assertEquals("JRN", g.sector());
        assertEquals("WASHINGTON_POST", holding(actors("Das sei ein Fehler, berichtet die Washington Post."), "Washington Post").id());
    }

    @Test
    void aTitleThatIsACommonNounIsNoOutlet() {
        // "Tageszeitung" is what the paper is, not the taz; "Bild" is a picture
        ActorRecord p = holding(actors("Das berichtete die Tageszeitung Politika am Montag."), "Politika");
        assertNotEquals("TAZ", p.id());
        assertEquals(0, actors("Das Bild zeigt den Minister in Brüssel.").stream()
                .filter(a -> a.id().equals("BILD")).count());
    }
}

package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.actors.GermanActors.actors;
import static org.lagebild.actors.GermanActors.holding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/**
 * "die Zeitung" refers back to the newspaper named before it (descriptors.tsv, scope named-before), and only that: not
 * forward, not as "Zeitungen", not when an attribute or a name makes it another paper (sentences after 10kGNAD articles).
 */
class NewspaperReferenceTest {

    @Test
    void theNewspaperIsTheOneNamedBefore() {
        List<ActorRecord> as = actors("Der Guardian berichtete am Dienstag über die Firma. "
                + "In 30 Jahren hat die Firma keine Steuern gezahlt, schrieb die Zeitung.");
        assertEquals("GUARDIAN", holding(as, "Zeitung").id());
    }

    @Test
    void notForwardNotPluralNotAnotherPaper() {
        List<ActorRecord> forward = actors("Die Zeitung schrieb am Montag über den Fall. Der Guardian berichtete ebenfalls.");
        assertTrue(forward.stream().noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals("Zeitung"))),
                forward.toString());
        List<ActorRecord> other = actors("Der Guardian berichtete am Dienstag. Das sagte er der spanischen Zeitung El Mundo. "
                + "Die Enthüllungen standen in allen britischen Zeitungen.");
        assertTrue(other.stream().noneMatch(a -> a.id().equals("GUARDIAN") && a.mentions().stream()
                .anyMatch(m -> m.text().startsWith("Zeitung"))), other.toString());
    }
}

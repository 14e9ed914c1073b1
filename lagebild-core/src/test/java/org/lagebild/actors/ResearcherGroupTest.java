package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.actors.GermanActors.actors;
import static org.lagebild.actors.GermanActors.holding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/**
 * Researchers and scholars are a group of the education sector (sector-nouns.tsv, after Phoenix's agents: academics,
 * scholars, economists, historians), so a science report's speakers ("laut den Wissenschaftern", "die Studienautoren")
 * have an actor (sentences after 10kGNAD articles).
 */
class ResearcherGroupTest {

    @Test
    void researchersAreAnEducationGroup() {
        assertEquals("EDU", holding(actors("Laut den Wissenschaftern steigt der Meeresspiegel schneller als erwartet."),
                "Wissenschaftern").sector());
        assertEquals("EDU", holding(actors("Die Studienautoren warnen vor den Folgen des Klimawandels."),
                "Studienautoren").sector());
        assertEquals("EDU", holding(actors("Die Forscher haben 200 Proben aus dem Eis untersucht."), "Forscher").sector());
    }

    @Test
    void aResearcherWithANameIsThatPerson() {
        assertEquals("PERSON", holding(actors("Der Forscher Hans Müller sagte, man habe nicht damit gerechnet."),
                "Forscher Hans Müller").type());
        // a title before a name makes no group beside the person
        List<ActorRecord> sora = actors("Das lässt sich laut Sora-Forscher Christoph Hofinger mit Sicherheit sagen.");
        assertEquals("PERSON", holding(sora, "Christoph Hofinger").type());
        assertTrue(sora.stream().noneMatch(a -> "EDU".equals(a.sector())), sora.toString());
    }

    @Test
    void aSingularArticleMakesOneResearcherNotTheGroup() {
        // "der Wissenschafter" is one person, the one named before, as "der Ökonom" would be
        ActorRecord hunt = holding(actors("Der Nobelpreisträger Tim Hunt ist zurückgetreten. Frauen verlieben sich im Labor, "
                + "so der Wissenschafter."), "Wissenschafter");
        assertEquals("PERSON", hunt.type());
        for (String one : List.of("Einem US-Sicherheitsforscher ist es gelungen, die Puppe zu hacken.",
                "Ein britischer Forscher hat die Daten ausgewertet.")) {
            List<ActorRecord> as = actors(one);
            assertTrue(as.stream().noneMatch(a -> "EDU".equals(a.sector())), as.toString());
        }
        // the plural with a country: British researchers
        assertEquals("GBR-EDU", holding(actors("Das berichten britische Forscher in der Fachzeitschrift Current Biology."),
                "britische Forscher").id());
    }
}

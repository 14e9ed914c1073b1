package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/** A capital at the start of a longer name ("Wien Energie", "die Washington Post") is no government (parses German). */
class CapitalInNameTest {

    private static List<String> ids(String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        return new ActorResolver(doc).resolve().records().stream().map(ActorRecord::id).toList();
    }

    @Test
    void capitalBeginningANameIsNoGovernment() {
        assertFalse(ids("Das sei ein Fehler für die Politik, urteilte die Washington Post.").contains("USA-GOV"));
        assertFalse(ids("Das sagte der Vorsitzende der Geschäftsführung von Wien Energie, Thomas Irschik.")
                .contains("AUT-GOV"));
    }

    @Test
    void capitalAsSubjectOrPossessorStaysTheGovernment() {
        assertTrue(ids("Ende Juni muss Athen IWF-Kredite zurückzahlen.").contains("GRC-GOV"));
        assertTrue(ids("Moskaus Unterstützung für die Armee helfe der Regierung, meinte Lawrow.").contains("RUS-GOV"));
        assertTrue(ids("Washington kritisierte die Entscheidung scharf.").contains("USA-GOV"));
    }
}

package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/** Capitals of the subject-only kind (metonyms.tsv column 8) name their government only as an active subject (parses English). */
class CapitalMetonymTest {

    private static List<String> ids(String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("en").annotate(text, text));
        return new ActorResolver(doc).resolve().records().stream().map(ActorRecord::id).toList();
    }

    @Test
    void capitalAsSubjectIsItsGovernment() {
        assertTrue(ids("Rabat announced a suspension of air links with Algeria.").contains("MAR-GOV"));
        assertTrue(ids("Nairobi and Mogadishu signed a security pact on Monday.").containsAll(List.of("KEN-GOV", "SOM-GOV")));
    }

    @Test
    void capitalElsewhereIsNoActor() {
        assertEquals(List.of(), ids("Students at the University of Nairobi protested on Monday.").stream()
                .filter(id -> id.startsWith("KEN")).toList());
        assertTrue(ids("Fighting broke out north of Mogadishu after the Doha agreement.").stream()
                .noneMatch(id -> id.startsWith("SOM") || id.startsWith("QAT")));
        assertTrue(ids("Mogadishu was hit by two car bombs.").stream().noneMatch(id -> id.startsWith("SOM")));
    }
}

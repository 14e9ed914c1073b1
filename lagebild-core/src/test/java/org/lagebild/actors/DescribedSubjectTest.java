package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/** An indefinite occupation noun as the subject is a person of the article ("sagte ein malischer Offizier"). */
class DescribedSubjectTest {

    private static List<ActorRecord> actors(String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        return new ActorResolver(doc).resolve().records();
    }

    @Test
    void indefiniteOccupationSubjectIsAPerson() {
        List<ActorRecord> as = actors("Bei Einsätzen seien 15 Jihadisten festgenommen worden, sagte ein malischer Offizier "
                + "am Dienstag der Nachrichtenagentur AFP.");
        ActorRecord officer = as.stream().filter(a -> a.id().startsWith("person:malischer-offizier~")).findFirst()
                .orElseThrow(() -> new AssertionError(as.toString()));
        assertEquals("MLI", officer.country());
        assertEquals("m", officer.gender());
    }

    @Test
    void objectsAndNobodyInParticularAreNoPerson() {
        assertTrue(actors("Die Zeitung sprach mit einem Experten über die Lage.").stream()
                .noneMatch(a -> a.id().startsWith("person:experte")));
        assertTrue(actors("Kaum ein Politiker kann das überzeugend vertreten.").stream()
                .noneMatch(a -> a.id().startsWith("person:politiker")));
    }
}

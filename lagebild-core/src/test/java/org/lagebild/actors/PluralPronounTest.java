package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/** A plural "sie" as the subject is the group that was the subject of a plural verb just before. */
class PluralPronounTest {

    private static List<ActorRecord> actors(String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        return new ActorResolver(doc).resolve().records();
    }

    private static boolean mentioned(List<ActorRecord> as, String idPart, String mention) {
        return as.stream().filter(a -> a.id().contains(idPart))
                .anyMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals(mention)));
    }

    @Test
    void pluralSubjectPronounIsTheGroupBefore() {
        List<ActorRecord> as = actors("Die Rebellen sehen in den Wahlen ein Nachgeben gegenüber der Regierung. "
                + "Sie fordern ein hartes Vorgehen.");
        assertTrue(mentioned(as, "rebellen", "Sie"), as.toString());
        List<ActorRecord> us = actors("Die USA haben bisher keinen Hinweis, dass die Diplomaten getötet worden sind. "
                + "Sie würden aber alle Informationen teilen.");
        assertTrue(mentioned(us, "USA", "Sie"), us.toString()); // the main clause's subject, not the reported one
    }

    @Test
    void notAFormalAddressNorSomeonesOwnWordsNorANounThatNamesNoActor() {
        List<ActorRecord> interview = actors("Wann treten Sie zurück? Die Rebellen sehen darin ein Nachgeben. "
                + "Sie fordern ein hartes Vorgehen.");
        assertTrue(interview.stream().noneMatch(a -> mentioned(List.of(a), "", "Sie")), interview.toString());
        List<ActorRecord> own = actors("Die Polizisten kamen am Abend. Als ich nach Hause ging, haben sie mich festgenommen.");
        assertTrue(own.stream().noneMatch(a -> mentioned(List.of(a), "", "sie")), own.toString());
        List<ActorRecord> noun = actors("Die Rebellen rücken vor. Die Bewohner der Stadt fliehen, weil sie Angst haben.");
        assertTrue(noun.stream().noneMatch(a -> mentioned(List.of(a), "rebellen", "sie")), noun.toString());
    }
}

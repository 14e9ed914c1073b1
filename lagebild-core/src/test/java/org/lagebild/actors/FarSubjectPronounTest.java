package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/**
 * A subject pronoun three sentences after the person who spoke, with only that person's own sentences in between
 * (news text without quotation marks), is that person; not when someone else is mentioned in between.
 */
class FarSubjectPronounTest {

    private static List<String> mentionsOf(String id, String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        for (ActorRecord a : new ActorResolver(doc).resolve().records()) {
            if (a.id().equals(id)) {
                return a.mentions().stream().map(m -> m.text() + "@" + m.start()).toList();
            }
        }
        throw new AssertionError("no actor " + id);
    }

    private static final String SPEECH = "Parteichef Karl Berger zog am Montag Bilanz. "
            + "Vizekanzler Karl Berger konstatierte zufrieden: Sämtliche Daten zeigen einen positiven Trend. "
            + "Allen Unkenrufen zum Trotz ist das System finanzierbar und stabil. "
            + "Die Reformen zeigten Wirkung. ";

    @Test
    void subjectPronounAfterTheSpeakersOwnSentences() {
        String text = SPEECH + "Raum für Korrekturen sieht er aber noch.";
        List<String> ms = mentionsOf("person:karl-berger", text);
        assertTrue(ms.contains("er@" + (text.indexOf(" er ") + 1)), ms.toString());
    }

    @Test
    void notWhenSomeoneElseIsMentionedInBetween() {
        String text = SPEECH.replace("Die Reformen", "Die Opposition") + "Raum für Korrekturen sieht er aber noch.";
        List<String> ms = mentionsOf("person:karl-berger", text);
        assertFalse(ms.stream().anyMatch(m -> m.startsWith("er@")), ms.toString());
    }
}

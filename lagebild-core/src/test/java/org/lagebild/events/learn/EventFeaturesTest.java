package org.lagebild.events.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.EventRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;

class EventFeaturesTest {
    /** "Protesters burned the flag ." parsed by hand. */
    private static AnnotatedDocument doc() {
        String text = "Protesters burned the flag .";
        List<Token> tokens = List.of(
                new Token(0, 0, 0, 10, "Protesters", "NOUN", "O", 1, "nsubj", "protester"),
                new Token(1, 0, 11, 17, "burned", "VERB", "O", -1, "root", "burn"),
                new Token(2, 0, 18, 21, "the", "DET", "O", 3, "det", "the"),
                new Token(3, 0, 22, 26, "flag", "NOUN", "O", 1, "obj", "flag"),
                new Token(4, 0, 27, 28, ".", "PUNCT", "O", 1, "punct", "."));
        return new AnnotatedDocument(text, "en", tokens, List.of(new Sentence(0, 0, 28, 0, 5)));
    }

    @Test
    void lexicalSyntacticAndRuleFeatures() {
        AnnotatedDocument d = doc();
        List<String> none = EventFeatures.of(d, d.sentences().get(0), List.of());
        assertTrue(none.containsAll(List.of("w=protester", "w=burn", "w=flag", "b=<s>_protester", "b=burn_flag",
                "root=burn", "rootobj=burn>flag", "main=none")), none.toString());
        assertTrue(none.stream().noneMatch(f -> f.contains("the") || f.contains(".")), "determiners and punctuation skipped");

        EventRecord e = new EventRecord("e1", "PROTEST", null, List.of(), "material conflict", null, "14",
                List.of("X"), List.of(), false, false, false, false, null, null, null,
                new EventRecord.Trigger(11, 17, "burned", "burn"), null, List.of(), List.of());
        List<String> with = EventFeatures.of(d, d.sentences().get(0), List.of(e));
        assertTrue(with.containsAll(List.of("main=PROTEST", "mainc=4", "maintrig=burn", "rule=PROTEST",
                "mainsrc=true/tgt=false")), with.toString());
    }

    @Test
    void lexiconHitsCarryTypeClassAndPosition() {
        String text = "Rebels attacked .";
        List<Token> tokens = List.of(
                new Token(0, 0, 0, 6, "Rebels", "NOUN", "O", 1, "nsubj", "rebel"),
                new Token(1, 0, 7, 15, "attacked", "VERB", "O", -1, "root", "attack"),
                new Token(2, 0, 16, 17, ".", "PUNCT", "O", 1, "punct", "."));
        AnnotatedDocument d = new AnnotatedDocument(text, "en", tokens, List.of(new Sentence(0, 0, 17, 0, 3)));
        List<String> f = EventFeatures.of(d, d.sentences().get(0), List.of());
        assertTrue(f.containsAll(List.of("lex=ASSAULT", "lexc=4", "lexrel=ASSAULT/root")), f.toString());
    }
}

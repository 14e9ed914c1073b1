package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** German sentences the tokenizer split after an ordinal ("am 11. | und 12. Juli") come back whole. */
class OrdinalSentenceJoinTest {
    private static List<String> sentences(String text) {
        AnnotatedDocument d = NlpPipeline.forLanguage("de").annotate(text, text, doc -> new java.util.BitSet());
        List<String> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void dateOrdinalAndRegnalNumberBeforeALowercaseWordStayInTheSentence() {
        assertEquals(List.of("Die Proteste fanden am 11. und 12. Juli in Hongkong statt.", "Die Polizei nahm 20 Menschen fest."),
                sentences("Die Proteste fanden am 11. und 12. Juli in Hongkong statt. Die Polizei nahm 20 Menschen fest."));
        assertEquals(List.of("Papst Benedikt XVI. reiste nach Polen.", "Dort traf er den Präsidenten."),
                sentences("Papst Benedikt XVI. reiste nach Polen. Dort traf er den Präsidenten."));
        AnnotatedDocument d = NlpPipeline.forLanguage("de").annotate("Sie kamen am 11. und 12. Juli.", "Sie kamen am 11. und 12. Juli.",
                doc -> new java.util.BitSet());
        // the number and its period are one token, as the tokenizer makes "12."
        assertEquals(List.of("Sie", "kamen", "an", "dem", "11.", "und", "12.", "Juli", "."),
                d.tokens().stream().map(Token::text).toList());
    }

    @Test
    void aNumberEndingASentenceBeforeACapitalStaysASentenceEnd() {
        assertEquals(List.of("Die Zahl der Toten stieg auf 11.", "Nach Angaben der Polizei gab es viele Verletzte."),
                sentences("Die Zahl der Toten stieg auf 11. Nach Angaben der Polizei gab es viele Verletzte."));
        assertEquals(List.of("Er kam 2014.", "und", "dann?"), sentences("Er kam 2014.\n\nund\n\ndann?"));
    }
}

package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedAsSelectedTest {
    /** Sentence i has {@code sizes[i]} tokens ("w"); those in {@code parsed} have a root and heads. */
    private static AnnotatedDocument doc(int[] sizes, BitSet parsed) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sizes.length; s++) {
            int first = tokens.size();
            int start = text.length();
            for (int i = 0; i < sizes[s]; i++) {
                int at = text.length();
                text.append("w ");
                boolean p = parsed.get(s);
                tokens.add(new Token(tokens.size(), s, at, at + 1, "w", "NOUN", null,
                        p && i > 0 ? first : -1, !p ? "dep" : i == 0 ? "root" : "nmod", p ? "w" : null));
            }
            sentences.add(new Sentence(s, start, text.length() - 1, first, tokens.size()));
        }
        return new AnnotatedDocument(text.toString(), "de", tokens, sentences);
    }

    private static BitSet bits(int... on) {
        BitSet b = new BitSet();
        for (int i : on) {
            b.set(i);
        }
        return b;
    }

    @Test
    void acceptsOnlyExactlyTheSelectedSentencesParsed() {
        AnnotatedDocument d = doc(new int[] {3, 2, 4}, bits(0, 2));
        assertTrue(NlpPipeline.parsedAsSelected(d, u -> bits(0, 2)));
        assertFalse(NlpPipeline.parsedAsSelected(d, u -> bits(0, 1, 2)), "a newly selected sentence lacks a parse");
        assertFalse(NlpPipeline.parsedAsSelected(d, u -> bits(0)), "a sentence no longer selected is parsed");
        assertFalse(NlpPipeline.parsedAsSelected(d, null), "without a selector every sentence is parsed");
        assertTrue(NlpPipeline.parsedAsSelected(doc(new int[] {3, 2}, bits(0, 1)), null));
    }

    @Test
    void selectorSeesTheDocumentUnparsed() {
        AnnotatedDocument d = doc(new int[] {3, 2}, bits(0));
        assertTrue(NlpPipeline.parsedAsSelected(d, u -> {
            for (Token t : u.tokens()) {
                assertEquals(-1, t.head());
                assertEquals("dep", t.deprel());
                assertEquals(null, t.lemma());
            }
            return bits(0);
        }));
    }

    @Test
    void overlongSentencesAreNeverParsed() {
        AnnotatedDocument d = doc(new int[] {2, NlpPipeline.MAX_PARSE_TOKENS + 1}, bits(0));
        assertTrue(NlpPipeline.parsedAsSelected(d, u -> bits(0, 1)));
    }
}

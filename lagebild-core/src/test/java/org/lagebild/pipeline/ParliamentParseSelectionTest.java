package org.lagebild.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.nlp.AnnotatedDocument;

/**
 * The parse selection the parliament predictor uses ({@link Analyzer#parsingWeakCueVerbs}) parses a
 * sentence whose only cue is a weak cue verb without "dass"/"ob"; the default analyser does not.
 */
class ParliamentParseSelectionTest {
    private static final String TEXT = "Das wissen wir alle .";
    private static final List<List<int[]>> TOKENS = List.of(List.of(
            new int[] {0, 3}, new int[] {4, 10}, new int[] {11, 14}, new int[] {15, 19}, new int[] {20, 21}));

    private static boolean parsed(AnnotatedDocument doc) {
        return doc.tokens().stream().anyMatch(t -> t.head() != -1);
    }

    @Test
    void weakCueVerbSentenceIsParsedForParliamentOnly() throws Exception {
        Document d = new Document("t", TEXT, "de", null, null, null, "t");
        Analyzer analyzer = new Analyzer();
        assertTrue(parsed(analyzer.parsingWeakCueVerbs().parseTokens(d, TOKENS)));
        assertFalse(parsed(analyzer.parseTokens(d, TOKENS)));
    }
}

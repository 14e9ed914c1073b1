package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Long texts are cut for CoreNLP at paragraph breaks, else sentence ends, else spaces; never mid-word. */
class ChunkingTest {
    @Test
    void shortTextIsOneChunk() {
        assertEquals(5, NlpPipeline.chunkEnd("Hallo", 0));
    }

    @Test
    void cutsAtParagraphBreakBeforeTheLimit() {
        String para = "Ein Satz. ".repeat(1500); // 15,000 chars
        String text = para + "\n\n" + para;
        int end = NlpPipeline.chunkEnd(text, 0);
        assertEquals(para.length() + 2, end);
        assertEquals(text.length(), NlpPipeline.chunkEnd(text, end));
    }

    @Test
    void withoutParagraphsCutsAfterASentence() {
        String text = "Ein Satz. ".repeat(5000);
        int end = NlpPipeline.chunkEnd(text, 0);
        assertTrue(end <= NlpPipeline.CHUNK && end > NlpPipeline.CHUNK / 2, "end " + end);
        assertEquals('.', text.charAt(end - 1));
    }

    @Test
    void unpunctuatedTextCutsAtASpaceAndAlwaysAdvances() {
        String text = "wort ".repeat(10000);
        int pos = 0;
        int chunks = 0;
        while (pos < text.length()) {
            int end = NlpPipeline.chunkEnd(text, pos);
            assertTrue(end > pos);
            assertTrue(end == text.length() || text.charAt(end - 1) == ' ');
            pos = end;
            chunks++;
        }
        assertTrue(chunks >= 3);
        String noSpaces = "x".repeat(50_000);
        assertEquals(NlpPipeline.CHUNK, NlpPipeline.chunkEnd(noSpaces, 0));
    }
}

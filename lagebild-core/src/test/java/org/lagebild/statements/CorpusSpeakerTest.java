package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Speakers the news corpus leaves out of its annotations. */
class CorpusSpeakerTest {

    @Test
    void impersonalManIsNoSpeaker() {
        // "Aber man betont auch, dass …": the corpus annotates the quotation without a speaker
        String text = "Aber man betont auch";
        int[] starts = {0, 5, 9, 16};
        int[] ends = {4, 8, 15, 20};
        assertTrue(CorpusPredictor.impersonal(text, starts, ends, new TreeSet<>(java.util.List.of(1))));
        assertTrue(CorpusPredictor.impersonal("Man betont", new int[] {0, 4}, new int[] {3, 10}, new TreeSet<>(java.util.List.of(0))));
        // a named speaker, or "man" within a longer span, stays
        assertFalse(CorpusPredictor.impersonal(text, starts, ends, new TreeSet<>(java.util.List.of(2))));
        assertFalse(CorpusPredictor.impersonal(text, starts, ends, new TreeSet<>(java.util.List.of(0, 1))));
        assertFalse(CorpusPredictor.impersonal(text, starts, ends, new TreeSet<>()));
    }
}

package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.lagebild.model.Evidence;
import org.lagebild.statements.learn.Event;
import org.lagebild.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class ParliamentPredictorTest {

    @Test
    void theRulesNounCuesAreLeftToTheParliamentLexiconPass() {
        // "Vielen Dank, dass Sie die Frage zulassen": the rules' noun reading would bypass the corpus's exclusions
        AnnotatedDocument doc = StatementExtractorTest.parse("Vielen/ADJ/1/amod/viel Dank/NOUN/-1/root/Dank ~,/PUNCT/7/punct/,"
                + " dass/SCONJ/7/mark/dass Sie/PRON/7/nsubj/Sie die/DET/6/det/der Frage/NOUN/7/obj/Frage"
                + " zulassen/VERB/1/ccomp/zulassen ~./PUNCT/1/punct/.");
        assertTrue(ParliamentPredictor.nounCue(doc, Evidence.of(doc.tokenSpan(1))));
        // a verb cue's statement is the parliament rules' own
        assertFalse(ParliamentPredictor.nounCue(doc, Evidence.of(doc.tokenSpan(7))));
    }

    @Test
    void aSourceTaggedInSeparateStretchesKeepsTheCuesSubject() {
        // "Ich habe Sie verstanden ." tagged Source "Ich" + "Sie": the corpus's source is the subject alone
        AnnotatedDocument doc = StatementExtractorTest.parse("Ich/PRON/3/nsubj/ich habe/AUX/3/aux/haben Sie/PRON/3/obj/Sie"
                + " verstanden/VERB/-1/root/verstehen ~./PUNCT/3/punct/.");
        Event e = new Event(ts(3), Map.of("Source", ts(0, 2), "Message", ts()), null, null);
        assertEquals(new TreeSet<>(List.of(0)), ParliamentPredictor.oneSource(doc, e).role("Source"));
        // no subject among the stretches: the one nearest to the cue
        Event far = new Event(ts(3), Map.of("Source", ts(0, 2)), null, null);
        AnnotatedDocument noSubject = StatementExtractorTest.parse("Ich/PRON/3/obj/ich habe/AUX/3/aux/haben Sie/PRON/3/obj/Sie"
                + " verstanden/VERB/-1/root/verstehen ~./PUNCT/3/punct/.");
        assertEquals(new TreeSet<>(List.of(2)), ParliamentPredictor.oneSource(noSubject, far).role("Source"));
        // one stretch (punctuation inside does not split it) stays as it is
        Event one = new Event(ts(3), Map.of("Source", ts(0, 1, 2)), null, null);
        assertEquals(one, ParliamentPredictor.oneSource(doc, one));
    }

    private static SortedSet<Integer> ts(Integer... ids) {
        return new TreeSet<>(List.of(ids));
    }
}

package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.lagebild.model.Evidence;
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
}

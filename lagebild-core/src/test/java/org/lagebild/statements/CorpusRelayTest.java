package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Evidence;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;

/** A quotation that a medium relays with "zitieren": the medium and the one quoted, each an annotation of the corpus. */
class CorpusRelayTest {

    private static StatementRecord cuedAt(AnnotatedDocument doc, int verb) {
        var t = doc.token(verb);
        Evidence part = new Evidence(t.start(), t.end(), t.text());
        return new StatementRecord("s1", null, new StatementRecord.Cue(t.start(), t.end(), t.text(), t.lemma(), List.of(part)),
                part, "direct", "speech", null, null, null, part);
    }

    @Test
    void mediumAndQuotedOneOfZitieren() {
        // Ein Fernsehsender zitierte Papandreou mit den Worten : …
        AnnotatedDocument active = StatementExtractorTest.parse("Ein/DET/1/det/ein Fernsehsender/NOUN/2/nsubj/Fernsehsender"
                + " zitierte/VERB/-1/root/zitieren Papandreou/PROPN/2/obj/Papandreou mit/ADP/6/case/mit den/DET/6/det/der"
                + " Worten/NOUN/2/obl/Wort");
        assertArrayEquals(new int[] {1, 3}, CorpusPredictor.relay(active, cuedAt(active, 2)));
        // Ratzmann wird von der Netzeitung zitiert
        AnnotatedDocument passive = StatementExtractorTest.parse("Ratzmann/PROPN/5/nsubj:pass/Ratzmann wird/AUX/5/aux:pass/werden"
                + " von/ADP/4/case/von der/DET/4/det/der Netzeitung/PROPN/5/obl:agent/Netzeitung zitiert/VERB/-1/root/zitieren");
        assertArrayEquals(new int[] {4, 0}, CorpusPredictor.relay(passive, cuedAt(passive, 5)));
    }

    @Test
    void noRelayWithoutAMediumOrWithMan() {
        // Sie wird mit den Worten zitiert  /  zitierte man Yolanda Alvarez  /  Er sagte das
        AnnotatedDocument alone = StatementExtractorTest.parse("Sie/PRON/4/nsubj:pass/sie wird/AUX/4/aux:pass/werden"
                + " mit/ADP/3/case/mit Worten/NOUN/4/obl/Wort zitiert/VERB/-1/root/zitieren");
        assertNull(CorpusPredictor.relay(alone, cuedAt(alone, 4)));
        AnnotatedDocument man = StatementExtractorTest.parse("zitierte/VERB/-1/root/zitieren man/PRON/0/nsubj/man"
                + " Yolanda/PROPN/0/obj/Yolanda");
        assertNull(CorpusPredictor.relay(man, cuedAt(man, 0)));
        AnnotatedDocument sagte = StatementExtractorTest.parse("Er/PRON/1/nsubj/er sagte/VERB/-1/root/sagen das/PRON/1/obj/das");
        assertNull(CorpusPredictor.relay(sagte, cuedAt(sagte, 1)));
    }

    @Test
    void argumentWithoutItsPrepositionOrMitDenWorten() {
        // von der Netzeitung  /  einen Augenzeugen mit den Worten
        AnnotatedDocument agent = StatementExtractorTest.parse("von/ADP/2/case/von der/DET/2/det/der Netzeitung/PROPN/3/obl:agent/Netzeitung"
                + " zitiert/VERB/-1/root/zitieren");
        assertArrayEquals(new int[] {1, 2}, CorpusPredictor.argumentRange(agent, 2));
        AnnotatedDocument worten = StatementExtractorTest.parse("zitiert/VERB/-1/root/zitieren einen/DET/2/det/ein"
                + " Augenzeugen/NOUN/0/obj/Augenzeuge mit/ADP/5/case/mit den/DET/5/det/der Worten/NOUN/2/nmod/Worten");
        assertArrayEquals(new int[] {1, 2}, CorpusPredictor.argumentRange(worten, 2));
    }
}

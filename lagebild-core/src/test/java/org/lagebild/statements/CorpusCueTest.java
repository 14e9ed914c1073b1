package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.nlp.AnnotatedDocument;

/** Which words around a verb cue the news corpus counts as cue. */
class CorpusCueTest {

    private static AnnotatedDocument parse(String spec) {
        return StatementExtractorTest.parse(spec); // "word/POS/head/deprel/lemma" items, one sentence
    }

    @Test
    void tenseAuxiliaryAndPronominalAdverbJoinTheCueButNotAModal() {
        // Er hat darauf verwiesen , dass …  /  Er könne sagen , …
        AnnotatedDocument doc = parse("Er/PRON/3/nsubj/er hat/AUX/3/aux/haben darauf/ADV/3/advmod/darauf verwiesen/VERB/-1/root/verweisen");
        assertEquals(Set.of(1, 2), CorpusCue.extension(doc, 3));
        AnnotatedDocument modal = parse("Er/PRON/2/nsubj/er könne/AUX/2/aux/können sagen/VERB/-1/root/sagen");
        assertEquals(Set.of(), CorpusCue.extension(modal, 2));
    }

    @Test
    void expletiveEsAndWieByWordOrder() {
        AnnotatedDocument heisst = parse("So/ADV/1/advmod/so heißt/VERB/-1/root/heißen es/PRON/1/expl/es");
        assertEquals(Set.of(2), CorpusCue.extension(heisst, 1));
        // "Wie" parsed as a preposition of the subject
        AnnotatedDocument wie = parse("Wie/ADP/2/case/wie die/DET/2/det/der Polizei/NOUN/3/nsubj/Polizei mitteilte/VERB/-1/root/mitteilen");
        assertEquals(Set.of(0), CorpusCue.extension(wie, 3));
    }

    @Test
    void prepositionOfTheObjectOnlyForSprechenVon() {
        AnnotatedDocument sprach = parse("Er/PRON/1/nsubj/er sprach/VERB/-1/root/sprechen von/ADP/3/case/von Krieg/NOUN/1/obl/Krieg");
        assertEquals(Set.of(2), CorpusCue.extension(sprach, 1));
        AnnotatedDocument berichtete = parse("Er/PRON/1/nsubj/er berichtete/VERB/-1/root/berichten von/ADP/3/case/von Krieg/NOUN/1/obl/Krieg");
        assertEquals(Set.of(), CorpusCue.extension(berichtete, 1));
    }

    @Test
    void finiteVerbHasNoAuxiliary() {
        // "Sie sei geschockt, sagte die Königin" with "sei" parsed as the auxiliary of "sagte": a past-tense form takes none
        AnnotatedDocument sagte = parse("Sie/PRON/4/nsubj/sie sei/AUX/4/aux/sein geschockt/ADJ/4/xcomp/geschockt"
                + " ~,/PUNCT/4/punct/, sagte/VERB/-1/root/sagen die/DET/6/det/der Königin/NOUN/4/nsubj/Königin");
        assertEquals(Set.of(), CorpusCue.extension(sagte, 4));
        // a participle keeps its auxiliary across commas ("hatte der Investor, Silverstein, zugesagt")
        AnnotatedDocument zugesagt = parse("Dann/ADV/7/advmod/dann hatte/AUX/7/aux/haben der/DET/3/det/der Investor/NOUN/7/nsubj/Investor"
                + " ~,/PUNCT/5/punct/, Silverstein/PROPN/3/appos/Silverstein ~,/PUNCT/5/punct/, zugesagt/VERB/-1/root/zusagen");
        assertEquals(Set.of(1), CorpusCue.extension(zugesagt, 7));
    }
}

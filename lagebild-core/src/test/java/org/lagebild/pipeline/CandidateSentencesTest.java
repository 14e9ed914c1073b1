package org.lagebild.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;
import org.junit.jupiter.api.Test;

/** The parse selector on hand-tagged, unparsed German sentences (no CoreNLP models needed). */
class CandidateSentencesTest {

    /** Sentences of "word/POS" items separated by spaces; tokens get head -1 and relation "dep". */
    private static AnnotatedDocument tagged(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        for (String s : sentences) {
            int first = tokens.size();
            int start = text.length();
            for (String item : s.split(" ")) {
                int slash = item.lastIndexOf('/');
                String word = item.substring(0, slash);
                int from = text.length();
                text.append(word).append(' ');
                tokens.add(new Token(tokens.size(), out.size(), from, from + word.length(), word,
                        item.substring(slash + 1), "O", -1, "dep", null));
            }
            out.add(new Sentence(out.size(), start, text.length() - 1, first, tokens.size()));
            text.append('\n');
        }
        return new AnnotatedDocument(text.toString(), "de", tokens, out);
    }

    @Test
    void selectsCueQuoteAndEventSentencesOnly() {
        AnnotatedDocument doc = tagged(
                "Das/DET Wetter/NOUN war/AUX schön/ADJ ./PUNCT",
                "Der/DET Minister/NOUN sagte/VERB ,/PUNCT alles/PRON bleibe/VERB ruhig/ADJ ./PUNCT",
                "Die/DET Brücke/NOUN ist/AUX lang/ADJ ./PUNCT",
                "„/PUNCT Wir/PRON kommen/VERB “/PUNCT ./PUNCT",
                "Soldaten/NOUN griffen/VERB das/DET Dorf/NOUN an/ADP ./PUNCT",
                "Er/PRON hat/AUX das/DET Buch/NOUN ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(1); // speech cue "sagen" (and a subjunctive)
        expected.set(2); // the sentence before one that opens with a quotation (its subject may be the speaker)
        expected.set(3); // quotation marks
        expected.set(4); // separable event verb "angreifen"
        assertEquals(expected, new CandidateSentences().select(doc));
    }

    @Test
    void eventsOnlySelectionLeavesOutWhatOnlyAttributionNeeds() {
        AnnotatedDocument doc = tagged(
                "Der/DET Minister/NOUN sagte/VERB ,/PUNCT alles/PRON bleibe/VERB ruhig/ADJ ./PUNCT",
                "„/PUNCT Wir/PRON kommen/VERB “/PUNCT ./PUNCT",
                "Nach/ADP Angaben/NOUN der/DET Polizei/NOUN war/AUX es/PRON ruhig/ADJ ./PUNCT",
                "Er/PRON soll/AUX krank/ADJ sein/AUX ./PUNCT",
                "Soldaten/NOUN griffen/VERB das/DET Dorf/NOUN an/ADP ./PUNCT");
        BitSet all = new BitSet();
        all.set(0, 5);
        assertEquals(all, new CandidateSentences().select(doc));
        BitSet events = new BitSet();
        events.set(4); // the separable event verb "angreifen" only: no cue, quotation, source noun or "soll"
        assertEquals(events, CandidateSentences.eventsOnly().select(doc));
    }

    @Test
    void cueNounOnlyWhereTheRulesCanReadIt() {
        AnnotatedDocument doc = tagged(
                "Die/DET Zahl/NOUN der/DET Anfragen/NOUN stieg/VERB stark/ADJ ./PUNCT",
                "Nach/ADP Angaben/NOUN der/DET Polizei/NOUN war/AUX es/PRON ruhig/ADJ ./PUNCT",
                "Polizeiangaben/NOUN zufolge/ADP war/AUX es/PRON ruhig/ADJ ./PUNCT",
                "Die/DET Forderung/NOUN ,/PUNCT mehr/DET zu/PART zahlen/VERB ,/PUNCT kam/VERB spät/ADJ ./PUNCT");
        BitSet readable = new BitSet();
        readable.set(1, 4); // a source after "nach" or before "zufolge", a noun with a zu-infinitive after it
        assertEquals(readable, new CandidateSentences().select(doc));
        BitSet all = new BitSet();
        all.set(0, 4); // the parliament's tagger marks every cue noun ("Anfragen") and needs its parse
        assertEquals(all, CandidateSentences.withWeakCueVerbs().select(doc));
    }

    @Test
    void cueNounNeedsItsContentClauseAfterTheComma() {
        AnnotatedDocument doc = tagged(
                // "zu" as a preposition and no comma: nothing the noun reading could take
                "Er/PRON las/VERB die/DET Anfragen/NOUN zu/ADP dem/DET Gesetz/NOUN ./PUNCT",
                // a comma, but a relative clause after it
                "Die/DET Aussagen/NOUN ,/PUNCT die/PRON er/PRON machte/VERB ,/PUNCT waren/AUX falsch/ADJ ./PUNCT",
                "Er/PRON vertrat/VERB die/DET Ansicht/NOUN ,/PUNCT dass/SCONJ es/PRON regnet/VERB ./PUNCT",
                "Mit/ADP seiner/DET Ankündigung/NOUN ,/PUNCT ein/DET Haus/NOUN einzurichten/VERB ,/PUNCT überraschte/VERB er/PRON ./PUNCT",
                // a decision's clause is what was decided, no quotation (content-noun-exclusions-de.tsv)
                "Der/DET Beschluss/NOUN ,/PUNCT mehr/DET zu/PART zahlen/VERB ,/PUNCT kam/VERB spät/ADJ ./PUNCT");
        BitSet readable = new BitSet();
        readable.set(2, 4); // "dass" right after the comma; a zu-infinitive written as one word
        assertEquals(readable, new CandidateSentences().select(doc));
    }

    @Test
    void soIsACueOnlyAfterACommaBeforeItsSource() {
        AnnotatedDocument doc = tagged(
                "Der/DET Anteil/NOUN ist/AUX doppelt/ADJ so/ADV hoch/ADJ ./PUNCT",
                "Das/PRON ist/AUX richtig/ADJ ,/PUNCT so/ADV der/DET Minister/NOUN ./PUNCT",
                "Es/PRON ist/AUX so/ADV ,/PUNCT so/ADV wie/ADV immer/ADV ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(1);
        assertEquals(expected, new CandidateSentences().select(doc));
        BitSet all = new BitSet();
        all.set(0, 3); // the parliament's tagger sees every cue word
        assertEquals(all, CandidateSentences.withWeakCueVerbs().select(doc));
    }

    @Test
    void konjunktivNextToIchOrWirSelectsNothing() {
        AnnotatedDocument doc = tagged(
                "Da/ADV mache/VERB ich/PRON nicht/PART mit/ADP ./PUNCT",
                "Dann/ADV hätten/AUX wir/PRON Zeit/NOUN ./PUNCT",
                "Er/PRON komme/VERB nicht/PART mit/ADP ./PUNCT",
                "Ich/PRON sei/AUX krank/ADJ ,/PUNCT hieß/VERB es/PRON ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(2); // a third person: reported speech
        expected.set(3); // "sei" marks reported speech even beside "ich"
        assertEquals(expected, new CandidateSentences().select(doc));
        BitSet all = new BitSet();
        all.set(0, 4); // the parliament's tagger reads them all
        assertEquals(all, CandidateSentences.withWeakCueVerbs().select(doc));
    }

    @Test
    void weakCueNeedsAReportClause() {
        AnnotatedDocument doc = tagged(
                "Sie/PRON gingen/VERB nach/ADP Hause/NOUN ./PUNCT",
                "Sie/PRON gingen/VERB davon/ADV aus/ADP ,/PUNCT dass/SCONJ es/PRON regnet/VERB ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(1);
        assertEquals(expected, new CandidateSentences().select(doc));
    }

    @Test
    void parliamentSelectionTakesWeakCueVerbsWithoutAReportClause() {
        AnnotatedDocument doc = tagged(
                "Das/PRON wissen/VERB wir/PRON alle/PRON ./PUNCT",
                "Wir/PRON essen/VERB Brot/NOUN ./PUNCT",
                "Sie/PRON ist/AUX müde/ADJ ./PUNCT",
                "Wir/PRON haben/AUX darüber/ADV diskutiert/VERB ./PUNCT");
        BitSet weak = new BitSet();
        weak.set(0); // "wissen", a weak cue verb, without "dass"/"ob"
        weak.set(3); // "diskutieren"
        assertEquals(weak, CandidateSentences.withWeakCueVerbs().select(doc));
        // the default selection (analyze, news) keeps them out; no cue, or an auxiliary, never selects
        assertEquals(new BitSet(), new CandidateSentences().select(doc));
    }

    @Test
    void compoundTriggerNounsAndParticipleAttributesAreCandidates() {
        AnnotatedDocument doc = tagged(
                "In/ADP Tripoli/PROPN kam/VERB es/PRON zu/ADP Feuergefechten/NOUN ./PUNCT",
                "Wir/PRON sahen/VERB drei/NUM getötete/ADJ Soldaten/NOUN ./PUNCT",
                "Wir/PRON sahen/VERB drei/NUM schöne/ADJ Gebäude/NOUN ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(0); // "Feuergefecht" ends in the trigger noun "Gefecht"
        expected.set(1); // "getötete": participle of the trigger verb "töten"
        assertEquals(expected, new CandidateSentences().select(doc));
    }

    @Test
    void looseCompoundHeadsOnlyWithARowThatNeedsAnActor() {
        AnnotatedDocument doc = tagged(
                "Der/DET Kriegsverbrecherprozess/NOUN gegen/ADP Mladić/PROPN begann/VERB ./PUNCT",
                "Der/DET Wettkampf/NOUN begann/VERB ./PUNCT");
        // "Prozess" has a row asking for a gegen-actor, which the parse may supply; "Kampf" compounds: standalone rows only
        assertEquals(BitSet.valueOf(new long[] {0b01}), new CandidateSentences().select(doc));
    }

    @Test
    void documentAfterNachIsASource() {
        AnnotatedDocument doc = tagged(
                "Nach/ADP einem/DET EU-Dokument/NOUN leben/VERB sie/PRON in/ADP Armut/NOUN ./PUNCT",
                "Das/DET Dokument/NOUN liegt/VERB auf/ADP dem/DET Tisch/NOUN ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(0); // the document a source after "nach" (StatementExtractor's document sources); not elsewhere
        assertEquals(expected, new CandidateSentences().select(doc));
    }

    @Test
    void sentenceBeforeAnOpeningQuotationIsParsed() {
        AnnotatedDocument doc = tagged(
                "Die/DET SPD/PROPN will/AUX am/ADP Kurs/NOUN festhalten/VERB ./PUNCT",
                "„/PUNCT Wir/PRON wollen/VERB ein/DET Europa/PROPN ./PUNCT “/PUNCT",
                "Die/DET Brücke/NOUN ist/AUX lang/ADJ ./PUNCT",
                "Sie/PRON nannte/VERB es/PRON „/PUNCT ein/DET Europa/PROPN “/PUNCT ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(0, 2); // the quotation and the sentence before it
        expected.set(3); // a quotation inside the sentence: not the one before
        assertEquals(expected, new CandidateSentences().select(doc));
    }

    @Test
    void relativeNachAfterACueNounIsASource() {
        AnnotatedDocument doc = tagged(
                "Es/PRON gibt/VERB Umfragen/NOUN im/ADP Land/NOUN ,/PUNCT nach/ADP denen/PRON alle/PRON hier/ADV wohnen/VERB ./PUNCT",
                "Es/PRON gibt/VERB Umfragen/NOUN im/ADP Land/NOUN ,/PUNCT in/ADP denen/PRON alle/PRON hier/ADV wohnen/VERB ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(0); // ", nach denen" after the cue noun: the rules read the relative pronoun as its source
        assertEquals(expected, new CandidateSentences().select(doc));
    }

    @Test
    void sentenceWithACueVerbBeforeAnUncuedKonjunktivSentenceIsParsed() {
        AnnotatedDocument doc = tagged(
                "Das/DET Institut/NOUN sieht/VERB keinen/DET Anlass/NOUN ./PUNCT",
                "Die/DET Lage/NOUN sei/AUX ruhig/ADJ ./PUNCT",
                "Russland/PROPN hat/VERB eine/DET Verantwortung/NOUN ./PUNCT",
                "Die/DET Lage/NOUN sei/AUX ruhig/ADJ ./PUNCT",
                "Die/DET Brücke/NOUN ist/AUX lang/ADJ ./PUNCT",
                "Die/DET Lage/NOUN sei/AUX ruhig/ADJ ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(0); // "sehen", a weak cue verb without "dass": its subject speaks the continuation
        expected.set(1);
        expected.set(3); // "haben" is a light verb (light-verbs-de.tsv), the copula no cue: the sentences before stay unparsed
        expected.set(5);
        assertEquals(expected, new CandidateSentences().select(doc));
    }

    @Test
    void decisionVerbWithAZuInfinitiveIsACandidate() {
        AnnotatedDocument doc = tagged(
                "Die/DET Bahn/NOUN beschloss/VERB ,/PUNCT den/DET Fahrplan/NOUN zu/PART ändern/VERB ./PUNCT",
                "Die/DET Bahn/NOUN beschloss/VERB den/DET Fahrplan/NOUN ./PUNCT",
                "Die/DET Bahn/NOUN hat/AUX entschieden/VERB ,/PUNCT ihn/PRON zurückzuholen/VERB ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(0); // "beschließen" (decision-verbs-de.tsv) with its zu-infinitive: the rules' message
        expected.set(2); // the "zu" inside the particle verb
        assertEquals(expected, new CandidateSentences().select(doc));
    }

    @Test
    void weakSpeechActVerbWithItsMessagePrepositionIsACandidate() {
        AnnotatedDocument doc = tagged(
                "Die/DET Polizei/NOUN geht/VERB von/ADP Suizid/NOUN aus/ADP ./PUNCT",
                "Die/DET Polizei/NOUN geht/VERB nach/ADP Hause/NOUN ./PUNCT");
        BitSet expected = new BitSet();
        expected.set(0); // "ausgehen von" (reported-prepositions-de.tsv): the rules read a reported act
        assertEquals(expected, new CandidateSentences().select(doc));
    }
}

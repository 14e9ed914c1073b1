package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.statements.learn.TokenAlignment;

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

    /** The named subject of a free indirect sentence with the modal "wollen"/"möchten", over the whole sentence. */
    private static TreeSet<Integer> intending(String spec) {
        AnnotatedDocument d = StatementExtractorTest.parse(spec);
        int n = d.tokens().size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        TreeSet<Integer> quote = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            starts[i] = d.token(i).start();
            ends[i] = d.token(i).end();
            quote.add(i);
        }
        return CorpusPredictor.intentionSubject(d, new TokenAlignment(starts, ends, d), quote);
    }

    @Test
    void namedSubjectOfWollenIsTheSpeaker() {
        // "Deutschland wolle diese Rolle nicht übernehmen ." / "Die SPD und PDS wollen … einführen ."
        assertEquals(java.util.Set.of(0), intending("Deutschland/PROPN/4/nsubj/Deutschland wolle/AUX/4/aux/wollen"
                + " diese/DET/3/det/dies Rolle/NOUN/4/obj/Rolle übernehmen/VERB/-1/root/übernehmen ./PUNCT/4/punct/."));
        assertEquals(java.util.Set.of(0, 1, 2, 3), intending("Die/DET/1/det/der SPD/PROPN/5/nsubj/SPD und/CCONJ/3/cc/und"
                + " PDS/PROPN/1/conj/PDS wollen/AUX/5/aux/wollen einführen/VERB/-1/root/einführen ./PUNCT/5/punct/."));
        assertEquals(java.util.Set.of(0), intending("Bayern/PROPN/2/nsubj/Bayern möchte/AUX/2/aux/mögen"
                + " einführen/VERB/-1/root/einführen ./PUNCT/2/punct/."));
    }

    @Test
    void noIntentionSubjectForPronounsNounsOtherVerbsOrALaterSubject() {
        // "Er wolle …": a pronoun continues the previous speaker
        assertNull(intending("Er/PRON/2/nsubj/er wolle/AUX/2/aux/wollen bleiben/VERB/-1/root/bleiben ./PUNCT/2/punct/."));
        // "Der Verein wolle …": a common noun takes up an earlier mention
        assertNull(intending("Der/DET/1/det/der Verein/NOUN/3/nsubj/Verein wolle/AUX/3/aux/wollen"
                + " vorgehen/VERB/-1/root/vorgehen ./PUNCT/3/punct/."));
        // "Deutschland müsse …": no modal of intention
        assertNull(intending("Deutschland/PROPN/2/nsubj/Deutschland müsse/AUX/2/aux/müssen"
                + " handeln/VERB/-1/root/handeln ./PUNCT/2/punct/."));
        // "Dennoch wolle sich Chávez nicht streiten .": the subject does not open the sentence
        assertNull(intending("Dennoch/ADV/5/advmod/dennoch wolle/AUX/5/aux/wollen sich/PRON/5/obj/sich"
                + " Chávez/PROPN/5/nsubj/Chávez nicht/PART/5/advmod/nicht streiten/VERB/-1/root/streiten ./PUNCT/5/punct/."));
    }

    private static org.lagebild.model.StatementRecord withCue(String lemma, String form) {
        org.lagebild.model.Evidence part = new org.lagebild.model.Evidence(0, 5, "cue");
        return new org.lagebild.model.StatementRecord("s1", null, new org.lagebild.model.StatementRecord.Cue(0, 5, "cue", lemma,
                java.util.List.of(part)), part, form, "speech", null, null, null, part);
    }

    @Test
    void confirmedFactOrDeclarationIsNoCorpusQuotation() {
        // "Der Feuerwehrchef bestätigte den Vorfall", "Der Schiedsrichter erklärte das Tor für gültig": the corpus leaves the
        // reported speech act out
        assertTrue(CorpusPredictor.unannotated(withCue("bestätigen", "reported")));
        assertTrue(CorpusPredictor.unannotated(withCue("erklären", "reported")));
        // the same verbs with a clause, and other reported speech acts, stay
        assertFalse(CorpusPredictor.unannotated(withCue("bestätigen", "indirect")));
        assertFalse(CorpusPredictor.unannotated(withCue("ankündigen", "reported")));
    }
}

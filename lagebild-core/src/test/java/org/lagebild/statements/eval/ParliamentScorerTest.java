package org.lagebild.statements.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.statements.eval.ParliamentCorpus.Annotation;
import org.lagebild.statements.eval.ParliamentCorpus.Document;
import org.lagebild.statements.eval.ParliamentCorpus.Sentence;
import org.lagebild.statements.eval.ParliamentCorpus.TokenRef;

class ParliamentScorerTest {
    private static final double EPS = 1e-9;
    private static final List<Sentence> SENTENCES = List.of(
            new Sentence(0, List.of("Sie", "haben", "gestern", "gesagt", "das", "stimmt", "Wir", "haben", "gefragt", "warum")),
            new Sentence(1, List.of("Er", "teilte", "uns", "gestern", "das", "mit", ".")));

    private static List<TokenRef> refs(String... s) {
        return Arrays.stream(s).map(TokenRef::parse).toList();
    }

    /** An event from alternating label / "s:t s:t" pairs, e.g. ev("Cue", "0:3", "Source", "0:0"). */
    private static Annotation ev(String... labelsAndRefs) {
        List<TokenRef> cue = List.of();
        Map<String, List<TokenRef>> roles = new HashMap<>();
        for (int i = 0; i < labelsAndRefs.length; i += 2) {
            List<TokenRef> r = refs(labelsAndRefs[i + 1].split(" "));
            if (labelsAndRefs[i].equals("Cue")) {
                cue = r;
            } else {
                roles.put(labelsAndRefs[i], r);
            }
        }
        return new Annotation(cue, roles);
    }

    private static Map<String, Document> docs(Annotation... anns) {
        return Map.of("speech.json", new Document(SENTENCES, List.of(anns)));
    }

    private static void assertPrf(double p, double r, double f, Prf actual) {
        assertEquals(p, actual.precision(), EPS, "precision");
        assertEquals(r, actual.recall(), EPS, "recall");
        assertEquals(f, actual.f1(), EPS, "f1");
    }

    private static final Annotation E1 = ev("Cue", "0:3", "Source", "0:0", "Message", "0:4 0:5");
    private static final Annotation E2 = ev("Cue", "0:8", "Source", "0:6", "Message", "0:9");
    private static final Annotation E3 = ev("Cue", "1:1", "PTC", "1:5", "Source", "1:0", "Addr", "1:2", "Message", "1:4");

    @Test
    void perfectMatch() {
        ParliamentScorer.Result r = ParliamentScorer.score(docs(E1, E2, E3), docs(E3, E2, E1));
        assertPrf(1, 1, 1, r.cues());
        assertPrf(1, 1, 1, r.roles());
        assertPrf(1, 1, 1, r.joint());
        assertEquals(3, r.alignedEvents());
    }

    @Test
    void multiTokenCueOverlappingTwoCuesTakesTheAlignmentWithBestJointScore() {
        Annotation pred = ev("Cue", "0:3 0:8", "Source", "0:6", "Message", "0:9");
        ParliamentScorer.Result r = ParliamentScorer.score(docs(E1, E2), docs(pred));
        // aligned to E2 (cue 1 + source 1 + message 1 TP) rather than E1 (cue 1 TP)
        assertPrf(0.5, 0.5, 0.5, r.cues());
        assertPrf(1, 0.4, 0.8 / 1.4, r.roles()); // TP 2, FN 3 (E1's source and message)
        assertPrf(0.75, 3.0 / 7, 6.0 / 11, r.joint());
        assertEquals(1, r.alignedEvents());
    }

    @Test
    void discontinuousCueWithMissingParticle() {
        Annotation pred = ev("Cue", "1:1", "Source", "1:0", "Addr", "1:2", "Message", "1:4");
        ParliamentScorer.Result r = ParliamentScorer.score(docs(E3), docs(pred));
        assertPrf(1, 1, 1, r.cues());
        assertEquals(new Counts(0, 0, 1), r.roleCounts().get("PTC"));
        assertPrf(1, 0.75, 6.0 / 7, r.roles());
    }

    @Test
    void rolesCountOnlyWithTheSameLabel() {
        Annotation pred = ev("Cue", "0:3", "Source", "0:0", "Topic", "0:4 0:5");
        ParliamentScorer.Result r = ParliamentScorer.score(docs(E1), docs(pred));
        assertEquals(new Counts(0, 0, 2), r.roleCounts().get("Message"));
        assertEquals(new Counts(0, 2, 0), r.roleCounts().get("Topic"));
        assertPrf(1.0 / 3, 1.0 / 3, 1.0 / 3, r.roles());
    }

    @Test
    void unalignedPredictionIsAllFalsePositives() {
        Annotation stray = ev("Cue", "0:1", "Source", "0:0", "Message", "0:4 0:5"); // roles match E1, cue does not
        ParliamentScorer.Result r = ParliamentScorer.score(docs(E1), docs(stray));
        assertEquals(0, r.alignedEvents());
        assertPrf(0, 0, 0, r.joint());
        assertEquals(new Counts(0, 1, 1), r.cueCounts());
    }

    @Test
    void emptyPredictionGivesZeroWithoutDivisionByZero() {
        ParliamentScorer.Result r = ParliamentScorer.score(docs(E1, E2), docs());
        assertPrf(0, 0, 0, r.cues());
        assertPrf(0, 0, 0, r.joint());
        ParliamentScorer.Result missing = ParliamentScorer.score(docs(E1), Map.of());
        assertEquals(1, missing.documentsWithoutPrediction());
        assertPrf(0, 0, 0, missing.roles());
        assertTrue(!ParliamentScorer.score(docs(), docs()).format().contains("NaN"));
    }

    @Test
    void rolesGivenGoldCues() {
        Map<String, Document> gold = docs(E1, E3);
        Map<String, Document> cuesOnly = Map.of("speech.json", gold.get("speech.json").cuesOnly());
        ParliamentScorer.Result none = ParliamentScorer.scoreGivenGoldCues(gold, cuesOnly);
        assertPrf(1, 1, 1, none.cues());
        assertPrf(0, 0, 0, none.roles());
        ParliamentScorer.Result all = ParliamentScorer.scoreGivenGoldCues(gold, gold);
        assertPrf(1, 1, 1, all.roles());
        assertTrue(all.format().contains("gold cues"), all.format());
    }

    @Test
    void tokenReferencesAndJsonRoundTrip() throws IOException {
        assertEquals(new TokenRef(12, 3), TokenRef.parse("12:3"));
        assertThrows(IllegalArgumentException.class, () -> TokenRef.parse("12"));
        assertThrows(IllegalArgumentException.class, () -> TokenRef.parse("a:b"));
        assertThrows(IllegalArgumentException.class, () -> TokenRef.parse("-1:2"));
        assertThrows(IOException.class, () -> ParliamentCorpus.parse("{\"Annotations\":[{\"Cue\":[\"x\"]}]}"));
        Document d = docs(E1, E3).get("speech.json");
        assertEquals(d, ParliamentCorpus.parse(ParliamentCorpus.toJson(d)));
    }
}

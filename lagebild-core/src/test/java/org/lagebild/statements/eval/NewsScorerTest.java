package org.lagebild.statements.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lagebild.statements.eval.NewsFixtures.doc;
import static org.lagebild.statements.eval.NewsFixtures.ids;
import static org.lagebild.statements.eval.NewsFixtures.quote;
import static org.lagebild.statements.eval.NewsFixtures.range;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.statements.eval.NewsCorpus.Annotation;
import org.lagebild.statements.eval.NewsCorpus.Document;

class NewsScorerTest {
    private static final double EPS = 1e-9;

    private static final Annotation Q1 = quote("Indirect", "Speech", range(0, 4), ids(5), ids(6));
    private static final Annotation Q2 = quote("Direct", "Writing", range(10, 13), ids(14), ids(15));

    private static NewsScorer.Result score(Document gold, Document pred) {
        return NewsScorer.score(Map.of("a.json", gold), pred == null ? Map.of() : Map.of("a.json", pred));
    }

    private static void assertPrf(double p, double r, double f, Prf actual) {
        assertEquals(p, actual.precision(), EPS, "precision");
        assertEquals(r, actual.recall(), EPS, "recall");
        assertEquals(f, actual.f1(), EPS, "f1");
    }

    @Test
    void perfectMatchIsOneEverywhere() {
        NewsScorer.Result r = score(doc(Q1, Q2), doc(Q2, Q1));
        for (NewsScorer.Variant v : new NewsScorer.Variant[] {r.full(), r.simplified()}) {
            for (NewsScorer.Scores s : new NewsScorer.Scores[] {v.micro(), v.macro()}) {
                assertPrf(1, 1, 1, s.message());
                assertPrf(1, 1, 1, s.roles());
                assertPrf(1, 1, 1, s.joint());
            }
        }
        assertPrf(1, 1, 1, r.full().form());
        assertPrf(1, 1, 1, r.full().medium());
        assertEquals(2, r.full().paired());
    }

    @Test
    void missingQuoteLowersRecallOnly() {
        NewsScorer.Result r = score(doc(Q1, Q2), doc(Q1));
        NewsScorer.Variant v = r.full();
        // micro: quote TP 5 FN 4; roles (speaker, cue) TP 2 FN 2; joint TP 7 FN 6
        assertPrf(1, 5.0 / 9, 10.0 / 14, v.micro().message());
        assertPrf(1, 0.5, 2.0 / 3, v.micro().roles());
        assertPrf(1, 7.0 / 13, 0.7, v.micro().joint());
        // macro: paired group P=R=1 for quote, speaker, cue; unpaired gold group R=0 (P undefined, skipped)
        assertPrf(1, 0.5, 2.0 / 3, v.macro().message());
        assertPrf(1, 0.5, 2.0 / 3, v.macro().roles());
        assertPrf(1, 0.5, 2.0 / 3, v.macro().joint());
        assertPrf(1, 0.5, 2.0 / 3, v.form());
        assertEquals(1, v.paired());
        assertEquals(0, v.pairedWithoutOverlap());
    }

    @Test
    void partialOverlapCountsTokens() {
        Annotation gold = quote("Indirect", "Speech", range(0, 9), ids(15), ids(16));
        Annotation pred = quote("Indirect", "Speech", range(5, 14), ids(15), ids(17));
        NewsScorer.Variant v = score(doc(gold), doc(pred)).full();
        assertPrf(0.5, 0.5, 0.5, v.micro().message());
        assertPrf(0.5, 0.5, 0.5, v.micro().roles()); // speaker TP, cue FP + FN
        assertPrf(0.5, 0.5, 0.5, v.micro().joint());
        assertPrf(0.5, 0.5, 0.5, v.macro().message());
        assertPrf(0.5, 0.5, 0.5, v.macro().roles()); // speaker 1, cue 0
        assertPrf(0.5, 0.5, 0.5, v.macro().joint()); // (0.5 + 1 + 0) / 3
        assertEquals(1, v.partCounts().get("speaker").tp());
        assertEquals(new Counts(0, 1, 1), v.partCounts().get("cue"));
    }

    @Test
    void wrongFormAffectsOnlyFormScore() {
        Annotation pred = quote("Direct", "Speech", range(0, 4), ids(5), ids(6));
        NewsScorer.Variant v = score(doc(Q1), doc(pred)).full();
        assertPrf(1, 1, 1, v.micro().joint());
        assertPrf(1, 1, 1, v.macro().joint());
        assertPrf(1, 1, 1, v.medium());
        assertPrf(0, 0, 0, v.form());
    }

    @Test
    void assignmentMaximisesTotalOverlapNotGreedyChoice() {
        Annotation a = quote("Indirect", "Speech", range(0, 9), ids(), ids());
        Annotation b = quote("Indirect", "Speech", range(10, 11), ids(), ids());
        Annotation x = quote("Indirect", "Speech", range(0, 11), ids(), ids()); // A: F1 .909, B: .286
        Annotation y = quote("Indirect", "Speech", range(0, 7), ids(), ids()); // A: F1 .889, B: 0
        NewsScorer.Variant v = score(doc(a, b), doc(x, y)).full();
        // optimal: A–Y and B–X (1.175) rather than the greedy A–X plus a zero-overlap B–Y (0.909)
        assertEquals(2, v.paired());
        assertEquals(0, v.pairedWithoutOverlap());
        // macro message: A–Y P 1 R .8; B–X P 2/12 R 1
        assertEquals((1 + 2.0 / 12) / 2, v.macro().message().precision(), EPS);
        assertEquals(0.9, v.macro().message().recall(), EPS);
    }

    @Test
    void equalFormBreaksTies() {
        Annotation gold = quote("Direct", "Speech", range(0, 4), ids(), ids());
        Annotation wrongForm = quote("Indirect", "Speech", range(0, 4), ids(), ids());
        Annotation rightForm = quote("Direct", "Speech", range(0, 4), ids(), ids());
        NewsScorer.Variant v = score(doc(gold), doc(wrongForm, rightForm)).full();
        assertPrf(0.5, 1, 2.0 / 3, v.form()); // paired Direct = TP, leftover Indirect prediction = FP
        assertPrf(0.5, 1, 2.0 / 3, v.micro().message());
    }

    @Test
    void discontinuousCueIsScoredPerToken() {
        Annotation gold = quote("Indirect", "Writing", range(0, 4), ids(5), ids(6, 9)); // "teilte … mit"
        Annotation pred = quote("Indirect", "Writing", range(0, 4), ids(5), ids(6));
        NewsScorer.Variant v = score(doc(gold), doc(pred)).full();
        assertEquals(new Counts(1, 0, 1), v.partCounts().get("cue"));
        assertPrf(1, 2.0 / 3, 0.8, v.micro().roles());
        assertPrf(1, 0.75, 6.0 / 7, v.macro().roles()); // speaker R 1, cue R .5
    }

    @Test
    void emptyPredictionGivesZeroWithoutDivisionByZero() {
        for (NewsScorer.Result r : new NewsScorer.Result[] {score(doc(Q1, Q2), doc()), score(doc(Q1, Q2), null)}) {
            for (NewsScorer.Variant v : new NewsScorer.Variant[] {r.full(), r.simplified()}) {
                assertPrf(0, 0, 0, v.micro().joint());
                assertPrf(0, 0, 0, v.macro().joint());
                assertPrf(0, 0, 0, v.macro().message());
                assertPrf(0, 0, 0, v.form());
            }
        }
        assertEquals(1, score(doc(Q1), null).documentsWithoutPrediction());
        NewsScorer.Result nothing = score(doc(), doc());
        assertPrf(0, 0, 0, nothing.full().macro().joint());
        assertEquals(false, nothing.format().contains("NaN"));
    }

    @Test
    void unpairedPredictionIsAllFalsePositives() {
        Annotation extra = quote("Direct", "Speech", range(20, 24), ids(25), ids(26));
        NewsScorer.Variant v = score(doc(Q1), doc(Q1, extra)).full();
        assertPrf(5.0 / 10, 1, 2.0 / 3, v.micro().message());
        assertPrf(0.5, 1, 2.0 / 3, v.macro().message()); // P: 1 and 0
        assertPrf(0.5, 1, 2.0 / 3, v.form());
    }

    @Test
    void simplifiedIgnoresNestedQuotesAndRolesOtherThanSpeaker() {
        Annotation nested = quote("Direct", "Speech", true, range(1, 3), ids(), ids());
        Annotation wrongCue = quote("Indirect", "Speech", range(0, 4), ids(5), ids(7));
        NewsScorer.Result r = score(doc(Q1, nested), doc(wrongCue));
        assertPrf(1, 1, 1, r.simplified().micro().joint());
        assertPrf(1, 1, 1, r.simplified().macro().joint());
        assertEquals(1, r.simplified().goldQuotes());
        assertEquals(2, r.full().goldQuotes());
        assertEquals(true, r.full().micro().joint().recall() < 1);
    }

    @Test
    void zeroOverlapLeftoversArePairedLikeTheOriginal() {
        // scipy's rectangular assignment always forms min(#gold, #pred) pairs
        Annotation far = quote("Indirect", "Speech", range(20, 24), ids(25), ids(26));
        NewsScorer.Variant v = score(doc(Q1), doc(far)).full();
        assertEquals(0, v.paired());
        assertEquals(1, v.pairedWithoutOverlap());
        assertPrf(1, 1, 1, v.form()); // same form on a zero-overlap pair counts, as in the original
        assertPrf(0, 0, 0, v.micro().message());
    }

    @Test
    void formatPrintsBothAggregations() {
        String s = score(doc(Q1, Q2), doc(Q1)).format();
        assertEquals(true, s.contains("micro"), s);
        assertEquals(true, s.contains("macro"), s);
        assertEquals(true, s.contains("Simplified"), s);
    }
}

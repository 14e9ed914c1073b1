package org.lagebild.events.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;
import org.lagebild.statements.eval.Counts;

/** The event metrics on hand-made inputs. */
class EvalMetricsTest {

    private static EventRecord event(String type, String cameo, int triggerStart, int evidenceStart, int evidenceEnd) {
        return new EventRecord("e", type, null, List.of(), null, null, cameo, List.of(), List.of(), false, false, false,
                false, null, null, null, new EventRecord.Trigger(triggerStart, triggerStart + 1, "x", "x"),
                new Evidence(evidenceStart, evidenceEnd, "x".repeat(evidenceEnd - evidenceStart)), List.of(), List.of());
    }

    @Test
    void cameoRootsMapToTheFiveClasses() {
        assertEquals(0, QuadClass.ofCameo("010"));
        assertEquals(0, QuadClass.ofCameo("02"));
        assertEquals(1, QuadClass.ofCameo("057"));
        assertEquals(2, QuadClass.ofCameo("0871"));
        assertEquals(3, QuadClass.ofCameo("112"));
        assertEquals(3, QuadClass.ofCameo("13"));
        assertEquals(4, QuadClass.ofCameo("14"));
        assertEquals(3, QuadClass.ofCameo("166"));
        assertEquals(4, QuadClass.ofCameo("173"));
        assertEquals(4, QuadClass.ofCameo("190"));
        assertEquals(-1, QuadClass.ofCameo("21"));
        assertEquals(-1, QuadClass.ofCameo(null));
        assertEquals(-1, QuadClass.ofCameo("x1"));
        // No CAMEO code: the PLOVER type's root (ASSAULT → 18 → material conflict).
        assertEquals(4, QuadClass.of(event("ASSAULT", null, 0, 0, 5)));
    }

    @Test
    void negatedAndAnnouncedActsAreReadAsCameoDoes() {
        EventRecord lift = event("RETREAT", "085", 0, 0, 5);
        assertEquals(2, QuadClass.of(lift));
        // "will not lift the ban": a rejection; "will lift": an intent; "will attack": a threat
        assertEquals(3, QuadClass.of(flags(lift, true, false)));
        assertEquals(1, QuadClass.of(flags(lift, false, true)));
        assertEquals(3, QuadClass.of(flags(event("ASSAULT", "190", 0, 0, 5), false, true)));
        // verbal acts keep their class
        assertEquals(1, QuadClass.of(flags(event("AGREE", "030", 0, 0, 5), false, true)));
    }

    private static EventRecord flags(EventRecord e, boolean negated, boolean future) {
        return new EventRecord(e.id(), e.type(), e.mode(), e.context(), e.quad(), e.intensity(), e.cameo(), e.source(),
                e.target(), negated, future, false, false, e.date(), e.location(), e.statement(), e.trigger(), e.evidence(),
                e.sourceMentions(), e.targetMentions());
    }

    @Test
    void mainEventIsTheOneWithTheLongestClause() {
        EventRecord relative = event("ASSAULT", "190", 30, 25, 40);
        EventRecord main = event("ACCUSE", "112", 5, 0, 50);
        assertEquals(main, QuadClass.main(List.of(relative, main)).orElseThrow());
        // Tie: the earlier trigger.
        EventRecord a = event("AGREE", "030", 10, 0, 50);
        EventRecord b = event("ASSAULT", "190", 20, 0, 50);
        assertEquals(a, QuadClass.main(List.of(b, a)).orElseThrow());
        assertEquals(true, QuadClass.main(List.of()).isEmpty());
    }

    @Test
    void classScoreCountsNoEventAsWrong() {
        ClassScore s = new ClassScore();
        s.add(4, 4);
        s.add(3, 3);
        s.add(1, 3);
        s.add(0, -1);
        assertEquals(4, s.total());
        assertEquals(2, s.correct());
        assertEquals(3, s.covered());
        assertEquals(0.5, s.accuracy(), 1e-12);
        assertEquals(0.75, s.coverage(), 1e-12);
        assertEquals(2.0 / 3, s.accuracyCovered(), 1e-12);
        assertEquals(1, s.count(0, -1));
        // the comparison reading credits silence on neutral gold only, never on other classes
        assertEquals(0.75, s.accuracyNoneAsNeutral(), 1e-12);
        s.add(2, -1);
        assertEquals(0.6, s.accuracyNoneAsNeutral(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> s.add(5, 1));
        assertEquals(0, new ClassScore().accuracy());
    }

    @Test
    void anAdditionCountsOnlyFromItsThresholdAndRetypingAtEvery() {
        // rules coded nothing, the fold model said material cooperation with p 0.7, rules + classifier added it
        EventEval.Outcome added = new EventEval.Outcome(Split.Half.DEV, 2, -1, 2, 0.7, true, 2);
        assertEquals(2, added.combinedAt(0.5));
        assertEquals(true, added.added(0.7));
        assertEquals(-1, added.combinedAt(0.8));
        assertEquals(false, added.added(0.8));
        assertEquals(-1, added.combinedAt(Double.POSITIVE_INFINITY));
        // a statement's neutral reading stays when the addition is below the threshold
        EventEval.Outcome statement = new EventEval.Outcome(Split.Half.DEV, 0, 0, 3, 0.6, true, 3);
        assertEquals(0, statement.combinedAt(0.9));
        // a re-typed rule event is no addition and does not depend on the adding threshold
        EventEval.Outcome retyped = new EventEval.Outcome(Split.Half.HELD, 4, 3, 4, 0.55, false, 4);
        assertEquals(4, retyped.combinedAt(0.9));
        assertEquals(false, retyped.added(0.5));
    }

    @Test
    void spanScoreTokensOverlapAndExact() {
        SpanScore s = new SpanScore();
        // gold [0,3) and [5,7); predicted [1,3) (overlaps the first) and [8,9) (spurious).
        s.add(List.of(new int[] {0, 3}, new int[] {5, 7}), List.of(new int[] {1, 3}, new int[] {8, 9}));
        assertEquals(new Counts(2, 1, 3), s.tokens());
        assertEquals(new Counts(1, 1, 1), s.overlap());
        assertEquals(new Counts(0, 2, 2), s.exact());
        // Two predictions on one gold span: only one may match.
        s.add(List.of(new int[] {0, 4}), List.of(new int[] {0, 2}, new int[] {0, 4}));
        assertEquals(new Counts(2, 2, 1), s.overlap());
        assertEquals(new Counts(1, 3, 2), s.exact());
        assertEquals(new Counts(6, 1, 3), s.tokens());
    }

    @Test
    void bioTagsBecomeTokenRanges() throws IOException {
        String conll = "Iraqi B-S\ntroops I-S\nattacked O\nthe B-T\ntown I-T\n.\tO\n\nA B-R\nand O\nB B-R\nmet O\nC I-T\n";
        List<CameoCorpus.Tagged> t = CameoCorpus.readTagged(new StringReader(conll));
        assertEquals(2, t.size());
        assertArrayEquals(new int[] {0, 2}, t.get(0).source().get(0));
        assertArrayEquals(new int[] {3, 5}, t.get(0).target().get(0));
        assertEquals("Iraqi troops attacked the town", t.get(0).text()); // the tab-separated line is skipped
        assertEquals(2, t.get(1).reciprocal().size());
        assertArrayEquals(new int[] {4, 5}, t.get(1).target().get(0)); // I- without B- opens a chunk
        assertArrayEquals(new int[] {6, 12}, t.get(0).offsets().get(1));
        List<CameoCorpus.Labelled> c = CameoCorpus.readClasses(new StringReader("Police arrested him.\t4\nbad line\nX\t7\n"));
        assertEquals(List.of(new CameoCorpus.Labelled("Police arrested him.", 4)), c);
    }

    @Test
    void reciprocalGoldTakesTheDirectionOfThePrediction() throws IOException {
        List<CameoCorpus.Tagged> t = CameoCorpus.readTagged(new StringReader(
                "A B-R\nmet O\nB B-R\n\nA B-S\nmet O\nB B-R\n"));
        List<List<int[]>> ab = EventEval.goldRoles(t.get(0), List.of(new int[] {0, 1}));
        assertArrayEquals(new int[] {0, 1}, ab.get(0).get(0));
        assertArrayEquals(new int[] {2, 3}, ab.get(1).get(0));
        List<List<int[]>> ba = EventEval.goldRoles(t.get(0), List.of(new int[] {2, 3}));
        assertArrayEquals(new int[] {2, 3}, ba.get(0).get(0));
        assertArrayEquals(new int[] {0, 1}, ba.get(1).get(0));
        // nothing predicted: the first participant is the source; a gold source keeps the gold's roles
        assertArrayEquals(new int[] {0, 1}, EventEval.goldRoles(t.get(0), List.of()).get(0).get(0));
        List<List<int[]>> kept = EventEval.goldRoles(t.get(1), List.of(new int[] {2, 3}));
        assertArrayEquals(new int[] {0, 1}, kept.get(0).get(0));
        assertEquals(0, kept.get(1).size());
    }

    @Test
    void mentionsMapToTokenRanges() {
        List<int[]> tokens = List.of(new int[] {0, 5}, new int[] {6, 12}, new int[] {13, 21});
        List<int[]> r = EventEval.tokenRanges(List.of(new Evidence(0, 12, "Iraqi troops"), new Evidence(14, 16, "tt"),
                new Evidence(30, 35, "xxxxx")), tokens);
        assertEquals(2, r.size());
        assertArrayEquals(new int[] {0, 2}, r.get(0));
        assertArrayEquals(new int[] {2, 3}, r.get(1));
    }

    @Test
    void splitIsDeterministicAndSharedByClauseVariants() {
        assertEquals("theunsaidno1", Split.key("The U.N. said “no” 1."));
        assertEquals(Split.of(Split.key("A b")), Split.of(Split.key("a  B")));
        String full = Split.key("At least 11 soldiers were killed after the Islamic State attacked an army camp.");
        String clause = Split.key("The Islamic State attacked an army camp .");
        assertEquals(full, EventEval.splitKey(clause, List.of("other", full)));
        assertEquals("unrelated", EventEval.splitKey("unrelated", List.of(full)));
        long report = java.util.stream.IntStream.range(0, 10_000).filter(i -> Split.of("s" + i) == Split.Part.REPORT).count();
        assertEquals(2000, report, 150); // about one in five
        // halves: every report-part sentence is in the held-back half, which is about half of all
        long held = java.util.stream.IntStream.range(0, 10_000).filter(i -> Split.half("s" + i) == Split.Half.HELD).count();
        assertEquals(5000, held, 200);
        assertEquals(true, java.util.stream.IntStream.range(0, 10_000)
                .filter(i -> Split.of("s" + i) == Split.Part.REPORT).allMatch(i -> Split.half("s" + i) == Split.Half.HELD));
    }

    @Test
    void locationSpansComeFromTokenIdsWhenGiven() throws IOException {
        // The LOCATION's char offsets are token numbers, as in many records of the file.
        String json = "[{\"_id\":\"a\",\"text\":\"Gunmen attacked Kabul.\","
                + "\"tokens\":[{\"id\":0,\"start\":0,\"end\":6},{\"id\":1,\"start\":7,\"end\":15},"
                + "{\"id\":2,\"start\":16,\"end\":21}],"
                + "\"spans\":[{\"start\":7,\"end\":15,\"token_start\":1,\"token_end\":1,\"label\":\"VERB\"},"
                + "{\"start\":2,\"end\":2,\"token_start\":2,\"token_end\":2,\"label\":\"LOCATION\"}]}]";
        List<LocationCorpus.Located> r = LocationCorpus.parse(new ObjectMapper().readTree(json));
        assertArrayEquals(new int[] {16, 21}, r.get(0).locations().get(0));
        assertArrayEquals(new int[] {7, 15}, r.get(0).verb());
    }

    @Test
    void locationRecordsNeedExactlyOneVerb() throws IOException {
        String json = "[{\"_id\":\"a\",\"source\":\"RELABEL\",\"text\":\"Gunmen attacked Kabul.\","
                + "\"tokens\":[{\"start\":0,\"end\":6},{\"start\":7,\"end\":15},{\"start\":16,\"end\":21},{\"start\":21,\"end\":22}],"
                + "\"spans\":[{\"start\":7,\"end\":15,\"label\":\"VERB\"},{\"start\":16,\"end\":21,\"label\":\"LOCATION\"}]},"
                + "{\"_id\":\"b\",\"text\":\"No verb.\",\"tokens\":[{\"start\":0,\"end\":2}],\"spans\":[]},"
                + "{\"_id\":\"c\",\"text\":\"Bad.\",\"tokens\":[{\"start\":0,\"end\":99}],\"spans\":[{\"start\":0,\"end\":3,\"label\":\"VERB\"}]}]";
        List<LocationCorpus.Located> r = LocationCorpus.parse(new ObjectMapper().readTree(json));
        assertEquals(1, r.size());
        assertEquals(true, r.get(0).gold());
        assertArrayEquals(new int[] {16, 21}, r.get(0).locations().get(0));
        EventRecord at = event("ASSAULT", "190", 7, 0, 22);
        assertEquals(at, EventEval.atVerb(List.of(event("AGREE", "030", 0, 0, 5), at), r.get(0).verb()));
        assertNull(EventEval.atVerb(List.of(), r.get(0).verb()));
    }
}

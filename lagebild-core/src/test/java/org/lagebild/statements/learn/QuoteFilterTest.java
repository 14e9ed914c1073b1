package org.lagebild.statements.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Evidence;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;

class QuoteFilterTest {
    /** "Merkel sagte , Lage sei ernst ." as an indirect quotation of "sagte" with the speaker "Merkel". */
    static StatementRecord cued(AnnotatedDocument d) {
        var t = d.tokens();
        return new StatementRecord("s1", new StatementRecord.Party(null, t.get(0).start(), t.get(0).end(), "Merkel"),
                new StatementRecord.Cue(t.get(1).start(), t.get(1).end(), "sagte", "sagen", List.of(Evidence.of(d.tokenSpan(1)))),
                Evidence.of(d.span(3, 5)), "indirect", "speech", null, null, null, Evidence.of(d.span(0, 6)));
    }

    /** The same sentence read as a reported act without cue and speaker (what the rules sometimes make of narration). */
    static StatementRecord uncued(AnnotatedDocument d, String id, String parent) {
        return new StatementRecord(id, null, null, Evidence.of(d.span(3, 5)), "reported", "speech", null, null, parent,
                Evidence.of(d.span(0, 6)));
    }

    static QuoteFilter trained() {
        List<List<String>> features = new ArrayList<>();
        List<Boolean> keep = new ArrayList<>();
        for (String name : List.of("Merkel", "Putin", "Biden", "Scholz")) {
            AnnotatedDocument d = EventModelTest.sentence(name, "sagte", "Lage", "ernst");
            StatementRecord a = cued(d);
            StatementRecord b = uncued(d, "s2", null);
            features.add(QuoteFilter.features(d, List.of(a), a));
            keep.add(true);
            features.add(QuoteFilter.features(d, List.of(b), b));
            keep.add(false);
        }
        return new QuoteFilter(QuoteFilter.train(features, keep, 4, 7), 0f);
    }

    @Test
    void keepsTheCuedQuotationAndDropsTheUncuedReportedOne() {
        QuoteFilter f = trained();
        AnnotatedDocument d = EventModelTest.sentence("Macron", "sagte", "Lage", "ernst");
        StatementRecord a = cued(d);
        StatementRecord b = uncued(d, "s2", null);
        assertEquals(List.of(a), f.apply(d, List.of(a)));
        assertEquals(List.of(), f.apply(d, List.of(b)), "the uncued reported reading is dropped");
        assertTrue(f.margin(d, List.of(a), a) > 0);
    }

    @Test
    void aDroppedQuotationTakesItsNestedOnesAlong() {
        AnnotatedDocument d = EventModelTest.sentence("Macron", "sagte", "Lage", "ernst");
        StatementRecord a = cued(d);
        StatementRecord b = uncued(d, "s2", null);
        StatementRecord nestedInB = uncued(d, "s3", "s2");
        StatementRecord nestedInA = uncued(d, "s4", "s1");
        assertEquals(List.of(a, nestedInA), QuoteFilter.without(List.of(a, b, nestedInB, nestedInA), Set.of("s2")));
        assertEquals(List.of(a, b, nestedInB, nestedInA), QuoteFilter.without(List.of(a, b, nestedInB, nestedInA), Set.of()));
    }

    @Test
    void theNewsModelCarriesTheFilterOnlyWhenItsFileIsThere(@TempDir Path base) throws IOException {
        Path model = base.resolve(QuoteModels.NEWS_NC);
        Files.createDirectories(model.getParent());
        try (var out = Files.newOutputStream(model)) {
            EventModel.train(EventModelTest.corpus(), QuoteTrainer.config("parliament"), 1, 7, s -> { }).write(out);
        }
        assertNull(QuoteModels.newsNonCommercial(base).filter(), "no filter file, no filter");
        try (var out = Files.newOutputStream(base.resolve(QuoteModels.NEWS_NC_FILTER))) {
            trained().withThreshold(2f).write(out);
        }
        assertEquals(2f, QuoteModels.newsNonCommercial(base).filter().threshold());
    }

    /** The uncued reading as a candidate of the rules (a reading they reject). */
    static StatementRecord candidate(AnnotatedDocument d) {
        return new StatementRecord("c1:weakReported", null, null, Evidence.of(d.span(3, 5)), "reported", "speech", null, null, null,
                Evidence.of(d.span(0, 6)));
    }

    @Test
    void candidatesAreKeptOnlyFromTheirOwnThreshold() {
        assertTrue(QuoteFilter.keep(true, 5f, 100f, 5f));
        assertFalse(QuoteFilter.keep(true, 4.9f, -100f, 5f), "a candidate below its threshold goes, whatever the statements' threshold");
        assertFalse(QuoteFilter.keep(true, 1e9f, -100f, Float.NaN), "a filter without candidate threshold keeps no candidate");
        assertTrue(QuoteFilter.keep(false, 0f, 0f, Float.NaN));
        AnnotatedDocument d = EventModelTest.sentence("Macron", "sagte", "Lage", "ernst");
        StatementRecord c = candidate(d);
        QuoteFilter f = trained();
        assertFalse(f.scoresCandidates());
        assertEquals(List.of(), f.withThreshold(-1e9f).apply(d, List.of(c)), "the session-14 filter drops every candidate");
        float margin = f.margin(d, List.of(c), c);
        QuoteFilter keeping = f.withThreshold(0f).withCandidateThreshold(margin);
        assertEquals(List.of(c), keeping.apply(d, List.of(c)));
        assertEquals(List.of(), f.withThreshold(0f).withCandidateThreshold(margin + 1f).apply(d, List.of(c)));
    }

    @Test
    void candidatesHaveFeaturesOfTheirOwnAndAreNoContext() {
        AnnotatedDocument d = EventModelTest.sentence("Macron", "sagte", "Lage", "ernst");
        StatementRecord a = cued(d);
        StatementRecord c = candidate(d);
        assertEquals(QuoteFilter.features(d, List.of(a), a), QuoteFilter.features(d, List.of(a, c), a),
                "a statement scores as without the candidates");
        List<String> f = QuoteFilter.features(d, List.of(a, c), c);
        assertTrue(f.contains("cand=weakReported") && f.contains("C|bias") && f.contains("bias"), f.toString());
        assertFalse(QuoteFilter.features(d, List.of(a), a).contains("C|bias"));
    }

    @Test
    void aCandidateIsRightOnlyWhereTheRulesMissTheGoldQuotation() {
        AnnotatedDocument d = EventModelTest.sentence("Macron", "sagte", "Lage", "ernst");
        StatementRecord a = cued(d);
        StatementRecord c = candidate(d);
        List<List<int[]>> gold = List.of(List.of(new int[] {a.quote().start(), a.quote().end()}));
        assertTrue(QuoteFilterTrainer.keep(gold, List.of(), c), "no statement has the gold quotation: the candidate finds it");
        assertFalse(QuoteFilterTrainer.keep(gold, List.of(a), c), "beside the statement that has it, the candidate is spurious");
        assertTrue(QuoteFilterTrainer.keep(gold, List.of(a), a), "a statement's label is overlap alone");
        assertFalse(QuoteFilterTrainer.keep(List.of(), List.of(), c));
    }

    @Test
    void filterWithCandidateThresholdReadsBack() throws IOException {
        QuoteFilter f = trained().withThreshold(-10f).withCandidateThreshold(7.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(out);
        QuoteFilter g = QuoteFilter.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(-10f, g.threshold());
        assertEquals(7.5f, g.candidateThreshold());
        assertTrue(g.scoresCandidates());
    }

    @Test
    void writtenFilterReadsBackWithItsThreshold() throws IOException {
        QuoteFilter f = trained().withThreshold(-1.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(out);
        QuoteFilter g = QuoteFilter.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(-1.5f, g.threshold());
        assertFalse(g.scoresCandidates(), "a filter without candidates keeps the session-14 format");
        AnnotatedDocument d = EventModelTest.sentence("Macron", "sagte", "Lage", "ernst");
        StatementRecord b = uncued(d, "s2", null);
        assertEquals(f.margin(d, List.of(b), b), g.margin(d, List.of(b), b), 1e-6);
    }
}

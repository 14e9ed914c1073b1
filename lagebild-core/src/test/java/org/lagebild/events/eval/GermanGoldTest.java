package org.lagebild.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.events.EventLexicon;
import org.lagebild.events.eval.GermanGold.GoldArticle;
import org.lagebild.events.eval.GermanGold.GoldEvent;
import org.lagebild.events.eval.GermanGold.GoldSpan;
import org.lagebild.events.eval.GermanGold.Predicted;
import org.lagebild.pipeline.Analyzer;

class GermanGoldTest {
    private static final String TEXT = "Russland griff die Ukraine an. Das Wetter war gut. Die NATO traf sich in Brüssel.";

    private static GoldSpan at(String s) {
        int i = TEXT.indexOf(s);
        return new GoldSpan(i, i + s.length(), s, null);
    }

    private static int[] pos(String s) {
        int i = TEXT.indexOf(s);
        return new int[] {i, i + s.length()};
    }

    private static GoldArticle article() {
        return new GoldArticle("t", "T", "2022-01-12", TEXT, List.of(
                new GoldEvent("ASSAULT", null, at("griff"), List.of(at("Russland")), List.of(at("Ukraine")), null,
                        false, false, false),
                new GoldEvent("CONSULT", null, at("traf"), List.of(at("NATO")), List.of(), at("Brüssel"),
                        false, false, false)));
    }

    private static Predicted pred(String type, String trigger, List<int[]> src, List<int[]> tgt, int[] loc) {
        int[] t = pos(trigger);
        return new Predicted(type, t[0], t[1], src, tgt, loc, loc == null ? null : TEXT.substring(loc[0], loc[1]),
                false, false, false);
    }

    @Test
    void perfectPredictionScoresOne() {
        GermanGold.Score s = new GermanGold.Score();
        GermanGold.score(article(), List.of(
                pred("ASSAULT", "griff", List.of(pos("Russland")), List.of(pos("Ukraine")), null),
                pred("CONSULT", "traf", List.of(pos("Die NATO")), List.of(), pos("Brüssel"))), s);
        assertEquals(1.0, s.micro().prf().f1(), 1e-9);
        assertEquals(2, s.typed());
        assertEquals(1.0, s.sourceAccuracy(), 1e-9);
        assertEquals(1.0, s.targetAccuracy(), 1e-9);
        assertEquals(1.0, s.locationAccuracy(), 1e-9);
        assertEquals(1, s.emptySentences);
        assertEquals(0.0, s.falseEventRate(), 1e-9);
    }

    @Test
    void wrongTypeWrongActorAndSpuriousEventAreCounted() {
        GermanGold.Score s = new GermanGold.Score();
        GermanGold.score(article(), List.of(
                // same trigger, wrong type: FP for COERCE and FN for ASSAULT
                pred("COERCE", "griff", List.of(pos("Russland")), List.of(), null),
                // other trigger in the gold sentence, right type: matched by sentence + type; wrong source
                pred("CONSULT", "Brüssel", List.of(pos("Brüssel")), List.of(), null),
                // an event in the sentence without a gold event
                pred("PROTEST", "Wetter", List.of(), List.of(), null)), s);
        assertEquals(1, s.counts("ASSAULT").fn());
        assertEquals(1, s.counts("COERCE").fp());
        assertEquals(1, s.counts("CONSULT").tp());
        assertEquals(1, s.counts("PROTEST").fp());
        assertEquals(1, s.typed());
        assertEquals(0.0, s.sourceAccuracy(), 1e-9);
        assertEquals(1.0, s.targetAccuracy(), 1e-9); // both empty
        assertEquals(0.0, s.locationAccuracy(), 1e-9);
        assertEquals(1.0, s.falseEventRate(), 1e-9);
        assertEquals(1.0 / 3, s.micro().prf().precision(), 1e-9);
        assertEquals(0.5, s.micro().prf().recall(), 1e-9);
    }

    @Test
    void aLocationWhereTheGoldHasNoneCountsAgainstLocationPrecisionOnly() {
        GermanGold.Score s = new GermanGold.Score();
        GermanGold.score(article(), List.of(
                pred("ASSAULT", "griff", List.of(pos("Russland")), List.of(pos("Ukraine")), pos("Brüssel")),
                pred("CONSULT", "traf", List.of(pos("Die NATO")), List.of(), pos("Brüssel"))), s);
        assertEquals(1.0, s.locationAccuracy(), 1e-9); // the one gold location is found
        assertEquals(0.5, s.locationPrecision(), 1e-9); // the ASSAULT's gold has none
        assertTrue(s.format().contains("location given (correctly typed events): 2, right 50.0% (1;"));
    }

    @Test
    void pronounMatchesThroughItsAntecedentAndLocationByText() {
        GoldSpan pronoun = new GoldSpan(0, 8, "Russland", at("Ukraine")); // contrived ref
        assertTrue(pronoun.overlaps(pos("Ukraine")[0], pos("Ukraine")[1]));
        assertTrue(GermanGold.roleCorrect(List.of(pronoun), List.of(pos("Ukraine"))));
        assertFalse(GermanGold.roleCorrect(List.of(at("NATO")), List.of(pos("NATO"), pos("Wetter"))));
        assertTrue(GermanGold.roleLenient(List.of(at("NATO")), List.of(pos("NATO"), pos("Wetter"))));
        assertFalse(GermanGold.roleCorrect(List.of(), List.of(pos("NATO"))));
        Predicted elsewhere = new Predicted("CONSULT", 0, 1, List.of(), List.of(), new int[] {500, 507}, "Brüssel",
                false, false, false);
        assertTrue(GermanGold.locationCorrect(at("Brüssel"), elsewhere));
    }

    @Test
    void differencesListMissedWrongAndFalseEvents() {
        List<String> lines = GermanGold.differences(article(), List.of(
                pred("ASSAULT", "griff", List.of(pos("Ukraine")), List.of(pos("Ukraine")), null),
                pred("PROTEST", "Wetter", List.of(), List.of(), null)));
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(1).contains("ROLES source [Ukraine]") && lines.get(1).contains("\"griff\""), lines.get(1));
        assertTrue(lines.get(2).contains("MISSED \"traf\"") && lines.get(2).endsWith("Die NATO traf sich in Brüssel."),
                lines.get(2));
        assertTrue(lines.get(3).contains("FALSE \"Wetter\"") && lines.get(3).endsWith("Das Wetter war gut."), lines.get(3));
    }

    @Test
    void sentencesRespectNumbersAndAbbreviations() {
        String t = "Am 2. Dezember sprach er (dt. etwa Arbeiterpartei) mit ihm. „Nein“, sagte sie. Ende\nNeu";
        List<int[]> s = GermanGold.sentences(t);
        assertEquals(4, s.size(), () -> s.stream().map(x -> t.substring(x[0], x[1])).toList().toString());
        assertEquals("Am 2. Dezember sprach er (dt. etwa Arbeiterpartei) mit ihm.", t.substring(s.get(0)[0], s.get(0)[1]));
        assertEquals("Ende", t.substring(s.get(2)[0], s.get(2)[1]));
    }

    @Test
    void badOffsetsAreRejected() throws IOException {
        var node = new ObjectMapper().readTree("{\"id\":\"x\",\"text\":\"Abc def\",\"events\":[{\"type\":\"AID\","
                + "\"trigger\":{\"start\":0,\"end\":3,\"text\":\"Abd\"},\"source\":[],\"target\":[],\"location\":null}]}");
        assertThrows(IllegalArgumentException.class, () -> GermanGold.parse(node, "x.json"));
    }

    /** Session 25: a gold file may name its language (eval/voa-en-events); without one it is German. */
    @Test
    void languageComesFromTheFile() throws IOException {
        var mapper = new ObjectMapper();
        assertEquals("en", GermanGold.parse(mapper.readTree("{\"id\":\"x\",\"lang\":\"en\",\"text\":\"Abc\",\"events\":[]}"),
                "x.json").lang());
        assertEquals("de", GermanGold.parse(mapper.readTree("{\"id\":\"x\",\"text\":\"Abc\",\"events\":[]}"),
                "x.json").lang());
    }

    /** The gold in the repository: every file parses with verified offsets; five articles are scored. */
    @Test
    void repositoryGoldLoadsAndScores() throws IOException {
        Path dir = Path.of("..", "eval", "gold-de-events");
        List<GoldArticle> all = GermanGold.read(dir);
        assertTrue(all.size() >= 20, "articles " + all.size());
        for (GoldArticle a : all) {
            for (GoldEvent e : a.events()) {
                var type = EventLexicon.get().type(e.type());
                assertTrue(type.isPresent(), a.id() + ": " + e.type());
                assertTrue(e.mode() == null || type.get().hasMode(e.mode()), a.id() + ": " + e.type() + ":" + e.mode());
            }
        }
        // the development gold (eval/dev-de-events) is a different set of articles, in the same format
        List<GoldArticle> dev = GermanGold.read(Path.of("..", "eval", "dev-de-events"));
        assertTrue(dev.size() >= 15, "dev articles " + dev.size());
        var testIds = all.stream().map(GoldArticle::id).collect(java.util.stream.Collectors.toSet());
        assertTrue(dev.stream().noneMatch(a -> testIds.contains(a.id())), "dev and test gold share an article");
        GermanGold.Score s = new GermanGold(new Analyzer(), p -> { }).run(dir, 5);
        assertEquals(5, s.articles);
        assertTrue(s.gold > 0);
        assertTrue(s.format().contains("event type micro"));
    }
}

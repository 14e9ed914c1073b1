package org.lagebild.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lagebild.events.eval.QuadClass;
import org.lagebild.ingest.Document;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;

/**
 * The separately shipped non-commercial classifier ({@code models/events-en-nc/}) inside
 * {@code analyze} on English sentences written for this test; skipped when the model is absent.
 */
class EnglishEventClassifierTest {
    private static final Path MODEL = Path.of("..").resolve(EnglishEventClassifier.NON_COMMERCIAL);
    private static final Analyzer RULES = new Analyzer();
    private static EnglishEventClassifier nc;
    private static Analyzer learned;
    private static Analyzer adding;

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(Files.isRegularFile(MODEL), MODEL + " absent (the non-commercial model is optional)");
        nc = EnglishEventClassifier.nonCommercial(Path.of(".."));
        learned = new Analyzer(null, nc);
        adding = new Analyzer(null, EnglishEventClassifier.addingAtTriggers(nc.model(), 0.5));
    }

    private static List<EventRecord> events(Analyzer a, String text) throws Exception {
        return a.analyze(new Document("t", text, "en", null, null, null, "t")).events();
    }

    @Test
    void theModelHasTheFiveClassesAndAMissingOneIsExplained() {
        assertEquals(QuadClass.NAMES.size(), nc.model().classes());
        IOException e = assertThrows(IOException.class, () -> EnglishEventClassifier.nonCommercial(Path.of("/nonexistent")));
        assertTrue(e.getMessage().contains("CC BY-NC-SA 3.0"), e.getMessage());
    }

    @Test
    void addsAnEventTheConstrainedRulesMissWithItsSourceActor() throws Exception {
        // "provide" needs an aid word or a currency as object in the lexicon; "kronor" is not one.
        String s = "Ireland has provided 3 million kronor to Lebanon this year.";
        assertTrue(events(RULES, s).isEmpty(), events(RULES, s).toString());
        List<EventRecord> e = events(adding, s);
        assertEquals(1, e.size(), e.toString());
        assertEquals("AID", e.get(0).type());
        assertEquals("provided", e.get(0).trigger().text());
        assertEquals(List.of("IRL"), e.get(0).source());
    }

    @Test
    void keepsARuleEventOfTheRightClass() throws Exception {
        // Until session 6 the rules coded the "ban" (COERCE) and the classifier re-typed it; now "lift"
        // takes "ban" as object and the lifted ban is no event of its own, so the rules are right and
        // the classifier keeps their event.
        String s = "A court in Ankara has lifted a travel ban on a German journalist.";
        List<EventRecord> rules = events(RULES, s);
        assertEquals(1, rules.size(), rules.toString());
        assertEquals(2, QuadClass.of(rules.get(0)), rules.toString());
        List<EventRecord> e = events(learned, s);
        assertEquals(1, e.size(), e.toString());
        assertEquals("RETREAT", e.get(0).type(), e.toString());
        assertEquals("lifted", e.get(0).trigger().text());
        assertEquals(rules.get(0).id(), e.get(0).id());
    }

    @Test
    void liftingARestrictionIsMaterialCooperation() throws Exception {
        String s = "The Kenyan government lifted the state of emergency in the capital on Friday.";
        List<EventRecord> e = events(adding, s);
        assertEquals(1, e.size(), e.toString());
        assertEquals(2, QuadClass.of(e.get(0)), e.toString());
        assertEquals("lifted", e.get(0).trigger().text());
    }

    @Test
    void sentencesWithoutAnEventStayWithout() throws Exception {
        for (String s : List.of("The weather in Berlin was sunny on Monday.",
                "The museum opened a new wing with paintings from the 18th century.",
                "Shares of the company rose by 4 percent after the report.")) {
            assertTrue(events(adding, s).isEmpty(), s + " " + events(adding, s));
        }
    }

    @Test
    void eventsTheRulesGetRightAreKept() throws Exception {
        String s = "Indian police arrested three opposition activists in Delhi.";
        assertEquals(events(RULES, s), events(learned, s));
    }
}

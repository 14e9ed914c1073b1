package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.events.eval.QuadClass;
import org.lagebild.ingest.Document;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;

/** English rule patterns of session 6, on sentences written for this test. */
class EnglishEventRulesTest {
    private static final Analyzer RULES = new Analyzer();

    private static List<EventRecord> events(String text) throws Exception {
        return RULES.analyze(new Document("t", text, "en", null, null, null, "t")).events();
    }

    private static EventRecord only(String text) throws Exception {
        List<EventRecord> e = events(text);
        assertEquals(1, e.size(), e.toString());
        return e.get(0);
    }

    @Test
    void phraseTriggersAreFoundAtTheirVerb() throws Exception {
        EventRecord e = only("The opposition called on the government to raise wages.");
        assertEquals("REQUEST", e.type());
        assertEquals(List.of("group:OPP:opposition"), e.source());
        assertEquals("020", e.cameo());
        assertEquals("called", e.trigger().text());
    }

    @Test
    void aNounEventOfASupportVerbTakesItsSubjectAndToPhrase() throws Exception {
        EventRecord e = only("The United States has issued an ultimatum to Sudan.");
        assertEquals("THREATEN", e.type());
        assertEquals(List.of("USA"), e.source());
        assertEquals(List.of("SDN"), e.target());
    }

    @Test
    void aLiftedBanIsOneEventNotTwo() throws Exception {
        EventRecord e = only("The president lifted the travel ban on Chadian citizens.");
        assertEquals("RETREAT", e.type());
        assertEquals("lifted", e.trigger().text());
    }

    @Test
    void rejectingAnAccusationIsNoEvent() throws Exception {
        List<EventRecord> e = events("The foreign ministry rejected accusations by the United States.");
        assertTrue(e.isEmpty(), e.toString());
    }

    @Test
    void refusedAndThreatenedActsAreClassedAsCameoDoes() throws Exception {
        EventRecord refused = events("The government refused to lift the sanctions on Iran.").stream()
                .filter(x -> x.type().equals("RETREAT")).findFirst().orElseThrow();
        assertTrue(refused.negated(), refused.toString());
        assertEquals(3, QuadClass.of(refused));
        EventRecord threat = events("Rebel units threatened to shell the British forces.").stream()
                .filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertTrue(threat.future(), threat.toString());
        assertEquals(3, QuadClass.of(threat));
    }
}

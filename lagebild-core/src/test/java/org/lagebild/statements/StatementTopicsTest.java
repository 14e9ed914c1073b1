package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.StatementRecord;
import org.lagebild.pipeline.Analyzer;

/** English statement topics ({@link StatementTopics}) on sentences written for this test, parsed by the pipeline. */
class StatementTopicsTest {
    private static final Analyzer RULES = new Analyzer();

    private static StatementRecord first(String text, String lang) throws Exception {
        List<StatementRecord> s = RULES.analyze(new Document("t", text, lang, null, null, null, "t")).statements();
        assertEquals(false, s.isEmpty(), "no statement in: " + text);
        return s.get(0);
    }

    private static StatementRecord.Party topic(String text) throws Exception {
        return first(text, "en").topic();
    }

    @Test
    void anAttitudeNounsPhraseIsTheTopic() throws Exception {
        StatementRecord.Party t = topic("The minister expressed optimism about the new trade agreement.");
        assertEquals("the new trade agreement", t.text());
        assertNull(t.actor());
        StatementRecord s = first("The minister expressed optimism about the new trade agreement.", "en");
        assertEquals(t.text(), s.sentence().text().substring(t.start() - s.sentence().start(), t.end() - s.sentence().start()));
        assertEquals("the violence in the capital", topic("The United States voiced concern over the violence in the capital.").text());
    }

    @Test
    void aVenueIsNoTopic() throws Exception {
        assertNull(topic("The minister expressed optimism at a news conference in Geneva."));
    }

    @Test
    void anAttitudeAdjectiveInTheMessageNamesTheTopic() throws Exception {
        assertEquals("Russian intentions", topic("The ministry said it is skeptical about Russian intentions.").text());
        assertEquals("the ceasefire", topic("The senator said he is hopeful that the ceasefire will hold.").text());
    }

    @Test
    void aPhraseBeforeTheAdjectiveIsNotItsTopic() throws Exception {
        assertNull(topic("“At the beginning people were a bit skeptical,” said the mayor, sitting in a cafe."));
    }

    @Test
    void theSubjectOfAnAttitudesThatClauseIsTheTopic() throws Exception {
        assertEquals("the ceasefire", topic("The senator expressed hope that the ceasefire would hold.").text());
    }

    @Test
    void aRejectedAccusationIsTheTopicAndItsAccuserTheActor() throws Exception {
        StatementRecord.Party t = topic("The government rejected accusations by Germany that it had hidden the report.");
        assertEquals("accusations by Germany", t.text());
        assertEquals("DEU", t.actor());
    }

    @Test
    void aVerbsOwnMessageHasNoTopic() throws Exception {
        assertNull(topic("The minister said the talks had failed."));
        assertNull(topic("The spokesman declined to comment on the dispute."));
    }

    @Test
    void germanStatementsHaveNoTopic() throws Exception {
        assertNull(first("Der Minister sagte, er sei skeptisch gegenüber den russischen Absichten.", "de").topic());
    }

    @Test
    void anAttitudeNounsToPhraseIsTheAddressee() throws Exception {
        StatementRecord s = first("The president expressed condolences to Chancellor Olaf Scholz over the death of the former minister.", "en");
        assertEquals("Chancellor Olaf Scholz", s.addressee().text());
        assertEquals("the death of the former minister", s.topic().text());
        // the to-phrase of a thing announced is its recipient, no addressee
        assertNull(first("The minister announced new military aid to Ukraine.", "en").addressee());
    }
}

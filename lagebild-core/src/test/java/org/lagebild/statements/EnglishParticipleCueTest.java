package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.StatementRecord;
import org.lagebild.pipeline.Analyzer;

/** English cues that say their own message after them (session 22, VOA news read by hand). */
class EnglishParticipleCueTest {
    private static final Analyzer RULES = new Analyzer();

    private static List<StatementRecord> statements(String text) throws Exception {
        return RULES.analyze(new Document("t", text, "en", null, null, null, "t")).statements();
    }

    @Test
    void anAsClauseWithItsOwnComplementIsNotAboutTheMainClause() throws Exception {
        List<StatementRecord> s = statements("The statement comes as the Kremlin said that much remains to be done.");
        assertEquals(1, s.size(), s.toString());
        assertEquals("that much remains to be done", s.get(0).quote().text());
    }

    @Test
    void aParticipleAfterACommaIsNoInvertedCue() throws Exception {
        // before: "citing" with "steep cuts …" as its speaker and the quotation as its message
        List<StatementRecord> s = statements("\"We can compete,\" said engineer Alonso Soberon, citing steep cuts in production costs.");
        assertTrue(s.stream().noneMatch(x -> x.cue().text().equals("citing")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.quote().text().equals("We can compete")), s.toString());
        List<StatementRecord> warned = statements("U.S. officials warned of a resurgence, saying the group was doubling its attacks.");
        assertTrue(warned.stream().noneMatch(x -> x.speaker() != null && x.speaker().text().contains("group")), warned.toString());
    }

    /** Session 25: a name right before ", which"/", who" is the speaker's actor though the parser hangs the clause elsewhere. */
    @Test
    void aNameBeforeACommaIsTheRelativeSpeaker() throws Exception {
        List<StatementRecord> s = statements("Ankara's purchase of the S-400s is a significant point of tension with Washington, "
                + "which claims the system poses a threat to NATO's defenses.");
        StatementRecord claim = s.stream().filter(x -> x.cue().text().equals("claims")).findFirst().orElseThrow();
        assertEquals("USA-GOV", claim.speaker().actor(), s.toString());
        // a common noun before the comma names no actor: the report is no one
        List<StatementRecord> report = statements("The purchase is a point of tension in the report, which claims the system "
                + "poses a threat to NATO's defenses.");
        assertTrue(report.stream().noneMatch(x -> x.speaker() != null && x.speaker().actor() != null), report.toString());
    }
}

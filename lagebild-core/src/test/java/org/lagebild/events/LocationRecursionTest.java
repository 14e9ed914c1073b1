package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.time.PublicationDate;

/**
 * Place lookup must terminate: a temporal als-clause lends its place lookup to its main clause without
 * the lookup of a conjoined or governing verb opening the als-clause again.
 */
class LocationRecursionTest {
    private static final Analyzer ANALYZER = new Analyzer();

    private static List<EventRecord> events(String text) throws Exception {
        return ANALYZER.analyze(new Document("t", text, "de", PublicationDate.parse("2019-11-07").orElseThrow(), null, null, "t"))
                .events();
    }

    /**
     * A Bundestag speech (plenary protocol 19/124, 7 Nov 2019, public domain; the tokens of the GermEval-2023
     * SpkAtt corpus joined by spaces) whose analysis overflowed the stack in location ↔ simultaneousPlace.
     */
    @Test
    void speechWithAlsClausesAndConjoinedVerbsIsAnalysed() throws Exception {
        String speech;
        try (InputStream in = getClass().getResourceAsStream("bundestag-19124-ullrich.txt")) {
            assertNotNull(in);
            speech = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertNotNull(events(speech));
    }

    @Test
    void alsClauseStillSharesItsMainClausePlace() throws Exception {
        EventRecord arrest = events("Die Polizei nahm den Mann fest, als er in Leipzig demonstrierte.").stream()
                .filter(e -> e.type().equals("COERCE")).findFirst().orElseThrow();
        assertEquals("Leipzig", arrest.location() == null ? null : arrest.location().text(), arrest.toString());
        // a "nachdem"-clause may lie elsewhere: its place is not lent
        EventRecord after = events("Die Polizei nahm den Mann fest, nachdem er in Leipzig demonstriert hatte.").stream()
                .filter(e -> e.type().equals("COERCE")).findFirst().orElseThrow();
        assertEquals(null, after.location(), after.toString());
    }
}

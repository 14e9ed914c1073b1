package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lagebild.cli.AnalyzeCommandTest.Run;

/** The launcher's class-archive run: it must really analyse, store and serve, or the archive misses those classes. */
class ClassArchiveCommandTest {
    @Test
    void analysesStoresAndServesBothArticlesAndStaysOutOfTheHelp() {
        Run r = AnalyzeCommandTest.run("class-archive");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("2 stored, 11 of 11 requests answered 200"), r.err());
        assertFalse(AnalyzeCommandTest.run("--help").out().contains("class-archive"));
    }

    @Test
    void theRequestsCoverTheDashboardAndEveryReadEndpointOfTheIssue() {
        String all = String.join(" ", ClassArchiveCommand.paths("abc"));
        for (String p : new String[] {"/ ", "/openapi.json", "/api/articles?", "/api/articles/abc", "/api/statements?",
                "/api/events?", "/api/actors?", "/api/actors/", "/api/series?"}) {
            assertTrue((all + " ").contains(p), p);
        }
    }
}

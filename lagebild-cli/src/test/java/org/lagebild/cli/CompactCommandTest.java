package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.cli.AnalyzeCommandTest.Run;
import org.lagebild.store.Store;
import org.lagebild.store.StoreConfig;

/** {@code lagebild compact} as a user runs it (StoreCompactionTest covers rows, kills and a held store). */
class CompactCommandTest {
    @TempDir
    Path dir;

    @Test
    void compactsAStoreAndReportsSizes() {
        Path data = dir.resolve("data");
        try (Store s = Store.open(StoreConfig.embedded(data))) {
            assertEquals(0, s.stats().articles());
        }
        Run run = AnalyzeCommandTest.run("compact", "--data", data.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("compacted " + data + " in "), run.out());
        assertTrue(run.out().contains("database ") && run.out().contains(" bytes"), run.out());
    }

    @Test
    void refusesWithoutAStoreOrForPostgres() {
        Run none = AnalyzeCommandTest.run("compact", "--data", dir.resolve("none").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no store in"), none.err());
        assertEquals(2, AnalyzeCommandTest.run("compact", "--db", "jdbc:postgresql://localhost/x").code());
        assertEquals(2, AnalyzeCommandTest.run("ingest", "--db", "jdbc:postgresql://localhost/x", "--compact", "x.txt").code());
    }
}

package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoreCompaction}: the same rows after compaction and a file no larger; refused while
 * another process has the store open; a compaction killed at any moment loses nothing.
 */
class StoreCompactionTest {
    @TempDir
    Path dir;

    /**
     * A store written in many small group commits (old page versions) by several runs, as
     * successive ingests leave it: each run's close commits the index, so there are several
     * segments however fast the machine (the index otherwise commits on a timer).
     */
    private Path filled(String name, int articles) {
        Path data = dir.resolve(name);
        Random r = new Random(5);
        int perRun = Math.max(1, articles / 3);
        for (int from = 0; from < articles; from += perRun) {
            try (Store s = Store.open(StoreConfig.embedded(data))) {
                List<Store.Entry> batch = new ArrayList<>();
                for (int i = from; i < Math.min(articles, from + perRun); i++) {
                    batch.add(BulkDedupEquivalenceTest.article(r, i));
                    if (batch.size() == 4) {
                        s.putAll(batch);
                        batch.clear();
                    }
                }
                s.putAll(batch);
            }
        }
        return data;
    }

    @Test
    void compactionKeepsEveryRowAndDoesNotGrowTheFile() throws Exception {
        Path data = filled("store", 120);
        List<String> rows = BulkDedupEquivalenceTest.dump(data);
        long hits;
        try (Store s = Store.open(StoreConfig.embedded(data))) {
            hits = s.articles(ArticleQuery.all().text("Verhandlungen")).size();
        }
        StoreCompaction.Result r = StoreCompaction.compact(StoreConfig.embedded(data));
        assertTrue(r.databaseBefore() > 0 && r.databaseAfter() > 0, r.toString());
        assertTrue(r.databaseAfter() <= r.databaseBefore(), r.toString());
        assertEquals(Files.size(data.resolve("lagebild.mv.db")), r.databaseAfter());
        assertTrue(r.segmentsBefore() > 1, "the fixture should leave several index segments: " + r);
        assertEquals(1, r.segmentsAfter(), r.toString());
        assertEquals(rows, BulkDedupEquivalenceTest.dump(data));
        try (Store s = Store.open(StoreConfig.embedded(data))) {
            assertTrue(hits > 10, "hits: " + hits);
            assertEquals(hits, s.articles(ArticleQuery.all().text("Verhandlungen")).size());
            assertEquals(120, s.stats().articles());
        }
        // again: nothing left to remove, and nothing lost
        StoreCompaction.Result again = StoreCompaction.compact(StoreConfig.embedded(data));
        assertTrue(again.databaseAfter() <= r.databaseAfter() + 64 * 1024, again.toString());
        assertEquals(rows, BulkDedupEquivalenceTest.dump(data));
    }

    @Test
    void refusesWithoutAStoreOrForPostgres() {
        assertThrows(IllegalArgumentException.class, () -> StoreCompaction.compact(StoreConfig.embedded(dir.resolve("none"))));
        assertThrows(IllegalArgumentException.class,
                () -> StoreCompaction.compact(StoreConfig.server("jdbc:postgresql://localhost/x", dir)));
    }

    @Test
    @Timeout(300)
    void refusedWhileAnotherProcessHasTheStoreOpen() throws Exception {
        Path data = filled("held", 12);
        List<String> rows = BulkDedupEquivalenceTest.dump(data);
        Path log = dir.resolve("hold.log");
        Process holder = child("hold", data, log);
        try {
            awaitLine(holder, log, "open 12");
            StoreCompaction.InUseException e = assertThrows(StoreCompaction.InUseException.class,
                    () -> StoreCompaction.compact(StoreConfig.embedded(data)));
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
            assertTrue(holder.isAlive(), "compaction must not shut down the other process's database");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(0, holder.exitValue(), read(log));
        assertEquals(rows, BulkDedupEquivalenceTest.dump(data));
        assertEquals(1, StoreCompaction.compact(StoreConfig.embedded(data)).segmentsAfter());
    }

    @Test
    @Timeout(600)
    void compactionKilledAtAnyMomentLosesNothing() throws Exception {
        Path data = filled("killed", 60);
        List<String> rows = BulkDedupEquivalenceTest.dump(data);
        Random r = new Random(3);
        for (int kill = 0; kill < 4; kill++) {
            Path log = dir.resolve("loop-" + kill + ".log");
            Process loop = child("loop", data, log);
            try {
                awaitLine(loop, log, "compacted 0");
                Thread.sleep(r.nextInt(400)); // somewhere inside a later compaction
            } finally {
                loop.destroyForcibly();
                assertTrue(loop.waitFor(60, TimeUnit.SECONDS));
            }
            assertEquals(rows, BulkDedupEquivalenceTest.dump(data), "after kill " + kill + ":\n" + read(log));
            try (Store s = Store.open(StoreConfig.embedded(data))) {
                assertEquals(60, s.articles(ArticleQuery.all()).size());
            }
        }
    }

    private static Process child(String mode, Path data, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                CompactionChild.class.getName(), mode, data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitLine(Process p, Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!read(log).contains(line)) {
            assertTrue(p.isAlive(), "child ended early:\n" + read(log));
            assertTrue(System.nanoTime() < deadline, "no '" + line + "' within 120 s:\n" + read(log));
            Thread.sleep(20);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}

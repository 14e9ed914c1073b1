package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWarmUpTest {
    @TempDir
    Path tmp;

    /** The synthetic articles reach the steps the warm-up is for: clusters, near-duplicates, both indexes. */
    @Test
    void syntheticArticlesGoThroughEveryDedupStep() {
        StoreWarmUp.Synthetic articles = new StoreWarmUp.Synthetic(null, new Random(1));
        List<Store.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            entries.add(articles.next());
        }
        try (Store s = Store.open(StoreConfig.embedded(tmp.resolve("data")))) {
            assertEquals(28, s.putAll(entries));
            Store.Stats stats = s.stats();
            assertEquals(28, stats.articles());
            assertTrue(stats.statements() > 28 && stats.events() > 28, stats.toString());
            List<EventCluster> clusters = s.eventClusters(EventQuery.all().page(Page.of(1000, 0)));
            assertTrue(clusters.stream().anyMatch(c -> c.mentions() > 1), "events clustered across articles");
            // every seventh article copies the one before: a near-duplicate of it
            Store.Entry copy = entries.get(6);
            assertEquals(Store.articleId(entries.get(5).document().text()),
                    s.duplicate(Store.articleId(copy.document().text())).orElseThrow().duplicateOf());
            assertFalse(s.articles(ArticleQuery.all().text("Sanktionen")).isEmpty(), "German index");
            assertFalse(s.articles(ArticleQuery.all().text("sanctions")).isEmpty(), "English index");
        }
    }

    @Test
    void runStoresIntoAScratchStoreAndDeletesIt() throws Exception {
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        assertEquals(10, StoreWarmUp.run(scratch, "de", 10, () -> false));
        assertFalse(Files.exists(scratch));
    }

    /** Negative: asked to stop before it starts, nothing is stored, and the directory is gone all the same. */
    @Test
    void stopsAtOnceWhenTheFirstAnalysisIsAlreadyThere() throws Exception {
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        assertEquals(0, StoreWarmUp.run(scratch, "en", 64, () -> true));
        assertFalse(Files.exists(scratch));
    }

    /** Stopped mid-batch: the batch in progress commits what it has, and no further batch starts. */
    @Test
    void stopsWithinABatch() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        int stored = StoreWarmUp.run(Files.createDirectories(tmp.resolve("scratch")), "de", 64,
                () -> asked.incrementAndGet() > 5);
        assertTrue(stored > 0 && stored < StoreWarmUp.BATCH, "stored " + stored);
    }
}

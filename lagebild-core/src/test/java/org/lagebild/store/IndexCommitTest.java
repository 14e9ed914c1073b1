package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of an ingest's input commits the full-text index while the last batch's rows are
 * written (docs/BENCHMARKS.md, session 11): a batch alone leaves the index to its interval and the
 * close, and a batch that ends by its deadline does not signal the end of the input.
 */
class IndexCommitTest {
    @TempDir
    Path dir;

    @Test
    void commitIndexSoonCommitsWhatWasWrittenBeforeTheClose() throws Exception {
        StoreFixtures.Article a = StoreFixtures.german();
        try (Store s = Store.open(StoreConfig.embedded(dir))) {
            assertEquals(1, s.putAll(List.of(new Store.Entry(a.analysis(), a.document())).iterator()));
            assertEquals(0, committedArticles(), "a batch alone commits the database, not the index");
            s.commitIndexSoon();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (committedArticles() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, committedArticles());
        }
        assertEquals(1, committedArticles());
        try (Store s = Store.open(StoreConfig.embedded(dir))) {
            assertEquals(List.of(a.id()), s.articles(ArticleQuery.all().text("Verhandlungen")).stream()
                    .map(ArticleRow::id).toList());
        }
    }

    @Test
    void batchSignalsTheEndOfTheInputOnlyWhenItTakesIt() {
        StoreFixtures.Article a = StoreFixtures.german();
        Store.Entry e = new Store.Entry(a.analysis(), a.document());
        AtomicInteger ended = new AtomicInteger();
        LinkedBlockingQueue<Store.Entry> queue = new LinkedBlockingQueue<>(List.of(Ingester.END));
        Ingester.Batch last = new Ingester.Batch(queue, e, System.nanoTime() + 1_000_000_000L, ended::incrementAndGet);
        assertEquals(e, last.next());
        assertFalse(last.hasNext());
        assertEquals(1, ended.get());

        // a batch closed by its deadline with the input still open
        Ingester.Batch timedOut = new Ingester.Batch(new LinkedBlockingQueue<>(), e, System.nanoTime(),
                ended::incrementAndGet);
        assertTrue(timedOut.hasNext());
        assertEquals(e, timedOut.next());
        assertFalse(timedOut.hasNext());
        assertEquals(1, ended.get());
    }

    private int committedArticles() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"))) {
            if (!DirectoryReader.indexExists(d)) {
                return 0;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                return new IndexSearcher(r).count(new TermQuery(new Term("kind", FullTextIndex.ARTICLE)));
            }
        }
    }
}

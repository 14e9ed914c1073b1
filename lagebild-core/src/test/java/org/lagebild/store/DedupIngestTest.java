package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;

/**
 * The seed article and a syndicated copy of it (another headline, one sentence rewritten),
 * ingested with the full pipeline: one cluster per reported event with both mentions and one
 * source, idempotent, and rebuilt identically for a store written before deduplication.
 */
class DedupIngestTest {
    static final String REWRITTEN = "Der Kreml sprach seinerseits von „grundsätzlichen“ Differenzen.";

    @TempDir
    Path tmp;

    @Test
    void syndicatedCopyOfTheSeedArticle() throws Exception {
        String original = Files.readString(DedupRulesTest.examples().resolve("nato-russland-rat-2022-01.txt"));
        assertTrue(original.contains(REWRITTEN));
        int firstLine = original.indexOf('\n');
        String copy = original.substring(0, firstLine) + "\n\nNato und Russland bleiben uneins\n"
                + original.substring(firstLine).replace(REWRITTEN, "Moskau sprach danach von tiefen Differenzen.");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("1-original.txt"), original, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2-copy.txt"), copy, StandardCharsets.UTF_8);
        String originalId = Store.articleId(original);
        String copyId = Store.articleId(copy);
        Path data = tmp.resolve("data");

        assertEquals(2, ingest(data, in).stored());
        List<String> state;
        try (Store store = Store.open(StoreConfig.embedded(data))) {
            Duplicate d = store.duplicate(copyId).orElseThrow();
            assertEquals(originalId, d.duplicateOf());
            assertTrue(d.similarity() > 0.8, "similarity " + d.similarity());
            Analysis a = store.article(originalId).orElseThrow().analysis();
            Analysis b = store.article(copyId).orElseThrow().analysis();
            List<EventRow> events = store.events(EventQuery.all().page(Page.of(1000, 0)));
            Map<String, String> clusterOf = store.eventClusterIds(events);
            assertEquals(events.size(), clusterOf.size(), "every event has a cluster");
            int paired = 0;
            for (EventRow e : events) {
                if (!e.articleId().equals(copyId)) {
                    continue;
                }
                EventRow twin = events.stream().filter(o -> o.articleId().equals(originalId)
                        && o.type().equals(e.type()) && o.evidence().equals(e.evidence())).findFirst().orElse(null);
                if (twin == null) {
                    continue;
                }
                String cluster = clusterOf.get(e.articleId() + "\u0000" + e.eventId());
                assertEquals(cluster, clusterOf.get(twin.articleId() + "\u0000" + twin.eventId()), e.evidence());
                EventCluster c = store.eventCluster(cluster).orElseThrow().cluster();
                assertTrue(c.mentions() >= 2, c.toString());
                assertEquals(1, c.sources(), "a syndicated copy is no second source: " + c);
                paired++;
            }
            assertTrue(paired >= Math.max(3, a.events().size() - 2), paired + " of " + a.events().size() + " events paired");
            // one cluster per reported event: the copy adds mentions, not clusters
            Set<String> clusters = new HashSet<>(clusterOf.values());
            assertTrue(clusters.size() <= a.events().size() + 1, clusters.size() + " clusters for "
                    + a.events().size() + " + " + b.events().size() + " events");
            for (String id : clusters) {
                assertEquals(1, store.eventCluster(id).orElseThrow().cluster().sources());
            }
            List<StatementRow> statements = store.statements(StatementQuery.all().page(Page.of(1000, 0)));
            Map<String, String> saidIn = store.statementClusterIds(statements);
            Set<String> statementClusters = new HashSet<>(saidIn.values());
            assertTrue(statementClusters.size() <= a.statements().size() + 1, statementClusters.size() + " for "
                    + a.statements().size());
            for (String id : statementClusters) {
                assertEquals(1, store.statementCluster(id).orElseThrow().cluster().sources());
            }
        }
        state = DedupState.of(data);

        // idempotent: the same command again stores and changes nothing
        Ingester.Summary again = ingest(data, in);
        assertEquals(0, again.stored());
        assertEquals(2, again.skipped());
        assertEquals(state, DedupState.of(data));

        // a store written before deduplication: opening it assigns the same clusters
        DedupState.forget(data);
        assertFalse(DedupState.of(data).equals(state));
        try (Store store = Store.open(StoreConfig.embedded(data))) {
            assertEquals(originalId, store.duplicate(copyId).orElseThrow().duplicateOf());
        }
        assertEquals(state, DedupState.of(data));
    }

    private static Ingester.Summary ingest(Path data, Path in) throws InterruptedException {
        StringWriter err = new StringWriter();
        try (Store store = Store.open(StoreConfig.embedded(data))) {
            Ingester.Summary s = new Ingester(store, new Analyzer(), 1, null, new PrintWriter(err), false)
                    .run(DocumentReader.builder().date(IngestChild.DATE).build().read(List.of(in.toString())));
            assertEquals(0, s.failed(), err.toString());
            return s;
        }
    }
}

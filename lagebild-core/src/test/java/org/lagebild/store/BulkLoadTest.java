package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#openBulk}: a bulk load leaves the same rows and the same indexes as an ordinary
 * load, stays idempotent, survives a crash before its indexes are built (the next open builds
 * them), and the indexes it builds at the end are the ones queries use.
 */
class BulkLoadTest {
    @TempDir
    Path dir;

    private static List<Store.Entry> articles(int n) {
        Random r = new Random(5);
        List<Store.Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(BulkDedupEquivalenceTest.article(r, i));
        }
        return out;
    }

    /** Stores the articles in batches of 30, 1 and the rest. */
    private static void putInBatches(Store s, List<Store.Entry> articles) {
        assertEquals(30, s.putAll(articles.subList(0, 30)));
        assertEquals(1, s.putAll(articles.subList(30, 31)));
        assertEquals(articles.size() - 31, s.putAll(articles.subList(31, articles.size())));
    }

    /** The articles stored by an ordinary load into dir/normal. */
    private Path loadedNormally(List<Store.Entry> articles) {
        Path normal = dir.resolve("normal");
        try (Store s = Store.open(StoreConfig.embedded(normal))) {
            putInBatches(s, articles);
        }
        return normal;
    }

    private static void assertSameStore(Path expected, Path actual) throws SQLException {
        assertEquals(BulkDedupEquivalenceTest.dump(expected), BulkDedupEquivalenceTest.dump(actual));
        assertEquals(indexes(expected), indexes(actual));
    }

    @Test
    void bulkLoadLeavesTheSameRowsAndIndexes() throws Exception {
        List<Store.Entry> articles = articles(80);
        Path normal = loadedNormally(articles);
        Path bulk = dir.resolve("bulk");
        try (Store s = Store.openBulk(StoreConfig.embedded(bulk))) {
            try (Connection c = s.reader()) {
                Set<String> during = indexes(c);
                for (String name : Store.QUERY_INDEXES) {
                    assertFalse(during.stream().anyMatch(i -> i.contains(":" + name + "(")), name + " during the load");
                }
            }
            putInBatches(s, articles);
            assertEquals(0, s.putAll(articles.subList(10, 40)), "storing stays idempotent");
        } // close builds the query indexes
        assertSameStore(normal, bulk);
        assertTrue(indexes(bulk).stream().anyMatch(i -> i.contains(":events_order(")), indexes(bulk).toString());
    }

    @Test
    void crashBeforeTheIndexesAreBuiltLeavesAStoreTheNextOpenCompletes() throws Exception {
        List<Store.Entry> articles = articles(40);
        Path normal = loadedNormally(articles);
        Path bulk = dir.resolve("bulk");
        Store s = Store.openBulk(StoreConfig.embedded(bulk));
        assertEquals(30, s.putAll(articles.subList(0, 30)));
        try (Connection c = DriverManager.getConnection(Store.embeddedUrl(bulk)); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN IMMEDIATELY"); // as a kill: no close, no index build
        } catch (SQLException expected) {
            // the connection dies with the database
        }
        s.close(); // cannot build the indexes any more; must not throw
        assertFalse(indexes(bulk).stream().anyMatch(i -> i.contains(":events_order(")), "not built by the crashed load");
        try (Store again = Store.open(StoreConfig.embedded(bulk))) {
            assertEquals(30, again.stats().articles());
            assertEquals(10, again.putAll(articles), "the rest, each text once");
        }
        assertSameStore(normal, bulk);
    }

    @Test
    void queriesUseTheIndexesBuiltAfterTheLoad() throws Exception {
        try (Store s = Store.openBulk(StoreConfig.embedded(dir))) {
            putInBatches(s, articles(80));
            s.endBulk();
            try (Connection c = s.reader(); Statement st = c.createStatement()) {
                assertTrue(plan(st, "SELECT article_id, seq FROM events ORDER BY when_from DESC NULLS LAST, article_id, seq "
                        + "LIMIT 5").contains("events_order"));
                assertTrue(plan(st, "SELECT article_id, seq FROM event_actors WHERE actor_id = 'NATO' AND role = 'source' "
                        + "ORDER BY when_from DESC NULLS LAST, article_id, seq LIMIT 5").contains("event_actors_when"));
                assertTrue(plan(st, "SELECT article_id FROM statements WHERE speaker_actor = 'person:olaf-scholz' "
                        + "ORDER BY pub_from DESC NULLS LAST, article_id, seq LIMIT 5").contains("statements_speaker_order"));
            }
        }
    }

    @Test
    void everyQueryIndexIsCreatedBySchemaSql() throws IOException {
        String sql;
        try (InputStream in = Store.class.getClassLoader().getResourceAsStream("org/lagebild/store/schema.sql")) {
            assertNotNull(in);
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> created = new TreeSet<>();
        for (String ddl : Store.schemaStatements(sql)) {
            String name = Store.createdIndex(ddl);
            if (name != null) {
                created.add(name);
            }
        }
        assertTrue(created.containsAll(Store.QUERY_INDEXES), created.toString());
        assertTrue(created.contains("event_cluster_keys_lookup"), "write-path indexes are parsed too: " + created);
        assertFalse(Store.QUERY_INDEXES.contains("event_cluster_keys_lookup"), "the clustering looks keys up by it");
    }

    private static String plan(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Set<String> indexes(Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection(Store.embeddedUrl(data))) {
            return indexes(c);
        }
    }

    /**
     * Every index as table:name(columns in order with their ordering); H2's generated names of
     * constraint indexes (which depend on creation order) are left out.
     */
    private static Set<String> indexes(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, index_name, "
                + "LISTAGG(column_name || ' ' || ordering_specification || ' ' || null_ordering, ', ') "
                + "WITHIN GROUP (ORDER BY ordinal_position) FROM information_schema.index_columns "
                + "WHERE table_schema = 'public' GROUP BY table_name, index_name")) {
            while (rs.next()) {
                String name = rs.getString(2).toLowerCase(java.util.Locale.ROOT);
                boolean generated = name.startsWith("primary_key") || name.startsWith("constraint");
                out.add(rs.getString(1) + ":" + (generated ? "" : name) + "(" + rs.getString(3) + ")");
            }
        }
        return out;
    }
}

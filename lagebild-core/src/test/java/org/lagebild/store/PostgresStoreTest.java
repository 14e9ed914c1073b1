package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Store API on a real PostgreSQL server: set {@code LAGEBILD_TEST_PG} to a JDBC URL of a
 * scratch database (its Lagebild tables are dropped before every test).
 */
class PostgresStoreTest extends StoreContract {
    private static final String URL = System.getenv("LAGEBILD_TEST_PG");

    /** JUnit makes one instance per test: the tables are dropped on its first open only. */
    private boolean dropped;

    @Override
    StoreConfig config(Path dataDir) throws Exception {
        assumeTrue(URL != null && !URL.isBlank(),
                "LAGEBILD_TEST_PG is not set (e.g. jdbc:postgresql://localhost/lagebild_test?user=u&password=p): "
                        + "PostgreSQL store tests skipped");
        if (!dropped) {
            dropped = true;
            dropTables();
        }
        return StoreConfig.server(URL, dataDir);
    }

    private static void dropTables() throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS event_mentions, event_cluster_keys, event_clusters, statement_mentions, "
                    + "statement_clusters, article_bands, band_ids, article_dedup, person_surnames, forum_participants, forums, "
                    + "event_dyads, event_actors, events, statements, article_actors, articles, store_meta, cluster_firsts CASCADE");
        }
    }

    @Test
    void foreignKeysOfAnOlderStoreAreDropped(@TempDir Path dataDir) throws Exception {
        StoreConfig config = config(dataDir);
        dropTables(); // the contract's set-up may have opened a store already
        try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
            // two tables as schema.sql created them before session 9
            st.execute("CREATE TABLE articles (id VARCHAR(64) PRIMARY KEY, source_id VARCHAR NOT NULL, lang VARCHAR NOT NULL, "
                    + "pub_date VARCHAR, pub_granularity VARCHAR, pub_from DATE, pub_to DATE, title TEXT, url TEXT, "
                    + "body TEXT NOT NULL, analysis TEXT NOT NULL, ingested_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            st.execute("CREATE TABLE article_bands (band_key BIGINT NOT NULL, article_id VARCHAR(64) NOT NULL "
                    + "REFERENCES articles (id) ON DELETE CASCADE, PRIMARY KEY (band_key, article_id))");
            assertEquals(1, foreignKeys(st));
        }
        try (Store store = Store.open(config)) {
            store.putAll(java.util.List.of(new Store.Entry(StoreFixtures.german().analysis(),
                    StoreFixtures.german().document())));
        }
        try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
            assertEquals(0, foreignKeys(st));
        }
    }

    private static int foreignKeys(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.table_constraints "
                + "WHERE constraint_type = 'FOREIGN KEY' AND table_schema = current_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

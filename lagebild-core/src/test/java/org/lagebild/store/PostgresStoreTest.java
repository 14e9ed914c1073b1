package org.lagebild.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

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
            try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS event_mentions, event_cluster_keys, event_clusters, statement_mentions, "
                        + "statement_clusters, article_bands, article_dedup, person_surnames, forum_participants, forums, "
                        + "event_dyads, event_actors, events, statements, article_actors, articles, store_meta, cluster_firsts CASCADE");
            }
        }
        return StoreConfig.server(URL, dataDir);
    }
}

package org.lagebild.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The deduplication tables of an embedded store as sorted text lines, to compare two stores or two moments. */
final class DedupState {
    private DedupState() {
    }

    static List<String> of(Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection(Store.embeddedUrl(data))) {
            return of(c);
        }
    }

    static List<String> of(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        query(c, out, "SELECT 'article', article_id, COALESCE(duplicate_of, '-'), shingles FROM article_dedup "
                + "ORDER BY article_id");
        query(c, out, "SELECT 'event', m.article_id, m.event_id, m.cluster_id, c.mentions, c.sources, c.first_seen, "
                + "c.last_seen FROM event_mentions m JOIN event_clusters c ON c.cluster_id = m.cluster_id "
                + "ORDER BY m.article_id, m.event_id");
        query(c, out, "SELECT 'statement', m.article_id, m.statement_id, m.cluster_id, c.mentions, c.sources "
                + "FROM statement_mentions m JOIN statement_clusters c ON c.cluster_id = m.cluster_id "
                + "ORDER BY m.article_id, m.statement_id");
        query(c, out, "SELECT 'key', cluster_id, lookup_key FROM event_cluster_keys ORDER BY cluster_id, lookup_key");
        return out;
    }

    private static void query(Connection c, List<String> out, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    line.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(line.toString());
            }
        }
    }

    /** Empties the deduplication tables, as in a store written before deduplication existed. */
    static void forget(Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection(Store.embeddedUrl(data)); Statement st = c.createStatement()) {
            for (String t : List.of("event_mentions", "event_cluster_keys", "event_clusters", "statement_mentions",
                    "statement_clusters", "band_ids", "article_dedup", "person_surnames")) {
                st.execute("DELETE FROM " + t);
            }
        }
    }
}

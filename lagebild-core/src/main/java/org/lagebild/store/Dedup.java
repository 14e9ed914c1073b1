package org.lagebild.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lagebild.model.Analysis;
import org.lagebild.report.JsonOutput;
import org.lagebild.time.PublicationDate;

/**
 * Deduplication across articles, the one entry point the Store calls: person aliases, then
 * near-duplicate detection, then event and statement clustering, all inside the transaction
 * that stores the article, so a kill leaves an article either fully stored and assigned or absent,
 * and re-storing the same text (skipped by its id) changes nothing.
 */
final class Dedup {
    private static final int BACKFILL_BATCH = 500;

    private Dedup() {
    }

    /** Runs every step for a freshly inserted article; the caller commits. */
    static void onStore(Connection c, String articleId, Analysis a, DateSpan pub) throws SQLException {
        onStore(c, new SqlDedupTables(c), articleId, a, pub, null);
    }



    /**
     * The same, reading and writing the dedup tables through {@code t} (a batch's
     * {@link BatchDedupTables}; the caller flushes it); the article's own rows are in {@code c}.
     * {@code signature}: the text's MinHash signature if already computed, else null.
     *
     * @return the person aliases applied to the article's rows (surname-only id to full-name id)
     */
    static Map<String, String> onStore(Connection c, DedupTables t, String articleId, Analysis a, DateSpan pub,
                        MinHash.Signature signature) throws SQLException {
        Map<String, String> aliases = PersonAliases.apply(c, t, articleId, a);
        NearDuplicates.Match match = NearDuplicates.apply(t, articleId, a, signature);
        String root = NearDuplicates.root(match, articleId);
        EventClusters.assign(t, articleId, root, a, pub, aliases);
        StatementClusters.assign(t, articleId, root, a, pub, aliases);
        return aliases;
    }

    /**
     * Processes articles stored without deduplication (by a version before it), in storing order,
     * one transaction each, so a store from before keeps opening and a kill here loses nothing.
     *
     * @return number of articles processed
     */
    static int backfill(Connection c) throws SQLException, IOException {
        int done = 0;
        while (true) {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM articles a WHERE NOT EXISTS "
                    + "(SELECT 1 FROM article_dedup d WHERE d.article_id = a.id) ORDER BY a.ingested_at, a.id LIMIT ?")) {
                ps.setInt(1, BACKFILL_BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            c.commit();
            if (ids.isEmpty()) {
                return done;
            }
            for (String id : ids) {
                try (PreparedStatement ps = c.prepareStatement("SELECT analysis, pub_date FROM articles WHERE id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        Analysis a = AnalysisCodec.decode(rs.getString(1));
                        String pub = rs.getString(2);
                        onStore(c, id, a, DateSpan.of(pub == null ? null : PublicationDate.parse(pub).orElse(null)));
                    }
                    c.commit();
                    done++;
                } catch (SQLException | IOException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        }
    }
}

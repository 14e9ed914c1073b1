package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Analysis;

/**
 * Near-duplicate articles (syndicated copies, updates): the MinHash signature of the cleaned body
 * is compared with the stored articles that share a band key; the most similar one at or above
 * {@link MinHash#THRESHOLD} (ties: the smaller id) is the match, and the new article is linked to
 * that match's original, so every group has one original and no chains.
 */
final class NearDuplicates {
    /** Most candidates compared per article (a band key shared by very many articles is boilerplate). */
    private static final int MAX_CANDIDATES = 200;

    /** The article a new one duplicates and how similar they are. */
    record Match(String original, double similarity) {
    }

    private NearDuplicates() {
    }

    /**
     * Records the article's signature and returns its original when it is a near-duplicate
     * (null otherwise). Runs inside the article's transaction.
     */
    static Match apply(Connection c, String articleId, Analysis a) throws SQLException {
        MinHash.Signature sig = MinHash.of(a.text(), a.excluded());
        Match match = sig.comparable() ? best(c, articleId, sig) : null;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_dedup (article_id, shingles, signature, "
                + "duplicate_of, similarity) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, articleId);
            ps.setInt(2, sig.shingles());
            Sql.bind(ps, 3, sig.comparable() ? sig.encode() : null);
            Sql.bind(ps, 4, match == null ? null : match.original());
            if (match == null) {
                ps.setNull(5, Types.DOUBLE);
            } else {
                ps.setDouble(5, match.similarity());
            }
            ps.executeUpdate();
        }
        if (sig.comparable()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_bands (band_key, article_id) "
                    + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM article_bands WHERE band_key = ? AND article_id = ?)")) {
                for (long k : sig.bandKeys()) {
                    ps.setLong(1, k);
                    ps.setString(2, articleId);
                    ps.setLong(3, k);
                    ps.setString(4, articleId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return match;
    }

    /**
     * The most similar stored article among the first {@link #MAX_CANDIDATES} (by id) sharing a
     * band key. Each key's range is read only up to that many ids, so the cost stays bounded when
     * a key is shared by very many articles (many copies of one text); the union of the keys'
     * smallest ids holds the smallest ids overall, so the candidates are the same as a full scan's.
     */
    private static Match best(Connection c, String articleId, MinHash.Signature sig) throws SQLException {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM article_bands WHERE band_key = ? "
                + "ORDER BY article_id LIMIT ?")) {
            for (long k : sig.bandKeys()) {
                ps.setLong(1, k);
                ps.setInt(2, MAX_CANDIDATES + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        ids.remove(articleId);
        if (ids.isEmpty()) {
            return null;
        }
        List<String> first = new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_CANDIDATES));
        Sql sql = new Sql("SELECT d.article_id, d.shingles, d.signature, d.duplicate_of FROM article_dedup d")
                .andIn("d.article_id", first).append("ORDER BY d.article_id");
        Match best = null;
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String sigText = rs.getString(3);
                if (sigText == null) {
                    continue;
                }
                double s = sig.similarity(MinHash.Signature.decode(sigText, rs.getInt(2)));
                if (s >= MinHash.THRESHOLD && (best == null || s > best.similarity())) {
                    String original = rs.getString(4) != null ? rs.getString(4) : rs.getString(1);
                    best = new Match(original, s);
                }
            }
        }
        return best;
    }

    /** The original of an article: what it duplicates, or itself. */
    static String root(Match m, String articleId) {
        return m == null ? articleId : m.original();
    }
}

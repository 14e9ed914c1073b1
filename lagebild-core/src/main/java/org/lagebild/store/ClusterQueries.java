package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads of the deduplication tables: clusters, their ids per mention, duplicate links. */
final class ClusterQueries {
    private static final String EVENT_CLUSTER_COLUMNS = "c.cluster_id, c.type, c.negated, c.quad, c.intensity, "
            + "c.anchor_day, c.place, c.first_seen, c.last_seen, c.when_from, c.when_to, c.mentions, c.sources";
    private static final String STATEMENT_CLUSTER_COLUMNS = "c.cluster_id, c.speaker, c.anchor_day, c.quote, c.first_seen, "
            + "c.last_seen, c.mentions, c.sources";
    private static final String HAS_KEY = "EXISTS (SELECT 1 FROM event_cluster_keys k WHERE k.cluster_id = c.cluster_id "
            + "AND k.lookup_key = ?)";

    private ClusterQueries() {
    }

    /**
     * Event clusters matching the query, latest anchor day first. Source and target match actor
     * ids exactly (callers resolve names first); from/to match by overlap with the mentions' own
     * dates, else the anchor day.
     */
    static List<EventCluster> eventClusters(Connection c, EventQuery q) throws SQLException {
        Sql sql = new Sql("SELECT " + EVENT_CLUSTER_COLUMNS + " FROM event_clusters c");
        if (q.type() != null) {
            sql.and("c.type = ?", q.type().toUpperCase(Locale.ROOT));
        }
        if (q.source() != null) {
            sql.and(HAS_KEY, "s:" + q.source());
        }
        if (q.target() != null) {
            sql.and(HAS_KEY, "t:" + q.target());
        }
        if (q.from() != null) {
            sql.and("COALESCE(c.when_to, c.anchor_day) >= ?", q.from());
        }
        if (q.to() != null) {
            sql.and("COALESCE(c.when_from, c.anchor_day) <= ?", q.to());
        }
        sql.append("ORDER BY c.anchor_day DESC NULLS LAST, c.cluster_id LIMIT ? OFFSET ?", q.page().limit(), q.page().offset());
        return withActors(c, eventClusterRows(c, sql));
    }

    static Optional<EventCluster> eventCluster(Connection c, String id) throws SQLException {
        Sql sql = new Sql("SELECT " + EVENT_CLUSTER_COLUMNS + " FROM event_clusters c").and("c.cluster_id = ?", id);
        List<EventCluster> rows = withActors(c, eventClusterRows(c, sql));
        return rows.stream().findFirst();
    }

    private static List<EventCluster> eventClusterRows(Connection c, Sql sql) throws SQLException {
        List<EventCluster> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double intensity = rs.getDouble(5);
                out.add(new EventCluster(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.wasNull() ? null : intensity, List.of(), List.of(), day(rs, 6), rs.getString(7), day(rs, 8),
                        day(rs, 9), day(rs, 10), day(rs, 11), rs.getInt(12), rs.getInt(13)));
            }
        }
        return out;
    }

    /** Fills in the clusters' source and target actors from their lookup keys. */
    private static List<EventCluster> withActors(Connection c, List<EventCluster> clusters) throws SQLException {
        if (clusters.isEmpty()) {
            return clusters;
        }
        Map<String, List<String>> src = new HashMap<>();
        Map<String, List<String>> tgt = new HashMap<>();
        Sql sql = new Sql("SELECT cluster_id, lookup_key FROM event_cluster_keys")
                .andIn("cluster_id", clusters.stream().map(EventCluster::id).toList()).append("ORDER BY lookup_key");
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String k = rs.getString(2);
                if (k.startsWith("s:")) {
                    src.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(k.substring(2));
                } else if (k.startsWith("t:")) {
                    tgt.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(k.substring(2));
                }
            }
        }
        List<EventCluster> out = new ArrayList<>();
        for (EventCluster e : clusters) {
            out.add(new EventCluster(e.id(), e.type(), e.negated(), e.quad(), e.intensity(),
                    List.copyOf(src.getOrDefault(e.id(), List.of())), List.copyOf(tgt.getOrDefault(e.id(), List.of())),
                    e.day(), e.place(), e.firstSeen(), e.lastSeen(), e.whenFrom(), e.whenTo(), e.mentions(), e.sources()));
        }
        return out;
    }

    /** Statement clusters matching the query (speaker id exact; from/to by overlap with first/last seen). */
    static List<StatementCluster> statementClusters(Connection c, StatementQuery q) throws SQLException {
        Sql sql = new Sql("SELECT " + STATEMENT_CLUSTER_COLUMNS + " FROM statement_clusters c");
        if (q.speaker() != null) {
            sql.and("c.speaker_key = ?", q.speaker());
        }
        if (q.from() != null) {
            sql.and("c.last_seen >= ?", q.from());
        }
        if (q.to() != null) {
            sql.and("c.first_seen <= ?", q.to());
        }
        sql.append("ORDER BY c.anchor_day DESC NULLS LAST, c.cluster_id LIMIT ? OFFSET ?", q.page().limit(), q.page().offset());
        return statementClusterRows(c, sql);
    }

    static Optional<StatementCluster> statementCluster(Connection c, String id) throws SQLException {
        return statementClusterRows(c, new Sql("SELECT " + STATEMENT_CLUSTER_COLUMNS + " FROM statement_clusters c")
                .and("c.cluster_id = ?", id)).stream().findFirst();
    }

    private static List<StatementCluster> statementClusterRows(Connection c, Sql sql) throws SQLException {
        List<StatementCluster> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StatementCluster(rs.getString(1), rs.getString(2), day(rs, 3), rs.getString(4),
                        day(rs, 5), day(rs, 6), rs.getInt(7), rs.getInt(8)));
            }
        }
        return out;
    }

    /**
     * Cluster ids of mentions, keyed by article id + NUL + event or statement id.
     *
     * @param mentions event_mentions or statement_mentions (a constant)
     * @param idColumn event_id or statement_id (a constant)
     */
    static Map<String, String> clusterIds(Connection c, String mentions, String idColumn, Collection<String[]> keys)
            throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        // exact (article, id) pairs: the primary key finds each mention, instead of reading every
        // mention of the page's articles (~10 per statement asked for, all over the store's pages)
        Map<String, String[]> unique = new LinkedHashMap<>();
        for (String[] k : keys) {
            unique.putIfAbsent(k[0] + "\u0000" + k[1], k);
        }
        Sql sql = new Sql("SELECT article_id, " + idColumn + ", cluster_id FROM " + mentions)
                .andInPairs("article_id", idColumn, unique.values());
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3));
            }
        }
        return out;
    }

    static Optional<Duplicate> duplicate(Connection c, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT d.duplicate_of, d.similarity, "
                + "(SELECT COUNT(*) FROM article_dedup x WHERE x.duplicate_of = d.article_id) "
                + "FROM article_dedup d WHERE d.article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                double sim = rs.getDouble(2);
                Double similarity = rs.wasNull() ? null : sim;
                return Optional.of(new Duplicate(rs.getString(1), similarity, rs.getInt(3)));
            }
        }
    }

    private static String day(ResultSet rs, int col) throws SQLException {
        return Clusters.str(Clusters.day(rs, col));
    }
}

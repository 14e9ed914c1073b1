package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The deduplication tables read and written directly, inside the caller's transaction. */
final class SqlDedupTables implements DedupTables {
    private final Connection c;

    SqlDedupTables(Connection c) {
        this.c = c;
    }

    @Override
    public String[] uniqueSurname(String key, String self) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT actor_id, name FROM person_surnames WHERE surname_key = ? AND actor_id <> ? ORDER BY actor_id LIMIT 2")) {
            ps.setString(1, key);
            ps.setString(2, self);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String[] first = {rs.getString(1), rs.getString(2)};
                return rs.next() ? null : first;
            }
        }
    }

    @Override
    public void addSurname(String key, String actorId, String name) throws SQLException {
        Clusters.update(c, "INSERT INTO person_surnames (surname_key, actor_id, name) SELECT ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM person_surnames WHERE surname_key = ? AND actor_id = ?)", key, actorId, name, key, actorId);
    }

    @Override
    public Set<String> bandIds(long[] keys) throws SQLException {
        Set<String> ids = new HashSet<>();
        BandIds.read(c, BandIds.distinct(keys)).values().forEach(ids::addAll);
        return ids;
    }

    @Override
    public List<SignatureRow> signatures(List<String> articleIds) throws SQLException {
        List<SignatureRow> out = new ArrayList<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        Sql sql = new Sql("SELECT d.article_id, d.shingles, d.signature, d.duplicate_of FROM article_dedup d")
                .andIn("d.article_id", articleIds).append("ORDER BY d.article_id");
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SignatureRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    @Override
    public void addDedup(SignatureRow row, Double similarity) throws SQLException {
        Clusters.update(c, "INSERT INTO article_dedup (article_id, shingles, signature, duplicate_of, similarity) "
                + "VALUES (?, ?, ?, ?, ?)", row.articleId(), row.shingles(), row.signature(), row.duplicateOf(),
                Clusters.dbl(similarity));
    }

    @Override
    public void addBands(String articleId, long[] keys) throws SQLException {
        Set<Long> distinct = BandIds.distinct(keys);
        Map<Long, TreeSet<String>> stored = BandIds.read(c, distinct);
        List<BandIds.Row> rows = new ArrayList<>();
        for (long k : distinct) {
            TreeSet<String> ids = stored.getOrDefault(k, new TreeSet<>());
            if (BandIds.add(ids, articleId)) {
                rows.add(new BandIds.Row(k, ids, stored.containsKey(k)));
            }
        }
        BandIds.write(c, rows);
    }

    @Override
    public List<EventCluster> eventCandidates(Set<String> keys, String type, LocalDate day, int window,
                                              boolean negated, boolean historical, boolean irrealis, String place,
                                              int limit) throws SQLException {
        // One equality per key (a UNION), not "lookup_key IN (...)": H2 uses only the first column of
        // an index for an IN list, which would read every cluster of the actor instead of the window.
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String key : new TreeSet<>(keys)) {
            Sql one = new Sql("SELECT k.cluster_id FROM event_cluster_keys k").and("k.lookup_key = ?", key)
                    .and("k.type = ?", type);
            if (day == null) {
                one.and("k.anchor_day IS NULL");
            } else {
                one.and("k.anchor_day BETWEEN ? AND ?", day.minusDays(window), day.plusDays(window));
            }
            parts.add(one.toString());
            params.addAll(one.params());
        }
        Sql sql = new Sql("SELECT c.cluster_id, c.type, c.negated, c.place, c.anchor_day, c.when_from, c.when_to, "
                + "c.first_seen, c.last_seen, c.historical, c.irrealis FROM event_clusters c")
                .and("c.cluster_id IN (" + String.join(" UNION ", parts) + ")", params.toArray())
                .and("c.negated = ? AND c.historical = ? AND c.irrealis = ?", negated, historical, irrealis);
        if (place != null) {
            sql.and("c.place IS NULL OR c.place = ?", place);
        }
        sql.append("ORDER BY c.cluster_id LIMIT ?", limit);
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        Clusters.day(rs, 5), Clusters.day(rs, 6), Clusters.day(rs, 7), Clusters.day(rs, 8),
                        Clusters.day(rs, 9), rs.getBoolean(10), rs.getBoolean(11)});
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> clusterKeys = new HashMap<>();
        Sql keySql = new Sql("SELECT cluster_id, lookup_key FROM event_cluster_keys")
                .andIn("cluster_id", rows.stream().map(r -> (String) r[0]).toList());
        try (PreparedStatement ps = keySql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                clusterKeys.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        List<EventCluster> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new EventCluster((String) r[0], (String) r[1], (Boolean) r[2], (Boolean) r[9], (Boolean) r[10],
                    (String) r[3], (LocalDate) r[4], (LocalDate) r[5], (LocalDate) r[6], (LocalDate) r[7],
                    (LocalDate) r[8], clusterKeys.getOrDefault((String) r[0], Set.of())));
        }
        return out;
    }

    @Override
    public boolean hasEventRoot(String clusterId, String root) throws SQLException {
        return Clusters.hasRoot(c, "event_mentions", clusterId, root);
    }

    @Override
    public void newEventCluster(EventCluster k, String quad, Double intensity) throws SQLException {
        Clusters.update(c, "INSERT INTO event_clusters (cluster_id, type, negated, historical, irrealis, quad, intensity, "
                + "anchor_day, place, first_seen, last_seen, when_from, when_to, mentions, sources) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)", k.id(), k.type(), k.negated(), k.historical(),
                k.irrealis(), quad, Clusters.dbl(intensity), Clusters.date(k.anchorDay()), k.place(),
                Clusters.date(k.firstSeen()), Clusters.date(k.lastSeen()), Clusters.date(k.whenFrom()),
                Clusters.date(k.whenTo()));
    }

    @Override
    public void updateEventCluster(String clusterId, int newSource, String place, LocalDate firstSeen,
                                   LocalDate lastSeen, LocalDate whenFrom, LocalDate whenTo) throws SQLException {
        Clusters.update(c, "UPDATE event_clusters SET mentions = mentions + 1, sources = sources + ?, "
                + "place = ?, first_seen = ?, last_seen = ?, when_from = ?, when_to = ? WHERE cluster_id = ?",
                newSource, place, Clusters.date(firstSeen), Clusters.date(lastSeen), Clusters.date(whenFrom),
                Clusters.date(whenTo), clusterId);
    }

    @Override
    public void addEventKey(String clusterId, String key, String type, LocalDate anchorDay) throws SQLException {
        Clusters.update(c, "INSERT INTO event_cluster_keys (cluster_id, lookup_key, type, anchor_day) VALUES (?, ?, ?, ?)",
                clusterId, key, type, Clusters.date(anchorDay));
    }

    @Override
    public void addEventMention(String articleId, String eventId, String clusterId, String root) throws SQLException {
        Clusters.update(c, "INSERT INTO event_mentions (article_id, event_id, cluster_id, root_id) VALUES (?, ?, ?, ?)",
                articleId, eventId, clusterId, root);
    }

    @Override
    public List<StatementCandidate> statementCandidates(String speakerKey, LocalDate day, int window, int limit)
            throws SQLException {
        Sql sql = new Sql("SELECT cluster_id, quote FROM statement_clusters").and("speaker_key = ?", speakerKey);
        if (day == null) {
            sql.and("anchor_day IS NULL");
        } else {
            sql.and("anchor_day BETWEEN ? AND ?", day.minusDays(window), day.plusDays(window));
        }
        sql.append("ORDER BY cluster_id LIMIT ?", limit);
        List<StatementCandidate> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StatementCandidate(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    @Override
    public LocalDate[] statementSeen(String clusterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT first_seen, last_seen FROM statement_clusters WHERE cluster_id = ?")) {
            ps.setString(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new LocalDate[] {Clusters.day(rs, 1), Clusters.day(rs, 2)};
            }
        }
    }

    @Override
    public boolean hasStatementRoot(String clusterId, String root) throws SQLException {
        return Clusters.hasRoot(c, "statement_mentions", clusterId, root);
    }

    @Override
    public void newStatementCluster(String clusterId, String speakerKey, String speaker, LocalDate day, String quote)
            throws SQLException {
        Clusters.update(c, "INSERT INTO statement_clusters (cluster_id, speaker_key, speaker, anchor_day, quote, "
                + "first_seen, last_seen, mentions, sources) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1)",
                clusterId, speakerKey, speaker, Clusters.date(day), quote, Clusters.date(day), Clusters.date(day));
    }

    @Override
    public void updateStatementCluster(String clusterId, int newSource, LocalDate firstSeen, LocalDate lastSeen)
            throws SQLException {
        Clusters.update(c, "UPDATE statement_clusters SET mentions = mentions + 1, sources = sources + ?, "
                + "first_seen = ?, last_seen = ? WHERE cluster_id = ?", newSource, Clusters.date(firstSeen),
                Clusters.date(lastSeen), clusterId);
    }

    @Override
    public void addStatementMention(String articleId, String statementId, String clusterId, String root)
            throws SQLException {
        Clusters.update(c, "INSERT INTO statement_mentions (article_id, statement_id, cluster_id, root_id) "
                + "VALUES (?, ?, ?, ?)", articleId, statementId, clusterId, root);
    }

    @Override
    public void flush() {
        // every write above is already executed
    }
}

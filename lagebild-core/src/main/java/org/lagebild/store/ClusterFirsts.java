package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first mention of every event cluster per actor filter, so that a series counting one event
 * per cluster ({@code /api/series}, count=clusters) is an aggregate over an index range instead of
 * a walk over all of a dyad's events and their clusters.
 *
 * <p>A row (source_key, target_key, asserted, cluster_id) holds the cluster's first mention among
 * the mentions with that source and target ('' = any) — among all mentions, or with
 * {@code asserted} among the asserted ones only (not negated, hypothetical, future or historical).
 * "First" is the order the series always used: the article's stored publication date (nulls
 * last), then article id, then event id; the row keeps that mention's publication day (NULL when
 * not day-precise), quad class and intensity. Rows are kept up to date after each write from the
 * written articles' event_mentions; the result does not depend on the order articles are stored.
 */
final class ClusterFirsts {
    /** The key for "any actor" in a role. */
    static final String ANY = "";
    /** The store_meta name of the one-time fill of older stores. */
    static final String MIGRATION = "cluster_firsts";
    private static final int CHUNK = 500;

    /** A mention as the series orders and counts it. */
    record First(String pubDate, String articleId, String eventId, LocalDate pubDay, String quad, Double intensity) {
        static final Comparator<First> ORDER = Comparator.comparing(First::pubDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(First::articleId).thenComparing(First::eventId);

        boolean before(First o) {
            return ORDER.compare(this, o) < 0;
        }
    }

    private record Key(String source, String target, boolean asserted, String cluster) {
    }

    private ClusterFirsts() {
    }

    /** Updates the rows for the events of these (just written) articles; the caller commits. */
    static void update(Connection c, Collection<String> articleIds) throws SQLException {
        update(c, articleIds, Set.of());
    }

    /**
     * The same, knowing that the clusters {@code created} were made by these articles' write, so
     * they have no rows yet and need no lookup (most of a batch's clusters are new).
     */
    static void update(Connection c, Collection<String> articleIds, Set<String> created) throws SQLException {
        List<String> ids = new ArrayList<>(articleIds);
        Map<Key, First> offers = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            collect(c, ids.subList(i, Math.min(ids.size(), i + CHUNK)), offers);
        }
        flush(c, offers, created);
    }

    /** Fills the table for a store written before it existed (once, see Store's store_meta). */
    static void backfill(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        for (int i = 0; i < ids.size(); i += 20 * CHUNK) {
            update(c, ids.subList(i, Math.min(ids.size(), i + 20 * CHUNK)));
        }
    }

    private static void collect(Connection c, List<String> articleIds, Map<Key, First> offers) throws SQLException {
        Map<String, Set<String>[]> actors = new HashMap<>();
        Sql roles = new Sql("SELECT article_id, event_id, role, actor_id FROM event_actors").andIn("article_id", articleIds);
        try (PreparedStatement ps = roles.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                @SuppressWarnings("unchecked")
                Set<String>[] d = actors.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2),
                        k -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>()});
                d["source".equals(rs.getString(3)) ? 0 : 1].add(rs.getString(4));
            }
        }
        Sql mentions = new Sql("SELECT m.article_id, m.event_id, m.cluster_id, e.quad, e.intensity, e.negated, "
                + "e.hypothetical, e.future, e.historical, a.pub_date, a.pub_from, a.pub_to FROM event_mentions m "
                + "JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id "
                + "JOIN articles a ON a.id = m.article_id").andIn("m.article_id", articleIds);
        try (PreparedStatement ps = mentions.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String article = rs.getString(1);
                String event = rs.getString(2);
                String cluster = rs.getString(3);
                double intensity = rs.getDouble(5);
                Double in = rs.wasNull() || !Double.isFinite(intensity) ? null : intensity;
                boolean asserted = !rs.getBoolean(6) && !rs.getBoolean(7) && !rs.getBoolean(8) && !rs.getBoolean(9);
                LocalDate from = Clusters.day(rs, 11);
                LocalDate to = Clusters.day(rs, 12);
                First f = new First(rs.getString(10), article, event, from != null && from.equals(to) ? from : null,
                        rs.getString(4), in);
                @SuppressWarnings("unchecked")
                Set<String>[] d = actors.getOrDefault(article + "\u0000" + event, new Set[] {Set.of(), Set.of()});
                for (String[] k : keys(d[0], d[1])) {
                    offer(offers, new Key(k[0], k[1], false, cluster), f);
                    if (asserted) {
                        offer(offers, new Key(k[0], k[1], true, cluster), f);
                    }
                }
            }
        }
    }

    /** The filters an event with these sources and targets matches: each pair, each role alone, none. */
    static List<String[]> keys(Set<String> sources, Set<String> targets) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {ANY, ANY});
        for (String s : sources) {
            out.add(new String[] {s, ANY});
            for (String t : targets) {
                out.add(new String[] {s, t});
            }
        }
        for (String t : targets) {
            out.add(new String[] {ANY, t});
        }
        return out;
    }

    private static void offer(Map<Key, First> offers, Key k, First f) {
        offers.merge(k, f, (a, b) -> b.before(a) ? b : a);
    }

    /**
     * Writes the offers that are earlier than (or have no) stored row. Stored rows are read only for
     * clusters not {@code created} by this write (a batch's clusters are mostly new).
     */
    private static void flush(Connection c, Map<Key, First> offers, Set<String> created) throws SQLException {
        if (offers.isEmpty()) {
            return;
        }
        Map<String, List<Key>> byCluster = new TreeMap<>();
        offers.keySet().stream().filter(k -> !created.contains(k.cluster()))
                .forEach(k -> byCluster.computeIfAbsent(k.cluster(), x -> new ArrayList<>()).add(k));
        List<String> clusters = new ArrayList<>(byCluster.keySet());
        Map<Key, First> stored = new HashMap<>();
        for (int i = 0; i < clusters.size(); i += CHUNK) {
            Sql sql = new Sql("SELECT source_key, target_key, asserted, cluster_id, pub_date, article_id, event_id "
                    + "FROM cluster_firsts").andIn("cluster_id", clusters.subList(i, Math.min(clusters.size(), i + CHUNK)));
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(new Key(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)),
                            new First(rs.getString(5), rs.getString(6), rs.getString(7), null, null, null));
                }
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO cluster_firsts (source_key, target_key, asserted, "
                + "cluster_id, pub_date, article_id, event_id, pub_day, quad, intensity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE cluster_firsts SET pub_date = ?, article_id = ?, "
                     + "event_id = ?, pub_day = ?, quad = ?, intensity = ? WHERE source_key = ? AND target_key = ? "
                     + "AND asserted = ? AND cluster_id = ?")) {
            int inserts = 0;
            int updates = 0;
            for (Map.Entry<Key, First> e : offers.entrySet()) {
                Key k = e.getKey();
                First f = e.getValue();
                First old = stored.get(k);
                if (old == null) {
                    ins.setString(1, k.source());
                    ins.setString(2, k.target());
                    ins.setBoolean(3, k.asserted());
                    ins.setString(4, k.cluster());
                    values(ins, 5, f);
                    ins.addBatch();
                    inserts++;
                } else if (f.before(old)) {
                    values(upd, 1, f);
                    upd.setString(7, k.source());
                    upd.setString(8, k.target());
                    upd.setBoolean(9, k.asserted());
                    upd.setString(10, k.cluster());
                    upd.addBatch();
                    updates++;
                }
            }
            if (inserts > 0) {
                ins.executeBatch();
            }
            if (updates > 0) {
                upd.executeBatch();
            }
        }
    }

    private static void values(PreparedStatement ps, int i, First f) throws SQLException {
        Sql.bind(ps, i, f.pubDate());
        ps.setString(i + 1, f.articleId());
        ps.setString(i + 2, f.eventId());
        if (f.pubDay() == null) {
            ps.setNull(i + 3, Types.DATE);
        } else {
            ps.setDate(i + 3, java.sql.Date.valueOf(f.pubDay()));
        }
        Sql.bind(ps, i + 4, f.quad());
        if (f.intensity() == null) {
            ps.setNull(i + 5, Types.DOUBLE);
        } else {
            ps.setDouble(i + 5, f.intensity());
        }
    }

    /**
     * Clusters per first-mention publication day and quad class for the actor filter (exact ids;
     * null: any), and the clusters whose first mention has no day-precise date (whatever the range).
     * With one id per role this is one GROUP BY over an index range; with several, a cluster is
     * counted once, by its first mention over all of the filter's id pairs.
     */
    static Store.EventDays days(Connection c, List<String> sources, List<String> targets, boolean asserted,
                                LocalDate from, LocalDate to) throws SQLException {
        List<String> s = sources == null ? List.of(ANY) : sources;
        List<String> t = targets == null ? List.of(ANY) : targets;
        if (s.size() == 1 && t.size() == 1) {
            Sql dated = filter(new Sql("SELECT pub_day, quad, COUNT(*), SUM(intensity), COUNT(intensity) FROM cluster_firsts"),
                    s, t, asserted).and("pub_day IS NOT NULL");
            dayRange(dated, from, to);
            dated.append("GROUP BY pub_day, quad");
            List<Store.QuadDay> days = new ArrayList<>();
            try (PreparedStatement ps = dated.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(new Store.QuadDay(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3),
                            rs.getDouble(4), rs.getLong(5)));
                }
            }
            Sql undated = filter(new Sql("SELECT COUNT(*) FROM cluster_firsts"), s, t, asserted).and("pub_day IS NULL");
            try (PreparedStatement ps = undated.prepare(c); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Store.EventDays(days, rs.getLong(1));
            }
        }
        // Candidates: the first rows in the range (or undated) of any pair, one index range per pair
        // (H2 uses only an index's first column for an IN list); a cluster counts when no pair of the
        // filter has an earlier first mention of it.
        Map<String, First> candidates = new HashMap<>();
        for (String source : s) {
            for (String target : t) {
                List<String> one = List.of(source);
                List<String> other = List.of(target);
                Sql dated = filter(new Sql("SELECT cluster_id, pub_date, article_id, event_id, pub_day, quad, intensity "
                        + "FROM cluster_firsts"), one, other, asserted).and("pub_day IS NOT NULL");
                dayRange(dated, from, to);
                Sql undated = filter(new Sql("SELECT cluster_id, pub_date, article_id, event_id, pub_day, quad, "
                        + "intensity FROM cluster_firsts"), one, other, asserted).and("pub_day IS NULL");
                for (Sql sql : List.of(dated, undated)) {
                    try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            double in = rs.getDouble(7);
                            Double intensity = rs.wasNull() ? null : in;
                            First f = new First(rs.getString(2), rs.getString(3), rs.getString(4), Clusters.day(rs, 5),
                                    rs.getString(6), intensity);
                            candidates.merge(rs.getString(1), f, (a, b) -> b.before(a) ? b : a);
                        }
                    }
                }
            }
        }
        List<String> ids = new ArrayList<>(candidates.keySet());
        for (int i = 0; i < ids.size(); i += CHUNK) {
            Sql all = filter(new Sql("SELECT cluster_id, pub_date, article_id, event_id FROM cluster_firsts"), s, t, asserted)
                    .andIn("cluster_id", ids.subList(i, Math.min(ids.size(), i + CHUNK)));
            try (PreparedStatement ps = all.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    First f = new First(rs.getString(2), rs.getString(3), rs.getString(4), null, null, null);
                    First cand = candidates.get(rs.getString(1));
                    if (cand != null && f.before(cand)) {
                        candidates.remove(rs.getString(1)); // first reported outside the range
                    }
                }
            }
        }
        Map<List<Object>, double[]> acc = new HashMap<>();
        long undatedCount = 0;
        for (First f : candidates.values()) {
            if (f.pubDay() == null) {
                undatedCount++;
                continue;
            }
            double[] v = acc.computeIfAbsent(java.util.Arrays.asList(f.pubDay(), f.quad()), k -> new double[3]);
            v[0]++;
            if (f.intensity() != null) {
                v[1] += f.intensity();
                v[2]++;
            }
        }
        List<Store.QuadDay> days = new ArrayList<>();
        acc.forEach((k, v) -> days.add(new Store.QuadDay((LocalDate) k.get(0), (String) k.get(1), (long) v[0], v[1],
                (long) v[2])));
        return new Store.EventDays(days, undatedCount);
    }

    private static Sql filter(Sql sql, List<String> sources, List<String> targets, boolean asserted) {
        if (sources.size() == 1) {
            sql.and("source_key = ?", sources.get(0));
        } else {
            sql.andIn("source_key", sources);
        }
        if (targets.size() == 1) {
            sql.and("target_key = ?", targets.get(0));
        } else {
            sql.andIn("target_key", targets);
        }
        return sql.and("asserted = ?", asserted);
    }

    private static void dayRange(Sql sql, LocalDate from, LocalDate to) {
        if (from != null) {
            sql.and("pub_day >= ?", from);
        }
        if (to != null) {
            sql.and("pub_day <= ?", to);
        }
    }
}

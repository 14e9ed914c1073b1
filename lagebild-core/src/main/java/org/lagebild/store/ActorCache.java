package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's actors aggregated over all articles, computed once per write instead of once per
 * query: every actor parameter of the API (lookup by id, code or name) needs the whole list,
 * and a GROUP BY over article_actors costs a full scan of a table that grows with every article.
 * Distinct actors are few compared to their rows, so the list fits in memory.
 */
final class ActorCache {
    private record Entry(ActorRow row, Set<String> nameKeys) {
    }

    private record Snapshot(long version, List<Entry> entries) {
    }

    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot snapshot;

    long version() {
        return version.get();
    }

    /** Called after every committed write. */
    void invalidate() {
        version.incrementAndGet();
    }

    /**
     * Actors whose id equals {@code q} or one of whose names contains it (case-insensitive),
     * most frequent first; all when {@code q} is null.
     */
    List<ActorRow> find(Connection c, String q, int limit) throws SQLException {
        String key = q == null ? null : q.strip().toLowerCase(Locale.ROOT);
        List<ActorRow> out = new ArrayList<>();
        for (Entry e : entries(c)) {
            if (out.size() >= limit) {
                break;
            }
            if (key == null || e.row().id().equals(q) || anyContains(e.nameKeys(), key)) {
                out.add(e.row());
            }
        }
        return out;
    }

    /** A loop, not a stream: this runs for every cached actor on every actor search. */
    private static boolean anyContains(Iterable<String> names, String key) {
        for (String n : names) {
            if (n.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an actor parameter of a Store query stands for: {@code q} itself as an id, and every
     * actor stored under the name {@code q} (case-insensitive) in some article. Never empty.
     */
    List<String> ids(Connection c, String q) throws SQLException {
        String key = Store.key(q);
        List<String> out = new ArrayList<>();
        out.add(q);
        for (Entry e : entries(c)) {
            if (!e.row().id().equals(q) && e.nameKeys().contains(key)) {
                out.add(e.row().id());
            }
        }
        return out;
    }

    private List<Entry> entries(Connection c) throws SQLException {
        Snapshot s = snapshot;
        if (s != null && s.version() == version.get()) {
            return s.entries();
        }
        synchronized (this) {
            s = snapshot;
            long v = version.get(); // read before the query: a write during it forces a reload next time
            if (s != null && s.version() == v) {
                return s.entries();
            }
            s = new Snapshot(v, load(c));
            snapshot = s;
            return s.entries();
        }
    }

    /**
     * An actor whose affiliation changed across articles (Jens Stoltenberg: NOR as prime minister, NATO as its secretary
     * general) is shown with the one of its latest article, not the alphabetically last; roles over time stay on the
     * actor page. Ties and undated articles fall back to the greater value, as before.
     */
    private static void latestAffiliations(Connection c, Map<String, Object[]> acc) throws SQLException {
        String sql = "SELECT aa.actor_id, aa.affiliation, MAX(a.pub_to) FROM article_actors aa JOIN articles a "
                + "ON a.id = aa.article_id WHERE aa.affiliation IS NOT NULL GROUP BY aa.actor_id, aa.affiliation";
        Map<String, java.sql.Date> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] a = acc.get(rs.getString(1));
                if (a == null) {
                    continue;
                }
                String affiliation = rs.getString(2);
                java.sql.Date date = rs.getDate(3);
                java.sql.Date best = latest.get(rs.getString(1));
                String[] attrs = (String[]) a[0];
                if (!latest.containsKey(rs.getString(1)) || date != null && (best == null || date.after(best))
                        || (date == null ? best == null : date.equals(best)) && affiliation.compareTo(attrs[4]) > 0) {
                    latest.put(rs.getString(1), date);
                    attrs[4] = affiliation;
                }
            }
        }
    }

    private static List<Entry> load(Connection c) throws SQLException {
        Map<String, Object[]> acc = new LinkedHashMap<>();
        // Grouped by name as well, to keep every name an actor is stored under for name matching.
        String sql = "SELECT actor_id, name_key, MAX(name), MAX(type), MAX(code), MAX(country), MAX(affiliation), "
                + "MAX(sector), COUNT(*), SUM(mentions) FROM article_actors GROUP BY actor_id, name_key";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] a = acc.computeIfAbsent(rs.getString(1), id -> new Object[] {new String[6], new HashSet<String>(),
                        new long[2]});
                String[] attrs = (String[]) a[0];
                for (int i = 0; i < 6; i++) {
                    String v = rs.getString(3 + i);
                    if (v != null && (attrs[i] == null || v.compareTo(attrs[i]) > 0)) {
                        attrs[i] = v; // MAX over all rows, as the per-query GROUP BY gave
                    }
                }
                if (rs.getString(2) != null) {
                    @SuppressWarnings("unchecked")
                    Set<String> names = (Set<String>) a[1];
                    names.add(rs.getString(2));
                }
                long[] n = (long[]) a[2];
                n[0] += rs.getLong(9);
                n[1] += rs.getLong(10);
            }
        }
        latestAffiliations(c, acc);
        List<Entry> out = new ArrayList<>();
        acc.forEach((id, a) -> {
            String[] v = (String[]) a[0];
            long[] n = (long[]) a[2];
            @SuppressWarnings("unchecked")
            Set<String> names = (Set<String>) a[1];
            out.add(new Entry(new ActorRow(id, v[0], v[1], v[2], v[3], v[4], v[5], (int) n[0], n[1]), Set.copyOf(names)));
        });
        out.sort(Comparator.comparingInt((Entry e) -> e.row().articles()).reversed()
                .thenComparing(Comparator.comparingLong((Entry e) -> e.row().mentions()).reversed())
                .thenComparing(e -> e.row().id()));
        return List.copyOf(out);
    }
}

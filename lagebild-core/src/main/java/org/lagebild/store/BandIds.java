package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The band_ids table: per locality-sensitive band key ONE row with the smallest
 * {@link NearDuplicates#BAND_IDS} article ids stored under it (space-separated, in id order).
 * That is all a near-duplicate lookup reads, and the same ids a row per (key, article) gave with
 * {@code ORDER BY article_id LIMIT}; but an article writes 32 entries of the table's primary map
 * (its BIGINT key is H2's row key) instead of 32 rows plus 32 entries of their primary-key index
 * (those 64 were a fifth of the index entries an article wrote; docs/BENCHMARKS.md, session 10).
 */
final class BandIds {
    /** The table of stores written before band_ids, moved over once on open. */
    static final String OLD_TABLE = "article_bands";
    private static final int BATCH = 1000;
    private static final int CHUNK = 500;

    private BandIds() {
    }

    /** The ids stored under each of the keys, in id order; keys without a row are left out. One query per 500 keys. */
    static Map<Long, TreeSet<String>> read(Connection c, Collection<Long> keys) throws SQLException {
        Map<Long, TreeSet<String>> out = new HashMap<>();
        List<Long> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += CHUNK) {
            Sql sql = new Sql("SELECT band_key, article_ids FROM band_ids")
                    .andIn("band_key", all.subList(i, Math.min(all.size(), i + CHUNK)));
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), decode(rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** The distinct keys of a signature, in their order. */
    static Set<Long> distinct(long[] keys) {
        Set<Long> out = new LinkedHashSet<>();
        for (long k : keys) {
            out.add(k);
        }
        return out;
    }

    /** Adds an id to a key's set, keeping its {@link NearDuplicates#BAND_IDS} smallest; true when it changed. */
    static boolean add(TreeSet<String> ids, String articleId) {
        if (!ids.add(articleId)) {
            return false;
        }
        if (ids.size() > NearDuplicates.BAND_IDS) {
            return !articleId.equals(ids.pollLast());
        }
        return true;
    }

    /** Writes keys' sets: an INSERT for keys without a row ({@code stored} false), else an UPDATE. */
    static void write(Connection c, Collection<Row> rows) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO band_ids (band_key, article_ids) VALUES (?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE band_ids SET article_ids = ? WHERE band_key = ?")) {
            int inserts = 0;
            int updates = 0;
            for (Row r : rows) {
                if (r.stored()) {
                    upd.setString(1, encode(r.ids()));
                    upd.setLong(2, r.key());
                    upd.addBatch();
                    if (++updates % BATCH == 0) {
                        upd.executeBatch();
                    }
                } else {
                    ins.setLong(1, r.key());
                    ins.setString(2, encode(r.ids()));
                    ins.addBatch();
                    if (++inserts % BATCH == 0) {
                        ins.executeBatch();
                    }
                }
            }
            ins.executeBatch();
            upd.executeBatch();
        }
    }

    /** A key's ids to write; {@code stored}: the key already has a row. */
    record Row(long key, Collection<String> ids, boolean stored) {
    }

    static String encode(Collection<String> ids) {
        return String.join(" ", ids);
    }

    static TreeSet<String> decode(String s) {
        return s == null || s.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(s.split(" ")));
    }

    /**
     * Moves the rows of {@link #OLD_TABLE} (one per key and article) into band_ids and drops it, in
     * one transaction: a kill before the end leaves the old table to move again on the next open.
     */
    static void migrate(Connection c) throws SQLException {
        if (!Store.tableExists(c, OLD_TABLE)) {
            return;
        }
        try {
            List<Row> rows = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                st.setFetchSize(BATCH); // PostgreSQL: a cursor, not the whole table in memory
                try (ResultSet rs = st.executeQuery("SELECT band_key, article_id FROM " + OLD_TABLE
                        + " ORDER BY band_key, article_id")) {
                    TreeSet<String> ids = null;
                    long key = 0;
                    while (rs.next()) {
                        long k = rs.getLong(1);
                        if (ids == null || k != key) {
                            if (ids != null) {
                                rows.add(new Row(key, ids, false));
                                if (rows.size() == BATCH) {
                                    write(c, rows);
                                    rows.clear();
                                }
                            }
                            ids = new TreeSet<>();
                            key = k;
                        }
                        add(ids, rs.getString(2));
                    }
                    if (ids != null) {
                        rows.add(new Row(key, ids, false));
                    }
                }
            }
            write(c, rows);
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE " + OLD_TABLE); // a constant name
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }
}

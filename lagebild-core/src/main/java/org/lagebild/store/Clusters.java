package org.lagebild.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** SQL helpers shared by the deduplication steps; values are always bound parameters. */
final class Clusters {
    /** Most clusters compared per mention; the index range is ordered, so the choice is stable. */
    static final int MAX_CANDIDATES = 200;

    private Clusters() {
    }

    /** A typed SQL NULL: PostgreSQL refuses a VARCHAR null for a DATE or DOUBLE column. */
    record Null(int sqlType) {
    }

    static Object date(LocalDate d) {
        return d == null ? new Null(Types.DATE) : d;
    }

    static Object dbl(Double d) {
        return d == null ? new Null(Types.DOUBLE) : d;
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            return ps.executeUpdate();
        }
    }

    /** Binds the values (a {@link Null} as a typed NULL) to parameters 1…n. */
    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Null n) {
                ps.setNull(i + 1, n.sqlType());
            } else {
                Sql.bind(ps, i + 1, values[i]);
            }
        }
    }

    /**
     * Whether a cluster already has a mention from this original (so a new mention adds no source).
     *
     * @param mentions event_mentions or statement_mentions (a constant, never input)
     */
    static boolean hasRoot(Connection c, String mentions, String clusterId, String root) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + mentions
                + " WHERE cluster_id = ? AND root_id = ?")) {
            ps.setString(1, clusterId);
            ps.setString(2, root);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static LocalDate day(ResultSet rs, int col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }
}

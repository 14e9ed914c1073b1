package org.lagebild.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A query assembled from constant SQL fragments and '?' placeholders; values are only ever bound
 * as parameters, never concatenated into the SQL text.
 */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private boolean hasWhere;

    Sql(String head) {
        text.append(head);
    }

    /** {@code before} + the inner query + {@code after}, with the inner query's parameters (a derived table). */
    static Sql wrap(String before, Sql inner, String after) {
        Sql s = new Sql(before + inner.text + after);
        s.params.addAll(inner.params);
        return s;
    }

    /** Appends a constant fragment with its parameters. */
    Sql append(String fragment, Object... values) {
        text.append(' ').append(fragment);
        Collections.addAll(params, values);
        return this;
    }

    /** Adds {@code condition} (a constant fragment) with WHERE or AND. */
    Sql and(String condition, Object... values) {
        text.append(hasWhere ? " AND (" : " WHERE (").append(condition).append(')');
        hasWhere = true;
        Collections.addAll(params, values);
        return this;
    }

    /** Adds a sub-query (an EXISTS built with its own parameters) as a condition. */
    Sql and(Sql sub) {
        return and(sub.text.toString(), sub.params.toArray());
    }

    /** "?, ?, ?" for a list of n values. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Adds {@code column IN (?, …)} for the values. */
    Sql andIn(String column, Collection<?> values) {
        return and(column + " IN (" + placeholders(values.size()) + ")", values.toArray());
    }

    /**
     * Adds {@code (a, b) IN ((?, ?), …)} for exact key pairs: H2 and PostgreSQL look each pair up
     * in a (a, b, …) index, where {@code a IN (…)} reads every row of each {@code a}.
     */
    Sql andInPairs(String a, String b, Collection<String[]> pairs) {
        List<Object> values = new ArrayList<>(2 * pairs.size());
        for (String[] p : pairs) {
            values.add(p[0]);
            values.add(p[1]);
        }
        return and("(" + a + ", " + b + ") IN (" + String.join(", ", Collections.nCopies(pairs.size(), "(?, ?)")) + ")",
                values.toArray());
    }

    /** The bound values so far, in order (to embed this query as a subquery of another). */
    List<Object> params() {
        return new ArrayList<>(params);
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            bind(ps, i + 1, params.get(i));
        }
        return ps;
    }

    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Long n) {
            ps.setLong(index, n);
        } else if (value instanceof Double n) {
            ps.setDouble(index, n);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (value instanceof LocalDate d) {
            ps.setDate(index, Date.valueOf(d));
        } else {
            ps.setObject(index, value);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

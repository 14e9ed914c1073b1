package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads of {@code forums} and {@code forum_participants}. A forum is filed under its own date
 * when that is a calendar value (YYYY, YYYY-MM, YYYY-MM-DD…), else under its article's
 * publication span; both ends are computed in SQL as ISO day strings, which compare like dates.
 */
final class ForumQueries {
    /** An ISO value whose first {@code n} characters are digits and dashes where a date has them. */
    private static String iso(String col, int n) {
        String digits = "SUBSTRING(" + col + " FROM 1 FOR 4) BETWEEN '0000' AND '9999'";
        return switch (n) {
            case 4 -> "(LENGTH(" + col + ") = 4 AND " + digits + ")";
            case 7 -> "(LENGTH(" + col + ") = 7 AND " + col + " LIKE '____-__' AND " + digits
                    + " AND SUBSTRING(" + col + " FROM 6 FOR 2) BETWEEN '01' AND '12')";
            default -> "(" + col + " LIKE '____-__-__%' AND " + digits
                    + " AND SUBSTRING(" + col + " FROM 6 FOR 2) BETWEEN '01' AND '12'"
                    + " AND SUBSTRING(" + col + " FROM 9 FOR 2) BETWEEN '01' AND '31')";
        };
    }

    private static final String V = "f.date_value";
    static final String DAY_FROM = "CASE WHEN " + iso(V, 10) + " THEN SUBSTRING(" + V + " FROM 1 FOR 10)"
            + " WHEN " + iso(V, 7) + " THEN " + V + " || '-01'"
            + " WHEN " + iso(V, 4) + " THEN " + V + " || '-01-01'"
            + " ELSE CAST(a.pub_from AS VARCHAR) END";
    // '-31' for every month: only compared with real days, so '2022-02-31' sorts after every February day.
    static final String DAY_TO = "CASE WHEN " + iso(V, 10) + " THEN SUBSTRING(" + V + " FROM 1 FOR 10)"
            + " WHEN " + iso(V, 7) + " THEN " + V + " || '-31'"
            + " WHEN " + iso(V, 4) + " THEN " + V + " || '-12-31'"
            + " ELSE CAST(a.pub_to AS VARCHAR) END";

    private ForumQueries() {
    }

    static List<ForumRow> forums(Connection c, ForumQuery q) throws SQLException {
        Sql sql = new Sql("SELECT f.article_id, f.forum_id, f.kind, f.body, f.place_actor, f.place_name, f.date_value, "
                + "f.duration, f.future, " + DAY_FROM + " AS day_from, " + DAY_TO + " AS day_to, a.title, a.pub_date "
                + "FROM forums f JOIN articles a ON a.id = f.article_id");
        if (q.actors() != null) {
            if (q.actors().isEmpty()) {
                return List.of();
            }
            String in = Sql.placeholders(q.actors().size());
            List<Object> params = new ArrayList<>(q.actors());
            params.addAll(q.actors());
            params.addAll(q.actors());
            sql.and("f.body IN (" + in + ") OR EXISTS (SELECT 1 FROM forum_participants p WHERE p.article_id = f.article_id "
                    + "AND p.forum_id = f.forum_id AND (p.actor_id IN (" + in + ") OR p.represents IN (" + in + ")))",
                    params.toArray());
        }
        if (q.q() != null && !q.q().isBlank()) {
            for (String word : q.q().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                sql.and("LOWER(f.kind) LIKE ? ESCAPE '\\' OR LOWER(f.body) LIKE ? ESCAPE '\\' "
                        + "OR LOWER(f.place_name) LIKE ? ESCAPE '\\' OR LOWER(a.title) LIKE ? ESCAPE '\\' "
                        + "OR EXISTS (SELECT 1 FROM forum_participants p JOIN article_actors aa ON aa.article_id = p.article_id "
                        + "AND aa.actor_id = p.actor_id WHERE p.article_id = f.article_id AND p.forum_id = f.forum_id "
                        + "AND (aa.name_key LIKE ? ESCAPE '\\' OR LOWER(p.actor_id) LIKE ? ESCAPE '\\'))",
                        like, like, like, like, like, like);
            }
        }
        if (q.from() != null) {
            sql.and(DAY_TO + " >= ?", q.from().toString());
        }
        if (q.to() != null) {
            sql.and(DAY_FROM + " <= ?", q.to().toString());
        }
        sql.append("ORDER BY day_from DESC NULLS LAST, f.article_id, f.forum_id LIMIT ? OFFSET ?",
                q.page().limit(), q.page().offset());
        Map<String, ForumRow> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ForumRow r = new ForumRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), List.of());
                rows.put(key(r.articleId(), r.forumId()), r);
            }
        }
        return withParticipants(c, rows);
    }

    /** Fills in the participants of the page's forums (one query over the page's articles). */
    private static List<ForumRow> withParticipants(Connection c, Map<String, ForumRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> articles = new LinkedHashSet<>();
        rows.values().forEach(r -> articles.add(r.articleId()));
        Sql sql = new Sql("SELECT p.article_id, p.forum_id, p.actor_id, aa.name, p.role, p.represents "
                + "FROM forum_participants p LEFT JOIN article_actors aa ON aa.article_id = p.article_id "
                + "AND aa.actor_id = p.actor_id").andIn("p.article_id", articles)
                .append("ORDER BY p.article_id, p.forum_id, p.actor_id");
        Map<String, List<ForumRow.Participant>> byForum = new LinkedHashMap<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String k = key(rs.getString(1), rs.getString(2));
                if (rows.containsKey(k)) {
                    byForum.computeIfAbsent(k, x -> new ArrayList<>()).add(new ForumRow.Participant(
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        List<ForumRow> out = new ArrayList<>();
        rows.forEach((k, r) -> out.add(r.withParticipants(byForum.getOrDefault(k, List.of()))));
        return out;
    }

    private static String key(String articleId, String forumId) {
        return articleId + "\u0000" + forumId;
    }
}

package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The number of stored articles per publication span, read once (one scan of the articles_pub
 * index) and answering every {@link Store#articleDays} range in memory: the volume a series is
 * normalised by does not depend on the series' actors, and counting it per request read a
 * fifth of the articles (a range plus the year before it, for spans that start earlier).
 * Distinct spans are few (days, months, years) however many articles there are.
 */
final class ArticleVolume {
    /** Longest publication span (see Store.LONGEST_SPAN_DAYS): the undated count's implied bound. */
    private final int longestSpanDays;
    private final TreeMap<LocalDate, Long> days;
    /** Spans that are not one day, with their number of articles (from or to may be null). */
    private final List<Span> others;

    private record Span(LocalDate from, LocalDate to, long articles) {
    }

    private ArticleVolume(int longestSpanDays, TreeMap<LocalDate, Long> days, List<Span> others) {
        this.longestSpanDays = longestSpanDays;
        this.days = days;
        this.others = others;
    }

    static ArticleVolume load(Connection c, int longestSpanDays) throws SQLException {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        List<Span> others = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT pub_from, pub_to, COUNT(*) FROM articles GROUP BY pub_from, pub_to");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                java.sql.Date f = rs.getDate(1);
                java.sql.Date t = rs.getDate(2);
                LocalDate from = f == null ? null : f.toLocalDate();
                LocalDate to = t == null ? null : t.toLocalDate();
                if (from != null && from.equals(to)) {
                    days.merge(from, rs.getLong(3), Long::sum);
                } else {
                    others.add(new Span(from, to, rs.getLong(3)));
                }
            }
        }
        return new ArticleVolume(longestSpanDays, days, List.copyOf(others));
    }

    /**
     * Exactly what the SQL of the range gave: day-precise articles per day in [from, to]; as
     * undated, the articles whose span is not one day ({@code pub_from IS NULL OR pub_from <> pub_to},
     * so a span with only an end is neither) and, with a range, overlaps it (a missing bound does
     * not match a given one).
     */
    Store.ArticleDays range(LocalDate from, LocalDate to) {
        Map<LocalDate, Long> inRange = from == null && to == null ? days
                : from == null ? days.headMap(to, true)
                : to == null ? days.tailMap(from, true)
                : from.isAfter(to) ? Map.of() : days.subMap(from, true, to, true);
        long undated = 0;
        for (Span s : others) {
            boolean notOneDay = s.from() == null || s.to() != null;
            boolean afterFrom = from == null || s.from() != null && s.to() != null && !s.to().isBefore(from)
                    && !s.from().isBefore(from.minusDays(longestSpanDays));
            boolean beforeTo = to == null || s.from() != null && !s.from().isAfter(to);
            if (notOneDay && afterFrom && beforeTo) {
                undated += s.articles();
            }
        }
        return new Store.ArticleDays(new TreeMap<>(inRange), undated);
    }
}

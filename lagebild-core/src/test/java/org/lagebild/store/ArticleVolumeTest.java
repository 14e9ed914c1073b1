package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * ArticleVolume answers every range as the per-request SQL it replaced did (kept here as the
 * reference), including spans without a start or an end and ranges open on either side.
 */
class ArticleVolumeTest {
    private static final int LONGEST = 366;

    static {
        Store.key(""); // Store configures H2 before H2 initialises (H2StoreTest checks it in this JVM)
    }

    @Test
    void everyRangeMatchesTheSqlDefinition() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:volume;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, pub_from DATE, pub_to DATE)");
            }
            LocalDate d = LocalDate.of(2022, 1, 10);
            List<LocalDate[]> spans = new ArrayList<>(List.of(
                    new LocalDate[] {d, d}, new LocalDate[] {d, d}, new LocalDate[] {d.plusDays(3), d.plusDays(3)},
                    new LocalDate[] {LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)}, // a month
                    new LocalDate[] {LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)}, // a year
                    new LocalDate[] {LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 16)}, // a week
                    new LocalDate[] {null, null}, new LocalDate[] {null, null},
                    new LocalDate[] {d, null}, new LocalDate[] {null, d},
                    new LocalDate[] {LocalDate.of(2020, 2, 29), LocalDate.of(2020, 2, 29)}));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles VALUES (?, ?, ?)")) {
                int id = 0;
                for (LocalDate[] s : spans) {
                    ps.setInt(1, id++);
                    ps.setObject(2, s[0]);
                    ps.setObject(3, s[1]);
                    ps.executeUpdate();
                }
            }
            ArticleVolume volume = ArticleVolume.load(c, LONGEST);
            List<LocalDate> bounds = new ArrayList<>(Arrays.asList((LocalDate) null, d, d.minusDays(1), d.plusDays(1),
                    d.plusDays(3), LocalDate.of(2021, 6, 1), LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1),
                    LocalDate.of(2019, 1, 1), LocalDate.of(2020, 2, 29), LocalDate.of(2023, 1, 1)));
            int compared = 0;
            for (LocalDate from : bounds) {
                for (LocalDate to : bounds) {
                    assertEquals(sql(c, from, to), volume.range(from, to), from + ".." + to);
                    compared++;
                }
            }
            assertEquals(121, compared);
            assertEquals(new Store.ArticleDays(Map.of(d, 2L, d.plusDays(3), 1L, LocalDate.of(2020, 2, 29), 1L), 6), // month, year, week, 2 × none, no start
                    volume.range(null, null));
        }
    }

    /** The SQL Store.articleDays ran per request before (session 6). */
    private static Store.ArticleDays sql(Connection c, LocalDate from, LocalDate to) throws Exception {
        Sql days = new Sql("SELECT pub_from, COUNT(*) FROM articles").and("pub_from = pub_to");
        if (from != null) {
            days.and("pub_from >= ?", from);
        }
        if (to != null) {
            days.and("pub_from <= ?", to);
        }
        days.append("GROUP BY pub_from");
        Map<LocalDate, Long> out = new TreeMap<>();
        try (PreparedStatement ps = days.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
            }
        }
        Sql undated = new Sql("SELECT COUNT(*) FROM articles").and("pub_from IS NULL OR pub_from <> pub_to");
        if (from != null) {
            undated.and("pub_to >= ?", from).and("pub_from >= ?", from.minusDays(LONGEST));
        }
        if (to != null) {
            undated.and("pub_from <= ?", to);
        }
        try (PreparedStatement ps = undated.prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Store.ArticleDays(out, rs.getLong(1));
        }
    }
}

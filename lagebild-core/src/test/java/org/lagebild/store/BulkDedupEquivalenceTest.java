package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.time.PublicationDate;

/**
 * A bulk write ({@link Store#putAll}, dedup against tables kept in memory for the batch) leaves
 * the same rows in every table as storing the same articles one by one ({@link Store#put}) in the
 * same order, whether the batch is a list or an iterator: random articles with near-duplicate texts, person aliases, clustering events and
 * statements, undated and month-dated ones, written as one store per path (the bulk one in
 * batches of different sizes, so batches also build on earlier ones).
 */
class BulkDedupEquivalenceTest {
    private static final String[][] ACTORS = {
            {"NATO", "Nato", "ORGANIZATION"}, {"RUS", "Russland", "COUNTRY"}, {"UKR", "Ukraine", "COUNTRY"},
            {"EU", "EU", "ORGANIZATION"}, {"person:jens-stoltenberg", "Jens Stoltenberg", "PERSON"},
            {"person:stoltenberg", "Stoltenberg", "PERSON"}, {"person:olaf-scholz", "Olaf Scholz", "PERSON"},
            {"person:scholz", "Scholz", "PERSON"}, {"person:peter-scholz", "Peter Scholz", "PERSON"}};
    private static final String[] QUOTES = {"es gebe erhebliche Meinungsverschiedenheiten mit Moskau und der Nato",
            "die Gespräche seien gescheitert und es gebe keine Einigung", "man werde weiter verhandeln"};
    private static final String[] BODIES = {
            "Die Verhandlungen zwischen der Nato und Russland sind in Brüssel ohne Ergebnis geblieben, die Ukraine "
                    + "und die EU warnen vor einer weiteren Eskalation an der Grenze und beraten über neue Sanktionen.",
            "In Wien trafen sich Vertreter der Ukraine und der EU zu Gesprächen über Energie, Handel und Sicherheit; "
                    + "Russland lehnte eine Teilnahme ab, die Nato begrüßte das Treffen ausdrücklich als Fortschritt."};

    @TempDir
    Path dir;

    @Test
    void bulkWriteEqualsOneByOne() throws Exception {
        List<Store.Entry> articles = new ArrayList<>();
        Random r = new Random(11);
        for (int i = 0; i < 160; i++) {
            articles.add(article(r, i));
        }
        Path single = dir.resolve("single");
        Path bulk = dir.resolve("bulk");
        try (Store s = Store.open(StoreConfig.embedded(single))) {
            for (Store.Entry e : articles) {
                assertTrue(s.put(e.analysis(), e.document()));
            }
        }
        try (Store s = Store.open(StoreConfig.embedded(bulk))) {
            int[] sizes = {1, 40, 7, 90, 22};
            int at = 0;
            for (int i = 0; i < sizes.length; i++) {
                List<Store.Entry> batch = articles.subList(at, at + sizes[i]);
                // both paths: the list (prepared in parallel) and the iterator (each written as it comes)
                assertEquals(sizes[i], i % 2 == 0 ? s.putAll(batch) : s.putAll(batch.iterator()));
                at += sizes[i];
            }
            assertEquals(articles.size(), at);
        }
        List<String> expected = dump(single);
        List<String> actual = dump(bulk);
        assertTrue(count(expected, "article_dedup", 4, v -> !v.equals("null")) > 10, "the fixture should have near-duplicates");
        assertTrue(count(expected, "event_clusters", 13, v -> Integer.parseInt(v) > 1) > 10,
                "the fixture should cluster events");
        assertTrue(count(expected, "statement_clusters", 8, v -> Integer.parseInt(v) > 1) > 5,
                "the fixture should cluster statements");
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("article_actors|") && l.contains("person:jens-stoltenberg")
                && l.contains("Jens Stoltenberg")), "the fixture should alias persons");
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + i);
        }
    }

    /** Rows of the table whose column {@code col} (1-based) passes the test. */
    private static long count(List<String> rows, String table, int col, java.util.function.Predicate<String> test) {
        return rows.stream().filter(l -> l.startsWith(table + "|")).map(l -> l.split("\\|", -1)[col])
                .filter(test).count();
    }

    /** Every row of every table of the store as sorted text (the articles' ingest time left out). */
    static List<String> dump(Path data) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Store.embeddedUrl(data)); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.contains("event_clusters") && tables.contains("cluster_firsts"), tables.toString());
            for (String t : tables) {
                if (t.equals("store_meta")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder(t);
                        for (int i = 1; i <= n; i++) {
                            if (!rs.getMetaData().getColumnName(i).equalsIgnoreCase("ingested_at")) {
                                line.append('|').append(rs.getString(i));
                            }
                        }
                        rows.add(line.toString());
                    }
                }
                rows.sort(null);
                out.addAll(rows);
            }
        }
        return out;
    }

    /** A random article over one of two bodies (so copies are near-duplicates) with random actors, events, quotes. */
    static Store.Entry article(Random r, int n) {
        StringBuilder text = new StringBuilder(BODIES[r.nextInt(BODIES.length)]);
        if (r.nextInt(4) == 0) {
            text.append(" Eine ganz andere Meldung über Wetter, Sport, Kultur und Verkehr in vielen Städten ").append(n)
                    .append(" mit zahlreichen weiteren Wörtern, damit sich der Text deutlich unterscheidet.");
        }
        text.append(" Meldung ").append(n).append(". ");
        List<String[]> actors = new ArrayList<>();
        for (String[] a : ACTORS) {
            if (r.nextInt(2) == 0) {
                actors.add(a);
                text.append(a[1]).append(" äußerte sich. ");
            }
        }
        String quote = QUOTES[r.nextInt(QUOTES.length)];
        text.append("Es hieß, ").append(quote).append(". Sie sagte das am Abend.");
        LocalDate day = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(12));
        int kind = r.nextInt(10);
        PublicationDate pub = kind == 0 ? null : kind == 1 ? PublicationDate.parse("2022-01").orElseThrow()
                : PublicationDate.parse(day.toString()).orElseThrow();
        StoreFixtures.Builder b = new StoreFixtures.Builder("a" + n, text.toString(), "de", pub, null);
        List<String> ids = new ArrayList<>();
        for (String[] a : actors) {
            // the mention is the name's occurrence in "<name> äußerte sich"
            b.actor(a[0], a[1], a[2], null, a[1] + " äußerte");
            ids.add(a[0]);
        }
        List<String> persons = actors.stream().filter(a -> a[2].equals("PERSON")).map(a -> a[0]).toList();
        if (!persons.isEmpty()) {
            b.statement("s1", persons.get(r.nextInt(persons.size())), "Sie", "sagte", quote);
        }
        if (!persons.isEmpty() && r.nextBoolean()) {
            b.statement("s2", persons.get(r.nextInt(persons.size())), "Es hieß", "hieß", quote);
        }
        int events = ids.isEmpty() ? 0 : 1 + r.nextInt(4);
        for (int i = 0; i < events; i++) {
            String type = List.of("CONSULT", "REJECT", "THREATEN").get(r.nextInt(3));
            String date = r.nextInt(3) == 0 ? null : day.minusDays(r.nextInt(3)).toString();
            b.event("e" + i, type, some(r, ids), some(r, ids), date, "Meldung", null);
        }
        StoreFixtures.Article a = b.build();
        return new Store.Entry(a.analysis(), a.document());
    }

    private static List<String> some(Random r, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (r.nextInt(3) == 0) {
                out.add(id);
            }
        }
        return out;
    }
}

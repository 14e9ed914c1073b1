package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL after its first stored article and restarted with the same
 * command ends with every article stored exactly once and the same rows as one clean run.
 */
class IngestKillTest {
    static final Map<String, String> TEXTS = Map.of(
            "1-de.txt", "Die Nato hat die Forderungen Moskaus nach Sicherheitsgarantien zurückgewiesen. "
                    + "„Wir werden keine Kompromisse machen“, sagte Nato-Generalsekretär Jens Stoltenberg am Mittwoch in Brüssel.",
            "2-de.txt", "Bundeskanzler Olaf Scholz hat Russland zu neuen Verhandlungen aufgefordert. "
                    + "Eine militärische Eskalation hätte schwere Folgen, sagte Scholz in Berlin.",
            "3-de.txt", "Polen und die Ukraine vereinbarten eine engere Zusammenarbeit bei der Verteidigung. "
                    + "Der polnische Präsident Andrzej Duda erklärte, Polen stehe an der Seite Kiews.",
            "4-de.txt", "Die Bundesregierung kritisierte die Manöver an der ukrainischen Grenze. "
                    + "Außenministerin Annalena Baerbock warnte Moskau vor einem Angriff auf die Ukraine.",
            "5-en.txt", "NATO Secretary General Jens Stoltenberg said on Wednesday that the alliance would not "
                    + "compromise on its core principles. Russia rejected the proposal.",
            "6-en.txt", "The European Union agreed to send more aid to Ukraine. \"We will stand with Kyiv\", "
                    + "Commission President Ursula von der Leyen told reporters in Brussels.",
            // a syndicated copy of 1-de.txt: linked to it, and no second source of its events
            "7-de.txt", "Die Nato hat die Forderungen Moskaus nach Sicherheitsgarantien zurückgewiesen. "
                    + "„Wir werden keine Kompromisse machen“, sagte Nato-Generalsekretär Jens Stoltenberg am Mittwoch in Brüssel. "
                    + "Die Gespräche sollen weitergehen.");

    /** TEXTS and 40 more short articles, so that the kill lands between or inside group commits. */
    static final Map<String, String> ALL = withFillers();

    private static Map<String, String> withFillers() {
        String[] who = {"Frankreich", "Polen", "Italien", "Spanien", "Schweden", "Finnland", "Estland", "Litauen"};
        String[] where = {"Paris", "Warschau", "Rom", "Madrid", "Stockholm"};
        Map<String, String> m = new TreeMap<>(TEXTS);
        for (int i = 0; i < 40; i++) {
            String a = who[i % who.length];
            String b = who[(i / who.length + i + 1) % who.length];
            m.put(String.format(java.util.Locale.ROOT, "8-filler-%02d-de.txt", i), a + " und " + b + " haben am "
                    + (i % 28 + 1) + ". Januar in " + where[i % where.length] + " über " + (i * 137 % 900 + 100)
                    + " Soldaten verhandelt. Der Minister von " + a + " forderte " + b + " zu weiteren Gesprächen auf.");
        }
        return m;
    }

    @TempDir
    Path tmp;

    @Test
    @Timeout(900)
    void killedIngestRestartedStoresEveryArticleExactlyOnce() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> expectedIds = new ArrayList<>();
        for (var e : ALL.entrySet()) {
            Files.writeString(in.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            expectedIds.add(Store.articleId(e.getValue()));
        }
        Path data = tmp.resolve("killed");

        Path log1 = tmp.resolve("run1.log");
        Process first = child(data, in, log1);
        int storedAtKill = waitForFirstArticle(first, log1);
        assertTrue(first.isAlive(), "the ingest finished before it could be killed:\n" + read(log1));
        first.destroyForcibly();
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertTrue(storedAtKill >= 1 && storedAtKill < ALL.size(), "stored at kill: " + storedAtKill);

        Path log2 = tmp.resolve("run2.log");
        Process second = child(data, in, log2);
        if (!second.waitFor(600, TimeUnit.SECONDS)) {
            second.destroyForcibly();
            fail("the restarted ingest did not finish:\n" + read(log2));
        }
        assertEquals(0, second.exitValue(), read(log2));
        Matcher m = Pattern.compile("SUMMARY (\\d+) (\\d+) (\\d+) (\\d+)").matcher(read(log2));
        assertTrue(m.find(), read(log2));
        // what the first run had acknowledged survived the kill and was not analysed again
        assertTrue(Integer.parseInt(m.group(3)) >= storedAtKill, read(log2));
        assertEquals(ALL.size(), Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3)), read(log2));

        Path clean = tmp.resolve("clean");
        StringWriter cleanErr = new StringWriter();
        Ingester.Summary once = IngestChild.ingest(clean, in, new PrintWriter(cleanErr));
        assertEquals(ALL.size(), once.stored(), cleanErr.toString());

        Map<String, String> resumed = rowsPerArticle(data);
        assertEquals(new TreeMap<>(expectedIdsAsKeys(expectedIds)).keySet(), resumed.keySet());
        assertEquals(rowsPerArticle(clean), resumed);
        // deduplication was committed with each article: the same links and clusters as one clean run
        List<String> dedup = DedupState.of(data);
        assertEquals(DedupState.of(clean), dedup);
        assertTrue(dedup.contains("article " + Store.articleId(TEXTS.get("7-de.txt")) + " "
                + Store.articleId(TEXTS.get("1-de.txt")) + " " + MinHash.of(TEXTS.get("7-de.txt"), List.of()).shingles()),
                String.join("\n", dedup));
        try (Store a = Store.open(StoreConfig.embedded(data)); Store b = Store.open(StoreConfig.embedded(clean))) {
            assertEquals(b.stats(), a.stats());
            // the index holds each article once, too
            assertEquals(2, a.articles(ArticleQuery.all().text("Sicherheitsgarantien")).size()); // 1-de and its copy
            assertEquals(ALL.size(), a.articles(ArticleQuery.all()).size());
        }
    }

    private static Map<String, String> expectedIdsAsKeys(List<String> ids) {
        Map<String, String> m = new TreeMap<>();
        ids.forEach(id -> m.put(id, ""));
        return m;
    }

    /** Per article id: its counts of actors, statements, events and event actors. */
    private static Map<String, String> rowsPerArticle(Path data) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(Store.embeddedUrl(data)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.id, "
                     + "(SELECT COUNT(*) FROM article_actors x WHERE x.article_id = a.id), "
                     + "(SELECT COUNT(*) FROM statements x WHERE x.article_id = a.id), "
                     + "(SELECT COUNT(*) FROM events x WHERE x.article_id = a.id), "
                     + "(SELECT COUNT(*) FROM event_actors x WHERE x.article_id = a.id) FROM articles a")) {
            while (rs.next()) {
                String prev = out.put(rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4)
                        + "/" + rs.getLong(5));
                assertEquals(null, prev, "article stored twice: " + rs.getString(1));
            }
        }
        return out;
    }

    private static Process child(Path data, Path in, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), data.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Waits until the child has acknowledged at least one article (its progress line, printed after
     * each durable group commit) and returns how many. Rows merely visible in the database do not
     * count: a kill between a batch's commit and its checkpoint may lose them, and they were never
     * reported as stored.
     */
    private static int waitForFirstArticle(Process p, Path log) throws Exception {
        Pattern done = Pattern.compile("lagebild: (\\d+)/\\d+ done");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                fail("the ingest ended early:\n" + read(log));
            }
            int acknowledged = 0;
            for (Matcher m = done.matcher(read(log)); m.find(); ) {
                acknowledged = Math.max(acknowledged, Integer.parseInt(m.group(1)));
            }
            if (acknowledged > 0) {
                return acknowledged;
            }
            Thread.sleep(100);
        }
        fail("no article was stored within 300 s:\n" + read(log));
        return 0;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}

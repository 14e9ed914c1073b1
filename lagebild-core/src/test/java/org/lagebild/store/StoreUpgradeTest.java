package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.report.JsonOutput;
import org.lagebild.store.StoreFixtures.Article;

/** Stores written by earlier versions (uncompressed analyses, older index format, no query columns) keep working. */
class StoreUpgradeTest {
    @TempDir
    Path dataDir;

    private final Article german = StoreFixtures.german();
    private final Article english = StoreFixtures.english();

    private void fill() {
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            assertTrue(store.put(german.analysis(), german.document()));
            assertTrue(store.put(english.analysis(), english.document()));
        }
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(Store.embeddedUrl(dataDir));
    }

    @Test
    void analysesAreStoredCompressedAndUncompressedOldRowsStillRead() throws Exception {
        fill();
        String json = JsonOutput.mapper().writeValueAsString(german.analysis());
        try (Connection c = db()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT analysis FROM articles")) {
                while (rs.next()) {
                    assertTrue(rs.getString(1).startsWith("deflate:"));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET analysis = ? WHERE id = ?")) {
                ps.setString(1, json); // as written before compression
                ps.setString(2, german.id());
                assertEquals(1, ps.executeUpdate());
            }
        }
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            assertEquals(german.analysis(), store.article(german.id()).orElseThrow().analysis());
            assertEquals(english.analysis(), store.article(english.id()).orElseThrow().analysis());
        }
    }

    @Test
    void anIndexOfAnOlderFormatIsRebuiltWithDates() throws Exception {
        fill();
        // The index as written before dates were indexed: the same articles, without date fields
        // (so reconcile alone would keep it), and no format mark.
        try (FSDirectory dir = FSDirectory.open(dataDir.resolve("index"));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.deleteAll();
            for (Article a : List.of(german, english)) {
                Document d = new Document();
                d.add(new StringField("kind", "article", Field.Store.NO));
                d.add(new StringField("article_id", a.id(), Field.Store.YES));
                d.add(new TextField("en".equals(a.analysis().lang()) ? "body_en" : "body_de", a.analysis().text(), Field.Store.NO));
                w.addDocument(d);
            }
            w.setLiveCommitData(Map.of("lagebild.format", "1").entrySet());
            w.commit();
        }
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            ArticleQuery q = ArticleQuery.all().text("Verhandlung");
            assertEquals(List.of(german.id()), store.articles(q).stream().map(ArticleRow::id).toList());
            assertEquals(1, store.articles(q.between(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1))).size());
            assertTrue(store.articles(q.between(LocalDate.of(2022, 2, 1), null)).isEmpty());
            assertEquals(1, store.statements(StatementQuery.all().text("security")
                    .between(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4))).size());
            assertTrue(store.statements(StatementQuery.all().text("security").between(null, LocalDate.of(2025, 3, 3))).isEmpty());
        }
    }

    @Test
    void queryColumnsAndDyadsOfAnOlderStoreAreFilledOnOpen() throws Exception {
        fill();
        try (Connection c = db(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE event_actors SET seq = NULL, when_from = NULL, when_to = NULL, pub_day = NULL");
            st.executeUpdate("DELETE FROM event_dyads");
            st.executeUpdate("DELETE FROM store_meta");
        }
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            assertEquals(List.of("e1", "e2"), store.events(EventQuery.all().source("NATO")).stream().map(EventRow::eventId).toList());
            assertEquals(2, store.count(EventQuery.all().source("NATO").target("RUS")));
            assertEquals(1, store.events(EventQuery.all().source("NATO").target("RUS")
                    .between(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 12))).size());
            assertEquals(List.of(new Store.QuadDay(LocalDate.of(2025, 3, 4), "verbal cooperation", 1, 1.0, 1)),
                    store.eventDays(List.of("RUS"), List.of("EU"), true, null, null).days());
        }
        try (Connection c = db(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM store_meta")) {
            rs.next();
            // query columns, dyads, cluster irrealis flags, cluster firsts, foreign keys dropped: done once,
            // not again on the next open
            assertEquals(5, rs.getInt(1));
        }
    }

    @Test
    void statementTopicsAreStoredAndAStoreWithoutTopicColumnsGetsThem() throws Exception {
        fill();
        String created;
        try (Connection c = db()) {
            created = columns(c, "statements");
        }
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            StatementRow s = store.statements(StatementQuery.all().text("security")).get(0);
            assertEquals("its own security", s.topicText());
            assertNull(s.topicActor());
        }
        // the statements table as written before topics existed
        try (Connection c = db(); Statement st = c.createStatement()) {
            st.executeUpdate("ALTER TABLE statements DROP COLUMN topic_actor");
            st.executeUpdate("ALTER TABLE statements DROP COLUMN topic_text");
        }
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            assertNull(store.statements(StatementQuery.all().text("security")).get(0).topicText()); // not computed then
            assertEquals(english.analysis(), store.article(english.id()).orElseThrow().analysis()); // the JSON keeps it
        }
        try (Connection c = db()) {
            assertEquals(created, columns(c, "statements")); // the ALTER appends them where CREATE TABLE has them
            assertTrue(created.endsWith("topic_actor topic_text"), created);
        }
    }

    @Test
    void foreignKeysOfAnOlderStoreAreDroppedWithTheirIndexes() throws Exception {
        // Tables as schema.sql created them before session 9, with their foreign keys (H2 adds an
        // index for each); the Store creates the rest.
        try (Connection c = db(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE articles (id VARCHAR(64) PRIMARY KEY, source_id VARCHAR NOT NULL, lang VARCHAR NOT NULL, "
                    + "pub_date VARCHAR, pub_granularity VARCHAR, pub_from DATE, pub_to DATE, title TEXT, url TEXT, "
                    + "body TEXT NOT NULL, analysis TEXT NOT NULL, ingested_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            st.execute("CREATE TABLE article_bands (band_key BIGINT NOT NULL, article_id VARCHAR(64) NOT NULL "
                    + "REFERENCES articles (id) ON DELETE CASCADE, PRIMARY KEY (band_key, article_id))");
            st.execute("CREATE TABLE events (article_id VARCHAR(64) NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                    + "event_id VARCHAR NOT NULL, seq INTEGER NOT NULL, type VARCHAR NOT NULL, mode VARCHAR, quad VARCHAR, "
                    + "intensity DOUBLE PRECISION, cameo VARCHAR, negated BOOLEAN NOT NULL, future BOOLEAN NOT NULL, "
                    + "hypothetical BOOLEAN NOT NULL, historical BOOLEAN NOT NULL, date_value VARCHAR, date_granularity VARCHAR, "
                    + "date_resolved BOOLEAN NOT NULL, date_text TEXT, location_actor VARCHAR, location_name VARCHAR, "
                    + "location_country VARCHAR, statement_id VARCHAR, trigger_text TEXT, trigger_lemma VARCHAR, evidence TEXT, "
                    + "evidence_start INTEGER, evidence_end INTEGER, pub_from DATE, pub_to DATE, when_from DATE, when_to DATE, "
                    + "PRIMARY KEY (article_id, event_id))");
            st.execute("CREATE TABLE event_actors (article_id VARCHAR(64) NOT NULL, event_id VARCHAR NOT NULL, "
                    + "role VARCHAR(6) NOT NULL CHECK (role IN ('source', 'target')), actor_id VARCHAR NOT NULL, "
                    + "PRIMARY KEY (article_id, event_id, role, actor_id), FOREIGN KEY (article_id, event_id) "
                    + "REFERENCES events (article_id, event_id) ON DELETE CASCADE)");
            assertEquals(3, foreignKeys(c));
        }
        fill();
        try (Connection c = db()) {
            assertEquals(0, foreignKeys(c));
            try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
                assertEquals(2, store.stats().articles());
                assertEquals(List.of("e1", "e2"), store.events(EventQuery.all().source("NATO")).stream()
                        .map(EventRow::eventId).toList());
            }
        }
        // a store created now has the same indexes as the migrated one: none left from the keys
        Path fresh = dataDir.resolve("fresh");
        try (Store store = Store.open(StoreConfig.embedded(fresh))) {
            assertTrue(store.put(german.analysis(), german.document()));
        }
        try (Connection old = db(); Connection now = DriverManager.getConnection(Store.embeddedUrl(fresh))) {
            assertEquals(indexes(now), indexes(old));
            assertEquals(0, foreignKeys(now));
            // a new store gets the columns later versions added from CREATE TABLE, in the order the
            // ALTERs give an older store (StoreScan reads SELECT * by position)
            assertEquals(columns(old, "events"), columns(now, "events"));
            assertEquals(columns(old, "event_actors"), columns(now, "event_actors"));
            assertTrue(columns(now, "events").endsWith("when_to location_lat location_lon location_geonames"),
                    columns(now, "events"));
        }
    }

    @Test
    void aNewStoreRecordsAsDoneTheMigrationsAnOlderStoreRuns() throws Exception {
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            assertTrue(store.put(german.analysis(), german.document()));
        }
        List<String> born;
        try (Connection c = db()) {
            born = migrationsDone(c);
            assertEquals(Store.ONCE_MIGRATIONS.stream().sorted().toList(), born);
            assertTrue(columns(c, "event_clusters").endsWith("irrealis"), columns(c, "event_clusters"));
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM store_meta"); // as a store from before the migrations
            }
        }
        // an existing store without records runs every migration: the same ones a new store records as done
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            assertEquals(1, store.stats().articles());
        }
        try (Connection c = db()) {
            assertEquals(born, migrationsDone(c));
        }
    }

    private static List<String> migrationsDone(Connection c) throws Exception {
        List<String> done = new java.util.ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM store_meta ORDER BY name")) {
            while (rs.next()) {
                done.add(rs.getString(1));
            }
        }
        return done;
    }

    @Test
    void bandKeysOfAnOlderStoreMoveToOneRowPerKey() throws Exception {
        fill();
        List<String> bands = bandIds();
        assertTrue(bands.size() >= 32, "both articles have band keys");
        // as stored before session 10: one article_bands row per key and article, no band_ids rows
        try (Connection c = db(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE article_bands (band_key BIGINT NOT NULL, article_id VARCHAR(64) NOT NULL, "
                    + "PRIMARY KEY (band_key, article_id))");
            st.executeUpdate("INSERT INTO article_bands SELECT b.band_key, a.id FROM band_ids b JOIN articles a "
                    + "ON POSITION(a.id IN b.article_ids) > 0");
            st.executeUpdate("DELETE FROM band_ids");
        }
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            assertEquals(2, store.stats().articles());
        }
        assertEquals(bands, bandIds());
        try (Connection c = db(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'article_bands'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    private List<String> bandIds() throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = db(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT band_key, article_ids FROM band_ids ORDER BY band_key")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return out;
    }

    private static int foreignKeys(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM "
                + "information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' AND table_schema = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String columns(Connection c, String table) throws Exception {
        StringBuilder names = new StringBuilder();
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.append(names.isEmpty() ? "" : " ").append(rs.getString(1));
                }
            }
        }
        return names.toString();
    }

    private static int indexes(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*) FROM information_schema.indexes WHERE table_schema = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

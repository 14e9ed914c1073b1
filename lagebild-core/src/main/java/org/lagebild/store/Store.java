package org.lagebild.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.lagebild.ingest.Document;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.ForumRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.text.Sha256;
import org.lagebild.time.PublicationDate;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The cross-article store: analysed articles in a relational database (H2 embedded or PostgreSQL,
 * one schema, {@code schema.sql}) plus a Lucene full-text index. Each article is written in one
 * transaction, so it is stored completely or not at all; articles are keyed by the SHA-256 of
 * their text, so storing is idempotent. Thread-safe: writes are serialised on one connection,
 * reads run concurrently on a small pool of further connections (each read query sees committed
 * data only). Every value reaches the database as a bound parameter.
 */
public final class Store implements AutoCloseable {
    private static final String SCHEMA = "org/lagebild/store/schema.sql";
    /** Full-text candidates fetched per round when a text query is combined with SQL filters. */
    private static final int HIT_BATCH = 1000;
    private static final int MAX_HITS = 100_000;
    /**
     * Concurrent read queries; more threads wait for a free connection. Queries are short and
     * CPU-bound, so a few more than the cores keep them busy without thrashing.
     */
    private static final int READ_CONNECTIONS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final int READ_WAIT_SECONDS = 30;
    /**
     * No stored span (publication date, event date: a day, week, month or year, see DateSpan) is
     * longer than a year, so {@code to >= x} implies {@code from >= x - LONGEST_SPAN_DAYS}, a bound
     * that range scans on the *_from indexes can use.
     */
    private static final int LONGEST_SPAN_DAYS = 366;

    static {
        // H2 passes every value it reads or writes through one global cache keyed by the value's
        // hash, so each article body and analysis (tens of thousands of chars) was hashed and
        // compared on every read and write: 14 % of the server's CPU under load, and the threads
        // shared the one array. Must be set before H2's SysProperties class initialises;
        // H2StoreTest checks that it took effect. An explicit -Dh2.objectCache wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final StoreConfig config;
    /** The write connection; every use is under the Store's monitor. */
    private final Connection conn;
    /** Connections for reads (autocommit), so that queries from several threads run at once. */
    private final JdbcConnectionPool reads;
    private final FullTextIndex index;
    private final ActorCache actorCache = new ActorCache();
    /**
     * Articles per publication span for series (ArticleVolume). Writes of this Store replace it
     * at once; writes by another process (an ingest next to a server) are seen within the TTL.
     */
    private volatile VolumeSnapshot volume;
    private final Object volumeLock = new Object();
    private static final long VOLUME_TTL_NANOS = 60_000_000_000L;

    private record VolumeSnapshot(long generation, long readAt, ArticleVolume volume) {
    }

    /** Row counts of the main tables. */
    public record Stats(long articles, long actors, long statements, long events, long eventActors) {
    }

    private Store(StoreConfig config, Connection conn, JdbcConnectionPool reads, FullTextIndex index) {
        this.config = config;
        this.conn = conn;
        this.reads = reads;
        this.index = index;
    }

    /**
     * Opens (creating if needed) the database and the full-text index, and re-indexes articles
     * the database has but the index lacks (after a crash between the two commits).
     */
    public static Store open(StoreConfig config) {
        return open(config, false);
    }

    /**
     * Opens the store for a bulk load: as {@link #open}, but without the {@link #QUERY_INDEXES}
     * (dropped if present), so that each stored row updates only the indexes that writes look rows
     * up by. {@link #endBulk} (or {@link #close}) builds them again, each with one sort over its
     * table instead of an insert at a random leaf per row (docs/BENCHMARKS.md, session 7). Storing
     * stays idempotent and every committed article complete; after a kill the next {@link #open}
     * builds the missing indexes (schema.sql runs on every open). Queries give the same answers
     * meanwhile, only slower.
     */
    public static Store openBulk(StoreConfig config) {
        return open(config, true);
    }

    private static Store open(StoreConfig config, boolean bulk) {
        Connection c = null;
        JdbcConnectionPool pool = null;
        FullTextIndex idx = null;
        try {
            Files.createDirectories(config.dataDir());
            c = connect(config);
            c.setAutoCommit(false);
            boolean created = !tableExists(c, "articles");
            createSchema(c, bulk);
            if (created) {
                // a new store has nothing to migrate or backfill: record every one-time migration as
                // done in one commit instead of running each on empty tables (a fifth of a fresh
                // store's open, docs/BENCHMARKS.md session 16)
                markMigrated(c, ONCE_MIGRATIONS);
            } else {
                migrate(c);
                Dedup.backfill(c);
                if (!migrated(c, ClusterFirsts.MIGRATION)) {
                    ClusterFirsts.backfill(c);
                    markMigrated(c, ClusterFirsts.MIGRATION);
                }
            }
            pool = readPool(config);
            idx = new FullTextIndex(config.dataDir().resolve(indexDirName(config)));
            Store s = new Store(config, c, pool, idx);
            s.bulk = bulk;
            s.reconcile();
            return s;
        } catch (SQLException | IOException | RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            closeQuietly(idx, c);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open store " + config, e);
        }
    }

    private static Connection connect(StoreConfig config) throws SQLException {
        if (config.isEmbedded()) {
            return DriverManager.getConnection(embeddedUrl(config.dataDir(), config.effectiveCacheKb()));
        }
        Properties p = new Properties();
        if (config.user() != null) {
            p.setProperty("user", config.user());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        return DriverManager.getConnection(config.jdbcUrl(), p);
    }

    /**
     * The read pool: H2's own pool (part of the H2 jar, no further dependency) over the same
     * database, for PostgreSQL over the driver's pooled data source.
     */
    private static JdbcConnectionPool readPool(StoreConfig config) {
        JdbcConnectionPool pool;
        if (config.isEmbedded()) {
            pool = JdbcConnectionPool.create(embeddedUrl(config.dataDir(), config.effectiveCacheKb()), "", "");
        } else {
            PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
            ds.setURL(config.jdbcUrl());
            if (config.user() != null) {
                ds.setUser(config.user());
            }
            if (config.password() != null) {
                ds.setPassword(config.password());
            }
            pool = JdbcConnectionPool.create(ds);
        }
        pool.setMaxConnections(READ_CONNECTIONS);
        pool.setLoginTimeout(READ_WAIT_SECONDS);
        return pool;
    }

    /** A pooled read connection in autocommit mode: every query is its own short transaction. */
    Connection reader() throws SQLException {
        Connection c = reads.getConnection();
        if (!c.getAutoCommit()) {
            c.setAutoCommit(true);
        }
        return c;
    }

    /** The H2 URL of the embedded database in {@code dataDir}, with the default page cache. */
    static String embeddedUrl(Path dataDir) {
        return embeddedUrl(dataDir, StoreConfig.defaultCacheKb());
    }

    /** The H2 URL of the embedded database in {@code dataDir} with a page cache of {@code cacheKb} KB. */
    static String embeddedUrl(Path dataDir, long cacheKb) {
        String path = dataDir.toAbsolutePath().resolve("lagebild").toString();
        if (path.contains(";")) {
            throw new IllegalArgumentException("the data directory path must not contain ';': " + path);
        }
        // AUTO_SERVER lets a second process (a search during an ingest) use the same files.
        return "jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
                // a write prepares a few dozen distinct statements per article; H2 keeps 8 parsed by default
                + ";CACHE_SIZE=" + cacheKb + ";QUERY_CACHE_SIZE=64";
    }

    /** The embedded index lives in "index"; a server database gets its own, named by its URL. */
    private static String indexDirName(StoreConfig config) {
        if (config.isEmbedded()) {
            return "index";
        }
        String key = StoreConfig.redact(config.jdbcUrl()) + "|" + config.user();
        return "index-pg-" + sha256(key).substring(0, 12);
    }

    /**
     * Indexes that only read queries use: no write path (inserts, dedup and clustering lookups,
     * person aliases, cluster firsts, migrations) finds rows through them, so a bulk load can build
     * them afterwards. Each is created by a {@code CREATE INDEX IF NOT EXISTS} of schema.sql
     * (BulkLoadTest checks both).
     */
    static final List<String> QUERY_INDEXES = List.of("articles_pub", "articles_order", "events_type", "events_order",
            "event_actors_when", "event_actors_day", "statements_speaker_order", "statements_order", "event_dyads_when",
            "event_dyads_day", "forums_body", "forum_participants_actor", "event_clusters_type", "event_clusters_day",
            "article_dedup_of", "cluster_firsts_day");

    private static final java.util.regex.Pattern CREATE_INDEX =
            java.util.regex.Pattern.compile("CREATE INDEX IF NOT EXISTS (\\w+) ON ");

    /** The index a schema statement creates, or null. */
    static String createdIndex(String ddl) {
        java.util.regex.Matcher m = CREATE_INDEX.matcher(ddl);
        return m.lookingAt() ? m.group(1) : null;
    }

    /** True while opened by {@link #openBulk} and the query indexes are not built yet. */
    private boolean bulk;

    /**
     * Ends a bulk load: builds the {@link #QUERY_INDEXES} (one sort of each table; minutes for a
     * store of a million events) and commits. Nothing happens for a store opened by {@link #open}.
     */
    public synchronized void endBulk() {
        if (!bulk) {
            return;
        }
        try {
            createSchema(conn, false);
            bulk = false;
        } catch (SQLException | IOException e) {
            rollback();
            throw new StoreException("building the query indexes after a bulk load (done on the next open)", e);
        }
    }

    private static void createSchema(Connection c, boolean bulk) throws SQLException, IOException {
        String sql;
        try (var in = Store.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IOException("missing resource " + SCHEMA);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement st = c.createStatement()) {
            for (String ddl : schemaStatements(sql)) {
                String index = createdIndex(ddl);
                if (!bulk || index == null || !QUERY_INDEXES.contains(index)) {
                    st.execute(ddl); // constant DDL from the resource file; no values
                }
            }
            if (bulk) {
                for (String name : QUERY_INDEXES) {
                    st.execute("DROP INDEX IF EXISTS " + name); // constant names
                }
            }
        }
        c.commit();
    }

    /**
     * Fills columns and tables added to older stores, once per store (recorded in store_meta):
     * the event fields event_actors repeats for its indexes, then event_dyads from them, then the
     * irrealis flag of event clusters.
     */
    private static void migrate(Connection c) throws SQLException {
        String event = "FROM events e WHERE e.article_id = event_actors.article_id AND e.event_id = event_actors.event_id";
        // constant SQL, no values
        migrateOnce(c, QUERY_COLUMNS, "UPDATE event_actors SET seq = (SELECT e.seq " + event
                + "), when_from = (SELECT e.when_from " + event + "), when_to = (SELECT e.when_to " + event
                + "), pub_day = (SELECT CASE WHEN e.pub_from = e.pub_to THEN e.pub_from END " + event + ") WHERE seq IS NULL");
        migrateOnce(c, EVENT_DYADS, "INSERT INTO event_dyads (article_id, event_id, source_id, target_id, seq, "
                + "when_from, when_to, pub_day) SELECT s.article_id, s.event_id, s.actor_id, t.actor_id, s.seq, "
                + "s.when_from, s.when_to, s.pub_day FROM event_actors s JOIN event_actors t ON t.article_id = "
                + "s.article_id AND t.event_id = s.event_id AND t.role = 'target' WHERE s.role = 'source' AND NOT EXISTS "
                + "(SELECT 1 FROM event_dyads d WHERE d.article_id = s.article_id AND d.event_id = s.event_id)");
        // Clusters made before the irrealis flag: those of only future/hypothetical mentions get it
        // (mixed ones stay as they were clustered).
        migrateOnce(c, IRREALIS, "UPDATE event_clusters SET irrealis = TRUE WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_mentions m JOIN events e ON e.article_id = m.article_id AND e.event_id = "
                + "m.event_id WHERE m.cluster_id = event_clusters.cluster_id AND NOT e.future AND NOT e.hypothetical)");
        dropForeignKeys(c);
        BandIds.migrate(c);
    }

    /** The store_meta name of dropping the foreign keys of stores created before session 9. */
    static final String NO_FOREIGN_KEYS = "foreign_keys.dropped";
    private static final String QUERY_COLUMNS = "event_actors.query_columns";
    private static final String EVENT_DYADS = "event_dyads";
    private static final String IRREALIS = "event_clusters.irrealis";

    /**
     * Every one-time migration a store records in store_meta. A store created by this version is
     * born migrated (schema.sql has the columns and tables; its tables are empty), so each is
     * recorded as done; a migration missing here would merely run once on the empty tables.
     */
    static final List<String> ONCE_MIGRATIONS = List.of(QUERY_COLUMNS, EVENT_DYADS, IRREALIS, NO_FOREIGN_KEYS,
            ClusterFirsts.MIGRATION);

    /** Whether the store's schema has table {@code name} (no "articles" table: a new store, created by this open). */
    static boolean tableExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.tables "
                + "WHERE table_name = ? AND table_schema = CURRENT_SCHEMA")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Drops the foreign keys that stores created before schema.sql left them out still have. Rows
     * of an article are written only in its own transaction and never deleted, so the keys guarded
     * nothing, while each cost a parent lookup per inserted row and, in H2 (which never serves a
     * key from a longer index such as the primary key), one more index on every child table: a
     * quarter of the index entries an article writes (docs/BENCHMARKS.md, session 9). Constraint
     * names come from the database's own catalogue (H2 and PostgreSQL name them differently).
     */
    private static void dropForeignKeys(Connection c) throws SQLException {
        if (migrated(c, NO_FOREIGN_KEYS)) {
            return;
        }
        Map<String, String> keys = new LinkedHashMap<>(); // constraint name -> table
        try (PreparedStatement ps = c.prepareStatement("SELECT constraint_name, table_name FROM "
                + "information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' "
                + "AND table_schema = CURRENT_SCHEMA ORDER BY table_name, constraint_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (STORE_TABLES.contains(rs.getString(2))) {
                    keys.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (Map.Entry<String, String> k : keys.entrySet()) {
                // names read from the catalogue, quoted as identifiers (they contain no '"')
                st.execute("ALTER TABLE " + quoteIdentifier(k.getValue()) + " DROP CONSTRAINT IF EXISTS "
                        + quoteIdentifier(k.getKey()));
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
        markMigrated(c, NO_FOREIGN_KEYS);
    }

    /** The tables of schema.sql that had foreign keys (a shared PostgreSQL schema may hold others). */
    private static final Set<String> STORE_TABLES = Set.of("article_actors", "statements", "events", "event_actors",
            "event_dyads", "article_dedup", "article_bands", "event_cluster_keys", "event_mentions",
            "statement_mentions", "forums", "forum_participants");

    private static String quoteIdentifier(String name) {
        if (name.indexOf('"') >= 0) {
            throw new IllegalArgumentException("unexpected identifier: " + name);
        }
        return '"' + name + '"';
    }

    private static void migrateOnce(Connection c, String name, String sql) throws SQLException {
        if (migrated(c, name)) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
        markMigrated(c, name);
    }

    private static boolean migrated(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM store_meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Records a migration done and commits it with its changes. */
    private static void markMigrated(Connection c, String name) throws SQLException {
        markMigrated(c, List.of(name));
    }

    /** Records migrations done, in one commit. */
    private static void markMigrated(Connection c, List<String> names) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO store_meta (name, done_at) VALUES (?, ?)")) {
            String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
            for (String name : names) {
                ps.setString(1, name);
                ps.setString(2, now);
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if (!"23505".equals(e.getSQLState())) {
                throw e; // else another process migrated the store at the same time
            }
        }
    }

    /** Statements of the schema file: comment lines dropped, split at ';' ending a line. */
    static List<String> schemaStatements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String stmt = cur.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            throw new IllegalStateException("schema.sql: statement without ';': " + cur);
        }
        return out;
    }

    /** SHA-256 hex of the text: the article id. */
    public static String articleId(String text) {
        return sha256(text);
    }

    private static String sha256(String s) {
        return Sha256.hex(s);
    }

    public StoreConfig config() {
        return config;
    }

    /** True when the full-text index is used read-only because another process writes it. */
    public boolean indexReadOnly() {
        return index.readOnly();
    }

    public boolean contains(String articleId) {
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("contains", e);
        }
    }

    /**
     * Stores an analysed document in one transaction and indexes it.
     *
     * @return false when an article with the same text was already stored (nothing changes)
     * @throws IllegalArgumentException when the analysis is not of the document's text
     */
    public synchronized boolean put(Analysis a, Document d) {
        requireSameText(a, d);
        String id = articleId(d.text());
        Map<String, String> aliases;
        try {
            if (exists(id)) {
                conn.commit();
                return false;
            }
            try (Inserts ins = new Inserts(conn)) {
                ins.add(id, a, d, AnalysisCodec.encode(a));
                ins.execute();
            }
            aliases = afterRows(id, a, d, new SqlDedupTables(conn), null);
            ClusterFirsts.update(conn, List.of(id));
            conn.commit();
            actorCache.invalidate();
            makeDurable();
        } catch (SQLException e) {
            rollback();
            if ("23505".equals(e.getSQLState())) {
                return false; // another process stored the same text concurrently
            }
            throw new StoreException(d.source() + ": cannot store article", e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
        indexArticle(id, a, d, aliases);
        index.refresh();
        return true;
    }

    /** An analysed document to store with {@link #putAll}. */
    public record Entry(Analysis analysis, Document document) {
    }

    /**
     * Stores many analysed documents in ONE transaction, for bulk loads (benchmark stores,
     * imports): all or none are stored; texts already stored (or repeated in the batch) are skipped.
     *
     * @return the number of articles stored
     */
    public synchronized int putAll(List<Entry> entries) {
        entries.forEach(e -> requireSameText(e.analysis(), e.document()));
        // What does not depend on the store (ids, compressed analyses, MinHash signatures) is
        // computed in parallel; the writes and the dedup pass stay on this thread, in order.
        return write(entries.parallelStream().map(Prepared::of).toList().iterator());
    }

    /**
     * Stores the documents {@code entries} yields in ONE transaction, each written (rows, dedup,
     * full-text document) as soon as the iterator returns it, so that a group commit whose articles
     * arrive over time has only its commit left when the last one comes (Ingester). Holds the
     * store's write lock until the iterator ends; all or none are stored, as with {@link #putAll(List)}.
     *
     * @return the number of articles stored
     */
    public synchronized int putAll(Iterator<Entry> entries) {
        return write(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Prepared next() {
                Entry e = entries.next();
                requireSameText(e.analysis(), e.document());
                return Prepared.of(e);
            }
        });
    }

    /**
     * One transaction over the prepared entries, in order: each article's rows, then its dedup pass
     * against tables kept in memory for the batch (the same decisions and rows as storing the
     * articles one by one), its full-text document on the index thread; at the end one flush of the
     * dedup tables, one commit and one durable checkpoint. The index is committed by its own
     * interval and on close (reconcile() repairs a crash before that), and searches refresh it.
     */
    private int write(Iterator<Prepared> prepared) {
        Map<String, Prepared> added = new LinkedHashMap<>();
        List<java.util.concurrent.Future<?>> indexing = new ArrayList<>();
        try (Inserts ins = new Inserts(conn)) {
            BatchDedupTables dedup = new BatchDedupTables(conn);
            while (prepared.hasNext()) {
                Prepared p = prepared.next();
                if (added.containsKey(p.id()) || exists(p.id())) {
                    continue;
                }
                ins.add(p.id(), p.entry().analysis(), p.entry().document(), p.encoded());
                ins.execute();
                added.put(p.id(), p);
                Map<String, String> aliases = afterRows(p.id(), p.entry().analysis(), p.entry().document(), dedup,
                        p.signature());
                // the speakers as aliased by the dedup pass; committed only after the database (a
                // failed batch removes its documents again)
                indexing.add(indexer().submit(() -> indexArticle(p.id(), p.entry().analysis(), p.entry().document(),
                        aliases)));
            }
            dedup.flush();
            ClusterFirsts.update(conn, added.keySet(), dedup.createdEventClusters());
            conn.commit();
            actorCache.invalidate();
            makeDurable();
        } catch (SQLException | RuntimeException e) {
            rollback();
            unindex(indexing, added.keySet());
            throw e instanceof RuntimeException r ? r : new StoreException("cannot store the batch", e);
        }
        indexing.forEach(f -> await(f, "indexing"));
        return added.size();
    }

    /** A batch entry with what can be computed before writing. */
    private record Prepared(String id, Entry entry, String encoded, MinHash.Signature signature) {
        static Prepared of(Entry e) {
            Analysis a = e.analysis();
            return new Prepared(articleId(e.document().text()), e, AnalysisCodec.encode(a), MinHash.of(a.text(), a.excluded()));
        }
    }

    /** Name of the thread that writes and closes the full-text index (for per-thread CPU figures). */
    public static final String INDEX_THREAD = "lagebild-index";

    private java.util.concurrent.ExecutorService indexer;

    /** The thread that writes the full-text index of bulk writes (created on first use). */
    private java.util.concurrent.ExecutorService indexer() {
        if (indexer == null) {
            indexer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, INDEX_THREAD);
                t.setDaemon(true);
                return t;
            });
        }
        return indexer;
    }

    /**
     * Commits the full-text index on the index thread once the documents handed to it so far are
     * indexed, without waiting. The Ingester calls it when its input has ended: the index's flush
     * and commit (the larger part of the close after an ingest, docs/BENCHMARKS.md session 11) then
     * run while the last batch's rows are committed, and the close finds little left to write. A
     * failure here is not reported: the close commits again. Committing the documents of a batch
     * before its rows is what the interval commit already does: a failed batch removes them again,
     * and reconcile() drops any that a crash left without rows.
     */
    void commitIndexSoon() {
        if (!index.readOnly()) {
            indexer().execute(() -> {
                try {
                    index.commit();
                } catch (IOException | RuntimeException e) {
                    // the close commits (and reports) again
                }
            });
        }
    }

    private static void await(java.util.concurrent.Future<?> f, String what) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while " + what, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException(what, e.getCause());
        }
    }

    /**
     * After a failed batch: waits for its indexing and removes its documents (an interval commit of the
     * index may already have written some; reconcile() drops any the database lacks on the next open).
     */
    private void unindex(List<java.util.concurrent.Future<?>> indexing, Set<String> ids) {
        for (java.util.concurrent.Future<?> f : indexing) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException ignored) {
                // the batch failed anyway
            }
        }
        for (String id : ids) {
            try {
                if (!index.readOnly()) {
                    index.delete(id);
                }
            } catch (IOException ignored) {
                // reconcile() drops documents the database lacks on the next open
            }
        }
    }

    private static void requireSameText(Analysis a, Document d) {
        if (!a.text().equals(d.text())) {
            throw new IllegalArgumentException(d.source() + ": the analysis is not of this document's text");
        }
    }

    /**
     * The publication date an article is stored under: the document's, else the one its analysis
     * recorded (the same rule for rows, the full-text index, dedup and Spark's tables).
     */
    public static PublicationDate publicationDate(Analysis a, Document d) {
        return d.date() != null ? d.date() : PublicationDate.parse(a.date()).orElse(null);
    }

    /**
     * Forums and deduplication of one article, after its rows are written (both refer to them).
     *
     * @return the person aliases the dedup applied to the article's rows
     */
    private Map<String, String> afterRows(String id, Analysis a, Document d, DedupTables dedup,
                                          MinHash.Signature signature) throws SQLException {
        PublicationDate pub = publicationDate(a, d);
        insertForums(id, a);
        return Dedup.onStore(conn, dedup, id, a, DateSpan.of(pub), signature);
    }

    private void makeDurable() throws SQLException {
        if (config.isEmbedded()) {
            // H2 writes committed changes lazily; make the article durable before reporting it stored.
            try (Statement st = conn.createStatement()) {
                st.execute("CHECKPOINT");
            }
        }
    }

    private void indexArticle(String id, Analysis a, Document d, Map<String, String> aliases) {
        if (!index.readOnly()) {
            try {
                PublicationDate pub = publicationDate(a, d);
                index.index(id, a.lang(), a.title(), a.text(), DateSpan.of(pub), quotes(a, aliases));
            } catch (IOException e) {
                throw new StoreException(d.source() + ": stored, but indexing failed (repaired on the next open)", e);
            }
        }
    }

    private boolean exists(String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The statements to index, with their speaker ids as stored (after the person aliases). */
    private static List<FullTextIndex.Quote> quotes(Analysis a, Map<String, String> aliases) {
        List<FullTextIndex.Quote> q = new ArrayList<>();
        for (StatementRecord s : a.statements()) {
            String speaker = s.speaker() == null ? null : s.speaker().actor();
            q.add(new FullTextIndex.Quote(s.id(), s.quote() == null ? null : s.quote().text(),
                    speaker == null ? null : aliases.getOrDefault(speaker, speaker)));
        }
        return q;
    }

    /**
     * The insert statements of one write, reused for every article of a batch and executed as JDBC
     * batches once at the end (in table order, so foreign keys are satisfied).
     */
    private static final class Inserts implements AutoCloseable {
        private final PreparedStatement articles;
        private final PreparedStatement actors;
        private final PreparedStatement statements;
        private final PreparedStatement events;
        private final PreparedStatement eventActors;
        private final PreparedStatement eventDyads;

        Inserts(Connection conn) throws SQLException {
            List<PreparedStatement> opened = new ArrayList<>();
            try {
                articles = open(opened, conn, "INSERT INTO articles (id, source_id, lang, pub_date, "
                        + "pub_granularity, pub_from, pub_to, title, url, body, analysis, ingested_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                actors = open(opened, conn, "INSERT INTO article_actors (article_id, actor_id, name, "
                        + "name_key, type, code, country, affiliation, sector, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                statements = open(opened, conn, "INSERT INTO statements (article_id, statement_id, seq, "
                        + "speaker_actor, speaker_name, speaker_name_key, speaker_text, speaker_start, speaker_end, cue, "
                        + "cue_lemma, quote, quote_start, quote_end, form, medium, addressee_actor, addressee_text, parent_id, "
                        + "pub_from, pub_to, topic_actor, topic_text) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                events = open(opened, conn, "INSERT INTO events (article_id, event_id, seq, type, mode, "
                        + "quad, intensity, cameo, negated, future, hypothetical, historical, date_value, date_granularity, "
                        + "date_resolved, date_text, location_actor, location_name, location_country, statement_id, "
                        + "trigger_text, trigger_lemma, evidence, evidence_start, evidence_end, pub_from, pub_to, when_from, "
                        + "when_to, location_lat, location_lon, location_geonames) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                eventActors = open(opened, conn, "INSERT INTO event_actors (article_id, event_id, role, actor_id, seq, "
                        + "when_from, when_to, pub_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                eventDyads = open(opened, conn, "INSERT INTO event_dyads (article_id, event_id, source_id, target_id, seq, "
                        + "when_from, when_to, pub_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            } catch (SQLException | RuntimeException e) {
                for (PreparedStatement ps : opened) {
                    ps.close();
                }
                throw e;
            }
        }

        private static PreparedStatement open(List<PreparedStatement> opened, Connection c, String sql)
                throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            opened.add(ps);
            return ps;
        }

        void add(String id, Analysis a, Document d, String encodedAnalysis) throws SQLException {
            PublicationDate pub = publicationDate(a, d);
            DateSpan span = DateSpan.of(pub);
            insertArticle(articles, id, a, d, pub, span, encodedAnalysis);
            Map<String, ActorRecord> byId = insertActors(actors, id, a);
            insertStatements(statements, id, a, span, byId);
            insertEvents(events, eventActors, eventDyads, id, a, span);
        }

        void execute() throws SQLException {
            for (PreparedStatement ps : List.of(articles, actors, statements, events, eventActors, eventDyads)) {
                ps.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(articles, actors, statements, events, eventActors, eventDyads)) {
                ps.close();
            }
        }
    }

    private static void insertArticle(PreparedStatement ps, String id, Analysis a, Document d, PublicationDate pub,
                                      DateSpan span, String encodedAnalysis) throws SQLException {
        int i = 1;
        ps.setString(i++, id);
        ps.setString(i++, d.id());
        ps.setString(i++, a.lang());
        str(ps, i++, pub == null ? null : pub.toString());
        str(ps, i++, pub == null ? null : pub.granularity().label());
        date(ps, i++, span == null ? null : span.from());
        date(ps, i++, span == null ? null : span.to());
        str(ps, i++, a.title());
        str(ps, i++, a.url());
        ps.setString(i++, a.text());
        ps.setString(i++, encodedAnalysis);
        ps.setObject(i, OffsetDateTime.now(ZoneOffset.UTC));
        ps.addBatch();
    }

    private static Map<String, ActorRecord> insertActors(PreparedStatement ps, String id, Analysis a) throws SQLException {
        Map<String, ActorRecord> byId = new LinkedHashMap<>();
        for (ActorRecord r : a.actors()) {
            byId.putIfAbsent(r.id(), r);
        }
        for (ActorRecord r : byId.values()) {
            int i = 1;
            ps.setString(i++, id);
            ps.setString(i++, r.id());
            str(ps, i++, r.name());
            str(ps, i++, key(r.name()));
            str(ps, i++, r.type());
            str(ps, i++, r.code());
            str(ps, i++, r.country());
            str(ps, i++, r.affiliation());
            str(ps, i++, r.sector());
            ps.setInt(i, r.mentions() == null ? 0 : r.mentions().size());
            ps.addBatch();
        }
        return byId;
    }

    private static void insertStatements(PreparedStatement ps, String id, Analysis a, DateSpan span,
                                         Map<String, ActorRecord> actors) throws SQLException {
        int seq = 0;
        for (StatementRecord s : a.statements()) {
            StatementRecord.Party sp = s.speaker();
            ActorRecord actor = sp == null || sp.actor() == null ? null : actors.get(sp.actor());
            String name = actor == null ? null : actor.name();
            int i = 1;
            ps.setString(i++, id);
            ps.setString(i++, s.id());
            ps.setInt(i++, seq++);
            str(ps, i++, sp == null ? null : sp.actor());
            str(ps, i++, name);
            str(ps, i++, key(name));
            str(ps, i++, sp == null ? null : sp.text());
            integer(ps, i++, sp == null ? null : sp.start());
            integer(ps, i++, sp == null ? null : sp.end());
            str(ps, i++, s.cue() == null ? null : s.cue().text());
            str(ps, i++, s.cue() == null ? null : s.cue().lemma());
            str(ps, i++, s.quote() == null ? null : s.quote().text());
            integer(ps, i++, s.quote() == null ? null : s.quote().start());
            integer(ps, i++, s.quote() == null ? null : s.quote().end());
            str(ps, i++, s.form());
            str(ps, i++, s.medium());
            str(ps, i++, s.addressee() == null ? null : s.addressee().actor());
            str(ps, i++, s.addressee() == null ? null : s.addressee().text());
            str(ps, i++, s.parent());
            date(ps, i++, span == null ? null : span.from());
            date(ps, i++, span == null ? null : span.to());
            str(ps, i++, s.topic() == null ? null : s.topic().actor());
            str(ps, i, s.topic() == null ? null : s.topic().text());
            ps.addBatch();
        }
    }

    private static void insertEvents(PreparedStatement ps, PreparedStatement pa, PreparedStatement pd, String id,
                                     Analysis a, DateSpan span) throws SQLException {
        int seq = 0;
        for (EventRecord e : a.events()) {
            EventRecord.EventDate ed = e.date();
            DateSpan own = ed == null ? null : DateSpan.ofValue(ed.value());
            DateSpan when = own != null ? own : span;
            int i = 1;
            ps.setString(i++, id);
            ps.setString(i++, e.id());
            ps.setInt(i++, seq++);
            ps.setString(i++, e.type() == null ? "" : e.type().toUpperCase(Locale.ROOT));
            str(ps, i++, e.mode());
            str(ps, i++, e.quad());
            if (e.intensity() == null) {
                ps.setNull(i++, Types.DOUBLE);
            } else {
                ps.setDouble(i++, e.intensity());
            }
            str(ps, i++, e.cameo());
            ps.setBoolean(i++, e.negated());
            ps.setBoolean(i++, e.future());
            ps.setBoolean(i++, e.hypothetical());
            ps.setBoolean(i++, e.historical());
            str(ps, i++, ed == null ? null : ed.value());
            str(ps, i++, ed == null ? null : ed.granularity());
            ps.setBoolean(i++, ed != null && ed.resolved());
            str(ps, i++, ed == null ? null : ed.text());
            str(ps, i++, e.location() == null ? null : e.location().actor());
            str(ps, i++, e.location() == null ? null : e.location().name());
            str(ps, i++, e.location() == null ? null : e.location().country());
            str(ps, i++, e.statement());
            str(ps, i++, e.trigger() == null ? null : e.trigger().text());
            str(ps, i++, e.trigger() == null ? null : e.trigger().lemma());
            str(ps, i++, e.evidence() == null ? null : e.evidence().text());
            integer(ps, i++, e.evidence() == null ? null : e.evidence().start());
            integer(ps, i++, e.evidence() == null ? null : e.evidence().end());
            date(ps, i++, span == null ? null : span.from());
            date(ps, i++, span == null ? null : span.to());
            date(ps, i++, when == null ? null : when.from());
            date(ps, i++, when == null ? null : when.to());
            EventRecord.Location loc = e.location();
            ps.setObject(i++, loc == null ? null : loc.lat(), Types.DOUBLE);
            ps.setObject(i++, loc == null ? null : loc.lon(), Types.DOUBLE);
            ps.setObject(i, loc == null ? null : loc.geonamesId(), Types.BIGINT);
            ps.addBatch();
            EventKey k = new EventKey(id, e.id(), seq - 1, when, span);
            addEventActors(pa, k, "source", e.source());
            addEventActors(pa, k, "target", e.target());
            addEventDyads(pd, k, e.source(), e.target());
        }
    }

    /** The columns event_actors repeats from its event so that actor filters need no join to order and range. */
    private record EventKey(String articleId, String eventId, int seq, DateSpan when, DateSpan pub) {
    }

    private static void addEventDyads(PreparedStatement pd, EventKey k, List<String> sources, List<String> targets)
            throws SQLException {
        if (sources == null || targets == null) {
            return;
        }
        for (String source : new LinkedHashSet<>(sources)) {
            for (String target : new LinkedHashSet<>(targets)) {
                if (source != null && target != null) {
                    addKeyRow(pd, k, source, target);
                }
            }
        }
    }

    private void insertForums(String id, Analysis a) throws SQLException {
        if (a.forums() == null) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO forums (article_id, forum_id, kind, body, "
                + "place_actor, place_name, date_value, duration, future) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pp = conn.prepareStatement("INSERT INTO forum_participants (article_id, forum_id, "
                     + "actor_id, role, represents) VALUES (?, ?, ?, ?, ?)")) {
            for (ForumRecord f : a.forums()) {
                int i = 1;
                ps.setString(i++, id);
                ps.setString(i++, f.id());
                ps.setString(i++, f.kind());
                str(ps, i++, f.body());
                str(ps, i++, f.place() == null ? null : f.place().actor());
                str(ps, i++, f.place() == null ? null : f.place().name());
                str(ps, i++, f.date() == null ? null : f.date().value());
                str(ps, i++, f.duration() == null ? null : f.duration().value());
                ps.setBoolean(i, f.future());
                ps.addBatch();
                Set<String> seen = new HashSet<>();
                for (ForumRecord.Participant p : f.participants()) {
                    if (p.actor() != null && seen.add(p.actor())) {
                        pp.setString(1, id);
                        pp.setString(2, f.id());
                        pp.setString(3, p.actor());
                        pp.setString(4, p.role());
                        str(pp, 5, p.represents());
                        pp.addBatch();
                    }
                }
            }
            ps.executeBatch();
            pp.executeBatch();
        }
    }

    /** A row (article_id, event_id, {@code a}, {@code b}, seq, when_from, when_to, pub_day) into the batch. */
    private static void addKeyRow(PreparedStatement ps, EventKey k, String a, String b) throws SQLException {
        ps.setString(1, k.articleId());
        ps.setString(2, k.eventId());
        ps.setString(3, a);
        ps.setString(4, b);
        ps.setInt(5, k.seq());
        date(ps, 6, k.when() == null ? null : k.when().from());
        date(ps, 7, k.when() == null ? null : k.when().to());
        date(ps, 8, k.pub() == null || !k.pub().from().equals(k.pub().to()) ? null : k.pub().from());
        ps.addBatch();
    }

    private static void addEventActors(PreparedStatement pa, EventKey k, String role, List<String> actorIds)
            throws SQLException {
        if (actorIds == null) {
            return;
        }
        for (String actor : new LinkedHashSet<>(actorIds)) {
            if (actor != null) {
                addKeyRow(pa, k, role, actor);
            }
        }
    }

    public Optional<StoredArticle> article(String id) {
        return stored(id, (meta, analysis) -> new StoredArticle(meta, AnalysisCodec.decode(analysis)));
    }

    /** An article's metadata and its stored analysis as JSON text. */
    public record ArticleJson(ArticleRow meta, String analysisJson) {
    }

    /**
     * Like {@link #article}, but the analysis as the JSON it is stored as (inflated, not parsed):
     * for sending it on, which then costs no parsing and no serialisation.
     */
    public Optional<ArticleJson> articleJson(String id) {
        return stored(id, (meta, analysis) -> new ArticleJson(meta, AnalysisCodec.json(analysis)));
    }

    private interface StoredMapper<T> {
        T map(ArticleRow meta, String storedAnalysis) throws IOException;
    }

    private <T> Optional<T> stored(String id, StoredMapper<T> mapper) {
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + ", analysis FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(articleRow(rs), rs.getString("analysis"))) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("article " + id, e);
        }
    }

    private static final String ARTICLE_COLUMNS =
            "id, source_id, lang, pub_date, pub_granularity, title, url, ingested_at";

    private static ArticleRow articleRow(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("ingested_at", OffsetDateTime.class);
        return new ArticleRow(rs.getString("id"), rs.getString("source_id"), rs.getString("lang"),
                rs.getString("pub_date"), rs.getString("pub_granularity"), rs.getString("title"),
                rs.getString("url"), at == null ? null : at.toInstant().toString());
    }

    /** Articles matching the query: by relevance with a text query, else newest first. */
    public List<ArticleRow> articles(ArticleQuery q) {
        try (Connection c = reader()) {
            Function<Sql, Sql> filters = sql -> {
                if (q.from() != null) {
                    sql.and("pub_to >= ?", q.from()).and("pub_from >= ?", q.from().minusDays(LONGEST_SPAN_DAYS));
                }
                if (q.to() != null) {
                    sql.and("pub_from <= ?", q.to());
                }
                return sql;
            };
            if (blank(q.text())) {
                Sql sql = filters.apply(new Sql("SELECT " + ARTICLE_COLUMNS + " FROM articles"))
                        .append("ORDER BY pub_from DESC NULLS LAST, id LIMIT ? OFFSET ?", q.page().limit(),
                                q.page().offset());
                return rows(c, sql, Store::articleRow);
            }
            return ranked(FullTextIndex.ARTICLE, q.text(), q.from(), q.to(), null, false, q.page(), hits -> {
                Set<String> ids = new LinkedHashSet<>();
                hits.forEach(h -> ids.add(h.articleId()));
                Sql sql = filters.apply(new Sql("SELECT " + ARTICLE_COLUMNS + " FROM articles").andIn("id", ids));
                Map<FullTextIndex.Hit, ArticleRow> found = new HashMap<>();
                for (ArticleRow r : rows(c, sql, Store::articleRow)) {
                    found.put(new FullTextIndex.Hit(r.id(), null), r);
                }
                return found;
            });
        } catch (SQLException | IOException e) {
            throw new StoreException("articles query", e);
        }
    }

    private static final String STATEMENT_SELECT = "SELECT s.article_id, s.statement_id, s.speaker_actor, "
            + "s.speaker_name, s.speaker_text, s.cue, s.cue_lemma, s.quote, s.quote_start, s.quote_end, s.form, "
            + "s.medium, s.addressee_actor, s.addressee_text, s.topic_actor, s.topic_text, s.parent_id, a.pub_date "
            + "FROM statements s JOIN articles a ON a.id = s.article_id";

    private static StatementRow statementRow(ResultSet rs) throws SQLException {
        return new StatementRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), intOrNull(rs, 9), intOrNull(rs, 10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getString(18));
    }

    /** Statements matching the query: by relevance with a text query, else newest article first. */
    public List<StatementRow> statements(StatementQuery q) {
        try (Connection c = reader()) {
            List<String> speakers = q.speaker() == null ? null : actorCache.ids(c, q.speaker());
            Function<Sql, Sql> filters = sql -> statementFilters(sql, q, speakers);
            if (blank(q.text())) {
                // With one speaker id the order starts with it, so that the (speaker_actor, pub_from
                // DESC, …) index serves the page in order and the query stops after it.
                Sql sql = filters.apply(new Sql(STATEMENT_SELECT))
                        .append((speakers != null && speakers.size() == 1 ? "ORDER BY s.speaker_actor, " : "ORDER BY ")
                                + "s.pub_from DESC NULLS LAST, s.article_id, s.seq LIMIT ? OFFSET ?",
                                q.page().limit(), q.page().offset());
                return rows(c, sql, Store::statementRow);
            }
            if (speakers != null && speakers.isEmpty()) {
                return List.of();
            }
            // The index keeps only the candidate speakers' statements; with several candidates the
            // SQL filter still drops those stored under another name.
            return ranked(FullTextIndex.STATEMENT, q.text(), q.from(), q.to(), speakers,
                    speakers != null && speakers.size() > 1, q.page(), hits -> {
                Set<String> ids = new LinkedHashSet<>();
                hits.forEach(h -> ids.add(h.articleId()));
                Sql sql = filters.apply(new Sql(STATEMENT_SELECT).andIn("s.article_id", ids));
                Map<FullTextIndex.Hit, StatementRow> found = new HashMap<>();
                for (StatementRow r : rows(c, sql, Store::statementRow)) {
                    found.put(new FullTextIndex.Hit(r.articleId(), r.statementId()), r);
                }
                return found;
            });
        } catch (SQLException | IOException e) {
            throw new StoreException("statements query", e);
        }
    }

    /** Number of statements matching the query's speaker and dates (a text query is not supported). */
    public long count(StatementQuery q) {
        if (!blank(q.text())) {
            throw new IllegalArgumentException("count: text queries are not supported");
        }
        try (Connection c = reader()) {
            List<String> speakers = q.speaker() == null ? null : actorCache.ids(c, q.speaker());
            return single(c, statementFilters(new Sql("SELECT COUNT(*) FROM statements s"), q, speakers));
        } catch (SQLException e) {
            throw new StoreException("statements count", e);
        }
    }

    /**
     * Speaker and date filters. The speaker parameter matches the statements whose speaker id is
     * {@code q.speaker()} or whose speaker is stored under that name; {@code speakers} are the
     * candidate ids (see {@link ActorCache#ids}), so the filter is an index lookup by id.
     */
    private static Sql statementFilters(Sql sql, StatementQuery q, List<String> speakers) {
        if (speakers != null) {
            if (speakers.size() == 1) {
                sql.and("s.speaker_actor = ?", speakers.get(0));
            } else {
                sql.andIn("s.speaker_actor", speakers)
                        .and("s.speaker_actor = ? OR s.speaker_name_key = ?", q.speaker(), key(q.speaker()));
            }
        }
        if (q.from() != null) {
            // a publication span is at most a year: the implied bound limits the index range read
            sql.and("s.pub_to >= ?", q.from()).and("s.pub_from >= ?", q.from().minusDays(LONGEST_SPAN_DAYS));
        }
        if (q.to() != null) {
            sql.and("s.pub_from <= ?", q.to());
        }
        return sql;
    }

    private static long single(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A row-producing SQL lookup for a batch of full-text hits. */
    private interface HitLookup<T> {
        Map<FullTextIndex.Hit, T> find(List<FullTextIndex.Hit> hits) throws SQLException;
    }

    /**
     * Full-text hits in relevance order, kept when the SQL filters accept them; fetches more hits
     * until the page is full or the index has no more.
     */
    private <T> List<T> ranked(String kind, String text, LocalDate from, LocalDate to, List<String> speakers,
                               boolean sqlFilters, Page page, HitLookup<T> lookup) throws IOException, SQLException {
        List<T> accepted = new ArrayList<>();
        // The index applies the date range and speakers itself; only filters it lacks need more
        // hits than the page (fetched in growing rounds below).
        int max = sqlFilters ? Math.min(MAX_HITS, page.end() * 2) : page.end();
        int seen = 0;
        while (true) {
            List<FullTextIndex.Hit> hits = index.search(kind, text, from, to, speakers, max);
            for (int b = seen; b < hits.size() && accepted.size() < page.end(); b += HIT_BATCH) {
                List<FullTextIndex.Hit> batch = hits.subList(b, Math.min(hits.size(), b + HIT_BATCH));
                Map<FullTextIndex.Hit, T> found = lookup.find(batch);
                for (FullTextIndex.Hit h : batch) {
                    T row = found.get(h);
                    if (row != null && accepted.size() < page.end()) {
                        accepted.add(row);
                    }
                }
            }
            seen = hits.size();
            if (accepted.size() >= page.end() || hits.size() < max || max >= MAX_HITS) {
                break;
            }
            max = Math.min(MAX_HITS, max * 4);
        }
        return accepted.size() <= page.offset() ? List.of() : accepted.subList(page.offset(), accepted.size());
    }

    private static final String EVENT_SELECT = "SELECT e.article_id, e.event_id, e.type, e.mode, e.quad, e.intensity, "
            + "e.cameo, e.negated, e.future, e.hypothetical, e.historical, e.date_value, e.date_granularity, "
            + "e.date_resolved, e.location_actor, e.location_name, e.statement_id, e.evidence, e.evidence_start, "
            + "e.evidence_end, a.pub_date, e.location_country, e.location_lat, e.location_lon, e.location_geonames "
            + "FROM events e JOIN articles a ON a.id = e.article_id";

    /** Events matching the query, latest event date first. */
    public List<EventRow> events(EventQuery q) {
        try (Connection c = reader()) {
            Sql sql;
            if (q.source() == null && q.target() == null) {
                sql = new Sql(EVENT_SELECT);
                eventFilters(sql, "e", q);
                sql.append("ORDER BY e.when_from DESC NULLS LAST, e.article_id, e.seq LIMIT ? OFFSET ?",
                        q.page().limit(), q.page().offset());
            } else {
                // Two steps: the page's keys from event_actors in index order, then their rows.
                List<String[]> keys = rows(c, eventKeys(c, q, false), rs -> new String[] {rs.getString(1), rs.getString(2)});
                if (keys.isEmpty()) {
                    return List.of();
                }
                sql = new Sql(EVENT_SELECT).andInPairs("e.article_id", "e.event_id", keys);
                Map<String, Object[]> byKey = new HashMap<>();
                for (Object[] v : rawEvents(c, sql)) {
                    byKey.put(v[0] + "\u0000" + v[1], v);
                }
                List<Object[]> raw = new ArrayList<>();
                keys.forEach(k -> raw.add(byKey.get(k[0] + "\u0000" + k[1])));
                raw.removeIf(java.util.Objects::isNull);
                return eventRows(c, raw);
            }
            return eventRows(c, rawEvents(c, sql));
        } catch (SQLException e) {
            throw new StoreException("events query", e);
        }
    }

    /** Number of events matching the query. */
    public long count(EventQuery q) {
        try (Connection c = reader()) {
            if (q.source() == null && q.target() == null) {
                return single(c, eventFilters(new Sql("SELECT COUNT(*) FROM events e"), "e", q));
            }
            return single(c, eventKeys(c, q, true));
        } catch (SQLException e) {
            throw new StoreException("events count", e);
        }
    }

    /**
     * The keys (article_id, event_id) of the events with actor filters, in result order, or their
     * number. A source and a target that are one id each read event_dyads; otherwise the query is
     * driven by the source's (else the target's) rows of event_actors. Both repeat the event's seq
     * and dates: with one id per role the ORDER BY is exactly an index (event_dyads_when,
     * event_actors_when), so the database reads the page and stops.
     */
    private Sql eventKeys(Connection c, EventQuery q, boolean count) throws SQLException {
        List<String> sources = q.source() == null ? null : actorCache.ids(c, q.source());
        List<String> targets = q.target() == null ? null : actorCache.ids(c, q.target());
        Sql sql;
        String order;
        boolean distinct = false;
        if (sources != null && targets != null && sources.size() == 1 && targets.size() == 1) {
            sql = new Sql(count ? "SELECT COUNT(*) FROM event_dyads x"
                    : "SELECT x.article_id, x.event_id, x.when_from, x.seq FROM event_dyads x")
                    .and("x.source_id = ?", sources.get(0)).and("x.target_id = ?", targets.get(0));
            order = "ORDER BY x.source_id, x.target_id, ";
        } else {
            boolean bySource = sources != null;
            List<String> ids = bySource ? sources : targets;
            distinct = ids.size() > 1; // an event may have two of the ids in one role
            sql = new Sql(count ? (distinct ? "SELECT COUNT(DISTINCT x.article_id || '/' || x.event_id)"
                    : "SELECT COUNT(*)") + " FROM event_actors x"
                    : (distinct ? "SELECT DISTINCT" : "SELECT") + " x.article_id, x.event_id, x.when_from, x.seq "
                    + "FROM event_actors x");
            sql.and("x.role = ?", bySource ? "source" : "target");
            actorMatch(sql, "x", bySource ? q.source() : q.target(), ids);
            if (bySource && targets != null) {
                Sql sub = new Sql("EXISTS (SELECT 1 FROM event_actors y").and("y.article_id = x.article_id")
                        .and("y.event_id = x.event_id").and("y.role = ?", "target");
                actorMatch(sub, "y", q.target(), targets);
                sql.and(sub.append(")"));
            }
            order = distinct ? "ORDER BY " : "ORDER BY x.actor_id, x.role, ";
        }
        if (q.type() != null || q.located()) {
            Sql sub = new Sql("EXISTS (SELECT 1 FROM events e").and("e.article_id = x.article_id")
                    .and("e.event_id = x.event_id");
            eventFilters(sub, "e", new EventQuery(null, null, q.type(), null, null, null, q.located()));
            sql.and(sub.append(")"));
        }
        whenRange(sql, "x", q.from(), q.to());
        if (!count) {
            sql.append(order + "x.when_from DESC NULLS LAST, x.article_id, x.seq LIMIT ? OFFSET ?", q.page().limit(),
                    q.page().offset());
        }
        return sql;
    }

    /**
     * Overlap of [when_from, when_to] of {@code t} with [from, to]. No span is longer than a year,
     * so {@code when_from >= from - a year} is implied and bounds the index range read.
     */
    private static void whenRange(Sql sql, String t, LocalDate from, LocalDate to) {
        if (from != null) {
            sql.and(t + ".when_to >= ?", from).and(t + ".when_from >= ?", from.minusDays(LONGEST_SPAN_DAYS));
        }
        if (to != null) {
            sql.and(t + ".when_from <= ?", to);
        }
    }

    /**
     * Rows of event_actors {@code t} whose actor is {@code q} as an id or stored under the name
     * {@code q} in its article; {@code ids} are the candidates (see {@link ActorCache#ids}).
     */
    private static void actorMatch(Sql sql, String t, String q, List<String> ids) {
        if (ids.size() == 1) {
            sql.and(t + ".actor_id = ?", ids.get(0));
            return;
        }
        sql.andIn(t + ".actor_id", ids).and(t + ".actor_id = ? OR EXISTS (SELECT 1 FROM article_actors aa WHERE "
                + "aa.article_id = " + t + ".article_id AND aa.actor_id = " + t + ".actor_id AND aa.name_key = ?)",
                q, key(q));
    }

    /** Type, date and location filters on events {@code t}. */
    private static Sql eventFilters(Sql sql, String t, EventQuery q) {
        if (q.type() != null) {
            sql.and(t + ".type = ?", q.type().toUpperCase(Locale.ROOT));
        }
        whenRange(sql, t, q.from(), q.to());
        if (q.located()) {
            sql.and(t + ".location_lat IS NOT NULL");
        }
        return sql;
    }

    private static List<Object[]> rawEvents(Connection c, Sql sql) throws SQLException {
        return rows(c, sql, rs -> {
            Object[] v = new Object[25];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getObject(i + 1);
            }
            return v;
        });
    }

    /** Events of an EVENT_SELECT query with their source and target actors. */
    private static List<EventRow> eventRows(Connection c, Sql sql) throws SQLException {
        return eventRows(c, rawEvents(c, sql));
    }

    private static List<EventRow> eventRows(Connection c, List<Object[]> raw) throws SQLException {
        Map<String, List<String>[]> dyads = eventActors(c, raw);
        List<EventRow> out = new ArrayList<>();
        for (Object[] v : raw) {
            List<String>[] d = dyads.getOrDefault(v[0] + "\u0000" + v[1], emptyDyad());
            out.add(new EventRow((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                    v[5] == null ? null : ((Number) v[5]).doubleValue(), (String) v[6], d[0], d[1],
                    (Boolean) v[7], (Boolean) v[8], (Boolean) v[9], (Boolean) v[10], (String) v[11],
                    (String) v[12], (Boolean) v[13], (String) v[14], (String) v[15], (String) v[16],
                    str(v[17]), num(v[18]), num(v[19]), (String) v[20], (String) v[21], dbl(v[22]), dbl(v[23]),
                    v[24] == null ? null : ((Number) v[24]).longValue()));
        }
        return out;
    }

    /** Events of one publication day and quad class (null when the event has none). */
    public record QuadDay(LocalDate day, String quad, long events, double intensitySum, long intensities) {
    }

    /** Event counts per day, and the events whose article has no day-precise publication date. */
    public record EventDays(List<QuadDay> days, long undated) {
    }

    /** Articles per day, and the articles in the range without a day-precise publication date. */
    public record ArticleDays(Map<LocalDate, Long> days, long undated) {
    }

    /**
     * Events per publication day (day-precise article dates only; the rest counted as undated,
     * whatever the range) and quad class, each event once, for the time series. An event counts
     * when one of its sources is in {@code sources} and one of its targets in {@code targets}
     * (exact ids; null: any). Driven by the event_actors_day index, so a range reads only its days.
     *
     * @param assertedOnly drop negated, hypothetical, future and historical events
     */
    public EventDays eventDays(List<String> sources, List<String> targets, boolean assertedOnly, LocalDate from,
                               LocalDate to) {
        if (sources != null && sources.isEmpty() || targets != null && targets.isEmpty()) {
            return new EventDays(List.of(), 0);
        }
        String asserted = "NOT e.negated AND NOT e.hypothetical AND NOT e.future AND NOT e.historical";
        try (Connection c = reader()) {
            Sql dated;
            Sql undated;
            if (sources == null && targets == null) {
                dated = new Sql("SELECT e.pub_from, e.quad, COUNT(*), SUM(e.intensity), COUNT(e.intensity) FROM events e")
                        .and("e.pub_from = e.pub_to");
                dayRange(dated, "e.pub_from", from, to);
                undated = new Sql("SELECT COUNT(*) FROM events e").and("e.pub_from IS NULL OR e.pub_from <> e.pub_to");
                if (assertedOnly) {
                    dated.and(asserted);
                    undated.and(asserted);
                }
                dated.append("GROUP BY e.pub_from, e.quad");
            } else {
                Sql keys = dyadKeys(sources, targets).and("x.pub_day IS NOT NULL");
                dayRange(keys, "x.pub_day", from, to);
                dated = Sql.wrap("SELECT d.pub_day, e.quad, COUNT(*), SUM(e.intensity), COUNT(e.intensity) FROM (",
                        keys, ") d JOIN events e ON e.article_id = d.article_id AND e.event_id = d.event_id");
                Sql none = dyadKeys(sources, targets).and("x.pub_day IS NULL");
                undated = Sql.wrap("SELECT COUNT(*) FROM (", none,
                        ") d JOIN events e ON e.article_id = d.article_id AND e.event_id = d.event_id");
                if (assertedOnly) {
                    dated.and(asserted);
                    undated.and(asserted);
                }
                dated.append("GROUP BY d.pub_day, e.quad");
            }
            List<QuadDay> days = rows(c, dated, rs -> new QuadDay(rs.getDate(1).toLocalDate(), rs.getString(2),
                    rs.getLong(3), rs.getDouble(4), rs.getLong(5)));
            return new EventDays(days, single(c, undated));
        } catch (SQLException e) {
            throw new StoreException("event series", e);
        }
    }

    /**
     * Like {@link #eventDays}, but one event per cluster: each cluster counts once, on the
     * publication day of its first mention among the dyad's events (see ClusterFirsts). Clusters
     * whose first mention has no day-precise date are counted as undated, whatever the range.
     */
    public EventDays clusterDays(List<String> sources, List<String> targets, boolean assertedOnly, LocalDate from,
                                 LocalDate to) {
        if (sources != null && sources.isEmpty() || targets != null && targets.isEmpty()) {
            return new EventDays(List.of(), 0);
        }
        return read("cluster series", c -> ClusterFirsts.days(c, sources, targets, assertedOnly, from, to));
    }

    /**
     * A number that changes with every write of this Store object, for caches of derived values
     * (writes by another process are not seen).
     */
    public long generation() {
        return actorCache.version();
    }

    /**
     * Distinct (article_id, event_id, pub_day) of the events of a dyad: from event_dyads when both
     * roles are given, else from the event_actors rows of the one given.
     */
    private static Sql dyadKeys(List<String> sources, List<String> targets) {
        if (sources != null && targets != null) {
            Sql sql = new Sql("SELECT DISTINCT x.article_id, x.event_id, x.pub_day FROM event_dyads x");
            if (sources.size() == 1 && targets.size() == 1) {
                return sql.and("x.source_id = ?", sources.get(0)).and("x.target_id = ?", targets.get(0));
            }
            return sql.andIn("x.source_id", sources).andIn("x.target_id", targets);
        }
        boolean bySource = sources != null;
        List<String> drive = bySource ? sources : targets;
        Sql sql = new Sql("SELECT DISTINCT x.article_id, x.event_id, x.pub_day FROM event_actors x")
                .and("x.role = ?", bySource ? "source" : "target");
        if (drive.size() == 1) {
            sql.and("x.actor_id = ?", drive.get(0));
        } else {
            sql.andIn("x.actor_id", drive);
        }
        return sql;
    }

    private static void dayRange(Sql sql, String column, LocalDate from, LocalDate to) {
        if (from != null) {
            sql.and(column + " >= ?", from);
        }
        if (to != null) {
            sql.and(column + " <= ?", to);
        }
    }

    /**
     * Articles per publication day in the range (day-precise dates), and the number of articles
     * whose publication span overlaps the range without being one day (all such articles without
     * a range), the volume a time series is normalised by.
     */
    public ArticleDays articleDays(LocalDate from, LocalDate to) {
        return articleVolume().range(from, to);
    }

    /** The store's article volume, read again after a write of this Store or a minute after it was read. */
    private ArticleVolume articleVolume() {
        long now = System.nanoTime();
        VolumeSnapshot v = volume;
        if (v != null && v.generation() == generation() && now - v.readAt() < VOLUME_TTL_NANOS) {
            return v.volume();
        }
        synchronized (volumeLock) {
            v = volume;
            long generation = generation(); // before the read: a write during it forces another read
            if (v != null && v.generation() == generation && now - v.readAt() < VOLUME_TTL_NANOS) {
                return v.volume();
            }
            VolumeSnapshot fresh = new VolumeSnapshot(generation, now,
                    read("article volume", c -> ArticleVolume.load(c, LONGEST_SPAN_DAYS)));
            volume = fresh;
            return fresh.volume();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] emptyDyad() {
        return new List[] {List.of(), List.of()};
    }

    /** Source and target actor ids of the events, keyed by article id + NUL + event id. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>[]> eventActors(Connection c, List<Object[]> events) throws SQLException {
        Map<String, List<String>[]> out = new HashMap<>();
        if (events.isEmpty()) {
            return out;
        }
        Set<String> wanted = new HashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        for (Object[] v : events) {
            wanted.add(v[0] + "\u0000" + v[1]);
            articles.add((String) v[0]);
        }
        Sql sql = new Sql("SELECT article_id, event_id, role, actor_id FROM event_actors").andIn("article_id", articles)
                .append("ORDER BY article_id, event_id, role, actor_id");
        for (String[] r : rows(c, sql, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)})) {
            String k = r[0] + "\u0000" + r[1];
            if (!wanted.contains(k)) {
                continue;
            }
            List<String>[] d = out.computeIfAbsent(k, x -> new List[] {new ArrayList<>(), new ArrayList<>()});
            d["source".equals(r[2]) ? 0 : 1].add(r[3]);
        }
        return out;
    }

    /**
     * Actors whose id equals {@code q} or whose name contains it (case-insensitive), most
     * frequent first; all actors when {@code q} is null or blank.
     */
    public List<ActorRow> actors(String q, int limit) {
        Page page = new Page(limit, 0);
        try (Connection c = reader()) {
            return actorCache.find(c, blank(q) ? null : q, page.limit());
        } catch (SQLException e) {
            throw new StoreException("actors query", e);
        }
    }

    // ---- Deduplication (tables and rules: Dedup, EventClusters, StatementClusters, NearDuplicates, PersonAliases)

    /** Most mentions returned with one cluster. */
    public static final int MAX_CLUSTER_MENTIONS = 1_000;

    /** Event clusters matching the query (actor ids exact), latest anchor day first. */
    public List<EventCluster> eventClusters(EventQuery q) {
        return read("event clusters query", c -> ClusterQueries.eventClusters(c, q));
    }

    /** One event cluster with its mentions, earliest publication first. */
    public Optional<EventClusterDetail> eventCluster(String clusterId) {
        return read("event cluster " + clusterId, conn -> {
            Optional<EventCluster> c = ClusterQueries.eventCluster(conn, clusterId);
            if (c.isEmpty()) {
                return Optional.<EventClusterDetail>empty();
            }
            Sql sql = new Sql(EVENT_SELECT).and("EXISTS (SELECT 1 FROM event_mentions m WHERE m.article_id = e.article_id "
                    + "AND m.event_id = e.event_id AND m.cluster_id = ?)", clusterId)
                    .append("ORDER BY e.pub_from NULLS LAST, e.article_id, e.seq LIMIT ?", MAX_CLUSTER_MENTIONS);
            return Optional.of(new EventClusterDetail(c.get(), eventRows(conn, sql)));
        });
    }

    /** Statement clusters matching the query (speaker id exact; no text query), latest first. */
    public List<StatementCluster> statementClusters(StatementQuery q) {
        return read("statement clusters query", c -> ClusterQueries.statementClusters(c, q));
    }

    /** One statement cluster with its mentions, earliest publication first. */
    public Optional<StatementClusterDetail> statementCluster(String clusterId) {
        return read("statement cluster " + clusterId, conn -> {
            Optional<StatementCluster> c = ClusterQueries.statementCluster(conn, clusterId);
            if (c.isEmpty()) {
                return Optional.<StatementClusterDetail>empty();
            }
            Sql sql = new Sql(STATEMENT_SELECT).and("EXISTS (SELECT 1 FROM statement_mentions m WHERE "
                    + "m.article_id = s.article_id AND m.statement_id = s.statement_id AND m.cluster_id = ?)", clusterId)
                    .append("ORDER BY s.pub_from NULLS LAST, s.article_id, s.seq LIMIT ?", MAX_CLUSTER_MENTIONS);
            return Optional.of(new StatementClusterDetail(c.get(), rows(conn, sql, Store::statementRow)));
        });
    }

    /** The event cluster id of each event, keyed by article id + NUL + event id. */
    public Map<String, String> eventClusterIds(List<EventRow> events) {
        return read("event cluster ids", c -> ClusterQueries.clusterIds(c, "event_mentions", "event_id",
                events.stream().map(e -> new String[] {e.articleId(), e.eventId()}).toList()));
    }

    /** The statement cluster id of each statement, keyed by article id + NUL + statement id. */
    public Map<String, String> statementClusterIds(List<StatementRow> statements) {
        return read("statement cluster ids", c -> ClusterQueries.clusterIds(c, "statement_mentions",
                "statement_id", statements.stream().map(s -> new String[] {s.articleId(), s.statementId()}).toList()));
    }

    /** Whether a stored article is a near-duplicate, and of which original. */
    public Optional<Duplicate> duplicate(String articleId) {
        return read("duplicate " + articleId, c -> ClusterQueries.duplicate(c, articleId));
    }

    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs a read on a pooled connection (reads do not wait for the writer). */
    private <T> T read(String what, Read<T> r) {
        try (Connection c = reader()) {
            return r.run(c);
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }


    public Stats stats() {
        try (Connection c = reader()) {
            return new Stats(count(c, "articles"), count(c, "article_actors"), count(c, "statements"),
                    count(c, "events"), count(c, "event_actors"));
        } catch (SQLException e) {
            throw new StoreException("stats", e);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        // table is one of the constant names above, never input
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Brings the index in line with the database: adds missing articles, drops ones the database lacks. */
    private synchronized void reconcile() throws SQLException, IOException {
        if (index.readOnly()) {
            return;
        }
        Set<String> indexed = index.articleIds();
        Set<String> stored = new HashSet<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        int changed = 0;
        for (String id : indexed) {
            if (!stored.contains(id)) {
                index.delete(id);
                changed++;
            }
        }
        for (String id : stored) {
            if (!indexed.contains(id)) {
                reindex(id);
                changed++;
            }
        }
        conn.commit();
        if (changed > 0) {
            index.commit();
        }
    }

    private void reindex(String id) throws SQLException, IOException {
        String lang;
        String title;
        String body;
        DateSpan pub;
        try (PreparedStatement ps = conn.prepareStatement("SELECT lang, title, body, pub_from, pub_to FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                lang = rs.getString(1);
                title = rs.getString(2);
                body = rs.getString(3);
                java.sql.Date from = rs.getDate(4);
                java.sql.Date to = rs.getDate(5);
                pub = from == null || to == null ? null : new DateSpan(from.toLocalDate(), to.toLocalDate());
            }
        }
        Sql sql = new Sql("SELECT statement_id, quote, speaker_actor FROM statements").and("article_id = ?", id)
                .append("ORDER BY seq");
        List<FullTextIndex.Quote> quotes = rows(conn, sql, rs -> new FullTextIndex.Quote(rs.getString(1), rs.getString(2),
                rs.getString(3)));
        index.index(id, lang, title, body, pub, quotes);
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> rows(Connection c, Sql sql, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
        }
        return out;
    }

    private static void str(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void integer(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void date(PreparedStatement ps, int i, LocalDate v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, java.sql.Date.valueOf(v));
        }
    }

    private static Integer intOrNull(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private static Integer num(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    /** TEXT columns may come back as a Clob from H2. */
    private static String str(Object o) throws SQLException {
        if (o instanceof java.sql.Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        return o == null ? null : o.toString();
    }

    /** The name_key column: the lower-cased name, for case-insensitive lookup. */
    public static String key(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void rollback() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the original error is what matters
        }
    }

    private static void closeQuietly(FullTextIndex idx, Connection c) {
        try {
            if (idx != null) {
                idx.close();
            }
        } catch (IOException ignored) {
            // already failing
        }
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // already failing
        }
    }

    @Override
    public synchronized void close() {
        close(false);
    }

    /**
     * Closes the store and, for the embedded database, rewrites its file with the live data only
     * (H2's {@code SHUTDOWN COMPACT}). H2 writes every commit's changed pages anew and frees old
     * ones only by background compaction, which a bulk load outruns: a generated benchmark store
     * was 84 % unused space (docs/BENCHMARKS.md). Takes about as long as reading the live data once.
     */
    public synchronized void closeCompacted() {
        close(true);
    }

    private void close(boolean compact) {
        if (closed) {
            return;
        }
        if (bulk) {
            try {
                endBulk();
            } catch (StoreException e) {
                // the next open builds them; what was committed stays
            }
        }
        closed = true;
        // The index closes (flush and commit) on its thread, after what was queued there, while the
        // database closes here: neither waits for the other (docs/BENCHMARKS.md, session 11).
        java.util.concurrent.Future<?> indexClosed = indexer().submit(() -> {
            index.close();
            return null;
        });
        indexer.shutdown();
        reads.dispose();
        try {
            if (compact && config.isEmbedded()) {
                try (Statement st = conn.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
            }
            conn.close();
        } catch (SQLException e) {
            // nothing committed is lost by a failing close or compaction
        }
        await(indexClosed, "closing the index");
    }

    private boolean closed;

    // ---- Forums (ForumQueries)

    /** Stored forums matching the query, latest day first, with their participants. */
    public List<ForumRow> forums(ForumQuery q) {
        return read("forums query", c -> ForumQueries.forums(c, q));
    }
}

package org.lagebild.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.HexFormat;
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
import org.lagebild.report.JsonOutput;
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

    private final StoreConfig config;
    /** The write connection; every use is under the Store's monitor. */
    private final Connection conn;
    /** Connections for reads (autocommit), so that queries from several threads run at once. */
    private final JdbcConnectionPool reads;
    private final FullTextIndex index;
    private final ActorCache actorCache = new ActorCache();

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
        Connection c = null;
        JdbcConnectionPool pool = null;
        FullTextIndex idx = null;
        try {
            Files.createDirectories(config.dataDir());
            c = connect(config);
            c.setAutoCommit(false);
            createSchema(c);
            pool = readPool(config);
            Dedup.backfill(c);
            idx = new FullTextIndex(config.dataDir().resolve(indexDirName(config)));
            Store s = new Store(config, c, pool, idx);
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
            return DriverManager.getConnection(embeddedUrl(config.dataDir()));
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
            pool = JdbcConnectionPool.create(embeddedUrl(config.dataDir()), "", "");
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

    /** The H2 URL of the embedded database in {@code dataDir}. */
    static String embeddedUrl(Path dataDir) {
        String path = dataDir.toAbsolutePath().resolve("lagebild").toString();
        if (path.contains(";")) {
            throw new IllegalArgumentException("the data directory path must not contain ';': " + path);
        }
        // AUTO_SERVER lets a second process (a search during an ingest) use the same files.
        return "jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    /** The embedded index lives in "index"; a server database gets its own, named by its URL. */
    private static String indexDirName(StoreConfig config) {
        if (config.isEmbedded()) {
            return "index";
        }
        String key = StoreConfig.redact(config.jdbcUrl()) + "|" + config.user();
        return "index-pg-" + sha256(key).substring(0, 12);
    }

    private static void createSchema(Connection c) throws SQLException, IOException {
        String sql;
        try (var in = Store.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IOException("missing resource " + SCHEMA);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement st = c.createStatement()) {
            for (String ddl : schemaStatements(sql)) {
                st.execute(ddl); // constant DDL from the resource file; no values
            }
        }
        c.commit();
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        try {
            if (exists(id)) {
                conn.commit();
                return false;
            }
            insertRows(id, a, d);
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
        indexArticle(id, a, d);
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
        Map<String, Entry> added = new LinkedHashMap<>();
        try {
            for (Entry e : entries) {
                String id = articleId(e.document().text());
                if (!added.containsKey(id) && !exists(id)) {
                    insertRows(id, e.analysis(), e.document());
                    added.put(id, e);
                }
            }
            conn.commit();
            actorCache.invalidate();
            makeDurable();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e instanceof RuntimeException r ? r : new StoreException("cannot store the batch", e);
        }
        added.forEach((id, e) -> indexArticle(id, e.analysis(), e.document()));
        index.refresh();
        return added.size();
    }

    private static void requireSameText(Analysis a, Document d) {
        if (!a.text().equals(d.text())) {
            throw new IllegalArgumentException(d.source() + ": the analysis is not of this document's text");
        }
    }

    private void insertRows(String id, Analysis a, Document d) throws SQLException {
        PublicationDate pub = d.date() != null ? d.date() : PublicationDate.parse(a.date()).orElse(null);
        DateSpan span = DateSpan.of(pub);
        insertArticle(id, a, d, pub, span);
        Map<String, ActorRecord> actors = insertActors(id, a);
        insertStatements(id, a, span, actors);
        insertEvents(id, a, span);
        insertForums(id, a);
        Dedup.onStore(conn, id, a, span);
    }

    private void makeDurable() throws SQLException {
        if (config.isEmbedded()) {
            // H2 writes committed changes lazily; make the article durable before reporting it stored.
            try (Statement st = conn.createStatement()) {
                st.execute("CHECKPOINT");
            }
        }
    }

    private void indexArticle(String id, Analysis a, Document d) {
        if (!index.readOnly()) {
            try {
                index.index(id, a.lang(), a.title(), a.text(), quotes(a));
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

    private static List<FullTextIndex.Quote> quotes(Analysis a) {
        List<FullTextIndex.Quote> q = new ArrayList<>();
        for (StatementRecord s : a.statements()) {
            q.add(new FullTextIndex.Quote(s.id(), s.quote() == null ? null : s.quote().text()));
        }
        return q;
    }

    private void insertArticle(String id, Analysis a, Document d, PublicationDate pub, DateSpan span)
            throws SQLException {
        String json;
        try {
            json = JsonOutput.mapper().writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("analysis not serialisable", e);
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO articles (id, source_id, lang, pub_date, "
                + "pub_granularity, pub_from, pub_to, title, url, body, analysis, ingested_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            ps.setString(i++, json);
            ps.setObject(i, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private Map<String, ActorRecord> insertActors(String id, Analysis a) throws SQLException {
        Map<String, ActorRecord> byId = new LinkedHashMap<>();
        for (ActorRecord r : a.actors()) {
            byId.putIfAbsent(r.id(), r);
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO article_actors (article_id, actor_id, name, "
                + "name_key, type, code, country, affiliation, sector, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            ps.executeBatch();
        }
        return byId;
    }

    private void insertStatements(String id, Analysis a, DateSpan span, Map<String, ActorRecord> actors)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO statements (article_id, statement_id, seq, "
                + "speaker_actor, speaker_name, speaker_name_key, speaker_text, speaker_start, speaker_end, cue, "
                + "cue_lemma, quote, quote_start, quote_end, form, medium, addressee_actor, addressee_text, parent_id, "
                + "pub_from, pub_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                date(ps, i, span == null ? null : span.to());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertEvents(String id, Analysis a, DateSpan span) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO events (article_id, event_id, seq, type, mode, "
                + "quad, intensity, cameo, negated, future, hypothetical, historical, date_value, date_granularity, "
                + "date_resolved, date_text, location_actor, location_name, location_country, statement_id, "
                + "trigger_text, trigger_lemma, evidence, evidence_start, evidence_end, pub_from, pub_to, when_from, "
                + "when_to, location_lat, location_lon, location_geonames) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pa = conn.prepareStatement(
                     "INSERT INTO event_actors (article_id, event_id, role, actor_id) VALUES (?, ?, ?, ?)")) {
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
                addEventActors(pa, id, e.id(), "source", e.source());
                addEventActors(pa, id, e.id(), "target", e.target());
            }
            ps.executeBatch();
            pa.executeBatch();
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

    private static void addEventActors(PreparedStatement pa, String articleId, String eventId, String role,
                                       List<String> actorIds) throws SQLException {
        if (actorIds == null) {
            return;
        }
        for (String actor : new LinkedHashSet<>(actorIds)) {
            if (actor == null) {
                continue;
            }
            pa.setString(1, articleId);
            pa.setString(2, eventId);
            pa.setString(3, role);
            pa.setString(4, actor);
            pa.addBatch();
        }
    }

    public Optional<StoredArticle> article(String id) {
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + ", analysis FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ArticleRow meta = articleRow(rs);
                Analysis analysis = JsonOutput.mapper().readValue(rs.getString("analysis"), Analysis.class);
                return Optional.of(new StoredArticle(meta, analysis));
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
                    sql.and("pub_to >= ?", q.from());
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
            return ranked(FullTextIndex.ARTICLE, q.text(), q.page(), hits -> {
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
            + "s.medium, s.addressee_actor, s.addressee_text, s.parent_id, a.pub_date "
            + "FROM statements s JOIN articles a ON a.id = s.article_id";

    private static StatementRow statementRow(ResultSet rs) throws SQLException {
        return new StatementRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), intOrNull(rs, 9), intOrNull(rs, 10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16));
    }

    /** Statements matching the query: by relevance with a text query, else newest article first. */
    public List<StatementRow> statements(StatementQuery q) {
        try (Connection c = reader()) {
            Function<Sql, Sql> filters = sql -> {
                if (q.speaker() != null) {
                    sql.and("s.speaker_actor = ? OR s.speaker_name_key = ?", q.speaker(), key(q.speaker()));
                }
                if (q.from() != null) {
                    sql.and("s.pub_to >= ?", q.from());
                }
                if (q.to() != null) {
                    sql.and("s.pub_from <= ?", q.to());
                }
                return sql;
            };
            if (blank(q.text())) {
                Sql sql = filters.apply(new Sql(STATEMENT_SELECT))
                        .append("ORDER BY s.pub_from DESC NULLS LAST, s.article_id, s.seq LIMIT ? OFFSET ?",
                                q.page().limit(), q.page().offset());
                return rows(c, sql, Store::statementRow);
            }
            return ranked(FullTextIndex.STATEMENT, q.text(), q.page(), hits -> {
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

    /** A row-producing SQL lookup for a batch of full-text hits. */
    private interface HitLookup<T> {
        Map<FullTextIndex.Hit, T> find(List<FullTextIndex.Hit> hits) throws SQLException;
    }

    /**
     * Full-text hits in relevance order, kept when the SQL filters accept them; fetches more hits
     * until the page is full or the index has no more.
     */
    private <T> List<T> ranked(String kind, String text, Page page, HitLookup<T> lookup)
            throws IOException, SQLException {
        List<T> accepted = new ArrayList<>();
        int max = Math.min(MAX_HITS, Math.max(HIT_BATCH, page.end() * 2));
        int seen = 0;
        while (true) {
            List<FullTextIndex.Hit> hits = index.search(kind, text, max);
            for (int from = seen; from < hits.size() && accepted.size() < page.end(); from += HIT_BATCH) {
                List<FullTextIndex.Hit> batch = hits.subList(from, Math.min(hits.size(), from + HIT_BATCH));
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

    private static final String EVENT_ACTOR_MATCH = "EXISTS (SELECT 1 FROM event_actors x LEFT JOIN article_actors aa "
            + "ON aa.article_id = x.article_id AND aa.actor_id = x.actor_id WHERE x.article_id = e.article_id "
            + "AND x.event_id = e.event_id AND x.role = ? AND (x.actor_id = ? OR aa.name_key = ?))";

    /** Events matching the query, latest event date first. */
    public List<EventRow> events(EventQuery q) {
        try (Connection c = reader()) {
            Sql sql = new Sql(EVENT_SELECT);
            if (q.type() != null) {
                sql.and("e.type = ?", q.type().toUpperCase(Locale.ROOT));
            }
            if (q.source() != null) {
                sql.and(EVENT_ACTOR_MATCH, "source", q.source(), key(q.source()));
            }
            if (q.target() != null) {
                sql.and(EVENT_ACTOR_MATCH, "target", q.target(), key(q.target()));
            }
            if (q.from() != null) {
                sql.and("e.when_to >= ?", q.from());
            }
            if (q.to() != null) {
                sql.and("e.when_from <= ?", q.to());
            }
            if (q.located()) {
                sql.and("e.location_lat IS NOT NULL");
            }
            sql.append("ORDER BY e.when_from DESC NULLS LAST, e.article_id, e.seq LIMIT ? OFFSET ?",
                    q.page().limit(), q.page().offset());
            return eventRows(c, sql);
        } catch (SQLException e) {
            throw new StoreException("events query", e);
        }
    }

    /** Events of an EVENT_SELECT query with their source and target actors. */
    private static List<EventRow> eventRows(Connection c, Sql sql) throws SQLException {
        List<Object[]> raw = rows(c, sql, rs -> {
            Object[] v = new Object[25];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getObject(i + 1);
            }
            return v;
        });
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
        try (PreparedStatement ps = conn.prepareStatement("SELECT lang, title, body FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                lang = rs.getString(1);
                title = rs.getString(2);
                body = rs.getString(3);
            }
        }
        Sql sql = new Sql("SELECT statement_id, quote FROM statements").and("article_id = ?", id).append("ORDER BY seq");
        List<FullTextIndex.Quote> quotes = rows(conn, sql, rs -> new FullTextIndex.Quote(rs.getString(1), rs.getString(2)));
        index.index(id, lang, title, body, quotes);
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
        try {
            index.close();
        } catch (IOException e) {
            throw new StoreException("closing the index", e);
        } finally {
            reads.dispose();
            try {
                conn.close();
            } catch (SQLException e) {
                // nothing committed is lost by a failing close
            }
        }
    }
}

package org.lagebild.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The deduplication tables for one bulk write ({@link Store#putAll}): what the batch's articles
 * read is loaded from the database once and kept, what they write is applied to that copy at once
 * (so the next article of the batch sees it, as it would see the rows of an earlier transaction)
 * and written to the database in JDBC batches by {@link #flush()}. Only valid while the caller
 * holds the store's write lock and no other writer changes the tables; discard after flushing.
 */
final class BatchDedupTables implements DedupTables {
    private static final int CHUNK = 500;

    private final Connection c;
    private final SqlDedupTables direct;

    private final Map<String, TreeMap<String, String>> surnames = new HashMap<>();
    private final List<Object[]> newSurnames = new ArrayList<>();

    private final Map<Long, TreeSet<String>> bands = new HashMap<>();
    private final Map<String, SignatureRow> signatures = new HashMap<>();
    private final List<Object[]> newDedup = new ArrayList<>();
    /** Band keys with a row in the database, and those the batch changed (written at flush). */
    private final Set<Long> storedBands = new HashSet<>();
    private final Set<Long> changedBands = new LinkedHashSet<>();

    /** Event clusters read or written by the batch, by id. */
    private final Map<String, EventState> events = new LinkedHashMap<>();
    /** Event clusters this batch created (they have no cluster_firsts rows before its commit). */
    private final Set<String> createdEvents = new HashSet<>();
    private final DayCells eventKeys;
    private final List<Object[]> newEventKeys = new ArrayList<>();
    private final List<Object[]> newEventMentions = new ArrayList<>();

    private final Map<String, StatementState> statements = new LinkedHashMap<>();
    private final DayCells statementCells;
    private final List<Object[]> newStatementMentions = new ArrayList<>();

    /** A cluster's row as the batch leaves it; mentions and sources are what the batch adds. */
    private static final class EventState {
        EventCluster row;
        String quad;
        Double intensity;
        final TreeSet<String> keys;
        boolean created;
        boolean changed;
        int mentions;
        int sources;
        Set<String> roots;

        EventState(EventCluster row, Set<String> keys) {
            this.row = row;
            this.keys = new TreeSet<>(keys);
        }
    }

    private static final class StatementState {
        final String id;
        final String speakerKey;
        final String speaker;
        final LocalDate anchorDay;
        final String quote;
        LocalDate firstSeen;
        LocalDate lastSeen;
        boolean created;
        boolean changed;
        int mentions;
        int sources;
        Set<String> roots;

        StatementState(String id, String speakerKey, String speaker, LocalDate anchorDay, String quote,
                       LocalDate firstSeen, LocalDate lastSeen) {
            this.id = id;
            this.speakerKey = speakerKey;
            this.speaker = speaker;
            this.anchorDay = anchorDay;
            this.quote = quote;
            this.firstSeen = firstSeen;
            this.lastSeen = lastSeen;
        }
    }

    BatchDedupTables(Connection c) {
        this.c = c;
        this.direct = new SqlDedupTables(c);
        this.eventKeys = new DayCells((key, from, to) -> {
            int cut = key.indexOf('\u0000');
            Sql sql = new Sql("SELECT cluster_id, anchor_day FROM event_cluster_keys")
                    .and("lookup_key = ?", key.substring(0, cut)).and("type = ?", key.substring(cut + 1));
            return idsByDay(from == null ? sql.and("anchor_day IS NULL") : sql.and("anchor_day BETWEEN ? AND ?", from, to));
        });
        this.statementCells = new DayCells((key, from, to) -> {
            Sql sql = new Sql("SELECT cluster_id, anchor_day, quote, first_seen, last_seen, speaker FROM statement_clusters")
                    .and("speaker_key = ?", key);
            sql = from == null ? sql.and("anchor_day IS NULL") : sql.and("anchor_day BETWEEN ? AND ?", from, to);
            Map<String, LocalDate> out = new LinkedHashMap<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    LocalDate day = Clusters.day(rs, 2);
                    out.put(id, day);
                    if (!statements.containsKey(id)) { // else the batch's copy is newer
                        statements.put(id, new StatementState(id, key, rs.getString(6), day, rs.getString(3),
                                Clusters.day(rs, 4), Clusters.day(rs, 5)));
                    }
                }
            }
            return out;
        });
    }

    private Map<String, LocalDate> idsByDay(Sql sql) throws SQLException {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), Clusters.day(rs, 2));
            }
        }
        return out;
    }

    // ---- person_surnames

    private TreeMap<String, String> surnames(String key) throws SQLException {
        TreeMap<String, String> m = surnames.get(key);
        if (m == null) {
            m = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, name FROM person_surnames WHERE surname_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            surnames.put(key, m);
        }
        return m;
    }

    @Override
    public String[] uniqueSurname(String key, String self) throws SQLException {
        String[] found = null;
        for (Map.Entry<String, String> e : surnames(key).entrySet()) {
            if (e.getKey().equals(self)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = new String[] {e.getKey(), e.getValue()};
        }
        return found;
    }

    @Override
    public void addSurname(String key, String actorId, String name) throws SQLException {
        TreeMap<String, String> m = surnames(key);
        if (!m.containsKey(actorId)) {
            m.put(actorId, name);
            newSurnames.add(new Object[] {key, actorId, name});
        }
    }

    // ---- article_dedup, band_ids

    /** Loads the keys' stored ids that the batch has not read yet. */
    private void loadBands(Set<Long> keys) throws SQLException {
        List<Long> missing = keys.stream().filter(k -> !bands.containsKey(k)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, TreeSet<String>> stored = BandIds.read(c, missing);
        for (long k : missing) {
            TreeSet<String> ids = stored.get(k);
            if (ids != null) {
                storedBands.add(k);
            }
            bands.put(k, ids != null ? ids : new TreeSet<>());
        }
    }

    @Override
    public Set<String> bandIds(long[] keys) throws SQLException {
        Set<Long> distinct = BandIds.distinct(keys);
        loadBands(distinct);
        Set<String> ids = new HashSet<>();
        for (long k : distinct) {
            ids.addAll(bands.get(k));
        }
        return ids;
    }

    @Override
    public List<SignatureRow> signatures(List<String> articleIds) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String id : articleIds) {
            if (!signatures.containsKey(id)) {
                missing.add(id);
            }
        }
        for (int i = 0; i < missing.size(); i += CHUNK) {
            for (SignatureRow r : direct.signatures(missing.subList(i, Math.min(missing.size(), i + CHUNK)))) {
                signatures.put(r.articleId(), r);
            }
        }
        List<SignatureRow> out = new ArrayList<>();
        for (String id : new TreeSet<>(articleIds)) {
            SignatureRow r = signatures.get(id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public void addDedup(SignatureRow row, Double similarity) {
        signatures.put(row.articleId(), row);
        newDedup.add(new Object[] {row.articleId(), row.shingles(), row.signature(), row.duplicateOf(),
                Clusters.dbl(similarity)});
    }

    @Override
    public void addBands(String articleId, long[] keys) throws SQLException {
        Set<Long> distinct = BandIds.distinct(keys);
        loadBands(distinct);
        for (long k : distinct) {
            if (BandIds.add(bands.get(k), articleId)) {
                changedBands.add(k);
            }
        }
    }

    // ---- event clusters

    @Override
    public List<EventCluster> eventCandidates(Set<String> keys, String type, LocalDate day, int window,
                                              boolean negated, boolean historical, boolean irrealis, String place,
                                              int limit) throws SQLException {
        TreeSet<String> ids = new TreeSet<>();
        for (String key : keys) {
            ids.addAll(eventKeys.ids(key + "\u0000" + type, day, window));
        }
        loadEventClusters(ids);
        List<EventCluster> out = new ArrayList<>();
        for (String id : ids) {
            EventState s = events.get(id);
            EventCluster r = s.row;
            if (r.negated() == negated && r.historical() == historical && r.irrealis() == irrealis
                    && (place == null || r.place() == null || r.place().equals(place))) {
                out.add(new EventCluster(r.id(), r.type(), r.negated(), r.historical(), r.irrealis(), r.place(),
                        r.anchorDay(), r.whenFrom(), r.whenTo(), r.firstSeen(), r.lastSeen(), new TreeSet<>(s.keys)));
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    /** Reads the clusters (and their keys) the batch has not seen yet. */
    private void loadEventClusters(Set<String> ids) throws SQLException {
        List<String> missing = ids.stream().filter(id -> !events.containsKey(id)).toList();
        for (int i = 0; i < missing.size(); i += CHUNK) {
            List<String> chunk = missing.subList(i, Math.min(missing.size(), i + CHUNK));
            Map<String, Set<String>> keys = new HashMap<>();
            try (PreparedStatement ps = new Sql("SELECT cluster_id, lookup_key FROM event_cluster_keys")
                    .andIn("cluster_id", chunk).prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
            try (PreparedStatement ps = new Sql("SELECT cluster_id, type, negated, historical, irrealis, place, anchor_day, "
                    + "when_from, when_to, first_seen, last_seen FROM event_clusters").andIn("cluster_id", chunk).prepare(c);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    events.put(id, new EventState(new EventCluster(id, rs.getString(2), rs.getBoolean(3),
                            rs.getBoolean(4), rs.getBoolean(5), rs.getString(6), Clusters.day(rs, 7), Clusters.day(rs, 8),
                            Clusters.day(rs, 9), Clusters.day(rs, 10), Clusters.day(rs, 11), Set.of()),
                            keys.getOrDefault(id, Set.of())));
                }
            }
        }
    }

    private Set<String> roots(String mentions, String clusterId, Set<String> known) throws SQLException {
        if (known != null) {
            return known;
        }
        Set<String> out = new HashSet<>();
        // mentions is event_mentions or statement_mentions, a constant
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT root_id FROM " + mentions + " WHERE cluster_id = ?")) {
            ps.setString(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    @Override
    public boolean hasEventRoot(String clusterId, String root) throws SQLException {
        EventState s = events.get(clusterId);
        s.roots = roots("event_mentions", clusterId, s.roots);
        return s.roots.contains(root);
    }

    @Override
    public void newEventCluster(EventCluster k, String quad, Double intensity) {
        EventState s = new EventState(k, k.keys());
        s.quad = quad;
        s.intensity = intensity;
        s.created = true;
        s.mentions = 1;
        s.sources = 1;
        s.roots = new HashSet<>();
        events.put(k.id(), s);
        createdEvents.add(k.id());
    }

    @Override
    public void updateEventCluster(String clusterId, int newSource, String place, LocalDate firstSeen,
                                   LocalDate lastSeen, LocalDate whenFrom, LocalDate whenTo) {
        EventState s = events.get(clusterId);
        EventCluster r = s.row;
        s.row = new EventCluster(r.id(), r.type(), r.negated(), r.historical(), r.irrealis(), place, r.anchorDay(),
                whenFrom, whenTo, firstSeen, lastSeen, Set.of());
        s.mentions++;
        s.sources += newSource;
        s.changed = true;
    }

    @Override
    public void addEventKey(String clusterId, String key, String type, LocalDate anchorDay) {
        events.get(clusterId).keys.add(key);
        eventKeys.add(key + "\u0000" + type, anchorDay, clusterId);
        newEventKeys.add(new Object[] {clusterId, key, type, Clusters.date(anchorDay)});
    }

    @Override
    public void addEventMention(String articleId, String eventId, String clusterId, String root) throws SQLException {
        EventState s = events.get(clusterId);
        s.roots = roots("event_mentions", clusterId, s.roots);
        s.roots.add(root);
        newEventMentions.add(new Object[] {articleId, eventId, clusterId, root});
    }

    // ---- statement clusters

    @Override
    public List<StatementCandidate> statementCandidates(String speakerKey, LocalDate day, int window, int limit)
            throws SQLException {
        List<StatementCandidate> out = new ArrayList<>();
        for (String id : statementCells.ids(speakerKey, day, window)) {
            out.add(new StatementCandidate(id, statements.get(id).quote));
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    @Override
    public LocalDate[] statementSeen(String clusterId) {
        StatementState s = statements.get(clusterId);
        return new LocalDate[] {s.firstSeen, s.lastSeen};
    }

    @Override
    public boolean hasStatementRoot(String clusterId, String root) throws SQLException {
        StatementState s = statements.get(clusterId);
        s.roots = roots("statement_mentions", clusterId, s.roots);
        return s.roots.contains(root);
    }

    @Override
    public void newStatementCluster(String clusterId, String speakerKey, String speaker, LocalDate day, String quote) {
        StatementState s = new StatementState(clusterId, speakerKey, speaker, day, quote, day, day);
        s.created = true;
        s.mentions = 1;
        s.sources = 1;
        s.roots = new HashSet<>();
        statements.put(clusterId, s);
        statementCells.add(speakerKey, day, clusterId);
    }

    @Override
    public void updateStatementCluster(String clusterId, int newSource, LocalDate firstSeen, LocalDate lastSeen) {
        StatementState s = statements.get(clusterId);
        s.firstSeen = firstSeen;
        s.lastSeen = lastSeen;
        s.mentions++;
        s.sources += newSource;
        s.changed = true;
    }

    @Override
    public void addStatementMention(String articleId, String statementId, String clusterId, String root)
            throws SQLException {
        StatementState s = statements.get(clusterId);
        s.roots = roots("statement_mentions", clusterId, s.roots);
        s.roots.add(root);
        newStatementMentions.add(new Object[] {articleId, statementId, clusterId, root});
    }

    /** The event clusters created through these tables so far. */
    Set<String> createdEventClusters() {
        return java.util.Collections.unmodifiableSet(createdEvents);
    }

    // ---- writing

    @Override
    public void flush() throws SQLException {
        batch("INSERT INTO person_surnames (surname_key, actor_id, name) VALUES (?, ?, ?)", newSurnames);
        batch("INSERT INTO article_dedup (article_id, shingles, signature, duplicate_of, similarity) VALUES (?, ?, ?, ?, ?)",
                newDedup);
        List<BandIds.Row> bandRows = new ArrayList<>();
        for (long k : changedBands) {
            bandRows.add(new BandIds.Row(k, bands.get(k), !storedBands.add(k)));
        }
        BandIds.write(c, bandRows);
        changedBands.clear();
        List<Object[]> created = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (EventState s : events.values()) {
            EventCluster r = s.row;
            if (s.created) {
                created.add(new Object[] {r.id(), r.type(), r.negated(), r.historical(), r.irrealis(), s.quad,
                        Clusters.dbl(s.intensity), Clusters.date(r.anchorDay()), r.place(), Clusters.date(r.firstSeen()),
                        Clusters.date(r.lastSeen()), Clusters.date(r.whenFrom()), Clusters.date(r.whenTo()), s.mentions,
                        s.sources});
            } else if (s.changed) {
                changed.add(new Object[] {s.mentions, s.sources, r.place(), Clusters.date(r.firstSeen()),
                        Clusters.date(r.lastSeen()), Clusters.date(r.whenFrom()), Clusters.date(r.whenTo()), r.id()});
            }
        }
        batch("INSERT INTO event_clusters (cluster_id, type, negated, historical, irrealis, quad, intensity, anchor_day, "
                + "place, first_seen, last_seen, when_from, when_to, mentions, sources) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", created);
        batch("UPDATE event_clusters SET mentions = mentions + ?, sources = sources + ?, place = ?, first_seen = ?, "
                + "last_seen = ?, when_from = ?, when_to = ? WHERE cluster_id = ?", changed);
        batch("INSERT INTO event_cluster_keys (cluster_id, lookup_key, type, anchor_day) VALUES (?, ?, ?, ?)", newEventKeys);
        batch("INSERT INTO event_mentions (article_id, event_id, cluster_id, root_id) VALUES (?, ?, ?, ?)",
                newEventMentions);
        created.clear();
        changed.clear();
        for (StatementState s : statements.values()) {
            if (s.created) {
                created.add(new Object[] {s.id, s.speakerKey, s.speaker, Clusters.date(s.anchorDay), s.quote,
                        Clusters.date(s.firstSeen), Clusters.date(s.lastSeen), s.mentions, s.sources});
            } else if (s.changed) {
                changed.add(new Object[] {s.mentions, s.sources, Clusters.date(s.firstSeen), Clusters.date(s.lastSeen), s.id});
            }
        }
        batch("INSERT INTO statement_clusters (cluster_id, speaker_key, speaker, anchor_day, quote, first_seen, last_seen, "
                + "mentions, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", created);
        batch("UPDATE statement_clusters SET mentions = mentions + ?, sources = sources + ?, first_seen = ?, "
                + "last_seen = ? WHERE cluster_id = ?", changed);
        batch("INSERT INTO statement_mentions (article_id, statement_id, cluster_id, root_id) VALUES (?, ?, ?, ?)",
                newStatementMentions);
        for (List<Object[]> pending : List.of(newSurnames, newDedup, newEventKeys, newEventMentions,
                newStatementMentions)) {
            pending.clear();
        }
        events.values().forEach(s -> {
            s.created = false;
            s.changed = false;
            s.mentions = 0;
            s.sources = 0;
        });
        statements.values().forEach(s -> {
            s.created = false;
            s.changed = false;
            s.mentions = 0;
            s.sources = 0;
        });
    }

    private void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                Clusters.bind(ps, row);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}

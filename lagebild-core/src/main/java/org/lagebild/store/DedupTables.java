package org.lagebild.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The deduplication tables as the dedup steps ({@link PersonAliases}, {@link NearDuplicates},
 * {@link EventClusters}, {@link StatementClusters}) read and write them. The steps decide; this
 * only stores. {@link SqlDedupTables} reads and writes the database directly (one article per
 * transaction); {@link BatchDedupTables} keeps what a batch of articles reads and writes in memory
 * and writes it in JDBC batches at {@link #flush()}, so that a bulk load makes the same decisions,
 * and leaves the same rows, as storing the articles one by one in the same order.
 */
interface DedupTables {
    // ---- person_surnames

    /** {actor id, name} of the only full-name person under the key other than {@code self}, else null. */
    String[] uniqueSurname(String key, String self) throws SQLException;

    /** Registers a full-name person under a surname key (no-op when already registered). */
    void addSurname(String key, String actorId, String name) throws SQLException;

    // ---- article_dedup, band_ids

    /** A stored article's signature row. */
    record SignatureRow(String articleId, int shingles, String signature, String duplicateOf) {
    }

    /** The article ids stored under any of these band keys: each key's smallest {@link NearDuplicates#BAND_IDS}. */
    Set<String> bandIds(long[] keys) throws SQLException;

    /** The signature rows of these articles, in id order (missing ones left out). */
    List<SignatureRow> signatures(List<String> articleIds) throws SQLException;

    void addDedup(SignatureRow row, Double similarity) throws SQLException;

    void addBands(String articleId, long[] keys) throws SQLException;

    // ---- event_clusters, event_cluster_keys, event_mentions

    /** An event cluster as candidate selection and updates see it. */
    record EventCluster(String id, String type, boolean negated, boolean historical, boolean irrealis, String place,
                        LocalDate anchorDay, LocalDate whenFrom, LocalDate whenTo, LocalDate firstSeen,
                        LocalDate lastSeen, Set<String> keys) {
    }

    /**
     * Clusters having one of the keys (of this type) with an anchor day in [day - window, day + window]
     * (or no anchor day when {@code day} is null) whose flags equal these and whose place is null or
     * {@code place} (any when {@code place} is null): the first {@code limit} by id.
     */
    List<EventCluster> eventCandidates(Set<String> keys, String type, LocalDate day, int window, boolean negated,
                                       boolean historical, boolean irrealis, String place, int limit)
            throws SQLException;

    /** Whether the cluster has a mention with this root (from the mentions table of the kind). */
    boolean hasEventRoot(String clusterId, String root) throws SQLException;

    void newEventCluster(EventCluster c, String quad, Double intensity) throws SQLException;

    /** Adds a mention's counts to a cluster and sets its place, seen days and own dates. */
    void updateEventCluster(String clusterId, int newSource, String place, LocalDate firstSeen, LocalDate lastSeen,
                            LocalDate whenFrom, LocalDate whenTo) throws SQLException;

    /** Adds a lookup key; {@code type} and {@code anchorDay} are the cluster's. */
    void addEventKey(String clusterId, String key, String type, LocalDate anchorDay) throws SQLException;

    void addEventMention(String articleId, String eventId, String clusterId, String root) throws SQLException;

    // ---- statement_clusters, statement_mentions

    /** A statement cluster's id and quote. */
    record StatementCandidate(String id, String quote) {
    }

    /** Clusters of the speaker key with an anchor day in the window (or none when day is null): first {@code limit} by id. */
    List<StatementCandidate> statementCandidates(String speakerKey, LocalDate day, int window, int limit)
            throws SQLException;

    /** {first_seen, last_seen} of a statement cluster. */
    LocalDate[] statementSeen(String clusterId) throws SQLException;

    boolean hasStatementRoot(String clusterId, String root) throws SQLException;

    void newStatementCluster(String clusterId, String speakerKey, String speaker, LocalDate day, String quote)
            throws SQLException;

    void updateStatementCluster(String clusterId, int newSource, LocalDate firstSeen, LocalDate lastSeen)
            throws SQLException;

    void addStatementMention(String articleId, String statementId, String clusterId, String root) throws SQLException;

    /** Writes what is pending (nothing for the direct implementation). */
    void flush() throws SQLException;
}

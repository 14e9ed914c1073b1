-- Lagebild store schema: ONE schema for H2 2.3 (MODE=PostgreSQL) and PostgreSQL 15.
-- Run on every open, so every statement is idempotent (IF NOT EXISTS). Statements end with ';'
-- at the end of a line; lines starting with '--' are comments.
--
-- Articles are keyed by the SHA-256 (hex) of their text, so the same text is stored once.
-- Dates: pub_date keeps the publication date as given (YYYY, YYYY-MM or YYYY-MM-DD);
-- pub_from/pub_to are the first and last day it covers, for range queries by overlap.
-- Per-article tables repeat pub_from/pub_to so that date filters need no join.
-- TEXT columns may hold long strings (article bodies, evidence sentences); VARCHAR columns
-- are short, comparable values that indexes and equality filters use; they carry no length
-- limit so that no analysis value can fail an insert (only ids and roles are bounded).
-- No foreign keys: an article's rows are written only in its own transaction and never deleted,
-- and each key cost a parent lookup per row and, in H2, an index of its own on the child table
-- (a quarter of the index entries per article). Stores created with them lose them on open
-- (Store, store_meta 'foreign_keys.dropped'); docs/BENCHMARKS.md, session 9.

CREATE TABLE IF NOT EXISTS articles (
    id              VARCHAR(64) PRIMARY KEY,
    source_id       VARCHAR NOT NULL,
    lang            VARCHAR NOT NULL,
    pub_date        VARCHAR,
    pub_granularity VARCHAR,
    pub_from        DATE,
    pub_to          DATE,
    title           TEXT,
    url             TEXT,
    body            TEXT NOT NULL,
    analysis        TEXT NOT NULL,
    ingested_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_pub ON articles (pub_from, pub_to);

-- The canonical actors of one article; actor ids (NATO, RUS-GOV, person:jens-stoltenberg)
-- are stable across articles. name_key is the lower-cased name for case-insensitive lookup.
CREATE TABLE IF NOT EXISTS article_actors (
    article_id  VARCHAR(64) NOT NULL,
    actor_id    VARCHAR NOT NULL,
    name        VARCHAR,
    name_key    VARCHAR,
    type        VARCHAR,
    code        VARCHAR,
    country     VARCHAR,
    affiliation VARCHAR,
    sector      VARCHAR,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_id)
);
-- No secondary indexes: actor lookups go through the Store's in-memory actor aggregate, and
-- these rows are the most numerous of an article (indexes that no query used were dropped).
DROP INDEX IF EXISTS article_actors_actor;
DROP INDEX IF EXISTS article_actors_name;

-- Statements, flattened; seq is the position in the analysis (stable order).
CREATE TABLE IF NOT EXISTS statements (
    article_id       VARCHAR(64) NOT NULL,
    statement_id     VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,
    speaker_actor    VARCHAR,
    speaker_name     VARCHAR,
    speaker_name_key VARCHAR,
    speaker_text     TEXT,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    cue              TEXT,
    cue_lemma        VARCHAR,
    quote            TEXT,
    quote_start      INTEGER,
    quote_end        INTEGER,
    form             VARCHAR,
    medium           VARCHAR,
    addressee_actor  VARCHAR,
    addressee_text   TEXT,
    parent_id        VARCHAR,
    pub_from         DATE,
    pub_to           DATE,
    topic_actor      VARCHAR,
    topic_text       TEXT,
    PRIMARY KEY (article_id, statement_id)
);
-- What a statement is about (added later: a new store gets the columns from CREATE TABLE, the ALTER
-- adds them to older stores, whose rows read null, as their analyses were written without topics).
ALTER TABLE statements ADD COLUMN IF NOT EXISTS topic_actor VARCHAR;
ALTER TABLE statements ADD COLUMN IF NOT EXISTS topic_text TEXT;
-- Speaker and date filters use statements_speaker_order and statements_order (below), which
-- replace these earlier indexes.
DROP INDEX IF EXISTS statements_speaker;
DROP INDEX IF EXISTS statements_speaker_name;
DROP INDEX IF EXISTS statements_pub;

-- PLOVER events. when_from/when_to: the days the event's own date covers when it resolved to
-- a calendar span, else the publication span; date filters on events use these.
CREATE TABLE IF NOT EXISTS events (
    article_id       VARCHAR(64) NOT NULL,
    event_id         VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,
    type             VARCHAR NOT NULL,
    mode             VARCHAR,
    quad             VARCHAR,
    intensity        DOUBLE PRECISION,
    cameo            VARCHAR,
    negated          BOOLEAN NOT NULL,
    future           BOOLEAN NOT NULL,
    hypothetical     BOOLEAN NOT NULL,
    historical       BOOLEAN NOT NULL,
    date_value       VARCHAR,
    date_granularity VARCHAR,
    date_resolved    BOOLEAN NOT NULL,
    date_text        TEXT,
    location_actor   VARCHAR,
    location_name    VARCHAR,
    location_country VARCHAR,
    statement_id     VARCHAR,
    trigger_text     TEXT,
    trigger_lemma    VARCHAR,
    evidence         TEXT,
    evidence_start   INTEGER,
    evidence_end     INTEGER,
    pub_from         DATE,
    pub_to           DATE,
    when_from        DATE,
    when_to          DATE,
    location_lat      DOUBLE PRECISION,
    location_lon      DOUBLE PRECISION,
    location_geonames BIGINT,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS events_type ON events (type, when_from);
-- events_when (when_from, when_to) is replaced by events_order (below).
DROP INDEX IF EXISTS events_when;
-- The gazetteer's reading of the event location. Added later: a new store gets the columns from
-- CREATE TABLE (an ALTER that adds a column copies the table in H2, a tenth of a second per fresh
-- store, docs/BENCHMARKS.md session 16); the ALTER adds them to older stores and is a no-op otherwise.
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_lon DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_geonames BIGINT;

-- Sources and targets of events, one row per actor, for dyad queries (who did what to whom).
CREATE TABLE IF NOT EXISTS event_actors (
    article_id VARCHAR(64) NOT NULL,
    event_id   VARCHAR NOT NULL,
    role       VARCHAR(6) NOT NULL CHECK (role IN ('source', 'target')),
    actor_id   VARCHAR NOT NULL,
    seq        INTEGER,
    when_from  DATE,
    when_to    DATE,
    pub_day    DATE,
    PRIMARY KEY (article_id, event_id, role, actor_id)
);
-- event_actors_actor (actor_id, role) is replaced by event_actors_when (below).
DROP INDEX IF EXISTS event_actors_actor;

-- Query paths (added later; the Store backfills rows of older stores once, see store_meta).
-- event_actors repeats its event's seq and date span, and pub_day (the article's publication day
-- when day-precise, else NULL), so that an actor filter reads its first page straight from one
-- index in result order (ORDER BY actor_id, role, when_from DESC ...) and a series range or its
-- undated rest is an index range, without touching other rows.
ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS seq INTEGER;
ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS when_from DATE;
ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS when_to DATE;
ALTER TABLE event_actors ADD COLUMN IF NOT EXISTS pub_day DATE;
CREATE INDEX IF NOT EXISTS event_actors_when ON event_actors (actor_id, role, when_from DESC NULLS LAST, article_id, seq);
CREATE INDEX IF NOT EXISTS event_actors_day ON event_actors (actor_id, role, pub_day);
CREATE INDEX IF NOT EXISTS statements_speaker_order ON statements (speaker_actor, pub_from DESC NULLS LAST, article_id, seq);
CREATE INDEX IF NOT EXISTS events_order ON events (when_from DESC NULLS LAST, article_id, seq);
CREATE INDEX IF NOT EXISTS statements_order ON statements (pub_from DESC NULLS LAST, article_id, seq);
CREATE INDEX IF NOT EXISTS articles_order ON articles (pub_from DESC NULLS LAST, id);

-- One-time data migrations done (name, when), so that opening a store does not rescan its tables.
CREATE TABLE IF NOT EXISTS store_meta (
    name  VARCHAR PRIMARY KEY,
    done_at VARCHAR
);

-- Every (source, target) pair of an event with the same repeated columns, so that a dyad filter
-- (NATO -> RUS) is one index range in result order instead of a walk over all of the source's
-- events checking their targets. Filled on insert; older stores are filled once on open.
CREATE TABLE IF NOT EXISTS event_dyads (
    article_id VARCHAR(64) NOT NULL,
    event_id   VARCHAR NOT NULL,
    source_id  VARCHAR NOT NULL,
    target_id  VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    when_from  DATE,
    when_to    DATE,
    pub_day    DATE,
    PRIMARY KEY (article_id, event_id, source_id, target_id)
);
CREATE INDEX IF NOT EXISTS event_dyads_when ON event_dyads (source_id, target_id, when_from DESC NULLS LAST, article_id, seq);
CREATE INDEX IF NOT EXISTS event_dyads_day ON event_dyads (source_id, target_id, pub_day);

-- ---- Deduplication across articles (org.lagebild.store.Dedup). Written in the same transaction
-- as the article; an article without an article_dedup row (stored by an older version) is
-- processed when the store is opened.

-- Near-duplicates: the MinHash signature of the cleaned body (base64 of 128 ints; NULL when
-- the text is too short to compare) and the article it duplicates: the first stored article of
-- its group (never a duplicate itself), with the estimated Jaccard similarity.
CREATE TABLE IF NOT EXISTS article_dedup (
    article_id   VARCHAR(64) PRIMARY KEY,
    shingles     INTEGER NOT NULL,
    signature    TEXT,
    duplicate_of VARCHAR(64),
    similarity   DOUBLE PRECISION
);
CREATE INDEX IF NOT EXISTS article_dedup_of ON article_dedup (duplicate_of);

-- Locality-sensitive band keys of the signatures: near-duplicate candidates by key lookup. One row
-- per key with the smallest 201 (NearDuplicates.BAND_IDS) article ids under it, space-separated in
-- id order: all a lookup reads, at one entry per key and article instead of a row per key and
-- article with its own primary-key index (org.lagebild.store.BandIds). Stores with the earlier
-- table article_bands (band_key, article_id) have it moved here and dropped on open.
CREATE TABLE IF NOT EXISTS band_ids (
    band_key    BIGINT PRIMARY KEY,
    article_ids TEXT NOT NULL
);

-- Event clusters: one real-world event reported by several mentions (events rows). anchor_day is the
-- anchor (the first mention's day) that candidates are looked up by; place is a country code or
-- location actor; sources counts distinct source articles, a near-duplicate counting with its original.
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR(40) PRIMARY KEY,
    type       VARCHAR NOT NULL,
    negated    BOOLEAN NOT NULL,
    historical BOOLEAN NOT NULL,
    quad       VARCHAR,
    intensity  DOUBLE PRECISION,
    anchor_day DATE,
    place      VARCHAR,
    first_seen DATE,
    last_seen  DATE,
    when_from  DATE,
    when_to    DATE,
    mentions   INTEGER NOT NULL,
    sources    INTEGER NOT NULL,
    irrealis   BOOLEAN DEFAULT FALSE NOT NULL
);
-- Future or hypothetical mentions form their own clusters (added later: older stores get FALSE and
-- the store_meta migration 'event_clusters.irrealis' marks clusters of only such mentions).
ALTER TABLE event_clusters ADD COLUMN IF NOT EXISTS irrealis BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX IF NOT EXISTS event_clusters_type ON event_clusters (type, anchor_day);
CREATE INDEX IF NOT EXISTS event_clusters_day ON event_clusters (anchor_day);

-- Lookup keys of a cluster: 's:'/'t:' + source/target actor id, or 'x:' + a hash of the evidence
-- for events without actors; denormalised type and anchor_day make the candidate lookup one index range.
CREATE TABLE IF NOT EXISTS event_cluster_keys (
    cluster_id VARCHAR(40) NOT NULL,
    lookup_key VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    anchor_day DATE,
    PRIMARY KEY (cluster_id, lookup_key)
);
CREATE INDEX IF NOT EXISTS event_cluster_keys_lookup ON event_cluster_keys (lookup_key, type, anchor_day);

-- Which cluster each event belongs to; root_id is the article or the original it duplicates.
CREATE TABLE IF NOT EXISTS event_mentions (
    article_id VARCHAR(64) NOT NULL,
    event_id   VARCHAR NOT NULL,
    cluster_id VARCHAR(40) NOT NULL,
    root_id    VARCHAR(64) NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS event_mentions_cluster ON event_mentions (cluster_id, root_id);

-- Statement clusters: the same speaker saying (nearly) the same thing within the date window.
-- speaker_key is the speaker actor id, or 'q:' + a hash of the quote for statements without one.
CREATE TABLE IF NOT EXISTS statement_clusters (
    cluster_id  VARCHAR(40) PRIMARY KEY,
    speaker_key VARCHAR NOT NULL,
    speaker     VARCHAR,
    anchor_day  DATE,
    quote       TEXT,
    first_seen  DATE,
    last_seen   DATE,
    mentions    INTEGER NOT NULL,
    sources     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS statement_clusters_speaker ON statement_clusters (speaker_key, anchor_day);

CREATE TABLE IF NOT EXISTS statement_mentions (
    article_id   VARCHAR(64) NOT NULL,
    statement_id VARCHAR NOT NULL,
    cluster_id   VARCHAR(40) NOT NULL,
    root_id      VARCHAR(64) NOT NULL,
    PRIMARY KEY (article_id, statement_id)
);
CREATE INDEX IF NOT EXISTS statement_mentions_cluster ON statement_mentions (cluster_id, root_id);

-- Full-name persons by surname key (slug of the last name word, and of a particle surname such
-- as 'von der Leyen'), so a surname-only mention in a later article resolves to the one person
-- of that surname already stored (org.lagebild.store.PersonAliases).
CREATE TABLE IF NOT EXISTS person_surnames (
    surname_key VARCHAR NOT NULL,
    actor_id    VARCHAR NOT NULL,
    name        VARCHAR,
    PRIMARY KEY (surname_key, actor_id)
);

-- Diplomatic forums (meetings, talks, summits), one row per forum; place/date/duration as the
-- analysis gives them (the full record with evidence stays in articles.analysis).
CREATE TABLE IF NOT EXISTS forums (
    article_id       VARCHAR(64) NOT NULL,
    forum_id         VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,
    body             VARCHAR,
    place_actor      VARCHAR,
    place_name       VARCHAR,
    date_value       VARCHAR,
    duration         VARCHAR,
    future           BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, forum_id)
);
CREATE INDEX IF NOT EXISTS forums_body ON forums (body);

-- Participants of forums and whom they represent, for "who met whom" queries.
CREATE TABLE IF NOT EXISTS forum_participants (
    article_id VARCHAR(64) NOT NULL,
    forum_id   VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,
    represents VARCHAR,
    PRIMARY KEY (article_id, forum_id, actor_id)
);
CREATE INDEX IF NOT EXISTS forum_participants_actor ON forum_participants (actor_id);

-- The first mention of each event cluster per actor filter (org.lagebild.store.ClusterFirsts), for
-- series that count one event per cluster: source_key/target_key are actor ids or '' (any role
-- filler); asserted: first among the asserted mentions only. Kept after every write; older stores
-- are filled once on open (store_meta 'cluster_firsts').
CREATE TABLE IF NOT EXISTS cluster_firsts (
    source_key VARCHAR NOT NULL,
    target_key VARCHAR NOT NULL,
    asserted   BOOLEAN NOT NULL,
    cluster_id VARCHAR(40) NOT NULL,
    pub_date   VARCHAR,
    article_id VARCHAR(64) NOT NULL,
    event_id   VARCHAR NOT NULL,
    pub_day    DATE,
    quad       VARCHAR,
    intensity  DOUBLE PRECISION,
    PRIMARY KEY (source_key, target_key, asserted, cluster_id)
);
-- Covering: a series is one range of this index, counted without reading the rows.
CREATE INDEX IF NOT EXISTS cluster_firsts_day ON cluster_firsts (source_key, target_key, asserted, pub_day, quad, intensity);
CREATE INDEX IF NOT EXISTS cluster_firsts_cluster ON cluster_firsts (cluster_id);

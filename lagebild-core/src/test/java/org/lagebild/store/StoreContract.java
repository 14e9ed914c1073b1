package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.store.StoreFixtures.Article;
import org.lagebild.time.PublicationDate;

/** The Store API, run against each backend by a subclass. */
abstract class StoreContract {
    @TempDir
    Path dataDir;

    Store store;
    Article german;
    Article english;

    /** A store over an empty database, with its full-text index in {@code dataDir}. */
    abstract StoreConfig config(Path dataDir) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(config(dataDir));
        german = StoreFixtures.german();
        english = StoreFixtures.english();
        assertTrue(store.put(german.analysis(), german.document()));
        assertTrue(store.put(english.analysis(), english.document()));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void roundTripOfTheFullAnalysis() {
        StoredArticle a = store.article(german.id()).orElseThrow();
        assertEquals(german.analysis(), a.analysis());
        assertEquals("nato.txt", a.meta().sourceId());
        assertEquals("2022-01", a.meta().date());
        assertEquals("month", a.meta().dateGranularity());
        assertEquals("Verhandlungen in Brüssel", a.meta().title());
        assertTrue(store.contains(english.id()));
        assertFalse(store.contains("0".repeat(64)));
        assertTrue(store.article("0".repeat(64)).isEmpty());
    }

    @Test
    void readsRunConcurrentlyWithEachOtherAndAreNotBlockedByTheWriteLock() throws Exception {
        int readers = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers + 1);
        try {
            java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            // A writer holds the Store's write monitor; reads must still complete meanwhile.
            var writer = pool.submit(() -> {
                synchronized (store) {
                    held.countDown();
                    release.await();
                }
                return null;
            });
            held.await();
            List<java.util.concurrent.Future<Integer>> reads = new java.util.ArrayList<>();
            for (int t = 0; t < readers; t++) {
                reads.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = 0; i < 50; i++) {
                        assertEquals(2, store.articles(ArticleQuery.all()).size());
                        assertEquals(german.analysis(), store.article(german.id()).orElseThrow().analysis());
                        assertEquals(2, store.events(EventQuery.all().source("NATO")).size());
                        assertEquals(1, store.statements(StatementQuery.all().speaker("Jens Stoltenberg")).size());
                        assertFalse(store.actors("russ", 10).isEmpty());
                        assertEquals(1, store.articles(ArticleQuery.all().text("security")).size());
                        n++;
                    }
                    return n;
                }));
            }
            for (var r : reads) {
                assertEquals(50, r.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            release.countDown();
            writer.get(10, java.util.concurrent.TimeUnit.SECONDS);
            // Writes from several threads while others read: every article stored once.
            List<java.util.concurrent.Future<Boolean>> puts = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String text = "Artikel " + t + ": Die Nato beriet mit Russland.";
                StoreFixtures.Article a = new StoreFixtures.Builder("a" + t + ".txt", text, "de",
                        org.lagebild.time.PublicationDate.parse("2024-02-0" + (t + 1)).orElseThrow(), null)
                        .actor("NATO", "Nato", "ORGANIZATION", "NATO", "Nato")
                        .event("e1", "CONSULT", List.of("NATO"), List.of(), null, "beriet", null).build();
                puts.add(pool.submit(() -> store.put(a.analysis(), a.document())));
                puts.add(pool.submit(() -> !store.articles(ArticleQuery.all()).isEmpty()));
            }
            for (var p : puts) {
                assertTrue(p.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(10, store.stats().articles());
            assertEquals(10, store.events(EventQuery.all().source("NATO")).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void putAllStoresABatchAndSkipsTextsAlreadyStoredOrRepeated() {
        StoreFixtures.Article fresh = new StoreFixtures.Builder("bulk.txt", "Die Nato beriet in Brüssel über Abrüstung.",
                "de", org.lagebild.time.PublicationDate.parse("2024-03-01").orElseThrow(), null)
                .actor("NATO", "Nato", "ORGANIZATION", "NATO", "Nato")
                .event("e1", "CONSULT", List.of("NATO"), List.of(), null, "beriet", null).build();
        Store.Entry entry = new Store.Entry(fresh.analysis(), fresh.document());
        assertEquals(1, store.putAll(List.of(new Store.Entry(german.analysis(), german.document()), entry, entry)));
        assertEquals(3, store.stats().articles());
        assertEquals(1, store.articles(ArticleQuery.all().text("Abrüstung")).size(), "indexed and visible at once");
        assertEquals(0, store.putAll(List.of(entry)));
    }

    @Test
    void puttingTheSameTextTwiceStoresItOnce() {
        Store.Stats before = store.stats();
        assertFalse(store.put(german.analysis(), german.document()));
        assertEquals(before, store.stats());
        assertEquals(new Store.Stats(2, 6, 2, 3, 6), before);
    }

    @Test
    void statementsBySpeakerIdNameAndText() {
        List<StatementRow> byId = store.statements(StatementQuery.all().speaker("person:jens-stoltenberg"));
        assertEquals(1, byId.size());
        StatementRow s = byId.get(0);
        assertEquals("es gebe erhebliche Meinungsverschiedenheiten mit Moskau", s.quote());
        assertEquals(s.quote(), StoreFixtures.GERMAN.substring(s.quoteStart(), s.quoteEnd()));
        assertEquals("Jens Stoltenberg", s.speakerName());
        assertEquals("2022-01", s.date());
        assertEquals(byId, store.statements(StatementQuery.all().speaker("jens STOLTENBERG")));
        // German stemming in quotes: singular query, plural in the text
        assertEquals(byId, store.statements(StatementQuery.all().text("Meinungsverschiedenheit")));
        assertEquals("person:ursula-von-der-leyen",
                store.statements(StatementQuery.all().text("securities")).get(0).speakerActor());
        assertTrue(store.statements(StatementQuery.all().text("Meinungsverschiedenheit").speaker("EU")).isEmpty());
        assertEquals(2, store.statements(StatementQuery.all()).size());
        // newest article first
        assertEquals(english.id(), store.statements(StatementQuery.all()).get(0).articleId());
        assertEquals(1, store.statements(StatementQuery.all().between(LocalDate.of(2022, 1, 15), LocalDate.of(2022, 1, 15))).size());
        assertEquals(1, store.statements(StatementQuery.all().page(Page.of(1, 1))).size());
        assertTrue(store.statements(StatementQuery.all().page(Page.of(1, 2))).isEmpty());
    }

    @Test
    void eventsBySourceTargetTypeAndDate() {
        List<EventRow> nato = store.events(EventQuery.all().source("NATO"));
        assertEquals(List.of("e1", "e2"), nato.stream().map(EventRow::eventId).toList());
        assertEquals(List.of("NATO"), nato.get(0).source());
        assertEquals(List.of("RUS"), nato.get(0).target());
        assertEquals(2, store.events(EventQuery.all().target("russland")).size()); // by name
        assertEquals(1, store.events(EventQuery.all().source("RUS")).size());
        assertEquals("THREATEN", store.events(EventQuery.all().source("RUS").target("EU")).get(0).type());
        assertTrue(store.events(EventQuery.all().source("EU").target("RUS")).isEmpty());
        assertEquals(List.of("e2"), store.events(EventQuery.all().type("reject")).stream().map(EventRow::eventId).toList());
        // the event's own date: 12 January 2022 and the year 2021
        assertEquals(List.of("e1"), ids(store.events(EventQuery.all().between(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 12)))));
        assertEquals(List.of("e2"), ids(store.events(EventQuery.all().between(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30)))));
        // no own date: the publication date (4 March 2025)
        assertEquals(List.of("e1"), ids(store.events(EventQuery.all().source("RUS").between(LocalDate.of(2025, 3, 4), null))));
        assertTrue(store.events(EventQuery.all().between(LocalDate.of(2025, 3, 5), null)).isEmpty());
        EventRow e = nato.get(0);
        assertEquals("Verhandlungen", StoreFixtures.GERMAN.substring(e.evidenceStart(), e.evidenceEnd()));
        assertEquals("2022-01-12", e.dateValue());
        assertTrue(e.dateResolved());
        // the gazetteer's coordinates are stored, and the map's filter keeps only located events
        assertEquals("RUS", e.locationCountry());
        assertEquals(55.75222, e.locationLat(), 1e-9);
        assertEquals(37.61556, e.locationLon(), 1e-9);
        assertEquals(524901L, e.locationGeonamesId());
        assertNull(nato.get(1).locationLat());
        assertEquals(List.of("e1"), ids(store.events(EventQuery.all().located(true))));
    }

    @Test
    void countsMatchTheListings() {
        for (StatementQuery q : List.of(StatementQuery.all(), StatementQuery.all().speaker("person:jens-stoltenberg"),
                StatementQuery.all().speaker("jens STOLTENBERG"), StatementQuery.all().speaker("nobody"),
                StatementQuery.all().between(LocalDate.of(2025, 3, 4), null))) {
            assertEquals(store.statements(q).size(), store.count(q), q.toString());
        }
        for (EventQuery q : List.of(EventQuery.all(), EventQuery.all().source("NATO"), EventQuery.all().target("russland"),
                EventQuery.all().source("RUS").target("EU"), EventQuery.all().source("EU").target("RUS"),
                EventQuery.all().source("NATO").type("reject"), EventQuery.all().type("consult"),
                EventQuery.all().source("NATO").between(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 12)))) {
            assertEquals(store.events(q).size(), store.count(q), q.toString());
        }
        assertEquals(2, store.count(EventQuery.all().source("NATO")));
        assertEquals(1, store.count(EventQuery.all().source("NATO").type("REJECT")));
    }

    @Test
    void eventsAndArticlesPerPublicationDay() {
        // The English article is published on a day (2025-03-04), the German one in a month (undated).
        LocalDate day = LocalDate.of(2025, 3, 4);
        Store.EventDays rus = store.eventDays(List.of("RUS"), List.of("EU"), true, null, null);
        assertEquals(List.of(new Store.QuadDay(day, "verbal cooperation", 1, 1.0, 1)), rus.days());
        assertEquals(0, rus.undated());
        // one dated event, counted once; NATO's two events are undated whatever the range
        assertEquals(new Store.EventDays(rus.days(), 2), store.eventDays(List.of("RUS", "NATO"), null, true, day, day));
        assertTrue(store.eventDays(List.of("RUS"), null, true, day.plusDays(1), null).days().isEmpty());
        assertEquals(new Store.EventDays(List.of(), 2), store.eventDays(List.of("NATO"), List.of("RUS"), true, null, null));
        assertEquals(new Store.EventDays(List.of(), 0), store.eventDays(List.of(), null, true, null, null));
        assertEquals(new Store.EventDays(List.of(), 2), store.eventDays(null, List.of("RUS"), false, null, null));
        Store.EventDays all = store.eventDays(null, null, false, null, null);
        assertEquals(List.of(new Store.QuadDay(day, "verbal cooperation", 1, 1.0, 1)), all.days());
        assertEquals(2, all.undated());

        assertEquals(new Store.ArticleDays(java.util.Map.of(day, 1L), 1), store.articleDays(null, null));
        // the German article's month overlaps this range: counted as undated volume
        assertEquals(new Store.ArticleDays(java.util.Map.of(), 1),
                store.articleDays(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1)));
        assertEquals(new Store.ArticleDays(java.util.Map.of(day, 1L), 0), store.articleDays(LocalDate.of(2022, 2, 1), null));
    }

    @Test
    void clusterCountsEqualEventCountsWhenEveryClusterHasOneMention() {
        // The fixture's events are all different events (one mention per cluster), so the
        // cluster-counted series (stored first mentions) equals the per-event aggregate.
        LocalDate day = LocalDate.of(2025, 3, 4);
        List<List<String>> filters = java.util.Arrays.asList(null, List.of("RUS"), List.of("EU"), List.of("NATO"),
                List.of("RUS", "NATO"), List.of());
        for (List<String> sources : filters) {
            for (List<String> targets : filters) {
                for (LocalDate[] r : new LocalDate[][] {{null, null}, {day, day}, {day.plusDays(1), null}}) {
                    for (boolean asserted : new boolean[] {true, false}) {
                        Store.EventDays events = store.eventDays(sources, targets, asserted, r[0], r[1]);
                        Store.EventDays clusters = store.clusterDays(sources, targets, asserted, r[0], r[1]);
                        String what = sources + " -> " + targets + " " + asserted;
                        assertEquals(new java.util.HashSet<>(events.days()), new java.util.HashSet<>(clusters.days()), what);
                        assertEquals(events.undated(), clusters.undated(), what);
                    }
                }
            }
        }
    }

    private static List<String> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::eventId).toList();
    }

    @Test
    void clusterIdsAreTheAskedMentionsOnly() {
        List<EventRow> events = store.events(EventQuery.all());
        Map<String, String> all = store.eventClusterIds(events);
        assertEquals(events.size(), all.size());
        EventRow one = events.get(events.size() - 1);
        String key = one.articleId() + "\u0000" + one.eventId();
        assertEquals(Map.of(key, all.get(key)), store.eventClusterIds(List.of(one, one)));
        List<StatementRow> statements = store.statements(StatementQuery.all());
        Map<String, String> said = store.statementClusterIds(statements);
        assertEquals(statements.size(), said.size());
        StatementRow first = statements.get(0);
        String sk = first.articleId() + "\u0000" + first.statementId();
        assertEquals(Map.of(sk, said.get(sk)), store.statementClusterIds(List.of(first)));
        assertTrue(store.statementClusterIds(List.of()).isEmpty());
    }

    @Test
    void actorsByNameAcrossArticles() {
        List<ActorRow> rus = store.actors("RUS", 10);
        assertEquals(1, rus.size());
        assertEquals(2, rus.get(0).articles());
        assertEquals(3, rus.get(0).mentions());
        assertEquals("person:jens-stoltenberg", store.actors("stoltenb", 10).get(0).id());
        assertEquals(List.of("EU"), store.actors("european", 10).stream().map(ActorRow::id).toList());
        assertEquals("RUS", store.actors(null, 10).get(0).id()); // most frequent first
        assertTrue(store.actors("%", 10).isEmpty()); // LIKE wildcards are literal
    }

    @Test
    void articlesByFullTextWithStemmingAndDates() {
        assertEquals(List.of(german.id()), articleIds(ArticleQuery.all().text("Verhandlung")));
        assertEquals(List.of(german.id()), articleIds(ArticleQuery.all().text("Brüssel"))); // title
        assertEquals(List.of(english.id()), articleIds(ArticleQuery.all().text("rearm")));
        assertEquals(List.of(english.id()), articleIds(ArticleQuery.all().text("threatening")));
        assertTrue(articleIds(ArticleQuery.all().text("Verhandlung").between(LocalDate.of(2023, 1, 1), null)).isEmpty());
        assertEquals(List.of(german.id()), articleIds(ArticleQuery.all().text("Verhandlung")
                .between(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1))));
        assertEquals(List.of(english.id(), german.id()), articleIds(ArticleQuery.all())); // newest first
        assertTrue(articleIds(ArticleQuery.all().text("Kartoffelsalat")).isEmpty());
        // query syntax errors are searched as words, not thrown
        assertTrue(articleIds(ArticleQuery.all().text("Nato AND (")).contains(german.id()));
    }

    private List<String> articleIds(ArticleQuery q) {
        return store.articles(q).stream().map(ArticleRow::id).toList();
    }

    @Test
    void indexIsRebuiltFromTheDatabase() throws Exception {
        store.close();
        store = null;
        deleteTree(dataDir);
        store = Store.open(config(dataDir));
        assertEquals(List.of(german.id()), articleIds(ArticleQuery.all().text("Verhandlungen")));
        assertEquals(1, store.statements(StatementQuery.all().text("security")).size());
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) && !p.getFileName().toString().startsWith("lagebild.")) {
                    java.nio.file.Files.delete(p); // keep the H2 database files, drop the index
                }
            }
        }
    }

    static final List<String> HOSTILE = List.of("'; DROP TABLE articles; --", "x' OR '1'='1",
            "Robert'); DROP TABLE statements;--", "\\'; SELECT pg_sleep(5); --", "%_!\\", "\"quoted\" $$ $1 ?");

    @Test
    void hostileStringsAreStoredAndQueriedLiterally() {
        for (int i = 0; i < HOSTILE.size(); i++) {
            String h = HOSTILE.get(i);
            String text = "Der Sprecher " + h + " sagte " + h + " heute. Zeile " + i;
            StoreFixtures.Builder b = new StoreFixtures.Builder(h, text, "de", null, h);
            b.actor("actor:" + h, h, "PERSON", h, "Sprecher " + h);
            b.statement("s" + h, "actor:" + h, "Sprecher " + h, "sagte " + h, h + " heute");
            b.event("e" + h, "ACCUSE", List.of("actor:" + h), List.of("actor:" + h), h, "sagte", "s" + h);
            Article a = b.build();
            assertTrue(store.put(a.analysis(), a.document()), h);
            assertEquals(a.analysis(), store.article(a.id()).orElseThrow().analysis(), h);
            assertEquals(h, store.article(a.id()).orElseThrow().meta().sourceId());

            List<StatementRow> byId = store.statements(StatementQuery.all().speaker("actor:" + h));
            assertEquals(1, byId.size(), h);
            assertEquals(h + " heute", byId.get(0).quote());
            assertEquals(byId, store.statements(StatementQuery.all().speaker(h)), h); // by name
            store.statements(StatementQuery.all().text(h)); // parses or falls back; must not throw
            assertEquals(1, store.events(EventQuery.all().source(h).target("actor:" + h)).size(), h);
            assertTrue(store.events(EventQuery.all().type(h)).isEmpty(), h);
            assertEquals("actor:" + h, store.actors(h, 5).get(0).id(), h);
            store.articles(ArticleQuery.all().text(h));
            assertTrue(store.article(h).isEmpty());
            assertFalse(store.contains(h));
        }
        Store.Stats s = store.stats(); // every table is still there
        assertEquals(2 + HOSTILE.size(), s.articles());
        assertEquals(2 + HOSTILE.size(), s.statements());
    }

    // ---- Deduplication

    /** The German fixture syndicated: another headline, one sentence edited, one appended. */
    static Article germanCopy() {
        String text = StoreFixtures.GERMAN.replace("zurückgewiesen.", "zurückgewiesen, hieß es in Brüssel.")
                + " Die Gespräche sollen fortgesetzt werden.";
        return StoreFixtures.german("copy.txt", text, "Nato weist Moskau ab");
    }

    @Test
    void syndicatedCopyIsLinkedAndCountsAsNoExtraSource() {
        Article copy = germanCopy();
        assertTrue(store.put(copy.analysis(), copy.document()));
        Duplicate d = store.duplicate(copy.id()).orElseThrow();
        assertEquals(german.id(), d.duplicateOf());
        assertTrue(d.similarity() >= MinHash.THRESHOLD, "similarity " + d.similarity());
        assertEquals(new Duplicate(null, null, 1), store.duplicate(german.id()).orElseThrow());
        assertNull(store.duplicate(english.id()).orElseThrow().duplicateOf());

        List<EventCluster> clusters = store.eventClusters(EventQuery.all().source("NATO"));
        assertEquals(List.of("CONSULT", "REJECT"), clusters.stream().map(EventCluster::type).sorted().toList());
        for (EventCluster c : clusters) {
            assertEquals(2, c.mentions(), c.toString());
            assertEquals(1, c.sources(), "the copy is no second source: " + c);
            assertEquals(List.of("NATO"), c.source());
            assertEquals(List.of("RUS"), c.target());
            EventClusterDetail detail = store.eventCluster(c.id()).orElseThrow();
            assertEquals(Set.of(german.id(), copy.id()),
                    detail.mentions().stream().map(EventRow::articleId).collect(Collectors.toSet()));
            assertTrue(detail.mentions().stream().allMatch(e -> e.evidence() != null && e.type().equals(c.type())));
        }
        EventCluster consult = clusters.stream().filter(c -> c.type().equals("CONSULT")).findFirst().orElseThrow();
        assertEquals("2022-01-12", consult.day());
        assertEquals("2022-01-12", consult.whenFrom());
        assertEquals(List.of(consult), store.eventClusters(EventQuery.all().type("consult").target("RUS")
                .between(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 12))));
        assertTrue(store.eventClusters(EventQuery.all().source("RUS").type("CONSULT")).isEmpty());
        List<EventRow> raw = store.events(EventQuery.all().source("NATO"));
        assertEquals(4, raw.size());
        assertEquals(2, Set.copyOf(store.eventClusterIds(raw).values()).size());

        List<StatementCluster> said = store.statementClusters(StatementQuery.all().speaker("person:jens-stoltenberg"));
        assertEquals(1, said.size());
        assertEquals(2, said.get(0).mentions());
        assertEquals(1, said.get(0).sources());
        assertEquals(2, store.statementCluster(said.get(0).id()).orElseThrow().mentions().size());
        assertTrue(store.eventCluster("no-such-cluster").isEmpty());

        // an independent report of the consultation, two days later: a second source
        String text = "Am Mittwoch haben Vertreter der Nato und Russlands in Brüssel stundenlang beraten. "
                + "Die Verhandlungen brachten nach Angaben beider Seiten keine Annäherung in der Ukraine-Frage. "
                + "Ein weiteres Treffen ist nicht geplant.";
        StoreFixtures.Builder b = new StoreFixtures.Builder("other.txt", text, "de",
                PublicationDate.parse("2022-01-14").orElseThrow(), null);
        b.actor("NATO", "Nato", "ORGANIZATION", "NATO", "Nato");
        b.actor("RUS", "Russland", "COUNTRY", "RUS", "Russlands");
        b.event("e1", "CONSULT", List.of("NATO", "RUS"), List.of("RUS"), "2022-01-12", "Verhandlungen", null);
        Article other = b.build();
        assertTrue(store.put(other.analysis(), other.document()));
        assertNull(store.duplicate(other.id()).orElseThrow().duplicateOf());
        EventCluster joined = store.eventCluster(consult.id()).orElseThrow().cluster();
        assertEquals(3, joined.mentions());
        assertEquals(2, joined.sources());
        assertEquals(List.of("NATO", "RUS"), joined.source());
        assertEquals("2022-01-14", joined.lastSeen());

        // re-storing changes nothing
        Store.Stats stats = store.stats();
        assertFalse(store.put(copy.analysis(), copy.document()));
        assertFalse(store.put(other.analysis(), other.document()));
        assertEquals(stats, store.stats());
        assertEquals(joined, store.eventCluster(consult.id()).orElseThrow().cluster());
    }

    /** An article that names Stoltenberg by surname only. */
    static Article surnameOnly(String source, String date) {
        String text = "Stoltenberg warnte Russland am Donnerstag erneut vor einem Angriff auf die Ukraine. "
                + "Moskau müsse mit schweren Konsequenzen rechnen, sagte Stoltenberg vor Journalisten in Brüssel. "
                + "Quelle " + source;
        StoreFixtures.Builder b = new StoreFixtures.Builder(source, text, "de",
                PublicationDate.parse(date).orElseThrow(), null);
        b.actor("person:stoltenberg", "Stoltenberg", "PERSON", null, "Stoltenberg");
        b.actor("RUS", "Russland", "COUNTRY", "RUS", "Russland");
        b.statement("s1", "person:stoltenberg", "Stoltenberg vor", "sagte", "Moskau müsse mit schweren Konsequenzen rechnen");
        b.event("e1", "THREATEN", List.of("person:stoltenberg"), List.of("RUS"), null, "warnte", null);
        return b.build();
    }

    @Test
    void surnameOnlyPersonResolvesToTheOneFullNameInTheStore() {
        Article a = surnameOnly("stoltenberg-1.txt", "2022-01-13");
        assertTrue(store.put(a.analysis(), a.document()));
        assertEquals(2, store.statements(StatementQuery.all().speaker("person:jens-stoltenberg")).size());
        assertEquals("Jens Stoltenberg", store.statements(StatementQuery.all().speaker("person:jens-stoltenberg"))
                .get(0).speakerName());
        assertTrue(store.statements(StatementQuery.all().speaker("person:stoltenberg")).isEmpty());
        // the full-text index filters speakers itself: it must carry the aliased id as the rows do
        assertEquals(List.of(a.id()), store.statements(StatementQuery.all().text("Konsequenzen")
                .speaker("person:jens-stoltenberg")).stream().map(StatementRow::articleId).toList());
        assertTrue(store.statements(StatementQuery.all().text("Konsequenzen").speaker("person:stoltenberg")).isEmpty());
        Article bulk = surnameOnly("stoltenberg-3.txt", "2022-01-14");
        assertEquals(1, store.putAll(List.of(new Store.Entry(bulk.analysis(), bulk.document()))));
        assertEquals(2, store.statements(StatementQuery.all().text("Konsequenzen").speaker("Jens Stoltenberg")).size());
        assertEquals(1, store.statements(StatementQuery.all().text("Konsequenzen").speaker("person:jens-stoltenberg")
                .between(LocalDate.of(2022, 1, 14), LocalDate.of(2022, 1, 14))).size());
        List<ActorRow> found = store.actors("stoltenberg", 10);
        assertEquals(List.of("person:jens-stoltenberg"), found.stream().map(ActorRow::id).toList());
        assertEquals(3, found.get(0).articles());
        assertEquals("Jens Stoltenberg", found.get(0).name());
        // the stored analysis keeps what the text said
        assertEquals("person:stoltenberg", store.article(a.id()).orElseThrow().analysis().actors().get(0).id());
        List<EventCluster> threats = store.eventClusters(EventQuery.all().type("THREATEN").target("RUS"));
        assertEquals(1, threats.size());
        assertEquals(List.of("person:jens-stoltenberg"), threats.get(0).source());
    }

    @Test
    void anActorIsShownWithTheAffiliationOfItsLatestArticle() {
        String late = "Nato-Generalsekretär Jens Stoltenberg warnte Russland. Quelle spät";
        StoreFixtures.Builder b = new StoreFixtures.Builder("late.txt", late, "de", PublicationDate.parse("2022-01-13").orElseThrow(), null);
        b.actor("person:jens-stoltenberg", "Jens Stoltenberg", "PERSON", null, "Jens Stoltenberg").affiliation("person:jens-stoltenberg", "NATO");
        String early = "Ministerpräsident Jens Stoltenberg sprach in Oslo. Quelle früh";
        StoreFixtures.Builder e = new StoreFixtures.Builder("early.txt", early, "de", PublicationDate.parse("2009-05-02").orElseThrow(), null);
        e.actor("person:jens-stoltenberg", "Jens Stoltenberg", "PERSON", null, "Jens Stoltenberg").affiliation("person:jens-stoltenberg", "NOR");
        Article a = b.build();
        Article c = e.build();
        assertTrue(store.put(a.analysis(), a.document()));
        assertTrue(store.put(c.analysis(), c.document())); // stored later, published earlier: "NOR" > "NATO" was shown
        List<ActorRow> found = store.actors("Jens Stoltenberg", 10);
        assertEquals("person:jens-stoltenberg", found.get(0).id());
        assertEquals("NATO", found.get(0).affiliation());
    }

    @Test
    void ambiguousSurnameIsLeftAlone() {
        String text = "Die Schauspielerin Marie Stoltenberg hat in Oslo einen Preis erhalten. Die Jury lobte ihre Rolle.";
        StoreFixtures.Builder b = new StoreFixtures.Builder("marie.txt", text, "de",
                PublicationDate.parse("2022-01-10").orElseThrow(), null);
        b.actor("person:marie-stoltenberg", "Marie Stoltenberg", "PERSON", null, "Marie Stoltenberg");
        Article marie = b.build();
        assertTrue(store.put(marie.analysis(), marie.document()));
        Article a = surnameOnly("stoltenberg-2.txt", "2022-01-13");
        assertTrue(store.put(a.analysis(), a.document()));
        assertEquals(1, store.statements(StatementQuery.all().speaker("person:stoltenberg")).size());
        assertEquals(1, store.statements(StatementQuery.all().speaker("person:jens-stoltenberg")).size());
    }
}

package org.lagebild.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.ingest.Document;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.store.Store;
import org.lagebild.store.StoreConfig;
import org.lagebild.time.PublicationDate;

/** The API over a real H2 store filled with articles analysed by the full pipeline (CoreNLP). */
class ApiServerTest {
    static final String WRITE = "write-token-0123456789";
    static final String DE = "Die Nato und Russland haben am Mittwoch in Brüssel über die Lage in der Ukraine beraten. "
            + "Nato-Generalsekretär Jens Stoltenberg sagte nach dem Treffen: „Wir werden keine Kompromisse bei "
            + "unseren Grundprinzipien machen.“ Die Nato wies die Forderungen Moskaus zurück.";
    /** DE syndicated a day later under another headline, with one sentence added. */
    static final String DE_COPY = DE + " Das Treffen dauerte fast fünf Stunden.";
    static final String EN = "NATO Secretary General Jens Stoltenberg met Russian officials in Brussels on Wednesday. "
            + "\"We are ready to talk, but we will not compromise on our core principles,\" Stoltenberg said. "
            + "Russia accused NATO of ignoring its security concerns.";
    static final String EN2 = "Germany criticised Russia on Thursday. \"The troop build-up is a threat,\" German "
            + "Foreign Minister Annalena Baerbock said in Berlin.";

    @TempDir
    static Path dir;
    static Store store;
    static Analyzer analyzer;
    static ApiServer server;
    static final StringWriter log = new StringWriter();
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        analyzer = new Analyzer();
        put("de-1", DE, "de", "2022-01-12", "Nato-Russland-Rat");
        put("en-1", EN, "en", "2022-01-13", "NATO and Russia");
        put("de-2", DE_COPY, "de", "2022-01-13", "Nato bleibt hart");
        put("en-2", EN2, "en", "2022-01-20", null);
        server = ApiServer.start(store, analyzer, ServerConfig.of("127.0.0.1", 0, WRITE, null), new PrintWriter(log));
    }

    static void put(String id, String text, String lang, String date, String title) throws Exception {
        Document d = new Document(id, text, lang, PublicationDate.parse(date).orElseThrow(), title, null, id);
        assertTrue(store.put(analyzer.analyze(d), d));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(server, path);
    }

    /** GET on a test server (also used by the other endpoint tests). */
    static HttpResponse<String> get(ApiServer on, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode ok(String path) throws Exception {
        return ok(server, path);
    }

    /** A 200 JSON answer of a test server, parsed. */
    static JsonNode ok(ApiServer on, String path) throws Exception {
        HttpResponse<String> r = get(on, path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        assertJson(r);
        return json.readTree(r.body());
    }

    /** Jetty writes the type as "application/json;charset=utf-8". */
    static void assertJson(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
        assertEquals("application/json;charset=utf-8", type, r.uri().toString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> post(ApiServer to, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + "/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A 4xx answer with a JSON error naming what is wrong. */
    static void assertError(int status, String mentions, HttpResponse<String> r) throws IOException {
        assertEquals(status, r.statusCode(), r.uri() + " -> " + r.body());
        assertJson(r);
        String error = json.readTree(r.body()).path("error").asText();
        assertTrue(error.contains(mentions), "error '" + error + "' should mention '" + mentions + "'");
    }

    /** The field of each element, or each element itself when field is null. */
    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add((field == null ? n : n.path(field)).asText(null)));
        return out;
    }

    static String idOf(String text) {
        return Store.articleId(text);
    }

    @Test
    void healthAndSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("ok", json.readTree(r.body()).path("status").asText());
        for (String path : List.of("/health", "/api/articles", "/no/such/path")) {
            HttpResponse<String> h = get(path);
            assertEquals("nosniff", h.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(h.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"), path);
        }
    }

    @Test
    void dashboardIsServedAtRootUnderItsOwnStrictPolicy() throws Exception {
        Assumptions.assumeTrue(ApiServer.class.getResource(ApiServer.DASHBOARD + "/index.html") != null,
                "the dashboard was not built (-DskipFrontend)");
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe"), csp);
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
        HttpResponse<String> js = get(script.group(1));
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript;charset=utf-8", js.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertEquals(ApiServer.DASHBOARD_CSP, js.headers().firstValue("Content-Security-Policy").orElse(""));
        int traversal = get("/assets/..%2F..%2Fopenapi.json").statusCode(); // Jetty refuses encoded slashes
        assertTrue(traversal == 400 || traversal == 404, "traversal answered " + traversal);
        assertEquals(404, get("/assets/..openapi.json").statusCode());
        assertEquals(404, get("/assets/x.class").statusCode());
        // The API keeps its own policy next to the dashboard.
        assertTrue(get("/api/articles").headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    }

    @Test
    void unknownRouteIsJson404() throws Exception {
        assertError(404, "", get("/api/nothing"));
    }

    @Test
    void openApiListsEveryPathAndEveryPathAnswers() throws Exception {
        JsonNode doc = ok("/openapi.json");
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        Set<String> paths = new HashSet<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(Set.of("/health", "/openapi.json", "/api/articles", "/api/articles/{id}", "/api/statements",
                "/api/statements/{id}", "/api/events", "/api/events/{id}", "/api/actors", "/api/actors/{id}",
                "/api/series", "/api/forums", "/api/forums/{id}", "/api/actors/{id}/roles"), paths);
        assertTrue(doc.path("paths").path("/api/articles").has("post"));
        String eventCluster = ok("/api/events?dedup=true").path("items").get(0).path("id").asText();
        String statementCluster = ok("/api/statements?dedup=true").path("items").get(0).path("id").asText();
        String forum = ok("/api/forums").path("items").get(0).path("id").asText();
        for (String p : paths) {
            String concrete = p.replace("/api/articles/{id}", "/api/articles/" + idOf(DE))
                    .replace("/api/events/{id}", "/api/events/" + eventCluster)
                    .replace("/api/statements/{id}", "/api/statements/" + statementCluster)
                    .replace("/api/forums/{id}", "/api/forums/" + forum)
                    .replace("{id}", "NATO");
            assertEquals(200, get(concrete).statusCode(), concrete);
        }
    }

    @Test
    void articlesListFilterAndPage() throws Exception {
        JsonNode all = ok("/api/articles");
        List<String> ids = texts(all.path("items"), "id");
        assertTrue(ids.containsAll(List.of(idOf(DE), idOf(EN), idOf(EN2))), ids.toString());
        JsonNode first = all.path("items").get(0);
        for (String f : List.of("id", "sourceId", "lang", "date", "title", "url", "ingestedAt")) {
            assertTrue(first.has(f), f);
        }
        List<String> ranged = texts(ok("/api/articles?from=2022-01-13&to=2022-01-31").path("items"), "id");
        assertTrue(ranged.containsAll(List.of(idOf(EN), idOf(EN2))));
        assertFalse(ranged.contains(idOf(DE)));
        assertEquals(1, ok("/api/articles?limit=1").path("items").size());
        assertEquals(idOf(DE), ok("/api/articles?from=2022-01-12&to=2022-01-12").path("items").get(0).path("id").asText());
        assertEquals(500, ok("/api/articles?limit=100000").path("limit").asInt(), "limit is capped");
        List<String> hits = texts(ok("/api/articles?q=" + enc("Stoltenberg")).path("items"), "id");
        assertTrue(hits.containsAll(List.of(idOf(DE), idOf(EN))) && !hits.contains(idOf(EN2)), hits.toString());
        assertEquals(0, ok("/api/articles?offset=9000").path("items").size());
    }

    @Test
    void articleByIdHasTextAndSpans() throws Exception {
        JsonNode a = ok("/api/articles/" + idOf(DE));
        assertEquals("de-1", a.path("meta").path("sourceId").asText());
        JsonNode analysis = a.path("analysis");
        String text = analysis.path("text").asText();
        assertEquals(DE, text);
        assertTrue(analysis.path("actors").size() > 0 && analysis.path("events").size() > 0);
        for (JsonNode s : analysis.path("statements")) {
            JsonNode q = s.path("quote");
            assertEquals(q.path("text").asText(), text.substring(q.path("start").asInt(), q.path("end").asInt()));
        }
        for (JsonNode actor : analysis.path("actors")) {
            for (JsonNode m : actor.path("mentions")) {
                assertEquals(m.path("text").asText(), text.substring(m.path("start").asInt(), m.path("end").asInt()));
            }
        }
        assertError(404, "no article", get("/api/articles/" + "0".repeat(64)));
        assertError(404, "no article", get("/api/articles/not-an-id"));
    }

    @Test
    void statementsBySpeakerNameAndText() throws Exception {
        JsonNode r = ok("/api/statements?speaker=Stoltenberg");
        assertEquals(List.of("person:jens-stoltenberg"), texts(r.path("resolved").path("speaker").path("actors"), "id"));
        List<String> speakers = texts(r.path("items"), "speakerActor");
        assertTrue(speakers.size() >= 2, r.toString());
        assertEquals(Set.of("person:jens-stoltenberg"), new HashSet<>(speakers));
        // newest first
        assertEquals("2022-01-13", r.path("items").get(0).path("date").asText());
        assertEquals(speakers.size(), ok("/api/statements?speaker=person:jens-stoltenberg").path("items").size());
        JsonNode none = ok("/api/statements?speaker=Niemandsname");
        assertEquals(0, none.path("items").size());
        assertEquals(0, none.path("resolved").path("speaker").path("actors").size());
        JsonNode byText = ok("/api/statements?q=Kompromisse");
        assertTrue(texts(byText.path("items"), "quote").stream().anyMatch(q -> q.contains("Kompromisse")));
        assertEquals(0, ok("/api/statements?speaker=Stoltenberg&from=2022-02-01").path("items").size());
    }

    @Test
    void eventsByCodeNameAndType() throws Exception {
        JsonNode nato = ok("/api/events?source=NATO");
        assertEquals(List.of("NATO"), texts(nato.path("resolved").path("source").path("actors"), "id"));
        assertTrue(nato.path("items").size() >= 1);
        for (JsonNode e : nato.path("items")) {
            assertTrue(e.path("source").toString().contains("\"NATO\""), e.toString());
        }
        JsonNode rus = ok("/api/events?source=RUS");
        assertTrue(texts(rus.path("resolved").path("source").path("actors"), "id").contains("RUS"));
        JsonNode stoltenberg = ok("/api/events?source=" + enc("Jens Stoltenberg"));
        assertTrue(stoltenberg.path("items").size() >= 1);
        for (JsonNode e : stoltenberg.path("items")) {
            assertTrue(e.path("source").toString().contains("person:jens-stoltenberg"));
        }
        JsonNode consult = ok("/api/events?type=consult");
        assertTrue(consult.path("items").size() >= 1);
        assertEquals(Set.of("CONSULT"), new HashSet<>(texts(consult.path("items"), "type")));
        JsonNode e = consult.path("items").get(0);
        for (String f : List.of("articleId", "eventId", "quad", "intensity", "source", "target", "evidence",
                "evidenceStart", "evidenceEnd", "negated", "dateValue", "date")) {
            assertTrue(e.has(f), f);
        }
        assertEquals(0, ok("/api/events?source=NATO&target=Niemandsname").path("items").size());
        assertError(400, "type", get("/api/events?type=" + enc("CONSULT' OR 1=1")));
    }

    @Test
    void locatedEventsCarryTheGazetteersCoordinates() throws Exception {
        JsonNode located = ok("/api/events?located=true&limit=500").path("items");
        assertTrue(located.size() >= 1);
        for (JsonNode e : located) {
            assertTrue(e.path("locationLat").isNumber() && e.path("locationLon").isNumber(), e.toString());
        }
        // "in Brüssel" / "in Brussels": GeoNames' Brussels, in Belgium
        JsonNode brussels = null;
        for (JsonNode e : located) {
            if ("BEL".equals(e.path("locationCountry").asText())) {
                brussels = e;
            }
        }
        assertTrue(brussels != null, located.toString());
        assertEquals(50.85, brussels.path("locationLat").asDouble(), 0.1);
        assertEquals(4.35, brussels.path("locationLon").asDouble(), 0.1);
        assertTrue(ok("/api/events?limit=500").path("items").size() >= located.size());
        assertError(400, "located", get("/api/events?located=maybe"));
    }

    @Test
    void actorsSearchAndDetail() throws Exception {
        assertEquals("NATO", ok("/api/actors?q=nato").path("items").get(0).path("id").asText());
        assertTrue(texts(ok("/api/actors?q=stoltenberg").path("items"), "id").contains("person:jens-stoltenberg"));
        assertTrue(texts(ok("/api/actors?q=RUS").path("items"), "id").containsAll(List.of("RUS")));
        assertTrue(ok("/api/actors").path("items").size() >= 3);

        JsonNode s = ok("/api/actors/person:jens-stoltenberg");
        assertEquals("Jens Stoltenberg", s.path("name").asText());
        assertEquals("Q57665", s.path("wikidata").asText(), "the registry's checked QID");
        assertEquals("PERSON", s.path("type").asText());
        assertTrue(s.path("statements").asInt() >= 2, s.toString());
        assertTrue(s.path("eventsAsSource").asInt() >= 1, s.toString());
        assertTrue(s.path("roles").isArray() && s.path("codes").isArray());
        assertTrue(s.path("recentStatements").size() >= 2);
        assertFalse(s.path("countsCapped").asBoolean());

        JsonNode n = ok("/api/actors/NATO");
        assertTrue(n.path("codes").toString().contains("\"NATO\""), n.toString());
        assertTrue(n.has("wikidata") && n.path("wikidata").isNull(), "no QID for an organisation: " + n);
        assertEquals(ok("/api/events?source=NATO&limit=500").path("items").size(), n.path("eventsAsSource").asInt());
        assertError(404, "no actor", get("/api/actors/" + enc("person:nobody")));
    }

    @Test
    void seriesCountsMatchEventsAndVolume() throws Exception {
        JsonNode r = ok("/api/series?source=NATO&interval=day&from=2022-01-10&to=2022-01-23&count=raw");
        assertEquals("raw", r.path("count").asText());
        JsonNode buckets = r.path("series").path("buckets");
        assertEquals(14, buckets.size());
        assertEquals("2022-01-10", buckets.get(0).path("start").asText());
        int events = 0;
        int articles = 0;
        for (JsonNode b : buckets) {
            events += b.path("events").asInt();
            articles += b.path("articles").asInt();
            int quadSum = 0;
            for (JsonNode c : b.path("quad")) {
                quadSum += c.asInt();
            }
            assertEquals(b.path("events").asInt(), quadSum, b.toString());
            if (b.path("articles").asInt() > 0) {
                assertEquals(b.path("events").asDouble() / b.path("articles").asDouble(),
                        b.path("eventsPerArticle").asDouble(), 1e-9);
            } else {
                assertTrue(b.path("eventsPerArticle").isNull());
            }
        }
        assertEquals(4, articles, "the four fixture articles are published in the range");
        int asserted = 0;
        Set<String> assertedClusters = new HashSet<>();
        for (JsonNode e : ok("/api/events?source=NATO&limit=500").path("items")) {
            boolean a = !e.path("negated").asBoolean() && !e.path("hypothetical").asBoolean()
                    && !e.path("future").asBoolean() && !e.path("historical").asBoolean();
            asserted += a ? 1 : 0;
            if (a) {
                assertedClusters.add(e.path("cluster").asText());
            }
        }
        assertEquals(asserted, events);
        // by default each event cluster counts once: the syndicated copy adds no events
        JsonNode deduplicated = ok("/api/series?source=NATO&interval=day&from=2022-01-10&to=2022-01-23");
        assertEquals("clusters", deduplicated.path("count").asText());
        int clustered = 0;
        for (JsonNode b : deduplicated.path("series").path("buckets")) {
            clustered += b.path("events").asInt();
        }
        assertEquals(assertedClusters.size(), clustered);
        assertTrue(clustered < events, clustered + " clusters, " + events + " mentions");
        JsonNode day12 = buckets.get(2);
        assertEquals("2022-01-12", day12.path("start").asText());
        assertEquals(1, day12.path("articles").asInt());

        JsonNode weeks = ok("/api/series?interval=week&modality=all&count=raw&from=2022-01-10&to=2022-01-23").path("series");
        assertEquals(2, weeks.path("buckets").size());
        assertEquals("2022-01-16", weeks.path("buckets").get(0).path("end").asText());
        int all = weeks.path("buckets").get(0).path("events").asInt() + weeks.path("buckets").get(1).path("events").asInt();
        assertTrue(all > events, "modality=all counts every event of every actor");
        assertEquals(0, ok("/api/series?source=Niemandsname").path("series").path("buckets").size());
        assertError(400, "interval", get("/api/series?interval=month"));
        assertError(400, "from", get("/api/series?interval=day&from=1900-01-01&to=2022-01-01"));
    }

    @Test
    void syndicatedCopyIsLinkedAndEventsAreClustered() throws Exception {
        JsonNode copy = ok("/api/articles/" + idOf(DE_COPY));
        assertEquals(idOf(DE), copy.path("duplicate").path("duplicateOf").asText());
        assertTrue(copy.path("duplicate").path("similarity").asDouble() >= 0.5);
        assertEquals(1, ok("/api/articles/" + idOf(DE)).path("duplicate").path("duplicates").asInt());
        assertTrue(ok("/api/articles/" + idOf(EN)).path("duplicate").path("duplicateOf").isNull());

        JsonNode raw = ok("/api/events?source=NATO&limit=500").path("items");
        JsonNode clusters = ok("/api/events?source=NATO&dedup=true&limit=500").path("items");
        assertTrue(clusters.size() < raw.size(), clusters.size() + " clusters, " + raw.size() + " events");
        int shared = 0;
        for (JsonNode c : clusters) {
            for (String f : List.of("id", "type", "source", "target", "mentions", "sources", "firstSeen", "lastSeen")) {
                assertTrue(c.has(f), f);
            }
            JsonNode detail = ok("/api/events/" + c.path("id").asText());
            assertEquals(c.path("mentions").asInt(), detail.path("mentions").size());
            Set<String> articles = new HashSet<>(texts(detail.path("mentions"), "articleId"));
            if (articles.contains(idOf(DE))) {
                assertTrue(articles.contains(idOf(DE_COPY)), detail.toString());
                shared++;
            }
            if (articles.equals(Set.of(idOf(DE), idOf(DE_COPY)))) {
                assertEquals(1, c.path("sources").asInt(), "the copy is no second source: " + c);
            }
            for (JsonNode m : detail.path("mentions")) {
                assertFalse(m.path("evidence").asText().isEmpty());
            }
        }
        assertTrue(shared >= 1, clusters.toString());
        for (JsonNode e : raw) {
            assertTrue(e.path("cluster").asText().matches("e[0-9a-f]{23}"), e.toString());
        }

        JsonNode said = ok("/api/statements?speaker=Stoltenberg&dedup=true").path("items");
        boolean twice = false;
        for (JsonNode s : said) {
            JsonNode detail = ok("/api/statements/" + s.path("id").asText());
            Set<String> articles = new HashSet<>(texts(detail.path("mentions"), "articleId"));
            if (articles.equals(Set.of(idOf(DE), idOf(DE_COPY)))) {
                twice = true;
                assertEquals(2, s.path("mentions").asInt());
                assertEquals(1, s.path("sources").asInt());
            }
        }
        assertTrue(twice, said.toString());
        assertTrue(ok("/api/statements?speaker=Stoltenberg").path("items").get(0).path("cluster").asText()
                .matches("s[0-9a-f]{23}"));

        assertError(404, "no event cluster", get("/api/events/e" + "0".repeat(23)));
        assertError(404, "no event cluster", get("/api/events/NATO"));
        assertError(404, "no statement cluster", get("/api/statements/" + enc("s'; DROP TABLE x")));
        assertError(400, "q", get("/api/statements?dedup=true&q=Kompromisse"));
        assertError(400, "dedup", get("/api/events?dedup=maybe"));
        assertError(400, "count", get("/api/series?count=some"));
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        assertError(400, "from", get("/api/articles?from=2022-13-01"));
        assertError(400, "to", get("/api/events?to=yesterday"));
        assertError(400, "from", get("/api/statements?from=2022-02-01&to=2022-01-01"));
        assertError(400, "offset", get("/api/articles?offset=-1"));
        assertError(400, "offset", get("/api/articles?offset=99999999"));
        assertError(400, "limit", get("/api/articles?limit=abc"));
        assertError(400, "limit", get("/api/events?limit=0"));
        assertError(400, "q", get("/api/articles?q=" + "x".repeat(600)));
    }

    @Test
    void oneReadWorkerServesConcurrentReadsAndErrorsFreeIt() throws Exception {
        ServerConfig one = new ServerConfig("127.0.0.1", 0, null, null, ServerConfig.DEFAULT_MAX_BODY_BYTES, 1, 1);
        try (ApiServer narrow = ApiServer.start(store, analyzer, one, new PrintWriter(log))) {
            // errors (404, 400) must give their slot back, else the next read would wait 30 s and get 503
            for (int i = 0; i < 3; i++) {
                assertEquals(404, get(narrow, "/api/articles/" + "0".repeat(64)).statusCode());
                assertEquals(400, get(narrow, "/api/events?type=no-such-type!").statusCode());
            }
            String expected = get(server, "/api/statements?speaker=NATO").body();
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                all.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + narrow.port()
                        + "/api/statements?speaker=NATO")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            for (var f : all) {
                HttpResponse<String> r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, r.statusCode());
                assertEquals(expected, r.body());
            }
        }
    }

    @Test
    void postNeedsTheWriteToken() throws Exception {
        String body = "{\"text\": \"Russia and Ukraine met in Geneva on Monday.\", \"lang\": \"en\"}";
        HttpResponse<String> none = post(server, null, body);
        assertError(401, "token", none);
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(null));
        assertError(401, "token", post(server, "wrong-token-123", body));
        assertFalse(store.contains(idOf("Russia and Ukraine met in Geneva on Monday.")));
        try (ApiServer readOnly = ApiServer.start(store, analyzer, ServerConfig.of("127.0.0.1", 0, null, null),
                new PrintWriter(log))) {
            assertError(403, "disabled", post(readOnly, WRITE, body));
        }
    }

    @Test
    void postRejectsOversizedAndMalformedBodies() throws Exception {
        String big = "{\"text\": \"" + "a".repeat(ServerConfig.DEFAULT_MAX_BODY_BYTES + 10) + "\"}";
        assertError(413, "body", post(server, WRITE, big));
        assertError(400, "body", post(server, WRITE, "{not json"));
        assertError(400, "body", post(server, WRITE, "[1, 2]"));
        assertError(400, "text", post(server, WRITE, "{\"title\": \"no text\"}"));
        assertError(400, "date", post(server, WRITE, "{\"text\": \"Some text.\", \"date\": \"2022-99-99\"}"));
        assertError(400, "lang", post(server, WRITE, "{\"text\": \"Ein Text.\", \"lang\": \"fr\"}"));
        assertError(400, "body", post(server, WRITE, "{\"text\": \"Ein Text.\", \"txet\": 1}"));
    }

    @Test
    void postedMarkupIsStoredAndReturnedVerbatimAsJsonString() throws Exception {
        String text = "<script>alert(1)</script> Russia threatened Ukraine on Monday, officials said in Kyiv.";
        String body = json.writeValueAsString(java.util.Map.of("id", "xss", "text", text, "lang", "en",
                "date", "2022-03-01", "title", "<b>title</b>"));
        HttpResponse<String> created = post(server, WRITE, body);
        assertEquals(201, created.statusCode(), created.body());
        assertJson(created);
        String id = json.readTree(created.body()).path("id").asText();
        assertEquals(idOf(text), id);
        assertEquals("/api/articles/" + id, created.headers().firstValue("Location").orElse(null));

        HttpResponse<String> r = get("/api/articles/" + id);
        assertEquals(200, r.statusCode());
        assertJson(r);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        JsonNode a = json.readTree(r.body());
        assertEquals(text, a.path("analysis").path("text").asText());
        assertEquals("<b>title</b>", a.path("meta").path("title").asText());
        assertTrue(r.body().contains("\"<script>alert(1)</script> Russia"), "the text is a JSON string as given");
        assertTrue(texts(ok("/api/articles?from=2022-03-01").path("items"), "id").contains(id));

        HttpResponse<String> again = post(server, WRITE, body);
        assertEquals(200, again.statusCode());
        assertFalse(json.readTree(again.body()).path("stored").asBoolean());
    }

    @Test
    void readTokenGuardsReadsButNotHealth() throws Exception {
        String read = "read-token-abcdefgh";
        try (ApiServer guarded = ApiServer.start(store, analyzer, ServerConfig.of("127.0.0.1", 0, WRITE, read),
                new PrintWriter(log))) {
            String base = "http://127.0.0.1:" + guarded.port();
            HttpResponse<String> anon = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertError(401, "token", anon);
            for (String token : List.of(read, WRITE)) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
            }
            HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, h.statusCode());
            assertError(401, "token", http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Authorization", "Bearer wrong-token-1").build(), HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void noInternalErrorsWereLogged() {
        // runs in any order; internal errors of earlier tests would show here or in their own status codes
        assertEquals("", log.toString().lines().filter(l -> l.contains("internal")).reduce("", String::concat));
    }
}

package org.lagebild.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.ingest.Document;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;
import org.lagebild.model.ForumRecord;
import org.lagebild.store.Store;
import org.lagebild.store.StoreConfig;
import org.lagebild.time.PublicationDate;

/**
 * /api/forums, /api/forums/{id} and /api/actors/{id}/roles over a small store of hand-made
 * analyses (no NLP models needed): filters, evidence, registry offices, limits and 4xx.
 */
class ForumEndpointsTest {
    static final String COUNCIL = "Die Nato und Russland berieten am Mittwoch fast fünf Stunden in Brüssel. "
            + "Nato-Generalsekretär Jens Stoltenberg leitete den Nato-Russland-Rat.";
    static final String HOSTILE = "Beim Gipfel in <b>Wien</b> im Juli 2019 traf <script>alert(1)</script> die OSZE.";
    static final String PLAIN = "Russland kritisierte die Nato am Freitag.";

    @TempDir
    static Path dir;
    static Store store;
    static ApiServer server;
    static final StringWriter log = new StringWriter();
    static final ObjectMapper json = new ObjectMapper();

    static Evidence ev(String text, String phrase) {
        int i = text.indexOf(phrase);
        if (i < 0) {
            throw new IllegalArgumentException(phrase);
        }
        return new Evidence(i, i + phrase.length(), phrase);
    }

    static ActorRecord actor(String text, String id, String name, String type, String code, List<ActorRecord.RoleRecord> roles,
                             String... mentions) {
        List<ActorRecord.MentionRecord> ms = new ArrayList<>();
        for (String m : mentions) {
            boolean role = m.startsWith("role:");
            Evidence e = ev(text, role ? m.substring(5) : m);
            ms.add(new ActorRecord.MentionRecord(e.start(), e.end(), e.text(), role ? "role" : "name", false));
        }
        return new ActorRecord(id, name, type, code, null, null, null, null, null, roles, ms);
    }

    static void put(String id, String text, String date, List<ActorRecord> actors, List<EventRecord> events,
                    List<ForumRecord> forums) {
        Analysis a = new Analysis(id, "de", date, "DAY", "Titel " + id, null, text, actors, List.of(), events, forums, List.of(),
                List.of(), List.of());
        Document d = new Document(id, text, "de", PublicationDate.parse(date).orElseThrow(), "Titel " + id, null, id);
        assertTrue(store.put(a, d));
    }

    @BeforeAll
    static void start() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        String t = COUNCIL;
        EventRecord consult = new EventRecord("e1", "CONSULT", null, List.of(), "VC", 1.0, "04", List.of("NATO"),
                List.of("RUS"), false, false, false, false, new EventRecord.EventDate("2022-01-12", "DAY", true, "am Mittwoch"),
                null, null, new EventRecord.Trigger(ev(t, "berieten").start(), ev(t, "berieten").end(), "berieten", "beraten"),
                ev(t, "Die Nato und Russland berieten am Mittwoch fast fünf Stunden in Brüssel."), List.of(), List.of());
        ForumRecord council = new ForumRecord("f1", "council", "NRC",
                List.of(new ForumRecord.Mention(ev(t, "berieten"), ev(t, "Nato-Russland-Rat"))),
                List.of(new ForumRecord.Participant("NATO", "Nato", "participant", "NATO", ev(t, "Nato"), null),
                        new ForumRecord.Participant("RUS", "Russland", "participant", "RUS", ev(t, "Russland"), null),
                        new ForumRecord.Participant("person:jens-stoltenberg", "Jens Stoltenberg", "participant", "NATO",
                                ev(t, "Jens Stoltenberg"), ev(t, "Nato-Generalsekretär"))),
                new ForumRecord.Place("place:brussel", "Brüssel", ev(t, "Brüssel")),
                new ForumRecord.ForumDate("2022-01-12", "DAY", true, ev(t, "am Mittwoch")),
                new ForumRecord.Duration("PT5H", true, "approx", ev(t, "fast fünf Stunden")), false,
                List.of(new ForumRecord.Outcome("consult", "e1", "CONSULT", ev(t, "berieten"))));
        put("council", t, "2022-01-12",
                List.of(actor(t, "NATO", "Nato", "ORGANIZATION", "NATO", List.of(), "Nato"),
                        actor(t, "NRC", "Nato-Russland-Rat", "ORGANIZATION", "NRC", List.of(), "Nato-Russland-Rat"),
                        actor(t, "RUS", "Russland", "COUNTRY", "RUS", List.of(), "Russland"),
                        actor(t, "person:jens-stoltenberg", "Jens Stoltenberg", "PERSON", null,
                                List.of(new ActorRecord.RoleRecord("Generalsekretär", "NATO", "secretary_general"),
                                        new ActorRecord.RoleRecord("Generalsekretär", "NATO", "secretary_general",
                                                "2014-10-01", "2024-10-01", "registry")),
                                "Jens Stoltenberg", "role:Nato-Generalsekretär")),
                List.of(consult), List.of(council));

        String h = HOSTILE;
        ForumRecord summit = new ForumRecord("f1", "summit", "OSCE",
                List.of(new ForumRecord.Mention(ev(h, "Gipfel"), ev(h, "Gipfel"))),
                List.of(new ForumRecord.Participant("group:<script>", "<script>alert(1)</script>", "participant", null,
                        ev(h, "<script>alert(1)</script>"), null)),
                new ForumRecord.Place(null, "<b>Wien</b>", ev(h, "<b>Wien</b>")),
                new ForumRecord.ForumDate("2019-07", "MONTH", true, ev(h, "im Juli 2019")), null, false, List.of());
        put("hostile", h, "2022-02-20",
                List.of(actor(h, "group:<script>", "<script>alert(1)</script>", "GROUP", null, List.of(),
                        "<script>alert(1)</script>")),
                List.of(), List.of(summit));
        put("plain", PLAIN, "2022-01-14", List.of(actor(PLAIN, "RUS", "Russland", "COUNTRY", "RUS", List.of(), "Russland")),
                List.of(), List.of());
        server = ApiServer.start(store, null, ServerConfig.of("127.0.0.1", 0, null, null), new PrintWriter(log));
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

    static HttpResponse<String> get(String path) throws Exception {
        return ApiServerTest.get(server, path);
    }

    static JsonNode ok(String path) throws Exception {
        return ApiServerTest.ok(server, path);
    }

    static void error(int status, String mentions, String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path + " -> " + r.body());
        assertTrue(json.readTree(r.body()).path("error").asText().contains(mentions), r.body());
    }

    static List<String> ids(JsonNode listing) {
        List<String> out = new ArrayList<>();
        listing.path("items").forEach(n -> out.add(n.path("id").asText()));
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static final String COUNCIL_ID = Store.articleId(COUNCIL) + ":f1";
    static final String HOSTILE_ID = Store.articleId(HOSTILE) + ":f1";

    @Test
    void listIsNewestFirstByTheForumsOwnDate() throws Exception {
        JsonNode all = ok("/api/forums");
        // The 2019 summit is reported in a 2022 article but filed under its own month.
        assertEquals(List.of(COUNCIL_ID, HOSTILE_ID), ids(all));
        JsonNode first = all.path("items").get(0);
        assertEquals("council", first.path("kind").asText());
        assertEquals("NRC", first.path("body").asText());
        assertEquals("Brüssel", first.path("placeName").asText());
        assertEquals("PT5H", first.path("duration").asText());
        assertEquals("2022-01-12", first.path("from").asText());
        assertEquals("Titel council", first.path("articleTitle").asText());
        assertEquals(3, first.path("participants").size());
        JsonNode stoltenberg = first.path("participants").get(2);
        assertEquals("person:jens-stoltenberg", stoltenberg.path("actor").asText());
        assertEquals("Jens Stoltenberg", stoltenberg.path("name").asText());
        assertEquals("NATO", stoltenberg.path("represents").asText());
        JsonNode summit = all.path("items").get(1);
        assertEquals("2019-07-01", summit.path("from").asText());
        assertEquals("<script>alert(1)</script>", summit.path("participants").get(0).path("name").asText());
    }

    @Test
    void filtersByActorTextAndDates() throws Exception {
        assertEquals(List.of(COUNCIL_ID), ids(ok("/api/forums?actor=Stoltenberg")));
        JsonNode byCode = ok("/api/forums?actor=RUS");
        assertEquals(List.of(COUNCIL_ID), ids(byCode));
        assertEquals("RUS", byCode.path("resolved").path("actor").path("actors").get(0).path("id").asText());
        assertEquals(List.of(COUNCIL_ID), ids(ok("/api/forums?actor=NRC"))); // the body that meets
        assertEquals(List.of(), ids(ok("/api/forums?actor=nobody-at-all")));
        assertEquals(List.of(HOSTILE_ID), ids(ok("/api/forums?q=" + enc("<script>"))));
        assertEquals(List.of(COUNCIL_ID), ids(ok("/api/forums?q=" + enc("brüssel council"))));
        assertEquals(List.of(), ids(ok("/api/forums?q=" + enc("100%_"))));
        assertEquals(List.of(HOSTILE_ID), ids(ok("/api/forums?from=2019-07-31&to=2019-08-01")));
        assertEquals(List.of(COUNCIL_ID), ids(ok("/api/forums?from=2022-01-01")));
        assertEquals(List.of(), ids(ok("/api/forums?from=2022-02-01")));
        assertEquals(List.of(HOSTILE_ID), ids(ok("/api/forums?limit=1&offset=1")));
        assertEquals(500, ok("/api/forums?limit=100000").path("limit").asInt());
    }

    @Test
    void detailHasEvidenceOffsetsAndOutcomeRecords() throws Exception {
        JsonNode d = ok("/api/forums/" + COUNCIL_ID);
        assertEquals(COUNCIL_ID, d.path("id").asText());
        assertEquals(Store.articleId(COUNCIL), d.path("article").path("id").asText());
        JsonNode f = d.path("forum");
        JsonNode place = f.path("place").path("evidence");
        assertEquals("Brüssel", COUNCIL.substring(place.path("start").asInt(), place.path("end").asInt()));
        JsonNode rep = f.path("participants").get(2).path("representsEvidence");
        assertEquals("Nato-Generalsekretär", COUNCIL.substring(rep.path("start").asInt(), rep.path("end").asInt()));
        assertEquals("PT5H", f.path("duration").path("value").asText());
        assertTrue(f.path("duration").path("approximate").asBoolean());
        assertEquals("e1", f.path("outcomes").get(0).path("ref").asText());
        assertEquals("CONSULT", d.path("events").get(0).path("type").asText());
        assertEquals("<script>alert(1)</script>", ok("/api/forums/" + HOSTILE_ID).path("forum").path("participants")
                .get(0).path("name").asText());
    }

    @Test
    void rolesFromTheRegistryAndTheTexts() throws Exception {
        JsonNode r = ok("/api/actors/" + enc("person:jens-stoltenberg") + "/roles");
        assertEquals("Jens Stoltenberg", r.path("name").asText());
        boolean nato = false;
        for (JsonNode o : r.path("registry")) {
            if ("NATO".equals(o.path("organization").asText())) {
                nato = true;
                assertTrue(o.path("from").asText().startsWith("2014"), o.toString());
                assertTrue(o.path("to").asText().startsWith("2024"), o.toString());
                assertTrue(o.path("source").asText().startsWith("http"), o.toString());
            }
        }
        assertTrue(nato, r.toString());
        assertEquals(1, r.path("text").size(), "registry roles of the analyses are not text roles: " + r);
        JsonNode said = r.path("text").get(0);
        assertEquals("Generalsekretär", said.path("title").asText());
        assertEquals("2022-01-12", said.path("date").asText());
        assertEquals("Nato-Generalsekretär", said.path("evidence").path("text").asText());
        assertEquals(1, r.path("articlesRead").asInt());

        JsonNode nato2 = ok("/api/actors/NATO/roles");
        assertEquals(0, nato2.path("registry").size());
        error(404, "no actor", "/api/actors/" + enc("person:nobody") + "/roles");
    }

    @Test
    void badRequestsAre4xx() throws Exception {
        error(400, "from", "/api/forums?from=2022-13-01");
        error(400, "from", "/api/forums?from=2022-02-01&to=2022-01-01");
        error(400, "limit", "/api/forums?limit=0");
        error(400, "offset", "/api/forums?offset=100000");
        error(400, "actor", "/api/forums?actor=" + "x".repeat(501));
        error(404, "no forum", "/api/forums/f1");
        error(404, "no forum", "/api/forums/" + "0".repeat(64) + ":f1");
        error(404, "no forum", "/api/forums/" + Store.articleId(COUNCIL) + ":f9");
        error(404, "no forum", "/api/forums/" + enc("x'; DROP TABLE forums; --"));
        assertEquals("", log.toString(), "no internal errors");
    }
}

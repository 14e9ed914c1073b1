package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** analyze and ingest over WARC archives and RSS feeds, as a user runs them. */
class ArchiveAndFeedInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<html><head><title>Gespräche</title></head><body><article><p>Russland fordert "
            + "von der Nato Sicherheitsgarantien, sagte der Sprecher am Mittwoch in Moskau.</p></article></body></html>";

    @TempDir
    Path dir;

    private Path warc(String name, boolean corruptTail) throws IOException {
        Path f = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                name.endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html;charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("https://example.org/nato"))
                    .date(Instant.parse("2022-01-12T10:00:00Z")).body(http).build());
        }
        if (corruptTail) {
            Files.write(f, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nxx\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        }
        return f;
    }

    @Test
    void analyzeReadsWarcWithDateAndUrlAndReportsTheCorruptRecord() throws IOException {
        Path f = warc("crawl.warc", true);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("analyze", "--format", "json", f.toString());
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        JsonNode doc = JSON.readTree(lines.get(0));
        assertEquals("https://example.org/nato", doc.get("url").asText());
        assertEquals("2022-01-12", doc.get("date").asText());
        assertEquals("de", doc.get("lang").asText());
        assertTrue(doc.get("times").toString().contains("2022-01-12"), doc.toString());
        assertTrue(r.err().contains("lagebild: " + f + " after record urn:uuid:"), r.err());
        assertTrue(r.err().contains("lagebild: " + f + ": 1 HTML documents, 1 failed, 0 other records skipped"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void feedUrlOnLoopbackIsAnalysedAndIngested() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>" + base + "/</link><description>d</description><item><title>Gespräche</title>"
                + "<link>" + base + "/page</link><pubDate>Wed, 12 Jan 2022 10:00:00 GMT</pubDate>"
                + "<description>Kurz.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/feed", ex -> respond(ex, "application/rss+xml", feed));
        server.createContext("/page", ex -> respond(ex, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.start();
        try {
            AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("analyze", "--format", "json", "--fetch", "--feed",
                    base + "/feed");
            assertEquals(0, r.code(), r.err());
            JsonNode doc = JSON.readTree(r.out().lines().findFirst().orElseThrow());
            assertEquals(base + "/page", doc.get("url").asText());
            assertEquals("Gespräche", doc.get("title").asText());
            assertTrue(doc.get("text").asText().startsWith("Russland fordert"), doc.toString());
            assertTrue(r.err().contains(base + "/feed: 1 feed items, fetching linked pages"), r.err());

            AnalyzeCommandTest.Run ingest = AnalyzeCommandTest.run("ingest", "--data", dir.resolve("data").toString(),
                    "--threads", "1", "--fetch", base + "/feed", warc("b.warc.gz", false).toString());
            assertEquals(0, ingest.code(), ingest.err());
            // the archived page has the same text as the fetched one: stored once (keyed by text)
            assertTrue(ingest.err().contains("2 read, 1 stored, 1 skipped"), ingest.err());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void usageErrorsForTheNewOptions() {
        assertEquals(2, AnalyzeCommandTest.run("analyze", "--timeout", "0", "--feed", "http://127.0.0.1:9/x").code());
        AnalyzeCommandTest.Run help = AnalyzeCommandTest.run("analyze", "--help");
        assertTrue(help.out().contains("--feed") && help.out().contains("--fetch") && help.out().contains(".warc.gz"),
                help.out());
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}

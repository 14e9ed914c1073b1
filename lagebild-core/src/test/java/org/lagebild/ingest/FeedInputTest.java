package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.time.PublicationDate;

/** Feeds from files and from a loopback HTTP server; no external network. */
class FeedInputTest {
    private static final String DE = "Die Nato und Russland haben in Brüssel über die Lage gesprochen, sagte "
            + "Generalsekretär Stoltenberg.";

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void serve(String path, int status, String contentType, byte[] body, long delayMillis) {
        server.createContext(path, ex -> {
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                ex.getResponseHeaders().add("Content-Type", contentType);
                ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException | IOException e) {
                ex.close();
            }
        });
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Nachrichten</title>"
                + "<link>https://example.org/</link><description>d</description>" + String.join("", items)
                + "</channel></rss>";
    }

    static String item(String title, String link, String date, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "#guid</guid>"
                + (date == null ? "" : "<pubDate>" + date + "</pubDate>")
                + "<description><![CDATA[" + description + "]]></description></item>";
    }

    private DocumentReader reader(boolean fetch, long maxBytes) {
        return DocumentReader.builder().fetchLinks(fetch).maxBytes(maxBytes).timeout(Duration.ofSeconds(2))
                .notices(notices::add).build();
    }

    private static List<DocumentReader.Result> read(DocumentReader r, String arg) {
        try (Stream<DocumentReader.Result> s = r.read(List.of(arg))) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void rssItemsBecomeDocumentsWithTitleLinkDateAndText() throws IOException {
        Path f = Files.writeString(dir.resolve("news.rss"), rss(
                item("Nato-Russland-Rat", "https://example.org/a", "Wed, 12 Jan 2022 10:00:00 +0100",
                        "<p>" + DE + "</p><p>Zweiter Absatz &amp; mehr.</p>"),
                item("Ohne Datum", "https://example.org/b", null, "Nur Text, kein HTML."),
                item("Leer", "https://example.org/c", null, "")));
        List<DocumentReader.Result> rs = read(reader(false, DocumentReader.DEFAULT_MAX_BYTES), f.toString());
        assertEquals(3, rs.size());
        Document a = rs.get(0).document();
        assertEquals("Nato-Russland-Rat", a.title());
        assertEquals("https://example.org/a", a.url());
        assertEquals("https://example.org/a#guid", a.id());
        assertEquals(new PublicationDate(2022, 1, 12), a.date());
        assertEquals(DE + "\n\nZweiter Absatz & mehr.", a.text());
        assertEquals(f + " item 1", a.source());
        assertNull(rs.get(1).document().date());
        assertEquals("Nur Text, kein HTML.", rs.get(1).document().text());
        assertEquals(f + " item 3: item has no text (--fetch reads the linked page)", rs.get(2).error().getMessage());
        assertEquals(List.of(f + ": 3 feed items"), notices);
    }

    @Test
    void atomEntriesPreferContentOverSummary() throws IOException {
        String atom = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>t</title><id>urn:feed</id><updated>2022-01-13T00:00:00Z</updated>"
                + "<entry><title>Gespräch in Brüssel</title><id>urn:entry:1</id>"
                + "<link href=\"https://example.org/e1\"/><updated>2022-01-13T08:00:00Z</updated>"
                + "<published>2022-01-12T23:30:00Z</published><summary>kurz</summary>"
                + "<content type=\"html\">&lt;p&gt;" + DE + "&lt;/p&gt;</content></entry></feed>";
        Path f = Files.write(dir.resolve("news.atom"), atom.getBytes(StandardCharsets.ISO_8859_1));
        List<DocumentReader.Result> rs = read(reader(false, DocumentReader.DEFAULT_MAX_BYTES), f.toString());
        Document d = rs.get(0).document();
        assertEquals(DE, d.text());
        assertEquals("urn:entry:1", d.id());
        assertEquals("Gespräch in Brüssel", d.title());
        assertEquals(new PublicationDate(2022, 1, 12), d.date());
    }

    @Test
    void feedFromLoopbackUrlAndFetchedPagesWithTheirOwnDates() {
        String page = "<html><head><title>Seite</title><meta name=\"date\" content=\"2022-01-11\"></head><body>"
                + "<article><p>" + DE + "</p><p>Der Kreml wies das zurück.</p></article></body></html>";
        serve("/page", 200, "text/html; charset=windows-1252", page.getBytes(Charset.forName("windows-1252")), 0);
        serve("/gone", 404, "text/html", "no".getBytes(StandardCharsets.UTF_8), 0);
        serve("/feed", 200, "application/rss+xml; charset=utf-8", rss(
                item("Mit Seite", base + "/page", "Wed, 12 Jan 2022 10:00:00 GMT", "Anriss."),
                item("Weg", base + "/gone", null, "Anriss."),
                item("Lokal", "file:///etc/passwd", null, "Anriss.")).getBytes(StandardCharsets.UTF_8), 0);

        List<DocumentReader.Result> plain = read(reader(false, DocumentReader.DEFAULT_MAX_BYTES), base + "/feed");
        assertEquals(List.of("Anriss.", "Anriss.", "Anriss."),
                plain.stream().map(r -> r.document().text()).collect(Collectors.toList()));

        List<DocumentReader.Result> rs = read(reader(true, DocumentReader.DEFAULT_MAX_BYTES), base + "/feed");
        Document d = rs.get(0).document();
        assertTrue(d.text().contains("Generalsekretär Stoltenberg.") && d.text().contains("Der Kreml"), d.text());
        assertEquals(new PublicationDate(2022, 1, 11), d.date());
        assertEquals(base + "/page", d.url());
        assertEquals(base + "/feed item 2: HTTP 404 from " + base + "/gone", rs.get(1).error().getMessage());
        assertEquals(base + "/feed item 3: not an http(s) URL: file:///etc/passwd", rs.get(2).error().getMessage());
    }

    @Test
    void oversizedAndSlowResponsesFailWithinTheTimeout() {
        serve("/big", 200, "text/html", ("<html><body><p>" + "x".repeat(200_000) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8), 0);
        serve("/slow", 200, "text/html", "<html><body><p>late</p></body></html>".getBytes(StandardCharsets.UTF_8), 8_000);
        serve("/feed", 200, "application/rss+xml", rss(item("Groß", base + "/big", null, "a"),
                item("Langsam", base + "/slow", null, "b")).getBytes(StandardCharsets.UTF_8), 0);
        List<DocumentReader.Result> rs = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> read(reader(true, 100_000), base + "/feed"));
        assertEquals(base + "/feed item 1 (" + base + "/big): input exceeds the 98 KB limit (--max-bytes)",
                rs.get(0).error().getMessage());
        assertTrue(rs.get(1).error().getMessage().startsWith(base + "/feed item 2: "), rs.get(1).error().getMessage());
        assertTrue(rs.get(1).error().getMessage().contains("timed out") || rs.get(1).error().getMessage().contains("Timeout"),
                rs.get(1).error().getMessage());
    }

    @Test
    void unreachableFeedUrlFailsCleanly() throws IOException {
        int port;
        try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        List<DocumentReader.Result> rs = read(reader(false, 1000), "http://127.0.0.1:" + port + "/feed");
        assertEquals(1, rs.size());
        assertTrue(rs.get(0).error().getMessage().startsWith("http://127.0.0.1:" + port + "/feed: cannot fetch"),
                rs.get(0).error().getMessage());
    }

    @Test
    void doctypeEntityExpansionAndNonFeedsAreRejected() throws IOException {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + rss(item("t", "https://e/a", null, "&b;&x;"))
                .substring(rss().indexOf("<rss"));
        Path f = Files.writeString(dir.resolve("bomb.xml"), bomb);
        List<DocumentReader.Result> rs = read(reader(false, DocumentReader.DEFAULT_MAX_BYTES), f.toString());
        assertEquals(1, rs.size());
        assertFalse(rs.get(0).isOk());
        assertTrue(rs.get(0).error().getMessage().startsWith(f + ": not an RSS or Atom feed"), rs.get(0).error().getMessage());
        Path html = Files.writeString(dir.resolve("page.xml"), "<html><body><p>Kein Feed</p></body></html>");
        assertTrue(read(reader(false, 1000), html.toString()).get(0).error().getMessage()
                .startsWith(html + ": not an RSS or Atom feed"));
        Path big = Files.writeString(dir.resolve("big.rss"), rss(item("t", "https://e/a", null, "y".repeat(5000))));
        assertTrue(read(reader(false, 1000), big.toString()).get(0).error().getMessage().contains("exceeds"));
    }
}

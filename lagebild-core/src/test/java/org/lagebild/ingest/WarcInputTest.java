package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.ingest.WarcFixtures.concat;
import static org.lagebild.ingest.WarcFixtures.gzip;
import static org.lagebild.ingest.WarcFixtures.html;
import static org.lagebild.ingest.WarcFixtures.record;
import static org.lagebild.ingest.WarcFixtures.response;
import static org.lagebild.ingest.WarcFixtures.uuid;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.time.PublicationDate;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String DE = "Die Nato und Russland haben in Brüssel über die Lage an der Grenze gesprochen, "
            + "sagte Generalsekretär Stoltenberg. Größere Fortschritte gab es nicht.";

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private List<DocumentReader.Result> read(Path file) {
        return read(DocumentReader.builder().notices(notices::add).build(), file);
    }

    private static List<DocumentReader.Result> read(DocumentReader reader, Path file) {
        try (Stream<DocumentReader.Result> s = reader.read(List.of(file.toString()))) {
            return s.collect(Collectors.toList());
        }
    }

    private static List<String> errors(List<DocumentReader.Result> rs) {
        return rs.stream().filter(r -> !r.isOk()).map(r -> r.error().getMessage()).collect(Collectors.toList());
    }

    private static List<Document> docs(List<DocumentReader.Result> rs) {
        return rs.stream().filter(DocumentReader.Result::isOk).map(DocumentReader.Result::document)
                .collect(Collectors.toList());
    }

    /** warcinfo, request, a German UTF-8 page, an image, a 404, a windows-1252 page, metadata. */
    private static List<byte[]> mixedRecords() {
        return List.of(
                record("warcinfo", 1, "2022-01-12T09:00:00Z", null, "application/warc-fields",
                        "software: test\r\n".getBytes(StandardCharsets.US_ASCII)),
                record("request", 2, "2022-01-12T09:30:00Z", "https://example.org/a", "application/http;msgtype=request",
                        "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                response(3, "https://example.org/a", 200, "text/html; charset=utf-8",
                        html("Nato-Russland-Rat", DE, StandardCharsets.UTF_8)),
                response(4, "https://example.org/logo.jpg", 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}),
                response(5, "https://example.org/gone", 404, "text/html", html("Not found", "Nothing here.",
                        StandardCharsets.UTF_8)),
                response(6, "https://example.org/b", 200, "text/html; charset=windows-1252",
                        html("Grüße „aus“ Köln", DE, CP1252)),
                record("metadata", 7, "2022-01-12T09:31:00Z", "https://example.org/a", "application/warc-fields",
                        "via: x\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void htmlResponsesBecomeDocumentsWithWarcDateAndTargetUriOthersAreCounted() throws IOException {
        Path f = Files.write(dir.resolve("crawl.warc"), concat(mixedRecords().toArray(new byte[0][])));
        List<DocumentReader.Result> rs = read(f);
        assertEquals(List.of(), errors(rs));
        List<Document> ds = docs(rs);
        assertEquals(2, ds.size());
        Document a = ds.get(0);
        assertEquals(uuid(3), a.id());
        assertEquals("https://example.org/a", a.url());
        assertEquals(new PublicationDate(2022, 1, 12), a.date());
        assertEquals("Nato-Russland-Rat", a.title());
        assertTrue(a.text().contains("Generalsekretär Stoltenberg. Größere"), a.text());
        assertEquals(f + " record " + uuid(3), a.source());
        assertTrue(ds.get(1).text().contains("Größere Fortschritte"), ds.get(1).text());
        assertEquals("Grüße „aus“ Köln", ds.get(1).title());
        assertEquals(List.of(f + ": 2 HTML documents, 0 failed, 5 other records skipped (metadata 1, request 1, "
                + "response HTTP 404 1, response image/jpeg 1, warcinfo 1)"), notices);
    }

    @Test
    void directoriesIncludeWarcAndWarcGzFiles() throws IOException {
        Files.write(dir.resolve("a.warc"), concat(mixedRecords().toArray(new byte[0][])));
        Files.write(dir.resolve("b.warc.gz"), gzip(mixedRecords().get(2)));
        Files.write(dir.resolve("c.tar.gz"), gzip("not a warc".getBytes(StandardCharsets.US_ASCII)));
        List<DocumentReader.Result> rs = read(dir);
        assertEquals(List.of(), errors(rs));
        assertEquals(3, docs(rs).size());
    }

    @Test
    void pageDateWinsOverWarcDateAndOverrideWinsOverBoth() throws IOException {
        byte[] page = ("<html><head><meta property=\"article:published_time\" content=\"2022-01-10T08:00:00+01:00\">"
                + "</head><body><p>" + DE + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(dir.resolve("x.warc"), response(9, "https://example.org/c", 200, "text/html", page));
        assertEquals(new PublicationDate(2022, 1, 10), docs(read(f)).get(0).date());
        DocumentReader override = DocumentReader.builder().date(new PublicationDate(2021, 12, null)).build();
        assertEquals(new PublicationDate(2021, 12, null), docs(read(override, f)).get(0).date());
    }

    @Test
    void warcGzWrittenByJwarcIsRead() throws IOException {
        Path f = dir.resolve("jw.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < 3; i++) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html;charset=utf-8"), html("Titel " + i, DE, StandardCharsets.UTF_8))
                        .build();
                w.write(new WarcResponse.Builder(URI.create("https://example.org/" + i))
                        .date(Instant.parse("2022-01-1" + i + "T12:00:00Z")).body(http).build());
            }
        }
        List<DocumentReader.Result> rs = read(f);
        assertEquals(List.of(), errors(rs));
        List<Document> ds = docs(rs);
        assertEquals(3, ds.size());
        assertEquals("https://example.org/2", ds.get(2).url());
        assertEquals(new PublicationDate(2022, 1, 12), ds.get(2).date());
        assertEquals("Titel 1", ds.get(1).title());
    }

    @Test
    void corruptGzipMemberIsSkippedAndReadingResumes() throws IOException {
        List<byte[]> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(gzip(response(20 + i, "https://example.org/" + i, 200, "text/html",
                    html("T" + i, DE + " Nummer " + i + ".", StandardCharsets.UTF_8))));
        }
        byte[] bad = members.get(1).clone();
        for (int i = 12; i < bad.length - 12; i++) {
            bad[i] = (byte) (bad[i] ^ 0x5A); // deflate data garbled, header and magic intact
        }
        members.set(1, bad);
        Path f = Files.write(dir.resolve("bad.warc.gz"), concat(members.toArray(new byte[0][])));
        List<DocumentReader.Result> rs = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(f));
        List<String> ids = docs(rs).stream().map(Document::id).collect(Collectors.toList());
        assertEquals(List.of(uuid(20), uuid(22), uuid(23)), ids);
        List<String> errs = errors(rs);
        assertEquals(1, errs.size(), errs.toString());
        assertTrue(errs.get(0).startsWith(f + " after record " + uuid(20) + ": "), errs.get(0));
        assertTrue(notices.get(0).contains("3 HTML documents, 1 failed"), notices.toString());
    }

    @Test
    void malformedRecordHeaderIsSkippedAndReadingResumes() throws IOException {
        byte[] broken = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:broken>\r\n"
                + "Content-Length: twelve\r\n\r\nsome bytes\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Path f = Files.write(dir.resolve("h.warc"), concat(
                response(30, "https://example.org/x", 200, "text/html", html("A", DE, StandardCharsets.UTF_8)),
                broken, "garbage line\r\n".getBytes(StandardCharsets.US_ASCII),
                response(31, "https://example.org/y", 200, "text/html", html("B", DE, StandardCharsets.UTF_8))));
        List<DocumentReader.Result> rs = read(f);
        assertEquals(List.of(uuid(30), uuid(31)), docs(rs).stream().map(Document::id).collect(Collectors.toList()));
        assertEquals(1, errors(rs).size(), errors(rs).toString());
        assertTrue(errors(rs).get(0).contains("after record " + uuid(30)), errors(rs).get(0));
    }

    @Test
    void malformedHttpBlockNamesTheRecord() throws IOException {
        byte[] notHttp = record("response", 40, "2022-01-12T09:30:00Z", "https://example.org/z",
                "application/http;msgtype=response", "this is not HTTP at all\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1));
        Path f = Files.write(dir.resolve("m.warc"), concat(notHttp,
                response(41, "https://example.org/y", 200, "text/html", html("B", DE, StandardCharsets.UTF_8))));
        List<DocumentReader.Result> rs = read(f);
        assertEquals(1, docs(rs).size());
        assertEquals(List.of(f + " record " + uuid(40)), rs.stream().filter(r -> !r.isOk())
                .map(r -> r.error().source()).collect(Collectors.toList()));
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeAndReportsTheRest() throws IOException {
        byte[] whole = concat(gzip(response(50, "https://example.org/1", 200, "text/html",
                        html("A", DE, StandardCharsets.UTF_8))),
                gzip(response(51, "https://example.org/2", 200, "text/html", html("B", DE, StandardCharsets.UTF_8))));
        Path f = Files.write(dir.resolve("t.warc.gz"), Arrays.copyOf(whole, whole.length - 40));
        List<DocumentReader.Result> rs = read(f);
        assertEquals(List.of(uuid(50)), docs(rs).stream().map(Document::id).collect(Collectors.toList()));
        assertEquals(1, errors(rs).size(), errors(rs).toString());
        String e = errors(rs).get(0);
        assertTrue(e.contains(f.toString()) && (e.contains(uuid(51)) || e.contains("after record " + uuid(50))), e);
    }

    @Test
    void wrongAndUnknownDeclaredCharsetsStillDecodeGermanText() throws IOException {
        Path f = Files.write(dir.resolve("cs.warc"), concat(
                response(60, "https://example.org/1", 200, "text/html; charset=utf-8", html("A", DE, CP1252)),
                response(61, "https://example.org/2", 200, "text/html; charset=x-no-such-charset",
                        html("B", DE, StandardCharsets.UTF_8)),
                response(62, "https://example.org/3", 200, "text/html; charset=iso-8859-1", html("C", DE + " „zitiert“", CP1252))));
        List<DocumentReader.Result> rs = read(f);
        assertEquals(List.of(), errors(rs));
        for (Document d : docs(rs)) {
            assertTrue(d.text().contains("Generalsekretär Stoltenberg. Größere"), d.id() + ": " + d.text());
        }
        assertTrue(docs(rs).get(2).text().contains("„zitiert“"), docs(rs).get(2).text());
    }

    @Test
    void contentEncodingsAreDecodedOrReported() throws IOException {
        byte[] page = html("Komprimiert", DE, StandardCharsets.UTF_8);
        byte[] gz = gzip(page);
        byte[] gzHttp = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                + "Content-Length: " + gz.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), gz);
        byte[] brHttp = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n"
                + "Content-Length: 4\r\n\r\n").getBytes(StandardCharsets.US_ASCII), new byte[] {1, 2, 3, 4});
        byte[] bomb = gzip(new byte[30 << 20]); // 30 MB of zeros, 30 KB compressed
        byte[] bombHttp = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                + "Content-Length: " + bomb.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bomb);
        String http = "application/http;msgtype=response";
        Path f = Files.write(dir.resolve("enc.warc"), concat(
                record("response", 90, "2022-01-12T09:30:00Z", "https://example.org/gz", http, gzHttp),
                record("response", 91, "2022-01-12T09:30:00Z", "https://example.org/br", http, brHttp),
                record("response", 92, "2022-01-12T09:30:00Z", "https://example.org/bomb", http, bombHttp)));
        List<DocumentReader.Result> rs = read(f);
        assertEquals("Komprimiert", docs(rs).get(0).title());
        assertEquals(List.of(f + " record " + uuid(91), f + " record " + uuid(92)),
                rs.stream().filter(r -> !r.isOk()).map(r -> r.error().source()).collect(Collectors.toList()));
        assertTrue(errors(rs).get(1).contains("exceeds the 20 MB limit"), errors(rs).get(1));
    }

    @Test
    void emptyAndGarbageWarcFilesFailWithoutException() throws IOException {
        Path empty = Files.write(dir.resolve("empty.warc"), new byte[0]);
        assertEquals(List.of(), read(empty));
        byte[] random = new byte[10_000];
        new java.util.Random(7).nextBytes(random);
        Path garbage = Files.write(dir.resolve("garbage.warc.gz"), random);
        List<DocumentReader.Result> rs = read(garbage);
        assertEquals(1, rs.size());
        assertFalse(rs.get(0).isOk());
        assertTrue(rs.get(0).error().getMessage().startsWith(garbage + ": "), rs.get(0).error().getMessage());
        assertEquals("nothing.warc: no such file", errors(read(Path.of("nothing.warc"))).get(0));
    }

    /** A 100 MB record is streamed to disk by the test and skipped by the reader without buffering it. */
    @Test
    void hundredMegabyteRecordIsSkippedAndTheNextRecordRead() throws IOException {
        Path f = dir.resolve("huge.warc");
        long bodySize = 100L * 1024 * 1024;
        String httpHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + bodySize + "\r\n\r\n";
        String warcHead = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <" + uuid(70) + ">\r\n"
                + "WARC-Date: 2022-01-12T09:30:00Z\r\nWARC-Target-URI: https://example.org/huge\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + (httpHead.length() + bodySize)
                + "\r\n\r\n" + httpHead;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            out.write(warcHead.getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "<p>Die Nato tagt in Brüssel. </p>\n".repeat(1 << 10).getBytes(StandardCharsets.US_ASCII);
            long written = 0;
            while (written < bodySize) {
                int n = (int) Math.min(chunk.length, bodySize - written);
                out.write(chunk, 0, n);
                written += n;
            }
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(response(71, "https://example.org/next", 200, "text/html", html("N", DE, StandardCharsets.UTF_8)));
        }
        List<DocumentReader.Result> rs = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(f));
        assertEquals(List.of(f + " record " + uuid(70) + ": input exceeds the 20 MB limit (--max-bytes)"), errors(rs));
        assertEquals(List.of(uuid(71)), docs(rs).stream().map(Document::id).collect(Collectors.toList()));
    }

    @Test
    void pathologicallyNestedPageIsExtractedInBoundedTime() throws IOException {
        String page = "<html><body>" + "<div><span>".repeat(100_000) + DE + "</span></div>".repeat(100_000)
                + "</body></html>";
        Path f = Files.write(dir.resolve("deep.warc"), response(80, "https://example.org/deep", 200, "text/html",
                page.getBytes(StandardCharsets.UTF_8)));
        List<DocumentReader.Result> rs = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(f));
        assertEquals(1, rs.size());
        assertTrue(rs.get(0).isOk(), () -> rs.get(0).error().getMessage());
        assertTrue(rs.get(0).document().text().contains("Stoltenberg"));
    }
}

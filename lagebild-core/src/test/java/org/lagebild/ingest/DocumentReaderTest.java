package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.time.Granularity;
import org.lagebild.time.PublicationDate;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.builder().build();

    private List<DocumentReader.Result> read(DocumentReader r, String... args) {
        try (Stream<DocumentReader.Result> s = r.read(List.of(args))) {
            return s.collect(Collectors.toList());
        }
    }

    private DocumentReader.Result one(Path file) {
        List<DocumentReader.Result> rs = read(reader, file.toString());
        assertEquals(1, rs.size());
        return rs.get(0);
    }

    static String sample() throws IOException {
        try (var in = DocumentReaderTest.class.getResourceAsStream("nato-russland-rat-2022-01.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sampleArticleIsReadExactlyWithMonthDateFromLeadingToken() throws IOException {
        Path f = dir.resolve("nato.txt");
        Files.writeString(f, sample());
        DocumentReader.Result r = one(f);
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        Document d = r.document();
        assertEquals(sample(), d.text());
        assertEquals(new PublicationDate(2022, 1, null), d.date());
        assertEquals(Granularity.MONTH, d.date().granularity());
        assertEquals("nato.txt", d.id());
        assertEquals(f.toString(), d.source());
        assertNull(d.lang());
    }

    @Test
    void emptyAndWhitespaceFilesAreErrors() throws IOException {
        Path empty = Files.writeString(dir.resolve("notes.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\u00A0\n");
        DocumentReader.Result r = one(empty);
        assertFalse(r.isOk());
        assertEquals(empty + ": empty file", r.error().getMessage());
        assertTrue(one(blank).error().getMessage().contains("empty"));
    }

    @Test
    void binaryBytesAreRejectedWithOffset() throws IOException {
        byte[] bytes = "Hello world, this is text\u0000\u0001 then binary".getBytes(StandardCharsets.ISO_8859_1);
        Path bin = Files.write(dir.resolve("x.bin"), bytes);
        assertEquals(bin + ": not text (binary bytes at offset 25)", one(bin).error().getMessage());
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertTrue(one(Files.write(dir.resolve("r.dat"), random)).error().getMessage().contains("not text"));
    }

    @Test
    void fileOverLimitIsRejectedBeforeReading() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: no 50 MB written to disk
        }
        DocumentReader.Result r = one(big);
        assertEquals(big + ": 50 MB exceeds the 20 MB limit (--max-bytes)", r.error().getMessage());
        assertEquals(big.toString(), r.error().source());
    }

    @Test
    void stdinIsBoundedToLimit() {
        byte[] data = "a".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        DocumentReader small = DocumentReader.builder().maxBytes(1000).stdin(new ByteArrayInputStream(data)).build();
        List<DocumentReader.Result> rs = read(small, "-");
        assertEquals("stdin: input exceeds the 1000 bytes limit (--max-bytes)", rs.get(0).error().getMessage());
        DocumentReader ok = DocumentReader.builder().stdin(new ByteArrayInputStream("Guten Tag.".getBytes(
                StandardCharsets.UTF_8))).build();
        Document d = read(ok, "-").get(0).document();
        assertEquals("Guten Tag.", d.text());
        assertEquals("stdin", d.source());
    }

    @Test
    void utf16WithBomAndUtf8BomAreDecoded() throws IOException {
        String text = "Größere Übung in Kiew – „Zitat“.";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(text, one(Files.write(dir.resolve("le.txt"), withBom)).document().text());
        byte[] be = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(text, one(Files.write(dir.resolve("be.txt"), be)).document().text());
        byte[] u8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(text, one(Files.write(dir.resolve("u8.txt"), u8)).document().text());
    }

    @Test
    void malformedUtf8FallsBackToWindows1252() throws IOException {
        String text = "Müller sagte: „Das ist gut“ – 5 € für alle.";
        Path f = Files.write(dir.resolve("legacy.txt"), text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, one(f).document().text());
    }

    @Test
    void brokenHtmlIsExtractedWithMetadata() throws IOException {
        String html = "<!DOCTYPE html><html lang=\"de-DE\"><head><title>Gipfel in Brüssel</title>"
                + "<meta property=\"article:published_time\" content=\"2022-01-12T18:30:00+01:00\">"
                + "<link rel=\"canonical\" href=\"https://example.org/gipfel\"></head><body>"
                + "<nav>Home | Politik | Sport</nav><div><p>Die Nato und Russland haben in Brüssel verhandelt, "
                + "ohne Annäherung, sagte der Generalsekretär am Mittwoch nach den Beratungen.<p>Der Kreml sprach "
                + "von grundsätzlichen Differenzen, die Gespräche seien offen gewesen, hieß es in Moskau."
                + "<b><i>unclosed</div></table></span>";
        Document d = one(Files.writeString(dir.resolve("page.html"), html)).document();
        assertEquals("Gipfel in Brüssel", d.title());
        assertEquals(new PublicationDate(2022, 1, 12), d.date());
        assertEquals("https://example.org/gipfel", d.url());
        assertEquals("de", d.lang());
        assertTrue(d.text().contains("Brüssel verhandelt"));
        assertTrue(d.text().contains("Mittwoch nach den Beratungen.\n\nDer Kreml"), d.text());
        assertFalse(d.text().contains("<"));
    }

    @Test
    void htmlIsSniffedWithoutExtensionAndMetaDateAndTimeElementAreUsed() throws IOException {
        String html = "  <html><head><meta name=\"date\" content=\"2021-12\"></head><body><article>"
                + "<p>Erster Absatz mit Text.</p><p>Zweiter Absatz.</p><time datetime=\"2020-05-05\">x</time>"
                + "</article></body></html>";
        Document d = one(Files.writeString(dir.resolve("page"), html)).document();
        assertEquals(new PublicationDate(2021, 12, null), d.date());
        assertTrue(d.text().startsWith("Erster Absatz mit Text.\n\nZweiter Absatz."), d.text());
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowOrHang() throws IOException {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(100_000)).append("tief verschachtelter Text").append("</div>".repeat(100_000));
        sb.append("</body></html>");
        Path f = Files.writeString(dir.resolve("deep.html"), sb);
        // A hang guard, not a speed test: generous for loaded machines.
        DocumentReader.Result r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> one(f));
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        assertEquals("tief verschachtelter Text", r.document().text());
    }

    @Test
    void htmlWithoutTextIsAnError() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.html"), "<html><body><script>var x=1;</script></body></html>");
        assertTrue(one(f).error().getMessage().endsWith("no text found in HTML"));
    }

    @Test
    void directoriesAreReadRecursivelySortedSkippingHiddenAndOtherFiles() throws IOException {
        Path root = Files.createDirectory(dir.resolve("news"));
        Files.createDirectories(root.resolve("b/sub"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve("b/sub/c.md"), "Drei.");
        Files.writeString(root.resolve("a.txt"), "Eins.");
        Files.writeString(root.resolve("b/a.htm"), "<html><body><p>Zwei.</p></body></html>");
        Files.writeString(root.resolve(".hidden.txt"), "versteckt");
        Files.writeString(root.resolve(".git/x.txt"), "versteckt");
        Files.writeString(root.resolve("z.pdf"), "kein Text");
        Files.writeString(root.resolve("d.jsonl"), "{\"id\":\"j1\",\"text\":\"Vier.\"}\n");
        List<DocumentReader.Result> rs = read(reader, root.toString());
        assertEquals(List.of("a.txt", "b/a.htm", "b/sub/c.md", "j1"),
                rs.stream().map(r -> r.document().id()).toList());
        assertEquals(List.of("Eins.", "Zwei.", "Drei.", "Vier."), rs.stream().map(r -> r.document().text()).toList());
    }

    @Test
    void missingFileAndEmptyDirectoryAreErrorsButOthersContinue() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "Text.");
        Path emptyDir = Files.createDirectory(dir.resolve("leer"));
        List<DocumentReader.Result> rs = read(reader, dir.resolve("nope.txt").toString(), emptyDir.toString(),
                ok.toString());
        assertEquals(3, rs.size());
        assertTrue(rs.get(0).error().getMessage().endsWith("nope.txt: no such file"));
        assertFalse(rs.get(1).isOk());
        assertEquals("Text.", rs.get(2).document().text());
    }

    @Test
    void jsonLinesWithBadLinesKeepOrderAndReportEachProblem() throws IOException {
        String jsonl = String.join("\n",
                "{\"id\":\"a\",\"text\":\"Erster Text.\",\"lang\":\"DE\",\"date\":\"2022-01-12\",\"title\":\"T\"}",
                "{\"id\":\"b\",\"lang\":\"de\"}",
                "",
                "{\"text\": broken",
                "{\"text\":\"Ohne Id.\",\"date\":\"2022-02\"}",
                "[1,2]",
                "{\"id\":7,\"text\":\" date 2021-03-04 Text mit Datumstoken.\"}",
                "{\"id\":\"x\",\"text\":\"Falsches Datum.\",\"date\":\"gestern\"}",
                "{\"id\":\"last\",\"text\":\"Letzter.\"}") + "\n";
        Path f = Files.writeString(dir.resolve("in.jsonl"), jsonl);
        List<DocumentReader.Result> rs;
        try (Stream<DocumentReader.Result> s = reader.readJsonLines(f)) {
            rs = s.toList();
        }
        assertEquals(8, rs.size());
        Document a = rs.get(0).document();
        assertEquals("a", a.id());
        assertEquals("de", a.lang());
        assertEquals(new PublicationDate(2022, 1, 12), a.date());
        assertEquals("jsonl:" + f + ":1", a.source());
        assertEquals(f + " line 2: missing field \"text\"", rs.get(1).error().getMessage());
        assertTrue(rs.get(2).error().getMessage().startsWith(f + " line 4: invalid JSON: "));
        assertEquals("line-5", rs.get(3).document().id());
        assertEquals(Granularity.MONTH, rs.get(3).document().date().granularity());
        assertEquals(f + " line 6: expected a JSON object", rs.get(4).error().getMessage());
        assertEquals("7", rs.get(5).document().id());
        assertEquals(new PublicationDate(2021, 3, 4), rs.get(5).document().date());
        assertTrue(rs.get(6).error().getMessage().contains("invalid date"));
        assertEquals("last", rs.get(7).document().id());
    }

    @Test
    void jsonLinesAreStreamedAndOverlongLinesRejected() {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"text\":\"").append("x".repeat(5000)).append("\"}\n");
        sb.append("{\"text\":\"kurz\"}\n");
        DocumentReader small = DocumentReader.builder().maxBytes(1000).build();
        List<DocumentReader.Result> rs = small.readJsonLines(
                new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "s.jsonl").toList();
        assertEquals("s.jsonl line 1: input exceeds the 1000 bytes limit (--max-bytes)", rs.get(0).error().getMessage());
        assertEquals("kurz", rs.get(1).document().text());
        // Lazy: the first result is available without reading an endless input.
        var endless = new java.io.InputStream() {
            int i;
            final byte[] line = "{\"text\":\"a\"}\n".getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                return line[i++ % line.length];
            }
        };
        assertEquals("a", reader.readJsonLines(endless, "endless").findFirst().orElseThrow().document().text());
    }

    @Test
    void datePrecedenceOverrideThenMetadataThenLeadingToken() throws IOException {
        Path txt = Files.writeString(dir.resolve("t.txt"), "date 2022-01-12 Text.");
        Path html = Files.writeString(dir.resolve("h.html"), "<html><head><meta name=\"date\" content=\"2021-06-01\">"
                + "</head><body><p>date 2020-01 Text im Artikel.</p></body></html>");
        assertEquals(new PublicationDate(2022, 1, 12), one(txt).document().date());
        assertEquals(new PublicationDate(2021, 6, 1), one(html).document().date());
        DocumentReader forced = DocumentReader.builder().date(new PublicationDate(2019, 5, null)).build();
        for (DocumentReader.Result r : read(forced, txt.toString(), html.toString())) {
            assertEquals(new PublicationDate(2019, 5, null), r.document().date());
        }
        Path none = Files.writeString(dir.resolve("n.txt"), "Kein date 2022-01 am Anfang.");
        assertNull(one(none).document().date());
    }

    @Test
    void languageIsDetectedWhenAsked() throws IOException {
        Path f = Files.writeString(dir.resolve("nato.txt"), sample());
        DocumentReader detecting = DocumentReader.builder().detectLanguage(true).build();
        assertEquals("de", read(detecting, f.toString()).get(0).document().lang());
    }
}

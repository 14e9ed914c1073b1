package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reader throughput (docs/BENCHMARKS.md), run only on request:
 * {@code ./mvnw -pl lagebild-core test -Dtest=ReaderThroughputTest -Dlagebild.bench=true}.
 * Builds a WARC.gz from the bundled example corpus (each article as a page with navigation,
 * footer and script boilerplate, plus one request record per page), then times reading it:
 * gunzip, WARC and HTTP parsing, decoding and main-text extraction.
 */
class ReaderThroughputTest {
    private static final int PAGES = 2000;

    @TempDir
    Path dir;

    @Test
    void warcGzReadingThroughput() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("lagebild.bench"), "set -Dlagebild.bench=true to measure");
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String f : List.of("wikinews-de-sample.jsonl", "voa-sample.jsonl")) {
            for (String line : Files.readAllLines(Path.of("..", "examples", "corpus", f))) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    texts.add(n.get("text").asText());
                }
            }
        }
        Path warc = dir.resolve("bench.warc.gz");
        long htmlBytes = 0;
        List<String> pages = new ArrayList<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(warc), 1 << 16)) {
            for (int i = 0; i < PAGES; i++) {
                String text = texts.get(i % texts.size());
                StringBuilder body = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><title>Artikel ")
                        .append(i).append("</title><script>var x = 1;</script></head><body><nav><ul>");
                for (int k = 0; k < 30; k++) {
                    body.append("<li><a href=\"/r").append(k).append("\">Rubrik ").append(k).append("</a></li>");
                }
                body.append("</ul></nav><article><h1>Artikel ").append(i).append("</h1>");
                for (String para : text.split("\n+")) {
                    body.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
                }
                body.append("</article><footer>Impressum · Datenschutz</footer></body></html>");
                pages.add(body.toString());
                byte[] page = body.toString().getBytes(StandardCharsets.UTF_8);
                htmlBytes += page.length;
                out.write(WarcFixtures.gzip(WarcFixtures.record("request", 2 * i, "2022-01-12T09:30:00Z",
                        "https://example.org/" + i, "application/http;msgtype=request",
                        ("GET /" + i + " HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII))));
                out.write(WarcFixtures.gzip(WarcFixtures.response(2 * i + 1, "https://example.org/" + i, 200,
                        "text/html; charset=utf-8", page)));
            }
        }
        DocumentReader reader = DocumentReader.builder().build();
        for (int round = 0; round < 3; round++) { // round 0 warms the JIT
            long t0 = System.nanoTime();
            long docs;
            long chars = 0;
            try (Stream<DocumentReader.Result> rs = reader.readWarc(warc, warc.toString())) {
                List<DocumentReader.Result> all = rs.toList();
                docs = all.stream().filter(DocumentReader.Result::isOk).count();
                for (DocumentReader.Result r : all) {
                    chars += r.isOk() ? r.document().text().length() : 0;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            assertEquals(PAGES, docs);
            // same-process baseline: jsoup parse plus flat text of the same pages, no WARC, no extraction
            long t1 = System.nanoTime();
            long baseChars = 0;
            for (String p : pages) {
                baseChars += org.jsoup.Jsoup.parse(p).text().length();
            }
            double b = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            for (String p : pages) {
                try {
                    HtmlExtractor.extract(p, "bench");
                } catch (InputException e) {
                    throw new AssertionError(e);
                }
            }
            double x = (System.nanoTime() - t2) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d pages (%.1f MB HTML, %.1f MB gz, %.1f M chars text) in %.2f s: "
                            + "%.0f pages/s, %.1f MB HTML/s; HtmlExtractor alone %.2f s; jsoup parse+text alone %.2f s (%d chars)%n",
                    round, docs, htmlBytes / 1e6, Files.size(warc) / 1e6, chars / 1e6, s, docs / s, htmlBytes / 1e6 / s,
                    x, b, baseChars);
        }
    }
}

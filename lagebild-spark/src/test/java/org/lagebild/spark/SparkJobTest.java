package org.lagebild.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.report.JsonOutput;
import org.lagebild.store.Store;
import org.lagebild.store.StoreConfig;
import picocli.CommandLine;

/**
 * The Spark job on local[2] against the single-machine pipeline on the same documents: two German
 * (Wikinews) and two English (VOA) articles from examples/corpus, one malformed line and one file
 * of a format without a reader. The Parquet tables read back must equal, row for row, the
 * flattening of what {@link Analyzer} produces on one machine, and each article's analysis JSON
 * must equal {@code lagebild analyze --format json}'s.
 */
class SparkJobTest {
    private static final Path CORPUS = Path.of("..", "examples", "corpus");

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static JobSpec spec;
    static SparkJob.Summary summary;
    static long sparkMillis;
    /** Single-machine results: documents with their analyses, and the number of failed inputs. */
    static final List<Document> docs = new ArrayList<>();
    static final List<Analysis> analyses = new ArrayList<>();
    static int expectedFailures;

    @BeforeAll
    static void runBoth() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path de = in.resolve("wikinews-de.jsonl");
        Files.write(de, List.of(line(CORPUS.resolve("wikinews-de-sample.jsonl"), 6),
                "{\"id\": \"broken\", \"text\": ", line(CORPUS.resolve("wikinews-de-sample.jsonl"), 1)));
        Path en = in.resolve("voa-en.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(en))) {
            out.write((line(CORPUS.resolve("voa-sample.jsonl"), 1) + "\n" + line(CORPUS.resolve("voa-sample.jsonl"), 3)
                    + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path warc = in.resolve("crawl.warc");
        Files.write(warc, warc(CORPUS.resolve("wikinews-de-sample.jsonl"), 4));
        Files.writeString(in.resolve("notes.pdf"), "%PDF-1.4"); // no reader for this type: a counted failure

        // Single machine: the reader and analyzer of 'lagebild analyze --jsonl', document by document.
        Analyzer analyzer = new Analyzer();
        DocumentReader reader = DocumentReader.builder().build();
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(en));
             Stream<DocumentReader.Result> rs = Stream.of(reader.readJsonLines(de),
                     reader.readJsonLines(gz, en.toString()),
                     // the name Spark's file listing gives the archive, so both sides name the same source
                     reader.readWarc(warc, "file:" + warc.toAbsolutePath())).flatMap(s -> s)) {
            for (DocumentReader.Result r : (Iterable<DocumentReader.Result>) rs::iterator) {
                if (r.isOk()) {
                    docs.add(r.document());
                    analyses.add(analyzer.analyze(r.document()));
                } else {
                    expectedFailures++;
                }
            }
        }
        expectedFailures++; // notes.pdf

        spark = SparkSession.builder().master("local[2]").appName("lagebild-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spec = new JobSpec(List.of(in.toUri().toString()), tmp.resolve("out").toUri().toString(), 0,
                ReadOptions.defaults(), false);
        long t0 = System.nanoTime();
        summary = SparkJob.run(spark, spec);
        sparkMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("lagebild-spark test: local[2] job %d ms: %s%n", sparkMillis, summary.line());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A WARC file with one HTTP response: the text of line {@code n} of a JSON Lines corpus as an HTML page. */
    private static byte[] warc(Path jsonl, int n) throws IOException {
        String text = JsonOutput.mapper().readTree(line(jsonl, n)).get("text").asText();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                + "<title>Bericht</title></head><body><article>");
        for (String para : text.split("\n\\s*\n")) {
            html.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        byte[] body = html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        String record = "WARC/1.0\r\nWARC-Type: response\r\n"
                + "WARC-Record-ID: <urn:uuid:6f1c1a52-3c61-4c3e-9d0a-6a9e2a7d0c01>\r\n"
                + "WARC-Date: 2022-01-12T10:00:00Z\r\nWARC-Target-URI: https://example.org/bericht\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + (head.length + body.length)
                + "\r\n\r\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(record.getBytes(StandardCharsets.US_ASCII));
        out.write(head);
        out.write(body);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String line(Path file, int n) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(n - 1);
    }

    @Test
    void analysesEqualSingleMachine() throws Exception {
        assertEquals(5, docs.size(), "two German and two English documents from JSON Lines, one German page from a WARC");
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            expected.put(Store.articleId(docs.get(i).text()), JsonOutput.mapper().writeValueAsString(analyses.get(i)));
        }
        Map<String, String> actual = new HashMap<>();
        for (Row r : spark.read().parquet(spec.table("articles")).select("id", "analysis").collectAsList()) {
            actual.put(r.getString(0), r.getString(1));
        }
        assertEquals(expected, actual);
    }

    @Test
    void tablesEqualSingleMachineRows() {
        Map<String, List<Row>> expected = new HashMap<>();
        for (String t : List.of("articles", "statements", "events", "actors")) {
            expected.put(t, new ArrayList<>());
        }
        StructType result = AnalysisRows.RESULT;
        for (int i = 0; i < docs.size(); i++) {
            Row r = AnalysisRows.result(docs.get(i), analyses.get(i));
            Object[] article = new Object[AnalysisRows.ARTICLE.size()];
            for (int c = 0; c < article.length; c++) {
                article[c] = r.get(c);
            }
            expected.get("articles").add(org.apache.spark.sql.RowFactory.create(article));
            for (String t : List.of("statements", "events", "actors")) {
                expected.get(t).addAll(List.of((Row[]) r.get(result.fieldIndex(t))));
            }
        }
        assertTrue(expected.get("statements").size() >= 4 && expected.get("events").size() >= 4,
                "the sample has statements and events to compare");
        assertEquals(new SparkJob.Summary(5, expected.get("statements").size(), expected.get("events").size(),
                expected.get("actors").size(), expectedFailures, 5), summary,
                "one analysis per document: the tables are projections of persisted results");
        assertSame(expected.get("articles"), AnalysisRows.ARTICLE, "articles");
        assertSame(expected.get("statements"), AnalysisRows.STATEMENT, "statements");
        assertSame(expected.get("events"), AnalysisRows.EVENT, "events");
        assertSame(expected.get("actors"), AnalysisRows.ACTOR, "actors");
    }

    /** Same rows (as multisets, compared in a canonical text form) and the same columns. */
    private static void assertSame(List<Row> rows, StructType schema, String table) {
        Dataset<Row> actual = spark.read().parquet(spec.table(table));
        assertEquals(List.of(schema.fieldNames()), List.of(actual.schema().fieldNames()), table + " columns");
        assertEquals(canonical(rows), canonical(actual.collectAsList()), table);
    }

    /** Rows as sorted strings; arrays (Java arrays here, Scala sequences from Parquet) as lists. */
    private static List<String> canonical(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                if (v instanceof Object[] a) {
                    v = List.of(a);
                } else if (v instanceof scala.collection.Seq<?> seq) {
                    v = scala.jdk.javaapi.CollectionConverters.asJava(seq);
                }
                values.add(String.valueOf(v));
            }
            out.add(String.join(" | ", values));
        }
        out.sort(null);
        return out;
    }

    @Test
    void failuresAreCountedWithTheirSource() {
        List<Row> failures = spark.read().parquet(spec.table("failures")).collectAsList();
        assertEquals(2, failures.size());
        assertTrue(failures.stream().anyMatch(r -> r.getString(2).contains("wikinews-de.jsonl line 2")), failures::toString);
        assertTrue(failures.stream().anyMatch(r -> r.getString(1).endsWith("notes.pdf")
                && r.getString(2).contains("no reader")), failures::toString);
    }

    @Test
    void storeLoadEqualsIngestingOnOneMachine() {
        StoreConfig loaded = StoreConfig.embedded(tmp.resolve("store-spark"));
        StoreLoader.Loaded first = StoreLoader.load(spark, spec.table("articles"), loaded);
        assertEquals(new StoreLoader.Loaded(5, 0), first);
        assertEquals(new StoreLoader.Loaded(0, 5), StoreLoader.load(spark, spec.table("articles"), loaded),
                "loading again stores nothing twice");
        Store.Stats direct;
        try (Store s = Store.open(StoreConfig.embedded(tmp.resolve("store-direct")))) {
            for (int i = 0; i < docs.size(); i++) {
                s.put(analyses.get(i), docs.get(i));
            }
            direct = s.stats();
        }
        try (Store s = Store.open(loaded)) {
            assertEquals(direct, s.stats());
            String id = Store.articleId(docs.get(0).text());
            assertEquals(analyses.get(0), s.article(id).orElseThrow().analysis());
        }
    }

    @Test
    void existingOutputIsNotOverwrittenWithoutAsking() {
        JobSpec again = new JobSpec(spec.inputs(), spec.output(), 1, ReadOptions.defaults(), false);
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SparkJob.run(spark, again));
        assertTrue(e.getMessage().contains("already exists"), e::toString);
    }

    @Test
    void usageErrorsExitWithTwo() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("in.jsonl"), "--out is required");
        assertEquals(2, cl.execute("--out", "o", "--lang", "fr", "in.jsonl"));
        assertTrue(err.toString().contains("lang must be de or en"), err::toString);
    }
}

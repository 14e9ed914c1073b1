package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.export.CsvSink;
import org.lagebild.export.EventExport;
import org.lagebild.export.EventLinesSink;
import org.lagebild.export.ParquetSink;
import org.lagebild.report.JsonOutput;
import org.lagebild.time.PublicationDate;

/** Exports of a small store: every format round-trips, hostile text included. */
class StoreExportTest {
    /** Tabs, line breaks, quotes, commas and markup inside one evidence span. */
    static final String HOSTILE_TRIGGER = "\"nein\", sagte er,\tdann\nkam\r\n<script>alert(1)</script>";
    static final String HOSTILE_TEXT = "Vorher. " + HOSTILE_TRIGGER + " Danach.";

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.embedded(dir.resolve("data")));
        for (StoreFixtures.Article a : List.of(StoreFixtures.german(), StoreFixtures.english(), hostile())) {
            assertTrue(store.put(a.analysis(), a.document()));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    static StoreFixtures.Article hostile() {
        StoreFixtures.Builder b = new StoreFixtures.Builder("böse.txt", HOSTILE_TEXT, "de",
                PublicationDate.parse("2023-05-06").orElseThrow(), "Titel, mit \"Quotes\"\tund\nZeilen");
        b.actor("RUS", "Russland, \"Föderation\"", "COUNTRY", "RUS", "Vorher");
        b.event("e1", "REJECT", List.of("RUS"), List.of(), "2023-05-05", HOSTILE_TRIGGER, null);
        return b.build();
    }

    @Test
    void csvTablesRoundTripWithRfc4180Quoting() throws IOException {
        Store.Stats stats = store.stats();
        StoreScan scan = new StoreScan(store, null, null);
        List<List<String>> events = csv(scan, StoreScan.Table.EVENTS);
        assertEquals(stats.events() + 1, events.size()); // header
        int evidence = events.get(0).indexOf("evidence");
        assertTrue(events.stream().anyMatch(r -> r.get(evidence).equals(HOSTILE_TRIGGER)), "hostile evidence survives");
        List<List<String>> articles = csv(scan, StoreScan.Table.ARTICLES);
        assertEquals(stats.articles() + 1, articles.size());
        int body = articles.get(0).indexOf("body");
        assertTrue(articles.stream().anyMatch(r -> r.get(body).equals(HOSTILE_TEXT)));
        assertFalse(articles.get(0).contains("analysis"));
        assertEquals(stats.actors() + 1, csv(scan, StoreScan.Table.ACTORS).size());
        assertEquals(stats.statements() + 1, csv(scan, StoreScan.Table.STATEMENTS).size());
        assertEquals(stats.eventActors() + 1, csv(scan, StoreScan.Table.EVENT_ACTORS).size());
        for (List<String> r : events) {
            assertEquals(events.get(0).size(), r.size());
        }
    }

    @Test
    void dateRangeSelectsArticlesByPublication() throws IOException {
        StoreScan only2023 = new StoreScan(store, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        List<List<String>> rows = csv(only2023, StoreScan.Table.ARTICLES);
        assertEquals(2, rows.size());
        assertEquals("böse.txt", rows.get(1).get(rows.get(0).indexOf("source_id")));
        List<List<String>> none = csv(new StoreScan(store, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 2)),
                StoreScan.Table.EVENTS);
        assertEquals(1, none.size(), "header only");
        assertTrue(none.get(0).contains("event_id"));
    }

    @Test
    void ploverLinesCarryTheEventAndItsEvidence() throws IOException {
        StringWriter w = new StringWriter();
        EventLinesSink sink = new EventLinesSink(w, EventLinesSink.Format.PLOVER);
        new StoreScan(store, null, null).articles(sink);
        String[] lines = w.toString().split("\n");
        assertEquals(store.stats().events(), lines.length);
        assertEquals(lines.length, sink.events());
        JsonNode hostile = null;
        for (String l : lines) {
            JsonNode n = JsonOutput.mapper().readTree(l);
            assertTrue(n.get("id").asText().contains(":"));
            if (n.get("text").asText().equals(HOSTILE_TRIGGER)) {
                hostile = n;
            }
        }
        assertTrue(hostile != null, "hostile record present and intact");
        assertEquals("REJECT", hostile.get("event").asText());
        assertEquals("2023-05-05", hostile.get("date").asText());
        assertEquals("RUS", hostile.get("actor").get(0).get("code").asText());
        assertEquals("Russland, \"Föderation\"", hostile.get("actor").get(0).get("entity_text").asText());
        assertEquals(HOSTILE_TEXT.indexOf(HOSTILE_TRIGGER), hostile.get("text_info").get("start").asInt());
        assertEquals(1, hostile.get("quad_code").asInt());
        assertEquals("040", hostile.get("cameo").asText());
        assertEquals("de", hostile.get("cite_info").get("language").asText());
    }

    @Test
    void gdeltRowsHaveTheCodebookColumnsAndNoRawTabsOrNewlines() throws IOException {
        StringWriter w = new StringWriter();
        new StoreScan(store, null, null).articles(new EventLinesSink(w, EventLinesSink.Format.GDELT));
        String[] lines = w.toString().split("\n", -1);
        assertEquals("", lines[lines.length - 1]);
        assertEquals(store.stats().events(), lines.length - 1);
        int cols = EventExport.GDELT_COLUMNS.size();
        assertEquals(61, cols);
        boolean sawHostile = false;
        for (int i = 0; i < lines.length - 1; i++) {
            String[] f = lines[i].split("\t", -1);
            assertEquals(cols, f.length, lines[i]);
            assertTrue(f[0].matches("\\d+"));
            if (f[1].equals("20230505")) {
                sawHostile = true;
                assertEquals("RUS", f[5]);
                assertEquals("RUS", f[7]);
                assertEquals("040", f[26]);
                assertEquals("04", f[28]);
                assertEquals("1", f[29]);
            }
        }
        assertTrue(sawHostile);
    }

    @Test
    void parquetReadsBackWithTheReferenceReader() throws IOException {
        StoreScan scan = new StoreScan(store, null, null);
        for (StoreScan.Table t : StoreScan.Table.values()) {
            List<List<String>> expected = csv(scan, t);
            Path file = dir.resolve(t.label() + ".parquet");
            try (OutputStream os = Files.newOutputStream(file); ParquetSink sink = new ParquetSink(os, 2)) {
                scan.table(t, sink); // two rows per row group: several groups
            }
            List<List<String>> actual = readParquet(file);
            assertEquals(expected.get(0), actual.get(0), t + " columns");
            assertEquals(expected.size(), actual.size(), t + " rows");
            for (int i = 1; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), t + " row " + i);
            }
        }
    }

    @Test
    void parquetOfAnEmptyRangeHasTheColumnsAndNoRows() throws IOException {
        Path file = dir.resolve("empty.parquet");
        try (OutputStream os = Files.newOutputStream(file); ParquetSink sink = new ParquetSink(os)) {
            new StoreScan(store, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 1)).table(StoreScan.Table.EVENTS, sink);
        }
        List<List<String>> rows = readParquet(file);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).contains("evidence_start"));
    }

    /** Rows as the CSV export writes them, parsed back with an RFC 4180 reader; row 0 is the header. */
    static List<List<String>> csv(StoreScan scan, StoreScan.Table t) throws IOException {
        StringWriter w = new StringWriter();
        scan.table(t, new CsvSink(w));
        return parseCsv(w.toString());
    }

    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && f.length() == 0) {
                i++;
                while (true) {
                    char d = s.charAt(i++);
                    if (d == '"') {
                        if (i < s.length() && s.charAt(i) == '"') {
                            f.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        f.append(d);
                    }
                }
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
                i++;
            } else if (c == '\r' && s.startsWith("\r\n", i)) {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertFalse(c == '\n' || c == '\r', "bare line break outside quotes");
                f.append(c);
                i++;
            }
        }
        assertTrue(row.isEmpty() && f.length() == 0, "file ends with CRLF");
        return rows;
    }

    /** The file read with parquet-java, each value in the CSV export's text form ("" for null). */
    static List<List<String>> readParquet(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            List<String> header = new ArrayList<>();
            schema.getFields().forEach(f -> header.add(f.getName()));
            rows.add(header);
            PageReadStore pages;
            while ((pages = r.readNextRowGroup()) != null) {
                RecordReader<Group> rr = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    Group g = rr.read();
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < header.size(); c++) {
                        row.add(g.getFieldRepetitionCount(c) == 0 ? "" : text(schema, c, g));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String text(MessageType schema, int c, Group g) {
        var type = schema.getType(c).asPrimitiveType();
        var logical = type.getLogicalTypeAnnotation();
        return switch (type.getPrimitiveTypeName()) {
            case BINARY -> g.getString(c, 0);
            case INT32 -> logical != null && logical.toString().startsWith("DATE")
                    ? LocalDate.ofEpochDay(g.getInteger(c, 0)).toString() : Integer.toString(g.getInteger(c, 0));
            case INT64 -> logical != null && logical.toString().startsWith("TIMESTAMP")
                    ? java.time.Instant.ofEpochMilli(g.getLong(c, 0)).toString() : Long.toString(g.getLong(c, 0));
            case DOUBLE -> Double.toString(g.getDouble(c, 0));
            case BOOLEAN -> Boolean.toString(g.getBoolean(c, 0));
            default -> throw new AssertionError(type);
        };
    }
}

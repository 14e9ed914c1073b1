package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.cli.AnalyzeCommandTest.Run;

/** ingest and search as a user runs them. */
class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void usageErrors() {
        String data = dir.resolve("data").toString();
        assertEquals(2, AnalyzeCommandTest.run("ingest", "--data", data).code());
        assertEquals(2, AnalyzeCommandTest.run("ingest", "--data", data, "--threads", "0", "x.txt").code());
        Run badDb = AnalyzeCommandTest.run("ingest", "--db", "jdbc:h2:mem:x", "x.txt");
        assertEquals(2, badDb.code());
        assertTrue(badDb.err().contains("jdbc:postgresql:"), badDb.err());
        assertEquals(2, AnalyzeCommandTest.run("search", "--data", data).code());
        assertEquals(2, AnalyzeCommandTest.run("search", "--data", data, "--from", "2022-13-01", "x").code());
        Run empty = AnalyzeCommandTest.run("search", "--data", data, "Nato");
        assertEquals(0, empty.code(), empty.err());
        assertEquals("", empty.out());
    }

    @Test
    void ingestTwiceThenSearch() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Die Nato hat die Verhandlungen mit Russland fortgesetzt. "
                + "„Wir bleiben gesprächsbereit“, sagte Nato-Generalsekretär Jens Stoltenberg.", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();

        Run first = AnalyzeCommandTest.run("ingest", "--data", data, "--threads", "1", "--date", "2022-01-12", in.toString());
        assertEquals(1, first.code(), first.err()); // the empty file
        assertTrue(first.err().contains("empty.txt: empty file"), first.err());
        assertTrue(first.err().contains("2 read, 1 stored, 0 skipped (already stored), 1 failed"), first.err());
        Run again = AnalyzeCommandTest.run("ingest", "--data", data, in.resolve("a.txt").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("1 read, 0 stored, 1 skipped"), again.err());

        Run found = AnalyzeCommandTest.run("search", "--data", data, "Verhandlung");
        assertEquals(0, found.code(), found.err());
        String[] lines = found.out().strip().split("\n");
        assertEquals(1, lines.length, found.out());
        JsonNode article = JSON.readTree(lines[0]);
        assertEquals("a.txt", article.get("sourceId").asText());
        assertEquals("2022-01-12", article.get("date").asText());

        Run quotes = AnalyzeCommandTest.run("search", "--data", data, "--statements", "gesprächsbereit");
        assertEquals(0, quotes.code(), quotes.err());
        JsonNode st = JSON.readTree(quotes.out().strip().split("\n")[0]);
        assertEquals("person:jens-stoltenberg", st.get("speakerActor").asText());
        assertFalse(AnalyzeCommandTest.run("search", "--data", data, "--from", "2023-01-01", "Verhandlung").out()
                .contains("a.txt"));
    }
}

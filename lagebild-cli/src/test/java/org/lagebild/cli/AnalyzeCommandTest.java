package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command as a user runs it: inputs, output formats, bad input and exit codes. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(Run r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in"), r.err());
        assertFalse(r.out().contains("\tat "), r.out());
    }

    @Test
    void helpAndUsageErrors() {
        Run help = run("analyze", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--jsonl"));
        Run noInput = run("analyze");
        assertEquals(2, noInput.code());
        assertTrue(noInput.err().contains("no input"), noInput.err());
        Run badDate = run("analyze", "--date", "12.01.2022", "x.txt");
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().contains("--date must be"), badDate.err());
    }

    @Test
    void badInputGivesClearMessagesAndNonZeroExit() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = dir.resolve("random.bin.txt");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(binary, bytes);
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: 50 MB without writing them
        }
        Path missing = dir.resolve("missing.txt");
        Path french = Files.writeString(dir.resolve("fr.txt"), "Le gouvernement français a annoncé mardi une nouvelle "
                + "réforme des retraites. Le ministre a déclaré que la mesure entrerait en vigueur l'année prochaine "
                + "malgré les protestations des syndicats, qui appellent à la grève dans tout le pays.");
        Run r = run("analyze", empty.toString(), binary.toString(), big.toString(), missing.toString(), french.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty.txt: empty"), r.err());
        assertTrue(r.err().contains("random.bin.txt: not text"), r.err());
        assertTrue(r.err().contains("big.txt: 50 MB exceeds"), r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertTrue(r.err().contains("language 'fr' is not supported"), r.err());
        assertEquals("", r.out().strip());
        assertNoStackTrace(r);
    }

    @Test
    void brokenHtmlIsExtractedAndAnalysed() throws IOException {
        Path html = Files.writeString(dir.resolve("broken.html"), "<html><head><title>Talks<body><div><p>"
                + "The foreign minister said on Tuesday that the talks with Russia had failed.<p>NATO Secretary General "
                + "Jens Stoltenberg said the alliance would not compromise <b>on its principles.</div></span>");
        Run r = run("analyze", "--format", "json", "--date", "2022-01-12", html.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("en", doc.get("lang").asText());
        assertFalse(doc.get("text").asText().contains("<"));
        assertTrue(doc.get("statements").size() >= 1, r.out());
        assertNoStackTrace(r);
    }

    @Test
    void jsonLinesInKeepOrderAndReportBadLines() throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"Russland fordert von der Nato Sicherheitsgarantien, sagte der Sprecher am Mittwoch.\",\"date\":\"2022-01-12\"}",
                "{not json",
                "{\"id\":\"b\",\"lang\":\"en\",\"text\":\"Russia demanded security guarantees from NATO on Wednesday.\",\"date\":\"2022-01-12\"}",
                ""));
        Run r = run("analyze", "--jsonl", in.toString());
        assertEquals(1, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertEquals("a", JSON.readTree(lines.get(0)).get("id").asText());
        assertEquals("b", JSON.readTree(lines.get(1)).get("id").asText());
        assertEquals("de", JSON.readTree(lines.get(0)).get("lang").asText());
        assertTrue(r.err().contains("line 2"), r.err());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("2022-01-12", first.get("times").get(0).get("value").asText());
        assertNoStackTrace(r);
    }

    @Test
    void stdinIsAnInput() {
        InputOptions.stdin = new ByteArrayInputStream(
                "date 2022-01-12\n\nDer Kreml wies die Vorwürfe am Dienstag zurück.".getBytes(StandardCharsets.UTF_8));
        try {
            Run r = run("analyze", "--format", "json", "-");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("\"date\" : \"2022-01-12\""), r.out());
            assertTrue(r.out().contains("2022-01-11"), r.out());
        } finally {
            InputOptions.stdin = System.in;
        }
    }
}

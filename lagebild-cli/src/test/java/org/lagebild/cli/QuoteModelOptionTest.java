package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.ingest.Document;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.statements.learn.QuoteModels;

/** {@code --quote-model} on analyze: the rules by default, the bundled model on request, clear errors otherwise. */
class QuoteModelOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Der Außenminister sagte am Montag in Berlin, die Gespräche seien gescheitert. "
            + "„Wir werden nicht nachgeben“, erklärte die Sprecherin der Regierung. "
            + "Die Opposition warf der Regierung vor, sie habe zu spät gehandelt. Nach Angaben der Polizei wurde niemand verletzt. "
            + "Der Minister sagte, die Lage sei „sehr ernst“.";

    @TempDir
    Path dir;

    @Test
    void theParliamentModelReadsTheParseSelectionItWasTrainedOn() throws Exception {
        Document d = new Document("t", "Das wissen wir alle .", "de", null, null, null, "t");
        List<List<int[]>> tokens = List.of(List.of(new int[] {0, 3}, new int[] {4, 10}, new int[] {11, 14},
                new int[] {15, 19}, new int[] {20, 21}));
        assertTrue(new Analyzer(QuoteModelOption.model(null, "parliament"), null).parseTokens(d, tokens).tokens().stream()
                .anyMatch(t -> t.head() != -1)); // a weak cue verb without "dass": parsed, as in the model's training
        assertFalse(new Analyzer(QuoteModelOption.model(null, "rules"), null).parseTokens(d, tokens).tokens().stream()
                .anyMatch(t -> t.head() != -1));
    }

    @Test
    void newsNcIsTheRulesWithTheNewsFilterAlone() throws Exception {
        // the repository's models/ folder holds the separate news files (their absence: EventModelTest in core)
        assertEquals(null, QuoteModelOption.model(null, "news-nc"));
        assertTrue(QuoteModelOption.filter("news-nc") != null);
        assertEquals(null, QuoteModelOption.filter("rules"));
        assertEquals(null, QuoteModelOption.filter("parliament"));
        Path in = Files.writeString(dir.resolve("nc.txt"), TEXT);
        AnalyzeCommandTest.Run nc = AnalyzeCommandTest.run("analyze", "--format", "json", "--lang", "de",
                "--quote-model", "news-nc", in.toString());
        assertEquals(0, nc.code(), nc.err());
        for (JsonNode s : JSON.readTree(nc.out()).path("statements")) {
            JsonNode q = s.path("quote");
            assertEquals(TEXT.substring(q.path("start").asInt(), q.path("end").asInt()), q.path("text").asText());
        }
    }

    @Test
    void rulesAreTheDefaultAndTheBundledModelRefinesStatementsWithValidOffsets() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT);
        AnalyzeCommandTest.Run plain = AnalyzeCommandTest.run("analyze", "--format", "json", "--lang", "de", in.toString());
        AnalyzeCommandTest.Run rules = AnalyzeCommandTest.run("analyze", "--format", "json", "--lang", "de",
                "--quote-model", "rules", in.toString());
        assertEquals(0, plain.code(), plain.err());
        assertEquals(plain.out(), rules.out());
        AnalyzeCommandTest.Run model = AnalyzeCommandTest.run("analyze", "--format", "json", "--lang", "de",
                "--quote-model", "parliament", in.toString());
        assertEquals(0, model.code(), model.err());
        JsonNode statements = JSON.readTree(model.out()).path("statements");
        assertFalse(statements.isEmpty(), model.out());
        Set<String> ids = new HashSet<>();
        for (JsonNode s : statements) {
            assertTrue(ids.add(s.path("id").asText()), "duplicate id in " + statements);
            JsonNode q = s.path("quote");
            assertEquals(TEXT.substring(q.path("start").asInt(), q.path("end").asInt()), q.path("text").asText());
            JsonNode cue = s.path("cue");
            assertTrue(cue.path("start").asInt() < cue.path("end").asInt() && cue.path("end").asInt() <= TEXT.length(), cue.toString());
        }
        // nested partial quotations of the rules stay (the model only tags top-level ones)
        Set<String> modelQuotes = new HashSet<>();
        statements.forEach(s -> modelQuotes.add(s.path("quote").path("start").asInt() + "-" + s.path("quote").path("end").asInt()));
        int nested = 0;
        for (JsonNode r : JSON.readTree(rules.out()).path("statements")) {
            if (r.hasNonNull("parent")) {
                nested++;
                assertTrue(modelQuotes.contains(r.path("quote").path("start").asInt() + "-" + r.path("quote").path("end").asInt()),
                        "nested " + r + " lost in " + statements);
            }
        }
        assertTrue(nested > 0, "the rules find the nested „sehr ernst“: " + rules.out());
        for (JsonNode s : statements) {
            if (s.hasNonNull("parent")) {
                assertTrue(ids.contains(s.path("parent").asText()), "dangling parent in " + statements);
            }
        }
    }

    @Test
    void unknownNamesAreUsageErrorsAndAMissingNewsModelIsExplained() {
        AnalyzeCommandTest.Run bad = AnalyzeCommandTest.run("analyze", "--quote-model", "bogus", "-");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("rules, news-nc, parliament or a model file"), bad.err());
        IOException missing = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> QuoteModels.newsNonCommercial(dir));
        assertTrue(missing.getMessage().contains("not installed"), missing.getMessage());
    }
}

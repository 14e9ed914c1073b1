package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.statements.learn.Perceptron;
import org.lagebild.statements.learn.QuoteFilter;

/** {@code lagebild quotes predict/eval} on tiny hand-made documents of both corpus formats. */
class QuotesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** F1 of a metric line such as {@code "  Joint  P  60.0  R  50.0  F1  54.5"}. */
    private static double f1(String report, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+P\\s+([\\d.]+)\\s+R\\s+([\\d.]+)\\s+F1\\s+([\\d.]+)")
                .matcher(report);
        assertTrue(m.find(), label + " missing in:\n" + report);
        double f = Double.parseDouble(m.group(3));
        assertTrue(f >= 0 && f <= 100, report);
        return f;
    }

    @Test
    void parliamentPredictAndEval() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        // "Ich sage Ihnen : Der Antrag ist falsch ." / "Wir lehnen ihn ab ."
        Files.writeString(gold.resolve("speech.json"), """
                {"Sentences": [
                  {"SentenceId": 0, "Tokens": ["Ich", "sage", "Ihnen", ",", "dass", "der", "Antrag", "falsch", "ist", "."]},
                  {"SentenceId": 1, "Tokens": ["Wir", "lehnen", "diesen", "Antrag", "ab", "."]}],
                 "Annotations": [
                  {"Cue": ["0:1"], "PTC": [], "Source": ["0:0"], "Message": ["0:4", "0:5", "0:6", "0:7", "0:8"],
                   "Addr": ["0:2"], "Topic": [], "Medium": [], "Evidence": []},
                  {"Cue": ["0:6"], "PTC": [], "Source": [], "Message": [], "Addr": [], "Topic": [], "Medium": [], "Evidence": []},
                  {"Cue": ["1:1"], "PTC": ["1:4"], "Source": ["1:0"], "Message": ["1:2", "1:3"],
                   "Addr": [], "Topic": [], "Medium": [], "Evidence": []},
                  {"Cue": ["1:3"], "PTC": [], "Source": [], "Message": [], "Addr": [], "Topic": [], "Medium": [], "Evidence": []}]}
                """);
        Path pred = dir.resolve("pred");
        AnalyzeCommandTest.Run p = AnalyzeCommandTest.run("quotes", "predict", "--corpus", "parliament",
                "--input", gold.toString(), "--output", pred.toString());
        assertEquals(0, p.code(), p.err());
        JsonNode out = JSON.readTree(pred.resolve("speech.json").toFile());
        assertEquals(2, out.get("Sentences").size());
        assertTrue(out.get("Annotations").size() >= 2, out.toString());
        // "sagen" with its subject: cue 0:1, source 0:0.
        boolean sage = false;
        for (JsonNode a : out.get("Annotations")) {
            if (a.get("Cue").toString().equals("[\"0:1\"]")) {
                sage = a.get("Source").toString().equals("[\"0:0\"]");
            }
        }
        assertTrue(sage, out.toString());

        AnalyzeCommandTest.Run e = AnalyzeCommandTest.run("quotes", "eval", "--corpus", "parliament",
                "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("subtask 1"), e.out());
        assertTrue(f1(e.out(), "Cues") >= 50, e.out());
        assertTrue(f1(e.out(), "Joint") > 20, e.out());
        f1(e.out(), "Roles");

        // Gold against itself is perfect, in both subtasks.
        AnalyzeCommandTest.Run self = AnalyzeCommandTest.run("quotes", "eval", "--corpus", "parliament",
                "--gold", gold.toString(), "--pred", gold.toString(), "--gold-cues");
        assertEquals(0, self.code(), self.err());
        assertEquals(100.0, f1(self.out(), "Roles (gold cues)"), self.out());

        AnalyzeCommandTest.Run wrong = AnalyzeCommandTest.run("quotes", "eval", "--gold", gold.toString(),
                "--pred", gold.toString(), "--gold-cues");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("--gold-cues needs --corpus parliament"), wrong.err());
    }

    /** A news-format folder with one document, "Der Minister sagte, die Lage sei ernst.", and its gold quotation. */
    private Path newsGold() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        // "Der Minister sagte, die Lage sei ernst."
        String[] words = {"Der", "Minister", "sagte", ",", "die", "Lage", "sei", "ernst", "."};
        String text = "Der Minister sagte, die Lage sei ernst.";
        StringBuilder tokens = new StringBuilder();
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            int b = text.indexOf(words[i], from);
            from = b + words[i].length();
            tokens.append(i == 0 ? "" : ",").append(String.format(
                    "{\"id\":%d,\"text\":\"%s\",\"charBegin\":%d,\"charEnd\":%d,\"sentence\":1,\"word\":%d}",
                    i, words[i], b, from, i + 1));
        }
        Files.writeString(gold.resolve("doc (2022-01-12).json"), """
                {"documentName": "doc (2022-01-12)", "originalText": "%s",
                 "sentences": [{"id": 0, "text": "%s", "tokenIds": [0,1,2,3,4,5,6,7,8], "begin": 0, "end": 9,
                                "charBegin": 0, "charEnd": 39, "tokens": ["Der","Minister","sagte",",","die","Lage","sei","ernst","."]}],
                 "tokens": [%s],
                 "annotations": [{"id": 0, "type": "Indirect", "medium": "Speech", "isNested": false, "hasNested": false,
                   "cue": {"text": "sagte", "tokenIds": [2], "spans": [{"begin": 2, "end": 3, "charBegin": 13, "charEnd": 18}]},
                   "speaker": {"text": "Der Minister", "tokenIds": [0, 1], "spans": [{"begin": 0, "end": 2, "charBegin": 0, "charEnd": 12}]},
                   "quote": {"text": "die Lage sei ernst", "tokenIds": [4, 5, 6, 7], "spans": [{"begin": 4, "end": 8, "charBegin": 20, "charEnd": 38}]},
                   "frame": {"text": "Der Minister sagte ,", "tokenIds": [0, 1, 2, 3], "spans": [{"begin": 0, "end": 4, "charBegin": 0, "charEnd": 19}]},
                   "addressee": {"text": "", "tokenIds": [], "spans": []}}]}
                """.formatted(text, text, tokens));
        return gold;
    }

    @Test
    void newsPredictAndEval() throws IOException {
        Path gold = newsGold();
        Path pred = dir.resolve("pred");
        AnalyzeCommandTest.Run p = AnalyzeCommandTest.run("quotes", "predict", "--input", gold.toString(),
                "--output", pred.toString());
        assertEquals(0, p.code(), p.err());
        Path written = pred.resolve("doc (2022-01-12).json");
        assertTrue(Files.isRegularFile(written));
        assertFalse(JSON.readTree(written.toFile()).get("annotations").isEmpty());

        AnalyzeCommandTest.Run e = AnalyzeCommandTest.run("quotes", "eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, e.code(), e.err());
        Matcher joint = Pattern.compile("Joint[^\\n]*?F1\\s+([\\d.]+)").matcher(e.out());
        assertTrue(joint.find(), e.out());
        assertTrue(Double.parseDouble(joint.group(1)) > 0, e.out());
    }

    @Test
    void modelSwitchSelectsTheSeparateNewsModelOrRejectsUnknownNames() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        // The news model is found next to the application (the repository's models/ folder); its absence is
        // covered by EventModelTest in core.
        AnalyzeCommandTest.Run nc = AnalyzeCommandTest.run("quotes", "predict", "--quote-model", "news-nc",
                "--input", in.toString(), "--output", dir.resolve("out").toString());
        assertEquals(0, nc.code(), nc.err());
        AnalyzeCommandTest.Run bad = AnalyzeCommandTest.run("quotes", "predict", "--quote-model", "bogus", "--corpus", "parliament",
                "--input", in.toString(), "--output", dir.resolve("out2").toString());
        assertTrue(bad.code() != 0, bad.err());
        AnalyzeCommandTest.Run missing = AnalyzeCommandTest.run("quotes", "predict", "--model", dir.resolve("none.gz").toString(),
                "--input", in.toString(), "--output", dir.resolve("out3").toString());
        assertTrue(missing.code() != 0, missing.err());
    }

    @Test
    void quoteFilterDropsTheRulesQuotationsBelowItsThresholdAndIsForNewsOnly() throws IOException {
        Path gold = newsGold();
        // an empty perceptron scores every quotation 0: threshold 1 drops it, threshold -1 keeps it
        for (float threshold : new float[] {1f, -1f}) {
            Path filter = dir.resolve("filter" + threshold + ".tsv.gz");
            try (var out = Files.newOutputStream(filter)) {
                new QuoteFilter(new Perceptron(List.of("keep", "drop")), threshold).write(out);
            }
            Path pred = dir.resolve("pred" + threshold);
            AnalyzeCommandTest.Run p = AnalyzeCommandTest.run("quotes", "predict", "--input", gold.toString(),
                    "--output", pred.toString(), "--quote-filter", filter.toString());
            assertEquals(0, p.code(), p.err());
            boolean empty = JSON.readTree(pred.resolve("doc (2022-01-12).json").toFile()).get("annotations").isEmpty();
            assertEquals(threshold > 0, empty, "threshold " + threshold);
        }
        AnalyzeCommandTest.Run parl = AnalyzeCommandTest.run("quotes", "predict", "--corpus", "parliament", "--input", gold.toString(),
                "--output", dir.resolve("p").toString(), "--quote-filter", dir.resolve("filter1.0.tsv.gz").toString());
        assertTrue(parl.code() != 0 && parl.err().contains("--quote-filter is for --corpus news"), parl.err());
    }
}

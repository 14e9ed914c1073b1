package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.events.learn.LogisticModel;

/** {@code --event-model}: the rules by default, a model file on request, clear errors otherwise. */
class EventModelOptionTest {
    @TempDir
    Path dir;

    @Test
    void rulesAreTheDefaultAndAModelFileIsAccepted() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), "Indian police arrested three opposition activists in Delhi.");
        AnalyzeCommandTest.Run plain = AnalyzeCommandTest.run("analyze", "--format", "json", "--lang", "en", in.toString());
        AnalyzeCommandTest.Run rules = AnalyzeCommandTest.run("analyze", "--format", "json", "--lang", "en",
                "--event-model", "rules", in.toString());
        assertEquals(0, plain.code(), plain.err());
        assertEquals(plain.out(), rules.out());
        // a model that always says "neutral" changes nothing: the classifier never drops rule events
        List<LogisticModel.Example> ex = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ex.add(new LogisticModel.Example(0, List.of("w=arrest", "w=police")));
        }
        Path model = dir.resolve("m.tsv");
        try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
            LogisticModel.train(ex, 5, LogisticModel.Options.DEFAULT).write(w, List.of("test"));
        }
        AnalyzeCommandTest.Run learned = AnalyzeCommandTest.run("analyze", "--format", "json", "--lang", "en",
                "--event-model", model.toString(), in.toString());
        assertEquals(0, learned.code(), learned.err());
        assertEquals(plain.out(), learned.out());
    }

    @Test
    void unknownNamesAreUsageErrors() {
        AnalyzeCommandTest.Run bad = AnalyzeCommandTest.run("analyze", "--event-model", "bogus", "-");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("rules, en-nc or a model file"), bad.err());
        AnalyzeCommandTest.Run eval = AnalyzeCommandTest.run("events", "eval", "--event-model", "bogus");
        assertEquals(2, eval.code());
    }
}

package org.lagebild.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.model.StatementRecord;
import org.lagebild.time.PublicationDate;

/**
 * The same machinery on other real articles: the first dev documents of the German news
 * quotation corpus (../shared/data/quotes-de-news/dev, read only when present). Gold
 * quotations with a speaker must be found and attributed to the gold speaker mention at
 * rates well above chance. The full benchmark (the corpus's own metric) is the statements
 * issue's evaluation command; this guards the foundation against regressions.
 */
class SharedCorpusTest {
    private static final int DOCS = 25;
    private static final Pattern NAME = Pattern.compile(".*\\((\\d{4}-\\d{2}-\\d{2})\\)$");

    record Gold(int start, int end, int speakerStart, int speakerEnd) {
    }

    @Test
    void quotesAndSpeakersOnGermanNewsDev() throws IOException {
        Path dev = Fixtures.shared().resolve("data/quotes-de-news/dev");
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(dev)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().limit(DOCS).toList();
        }
        int gold = 0;
        int found = 0;
        int speakerCorrect = 0;
        int predicted = 0;
        int predictedTrue = 0;
        for (Path f : files) {
            JsonNode doc = json.readTree(f.toFile());
            String text = doc.get("originalText").asText();
            Matcher m = NAME.matcher(doc.get("documentName").asText());
            PublicationDate date = m.matches() ? PublicationDate.parse(m.group(1)).orElse(null) : null;
            Analysis a = Fixtures.analyze(new Document(f.getFileName().toString(), text, "de", date, null, null, f.toString()));
            List<Gold> golds = new ArrayList<>();
            for (JsonNode ann : doc.get("annotations")) {
                if (ann.path("isNested").asBoolean(false) || ann.path("speaker").path("spans").isEmpty()) {
                    continue;
                }
                JsonNode q = ann.path("quote").path("spans");
                JsonNode sp = ann.path("speaker").path("spans");
                if (q.isEmpty()) {
                    continue;
                }
                golds.add(new Gold(q.get(0).get("charBegin").asInt(), q.get(q.size() - 1).get("charEnd").asInt(),
                        sp.get(0).get("charBegin").asInt(), sp.get(sp.size() - 1).get("charEnd").asInt()));
            }
            for (Gold g : golds) {
                gold++;
                StatementRecord best = null;
                for (StatementRecord s : a.statements()) {
                    if (overlap(s.quote().start(), s.quote().end(), g.start(), g.end()) > 0.5 * (s.quote().end() - s.quote().start())) {
                        best = s;
                        break;
                    }
                }
                if (best != null) {
                    found++;
                    if (best.speaker() != null && overlap(best.speaker().start(), best.speaker().end(), g.speakerStart(), g.speakerEnd()) > 0) {
                        speakerCorrect++;
                    }
                }
            }
            for (StatementRecord s : a.statements()) {
                predicted++;
                for (Gold g : golds) {
                    if (overlap(s.quote().start(), s.quote().end(), g.start(), g.end()) > 0) {
                        predictedTrue++;
                        break;
                    }
                }
            }
        }
        double recall = found / (double) gold;
        double speakerAcc = speakerCorrect / (double) Math.max(found, 1);
        double precision = predictedTrue / (double) Math.max(predicted, 1);
        System.out.printf("quotes-de-news dev, first %d docs: %d gold quotations with speaker; found %.2f; "
                + "speaker correct on found %.2f; statement precision %.2f%n", files.size(), gold, recall, speakerAcc, precision);
        assertTrue(gold > 50, "expected a real sample, got " + gold);
        assertTrue(recall >= 0.50, "quotation recall " + recall);
        assertTrue(speakerAcc >= 0.70, "speaker accuracy " + speakerAcc);
        assertTrue(precision >= 0.70, "statement precision " + precision);
    }

    private static int overlap(int a1, int a2, int b1, int b2) {
        return Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
    }
}

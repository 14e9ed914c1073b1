package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Region;

/** The similarity and clustering rules of the deduplication, without a database. */
class DedupRulesTest {
    static Path examples() {
        return Files.isDirectory(Path.of("..", "examples")) ? Path.of("..", "examples") : Path.of("examples");
    }

    /**
     * The bundled distinct articles: the German seed article and the sample corpus (German and
     * English). The English example file is left out: it is the corpus's first VOA story again.
     */
    static List<String> corpus() throws IOException {
        Path ex = examples();
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(ex.resolve("nato-russland-rat-2022-01.txt")));
        ObjectMapper json = new ObjectMapper();
        for (String f : List.of("voa-sample.jsonl", "wikinews-de-sample.jsonl")) {
            for (String line : Files.readAllLines(ex.resolve("corpus").resolve(f))) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    texts.add(n.path("text").asText());
                }
            }
        }
        return texts;
    }

    /** A syndicated copy: a new headline line, the middle sentence replaced, an agency line appended. */
    static String editedCopy(String text) {
        String[] sentences = text.split("(?<=[.!?])\\s+");
        sentences[sentences.length / 2] = "Dieser Satz wurde von der Redaktion der Partnerzeitung neu geschrieben.";
        return "Eine ganz andere Überschrift\n\n" + String.join(" ", sentences) + "\nMehr dazu bei unserem Partner.";
    }

    static double exactJaccard(String a, String b) {
        Set<List<String>> x = shingles(a);
        Set<List<String>> y = shingles(b);
        Set<List<String>> inter = new HashSet<>(x);
        inter.retainAll(y);
        return (double) inter.size() / (x.size() + y.size() - inter.size());
    }

    static Set<List<String>> shingles(String t) {
        List<String> w = MinHash.words(t, List.of());
        Set<List<String>> s = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE <= w.size(); i++) {
            s.add(w.subList(i, i + MinHash.SHINGLE));
        }
        return s;
    }

    @Test
    void distinctArticlesStayBelowAndEditedCopiesAboveTheThreshold() throws IOException {
        List<String> texts = corpus();
        assertTrue(texts.size() >= 10, "corpus: " + texts.size());
        List<MinHash.Signature> sigs = texts.stream().map(t -> MinHash.of(t, List.of())).toList();
        for (int i = 0; i < texts.size(); i++) {
            assertTrue(sigs.get(i).comparable(), "article " + i + " is long enough to compare");
            for (int j = i + 1; j < texts.size(); j++) {
                double s = sigs.get(i).similarity(sigs.get(j));
                assertTrue(s < MinHash.THRESHOLD, "articles " + i + " and " + j + ": " + s);
            }
            String copy = editedCopy(texts.get(i));
            MinHash.Signature c = MinHash.of(copy, List.of());
            double s = sigs.get(i).similarity(c);
            assertTrue(s >= MinHash.THRESHOLD, "article " + i + " and its edited copy: " + s);
            // the estimate is unbiased with a standard error of at most 0.045 for 128 hashes
            assertEquals(exactJaccard(texts.get(i), copy), s, 0.15, "article " + i);
            // near-duplicates share a band key, so the index lookup finds them
            Set<Long> keys = new HashSet<>();
            for (long k : sigs.get(i).bandKeys()) {
                keys.add(k);
            }
            boolean shared = false;
            for (long k : c.bandKeys()) {
                shared |= keys.contains(k);
            }
            assertTrue(shared, "article " + i);
        }
    }

    @Test
    void theEnglishExampleIsANearDuplicateOfItsCorpusCopy() throws IOException {
        // the same VOA story twice: as a text file with a date line and the headline in the text,
        // and as a JSON Lines record with the headline as the title
        String file = Files.readString(examples().resolve("voa-europe-rearming-2025-03.txt"));
        String record = new ObjectMapper().readTree(Files.readAllLines(examples().resolve("corpus")
                .resolve("voa-sample.jsonl")).get(0)).path("text").asText();
        assertFalse(file.equals(record));
        assertTrue(MinHash.of(file, List.of()).similarity(MinHash.of(record, List.of())) >= 0.9);
    }

    @Test
    void signaturesIgnoreExcludedRegionsAndRoundTrip() {
        String body = "Die Nato hat die Forderungen Moskaus nach Sicherheitsgarantien am Mittwoch in Brüssel "
                + "erneut zurückgewiesen und weitere Gespräche mit Russland angeboten, sagte der Generalsekretär.";
        String credit = "Foto: JOHN THYS/AFP via Getty Images\n";
        MinHash.Signature plain = MinHash.of(body, List.of());
        MinHash.Signature masked = MinHash.of(credit + body, List.of(new Region(0, credit.length(), "credit", credit)));
        assertEquals(1.0, plain.similarity(masked));
        assertEquals(1.0, plain.similarity(MinHash.Signature.decode(plain.encode(), plain.shingles())));
        assertFalse(MinHash.of("Kurze Meldung ohne genug Wörter.", List.of()).comparable());
        assertEquals(List.of("ein", "satz", "2022"), MinHash.words("Ein—Satz; 2022!", null));
    }

    static EventClusters.Profile profile(String type, Set<String> src, Set<String> tgt, String place, LocalDate day) {
        return new EventClusters.Profile(type, false, false, false, src, tgt, "x:1", place, day, null, null);
    }

    @Test
    void eventClusteringRules() {
        LocalDate d = LocalDate.of(2022, 1, 12);
        EventClusters.Profile base = profile("CONSULT", Set.of("NATO"), Set.of("RUS"), "BEL", d);
        assertTrue(EventClusters.compatible(base, profile("CONSULT", Set.of("NATO"), Set.of("RUS"), "BEL", d.plusDays(2))));
        assertFalse(EventClusters.compatible(base, profile("CONSULT", Set.of("NATO"), Set.of("RUS"), "BEL", d.plusDays(3))),
                "outside the date window");
        assertFalse(EventClusters.compatible(base, profile("REJECT", Set.of("NATO"), Set.of("RUS"), "BEL", d)), "type");
        assertFalse(EventClusters.compatible(base, profile("CONSULT", Set.of("NATO"), Set.of("RUS"), "CHE", d)), "place");
        assertTrue(EventClusters.compatible(base, profile("CONSULT", Set.of("NATO"), Set.of("RUS"), null, d)),
                "a mention without a place");
        assertTrue(EventClusters.compatible(base, profile("CONSULT", Set.of("NATO", "USA"), Set.of(), null, d)),
                "overlapping sources, no target");
        assertFalse(EventClusters.compatible(base, profile("CONSULT", Set.of("USA"), Set.of("RUS"), null, d)),
                "disjoint sources");
        assertFalse(EventClusters.compatible(base, profile("CONSULT", Set.of(), Set.of(), null, d)), "no actors");
        EventClusters.Profile negated = new EventClusters.Profile("CONSULT", true, false, false, Set.of("NATO"), Set.of("RUS"),
                "x:1", null, d, null, null);
        assertFalse(EventClusters.compatible(base, negated), "negated and asserted");
        EventClusters.Profile hoped = new EventClusters.Profile("CONSULT", false, false, true, Set.of("NATO"),
                Set.of("RUS"), "x:1", null, d, null, null);
        assertFalse(EventClusters.compatible(base, hoped), "a future or hypothetical meeting is not the meeting held");
        // actor-less mentions match only the same evidence text
        EventClusters.Profile bare = profile("ATTACK", Set.of(), Set.of(), null, d);
        assertTrue(EventClusters.compatible(bare, profile("ATTACK", Set.of(), Set.of(), null, d)));
        assertFalse(EventClusters.compatible(bare, new EventClusters.Profile("ATTACK", false, false, false, Set.of(), Set.of(),
                "x:2", null, d, null, null)));
        // own dates that are far apart keep two events apart even when reported the same day
        EventClusters.Profile old = new EventClusters.Profile("CONSULT", false, false, false, Set.of("NATO"), Set.of("RUS"),
                "x:1", null, d, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 1));
        EventClusters.Profile now = new EventClusters.Profile("CONSULT", false, false, false, Set.of("NATO"), Set.of("RUS"),
                "x:1", null, d, d, d);
        assertFalse(EventClusters.compatible(old, now));
        assertTrue(EventClusters.daysNear(null, null));
        assertFalse(EventClusters.daysNear(d, null));
    }

    @Test
    void statementSimilarity() {
        String q = "es bestünden nach wie vor erhebliche Meinungsverschiedenheiten mit Moskau im Ukraine-Konflikt";
        assertTrue(StatementClusters.similarity(q, q) > 0.99);
        assertTrue(StatementClusters.similarity(q, "Es bestünden nach wie vor erhebliche Meinungsverschiedenheiten "
                + "mit Moskau.") > 0, "a shortened quote is contained in the longer one");
        assertTrue(StatementClusters.similarity(q, q.replace("erhebliche", "große")) > 0, "one word changed");
        assertEquals(0, StatementClusters.similarity(q, "Wir werden keine Kompromisse bei unseren Grundprinzipien machen"));
        assertEquals(0, StatementClusters.similarity("mit Moskau", "Gespräche mit Moskau sind nötig und sinnvoll"),
                "too short to count as contained");
    }

    @Test
    void surnameRules() {
        assertEquals(List.of("stoltenberg"), PersonAliases.surnameKeys("Jens Stoltenberg"));
        assertEquals(List.of("leyen", "von-der-leyen"), PersonAliases.surnameKeys("Ursula von der Leyen"));
        assertEquals(List.of(), PersonAliases.surnameKeys("der Nato-Generalsekretär"), "a role description");
        assertEquals(List.of(), PersonAliases.surnameKeys("Stoltenberg"));
        assertEquals("stoltenberg", PersonAliases.surnameOnlyKey("Stoltenberg"));
        assertEquals("von-der-leyen", PersonAliases.surnameOnlyKey("von der Leyen"));
        assertEquals("scholz", PersonAliases.surnameOnlyKey("Scholz"));
        assertNull(PersonAliases.surnameOnlyKey("Olaf Scholz"));
        assertNull(PersonAliases.surnameOnlyKey("sprecher"));
        assertNull(PersonAliases.surnameOnlyKey(""));
    }
}

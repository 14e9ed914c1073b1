package org.lagebild.statements.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.statements.eval.NewsCorpus.Annotation;
import org.lagebild.statements.eval.NewsCorpus.Document;

/** Scores the gold dev sets of ../shared against themselves; skipped when ../shared is absent. */
class SharedCorpusScorerTest {
    private static final double EPS = 1e-12;

    private static Path shared() {
        String prop = System.getProperty("lagebild.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        assumeTrue(Files.isDirectory(p.resolve("data")), "skipped: ../shared not present");
        return p;
    }

    private static void assertOne(Prf prf) {
        assertEquals(1.0, prf.precision(), EPS);
        assertEquals(1.0, prf.recall(), EPS);
        assertEquals(1.0, prf.f1(), EPS);
    }

    @Test
    void newsDevAgainstItselfIsPerfect() throws IOException {
        Path dev = shared().resolve("data/quotes-de-news/dev");
        NewsScorer.Result r = NewsScorer.scoreDirectories(dev, dev);
        assertEquals(150, r.documents());
        assertEquals(653, r.full().goldQuotes());
        assertEquals(580, r.simplified().goldQuotes());
        for (NewsScorer.Variant v : List.of(r.full(), r.simplified())) {
            for (NewsScorer.Scores s : List.of(v.micro(), v.macro())) {
                assertOne(s.message());
                assertOne(s.roles());
                assertOne(s.joint());
            }
        }
        assertOne(r.full().form());
        assertOne(r.full().medium());
    }

    @Test
    void newsDevWrittenBackScoresPerfectAndKeepsText(@TempDir Path tmp) throws IOException {
        Path dev = shared().resolve("data/quotes-de-news/dev");
        SortedMap<String, Document> gold = NewsCorpus.readDirectory(dev);
        NewsCorpus.writeDirectory(gold, tmp);
        SortedMap<String, Document> back = NewsCorpus.readDirectory(tmp);
        assertEquals(gold.keySet(), back.keySet());
        int roles = 0;
        int identical = 0;
        for (Map.Entry<String, Document> e : gold.entrySet()) {
            Document g = e.getValue();
            Document b = back.get(e.getKey());
            assertEquals(NewsCorpus.normalize(g), b, e.getKey());
            for (int i = 0; i < g.annotations().size(); i++) {
                for (String role : NewsCorpus.ROLES) {
                    roles++;
                    identical += g.annotations().get(i).role(role).equals(b.annotations().get(i).role(role)) ? 1 : 0;
                }
            }
        }
        // the corpus itself has a few unsorted token lists and adjacent spans left unmerged;
        // everything else is reproduced byte for byte from the token ids
        assertEquals(true, identical > 0.99 * roles, identical + " of " + roles);
        NewsScorer.Result r = NewsScorer.score(gold, back);
        assertOne(r.full().macro().joint());
        assertOne(r.full().micro().joint());
    }

    @Test
    void newsDevWithoutItsSecondHalfOfQuotesLosesRecallOnly() throws IOException {
        SortedMap<String, Document> gold = NewsCorpus.readDirectory(shared().resolve("data/quotes-de-news/dev"));
        SortedMap<String, Document> pred = new TreeMap<>();
        for (Map.Entry<String, Document> e : gold.entrySet()) {
            List<Annotation> anns = e.getValue().annotations();
            pred.put(e.getKey(), e.getValue().withAnnotations(new ArrayList<>(anns.subList(0, (anns.size() + 1) / 2))));
        }
        NewsScorer.Result r = NewsScorer.score(gold, pred);
        assertEquals(1.0, r.full().micro().message().precision(), EPS);
        assertEquals(true, r.full().micro().message().recall() < 0.9);
        assertEquals(true, r.full().micro().message().recall() > 0.3);
    }

    @Test
    void parliamentDevAgainstItselfIsPerfect() throws IOException {
        Path dev = shared().resolve("data/quotes-de-parliament/dev");
        ParliamentScorer.Result r = ParliamentScorer.scoreDirectories(dev, dev);
        assertEquals(18, r.documents());
        assertEquals(515, r.goldEvents());
        assertOne(r.cues());
        assertOne(r.roles());
        assertOne(r.joint());
        assertOne(r.cueInstances());
    }
}

package org.lagebild.statements.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.nlp.AnnotatedDocument;

class ParseCacheTest {
    @Test
    void roundTripKeepsEveryTokenField(@TempDir Path dir) throws IOException {
        AnnotatedDocument d = EventModelTest.sentence("Merkel", "sagte", "Lage", "ernst");
        Path f = dir.resolve("x.tsv.gz");
        ParseCache.write(d, f);
        AnnotatedDocument back = ParseCache.read(f, d.text());
        assertEquals(d.tokens(), back.tokens());
        assertEquals(d.sentences(), back.sentences());
        assertEquals(d.lang(), back.lang());
    }

    @Test
    void keyDependsOnTextAndTokenisation() {
        String a = ParseCache.key("ab cd", List.of(List.of(new int[] {0, 2}, new int[] {3, 5})));
        String b = ParseCache.key("ab cd", List.of(List.of(new int[] {0, 5})));
        String c = ParseCache.key("ab ce", List.of(List.of(new int[] {0, 2}, new int[] {3, 5})));
        assertNotEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(a, ParseCache.key("ab cd", List.of(List.of(new int[] {0, 2}, new int[] {3, 5}))));
    }
}

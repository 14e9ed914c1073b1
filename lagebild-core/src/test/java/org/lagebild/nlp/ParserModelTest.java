package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ParserModel}, its binary cache and {@link FastParser} on a small random model (no CoreNLP needed). */
class ParserModelTest {
    private static final String[] WORDS = {"-UNKNOWN-", "-NULL-", "-ROOT-", "der", "Rat", "tagt", ".", "und", "Nato"};
    private static final String[] TAGS = {"-UNKNOWN-", "-NULL-", "-ROOT-", "DET", "NOUN", "VERB", "PUNCT", "CCONJ"};
    private static final String[] LABELS = {"-NULL-", "root", "det", "nsubj", "punct", "cc", "conj"};

    static ParserModel randomModel(long seed, long cacheBytes) {
        Random r = new Random(seed);
        int e = 8;
        int h = 16;
        int ids = WORDS.length + TAGS.length + LABELS.length;
        int nt = 2 * LABELS.length - 1;
        return new ParserModel("", WORDS, TAGS, LABELS, e, h, random(r, ids * e), random(r, 48 * e * h),
                random(r, h), random(r, h * nt), cacheBytes);
    }

    private static float[] random(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }

    private static List<List<String>> sentences(Random r, int count, int maxLength) {
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<String> words = new ArrayList<>();
            int n = 1 + r.nextInt(maxLength);
            for (int i = 0; i < n; i++) {
                words.add(r.nextInt(5) == 0 ? "unbekannt" + i : WORDS[3 + r.nextInt(WORDS.length - 3)]);
            }
            out.add(words);
        }
        return out;
    }

    private static List<String> tags(List<String> words) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            t.add(i % 7 == 3 ? null : TAGS[3 + i % (TAGS.length - 3)]); // null tags count as unknown
        }
        return t;
    }

    /** Every token has one head, exactly one is attached to the root, and following heads never cycles. */
    private static void assertTree(FastParser.Parse p, int n) {
        assertEquals(n, p.heads().length);
        int roots = 0;
        for (int i = 0; i < n; i++) {
            int h = p.heads()[i];
            assertTrue(h >= 0 && h <= n && h != i + 1, "head " + h);
            roots += h == 0 ? 1 : 0;
            int steps = 0;
            for (int k = i + 1; k != 0; k = p.heads()[k - 1]) {
                assertTrue(++steps <= n, "cycle");
            }
        }
        assertEquals(1, roots);
        for (int i = 0; i < n; i++) {
            assertEquals(p.heads()[i] == 0, p.labels()[i].equals("root"));
        }
    }

    @Test
    void parsesAreTreesAndTheCacheBoundDoesNotChangeThem() {
        FastParser cached = new FastParser(randomModel(1, Long.MAX_VALUE));
        FastParser uncached = new FastParser(randomModel(1, 0));
        Random r = new Random(7);
        for (List<String> words : sentences(r, 300, 60)) {
            FastParser.Parse a = cached.parse(words, tags(words));
            FastParser.Parse b = uncached.parse(words, tags(words));
            assertTree(a, words.size());
            assertArrayEquals(a.heads(), b.heads());
            assertArrayEquals(a.labels(), b.labels());
        }
        assertTrue(cached.model().cachedBytes() > 0);
        assertEquals(0, uncached.model().cachedBytes());
    }

    @Test
    void cacheStaysWithinItsBound() {
        ParserModel m = randomModel(2, 40 * 16 * Float.BYTES); // 40 rows of 16 floats
        FastParser p = new FastParser(m);
        for (List<String> words : sentences(new Random(3), 200, 40)) {
            p.parse(words, tags(words));
        }
        assertTrue(m.cachedBytes() <= 40 * 16 * Float.BYTES, "cached " + m.cachedBytes());
    }

    @Test
    void binaryCacheRoundTrip(@TempDir Path dir) throws Exception {
        ParserModel m = randomModel(4, Long.MAX_VALUE);
        Path file = dir.resolve("sub").resolve("model.bin");
        ParserModelCache.write(m, file);
        ParserModel back = ParserModelCache.read(file);
        assertArrayEquals(m.words, back.words);
        assertArrayEquals(m.tags, back.tags);
        assertArrayEquals(m.labels, back.labels);
        assertArrayEquals(m.embeddings, back.embeddings);
        assertArrayEquals(m.w1t, back.w1t);
        assertArrayEquals(m.b1, back.b1);
        assertArrayEquals(m.w2t, back.w2t);
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        // A truncated file is rejected (the loader then falls back to the text model and rewrites it).
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        boolean failed = false;
        try {
            ParserModelCache.read(file);
        } catch (java.io.IOException | RuntimeException e) {
            failed = true;
        }
        assertTrue(failed);
    }

    @Test
    void longAndEmptyInputs() {
        FastParser p = new FastParser(randomModel(5, 1 << 20));
        List<String> longSentence = sentences(new Random(9), 1, 1).get(0);
        while (longSentence.size() < 500) {
            longSentence.add("und");
        }
        assertTree(p.parse(longSentence, tags(longSentence)), 500);
        FastParser.Parse empty = p.parse(List.of(), List.of());
        assertEquals(0, empty.heads().length);
        assertFalse(p.model().cachedBytes() > (1 << 20));
    }
}

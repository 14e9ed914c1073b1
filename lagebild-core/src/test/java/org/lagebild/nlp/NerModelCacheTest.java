package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link NerModelCache} with the English 3-class CRF (the smaller model): the cached classifier
 * has the same features, weights, distsim lexicon and tags; a damaged file is detected and
 * rebuilt. Tags on whole documents against CoreNLP's annotator: {@code NerEqualityTest}.
 */
class NerModelCacheTest {
    private static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    @TempDir
    static Path shared;
    private static Path written;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeOnce() {
        written = NerModelCache.cachedModel(MODEL, shared.resolve("ner.ser"));
    }

    @Test
    void roundTripKeepsFeaturesWeightsLexiconAndTags() throws Exception {
        Path file = written;
        assertNotNull(file, "cache written");
        assertTrue(NerModelCache.intact(file));
        CRFClassifier<CoreLabel> original = CRFClassifier.getClassifier(MODEL);
        CRFClassifier<CoreLabel> cached = CRFClassifier.getClassifier(file.toString());

        Index<String> a = get(CRFClassifier.class, "featureIndex", original);
        Index<String> b = get(CRFClassifier.class, "featureIndex", cached);
        assertInstanceOf(CompactStringIndex.class, b);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i), b.get(i));
            assertEquals(i, b.indexOf(a.get(i)));
        }
        assertEquals(-1, b.indexOf("no such feature|C"));
        float[][] wa = get(CRFClassifier.class, "weights", original);
        float[][] wb = get(CRFClassifier.class, "weights", cached);
        assertEquals(wa.length, wb.length);
        for (int i = 0; i < wa.length; i++) {
            assertArrayEquals(wa[i], wb[i]);
        }
        Map<String, String> la = get(NERFeatureFactory.class, "lexicon", original.featureFactories.get(0));
        Map<String, String> lb = get(NERFeatureFactory.class, "lexicon", cached.featureFactories.get(0));
        assertInstanceOf(CompactLexicon.class, lb);
        assertEquals(la, lb);
        assertEquals(original.classIndex.objectsList(), cached.classIndex.objectsList());
        assertEquals(original.getKnownLCWords(), cached.getKnownLCWords());

        String text = "Angela Merkel met Emmanuel Macron in Paris on Tuesday , the German government said .";
        List<List<CoreLabel>> x = original.classify(text);
        List<List<CoreLabel>> y = cached.classify(text);
        assertEquals(tags(x), tags(y));
        assertTrue(tags(y).contains("PERSON") && tags(y).contains("LOCATION"), tags(y));
    }

    @Test
    void damagedFileIsDetectedAndRebuilt() throws Exception {
        Path file = Files.copy(written, dir.resolve("ner.ser"));
        long size = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {42, 42, 42, 42}), size / 2);
        }
        assertFalse(NerModelCache.intact(file), "flipped bytes");
        assertEquals(file, NerModelCache.cachedModel(MODEL, file));
        assertTrue(NerModelCache.intact(file), "rebuilt");

        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size - 100);
        }
        assertFalse(NerModelCache.intact(file), "truncated");
        Files.writeString(file, "not a model");
        assertFalse(NerModelCache.intact(file), "garbage");
    }

    @Test
    void unwritableLocationMeansNoCache() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertEquals(null, NerModelCache.cachedModel(MODEL, blocker.resolve("sub").resolve("ner.ser")));
    }

    private static String tags(List<List<CoreLabel>> sentences) {
        StringBuilder sb = new StringBuilder();
        for (List<CoreLabel> s : sentences) {
            for (CoreLabel l : s) {
                sb.append(l.word()).append('/').append(l.get(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class)).append(' ');
            }
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return (T) f.get(target);
    }
}

package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lagebild.ingest.Cleanup;
import org.lagebild.ingest.Document;
import org.lagebild.pipeline.Fixtures;

/**
 * {@link OwnNerClassifier} against CoreNLP's own classification of the same cached model:
 * the same feature ids for every token, and the same NER tags (and tag probabilities up to
 * rounding) on every token of the bundled examples and of unseen German news (10kGNAD, when
 * ../shared is present). Both annotators see the same texts in the same order: CoreNLP's
 * classifier learns lower-case words while tagging, and both must learn alike.
 */
class OwnNerEqualityTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void sameFeatureIdsAsCoreNlp(String lang) throws Exception {
        Properties props = NlpPipeline.properties(lang);
        Path model = NerModelCache.cachedModel(props.getProperty("ner.model"));
        assertNotNull(model, "model cache");
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model.toString());
        OwnNerClassifier own = OwnNerClassifier.of(crf);
        assertNotNull(own, "flags of the " + lang + " model supported");
        StanfordCoreNLP tokenizer = tokenizer(lang);
        int tokens = 0;
        int features = 0;
        for (String text : texts(lang)) {
            Annotation a = new Annotation(text);
            tokenizer.annotate(a);
            for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> copies = workingCopies(s.get(CoreAnnotations.TokensAnnotation.class));
                int[][][] expected = crf.documentToDataAndLabels(copies).first();
                int[][][] actual = own.documentToDataAndLabels(workingCopies(s.get(CoreAnnotations.TokensAnnotation.class)))
                        .first();
                assertEquals(expected.length, actual.length);
                for (int i = 0; i < expected.length; i++) {
                    for (int c = 0; c < 2; c++) {
                        int[] e = expected[i][c].clone();
                        Arrays.sort(e);
                        int token = i;
                        int clique = c;
                        assertArrayEquals(e, actual[i][c], () -> "features of clique " + clique + " at "
                                + copies.get(token).word() + ": CoreNLP " + names(crf, e) + " own " + names(crf, actual[token][clique]));
                        features += e.length;
                    }
                    tokens++;
                }
            }
        }
        System.out.printf("%s: %d tokens, %d feature ids identical%n", lang, tokens, features);
        assertTrue(tokens > 2000);
    }

    /** Tokens as CoreNLP's classifier sees them: text, a word shape and, for some names, the tag NNP (occurrence patterns). */
    private static List<CoreLabel> workingCopies(List<CoreLabel> tokens) {
        List<CoreLabel> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel l = new CoreLabel();
            String w = tokens.get(i).word();
            l.setWord(w);
            l.setValue(w);
            l.set(CoreAnnotations.ShapeAnnotation.class, WordShapeClassifier.wordShape(w, WordShapeClassifier.WORDSHAPECHRIS2));
            if (i % 3 != 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                l.setTag("NNP");
            }
            out.add(l);
        }
        return out;
    }

    private static List<String> names(CRFClassifier<CoreLabel> crf, int[] ids) {
        List<String> out = new ArrayList<>();
        try {
            @SuppressWarnings("unchecked")
            edu.stanford.nlp.util.Index<String> index = (edu.stanford.nlp.util.Index<String>)
                    NerModelCache.field(CRFClassifier.class, "featureIndex").get(crf);
            for (int id : ids) {
                out.add(index.get(id));
            }
        } catch (ReflectiveOperationException e) {
            out.add(e.toString());
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void sameTagsOnExamples(String lang) {
        sameTags(lang, texts(lang), lang.equals("de") ? 4000 : 5000);
    }

    @Test
    void sameTagsOnUnseenGermanNews() throws IOException {
        sameTags("de", gnad(60), 20_000);
    }

    private static void sameTags(String lang, List<String> texts, int minTokens) {
        Pair p = pair(lang);
        assertSameTags(lang, texts, p.own(), p.coreNlp(), minTokens);
    }

    /**
     * Tags {@code texts} with both annotators (in the same order) and asserts the same NER tags,
     * coarse tags and tag probabilities (up to rounding) on every token.
     */
    static void assertSameTags(String lang, List<String> texts, Annotator tested, Annotator reference, int minTokens) {
        StanfordCoreNLP tokenizer = tokenizer(lang);
        int tokens = 0;
        int entities = 0;
        double maxProbDiff = 0;
        for (String text : texts) {
            Annotation x = new Annotation(text);
            tokenizer.annotate(x);
            Annotation y = new Annotation(text);
            tokenizer.annotate(y);
            tested.annotate(x);
            reference.annotate(y);
            List<CoreLabel> xs = x.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> ys = y.get(CoreAnnotations.TokensAnnotation.class);
            assertEquals(ys.size(), xs.size(), "same tokens");
            for (int i = 0; i < xs.size(); i++) {
                CoreLabel u = xs.get(i);
                CoreLabel v = ys.get(i);
                assertEquals(v.ner(), u.ner(), () -> "NER tag of " + v.word() + " at " + v.beginPosition());
                assertEquals(v.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class),
                        u.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class));
                Map<String, Double> pu = u.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
                Map<String, Double> pv = v.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
                assertEquals(pv.keySet(), pu.keySet());
                for (Map.Entry<String, Double> e : pv.entrySet()) {
                    maxProbDiff = Math.max(maxProbDiff, Math.abs(e.getValue() - pu.get(e.getKey())));
                }
                tokens++;
                entities += "O".equals(v.ner()) ? 0 : 1;
            }
        }
        System.out.printf("%s: %d texts, %d tokens (%d in entities) with identical NER tags; largest probability "
                + "difference %.2e%n", lang, texts.size(), tokens, entities, maxProbDiff);
        assertTrue(maxProbDiff < 1e-9, "probabilities as CoreNLP's up to rounding: " + maxProbDiff);
        assertTrue(tokens >= minTokens, "enough tokens: " + tokens);
        assertTrue(entities >= 100, "entities found: " + entities);
    }

    /**
     * NER alone, own vs CoreNLP's classification, alternating rounds in one thread: tokens per
     * CPU-second and bytes allocated per token. A measurement, never an assertion on time:
     * {@code -Dlagebild.bench=true}.
     */
    @Test
    void benchmark() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("lagebild.bench"), "set -Dlagebild.bench=true to measure");
        List<String> texts = gnad(60);
        Pair p = pair("de");
        StanfordCoreNLP tokenizer = tokenizer("de");
        List<Annotation> docs = new ArrayList<>();
        for (String t : texts) {
            Annotation a = new Annotation(t);
            tokenizer.annotate(a);
            docs.add(a);
        }
        int tokens = docs.stream().mapToInt(a -> a.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (int round = 0; round < 4; round++) {
            for (String which : List.of("own", "corenlp")) {
                Annotator a = which.equals("own") ? p.own() : p.coreNlp();
                long cpu = mx.getCurrentThreadCpuTime();
                long bytes = mx.getThreadAllocatedBytes(tid);
                long wall = System.nanoTime();
                for (Annotation d : docs) {
                    a.annotate(d);
                }
                double cpuS = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf("round %d %-7s: %d tokens, %.0f tokens per CPU-s (%.2f s CPU, %.2f s wall), "
                                + "%.0f bytes allocated per token%n", round, which, tokens, tokens / cpuS, cpuS,
                        (System.nanoTime() - wall) / 1e9, (double) (mx.getThreadAllocatedBytes(tid) - bytes) / tokens);
            }
        }
    }

    private record Pair(Annotator own, Annotator coreNlp) {
    }

    private static Pair pair(String lang) {
        Properties props = NlpPipeline.properties(lang);
        AnnotatorImplementations impl = new AnnotatorImplementations();
        Annotator own = NerModelCache.annotator(props, impl::ner, false);
        assertEquals(1, OwnNerClassifier.install(own), "own classifier installed");
        Annotator coreNlp = NerModelCache.annotator(props, impl::ner, false);
        return new Pair(own, coreNlp);
    }

    static StanfordCoreNLP tokenizer(String lang) {
        Properties tokProps = new Properties();
        tokProps.putAll(NlpPipeline.properties(lang));
        tokProps.setProperty("annotators", lang.equals("de") ? "tokenize,ssplit,mwt" : "tokenize,ssplit");
        return new StanfordCoreNLP(tokProps, false);
    }

    static List<String> texts(String lang) {
        List<String> texts = new ArrayList<>();
        for (Document d : FastParserEqualityTest.examples(lang)) {
            texts.add(Cleanup.clean(d.text(), lang).masked());
        }
        return texts;
    }

    /** The first {@code n} articles of the 10kGNAD test split (label;'text' per line). */
    private static List<String> gnad(int n) throws IOException {
        Path csv = Fixtures.shared().resolve("data/news-de-10kgnad/test.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "skipped: " + csv + " is absent");
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.limit(n).map(l -> l.substring(l.indexOf(';') + 1)).map(t -> t.length() > 1
                    && t.startsWith("'") && t.endsWith("'") ? t.substring(1, t.length() - 1) : t).toList();
        }
    }
}

package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lagebild.ingest.Cleanup;
import org.lagebild.ingest.Document;

/**
 * The NER annotator on the cached model ({@link NerModelCache}, as {@link NlpPipeline} builds it)
 * against CoreNLP's annotator on the original model: identical NER tags and tag probabilities on
 * every token of the bundled examples. Both see the same documents in the same order (CoreNLP's
 * classifier learns lower-case words as it tags, so order matters).
 */
class NerEqualityTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void sameTagsAsCoreNlp(String lang) {
        List<String> texts = new ArrayList<>();
        for (Document d : FastParserEqualityTest.examples(lang)) {
            texts.add(Cleanup.clean(d.text(), lang).masked());
        }
        Properties props = NlpPipeline.properties(lang);
        Properties tokProps = new Properties();
        tokProps.putAll(props);
        tokProps.setProperty("annotators", lang.equals("de") ? "tokenize,ssplit,mwt" : "tokenize,ssplit");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(tokProps, false);
        AnnotatorImplementations impl = new AnnotatorImplementations();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        Annotator cached = NerModelCache.annotator(props, impl::ner);
        long t1 = cpu.getCurrentThreadCpuTime();
        Annotator corenlp = impl.ner(props);
        long t2 = cpu.getCurrentThreadCpuTime();
        int tokens = 0;
        int entities = 0;
        long cachedCpu = 0;
        long coreCpu = 0;
        for (String text : texts) {
            Annotation x = new Annotation(text);
            tokenizer.annotate(x);
            Annotation y = new Annotation(text);
            tokenizer.annotate(y);
            long a = cpu.getCurrentThreadCpuTime();
            cached.annotate(x);
            long b = cpu.getCurrentThreadCpuTime();
            corenlp.annotate(y);
            cachedCpu += b - a;
            coreCpu += cpu.getCurrentThreadCpuTime() - b;
            List<CoreLabel> xs = x.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> ys = y.get(CoreAnnotations.TokensAnnotation.class);
            assertEquals(ys.size(), xs.size(), "same tokens");
            for (int i = 0; i < xs.size(); i++) {
                CoreLabel u = xs.get(i);
                CoreLabel v = ys.get(i);
                assertEquals(v.ner(), u.ner(), () -> "NER tag of " + v.word() + " at " + v.beginPosition());
                assertEquals(v.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class),
                        u.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class), "probabilities of " + v.word());
                assertEquals(v.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class),
                        u.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class));
                tokens++;
                entities += "O".equals(v.ner()) ? 0 : 1;
            }
        }
        System.out.printf("%s: %d documents, %d tokens (%d in entities) with identical NER; load CPU cached %.2f s vs "
                        + "CoreNLP %.2f s; tagging CPU cached %.2f s vs CoreNLP %.2f s%n",
                lang, texts.size(), tokens, entities, (t1 - t0) / 1e9, (t2 - t1) / 1e9, cachedCpu / 1e9, coreCpu / 1e9);
        assertTrue(tokens >= (lang.equals("de") ? 4000 : 2000), "enough tokens: " + tokens);
        assertTrue(entities >= 100, "entities found: " + entities);
    }
}

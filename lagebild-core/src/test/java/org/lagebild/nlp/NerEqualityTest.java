package org.lagebild.nlp;

import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.Annotator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NER annotator as {@link NlpPipeline} builds it (cached model, {@link NerModelCache}, and
 * own feature extraction, {@link OwnNerClassifier}) against CoreNLP's annotator on the shipped
 * model: identical NER tags and tag probabilities on every token of the bundled examples.
 */
class NerEqualityTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void sameTagsAsCoreNlp(String lang) {
        Properties props = NlpPipeline.properties(lang);
        AnnotatorImplementations impl = new AnnotatorImplementations();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        Annotator cached = NerModelCache.annotator(props, impl::ner);
        long t1 = cpu.getCurrentThreadCpuTime();
        Annotator corenlp = impl.ner(props);
        long t2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("%s: load CPU cached %.2f s vs CoreNLP %.2f s%n", lang, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        OwnNerEqualityTest.assertSameTags(lang, OwnNerEqualityTest.texts(lang), cached, corenlp,
                lang.equals("de") ? 4000 : 5000);
    }
}

package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lagebild.ingest.Cleanup;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.pipeline.Analyzer;

/**
 * {@link FastParser} against CoreNLP's depparse annotator on the bundled examples (the canonical
 * article and the example corpus): same tokens, heads and relations on ≥ 99.5 % of tokens
 * (float instead of double arithmetic may flip a near-tie).
 */
class FastParserEqualityTest {

    /** The bundled examples (the canonical article and the example corpus) in {@code lang}. */
    static List<Document> examples(String lang) {
        List<Document> docs = new ArrayList<>();
        Path examples = Files.isDirectory(Path.of("..", "examples")) ? Path.of("..", "examples") : Path.of("examples");
        DocumentReader.builder().build().read(List.of(examples.toString())).forEach(r -> {
            if (r.isOk() && lang.equals(Analyzer.languageOf(r.document()))) {
                docs.add(r.document());
            }
        });
        return docs;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void sameParsesAsCoreNlp(String lang) {
        List<Document> docs = examples(lang);
        NlpPipeline own = NlpPipeline.forLanguage(lang, NlpPipeline.Parser.OWN);
        NlpPipeline corenlp = NlpPipeline.forLanguage(lang, NlpPipeline.Parser.CORENLP);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int sentences = 0;
        int tokens = 0;
        int sameHead = 0;
        int same = 0;
        int sameSentences = 0;
        long ownCpu = 0;
        long coreCpu = 0;
        for (Document d : docs) {
            String masked = Cleanup.clean(d.text(), lang).masked();
            long a = cpu.getCurrentThreadCpuTime();
            AnnotatedDocument x = own.annotate(d.text(), masked);
            long b = cpu.getCurrentThreadCpuTime();
            AnnotatedDocument y = corenlp.annotate(d.text(), masked);
            ownCpu += b - a;
            coreCpu += cpu.getCurrentThreadCpuTime() - b;
            assertTrue(x.tokens().size() == y.tokens().size(), "same tokenisation");
            for (Sentence s : x.sentences()) {
                sentences++;
                boolean all = true;
                for (Token t : x.tokensOf(s)) {
                    Token u = y.tokens().get(t.index());
                    tokens++;
                    sameHead += t.head() == u.head() ? 1 : 0;
                    boolean eq = t.head() == u.head() && t.deprel().equals(u.deprel());
                    same += eq ? 1 : 0;
                    all &= eq;
                    if (!eq) {
                        System.out.printf("differs: %s %s/%d vs %s/%d%n", t.text(), t.deprel(), t.head(), u.deprel(), u.head());
                    }
                }
                sameSentences += all ? 1 : 0;
            }
        }
        double agreement = 100.0 * same / tokens;
        System.out.printf("%s: %d documents, %d sentences, %d tokens; identical head+label %.3f %% (%d/%d), "
                        + "identical head %.3f %%, identical sentences %d/%d; parse+tagging CPU own %.2f s vs CoreNLP %.2f s%n",
                lang, docs.size(), sentences, tokens, agreement, same, tokens, 100.0 * sameHead / tokens,
                sameSentences, sentences, ownCpu / 1e9, coreCpu / 1e9);
        assertTrue(sentences >= (lang.equals("de") ? 200 : 100), "enough sentences: " + sentences);
        assertTrue(agreement >= 99.5, "agreement " + agreement);
    }
}

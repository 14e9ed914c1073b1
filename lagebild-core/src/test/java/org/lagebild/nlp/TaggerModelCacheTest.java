package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lagebild.ingest.Cleanup;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.pipeline.Analyzer;

/**
 * The tagger read back from {@link TaggerModelCache} against CoreNLP's own load of the same
 * model: identical tags on every token of the bundled examples; a truncated, garbled or
 * bit-flipped cache file is rejected (the loader then falls back to CoreNLP's file). Prints both load times and the
 * tagging CPU of both (same process, so the ratio is meaningful on a busy machine).
 */
class TaggerModelCacheTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void sameTagsAsCoreNlpAfterARoundTrip(String lang, @TempDir Path dir) throws IOException {
        String model = lang.equals("de") ? "edu/stanford/nlp/models/pos-tagger/german-ud.tagger"
                : MaxentTagger.DEFAULT_JAR_PATH;
        List<List<CoreLabel>> sentences = exampleSentences(lang);
        long c0 = CPU.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        MaxentTagger corenlp = TaggerModelCache.corenlp(model);
        long c1 = CPU.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        Path file = dir.resolve("pos.bin");
        TaggerModelCache.write(corenlp, file);
        long c2 = CPU.getCurrentThreadCpuTime();
        long w2 = System.nanoTime();
        MaxentTagger cached = TaggerModelCache.read(file, model);
        long c3 = CPU.getCurrentThreadCpuTime();
        long w3 = System.nanoTime();
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }

        int tokens = 0;
        int same = 0;
        long[] tagCpu = new long[2];
        for (int round = 0; round < 3; round++) { // the last round is timed (JIT warm)
            tokens = 0;
            same = 0;
            tagCpu[0] = 0;
            tagCpu[1] = 0;
            for (List<CoreLabel> s : sentences) {
                long a = CPU.getCurrentThreadCpuTime();
                List<TaggedWord> x = corenlp.tagSentence(s);
                long b = CPU.getCurrentThreadCpuTime();
                List<TaggedWord> y = cached.tagSentence(s);
                tagCpu[0] += b - a;
                tagCpu[1] += CPU.getCurrentThreadCpuTime() - b;
                for (int i = 0; i < x.size(); i++) {
                    tokens++;
                    same += x.get(i).tag().equals(y.get(i).tag()) ? 1 : 0;
                }
            }
        }
        System.out.printf("%s tagger: %d sentences, %d tokens, identical tags %d; load CPU CoreNLP %.2f s (wall %.2f s) "
                        + "vs cache %.2f s (wall %.2f s), cache write %.2f s, file %d MB; tagging CPU CoreNLP %.2f s vs cached %.2f s%n",
                lang, sentences.size(), tokens, same, (c1 - c0) / 1e9, (w1 - w0) / 1e9, (c3 - c2) / 1e9, (w3 - w2) / 1e9,
                (c2 - c1) / 1e9, Files.size(file) >> 20, tagCpu[0] / 1e9, tagCpu[1] / 1e9);
        assertTrue(tokens >= (lang.equals("de") ? 4000 : 5000), "enough tokens: " + tokens);
        assertEquals(tokens, same, "identical tags");

        // damaged files are rejected, not half-read
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThrows(Exception.class, () -> TaggerModelCache.read(file, model));
        Files.write(file, java.util.Arrays.copyOf(bytes, 5000));
        assertThrows(Exception.class, () -> TaggerModelCache.read(file, model));
        byte[] garbage = bytes.clone();
        for (int i = 4; i < 64; i++) {
            garbage[i] ^= 0x5A;
        }
        Files.write(file, garbage);
        assertThrows(Exception.class, () -> TaggerModelCache.read(file, model));
        byte[] flipped = bytes.clone(); // one bit in the lexicon's arrays: parseable, but caught by the checksum
        flipped[bytes.length - 1000] ^= 1;
        Files.write(file, flipped);
        assertThrows(IOException.class, () -> TaggerModelCache.read(file, model));
        // the loader then falls back to CoreNLP's file and rewrites the cache
        Files.write(file, bytes);
        assertEquals(corenlp.tagSentence(sentences.get(0)), TaggerModelCache.read(file, model).tagSentence(sentences.get(0)));
    }

    /** The examples of {@code lang}, cleaned and tokenised as the pipeline tokenises them. */
    static List<List<CoreLabel>> exampleSentences(String lang) {
        Path examples = Files.isDirectory(Path.of("..", "examples")) ? Path.of("..", "examples") : Path.of("examples");
        List<Document> docs = new ArrayList<>();
        DocumentReader.builder().build().read(List.of(examples.toString())).forEach(r -> {
            if (r.isOk() && lang.equals(Analyzer.languageOf(r.document()))) {
                docs.add(r.document());
            }
        });
        return sentences(lang, docs.stream().map(Document::text).toList());
    }

    /** {@code texts} cleaned and split into sentences of tokens as the pipeline's tokenizer does it. */
    static List<List<CoreLabel>> sentences(String lang, List<String> texts) {
        Properties p = new Properties();
        if (lang.equals("de")) {
            p.setProperty("annotators", "tokenize,ssplit,mwt");
            p.setProperty("tokenize.language", "de");
            p.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/german/german-mwt.tsv");
        } else {
            p.setProperty("annotators", "tokenize,ssplit");
        }
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(p, false);
        List<List<CoreLabel>> out = new ArrayList<>();
        for (String text : texts) {
            Annotation a = new Annotation(Cleanup.clean(text, lang).masked());
            tokenizer.annotate(a);
            for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}

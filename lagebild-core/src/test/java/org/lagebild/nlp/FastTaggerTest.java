package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lagebild.pipeline.Fixtures;

/**
 * {@link FastTagger} (Lagebild's inference) against CoreNLP's own inference on the same tagger
 * model: identical tags on every token of the bundled examples and of unseen news (10kGNAD,
 * VOA from ../shared; skipped when absent). With {@code -Dlagebild.bench=true} it also times
 * both on the unseen text (tokens per CPU second of the tagging thread, alternating rounds in
 * one process); never a timed assertion.
 */
class FastTaggerTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static String model(String lang) {
        return lang.equals("de") ? "edu/stanford/nlp/models/pos-tagger/german-ud.tagger" : MaxentTagger.DEFAULT_JAR_PATH;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void sameTagsAsCoreNlpOnTheExamples(String lang) {
        MaxentTagger tagger = TaggerModelCache.load(model(lang));
        int tokens = assertSameTags(tagger, new FastTagger(tagger, Integer.MAX_VALUE),
                TaggerModelCacheTest.exampleSentences(lang));
        System.out.printf("%s examples: %d tokens, identical tags%n", lang, tokens);
        assertTrue(tokens >= (lang.equals("de") ? 4000 : 5000), "enough tokens: " + tokens);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void sameTagsAsCoreNlpOnUnseenNews(String lang) throws IOException {
        List<List<CoreLabel>> sentences = TaggerModelCacheTest.sentences(lang, unseen(lang, 300));
        MaxentTagger tagger = TaggerModelCache.load(model(lang));
        FastTagger own = new FastTagger(tagger, Integer.MAX_VALUE);
        int tokens = assertSameTags(tagger, own, sentences);
        System.out.printf("%s unseen news: %d sentences, %d tokens, identical tags%n", lang, sentences.size(), tokens);
        if (Boolean.getBoolean("lagebild.bench")) {
            bench(lang, tagger, own, sentences);
        }
    }

    private static int assertSameTags(MaxentTagger tagger, FastTagger own, List<List<CoreLabel>> sentences) {
        int tokens = 0;
        for (List<CoreLabel> s : sentences) {
            List<TaggedWord> expected = tagger.tagSentence(s);
            String[] actual = own.tag(words(s));
            assertEquals(expected.size(), actual.length);
            for (int i = 0; i < actual.length; i++) {
                String word = s.get(i).word();
                assertEquals(expected.get(i).tag(), actual[i], () -> "tag of '" + word + "' in " + words(s));
                tokens++;
            }
        }
        return tokens;
    }

    private static List<String> words(List<CoreLabel> sentence) {
        return sentence.stream().map(CoreLabel::word).toList();
    }

    /** The first {@code n} articles of the shared German (10kGNAD test split) or English (VOA) corpus. */
    private static List<String> unseen(String lang, int n) throws IOException {
        Path data = Fixtures.shared().resolve("data");
        List<String> texts = new ArrayList<>();
        if (lang.equals("de")) {
            Path csv = data.resolve("news-de-10kgnad/test.csv");
            Assumptions.assumeTrue(Files.isRegularFile(csv), "skipped: no " + csv);
            try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                for (String line; texts.size() < n && (line = in.readLine()) != null; ) {
                    int semi = line.indexOf(';'); // label;'text' (a line per article; quotes doubled)
                    String text = line.substring(semi + 1);
                    if (text.startsWith("'") && text.endsWith("'") && text.length() > 1) {
                        text = text.substring(1, text.length() - 1).replace("''", "'");
                    }
                    texts.add(text);
                }
            }
        } else {
            Path jsonl = data.resolve("news-en-voa/voa_stories.jsonl");
            Assumptions.assumeTrue(Files.isRegularFile(jsonl), "skipped: no " + jsonl);
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
                for (String line; texts.size() < n && (line = in.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        texts.add(json.readTree(line).path("text").asText());
                    }
                }
            }
        }
        return texts;
    }

    /** Tokens per CPU second of this thread, CoreNLP's inference and the own one in alternating rounds. */
    private static void bench(String lang, MaxentTagger tagger, FastTagger own, List<List<CoreLabel>> sentences) {
        List<List<String>> words = sentences.stream().map(FastTaggerTest::words).toList();
        long tokens = words.stream().mapToLong(List::size).sum();
        System.out.println(own);
        for (int round = 0; round < 5; round++) {
            long a = CPU.getCurrentThreadCpuTime();
            for (List<CoreLabel> s : sentences) {
                tagger.tagSentence(s);
            }
            long b = CPU.getCurrentThreadCpuTime();
            for (List<String> s : words) {
                own.tag(s);
            }
            long c = CPU.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "%s tagging round %d: %d tokens; CoreNLP %.0f, own %.0f tokens per CPU-s (%.2fx)%n",
                    lang, round, tokens, tokens / ((b - a) / 1e9), tokens / ((c - b) / 1e9), (b - a) / (double) (c - b));
        }
    }
}

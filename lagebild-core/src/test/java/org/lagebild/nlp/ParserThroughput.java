package org.lagebild.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.lagebild.ingest.Cleanup;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;

/**
 * Developer tool (not a test): German parser tokens per CPU second with the scalar output layer
 * (the kernel before session 18) and the Vector API's, alternating per round in this process on
 * the tagged sentences of a corpus; checks that both give the same arcs. Needs
 * {@code --add-modules jdk.incubator.vector}. Usage: FILE [ROUNDS].
 */
public final class ParserThroughput {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<List<String>> words = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        NlpPipeline pipeline = NlpPipeline.forLanguage("de");
        List<Document> docs = new ArrayList<>();
        DocumentReader.builder().build().read(List.of(args[0])).forEach(r -> {
            if (r.isOk()) {
                docs.add(r.document());
            }
        });
        for (Document d : docs) {
            // tagged only: the selector records every sentence's words and tags and parses none
            pipeline.annotate(d.text(), Cleanup.clean(d.text(), "de").masked(), doc -> {
                for (Sentence s : doc.sentences()) {
                    List<Token> ts = doc.tokensOf(s);
                    if (!ts.isEmpty() && ts.size() <= 120) {
                        words.add(ts.stream().map(Token::text).toList());
                        tags.add(ts.stream().map(Token::pos).toList());
                    }
                }
                return new BitSet();
            });
        }
        long tokens = words.stream().mapToLong(List::size).sum();
        ParserModel model = ParserModel.load("edu/stanford/nlp/models/parser/nndep/UD_German.gz");
        FastParser scalar = new FastParser(model, new FastParser.ScalarOutputLayer(model));
        FastParser vector = new FastParser(model, new VectorOutputLayer(model));
        int differ = 0;
        for (int i = 0; i < words.size(); i++) {
            FastParser.Parse a = scalar.parse(words.get(i), tags.get(i));
            FastParser.Parse b = vector.parse(words.get(i), tags.get(i));
            differ += Arrays.equals(a.heads(), b.heads()) && Arrays.equals(a.labels(), b.labels()) ? 0 : 1;
        }
        System.out.printf("%d documents, %d sentences, %d tokens; sentences with other arcs: %d%n", docs.size(),
                words.size(), tokens, differ);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            parseAll(scalar, words, tags);
            long t1 = cpu.getCurrentThreadCpuTime();
            parseAll(vector, words, tags);
            long t2 = cpu.getCurrentThreadCpuTime();
            double s = tokens / ((t1 - t0) / 1e9);
            double v = tokens / ((t2 - t1) / 1e9);
            System.out.printf("round %d: scalar %.0f tokens/s, vector %.0f tokens/s, vector/scalar %.2f (load %s)%n",
                    r, s, v, v / s, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
    }

    private static void parseAll(FastParser p, List<List<String>> words, List<List<String>> tags) {
        for (int i = 0; i < words.size(); i++) {
            p.parse(words.get(i), tags.get(i));
        }
    }
}

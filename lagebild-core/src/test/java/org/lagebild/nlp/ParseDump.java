package org.lagebild.nlp;

import java.nio.file.Files;
import java.nio.file.Path;

/** Developer tool: prints the CoreNLP analysis of a file (not a test). */
public final class ParseDump {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        String lang = args.length > 1 ? args[1] : "de";
        long t0 = System.nanoTime();
        NlpPipeline p = NlpPipeline.forLanguage(lang);
        long t1 = System.nanoTime();
        AnnotatedDocument d = p.annotate(text, text);
        long t2 = System.nanoTime();
        for (Sentence s : d.sentences()) {
            System.out.println("# " + d.sentenceSpan(s).text().replace('\n', ' '));
            for (Token t : d.tokensOf(s)) {
                System.out.printf("%d\t%s\t%s\t%s\t%d\t%s\t[%d,%d]%n", t.index(), t.text(), t.pos(), t.ner(),
                        t.head(), t.deprel(), t.start(), t.end());
            }
        }
        System.err.printf("load %.1fs annotate %.1fs%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}

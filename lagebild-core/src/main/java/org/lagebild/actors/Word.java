package org.lagebild.actors;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;

/**
 * A surface word: CoreNLP's German tokenizer splits hyphenated compounds
 * ("Nato-Generalsekretär" → "Nato" "-" "Generalsekretär"), so tokens that touch across a
 * hyphen are joined back here; actor lexicons are written for whole compounds.
 *
 * @param head the token that carries the compound's syntax (its last part)
 */
record Word(int first, int last, int head, int start, int end, String text) {

    static List<Word> of(AnnotatedDocument doc, Sentence s) {
        List<Word> out = new ArrayList<>();
        List<Token> toks = doc.tokensOf(s);
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            int j = i;
            // t - x - y …: join while the hyphen and the next part touch without spaces.
            while (j + 2 < toks.size()
                    && isHyphen(toks.get(j + 1)) && toks.get(j + 1).start() == toks.get(j).end()
                    && toks.get(j + 2).start() == toks.get(j + 1).end()
                    && !toks.get(j + 2).pos().equals("PUNCT")) {
                j += 2;
            }
            // MWT parts share offsets ("im" → "in" "dem"): one word, syntactic head is the last.
            while (j + 1 < toks.size() && toks.get(j + 1).start() == toks.get(j).start()
                    && toks.get(j + 1).end() == toks.get(j).end()) {
                j++;
            }
            Token last = toks.get(j);
            String text = doc.text().substring(t.start(), last.end());
            out.add(new Word(t.index(), last.index(), last.index(), t.start(), last.end(), text));
            i = j + 1;
        }
        return out;
    }

    private static boolean isHyphen(Token t) {
        return t.text().equals("-") || t.text().equals("‐");
    }

    /** The part before the first hyphen, or null. */
    String firstPart() {
        int h = text.indexOf('-');
        return h <= 0 ? null : text.substring(0, h);
    }
}

package org.lagebild.statements.learn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Token;

/**
 * Maps between a corpus's own tokens (character offsets, in text order) and the parse's
 * tokens, which can be finer (CoreNLP splits "zum" into "zu" + "dem", sharing the offsets).
 */
public final class TokenAlignment {
    private final List<SortedSet<Integer>> parseOfCorpus;
    private final int[] corpusOfParse;

    public TokenAlignment(int[] starts, int[] ends, AnnotatedDocument parse) {
        parseOfCorpus = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            parseOfCorpus.add(new TreeSet<>());
        }
        corpusOfParse = new int[parse.tokens().size()];
        int c = 0;
        for (Token t : parse.tokens()) {
            // both sequences are in text order: advance the corpus pointer monotonically
            while (c < starts.length && ends[c] <= t.start()) {
                c++;
            }
            int k = c;
            corpusOfParse[t.index()] = -1;
            while (k < starts.length && starts[k] < t.end()) {
                if (ends[k] > t.start()) {
                    parseOfCorpus.get(k).add(t.index());
                    if (corpusOfParse[t.index()] < 0) {
                        corpusOfParse[t.index()] = k;
                    }
                }
                k++;
            }
        }
    }

    /** Parse tokens of the given corpus token ids (ids out of range are ignored). */
    public SortedSet<Integer> toParse(Collection<Integer> corpusTokens) {
        SortedSet<Integer> out = new TreeSet<>();
        for (int c : corpusTokens) {
            if (c >= 0 && c < parseOfCorpus.size()) {
                out.addAll(parseOfCorpus.get(c));
            }
        }
        return out;
    }

    /** Corpus token ids of the given parse tokens. */
    public SortedSet<Integer> toCorpus(Collection<Integer> parseTokens) {
        SortedSet<Integer> out = new TreeSet<>();
        for (int p : parseTokens) {
            if (p >= 0 && p < corpusOfParse.length && corpusOfParse[p] >= 0) {
                out.add(corpusOfParse[p]);
            }
        }
        return out;
    }
}

package org.lagebild.nlp;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.text.Span;

/**
 * The linguistic view of one document: sentences and tokens with POS, NER and a dependency
 * tree, all offsets into {@link #text()}, which is the original (unmasked) text.
 * Immutable; child lists are precomputed because every extractor walks the tree.
 */
public final class AnnotatedDocument {
    private final String text;
    private final String lang;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[][] children;

    public AnnotatedDocument(String text, String lang, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.lang = lang;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        List<List<Integer>> kids = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            kids.add(new ArrayList<>(2));
        }
        for (Token t : tokens) {
            if (t.head() >= 0) {
                kids.get(t.head()).add(t.index());
            }
        }
        children = new int[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public String text() {
        return text;
    }

    public String lang() {
        return lang;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentenceOf(int token) {
        return sentences.get(tokens.get(token).sentence());
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** Whether a sentence carries a dependency parse (a parse selector may have left it unparsed). */
    public boolean parsed(Sentence s) {
        return tokensOf(s).stream().anyMatch(t -> t.deprel().equals("root"));
    }

    /** Dependents of a token, in text order. */
    public int[] children(int token) {
        return children[token];
    }

    /** The first dependent of {@code token} whose relation (with or without subtype) is {@code rel}, or -1. */
    public int child(int token, String rel) {
        for (int c : children[token]) {
            Token t = tokens.get(c);
            if (t.deprel().equals(rel) || t.baseRel().equals(rel)) {
                return c;
            }
        }
        return -1;
    }

    public List<Integer> childrenWith(int token, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children[token]) {
            Token t = tokens.get(c);
            if (t.deprel().equals(rel) || t.baseRel().equals(rel)) {
                out.add(c);
            }
        }
        return out;
    }

    /** First and last token index of the subtree rooted at {@code token}. */
    public int[] subtreeRange(int token) {
        int lo = token;
        int hi = token;
        // Iterative walk: untrusted text can yield deep trees.
        List<Integer> stack = new ArrayList<>();
        stack.add(token);
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            for (int c : children[t]) {
                stack.add(c);
            }
        }
        return new int[] {lo, hi};
    }

    /**
     * {@link #subtreeRange} without punctuation tokens at either edge (at least the one token
     * left): the words of an argument, as span conventions mark them.
     */
    public int[] subtreeRangeWithoutEdgePunct(int token) {
        int[] r = subtreeRange(token);
        int lo = r[0];
        int hi = r[1];
        while (lo < hi && tokens.get(lo).pos().equals("PUNCT")) {
            lo++;
        }
        while (hi > lo && tokens.get(hi).pos().equals("PUNCT")) {
            hi--;
        }
        return new int[] {lo, hi};
    }

    public Span span(int fromToken, int toTokenInclusive) {
        return Span.of(text, tokens.get(fromToken).start(), tokens.get(toTokenInclusive).end());
    }

    public Span tokenSpan(int token) {
        Token t = tokens.get(token);
        return Span.of(text, t.start(), t.end());
    }

    public Span subtreeSpan(int token) {
        int[] r = subtreeRange(token);
        return span(r[0], r[1]);
    }

    public Span sentenceSpan(Sentence s) {
        return Span.of(text, s.start(), s.end());
    }

    /** Is {@code ancestor} on the head path of {@code token} (or the token itself)? */
    public boolean dominates(int ancestor, int token) {
        int t = token;
        for (int guard = 0; t >= 0 && guard < tokens.size(); guard++) {
            if (t == ancestor) {
                return true;
            }
            t = tokens.get(t).head();
        }
        return false;
    }

    /** Token whose character range contains {@code offset}, or -1. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

}

package org.lagebild.nlp;

import java.util.Arrays;
import java.util.List;

/**
 * Inference for CoreNLP's nndep dependency parser models (arc-standard transitions scored by a
 * one-hidden-layer network with a cube activation, Chen and Manning 2014), producing the same
 * heads and labels as CoreNLP's {@code DependencyParser.predict} up to float rounding.
 *
 * <p>What makes it fast: feature ids are ints looked up once per token (no string maps per
 * transition), the network runs in float over row sums the JIT vectorises, the output layer on
 * the Vector API where the JVM has it ({@link OutputLayer}), first-layer rows are cached lazily
 * per (position, id) ({@link ParserModel#row}), transitions with a single legal choice are
 * applied without scoring, and nothing is allocated per transition.
 *
 * <p>One instance is shared by all threads; each thread has its own scratch buffers.
 */
public final class FastParser {
    /** Heads (0 = root, else 1-based token index) and labels ("root" for the root's dependent). */
    public record Parse(int[] heads, String[] labels) {
    }

    private final ParserModel model;
    private final int m; // labels without "-NULL-"; transitions L(0..m), R(0..m), S
    private final OutputLayer output;
    private final ThreadLocal<Scratch> scratch;
    private final int rootWord;
    private final int nullWord;
    private final int rootPos;
    private final int nullPos;

    public FastParser(ParserModel model) {
        this(model, outputLayer(model));
    }

    /** With a given output layer (tests: the scalar and the vector layer parse alike). */
    FastParser(ParserModel model, OutputLayer output) {
        this.model = model;
        this.m = model.nLabels - 1;
        this.output = output;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(model.hidden, output.scoresLength()));
        this.rootWord = model.wordId(ParserModel.ROOT);
        this.nullWord = model.wordId(ParserModel.NULL);
        this.rootPos = model.posId(ParserModel.ROOT);
        this.nullPos = model.posId(ParserModel.NULL);
    }

    public ParserModel model() {
        return model;
    }

    /** Per-thread working memory; grows with the longest sentence this thread has parsed. */
    private static final class Scratch {
        int[] stack = new int[0];
        int[] heads = new int[0];
        int[] labels = new int[0]; // index into model.labels; 0 = none ("-NULL-")
        int[] wordIds = new int[0];
        int[] posIds = new int[0];
        final int[] features = new int[ParserModel.NUM_TOKENS];
        final float[] hidden;
        final float[][] rows = new float[ParserModel.NUM_TOKENS][];
        final float[][] rowScratch;
        final float[] scores;

        Scratch(int hidden, int scoresLength) {
            this.hidden = new float[hidden];
            this.rowScratch = new float[ParserModel.NUM_TOKENS][hidden];
            this.scores = new float[scoresLength];
        }

        void ensure(int n) {
            if (heads.length < n + 1) {
                int c = Math.max(n + 1, heads.length * 2);
                stack = new int[c + 1];
                heads = new int[c];
                labels = new int[c];
                wordIds = new int[c];
                posIds = new int[c];
            }
        }
    }

    /** Parses one sentence given its words and POS tags (a null tag counts as unknown). */
    public Parse parse(List<String> words, List<String> tags) {
        int n = words.size();
        Scratch s = scratch.get();
        s.ensure(n);
        for (int i = 1; i <= n; i++) {
            s.wordIds[i] = model.wordId(words.get(i - 1));
            s.posIds[i] = model.posId(tags.get(i - 1));
            s.heads[i] = -1;
            s.labels[i] = 0;
        }
        int[] stack = s.stack;
        int sp = 0;
        stack[sp++] = 0;
        int next = 1; // first buffer token; the buffer is always the suffix next..n
        while (!(sp == 1 && next > n)) {
            if (sp <= 2 && next <= n) {
                stack[sp++] = next++; // only SHIFT is legal
                continue;
            }
            if (sp == 2) {
                attach(s, 0, stack[1], 1); // only R(root) is legal
                sp--;
                continue;
            }
            int t = best(s, stack, sp, next, n);
            if (t < m) { // L(label): second-top becomes a dependent of the top
                attach(s, stack[sp - 1], stack[sp - 2], t + 1);
                stack[sp - 2] = stack[sp - 1];
                sp--;
            } else if (t < 2 * m) { // R(label): top becomes a dependent of the second-top
                attach(s, stack[sp - 2], stack[sp - 1], t - m + 1);
                sp--;
            } else {
                stack[sp++] = next++;
            }
        }
        int[] heads = new int[n];
        String[] labels = new String[n];
        for (int i = 1; i <= n; i++) {
            heads[i - 1] = s.heads[i];
            labels[i - 1] = s.heads[i] == 0 ? "root" : model.labels[s.labels[i]];
        }
        return new Parse(heads, labels);
    }

    private static void attach(Scratch s, int head, int dependent, int label) {
        s.heads[dependent] = head;
        s.labels[dependent] = label;
    }

    /**
     * The best legal transition with three or more stack elements: L and R with any non-root
     * label, S if the buffer is not empty. Ties go to the lower index, as in CoreNLP.
     */
    private int best(Scratch s, int[] stack, int sp, int next, int n) {
        features(s, stack, sp, next, n);
        float[] scores = scores(s);
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        int limit = next <= n ? 2 * m + 1 : 2 * m;
        for (int t = 1; t < limit; t++) {
            if (t == m) {
                continue; // R(root)
            }
            if (scores[t] > bestScore) {
                bestScore = scores[t];
                best = t;
            }
        }
        if (best < 0) { // all scores NaN: a degenerate model; fall back to a legal move
            best = next <= n ? 2 * m : m + 1;
        }
        return best;
    }

    /**
     * The network: hidden = (Σ rows + b1)³, scores = W2 · hidden. The sums take four rows (and
     * four hidden units) per pass over the destination array: a quarter of the loads and stores
     * of one row at a time, in loops C2 vectorises.
     */
    private float[] scores(Scratch s) {
        int hs = model.hidden;
        float[] h = s.hidden;
        int[] f = s.features;
        float[][] r = s.rows;
        for (int p = 0; p < ParserModel.NUM_TOKENS; p++) {
            // a row that did not fit into the cache comes back in a per-position scratch array
            r[p] = model.row(p, f[p], s.rowScratch[p]);
        }
        float[] b1 = model.b1;
        System.arraycopy(b1, 0, h, 0, hs);
        for (int p = 0; p < ParserModel.NUM_TOKENS; p += 4) {
            float[] r0 = r[p];
            float[] r1 = r[p + 1];
            float[] r2 = r[p + 2];
            float[] r3 = r[p + 3];
            for (int i = 0; i < hs; i++) {
                h[i] += (r0[i] + r1[i]) + (r2[i] + r3[i]);
            }
        }
        for (int i = 0; i < hs; i++) {
            float x = h[i];
            h[i] = x * x * x;
        }
        output.scores(h, s.scores);
        return s.scores;
    }

    /**
     * The output layer, scores = W2 · hidden, over the transposed W2 (one row of transition scores
     * per hidden unit). Every implementation computes the same floats in the same order: per
     * transition, from 0, the sum over blocks of four hidden units of (x0·w0 + x1·w1) + (x2·w2 + x3·w3),
     * then one term per remaining unit; so the parse does not depend on which one runs.
     */
    interface OutputLayer {
        /** Writes the scores of all transitions into {@code scores[0, nTransitions)}. */
        void scores(float[] hidden, float[] scores);

        /** How long {@code scores} must be (transitions, rounded up to the layer's block). */
        int scoresLength();
    }

    /**
     * The Vector API's layer ({@link VectorOutputLayer}) where the JVM runs with
     * {@code --add-modules jdk.incubator.vector} (the launcher's long runs), else the scalar one.
     * Loaded by name: without the module its class cannot even be linked.
     */
    static OutputLayer outputLayer(ParserModel model) {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return (OutputLayer) Class.forName("org.lagebild.nlp.VectorOutputLayer")
                        .getDeclaredConstructor(ParserModel.class).newInstance(model);
            } catch (ReflectiveOperationException | LinkageError e) {
                // fall back to the scalar layer: same scores, slower
            }
        }
        return new ScalarOutputLayer(model);
    }

    /**
     * The scalar output layer: a 91-long axpy per four hidden units. C2 turns such short loops
     * mostly into scalar code (pre- and post-loops around a vector body), ~1 multiply-add per cycle.
     */
    static final class ScalarOutputLayer implements OutputLayer {
        private final int hidden;
        private final int nt;
        private final float[] w2t;

        ScalarOutputLayer(ParserModel model) {
            this.hidden = model.hidden;
            this.nt = model.nTransitions;
            this.w2t = model.w2t;
        }

        @Override
        public int scoresLength() {
            return nt;
        }

        @Override
        public void scores(float[] h, float[] scores) {
            int hs = hidden;
            Arrays.fill(scores, 0, nt, 0f);
            int i = 0;
            for (; i + 3 < hs; i += 4) {
                float x0 = h[i];
                float x1 = h[i + 1];
                float x2 = h[i + 2];
                float x3 = h[i + 3];
                int b0 = i * nt;
                int b1 = b0 + nt;
                int b2 = b1 + nt;
                int b3 = b2 + nt;
                for (int t = 0; t < nt; t++) {
                    scores[t] += (x0 * w2t[b0 + t] + x1 * w2t[b1 + t]) + (x2 * w2t[b2 + t] + x3 * w2t[b3 + t]);
                }
            }
            for (; i < hs; i++) {
                float x = h[i];
                int b = i * nt;
                for (int t = 0; t < nt; t++) {
                    scores[t] += x * w2t[b + t];
                }
            }
        }
    }

    /** nndep's 48 features: words, tags and labels of stack, buffer and the stack's children. */
    private void features(Scratch s, int[] stack, int sp, int next, int n) {
        int[] f = s.features;
        for (int j = 2; j >= 0; j--) {
            int k = sp - 1 - j >= 0 ? stack[sp - 1 - j] : -1;
            f[2 - j] = word(s, k, n);
            f[ParserModel.POS_OFFSET + 2 - j] = pos(s, k, n);
        }
        for (int j = 0; j <= 2; j++) {
            int k = next + j <= n ? next + j : -1;
            f[3 + j] = word(s, k, n);
            f[ParserModel.POS_OFFSET + 3 + j] = pos(s, k, n);
        }
        for (int j = 0; j <= 1; j++) {
            int k = sp - 1 - j >= 0 ? stack[sp - 1 - j] : -1;
            int lc1 = leftChild(s.heads, k, 1, n);
            int rc1 = rightChild(s.heads, k, 1, n);
            int base = 6 + j * 6;
            child(s, f, base, lc1, n);
            child(s, f, base + 1, rc1, n);
            child(s, f, base + 2, leftChild(s.heads, k, 2, n), n);
            child(s, f, base + 3, rightChild(s.heads, k, 2, n), n);
            child(s, f, base + 4, leftChild(s.heads, lc1, 1, n), n);
            child(s, f, base + 5, rightChild(s.heads, rc1, 1, n), n);
        }
    }

    private void child(Scratch s, int[] f, int slot, int k, int n) {
        f[slot] = word(s, k, n);
        f[ParserModel.POS_OFFSET + slot] = pos(s, k, n);
        f[ParserModel.LABEL_OFFSET + slot - 6] = model.labelId(k <= 0 || k > n ? 0 : s.labels[k]);
    }

    private int word(Scratch s, int k, int n) {
        return k == 0 ? rootWord : k < 0 || k > n ? nullWord : s.wordIds[k];
    }

    private int pos(Scratch s, int k, int n) {
        return k == 0 ? rootPos : k < 0 || k > n ? nullPos : s.posIds[k];
    }

    /** The cnt-th leftmost dependent of k (CoreNLP's getLeftChild), or -1. */
    private static int leftChild(int[] heads, int k, int cnt, int n) {
        if (k < 0 || k > n) {
            return -1;
        }
        int c = 0;
        for (int i = 1; i < k; i++) {
            if (heads[i] == k && ++c == cnt) {
                return i;
            }
        }
        return -1;
    }

    /** The cnt-th rightmost dependent of k (CoreNLP's getRightChild), or -1. */
    private static int rightChild(int[] heads, int k, int cnt, int n) {
        if (k < 0 || k > n) {
            return -1;
        }
        int c = 0;
        for (int i = n; i > k; i--) {
            if (heads[i] == k && ++c == cnt) {
                return i;
            }
        }
        return -1;
    }
}

package org.lagebild.nlp;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The parser's output layer with the JDK's incubating Vector API. Transitions come in blocks of
 * one vector (16 floats at 512 bits; 91 German transitions, 6 blocks); three blocks share a pass
 * over the hidden units, each with an accumulator that stays in a register, instead of a load and
 * store of every score per four hidden units in the scalar layer. Three independent additions
 * per step hide the adder's latency: 1.16x faster than one block per pass, six per pass were
 * slower (docs/BENCHMARKS.md, session 18). Same multiplications and additions in the same order
 * as {@link FastParser.ScalarOutputLayer} (no fused multiply-add; lanes are independent), so
 * the same floats.
 *
 * <p>Only loaded when the module {@code jdk.incubator.vector} is present
 * ({@link FastParser#outputLayer}); worth it only under C2 (interpreted or C1-compiled, each
 * vector operation allocates), which is why the launcher adds the module to its long runs only.
 */
final class VectorOutputLayer implements FastParser.OutputLayer {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private final int hidden;
    private final int blocks;
    /**
     * W2 in groups of three blocks (the last group may hold fewer), each group contiguous and
     * unit-major: ((group start × hidden + unit) × blocks in the group + block in the group) ×
     * lanes + lane; 0 past the last transition.
     */
    private final float[] w;

    VectorOutputLayer(ParserModel model) {
        int lanes = SPECIES.length();
        int nt = model.nTransitions;
        this.hidden = model.hidden;
        this.blocks = (nt + lanes - 1) / lanes;
        this.w = new float[blocks * hidden * lanes];
        for (int c = 0; c < blocks; c++) {
            int g = c / 3 * 3;
            int k = Math.min(3, blocks - g);
            for (int i = 0; i < hidden; i++) {
                for (int lane = 0; lane < lanes; lane++) {
                    int t = c * lanes + lane;
                    w[g * hidden * lanes + (i * k + (c - g)) * lanes + lane] = t < nt ? model.w2t[i * nt + t] : 0f;
                }
            }
        }
    }

    @Override
    public int scoresLength() {
        return blocks * SPECIES.length();
    }

    @Override
    public void scores(float[] h, float[] scores) {
        int lanes = SPECIES.length();
        int hs = hidden;
        int c = 0;
        for (; c + 2 < blocks; c += 3) {
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            int o = c * hs * lanes;
            int i = 0;
            int st = 3 * lanes;
            for (; i + 3 < hs; i += 4, o += 4 * st) {
                float x0 = h[i];
                float x1 = h[i + 1];
                float x2 = h[i + 2];
                float x3 = h[i + 3];
                a0 = a0.add(term(o, st, x0, x1, x2, x3));
                a1 = a1.add(term(o + lanes, st, x0, x1, x2, x3));
                a2 = a2.add(term(o + 2 * lanes, st, x0, x1, x2, x3));
            }
            for (; i < hs; i++, o += st) {
                a0 = a0.add(FloatVector.fromArray(SPECIES, w, o).mul(h[i]));
                a1 = a1.add(FloatVector.fromArray(SPECIES, w, o + lanes).mul(h[i]));
                a2 = a2.add(FloatVector.fromArray(SPECIES, w, o + 2 * lanes).mul(h[i]));
            }
            a0.intoArray(scores, c * lanes);
            a1.intoArray(scores, (c + 1) * lanes);
            a2.intoArray(scores, (c + 2) * lanes);
        }
        for (; c < blocks; c++) {
            int k = blocks - c / 3 * 3;
            int st = k * lanes;
            FloatVector acc = FloatVector.zero(SPECIES);
            int o = c / 3 * 3 * hs * lanes + (c % 3) * lanes;
            int i = 0;
            for (; i + 3 < hs; i += 4, o += 4 * st) {
                acc = acc.add(term(o, st, h[i], h[i + 1], h[i + 2], h[i + 3]));
            }
            for (; i < hs; i++, o += st) {
                acc = acc.add(FloatVector.fromArray(SPECIES, w, o).mul(h[i]));
            }
            acc.intoArray(scores, c * lanes);
        }
    }

    /** (x0·w0 + x1·w1) + (x2·w2 + x3·w3) for one block, its four units {@code stride} apart. */
    private FloatVector term(int o, int stride, float x0, float x1, float x2, float x3) {
        FloatVector a = FloatVector.fromArray(SPECIES, w, o).mul(x0)
                .add(FloatVector.fromArray(SPECIES, w, o + stride).mul(x1));
        FloatVector b = FloatVector.fromArray(SPECIES, w, o + 2 * stride).mul(x2)
                .add(FloatVector.fromArray(SPECIES, w, o + 3 * stride).mul(x3));
        return a.add(b);
    }
}

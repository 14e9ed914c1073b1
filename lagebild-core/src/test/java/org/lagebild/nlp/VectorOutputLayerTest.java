package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorOutputLayer} computes the scalar layer's floats bit for bit (so both parse alike);
 * the core module's tests run with {@code --add-modules jdk.incubator.vector}, as the launcher does.
 */
class VectorOutputLayerTest {

    /** A random model with 26 labels (51 transitions: three blocks and a tail block at 16 lanes) and 10 hidden units (a remainder of 2). */
    private static ParserModel oddModel() {
        Random r = new Random(7);
        String[] words = {"-UNKNOWN-", "-NULL-", "-ROOT-"};
        String[] tags = {"-UNKNOWN-", "-NULL-", "-ROOT-"};
        String[] labels = new String[26];
        labels[0] = "-NULL-";
        for (int i = 1; i < labels.length; i++) {
            labels[i] = "l" + i;
        }
        int e = 2;
        int h = 10;
        int nt = 2 * labels.length - 1;
        return new ParserModel("", words, tags, labels, e, h, gaussian(r, (3 + 3 + 26) * e),
                gaussian(r, 48 * e * h), gaussian(r, h), gaussian(r, h * nt), 0);
    }

    private static ParserModel german() {
        return ParserModel.load("edu/stanford/nlp/models/parser/nndep/UD_German.gz");
    }

    private static float[] gaussian(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }

    /** Hidden activations as the parser makes them: a sum of rows, cubed. */
    private static float[] hidden(Random r, int n) {
        float[] h = gaussian(r, n);
        for (int i = 0; i < n; i++) {
            h[i] = h[i] * h[i] * h[i];
        }
        return h;
    }

    /** Scores that differ from the scalar layer's in at least one bit, over {@code trials} random hidden vectors. */
    private static int differing(ParserModel m, FastParser.OutputLayer other, int trials) {
        FastParser.OutputLayer scalar = new FastParser.ScalarOutputLayer(m);
        float[] a = new float[scalar.scoresLength()];
        float[] b = new float[other.scoresLength()];
        Random r = new Random(11);
        int differ = 0;
        for (int k = 0; k < trials; k++) {
            float[] h = hidden(r, m.hidden);
            scalar.scores(h, a);
            other.scores(h, b);
            for (int t = 0; t < m.nTransitions; t++) {
                differ += Float.floatToRawIntBits(a[t]) != Float.floatToRawIntBits(b[t]) ? 1 : 0;
            }
        }
        return differ;
    }

    @Test
    void theVectorLayerRunsHere() {
        assertInstanceOf(VectorOutputLayer.class, FastParser.outputLayer(oddModel()));
    }

    @Test
    void sameFloatsAsTheScalarLayer() {
        for (ParserModel m : new ParserModel[] {oddModel(), german()}) {
            assertEquals(0, differing(m, new VectorOutputLayer(m), 200), "hidden " + m.hidden);
        }
    }

    /** The bit comparison notices another order of the same sums: one fused multiply-add per term. */
    @Test
    void anotherSummationOrderDiffers() {
        ParserModel m = german();
        FastParser.OutputLayer fused = new FastParser.OutputLayer() {
            @Override
            public void scores(float[] h, float[] scores) {
                int nt = m.nTransitions;
                java.util.Arrays.fill(scores, 0f);
                for (int i = 0; i < m.hidden; i++) {
                    for (int t = 0; t < nt; t++) {
                        scores[t] = Math.fma(h[i], m.w2t[i * nt + t], scores[t]);
                    }
                }
            }

            @Override
            public int scoresLength() {
                return m.nTransitions;
            }
        };
        assertTrue(differing(m, fused, 20) > 0);
    }
}

package org.lagebild.statements.eval;

/** True positives, false positives and false negatives (tokens or instances). */
public record Counts(long tp, long fp, long fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public Prf prf() {
        return Prf.fromCounts(tp, fp, fn);
    }

    /**
     * Compares two sorted, duplicate-free token-key arrays: shared keys are TPs, keys only in
     * {@code pred} FPs, keys only in {@code gold} FNs.
     */
    public static Counts compare(long[] gold, long[] pred) {
        int g = 0;
        int s = 0;
        long both = 0;
        while (g < gold.length && s < pred.length) {
            if (gold[g] == pred[s]) {
                both++;
                g++;
                s++;
            } else if (gold[g] < pred[s]) {
                g++;
            } else {
                s++;
            }
        }
        return new Counts(both, pred.length - both, gold.length - both);
    }

    /** Sorted, de-duplicated copy. */
    static long[] normalize(long[] keys) {
        return java.util.Arrays.stream(keys).sorted().distinct().toArray();
    }
}

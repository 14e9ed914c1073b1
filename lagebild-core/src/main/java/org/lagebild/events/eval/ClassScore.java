package org.lagebild.events.eval;

/**
 * Sentence classification tally over the five {@link QuadClass} classes: a confusion matrix whose
 * last column counts sentences without a predicted event. "No event" counts as wrong.
 */
public final class ClassScore {
    public static final int NONE = QuadClass.NAMES.size();
    private final long[][] matrix = new long[NONE][NONE + 1];

    /** Records one sentence: its gold class and the predicted class, or -1 for no event. */
    public void add(int gold, int predicted) {
        if (gold < 0 || gold >= NONE || predicted >= NONE) {
            throw new IllegalArgumentException("class out of range: gold " + gold + ", predicted " + predicted);
        }
        matrix[gold][predicted < 0 ? NONE : predicted]++;
    }

    /** Adds another tally's counts to this one. */
    public void addAll(ClassScore other) {
        for (int i = 0; i < NONE; i++) {
            for (int j = 0; j <= NONE; j++) {
                matrix[i][j] += other.matrix[i][j];
            }
        }
    }

    public long total() {
        long n = 0;
        for (long[] row : matrix) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    public long correct() {
        long n = 0;
        for (int i = 0; i < NONE; i++) {
            n += matrix[i][i];
        }
        return n;
    }

    /** Sentences with a predicted event. */
    public long covered() {
        long none = 0;
        for (long[] row : matrix) {
            none += row[NONE];
        }
        return total() - none;
    }

    /** Correct / all sentences (no event = wrong). */
    public double accuracy() {
        return ratio(correct(), total());
    }

    /**
     * Accuracy if "no event" were read as neutral. Not the headline: every sentence of the ConfliBERT set is a
     * CAMEO codebook example of an event (class 0 = CAMEO 01 statements and 02 appeals), so an empty output is a
     * miss, not a neutral reading; shown for comparison with sentence classifiers, which always pick a class.
     */
    public double accuracyNoneAsNeutral() {
        return ratio(correct() + matrix[0][NONE], total());
    }

    public double coverage() {
        return ratio(covered(), total());
    }

    /** Correct / sentences with a predicted event. */
    public double accuracyCovered() {
        return ratio(correct(), covered());
    }

    /** Sentences of gold class {@code gold} predicted as {@code predicted} (-1: no event). */
    public long count(int gold, int predicted) {
        return matrix[gold][predicted < 0 ? NONE : predicted];
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }

    public String format(String indent) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%saccuracy %5.1f%% (%d/%d; no event counts as wrong)  coverage %5.1f%%  "
                + "accuracy where an event was coded %5.1f%%%n", indent, 100 * accuracy(), correct(), total(),
                100 * coverage(), 100 * accuracyCovered()));
        sb.append(String.format(java.util.Locale.ROOT, "%s(no event read as neutral: %5.1f%%)%n", indent, 100 * accuracyNoneAsNeutral()));
        sb.append(indent).append(String.format(java.util.Locale.ROOT, "%-22s", "gold \\ predicted"));
        for (int p = 0; p <= NONE; p++) {
            sb.append(String.format(java.util.Locale.ROOT, "%7s", p == NONE ? "none" : String.valueOf(p)));
        }
        sb.append('\n');
        for (int g = 0; g < NONE; g++) {
            sb.append(indent).append(String.format(java.util.Locale.ROOT, "%-22s", g + " " + QuadClass.NAMES.get(g)));
            for (int p = 0; p <= NONE; p++) {
                sb.append(String.format(java.util.Locale.ROOT, "%7d", matrix[g][p]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}

package org.lagebild.statements.eval;

/** Precision, recall and their harmonic mean; 0 (never NaN) when a denominator is empty. */
public record Prf(double precision, double recall, double f1) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public static Prf of(double precision, double recall) {
        double sum = precision + recall;
        return new Prf(precision, recall, sum > 0 ? 2 * precision * recall / sum : 0);
    }

    public static Prf fromCounts(long tp, long fp, long fn) {
        return of(ratio(tp, tp + fp), ratio(tp, tp + fn));
    }

    static double ratio(double num, double den) {
        return den > 0 ? num / den : 0;
    }

    /** "P 12.3  R 45.6  F1 19.4" in percent. */
    public String percent() {
        return String.format(java.util.Locale.ROOT, "P %5.1f  R %5.1f  F1 %5.1f",
                100 * precision, 100 * recall, 100 * f1);
    }
}

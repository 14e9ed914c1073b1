package org.lagebild.events.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Multinomial logistic regression over binary string features, trained by stochastic gradient
 * descent in a seeded order with L2 decay, so that the same examples always give the same model.
 * Stored as TSV: {@code #} comment lines, a {@code bias} row, then one row per feature with one
 * weight per class.
 */
public final class LogisticModel {
    /** One training example: its class and its features (duplicates count once). */
    public record Example(int label, List<String> features) {
    }

    /** Training settings; {@link #DEFAULT} is what the bundled model uses. */
    public record Options(int epochs, double rate, double l2, int minCount, long seed) {
        public static final Options DEFAULT = new Options(30, 0.2, 1e-3, 2, 42L);
    }

    private final int classes;
    private final double[] bias;
    private final Map<String, double[]> weights;

    private LogisticModel(int classes, double[] bias, Map<String, double[]> weights) {
        this.classes = classes;
        this.bias = bias;
        this.weights = weights;
    }

    public int classes() {
        return classes;
    }

    public int features() {
        return weights.size();
    }

    public static LogisticModel train(List<Example> examples, int classes, Options o) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : new LinkedHashSet<>(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, double[]> w = new TreeMap<>();
        counts.forEach((f, n) -> {
            if (n >= o.minCount()) {
                w.put(f, new double[classes]);
            }
        });
        double[] b = new double[classes];
        LogisticModel m = new LogisticModel(classes, b, w);
        List<double[][]> rows = new ArrayList<>();
        for (Example e : examples) {
            rows.add(m.rows(e.features()));
        }
        Integer[] order = new Integer[examples.size()];
        Arrays.setAll(order, i -> i);
        Random random = new Random(o.seed());
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            shuffle(order, random);
            double rate = o.rate() / (1 + 0.1 * epoch);
            for (int i : order) {
                double[][] x = rows.get(i);
                double[] p = m.probabilities(x);
                int y = examples.get(i).label();
                for (int k = 0; k < classes; k++) {
                    double g = p[k] - (k == y ? 1 : 0);
                    b[k] -= rate * g;
                    for (double[] wf : x) {
                        wf[k] -= rate * (g + o.l2() * wf[k]);
                    }
                }
            }
        }
        return m;
    }

    private static void shuffle(Integer[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Integer t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The weight rows of the known features, each once. */
    private double[][] rows(Collection<String> features) {
        List<double[]> out = new ArrayList<>();
        for (String f : new LinkedHashSet<>(features)) {
            double[] wf = weights.get(f);
            if (wf != null) {
                out.add(wf);
            }
        }
        return out.toArray(new double[0][]);
    }

    /** Class probabilities for a feature list. */
    public double[] probabilities(Collection<String> features) {
        return probabilities(rows(features));
    }

    private double[] probabilities(double[][] x) {
        double[] s = bias.clone();
        for (double[] wf : x) {
            for (int k = 0; k < classes; k++) {
                s[k] += wf[k];
            }
        }
        double max = Arrays.stream(s).max().orElse(0);
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            s[k] = Math.exp(s[k] - max);
            sum += s[k];
        }
        for (int k = 0; k < classes; k++) {
            s[k] /= sum;
        }
        return s;
    }

    /** Index of the largest value (the first on ties). */
    public static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Writes the model; {@code header} lines are written as {@code #} comments first. */
    public void write(Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        out.write("#feature\tweights per class 0.." + (classes - 1) + "\n");
        out.write(row("bias", bias));
        for (Map.Entry<String, double[]> e : new TreeMap<>(weights).entrySet()) {
            if (Arrays.stream(e.getValue()).anyMatch(v -> Math.abs(v) >= 5e-5)) {
                out.write(row(e.getKey(), e.getValue()));
            }
        }
    }

    private static String row(String name, double[] w) {
        StringBuilder sb = new StringBuilder(name);
        for (double v : w) {
            sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
        }
        return sb.append('\n').toString();
    }

    /** Reads a model written by {@link #write}; malformed rows are an error, not skipped. */
    public static LogisticModel read(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        double[] b = null;
        Map<String, double[]> w = new HashMap<>();
        int classes = -1;
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (classes < 0) {
                classes = cols.length - 1;
            }
            if (cols.length - 1 != classes || classes < 2) {
                throw new IOException("model line " + lineNo + ": expected " + classes + " weights");
            }
            double[] v = new double[classes];
            try {
                for (int k = 0; k < classes; k++) {
                    v[k] = Double.parseDouble(cols[k + 1]);
                }
            } catch (NumberFormatException e) {
                throw new IOException("model line " + lineNo + ": " + e.getMessage(), e);
            }
            if (cols[0].equals("bias")) {
                b = v;
            } else {
                w.put(cols[0], v);
            }
        }
        if (b == null) {
            throw new IOException("model without a bias row");
        }
        return new LogisticModel(classes, b, w);
    }
}

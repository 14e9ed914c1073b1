package org.lagebild.statements.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multi-class averaged perceptron over string features (Collins 2002; the averaging uses
 * the lazy-update trick). Weights are a map from feature to one weight per label, so a model
 * holds only the features seen in training; {@link #prune} drops near-zero weights before
 * saving. Deterministic: no randomness inside, ties go to the lowest label index.
 */
public final class Perceptron {
    private final List<String> labels;
    private final Map<String, float[]> weights;
    // training state (absent in a loaded model)
    private final Map<String, float[]> totals;
    private final Map<String, int[]> stamps;
    private int step;

    public Perceptron(List<String> labels) {
        this(List.copyOf(labels), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private Perceptron(List<String> labels, Map<String, float[]> weights, Map<String, float[]> totals,
                       Map<String, int[]> stamps) {
        this.labels = labels;
        this.weights = weights;
        this.totals = totals;
        this.stamps = stamps;
    }

    public List<String> labels() {
        return labels;
    }

    public int label(String name) {
        int i = labels.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label " + name);
        }
        return i;
    }

    /** Scores of every label for the features. */
    public float[] scores(List<String> features) {
        float[] s = new float[labels.size()];
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int i = 0; i < s.length; i++) {
                    s[i] += w[i];
                }
            }
        }
        return s;
    }

    /** The best label index, restricted to {@code allowed} when it is not null. */
    public int predict(List<String> features, boolean[] allowed) {
        float[] s = scores(features);
        int best = -1;
        for (int i = 0; i < s.length; i++) {
            if ((allowed == null || allowed[i]) && (best < 0 || s[i] > s[best])) {
                best = i;
            }
        }
        return best;
    }

    /** One online update: rewards {@code gold}, penalises {@code guess} when they differ. */
    public void update(List<String> features, int gold, int guess) {
        step++;
        if (gold == guess) {
            return;
        }
        for (String f : features) {
            add(f, gold, 1);
            add(f, guess, -1);
        }
    }

    /**
     * One structured update (Collins 2002) over a whole sequence, one averaging step: rewards
     * each gold position's features for its gold label and penalises each guessed position's
     * features for its guessed label (the caller passes only positions where the two paths'
     * label or previous label differ; elsewhere the two cancel).
     */
    public void updateSequence(List<List<String>> goldFeatures, int[] gold, List<List<String>> guessFeatures, int[] guess) {
        step++;
        for (int k = 0; k < gold.length; k++) {
            for (String f : goldFeatures.get(k)) {
                add(f, gold[k], 1);
            }
        }
        for (int k = 0; k < guess.length; k++) {
            for (String f : guessFeatures.get(k)) {
                add(f, guess[k], -1);
            }
        }
    }

    private void add(String f, int label, float delta) {
        float[] w = weights.computeIfAbsent(f, k -> new float[labels.size()]);
        float[] t = totals.computeIfAbsent(f, k -> new float[labels.size()]);
        int[] st = stamps.computeIfAbsent(f, k -> new int[labels.size()]);
        t[label] += (step - st[label]) * w[label];
        st[label] = step;
        w[label] += delta;
    }

    /** Replaces the weights by their averages over all steps; ends training. */
    public Perceptron averaged() {
        Map<String, float[]> avg = new HashMap<>();
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            float[] w = e.getValue();
            float[] t = totals.get(e.getKey());
            int[] st = stamps.get(e.getKey());
            float[] a = new float[w.length];
            for (int l = 0; l < w.length; l++) {
                // no step yet (a trainable() copy never updated): the weights are their own average
                a[l] = step == 0 ? w[l] : (t[l] + (step - st[l]) * w[l]) / step;
            }
            avg.put(e.getKey(), a);
        }
        return new Perceptron(labels, avg, Map.of(), Map.of());
    }

    /** A perceptron that continues training from these weights (its average starts afresh). */
    public Perceptron trainable() {
        Map<String, float[]> w = new HashMap<>();
        Map<String, float[]> t = new HashMap<>();
        Map<String, int[]> st = new HashMap<>();
        weights.forEach((f, x) -> {
            w.put(f, x.clone());
            t.put(f, new float[x.length]);
            st.put(f, new int[x.length]);
        });
        return new Perceptron(labels, w, t, st);
    }

    /**
     * The mean of trained perceptrons with the same labels (an ensemble as one linear model: its
     * scores are the mean of theirs); a feature a model lacks counts as weight 0 there.
     */
    public static Perceptron mean(List<Perceptron> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to average");
        }
        List<String> labels = models.get(0).labels;
        Map<String, float[]> sum = new HashMap<>();
        for (Perceptron m : models) {
            if (!m.labels.equals(labels)) {
                throw new IllegalArgumentException("labels differ: " + m.labels + " vs " + labels);
            }
            m.weights.forEach((f, w) -> {
                float[] s = sum.computeIfAbsent(f, k -> new float[labels.size()]);
                for (int l = 0; l < w.length; l++) {
                    s[l] += w[l] / models.size();
                }
            });
        }
        return new Perceptron(labels, sum, Map.of(), Map.of());
    }

    /** Drops features whose largest absolute weight is below {@code threshold}. */
    public Perceptron prune(float threshold) {
        Map<String, float[]> kept = new HashMap<>();
        weights.forEach((f, w) -> {
            float max = 0;
            for (float x : w) {
                max = Math.max(max, Math.abs(x));
            }
            if (max >= threshold) {
                kept.put(f, w);
            }
        });
        return new Perceptron(labels, kept, Map.of(), Map.of());
    }

    public int size() {
        return weights.size();
    }

    /** Writes labels and weights as text lines (sorted, so equal models give equal files). */
    public void write(Writer w) throws IOException {
        w.write("labels\t" + String.join("\t", labels) + "\n");
        w.write("features\t" + weights.size() + "\n");
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            StringBuilder b = new StringBuilder(e.getKey());
            for (float x : e.getValue()) {
                b.append('\t').append(x == 0 ? "0" : String.format(Locale.ROOT, "%.4g", x));
            }
            w.write(b.append('\n').toString());
        }
    }

    /** Reads what {@link #write} wrote. */
    public static Perceptron read(BufferedReader r) throws IOException {
        String[] head = line(r).split("\t");
        if (!head[0].equals("labels") || head.length < 2) {
            throw new IOException("not a perceptron model: " + head[0]);
        }
        List<String> labels = new ArrayList<>(List.of(head).subList(1, head.length));
        String[] count = line(r).split("\t");
        int n = Integer.parseInt(count[1]);
        Map<String, float[]> weights = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String[] f = line(r).split("\t", -1);
            if (f.length != labels.size() + 1) {
                throw new IOException("model line with " + (f.length - 1) + " weights, expected " + labels.size());
            }
            float[] w = new float[labels.size()];
            for (int l = 0; l < w.length; l++) {
                w[l] = Float.parseFloat(f[l + 1]);
            }
            weights.put(f[0], w);
        }
        return new Perceptron(List.copyOf(labels), weights, Map.of(), Map.of());
    }

    private static String line(BufferedReader r) throws IOException {
        String s = r.readLine();
        if (s == null) {
            throw new IOException("model file ends early");
        }
        return s;
    }
}

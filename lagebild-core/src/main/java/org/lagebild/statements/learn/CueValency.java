package org.lagebild.statements.learn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cue's valency as counted in training speeches: per cue key (the cue lemma, its lexicon
 * class, or all cues) and argument key (the role candidate's relation to the cue and its
 * preposition or subordinator, {@link EventFeatures#valencyKeys}), how many candidates had each
 * label (a role or O). "bitten|obj|-" is mostly Topic or Addr, "sagen|obj|-" mostly Message —
 * the split between Message and Topic on object nouns that relation features alone cannot make
 * for rare cue lemmas, since the lexicon class backs them off.
 *
 * <p>While training, a speech's features see the counts without its own candidates
 * ({@link #without}), so that the classifiers learn how far counts from other speeches hold.
 */
public final class CueValency {
    /** Fewest candidates a key needs before its counts are used; rarer keys back off. */
    static final int MIN_COUNT = 3;

    private final List<String> labels;
    private final Map<String, int[]> counts;

    CueValency(List<String> labels, Map<String, int[]> counts) {
        this.labels = List.copyOf(labels);
        this.counts = counts;
    }

    /** Counts to add up: {@link #add} per candidate, then {@link #build}. */
    static final class Counter {
        private final List<String> labels;
        private final Map<String, int[]> counts = new TreeMap<>();

        Counter(List<String> labels) {
            this.labels = List.copyOf(labels);
        }

        void add(String[] cueKeys, String argKey, String label) {
            int l = labels.indexOf(label);
            if (l < 0) {
                throw new IllegalArgumentException("unknown label " + label);
            }
            for (String c : cueKeys) {
                counts.computeIfAbsent(c + "\u0001" + argKey, k -> new int[labels.size()])[l]++;
            }
        }

        CueValency build() {
            return new CueValency(labels, counts);
        }
    }

    public List<String> labels() {
        return labels;
    }

    /** These counts less {@code own} (a training speech's own candidates). */
    CueValency without(CueValency own) {
        if (own.counts.isEmpty()) {
            return this;
        }
        return new CueValency(labels, new Subtracted(counts, own.counts));
    }

    /** A read-only view of the difference of two count maps (only {@link Map#get} is used). */
    private static final class Subtracted extends java.util.AbstractMap<String, int[]> {
        private final Map<String, int[]> all;
        private final Map<String, int[]> own;

        Subtracted(Map<String, int[]> all, Map<String, int[]> own) {
            this.all = all;
            this.own = own;
        }

        @Override
        public int[] get(Object key) {
            int[] a = all.get(key);
            int[] o = own.get(key);
            if (a == null || o == null) {
                return a;
            }
            int[] out = a.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] -= o[i];
            }
            return out;
        }

        @Override
        public java.util.Set<Entry<String, int[]>> entrySet() {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * Features of a candidate: at the most specific cue key with at least {@link #MIN_COUNT}
     * candidates of its argument key, the share of each label (bucketed), the most frequent
     * label, and which backoff level answered; {@code prefix} "=none" when no level has enough.
     */
    List<String> features(String prefix, String[] cueKeys, String argKey) {
        List<String> f = new ArrayList<>(labels.size() + 2);
        for (int level = 0; level < cueKeys.length; level++) {
            int[] c = counts.get(cueKeys[level] + "\u0001" + argKey);
            int n = 0;
            for (int x : c == null ? new int[0] : c) {
                n += x;
            }
            if (n < MIN_COUNT) {
                continue;
            }
            int max = 0;
            for (int l = 0; l < c.length; l++) {
                max = c[l] > c[max] ? l : max;
                if (c[l] > 0) {
                    f.add(prefix + "|" + labels.get(l) + "=" + share(c[l], n));
                }
            }
            f.add(prefix + "max=" + labels.get(max) + "|" + share(c[max], n));
            f.add(prefix + "max|lvl=" + labels.get(max) + "|" + share(c[max], n) + "|" + level);
            return f;
        }
        f.add(prefix + "=none");
        return f;
    }

    /**
     * The counts per label ({@link #labels} order) at the most specific cue key whose argument
     * key has at least {@code min} candidates, or null when no level has that many.
     */
    int[] counts(String[] cueKeys, String argKey, int min) {
        for (String cueKey : cueKeys) {
            int[] c = counts.get(cueKey + "\u0001" + argKey);
            int n = 0;
            for (int x : c == null ? new int[0] : c) {
                n += x;
            }
            if (n >= min) {
                return c;
            }
        }
        return null;
    }

    private static String share(int c, int n) {
        double p = (double) c / n;
        return p >= 0.8 ? "top" : p >= 0.5 ? "hi" : p >= 0.2 ? "mid" : "lo";
    }

    /** Writes the table: a header line with the labels and the number of keys, then one line per key. */
    void write(BufferedWriter w) throws IOException {
        w.write("valency\t" + String.join(",", labels) + "\t" + counts.size() + "\n");
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            StringBuilder b = new StringBuilder(e.getKey().replace('\u0001', '\t'));
            for (int x : e.getValue()) {
                b.append('\t').append(x);
            }
            w.write(b.append('\n').toString());
        }
    }

    /** Reads what {@link #write} wrote. */
    static CueValency read(BufferedReader r) throws IOException {
        String head = r.readLine();
        String[] h = head == null ? new String[0] : head.split("\t");
        if (h.length != 3 || !h[0].equals("valency")) {
            throw new IOException("model: expected the valency table");
        }
        List<String> labels = List.of(h[1].split(","));
        int n = Integer.parseInt(h[2]);
        Map<String, int[]> counts = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            String line = r.readLine();
            String[] p = line == null ? new String[0] : line.split("\t", -1);
            if (p.length != labels.size() + 2) {
                throw new IOException("model: bad valency line " + line);
            }
            int[] c = new int[labels.size()];
            for (int l = 0; l < c.length; l++) {
                c[l] = Integer.parseInt(p[l + 2]);
            }
            counts.put(p[0] + "\u0001" + p[1], c);
        }
        return new CueValency(labels, counts);
    }
}

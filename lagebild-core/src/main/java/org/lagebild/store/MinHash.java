package org.lagebild.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.lagebild.model.Region;

/**
 * MinHash signatures of an article's cleaned body (word 3-shingles) for near-duplicate detection,
 * with locality-sensitive band keys so candidates are found by index lookup, not by comparing
 * against every stored article. Measured on the bundled corpus and 588 German/English news texts
 * (docs/EVALUATION.md): unrelated articles reach a Jaccard similarity of at most 0.31, copies with
 * a new headline, one sentence replaced, the lead dropped and a line appended at least 0.71; the
 * threshold {@link #THRESHOLD} lies between.
 */
final class MinHash {
    static final int SHINGLE = 3;
    static final int BANDS = 32;
    static final int ROWS = 4;
    static final int SIZE = BANDS * ROWS;
    /** Estimated Jaccard similarity from which an article counts as a near-duplicate. */
    static final double THRESHOLD = 0.5;
    /** Texts with fewer shingles (about 20 words) are too short to call near-duplicates. */
    static final int MIN_SHINGLES = 20;
    /** Words read per text; longer texts are compared on their first part (bounded work). */
    private static final int MAX_WORDS = 20_000;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long s = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            s = mix(s + i);
            SEEDS[i] = s;
        }
    }

    /** A signature and how many distinct shingles it was made of. */
    record Signature(int[] values, int shingles) {
        /** Fraction of equal positions: an unbiased estimate of the Jaccard similarity. */
        double similarity(Signature o) {
            int same = 0;
            for (int i = 0; i < SIZE; i++) {
                same += values[i] == o.values[i] ? 1 : 0;
            }
            return (double) same / SIZE;
        }

        boolean comparable() {
            return shingles >= MIN_SHINGLES;
        }

        /** One key per band (band number mixed in), for the index lookup. */
        long[] bandKeys() {
            long[] keys = new long[BANDS];
            for (int b = 0; b < BANDS; b++) {
                long h = mix(b + 1L);
                for (int r = 0; r < ROWS; r++) {
                    h = mix(h ^ (values[b * ROWS + r] & 0xffffffffL));
                }
                keys[b] = h;
            }
            return keys;
        }

        String encode() {
            ByteBuffer buf = ByteBuffer.allocate(SIZE * 4);
            for (int v : values) {
                buf.putInt(v);
            }
            return Base64.getEncoder().encodeToString(buf.array());
        }

        static Signature decode(String s, int shingles) {
            ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(s));
            int[] v = new int[SIZE];
            for (int i = 0; i < SIZE; i++) {
                v[i] = buf.getInt();
            }
            return new Signature(v, shingles);
        }
    }

    private MinHash() {
    }

    /** The signature of the text without its excluded regions (captions, credits, boilerplate). */
    static Signature of(String text, List<Region> excluded) {
        return ofHashes(wordHashes(text, excluded));
    }

    static Signature of(List<String> words) {
        return ofHashes(words.stream().mapToInt(String::hashCode).toArray());
    }

    /** The signature of words given by their {@code String.hashCode()}. */
    private static Signature ofHashes(int[] words) {
        // The distinct shingle hashes, by sorting a primitive array rather than boxing each into a
        // set: this runs for every stored article. The minima do not depend on the order.
        long[] shingles = new long[Math.max(0, words.length - SHINGLE + 1)];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h * 31 + words[i + k]);
            }
            shingles[i] = h;
        }
        Arrays.sort(shingles);
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int distinct = 0;
        for (int j = 0; j < shingles.length; j++) {
            long sh = shingles[j];
            if (j > 0 && sh == shingles[j - 1]) {
                continue;
            }
            distinct++;
            for (int i = 0; i < SIZE; i++) {
                int v = (int) (mix(sh ^ SEEDS[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return new Signature(sig, distinct);
    }

    /**
     * {@code hashCode()} of each of {@link #words}, without making the strings where that gives the
     * same value: a word of Latin-1 characters lower-cases char by char ({@code toLowerCase(ROOT)}
     * differs from {@code Character.toLowerCase} only for characters beyond, such as 'İ' and 'Σ').
     */
    static int[] wordHashes(String text, List<Region> excluded) {
        boolean[] skip = skipped(text, excluded);
        int[] out = new int[64];
        int n = 0;
        int start = -1;
        int hash = 0;
        boolean latin1 = true;
        for (int i = 0; i <= text.length() && n < MAX_WORDS; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (i < text.length() && !skip[i] && Character.isLetterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                    latin1 = true;
                }
                latin1 &= c <= 0xFF;
                hash = 31 * hash + Character.toLowerCase(c);
            } else if (start >= 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = latin1 ? hash : text.substring(start, i).toLowerCase(Locale.ROOT).hashCode();
                start = -1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean[] skipped(String text, List<Region> excluded) {
        boolean[] skip = new boolean[text.length()];
        if (excluded != null) {
            for (Region r : excluded) {
                for (int i = Math.max(0, r.start()); i < Math.min(text.length(), r.end()); i++) {
                    skip[i] = true;
                }
            }
        }
        return skip;
    }

    /** Lower-cased letter/digit runs outside the excluded regions. */
    static List<String> words(String text, List<Region> excluded) {
        boolean[] skip = skipped(text, excluded);
        List<String> out = new java.util.ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length() && out.size() < MAX_WORDS; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (i < text.length() && !skip[i] && Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
        }
        return out;
    }

    /** SplitMix64 finaliser: a fast, well-distributed 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

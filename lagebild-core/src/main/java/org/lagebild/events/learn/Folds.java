package org.lagebild.events.learn;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.lagebild.events.eval.Split;

/**
 * Cross-validation folds for a sentence set without document ids: sentences that share a run of
 * {@value #SHINGLE} words (near-duplicates, sentences quoted from one report) form one group, and
 * a group goes to fold CRC-32(its first sentence's key) mod k, so no group spans two folds.
 */
public final class Folds {
    static final int SHINGLE = 6;

    private Folds() {
    }

    /** Fold 0..k-1 of each text. */
    public static int[] assign(List<String> texts, int k) {
        int[] parent = new int[texts.size()];
        Arrays.setAll(parent, i -> i);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String[] w = texts.get(i).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            for (int j = 0; j + SHINGLE <= w.length; j++) {
                String key = String.join(" ", Arrays.copyOfRange(w, j, j + SHINGLE));
                Integer other = seen.putIfAbsent(key, i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
        int[] fold = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            CRC32 crc = new CRC32();
            crc.update(Split.key(texts.get(find(parent, i))).getBytes(StandardCharsets.UTF_8));
            fold[i] = (int) (crc.getValue() % k);
        }
        return fold;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    /** Unites two groups under the smaller index, so a group's root is its first sentence. */
    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}

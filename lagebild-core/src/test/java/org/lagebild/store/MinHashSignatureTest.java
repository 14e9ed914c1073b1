package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Signatures are stored (band keys, encoded signatures), so a faster computation must give the
 * same values: compared here with the set-based definition on texts with repeated shingles.
 */
class MinHashSignatureTest {
    @Test
    void sameSignaturesAsTheSetDefinition() {
        Random r = new Random(7);
        List<String> vocabulary = List.of("die", "nato", "russland", "sagte", "am", "mittwoch", "in", "brüssel",
                "gespräche", "ukraine", "und", "der");
        for (int n : new int[] {0, 1, 2, 3, 4, 25, 300, 2_000}) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                words.add(vocabulary.get(r.nextInt(vocabulary.size())));
            }
            MinHash.Signature fast = MinHash.of(words);
            MinHash.Signature reference = reference(words);
            assertEquals(reference.shingles(), fast.shingles(), "shingles of " + n + " words");
            assertArrayEquals(reference.values(), fast.values(), "signature of " + n + " words");
        }
    }

    @Test
    void wordHashesAreTheHashesOfTheWords() {
        Random r = new Random(11);
        String alphabet = "abcXYZäöüÄÖÜßéÉÿµ0123456789İıΣσςΟΔΟΣ ,.-\u00a0\u2014\t\n'’";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(200); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            List<org.lagebild.model.Region> excluded = text.length() < 10 ? List.of()
                    : List.of(new org.lagebild.model.Region(3, 3 + r.nextInt(text.length() - 3), "credit", ""));
            for (List<org.lagebild.model.Region> ex : List.of(List.<org.lagebild.model.Region>of(), excluded)) {
                int[] expected = MinHash.words(text, ex).stream().mapToInt(String::hashCode).toArray();
                assertArrayEquals(expected, MinHash.wordHashes(text, ex), text);
                assertArrayEquals(MinHash.of(MinHash.words(text, ex)).values(), MinHash.of(text, ex).values(), text);
            }
        }
        // beyond Latin-1, lower-casing depends on the word ('İ' becomes two chars, a final 'Σ' becomes 'ς')
        assertArrayEquals(new int[] {"straße".hashCode(), "İstanbul".toLowerCase(java.util.Locale.ROOT).hashCode(),
                "οδος".hashCode()}, MinHash.wordHashes("Straße İstanbul ΟΔΟΣ", List.of()));
    }

    /** The definition: MinHash over the set of word 3-shingle hashes. */
    private static MinHash.Signature reference(List<String> words) {
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE <= words.size(); i++) {
            long h = 0;
            for (int k = 0; k < MinHash.SHINGLE; k++) {
                h = MinHash.mix(h * 31 + words.get(i + k).hashCode());
            }
            shingles.add(h);
        }
        int[] sig = new int[MinHash.SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < MinHash.SIZE; i++) {
                int v = (int) (MinHash.mix(sh ^ seed(i)) >>> 33);
                sig[i] = Math.min(sig[i], v);
            }
        }
        return new MinHash.Signature(sig, shingles.size());
    }

    /** The class's seeds, recomputed as its static initialiser does. */
    private static long seed(int i) {
        long s = 0x5DEECE66DL;
        for (int j = 0; j <= i; j++) {
            s = MinHash.mix(s + j);
        }
        return s;
    }
}

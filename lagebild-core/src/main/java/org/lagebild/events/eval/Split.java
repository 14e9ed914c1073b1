package org.lagebild.events.eval;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Deterministic 80/20 split of a gold set into a tuning part (rules may be tuned on it) and a
 * report part (only ever scored): by the CRC-32 of the sentence's normalised text, so a sentence
 * lands in the same part on every run and in both the class and the span file.
 */
public final class Split {
    public enum Part { TUNE, REPORT }

    /**
     * Halves of session 6 (English rules tuned on {@code DEV} only): the held-back half is the report
     * part (CRC-32 mod 5 == 0) plus the tuning sentences with CRC-32 mod 10 in {1, 2, 3}, so the
     * report part stays unseen and the halves are about equal (700 / 649 class sentences).
     */
    public enum Half { DEV, HELD }

    private Split() {
    }

    /** Lower-case ASCII letters and digits only, so tokenised and raw versions of a sentence agree. */
    public static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static Part of(String key) {
        return crc(key) % 5 == 0 ? Part.REPORT : Part.TUNE;
    }

    public static Half half(String key) {
        long c = crc(key);
        return c % 5 == 0 || c % 10 >= 1 && c % 10 <= 3 ? Half.HELD : Half.DEV;
    }

    private static long crc(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}

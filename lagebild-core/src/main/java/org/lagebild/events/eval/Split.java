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
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 5 == 0 ? Part.REPORT : Part.TUNE;
    }
}

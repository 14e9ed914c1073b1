package org.lagebild.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns raw bytes into text, refusing what is not text. Order: size limit, BOM (UTF-8, UTF-16),
 * binary check, strict UTF-8, and windows-1252 as the fallback for legacy 8-bit files.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Reads at most {@code limit + 1} bytes, so an oversized stream is detected without reading it all. */
    static byte[] readBounded(InputStream in, long limit, String source) throws InputException, IOException {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        byte[] buf = new byte[Math.min(cap + 1, 1 << 16)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n > cap) {
                    throw tooLarge(source, null, limit);
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, (long) cap + 1));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
            if (n > cap) {
                throw tooLarge(source, null, limit);
            }
        }
        return Arrays.copyOf(buf, n);
    }

    static InputException tooLarge(String source, Long size, long limit) {
        String what = size == null ? "input" : humanBytes(size);
        return new InputException(source, what + " exceeds the " + humanBytes(limit) + " limit (--max-bytes)");
    }

    static String humanBytes(long n) {
        long mb = 1024L * 1024;
        if (n >= mb) {
            return n % mb == 0 || n >= 10 * mb ? (n + mb / 2) / mb + " MB" : String.format("%.1f MB", n / (double) mb);
        }
        if (n >= 1024) {
            return (n + 512) / 1024 + " KB";
        }
        return n + " bytes";
    }

    /** Decodes {@code bytes}; the result has no BOM. Throws when the bytes are not text or only whitespace. */
    static String decode(byte[] bytes, String source) throws InputException {
        String text = decodeText(bytes, source);
        if (isBlank(text)) {
            throw new InputException(source, bytes.length == 0 ? "empty file" : "empty (whitespace only)");
        }
        return text;
    }

    private static String decodeText(byte[] b, String source) throws InputException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, b, 3, source, "invalid UTF-8 after UTF-8 byte order mark");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return checkDecoded(strict(StandardCharsets.UTF_16BE, b, 2, source, "invalid UTF-16"), source);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return checkDecoded(strict(StandardCharsets.UTF_16LE, b, 2, source, "invalid UTF-16"), source);
        }
        int bad = binaryOffset(b);
        if (bad >= 0) {
            throw new InputException(source, "not text (binary bytes at offset " + bad + ")");
        }
        try {
            return newDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            // Legacy 8-bit file: windows-1252 is a superset of ISO-8859-1 for printable text.
            return WINDOWS_1252.decode(ByteBuffer.wrap(b)).toString();
        }
    }

    /**
     * Offset of the byte that makes the data binary: the first NUL, or the first control byte when
     * control bytes (other than tab, newline, CR, form feed, escape) exceed 1% of the data; -1 if text.
     */
    static int binaryOffset(byte[] b) {
        int controls = 0;
        int first = -1;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return i;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
                controls++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return controls > 2 + b.length / 100 ? first : -1;
    }

    /** UTF-16 text has no byte-level check, so refuse decoded control characters instead. */
    private static String checkDecoded(String s, String source) throws InputException {
        int controls = 0;
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                if (c == 0) {
                    throw new InputException(source, "not text (NUL character at char " + i + ")");
                }
                controls++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (controls > 2 + s.length() / 100) {
            throw new InputException(source, "not text (control characters at char " + first + ")");
        }
        return s;
    }

    private static String strict(Charset cs, byte[] b, int skip, String source, String problem) throws InputException {
        try {
            return newDecoder(cs).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(source, problem);
        }
    }

    private static CharsetDecoder newDecoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace in the Unicode sense, including no-break spaces and a stray BOM. */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

}

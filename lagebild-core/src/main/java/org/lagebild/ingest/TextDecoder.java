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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw bytes into text, refusing what is not text. Order: size limit, BOM (UTF-8, UTF-16),
 * UTF-16 without BOM (by its zero bytes), binary check, strict UTF-8, the declared charset
 * (transport header, HTML {@code <meta charset>} or XML prolog), and windows-1252 as the
 * fallback for legacy 8-bit files. Valid UTF-8 wins over a declared 8-bit charset because
 * legacy bytes almost never form valid multi-byte sequences, while misdeclared pages are common.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A charset declaration in the head of an HTML or XML document; bounded, no backtracking risk. */
    private static final Pattern DECLARED = Pattern.compile(
            "(?:charset|encoding)\\s{0,5}=\\s{0,5}[\"']?([a-z0-9._:-]{1,40})");
    private static final int SNIFF_BYTES = 1024;

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
        return decode(bytes, source, null);
    }

    /**
     * Decodes {@code bytes} like {@link #decode(byte[], String)}, using {@code declared} (a charset
     * name from e.g. an HTTP Content-Type; may be null, unknown or wrong) or else a declaration in
     * the document's first 1 KB when the bytes are not UTF-8.
     */
    static String decode(byte[] bytes, String source, String declared) throws InputException {
        String text = decodeText(bytes, source, declared);
        if (isBlank(text)) {
            throw new InputException(source, bytes.length == 0 ? "empty file" : "empty (whitespace only)");
        }
        return text;
    }

    private static String decodeText(byte[] b, String source, String declared) throws InputException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, b, 3, source, "invalid UTF-8 after UTF-8 byte order mark");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return checkDecoded(strict(StandardCharsets.UTF_16BE, b, 2, source, "invalid UTF-16"), source);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return checkDecoded(strict(StandardCharsets.UTF_16LE, b, 2, source, "invalid UTF-16"), source);
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return checkDecoded(strict(utf16, b, 0, source, "invalid UTF-16"), source);
        }
        int bad = binaryOffset(b);
        if (bad >= 0) {
            throw new InputException(source, "not text (binary bytes at offset " + bad + ")");
        }
        try {
            return newDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            Charset cs = eightBit(declared != null ? declared : sniffDeclared(b));
            if (cs != null) {
                try {
                    return newDecoder(cs).decode(ByteBuffer.wrap(b)).toString();
                } catch (CharacterCodingException wrong) {
                    // declared charset does not fit the bytes: fall through to the default
                }
            }
            // Legacy 8-bit file: windows-1252 is a superset of ISO-8859-1 for printable text.
            return WINDOWS_1252.decode(ByteBuffer.wrap(b)).toString();
        }
    }

    /**
     * UTF-16 without a byte order mark: Latin-script text has a zero high byte in almost every
     * code unit, so zeros cluster on the even (big-endian) or odd (little-endian) offsets.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int units = n / 2;
        if (evenZero * 10 >= units * 7 && oddZero * 20 <= units) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZero * 10 >= units * 7 && evenZero * 20 <= units) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset named in the first 1 KB ({@code <meta charset>}, {@code http-equiv}, XML prolog), or null. */
    static String sniffDeclared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * A supported single-byte charset for {@code name}, or null for unknown names and for
     * multi-byte charsets (which strict UTF-8 and the UTF-16 checks already handled). ISO-8859-1
     * and US-ASCII mean windows-1252, as browsers read them.
     */
    static Charset eightBit(String name) {
        if (name == null) {
            return null;
        }
        Charset cs;
        try {
            cs = Charset.forName(name.strip());
        } catch (RuntimeException e) { // illegal or unsupported name
            return null;
        }
        if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        return cs.newEncoder().maxBytesPerChar() == 1.0f ? cs : null;
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

package org.lagebild.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text's UTF-8 bytes in lower-case hex: the store's article id, and the article tag of ids made from it. */
public final class Sha256 {
    private Sha256() {
    }

    /** All 64 hex digits. */
    public static String hex(String s) {
        return HexFormat.of().formatHex(digest(s));
    }

    /** The first {@code bytes} bytes, as 2 × {@code bytes} hex digits. */
    public static String hex(String s, int bytes) {
        return HexFormat.of().formatHex(digest(s), 0, bytes);
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }
}

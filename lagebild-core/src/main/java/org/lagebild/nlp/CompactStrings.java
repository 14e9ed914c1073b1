package org.lagebild.nlp;

import java.io.Serializable;
import java.util.Collection;

/**
 * An immutable string → id table for hundreds of thousands of strings without a String object
 * per entry: the characters of all strings in one array, their start offsets, and an
 * open-addressing hash table of ids. Java serialisation writes three primitive arrays, which
 * read back in bulk (a {@code HashMap} of 500k strings deserialises object by object).
 *
 * <p>Ids are positions in the given order. Lookups hash like {@link String#hashCode()} (cached
 * in the query string) and compare characters in place.
 */
final class CompactStrings implements Serializable {
    private static final long serialVersionUID = 2L;

    private final char[] chars;
    /** offsets[i] .. offsets[i + 1] are the characters of string i. */
    private final int[] offsets;
    /**
     * Per slot the string's hash code (high half) and id + 1 (low half), 0 = empty: a probe
     * compares hashes without touching the characters. Length a power of two, at most half full.
     */
    private final long[] slots;
    /** 32 - log2(slots.length): Fibonacci hashing takes the product's top bits. */
    private final int shift;

    CompactStrings(Collection<String> strings) {
        int n = strings.size();
        long total = 0;
        for (String s : strings) {
            total += s.length();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many characters for one table: " + total);
        }
        chars = new char[(int) total];
        offsets = new int[n + 1];
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        slots = new long[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int id = 0;
        int pos = 0;
        for (String s : strings) {
            s.getChars(0, s.length(), chars, pos);
            offsets[id] = pos;
            pos += s.length();
            offsets[id + 1] = pos;
            int mask = slots.length - 1;
            int hash = s.hashCode();
            int slot = slot(hash);
            while (slots[slot] != 0) {
                if ((int) (slots[slot] >>> 32) == hash && equalsAt((int) slots[slot] - 1, s)) {
                    throw new IllegalArgumentException("duplicate string: " + s);
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = ((long) hash << 32) | ++id;
        }
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    int size() {
        return offsets.length - 1;
    }

    String get(int id) {
        return new String(chars, offsets[id], offsets[id + 1] - offsets[id]);
    }

    /** The id of {@code s} (a String, or characters being built, e.g. a StringBuilder), or -1. */
    int indexOf(CharSequence s) {
        int mask = slots.length - 1;
        int hash = hash(s);
        int slot = slot(hash);
        long v;
        while ((v = slots[slot]) != 0) {
            if ((int) (v >>> 32) == hash && equalsAt((int) v - 1, s)) {
                return (int) v - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** {@link String#hashCode()} of the characters, without making a String. */
    private static int hash(CharSequence s) {
        if (s instanceof String str) {
            return str.hashCode();
        }
        int h = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private boolean equalsAt(int id, CharSequence s) {
        int start = offsets[id];
        int len = offsets[id + 1] - start;
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (chars[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

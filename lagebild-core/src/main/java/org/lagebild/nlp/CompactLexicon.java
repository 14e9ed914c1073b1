package org.lagebild.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only {@code Map<String, String>} from many keys to few distinct values (the
 * distributional-similarity lexicons of the tagger, 3 million German word forms → 600 cluster
 * names, and of the NER model, 500k words) in a handful of primitive arrays instead of millions
 * of objects: ~70 MB instead of ~300 MB of heap. The tagger cache writes the arrays with bulk
 * copies ({@link #writeArrays}); the NER cache, a Java-serialised CoreNLP classifier, serialises
 * it as those same arrays (checked again on reading, as {@link #read} does).
 *
 * <p>Keys are stored one after another in one byte array, one byte per char when every char
 * is below 256 (nearly all words), else two; an open-addressing table on
 * {@link String#hashCode()} finds them. Only {@link #get} and {@link #containsKey} are fast;
 * iteration decodes every key.
 */
final class CompactLexicon extends AbstractMap<String, String> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] keys;
    /** Start of key i in {@link #keys}; entry n is the end. Negative start: two bytes per char. */
    private final int[] starts;
    private final int[] valueIds;
    private final String[] values;
    /** Key index + 1 per slot, 0 = empty; the length is a power of two. */
    private final int[] slots;

    private CompactLexicon(byte[] keys, int[] starts, int[] valueIds, String[] values, int[] slots) {
        this.keys = keys;
        this.starts = starts;
        this.valueIds = valueIds;
        this.values = values;
        this.slots = slots;
    }

    /** A compact copy of {@code map} (iteration order kept). */
    static CompactLexicon of(Map<String, String> map) {
        int n = map.size();
        Map<String, Integer> valueIndex = new LinkedHashMap<>();
        long bytes = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            bytes += (long) e.getKey().length() * (latin1(e.getKey()) ? 1 : 2);
            valueIndex.putIfAbsent(e.getValue(), valueIndex.size());
        }
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("lexicon too large");
        }
        byte[] keys = new byte[(int) bytes];
        int[] starts = new int[n + 1];
        int[] valueIds = new int[n];
        int[] slots = new int[tableSize(n)];
        int pos = 0;
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            String k = e.getKey();
            boolean narrow = latin1(k);
            starts[i] = narrow ? pos : -pos - 1;
            for (int c = 0; c < k.length(); c++) {
                char ch = k.charAt(c);
                if (narrow) {
                    keys[pos++] = (byte) ch;
                } else {
                    keys[pos++] = (byte) (ch >> 8);
                    keys[pos++] = (byte) ch;
                }
            }
            valueIds[i] = valueIndex.get(e.getValue());
            int mask = slots.length - 1;
            int s = spread(k.hashCode()) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
            i++;
        }
        starts[n] = pos;
        return new CompactLexicon(keys, starts, valueIds, valueIndex.keySet().toArray(String[]::new), slots);
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** A power of two at most ~70 % full. */
    private static int tableSize(int n) {
        int size = Integer.highestOneBit(Math.max(4, n + n / 2)) << 1;
        if (size <= 0 || size < n) {
            throw new IllegalArgumentException("lexicon too large");
        }
        return size;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The entry number of {@code k}, or -1. */
    int indexOf(String k) {
        int mask = slots.length - 1;
        for (int s = spread(k.hashCode()) & mask; ; s = (s + 1) & mask) {
            int i = slots[s] - 1;
            if (i < 0) {
                return -1;
            }
            if (matches(i, k)) {
                return i;
            }
        }
    }

    /** The byte offset a {@link #starts} entry encodes. */
    private static int offset(int start) {
        return start < 0 ? -start - 1 : start;
    }

    private boolean matches(int i, String k) {
        int start = starts[i];
        int end = offset(starts[i + 1]);
        if (start >= 0) {
            if (end - start != k.length()) {
                return false;
            }
            for (int c = 0; c < k.length(); c++) {
                if ((keys[start + c] & 0xFF) != k.charAt(c)) {
                    return false;
                }
            }
            return true;
        }
        start = -start - 1;
        if (end - start != 2 * k.length()) {
            return false;
        }
        for (int c = 0; c < k.length(); c++) {
            char ch = (char) (((keys[start + 2 * c] & 0xFF) << 8) | (keys[start + 2 * c + 1] & 0xFF));
            if (ch != k.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    String keyAt(int i) {
        int start = starts[i];
        int end = offset(starts[i + 1]);
        StringBuilder b = new StringBuilder();
        if (start >= 0) {
            for (int p = start; p < end; p++) {
                b.append((char) (keys[p] & 0xFF));
            }
        } else {
            for (int p = -start - 1; p < end; p += 2) {
                b.append((char) (((keys[p] & 0xFF) << 8) | (keys[p + 1] & 0xFF)));
            }
        }
        return b.toString();
    }

    String valueAt(int i) {
        return values[valueIds[i]];
    }

    @Override
    public int size() {
        return valueIds.length;
    }

    @Override
    public String get(Object key) {
        int i = key instanceof String s ? indexOf(s) : -1;
        return i < 0 ? null : valueAt(i);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size();
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keyAt(i), valueAt(i));
                    }
                };
            }

            @Override
            public int size() {
                return CompactLexicon.this.size();
            }
        };
    }

    /** The small part (sizes and the distinct values); the arrays follow with {@link #writeArrays}. */
    void writeHeader(DataOutputStream out) throws IOException {
        out.writeInt(values.length);
        for (String v : values) {
            out.writeUTF(v);
        }
        out.writeInt(keys.length);
        out.writeInt(valueIds.length);
        out.writeInt(slots.length);
    }

    /** The arrays, big-endian, in the order {@link #read} expects. */
    void writeArrays(WritableByteChannel ch) throws IOException {
        writeFully(ch, ByteBuffer.wrap(keys));
        for (int[] a : new int[][] {starts, valueIds, slots}) {
            ByteBuffer buf = ByteBuffer.allocate(a.length * Integer.BYTES);
            buf.asIntBuffer().put(a);
            writeFully(ch, buf);
        }
    }

    private static void writeFully(WritableByteChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** Reads a lexicon whose header comes from {@code header} and whose arrays from {@code data}; checks its consistency. */
    static CompactLexicon read(DataInputStream header, ByteBuffer data) throws IOException {
        String[] values = new String[header.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = header.readUTF();
        }
        int keyBytes = header.readInt();
        int n = header.readInt();
        int slotCount = header.readInt();
        if (keyBytes < 0 || n < 0 || slotCount != tableSize(n)
                || (long) keyBytes + 4L * (2L * n + 1 + slotCount) > data.remaining()) {
            throw new IOException("truncated lexicon in the tagger cache file");
        }
        byte[] keys = new byte[keyBytes];
        data.get(keys);
        int[] starts = ints(data, n + 1);
        int[] valueIds = ints(data, n);
        int[] slots = ints(data, slotCount);
        CompactLexicon lexicon = new CompactLexicon(keys, starts, valueIds, values, slots);
        if (!lexicon.consistent()) {
            throw new IOException("corrupt lexicon in the tagger cache file");
        }
        return lexicon;
    }

    /** Java deserialisation (the NER cache) gets the same checks as {@link #read}. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (keys == null || starts == null || valueIds == null || values == null || slots == null
                || starts.length != valueIds.length + 1 || slots.length != tableSize(valueIds.length) || !consistent()) {
            throw new InvalidObjectException("corrupt lexicon");
        }
    }

    /** Whether every value id, key range and slot is in range and the table has an empty slot. */
    private boolean consistent() {
        int n = valueIds.length;
        for (int id : valueIds) {
            if (id < 0 || id >= values.length) {
                return false;
            }
        }
        if (starts[0] != 0 && starts[0] != -1) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int start = offset(starts[i]);
            int next = offset(starts[i + 1]);
            if (start > next || next > keys.length || (starts[i] < 0 && (next - start) % 2 != 0)) {
                return false;
            }
        }
        int empty = 0;
        for (int s : slots) {
            if (s < 0 || s > n) {
                return false;
            }
            empty += s == 0 ? 1 : 0;
        }
        return empty > 0; // else a lookup of a missing key would never end
    }

    private static int[] ints(ByteBuffer data, int n) {
        int[] a = new int[n];
        data.asIntBuffer().get(a);
        data.position(data.position() + n * Integer.BYTES);
        return a;
    }
}

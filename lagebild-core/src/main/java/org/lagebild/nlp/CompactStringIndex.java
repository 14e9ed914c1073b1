package org.lagebild.nlp;

import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A read-only CoreNLP {@link Index} of strings over {@link CompactStrings}: the feature index of
 * a loaded CRF classifier (500k feature names) without a String and a hash-map entry each. A
 * classifier only looks features up at tagging time; adding to this index is unsupported.
 */
final class CompactStringIndex implements Index<String> {
    private static final long serialVersionUID = 1L;

    private final CompactStrings strings;

    CompactStringIndex(Index<String> index) {
        this.strings = new CompactStrings(index.objectsList());
    }

    @Override
    public int size() {
        return strings.size();
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= strings.size()) {
            throw new ArrayIndexOutOfBoundsException("index " + i + " outside 0.." + (strings.size() - 1));
        }
        return strings.get(i);
    }

    @Override
    public int indexOf(String o) {
        return o == null ? -1 : strings.indexOf(o);
    }

    /** The id of the characters {@code s} (e.g. a feature name being built), or -1; allocates nothing. */
    int find(CharSequence s) {
        return strings.indexOf(s);
    }

    @Override
    public int indexOf(String o, boolean add) {
        int i = indexOf(o);
        if (i < 0 && add) {
            throw readOnly();
        }
        return i;
    }

    @Override
    public int addToIndex(String o) {
        return indexOf(o, true);
    }

    @Override
    public List<String> objectsList() {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return CompactStringIndex.this.get(i);
            }

            @Override
            public int size() {
                return strings.size();
            }
        };
    }

    @Override
    public Collection<String> objects(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(get(i));
        }
        return out;
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
        // always locked
    }

    @Override
    public void unlock() {
        throw readOnly();
    }

    /** One {@code id=string} line per entry, as CoreNLP's {@code HashIndex} writes them. */
    @Override
    public void saveToWriter(Writer out) throws IOException {
        for (int i = 0; i < size(); i++) {
            out.write(i + "=" + get(i) + "\n");
        }
    }

    @Override
    public void saveToFilename(String file) {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8))) {
            saveToWriter(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public boolean add(String o) {
        throw readOnly();
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public Iterator<String> iterator() {
        return objectsList().iterator();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("read-only feature index of a cached model");
    }

    @Override
    public String toString() {
        return "CompactStringIndex(" + size() + " strings)";
    }
}

package org.lagebild.nlp;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The read-only {@code Map<String, String>} view shared by the compact lexicons
 * ({@link CompactLexicon} in the tagger cache, {@link CompactStringMap} in the NER cache): entries
 * are numbered 0 … size − 1, and a subclass only says how it finds, decodes and maps them.
 * Only {@link #get} and {@link #containsKey} are fast; iteration decodes every key.
 */
abstract class IndexedStringMap extends AbstractMap<String, String> {
    protected IndexedStringMap() {
    }

    /** The entry number of {@code key}, or -1. */
    abstract int indexOf(String key);

    abstract String keyAt(int i);

    abstract String valueAt(int i);

    @Override
    public abstract int size();

    @Override
    public final String get(Object key) {
        int i = key instanceof String s ? indexOf(s) : -1;
        return i < 0 ? null : valueAt(i);
    }

    @Override
    public final boolean containsKey(Object key) {
        return key instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public final Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < IndexedStringMap.this.size();
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
                return IndexedStringMap.this.size();
            }
        };
    }
}

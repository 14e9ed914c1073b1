package org.lagebild.nlp;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable string → string map with few distinct values (a distributional-similarity
 * lexicon: 500k words → 600 cluster names) over {@link CompactStrings}: keys without a String
 * object each, values as indices into the distinct values.
 */
final class CompactStringMap extends AbstractMap<String, String> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CompactStrings keys;
    private final String[] values;
    private final int[] valueOf;

    CompactStringMap(Map<String, String> map) {
        List<String> keyList = new ArrayList<>(map.size());
        Map<String, Integer> distinct = new HashMap<>();
        List<String> valueList = new ArrayList<>();
        int[] ids = new int[map.size()];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            keyList.add(e.getKey());
            ids[i++] = distinct.computeIfAbsent(e.getValue(), v -> {
                valueList.add(v);
                return valueList.size() - 1;
            });
        }
        this.keys = new CompactStrings(keyList);
        this.values = valueList.toArray(new String[0]);
        this.valueOf = ids;
    }

    @Override
    public int size() {
        return keys.size();
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String s)) {
            return null;
        }
        int i = keys.indexOf(s);
        return i < 0 ? null : values[valueOf[i]];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && keys.indexOf(s) >= 0;
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
                        return next < keys.size();
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys.get(i), values[valueOf[i]]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }
}

package org.lagebild.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable string → string map with few distinct values (a distributional-similarity
 * lexicon: 500k words → 600 cluster names) over {@link CompactStrings}: keys without a String
 * object each, values as indices into the distinct values.
 */
final class CompactStringMap extends IndexedStringMap implements Serializable {
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
    int indexOf(String key) {
        return keys.indexOf(key);
    }

    @Override
    String keyAt(int i) {
        return keys.get(i);
    }

    @Override
    String valueAt(int i) {
        return values[valueOf[i]];
    }
}

package org.lagebild.actors.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Surface forms keyed by {@link Text#key}, each keeping its registry spelling for {@link Text#caseOk}.
 * A key claimed by two different identities (e.g. two countries) is a conflict: it is recorded and the
 * key resolves to nothing. Built once, then only read.
 */
final class SurfaceIndex<V> {
    private record Alias<V>(String form, V value) {
    }

    private final String name;
    private final Function<V, String> identity;
    private final Map<String, List<Alias<V>>> map = new HashMap<>();
    private final Map<String, Set<String>> conflicts = new HashMap<>();
    private int maxWords = 1;

    SurfaceIndex(String name, Function<V, String> identity) {
        this.name = name;
        this.identity = identity;
    }

    /** Adds a form; an identical key for the same identity keeps the first value (first reading wins). */
    void add(String surface, V value) {
        String form = Text.form(surface);
        if (form.isEmpty()) {
            return;
        }
        String key = form.toLowerCase(java.util.Locale.ROOT);
        List<Alias<V>> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Alias<V> a : list) {
            String had = identity.apply(a.value());
            String now = identity.apply(value);
            if (!had.equals(now)) {
                conflicts.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(List.of(had, now));
            }
        }
        if (list.stream().noneMatch(a -> a.form().equals(form) && identity.apply(a.value()).equals(identity.apply(value)))) {
            list.add(new Alias<>(form, value));
        }
        maxWords = Math.max(maxWords, pieces(form));
    }

    /** Whether any form has this surface's key (whatever its case). */
    boolean has(String surface) {
        return map.containsKey(Text.form(surface).toLowerCase(java.util.Locale.ROOT));
    }

    /** Tokens a form can span when a tokenizer splits at spaces, hyphens and slashes. */
    private static int pieces(String form) {
        int n = 1;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            n += c == ' ' ? 1 : (c == '-' || c == '/') ? 2 : 0;
        }
        return n;
    }

    /** Value for a surface (already {@link Text#form}ed) passing the case check, unless the key is ambiguous. */
    Optional<V> get(String form) {
        String key = form.toLowerCase(java.util.Locale.ROOT);
        if (conflicts.containsKey(key)) {
            return Optional.empty();
        }
        List<Alias<V>> list = map.get(key);
        if (list == null) {
            return Optional.empty();
        }
        for (Alias<V> a : list) {
            if (Text.caseOk(a.form(), form)) {
                return Optional.of(a.value());
            }
        }
        return Optional.empty();
    }

    boolean containsKey(String key) {
        return map.containsKey(key) && !conflicts.containsKey(key);
    }

    int maxWords() {
        return Math.min(maxWords, 16);
    }

    /** Conflicting keys as "index:key -> ids". */
    List<String> conflicts() {
        List<String> out = new ArrayList<>();
        conflicts.forEach((k, ids) -> out.add(name + ":" + k + " -> " + String.join("|", ids)));
        return out;
    }

    Map<String, Set<String>> conflictMap() {
        return conflicts;
    }

    /** All keys with their identities, for data checks. */
    Map<String, Set<String>> identities() {
        Map<String, Set<String>> out = new HashMap<>();
        map.forEach((k, list) -> {
            Set<String> ids = new LinkedHashSet<>();
            list.forEach(a -> ids.add(identity.apply(a.value())));
            out.put(k, ids);
        });
        return out;
    }
}

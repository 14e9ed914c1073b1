package org.lagebild.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lagebild.store.ActorRow;
import org.lagebild.store.Page;
import org.lagebild.store.Store;

/**
 * Resolves an actor parameter, which may be an actor id ({@code person:jens-stoltenberg}), a
 * code ({@code NATO}, {@code RUS}) or a name or part of one ({@code Stoltenberg}), to stored
 * actors. The first rule that matches wins: exact id, code, whole name, part of a name (most
 * frequent first, at most {@link #MAX_ACTORS}). All rules ignore case.
 */
final class ActorLookup {
    static final int MAX_ACTORS = 8;
    /** Candidates fetched for a name query; enough to find the exact-name match among partial ones. */
    private static final int CANDIDATES = 200;
    /** How long the code table is reused; a POST clears it at once. */
    private static final long CODE_TTL_NANOS = 30_000_000_000L;

    private final Store store;
    private Map<String, List<ActorRow>> codes;
    private long codesAt;

    /** The actors a parameter stands for; empty when nothing matched. */
    record Resolved(String query, List<ActorRow> actors) {
        List<String> ids() {
            return actors.stream().map(ActorRow::id).toList();
        }
    }

    ActorLookup(Store store) {
        this.store = store;
    }

    Resolved resolve(String query) {
        String key = query.toLowerCase(Locale.ROOT);
        List<ActorRow> candidates = store.actors(query, CANDIDATES);
        for (ActorRow a : candidates) {
            if (a.id().equalsIgnoreCase(query)) {
                return new Resolved(query, List.of(a));
            }
        }
        List<ActorRow> byCode = codes().getOrDefault(key, List.of());
        if (!byCode.isEmpty()) {
            return new Resolved(query, cap(byCode));
        }
        List<ActorRow> byName = new ArrayList<>();
        for (ActorRow a : candidates) {
            if (a.name() != null && a.name().strip().toLowerCase(Locale.ROOT).equals(key)) {
                byName.add(a);
            }
        }
        if (!byName.isEmpty()) {
            return new Resolved(query, cap(byName));
        }
        return new Resolved(query, cap(candidates)); // the store matched parts of names
    }

    /** Drops the cached code table (after a write). */
    synchronized void invalidate() {
        codes = null;
    }

    /**
     * Lower-cased code → actors, from the most frequent {@link Page#MAX_LIMIT} actors (the Store
     * has no lookup by code; codes belong to countries and organisations, which are frequent).
     */
    private synchronized Map<String, List<ActorRow>> codes() {
        long now = System.nanoTime();
        if (codes == null || now - codesAt > CODE_TTL_NANOS) {
            Map<String, List<ActorRow>> m = new HashMap<>();
            for (ActorRow a : store.actors(null, Page.MAX_LIMIT)) {
                if (a.code() != null && !a.code().isBlank()) {
                    m.computeIfAbsent(a.code().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
                }
            }
            codes = m;
            codesAt = now;
        }
        return codes;
    }

    private static List<ActorRow> cap(List<ActorRow> actors) {
        Map<String, ActorRow> unique = new LinkedHashMap<>();
        for (ActorRow a : actors) {
            if (unique.size() < MAX_ACTORS) {
                unique.putIfAbsent(a.id(), a);
            }
        }
        return List.copyOf(unique.values());
    }
}

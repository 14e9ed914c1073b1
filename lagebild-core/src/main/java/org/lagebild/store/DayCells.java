package org.lagebild.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ids by (lookup key, day) for a write batch, read from the database one key's day range at a
 * time and kept with the ids the batch adds: a day once read is complete (database rows plus the
 * batch's), so windows of later articles that overlap it need no query.
 */
final class DayCells {
    /** Reads the ids stored under a key with a day in [from, to], or with no day when both are null. */
    interface Loader {
        Map<String, LocalDate> load(String key, LocalDate from, LocalDate to) throws SQLException;
    }

    private final Loader loader;
    private final Map<String, TreeMap<LocalDate, Set<String>>> dated = new HashMap<>();
    private final Map<String, Set<String>> undated = new HashMap<>();
    private final Map<String, Set<LocalDate>> loadedDays = new HashMap<>();
    private final Set<String> loadedUndated = new HashSet<>();

    DayCells(Loader loader) {
        this.loader = loader;
    }

    /** The ids under the key within {@code window} days of {@code day} (no day: the undated ones), sorted. */
    TreeSet<String> ids(String key, LocalDate day, int window) throws SQLException {
        if (day == null) {
            if (loadedUndated.add(key)) {
                loader.load(key, null, null).keySet().forEach(id -> add(key, null, id));
            }
            return new TreeSet<>(undated.getOrDefault(key, Set.of()));
        }
        LocalDate lo = day.minusDays(window);
        LocalDate hi = day.plusDays(window);
        Set<LocalDate> loaded = loadedDays.computeIfAbsent(key, k -> new HashSet<>());
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d = lo; !d.isAfter(hi); d = d.plusDays(1)) {
            if (!loaded.contains(d)) {
                first = first == null ? d : first;
                last = d;
            }
        }
        if (first != null) {
            for (Map.Entry<String, LocalDate> e : loader.load(key, first, last).entrySet()) {
                if (!loaded.contains(e.getValue())) {
                    add(key, e.getValue(), e.getKey());
                }
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                loaded.add(d);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        TreeMap<LocalDate, Set<String>> days = dated.get(key);
        if (days != null) {
            days.subMap(lo, true, hi, true).values().forEach(out::addAll);
        }
        return out;
    }

    /** Adds an id written by the batch (kept whether or not its day has been read). */
    void add(String key, LocalDate day, String id) {
        if (day == null) {
            undated.computeIfAbsent(key, k -> new HashSet<>()).add(id);
        } else {
            dated.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(day, d -> new HashSet<>()).add(id);
        }
    }
}

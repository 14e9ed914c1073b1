package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Reading an article's lookups ahead ({@link DayCells#prefetch}) gives the cells reading them one by one gives. */
class DayCellsTest {
    /** Stored rows: key → id → day (null: undated). */
    private final Map<String, Map<String, LocalDate>> stored = new HashMap<>();
    private int singleLoads;
    private int bulkLoads;

    private Map<String, LocalDate> rows(String key, LocalDate from, LocalDate to) {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        stored.getOrDefault(key, Map.of()).forEach((id, day) -> {
            if (from == null ? day == null : day != null && !day.isBefore(from) && !day.isAfter(to)) {
                out.put(id, day);
            }
        });
        return out;
    }

    private DayCells cells() {
        return new DayCells((key, from, to) -> {
            singleLoads++;
            return rows(key, from, to);
        }, (Collection<String> keys, LocalDate from, LocalDate to) -> {
            bulkLoads++;
            Map<String, Map<String, LocalDate>> out = new HashMap<>();
            keys.forEach(k -> out.put(k, rows(k, from, to)));
            return out;
        });
    }

    @Test
    void prefetchedLookupsNeedNoQueryAndFindTheSameIds() throws Exception {
        Random r = new Random(13);
        LocalDate base = LocalDate.of(2024, 3, 1);
        for (int i = 0; i < 300; i++) {
            stored.computeIfAbsent("k" + r.nextInt(6), k -> new HashMap<>())
                    .put("c" + i, r.nextInt(5) == 0 ? null : base.plusDays(r.nextInt(20)));
        }
        DayCells plain = cells();
        DayCells ahead = cells();
        for (int article = 0; article < 40; article++) {
            List<DayCells.Lookup> lookups = new ArrayList<>();
            for (int j = 0; j < 1 + r.nextInt(4); j++) {
                lookups.add(new DayCells.Lookup("k" + r.nextInt(7), r.nextInt(4) == 0 ? null : base.plusDays(r.nextInt(20))));
            }
            int single = singleLoads;
            ahead.prefetch(lookups, EventClusters.WINDOW_DAYS);
            for (DayCells.Lookup l : lookups) {
                TreeSet<String> expected = plain.ids(l.key(), l.day(), EventClusters.WINDOW_DAYS);
                int before = singleLoads;
                assertEquals(expected, ahead.ids(l.key(), l.day(), EventClusters.WINDOW_DAYS), l.toString());
                assertEquals(before, singleLoads, "a prefetched lookup queried again: " + l);
                // what the batch adds is seen by both, whether or not its day was read
                String added = "new" + article + "-" + l.key();
                plain.add(l.key(), l.day(), added);
                ahead.add(l.key(), l.day(), added);
            }
            assertTrue(singleLoads >= single);
        }
        assertTrue(bulkLoads > 0);
        assertTrue(bulkLoads < singleLoads, bulkLoads + " bulk loads, " + singleLoads + " single ones");
    }

    @Test
    void lookupsNotReadAheadStillQuery() throws Exception {
        stored.put("a", Map.of("c1", LocalDate.of(2024, 1, 10)));
        stored.put("b", Map.of("c2", LocalDate.of(2024, 1, 10)));
        DayCells cells = cells();
        cells.prefetch(List.of(new DayCells.Lookup("a", LocalDate.of(2024, 1, 10))), 2);
        assertEquals(0, singleLoads);
        assertEquals(new TreeSet<>(List.of("c1")), cells.ids("a", LocalDate.of(2024, 1, 11), 2));
        assertEquals(1, singleLoads); // day 13 was not read ahead
        assertEquals(new TreeSet<>(List.of("c2")), cells.ids("b", LocalDate.of(2024, 1, 10), 2));
        assertEquals(2, singleLoads);
    }
}

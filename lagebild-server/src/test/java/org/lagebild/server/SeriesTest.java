package org.lagebild.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.store.EventRow;

class SeriesTest {
    static EventRow event(String quad, Double intensity, String pubDate, boolean negated) {
        return new EventRow("a", "e", "X", null, quad, intensity, null, List.of(), List.of(), negated, false, false,
                false, null, null, false, null, null, null, null, null, null, pubDate);
    }

    @Test
    void weeksStartOnMondayAndNormaliseByVolume() {
        List<EventRow> events = List.of(event("verbal conflict", -2.0, "2022-01-12", false),
                event("verbal cooperation", 3.0, "2022-01-16", false), event(null, null, "2022-01-17", false),
                event("verbal conflict", null, "2022-01", false));
        Series.Result r = Series.build(events, List.of("2022-01-10", "2022-01-16", "2022-01-17", "2022-01-18", "2022"),
                Series.Interval.WEEK, null, null);
        assertEquals(2, r.buckets().size());
        Series.Bucket w1 = r.buckets().get(0);
        assertEquals("2022-01-10", w1.start());
        assertEquals("2022-01-16", w1.end());
        assertEquals(2, w1.events());
        assertEquals(0.5, w1.meanIntensity(), 1e-9);
        assertEquals(2, w1.articles());
        assertEquals(1.0, w1.eventsPerArticle(), 1e-9);
        assertEquals(0.5, w1.quadPerArticle().get("verbal conflict"), 1e-9);
        Series.Bucket w2 = r.buckets().get(1);
        assertEquals(1, w2.quad().get("other"));
        assertNull(w2.meanIntensity());
        assertEquals(1, r.undated().events());
        assertEquals(1, r.undated().articles());
    }

    @Test
    void emptyIntervalsArePresentAndRangesAreBounded() {
        Series.Result r = Series.build(List.of(), List.of(), Series.Interval.DAY, LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 1, 3));
        assertEquals(3, r.buckets().size());
        assertNull(r.buckets().get(0).eventsPerArticle());
        assertEquals(0, Series.build(List.of(), List.of("2022-01-01"), Series.Interval.DAY, null, null).buckets().size());
        assertThrows(ApiException.class, () -> Series.build(List.of(), List.of(), Series.Interval.DAY,
                LocalDate.of(1900, 1, 1), LocalDate.of(2022, 1, 1)));
    }
}

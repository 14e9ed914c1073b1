package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.Evidence;
import org.lagebild.model.EventRecord;

/** The benchmark store's copies: new text and id, shifted dates, actors permuted within their type. */
class BenchStoreTest {
    @Test
    void datesShiftByDaysOrWholeMonthsAndOthersStay() {
        assertEquals("2022-01-22", BenchStore.shiftValue("2022-01-12", 10));
        assertEquals("2021-12", BenchStore.shiftValue("2022-01", -31));
        assertEquals("2022", BenchStore.shiftValue("2022", 400));
        assertEquals("2022-W02", BenchStore.shiftValue("2022-W02", 10));
        assertEquals("2022-13-45", BenchStore.shiftValue("2022-13-45", 3));
    }

    @Test
    void copiesKeepOffsetsValidAndPermuteActorsOfTheSameType() {
        String text = "Die Nato traf Russland.";
        Analysis a = new Analysis("a", "de", "2022-01-12", "day", null, null, text,
                List.of(actor("NATO", "ORGANIZATION"), actor("RUS", "COUNTRY")), List.of(),
                List.of(new EventRecord("e1", "CONSULT", null, List.of(), "verbal cooperation", 1.0, "040",
                        List.of("NATO"), List.of("RUS"), false, false, false, false,
                        new EventRecord.EventDate("2022-01-12", "day", true, null), null, null,
                        new EventRecord.Trigger(text.indexOf("traf"), text.indexOf("traf") + 4, "traf", "treffen"), new Evidence(0, 23, text), List.of(),
                        List.of())), List.of(), List.of(), List.of(), List.of());
        Analysis b = new Analysis("b", "de", "2022-01-12", "day", null, null, "Die EU rügte Deutschland.",
                List.of(actor("EU", "ORGANIZATION"), actor("DEU", "COUNTRY")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        BenchStore gen = new BenchStore(List.of(a, b), 7);
        for (int n = 0; n < 20; n++) {
            Analysis c = gen.copy(a, n);
            assertTrue(c.text().startsWith(text));
            assertNotEquals(text, c.text());
            EventRecord e = c.events().get(0);
            assertEquals("traf", c.text().substring(e.trigger().start(), e.trigger().end()));
            assertTrue(Set.of("NATO", "EU").contains(e.source().get(0)));
            assertTrue(Set.of("RUS", "DEU").contains(e.target().get(0)));
            Set<String> ids = c.actors().stream().map(ActorRecord::id).collect(Collectors.toSet());
            assertTrue(ids.containsAll(e.source()) && ids.containsAll(e.target()));
            long shift = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse("2022-01-12"),
                    java.time.LocalDate.parse(c.date()));
            assertEquals(java.time.LocalDate.parse("2022-01-12").plusDays(shift).toString(), e.date().value());
        }
    }

    private static ActorRecord actor(String id, String type) {
        return new ActorRecord(id, id, type, id, null, null, null, null, null, List.of(), List.of());
    }
}

package org.lagebild.actors.registry;

import java.time.LocalDate;
import org.lagebild.time.PublicationDate;

/**
 * A period at the precision its source gives: {@code from} is the first day in office, {@code to} the first day out
 * of it; either may be a year or a month ("2012", "2024-05") or unknown (null). A partial bound is read generously
 * (from the first day of its period, to the end of its period), so a match means "possibly in office then".
 */
public record Validity(PublicationDate from, PublicationDate to) {

    /** Neither bound is known: the office is listed for names only and never applied to a date. */
    public boolean undated() {
        return from == null && to == null;
    }

    /** Whether the period overlaps the date's own period (a day, month or year); false for a null date or undated row. */
    public boolean overlaps(PublicationDate date) {
        if (date == null || undated()) {
            return false;
        }
        LocalDate start = from == null ? LocalDate.MIN : first(from);
        // A day-precise `to` is the first day out of office; a month or year only says the office ended within it.
        LocalDate end = to == null ? LocalDate.MAX : to.day() != null ? first(to) : after(to);
        return start.isBefore(after(date)) && first(date).isBefore(end);
    }

    /** First day of the date's period. */
    static LocalDate first(PublicationDate d) {
        return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
    }

    /** First day after the date's period. */
    static LocalDate after(PublicationDate d) {
        if (d.day() != null) {
            return first(d).plusDays(1);
        }
        return d.month() != null ? first(d).plusMonths(1) : first(d).plusYears(1);
    }

    /** Later start first; unknown starts last. */
    int compareStart(Validity other) {
        LocalDate a = from == null ? LocalDate.MIN : first(from);
        LocalDate b = other.from == null ? LocalDate.MIN : first(other.from);
        return b.compareTo(a);
    }
}

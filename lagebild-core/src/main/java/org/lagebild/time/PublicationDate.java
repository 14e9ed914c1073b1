package org.lagebild.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a document at the granularity the source gives: a day
 * ("2022-01-12"), a month ("2022-01") or a year ("2022"). Relative expressions such as
 * "am Mittwoch" can be resolved only against a day-granular date.
 */
public record PublicationDate(int year, Integer month, Integer day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PublicationDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("day without month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // validates the day of month
        }
    }

    public static PublicationDate of(LocalDate date) {
        return new PublicationDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is not such a date. */
    public static Optional<PublicationDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            Integer mo = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            Integer d = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            return Optional.of(new PublicationDate(y, mo, d));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public Granularity granularity() {
        return day != null ? Granularity.DAY : month != null ? Granularity.MONTH : Granularity.YEAR;
    }

    /** The day, when the date is day-granular. */
    public Optional<LocalDate> localDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    public Optional<YearMonth> yearMonth() {
        return month == null ? Optional.empty() : Optional.of(YearMonth.of(year, month));
    }

    /** ISO form at the date's own granularity: 2022, 2022-01 or 2022-01-12. */
    @Override
    public String toString() {
        if (day != null) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        if (month != null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d", year);
    }

}

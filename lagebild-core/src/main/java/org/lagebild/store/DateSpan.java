package org.lagebild.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.time.PublicationDate;

/**
 * The first and last day (inclusive) a date value covers, for range queries by overlap. Public for
 * exports that flatten analyses like the store does (lagebild-spark).
 */
public record DateSpan(LocalDate from, LocalDate to) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static DateSpan of(PublicationDate d) {
        if (d == null) {
            return null;
        }
        if (d.day() != null) {
            LocalDate day = LocalDate.of(d.year(), d.month(), d.day());
            return new DateSpan(day, day);
        }
        if (d.month() != null) {
            YearMonth ym = YearMonth.of(d.year(), d.month());
            return new DateSpan(ym.atDay(1), ym.atEndOfMonth());
        }
        return new DateSpan(LocalDate.of(d.year(), 1, 1), LocalDate.of(d.year(), 12, 31));
    }

    /** A normalised time value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www); null for anything else. */
    public static DateSpan ofValue(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new DateSpan(day, day);
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return new DateSpan(ym.atDay(1), ym.atEndOfMonth());
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int y = num(m, 1);
                return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                return new DateSpan(monday, monday.plusDays(6));
            }
        } catch (java.time.DateTimeException e) {
            return null; // 2022-13, 2021-W60: not a calendar span
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

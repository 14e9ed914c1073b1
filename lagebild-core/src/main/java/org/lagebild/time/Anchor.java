package org.lagebild.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Calendar arithmetic relative to a publication date. Every method needs the granularity it
 * states; the tagger checks that before calling, so nothing silently falls back to a coarser date.
 */
final class Anchor {
    static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

    private Anchor() {
    }

    /**
     * The weekday {@code dow} (1 = Monday) relative to {@code day}: direction -1 strictly before,
     * +1 strictly after, 0 with {@code future} the next one after, else the latest on or before.
     */
    static LocalDate weekday(LocalDate day, int dow, int direction, boolean future) {
        int back = (day.getDayOfWeek().getValue() - dow + 7) % 7;
        int ahead = (dow - day.getDayOfWeek().getValue() + 7) % 7;
        if (direction < 0 || direction == 0 && !future) {
            return day.minusDays(back == 0 && direction < 0 ? 7 : back);
        }
        return day.plusDays(ahead == 0 ? 7 : ahead);
    }

    static String week(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String day(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    /**
     * The year of month {@code m} seen from {@code pubYear-pubMonth}: with direction -1/+1 strictly
     * before/after the publication month, otherwise by tense (past: on or before, future: on or after).
     */
    static int yearOfMonth(int pubYear, int pubMonth, int m, int direction, boolean future) {
        int cur = pubYear * 12 + pubMonth - 1;
        int idx = pubYear * 12 + m - 1;
        if (direction > 0 || direction == 0 && future) {
            if (idx < cur || idx == cur && direction > 0) {
                idx += 12;
            }
        } else if (idx > cur || idx == cur && direction < 0) {
            idx -= 12;
        }
        return Math.floorDiv(idx, 12);
    }

    /**
     * TIMEX3 season value ("2021-FA") of season index {@code s} (0 SP .. 3 WI; winter carries the
     * year of its December) seen from the publication month, by direction/tense as for months; the
     * season containing the publication month is "this" one in either tense unless a direction is given.
     */
    static String season(int pubYear, int pubMonth, int s, int direction, boolean future) {
        int curSeason = pubMonth == 12 ? 3 : pubMonth <= 2 ? 3 : (pubMonth - 3) / 3;
        int curYear = pubMonth <= 2 ? pubYear - 1 : pubYear;
        int cur = curYear * 4 + curSeason;
        int idx = curYear * 4 + s;
        boolean forward = direction > 0 || direction == 0 && future && s != curSeason;
        if (forward) {
            if (idx < cur || idx == cur && direction > 0) {
                idx += 4;
            }
        } else if (idx > cur || idx == cur && direction < 0) {
            idx -= 4;
        }
        return String.format("%04d-%s", Math.floorDiv(idx, 4), SEASONS[Math.floorMod(idx, 4)]);
    }

    /** The weekend (Saturday) of the week of {@code day}, or of the week before/after. */
    static String weekend(LocalDate day, int direction, boolean future) {
        LocalDate sat = day.with(DayOfWeek.SATURDAY);
        boolean inWeekend = day.getDayOfWeek().getValue() >= 6;
        if (direction < 0 || direction == 0 && !future && !inWeekend) {
            sat = sat.minusWeeks(1);
        } else if (direction > 0 && inWeekend) {
            sat = sat.plusWeeks(1);
        }
        return week(sat) + "-WE";
    }
}

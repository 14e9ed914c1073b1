package org.lagebild.time;

/** How precise a date value is; values are written in ISO-8601/TIMEX3 style at that precision. */
public enum Granularity {
    DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY, PART_OF_DAY, TIME, DURATION, SET, UNKNOWN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

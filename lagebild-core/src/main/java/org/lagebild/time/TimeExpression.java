package org.lagebild.time;

/**
 * A time expression found in text: {@code [start, end)} into the original text, its TIMEX3 type
 * (DATE, TIME, DURATION, SET), its normalised value (ISO-8601/TIMEX3 style; null when it cannot be
 * resolved), the value's granularity, whether the value is fully determined, and a short reason
 * (how it was resolved, a modifier such as "more than", or why it stayed unresolved).
 */
public record TimeExpression(int start, int end, String text, String type, String value,
                             Granularity granularity, boolean resolved, String reason) {
}

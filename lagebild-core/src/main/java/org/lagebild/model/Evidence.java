package org.lagebild.model;

import org.lagebild.text.Span;

/** A span of the original text that a record rests on; {@code start}/{@code end} are char offsets. */
public record Evidence(int start, int end, String text) {
    public static Evidence of(Span s) {
        return s == null ? null : new Evidence(s.start(), s.end(), s.text());
    }
}

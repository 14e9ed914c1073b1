package org.lagebild.text;

/**
 * A half-open character range {@code [start, end)} into the original document text, with the
 * covered text. Every piece of evidence Lagebild emits is a Span.
 */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span {@code [start, end)} of {@code source}. */
    public static Span of(CharSequence source, int start, int end) {
        return new Span(start, end, source.subSequence(start, end).toString());
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}

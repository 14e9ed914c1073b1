package org.lagebild.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text with its non-body regions. {@link #masked()} keeps every offset valid in the original,
 * so NLP can run on it and report spans into {@link #text()}.
 *
 * @param regions sorted, non-overlapping; headings are always listed, but excluded only when
 *                {@code headingsMasked}
 */
public record CleanText(String text, List<Region> regions, boolean headingsMasked) {
    public CleanText {
        Objects.requireNonNull(text, "text");
        regions = List.copyOf(regions);
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            if (r.end() > text.length() || (i > 0 && regions.get(i - 1).end() > r.start())) {
                throw new IllegalArgumentException("regions must be sorted, disjoint and inside the text: " + r);
            }
        }
    }

    public CleanText withHeadingsMasked(boolean mask) {
        return new CleanText(text, regions, mask);
    }

    public List<Region> regions(Region.Kind kind) {
        return regions.stream().filter(r -> r.kind() == kind).toList();
    }

    private boolean masks(Region r) {
        return r.kind() != Region.Kind.HEADING || headingsMasked;
    }

    /** True when the character at {@code offset} is not body text. */
    public boolean excluded(int offset) {
        int lo = 0;
        int hi = regions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Region r = regions.get(mid);
            if (offset < r.start()) {
                hi = mid - 1;
            } else if (offset >= r.end()) {
                lo = mid + 1;
            } else {
                return masks(r);
            }
        }
        return false;
    }

    /** The text with every excluded character except line breaks replaced by a space. */
    public String masked() {
        char[] chars = text.toCharArray();
        for (Region r : regions) {
            if (masks(r)) {
                for (int i = r.start(); i < r.end(); i++) {
                    if (chars[i] != '\n' && chars[i] != '\r') {
                        chars[i] = ' ';
                    }
                }
            }
        }
        return new String(chars);
    }

    /**
     * The body text as paragraphs (split at blank lines), each trimmed to its non-excluded part;
     * a paragraph with an excluded part in its middle yields one range per side.
     */
    public List<Region> bodyParagraphs() {
        boolean[] out = new boolean[text.length()];
        for (Region r : regions) {
            if (masks(r)) {
                Arrays.fill(out, r.start(), r.end(), true);
            }
        }
        List<Region> result = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            // a run of body characters, cut at excluded characters and blank lines
            while (i < n && (out[i] || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int start = i;
            int lastVisible = -1;
            boolean content = false;
            while (i < n && !out[i] && !blankLineAt(i)) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    lastVisible = i;
                    content |= Character.isLetterOrDigit(c);
                }
                i++;
            }
            if (content) {
                result.add(new Region(start, lastVisible + 1, Region.Kind.BODY));
            }
        }
        return result;
    }

    /** True when a line break at {@code i} is followed by an only-whitespace line. */
    private boolean blankLineAt(int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}

package org.lagebild.statements;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.text.Span;

/**
 * Quotation-mark spans of a text: German „…“ and ‚…‘, guillemets »…« and «…», English “…”
 * and straight "…" (also closed by ”). Spans include the marks. Unbalanced marks are skipped, not guessed:
 * a quote never runs across a paragraph break.
 */
public final class Quotes {
    private Quotes() {
    }

    public static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char close = closerFor(text, i);
            if (close != 0) {
                int end = findClose(text, i + 1, close);
                if (end > 0) {
                    out.add(Span.of(text, i, end + 1));
                    i = end + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static char closerFor(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '„':
                return '“'; // German low-high; some sources close with ” instead, handled in findClose
            case '»':
                return '«';
            case '«':
                return '»';
            case '“':
                return '”';
            case '"':
                // Straight quotes open only at a word start.
                boolean atStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
                return atStart && beforeWord ? '"' : 0;
            default:
                return 0;
        }
    }

    private static int findClose(String text, int from, char close) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                return -1; // paragraph break: unbalanced
            }
            // German „ and a straight " are also closed by ” in mixed-up sources ("… villages,” Catherine Russell said)
            if (c == close || (close == '“' || close == '"') && c == '”') {
                return j;
            }
            if (j - from > 5000) {
                return -1;
            }
        }
        return -1;
    }

    /** The quote span containing {@code offset}, or null. */
    public static Span containing(List<Span> quotes, int offset) {
        for (Span q : quotes) {
            if (q.start() <= offset && offset < q.end()) {
                return q;
            }
            if (q.start() > offset) {
                break;
            }
        }
        return null;
    }
}

package org.lagebild.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.time.PublicationDate;

/**
 * The {@code date YYYY-MM[-DD]} token some exports put at the very start of the text (possibly
 * after whitespace, and possibly followed by other content on the same line, e.g.
 * {@code " date 2022-01 Foto: ..."}). Shared by the reader (publication date) and
 * {@link Cleanup} (masked as META) so both agree on its extent.
 */
public final class LeadingDate {
    /** Only the head of the text is examined, so the check is O(1) on any input. */
    private static final int HEAD = 200;
    private static final Pattern TOKEN = Pattern.compile(
            "\\A\\s*+(?i:date|datum)(?:[ \\t]*+:[ \\t]*+|[ \\t]++)(\\d{4}-\\d{2}(?:-\\d{2})?)(?![\\d-])");

    /** The token [start, end) (without surrounding whitespace) and its date. */
    public record Match(int start, int end, PublicationDate date) {
    }

    private LeadingDate() {
    }

    public static Optional<Match> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(text);
        m.region(0, Math.min(text.length(), HEAD));
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int s = 0;
        while (Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int start = s;
        int end = m.end();
        return PublicationDate.parse(m.group(1)).map(d -> new Match(start, end, d));
    }
}

package org.lagebild.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.time.PublicationDate;

/** Lenient parsing of publication dates as found in metadata (JSONL fields, HTML meta tags). */
final class Dates {
    /** ISO date, month or year, optionally followed by a time part ("2022-01-12T10:00:00+01:00"). */
    private static final Pattern ISO = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:[T ].{0,40})?");
    /** German numeric form "12.01.2022". */
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private Dates() {
    }

    static Optional<PublicationDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() > 60) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            return PublicationDate.parse(m.group(1));
        }
        m = DMY.matcher(v);
        if (m.matches()) {
            try {
                return Optional.of(new PublicationDate(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}

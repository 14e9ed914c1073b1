package org.lagebild.ingest;

/** A half-open character range [start, end) of a text that {@link Cleanup} classified. */
public record Region(int start, int end, Kind kind) {
    public enum Kind {
        /** Export metadata at the text start ("date 2022-01") or a dateline ("BERLIN (dpa) -"). */
        META,
        /** Photo or image credit ("Foto: dpa", "(Photo by X/AFP via Getty Images)"). */
        CREDIT,
        /** The caption a credit belongs to. */
        CAPTION,
        /** Agency or author signature ending a paragraph ("(afp/oz)", "(Reporting by ...)", "© dpa-infocom"). */
        SIGNATURE,
        /** Sub-heading or title: kept visible, masked only when the option says so. */
        HEADING,
        /** Navigation and promotion lines ("Lesen Sie auch: ...", "Read more:"). */
        BOILERPLATE,
        /** Not an exclusion: the kind of the ranges {@link CleanText#bodyParagraphs()} returns. */
        BODY
    }

    public Region {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad region [" + start + ", " + end + ")");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is null");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String text(String source) {
        return source.substring(start, end);
    }
}

package org.lagebild.time;

/**
 * A token of the light tokenizer shared by the time and quantity taggers: a word (letters, possibly
 * with digits and inner hyphens, e.g. "Nato-Staaten", "G7", "Covid-19", "1990er"), a number (digits
 * with inner "." or "," separators, e.g. "100.000", "1,5", "12.01.2022") or one punctuation char.
 */
public final class Token {
    public enum Kind { WORD, NUM, PUNCT }

    private final Kind kind;
    private final int start;
    private final int end;
    private final String text;
    private final String lower; // cached: the taggers compare lowercase forms many times per token

    public Token(Kind kind, int start, int end, String text) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = text.length() > 64 ? text : text.toLowerCase(java.util.Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return kind + "[" + start + "," + end + ")" + text;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNum() {
        return kind == Kind.NUM;
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** Lowercase form (the text itself when over-long: such tokens match no word list). */
    public String lower() {
        return lower;
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** Only digits, at most {@code max} of them. */
    public boolean isPlainInt(int max) {
        if (kind != Kind.NUM || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Value of a plain integer token of at most 9 digits, else -1. */
    public int intValue() {
        return isPlainInt(9) ? Integer.parseInt(text) : -1;
    }
}

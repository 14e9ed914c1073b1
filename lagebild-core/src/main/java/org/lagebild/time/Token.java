package org.lagebild.time;

/**
 * A token of the light tokenizer shared by the time and quantity taggers: a word (letters, possibly
 * with digits and inner hyphens, e.g. "Nato-Staaten", "G7", "Covid-19", "1990er"), a number (digits
 * with inner "." or "," separators, e.g. "100.000", "1,5", "12.01.2022") or one punctuation char.
 */
public record Token(Kind kind, int start, int end, String text) {
    public enum Kind { WORD, NUM, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNum() {
        return kind == Kind.NUM;
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
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

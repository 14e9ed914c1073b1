package org.lagebild.time;

import java.util.ArrayList;
import java.util.List;

/** Single-pass, regex-free tokenizer (linear in the input, so safe on hostile text). */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** Tokens of {@code text[from, to)} with absolute offsets. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                out.add(new Token(Token.Kind.PUNCT, i, i + 1, String.valueOf(c)));
                i++;
                continue;
            }
            int j = i;
            boolean letters = false;
            while (j < end) {
                char ch = text.charAt(j);
                if (Character.isLetterOrDigit(ch)) {
                    letters |= !Character.isDigit(ch);
                    j++;
                } else if (j + 1 < end && j > i && joins(ch, text.charAt(j - 1), text.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            String s = text.substring(i, j);
            out.add(new Token(letters ? Token.Kind.WORD : Token.Kind.NUM, i, j, s));
            i = j;
        }
        return out;
    }

    /** Inner separators: "100.000", "1,5" (digit-digit); "Nato-Staaten", "5-stündig", "Covid-19" (hyphen). */
    private static boolean joins(char sep, char before, char after) {
        if (sep == '.' || sep == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        if (sep == '-' || sep == '\u2011') {
            return Character.isLetter(after) && Character.isLetterOrDigit(before)
                    || Character.isDigit(after) && Character.isLetter(before);
        }
        return false;
    }
}

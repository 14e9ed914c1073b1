package org.lagebild.actors.registry;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Surface normalisation shared by all registry lookups. */
final class Text {
    private Text() {
    }

    /**
     * NFC, hyphen variants to '-', typographic apostrophe to ''', soft hyphens removed, whitespace
     * collapsed and removed around '-' and '/' (so "Guinea - Bissau" from split tokens equals "Guinea-Bissau").
     */
    static String form(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u2010', '\u2011', '\u2012', '\u2212', '\uFE63', '\uFF0D' -> c = '-';
                case '\u2019', '\u02BC' -> c = '\'';
                case '\u00AD' -> {
                    continue;
                }
                default -> {
                }
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0 && !isJoiner(c) && !isJoiner(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/';
    }

    /** Lookup key: {@link #form} lower-cased. */
    static String key(String s) {
        return form(s).toLowerCase(Locale.ROOT);
    }

    /** Tokens [from, from+n) joined with single spaces; {@link #form} then removes spaces around hyphens. */
    static String join(List<String> tokens, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int t = from; t < from + n; t++) {
            if (t > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(t));
        }
        return form(sb.toString());
    }

    /** An acronym has letters and no lower-case letter: "US", "U.S.", "NATO", "G7". */
    static boolean isAcronym(String form) {
        boolean letter = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLowerCase(c) || c == ' ') {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /**
     * Case-aware comparison of a registry form with a text surface of equal lower-case key: acronyms must
     * match exactly ("US" but not "us"); otherwise every word that starts upper-case in the registry form
     * must start upper-case in the text ("NATO" and "Nato" match "Nato", "china" does not match "China").
     */
    static boolean caseOk(String registryForm, String surface) {
        if (isAcronym(registryForm)) {
            return registryForm.equals(surface);
        }
        if (registryForm.length() != surface.length()) {
            return !Character.isUpperCase(registryForm.charAt(0)) || Character.isUpperCase(surface.charAt(0));
        }
        for (int i = 0; i < registryForm.length(); i++) {
            boolean wordStart = i == 0 || " -/".indexOf(registryForm.charAt(i - 1)) >= 0;
            if (wordStart && Character.isUpperCase(registryForm.charAt(i)) && !Character.isUpperCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** German nouns start upper-case; used to keep adjectives ("deutsche") from matching nouns ("Deutsche"). */
    static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s, Character.charCount(first), s.length()).toString();
    }
}

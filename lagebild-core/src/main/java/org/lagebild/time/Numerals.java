package org.lagebild.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;

/**
 * Reads numbers as written in German and English news: digit numerals with the language's
 * separators ("100.000" / "100,000", "1,5" / "1.5"), number words ("zwei", "einundzwanzig",
 * "twenty-five") and the modifiers in front of them ("rund", "mehr als", "up to"). Shared by the
 * time tagger (durations) and the quantity tagger.
 */
public final class Numerals {
    /** A modifier phrase ending right before token {@code end}; it starts at token {@code start}. */
    public record Modifier(int start, String qualifier, boolean approximate, String phrase) {
    }

    private record ModRow(List<String> words, String qualifier, boolean approximate, String phrase) {
    }

    private static final int MAX_NUMERAL = 30;
    private static final Pattern DE_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern DE_PLAIN = Pattern.compile("\\d+(?:,\\d+)?");
    private static final Pattern DE_DOT_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern EN_THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern EN_PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Set<String> ONE_ARTICLES =
            Set.of("ein", "eine", "einer", "einem", "einen", "eines", "a", "an", "one");

    private static final Map<String, Map<String, Double>> WORDS = new HashMap<>();
    private static final Map<String, List<ModRow>> MODIFIERS = new HashMap<>();
    private static final Set<String> FIRST_WORDS = new java.util.HashSet<>();

    static {
        for (Row r : TsvResource.read("org/lagebild/time/number-words.tsv", 3)) {
            WORDS.computeIfAbsent(r.get(0), k -> new HashMap<>()).put(r.get(1), Double.parseDouble(r.get(2)));
        }
        for (Row r : TsvResource.read("org/lagebild/time/number-modifiers.tsv", 4)) {
            List<String> words = new ArrayList<>();
            for (Token t : Tokenizer.tokenize(r.get(1), 0, r.get(1).length())) {
                words.add(t.lower());
            }
            FIRST_WORDS.add(r.get(0) + ':' + words.get(0));
            MODIFIERS.computeIfAbsent(r.get(0), k -> new ArrayList<>())
                    .add(new ModRow(words, r.get(2), Boolean.parseBoolean(r.get(3)), r.get(1)));
        }
    }

    private Numerals() {
    }

    /** Value of a digit numeral token in the language's notation, or null (dates, over-long input). */
    public static Double numeral(String s, String lang) {
        if (s.length() > MAX_NUMERAL || s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        try {
            if ("en".equals(lang)) {
                if (EN_THOUSANDS.matcher(s).matches()) {
                    return Double.parseDouble(s.replace(",", ""));
                }
                return EN_PLAIN.matcher(s).matches() ? Double.parseDouble(s) : null;
            }
            if (DE_THOUSANDS.matcher(s).matches()) {
                return Double.parseDouble(s.replace(".", "").replace(',', '.'));
            }
            if (DE_PLAIN.matcher(s).matches()) {
                return Double.parseDouble(s.replace(',', '.'));
            }
            // "2.5" in German text is usually a decimal written the English way
            return DE_DOT_DECIMAL.matcher(s).matches() ? Double.parseDouble(s) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Value of a cardinal number word ("zwei", "dreihundert", "twenty-five"), or null. */
    public static Double word(String w, String lang) {
        if (w.length() > 40) {
            return null;
        }
        String s = w.toLowerCase(Locale.ROOT);
        Map<String, Double> words = WORDS.getOrDefault(lang, Map.of());
        Double v = words.get(s);
        if (v != null) {
            return v;
        }
        if ("en".equals(lang)) {
            int dash = s.indexOf('-');
            if (dash > 0) {
                Double tens = words.get(s.substring(0, dash));
                Double units = words.get(s.substring(dash + 1));
                if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && tens < 100 && units < 10) {
                    return tens + units;
                }
            }
            return null;
        }
        return "de".equals(lang) ? germanCompound(s, words, 0) : null;
    }

    /** "dreihunderttausend", "einundzwanzig", "zweitausendeinhundert". */
    private static Double germanCompound(String s, Map<String, Double> words, int depth) {
        Double v = words.get(s);
        if (v != null || depth > 4 || s.length() < 4) {
            return v;
        }
        for (String scale : new String[] {"tausend", "hundert"}) {
            int k = s.indexOf(scale);
            if (k >= 0 && s.length() > scale.length()) {
                String left = s.substring(0, k);
                String right = s.substring(k + scale.length());
                if (right.startsWith("und")) {
                    right = right.substring(3);
                }
                Double l = left.isEmpty() || left.equals("ein") ? Double.valueOf(1) : germanCompound(left, words, depth + 1);
                Double r = right.isEmpty() ? Double.valueOf(0) : germanCompound(right, words, depth + 1);
                if (l != null && r != null && l < (scale.equals("tausend") ? 1000 : 10)) {
                    return l * (scale.equals("tausend") ? 1000 : 100) + r;
                }
                return null;
            }
        }
        int k = s.indexOf("und");
        if (k > 0 && k + 3 < s.length()) {
            String left = s.substring(0, k);
            Double units = left.equals("ein") ? Double.valueOf(1) : words.get(left);
            Double tens = words.get(s.substring(k + 3));
            if (units != null && tens != null && units >= 1 && units < 10 && tens >= 20 && tens < 100 && tens % 10 == 0) {
                return units + tens;
            }
        }
        return null;
    }

    /** The value of a NUM token or number word, or null. */
    public static Double value(Token t, String lang) {
        if (t.isNum()) {
            return numeral(t.text(), lang);
        }
        return t.isWord() ? word(t.text(), lang) : null;
    }

    /** "ein(e)", "a(n)", "one": counts as 1 before a duration unit or scale word. */
    public static boolean isArticleOne(Token t) {
        return t.isWord() && ONE_ARTICLES.contains(t.lower());
    }

    /** Whether a modifier phrase can start with this token (a cheap pre-check). */
    public static boolean startsModifier(Token t, String lang) {
        return t.isWord() && FIRST_WORDS.contains(lang + ':' + t.lower());
    }

    /** The longest modifier phrase that ends right before token {@code i}, or null. */
    public static Modifier modifierBefore(List<Token> tokens, int i, String lang) {
        ModRow best = null;
        for (ModRow m : MODIFIERS.getOrDefault(lang, List.of())) {
            int k = m.words().size();
            if (k > i || (best != null && k <= best.words().size())) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < k && ok; j++) {
                ok = tokens.get(i - k + j).lower().equals(m.words().get(j));
            }
            if (ok) {
                best = m;
            }
        }
        return best == null ? null
                : new Modifier(i - best.words().size(), best.qualifier(), best.approximate(), best.phrase());
    }

    /** "1.5" -> "1.5", "2.0" -> "2": the shortest decimal form, as TIMEX3 durations use. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

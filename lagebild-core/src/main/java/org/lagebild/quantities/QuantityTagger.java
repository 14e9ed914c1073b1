package org.lagebild.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lagebild.actors.registry.ActorRegistry;
import org.lagebild.time.Numerals;
import org.lagebild.time.TimeExpression;
import org.lagebild.time.TimeTagger;
import org.lagebild.time.Token;
import org.lagebild.time.Tokenizer;
import org.lagebild.time.YearHeuristic;

/**
 * Finds quantities in German and English news: numerals in the language's notation, number words,
 * scale words ("1,5 Millionen", "two dozen"), indefinite plurals ("Tausende", "hundreds of"),
 * modifiers ("rund", "mehr als", "up to"), ranges, percentages, money and number compounds
 * ("fünfstündigen"), with the unit noun that follows. Numbers that the {@link TimeTagger} reads
 * as dates, years, clock times or sets are not quantities (durations are both).
 */
public final class QuantityTagger {
    private final TimeTagger times = new TimeTagger();

    /** Quantities in {@code text[from, to)} (normally one sentence); offsets are absolute. */
    public List<Quantity> tag(String text, int from, int to, String lang) {
        if (text == null || lang == null || from >= to) {
            return List.of();
        }
        String l = lang.toLowerCase(Locale.ROOT);
        l = l.startsWith("de") ? "de" : l.startsWith("en") ? "en" : null;
        if (l == null) {
            return List.of();
        }
        int a = Math.max(0, from);
        int z = Math.min(to, text.length());
        List<Token> tokens = Tokenizer.tokenize(text, a, z);
        boolean[] excluded = new boolean[tokens.size()];
        int k = 0; // expressions and tokens are both in text order: one sweep
        for (TimeExpression e : times.tag(text, a, z, l, null)) {
            if (e.type().equals("DURATION")) {
                continue;
            }
            while (k < tokens.size() && tokens.get(k).start() < e.start()) {
                k++;
            }
            for (int j = k; j < tokens.size() && tokens.get(j).end() <= e.end(); j++) {
                excluded[j] = true;
            }
        }
        return new Scan(text, tokens, excluded, l).run();
    }

    private record Num(int first, int end, double value, boolean vague, QuantityLexicon.CompoundUnit compound) {
    }

    private static final class Scan {
        private final String text;
        private final List<Token> t;
        private final boolean[] excluded;
        private final String lang;

        Scan(String text, List<Token> t, boolean[] excluded, String lang) {
            this.text = text;
            this.t = t;
            this.excluded = excluded;
            this.lang = lang;
        }

        List<Quantity> run() {
            List<Quantity> out = new ArrayList<>();
            int i = 0;
            while (i < t.size()) {
                int[] next = new int[1];
                Quantity q = at(i, next);
                if (q == null) {
                    i++;
                } else {
                    out.add(q);
                    i = next[0];
                }
            }
            return out;
        }

        private Quantity at(int i, int[] next) {
            if (excluded[i]) {
                return null;
            }
            String currency = null;
            int curTok = -1;
            int first = i;
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.PUNCT) {
                QuantityLexicon.Unit u = QuantityLexicon.unit(lang, tok.text());
                if (u == null || !"currency".equals(u.kind()) || i + 1 >= t.size() || excluded[i + 1]) {
                    return null;
                }
                currency = u.lemma();
                curTok = i;
                first = i + 1;
            }
            Num n = number(first);
            if (n == null || isIdentifier(i) || isOrdinal(n)) {
                return null;
            }
            int start = curTok >= 0 ? curTok : n.first();
            String qualifier = "exact";
            boolean approximate = false;
            Numerals.Modifier mod = Numerals.modifierBefore(t, start, lang);
            if (mod != null && !excluded[mod.start()]) {
                start = mod.start();
                qualifier = mod.qualifier();
                approximate = mod.approximate();
            }
            double value = n.value();
            Double upper = null;
            int end = n.end();
            Num hi = rangeEnd(n, start);
            if (hi != null) {
                upper = hi.value();
                end = hi.end();
                Double scale = scaleAt(hi.first() + 1);
                if (scale != null && n.end() == n.first() + 1 && n.compound() == null) {
                    value *= scale; // "zwischen 10 und 20 Millionen": the scale word serves both
                }
                if (start > 0 && start == n.first() && isRangeOpener(start - 1)) {
                    start--;
                }
                qualifier = "range";
            } else if (n.vague()) {
                qualifier = "more_than";
                approximate = true;
            }
            // the unit
            String unit = null;
            Integer us = null;
            Integer ue = null;
            String lemma = null;
            if (currency != null) {
                unit = currency;
                us = t.get(curTok).start();
                ue = t.get(curTok).end();
                lemma = currency;
            } else if (n.compound() != null) {
                unit = n.compound().unit();
                us = t.get(n.first()).start();
                ue = t.get(n.first()).end();
                lemma = n.compound().lemma();
            } else {
                int u = end;
                if (n.vague() && u < t.size() && t.get(u).isWord() && QuantityLexicon.hasClass(lang, t.get(u).text(), "OF")) {
                    u++;
                }
                int head = unitHead(u);
                if (head >= 0) {
                    Token h = t.get(head);
                    int headEnd = head + 1;
                    String surface = h.text();
                    if ("en".equals(lang) && h.lower().equals("per") && headEnd < t.size() && t.get(headEnd).lower().equals("cent")) {
                        headEnd++;
                        surface = "per cent";
                    }
                    unit = text.substring(h.start(), t.get(headEnd - 1).end());
                    us = h.start();
                    ue = t.get(headEnd - 1).end();
                    lemma = QuantityLexicon.lemma(lang, surface);
                    end = headEnd;
                }
            }
            int s = t.get(start).start();
            int e = Math.max(t.get(end - 1).end(), ue == null ? 0 : ue);
            next[0] = end;
            return new Quantity(s, e, text.substring(s, e), value, approximate, qualifier, upper, unit, us, ue, lemma);
        }

        /** A number starting at token k, with any scale word after it; null if none. */
        private Num number(int k) {
            if (k >= t.size() || excluded[k]) {
                return null;
            }
            Token tok = t.get(k);
            if (tok.kind() == Token.Kind.PUNCT) {
                return null;
            }
            if (tok.isWord()) {
                QuantityLexicon.Scale v = QuantityLexicon.vague(lang, tok.text());
                if (v != null && ("en".equals(lang) || tok.capitalized())) {
                    return new Num(k, k + 1, v.value(), true, null);
                }
                if ("en".equals(lang) && tok.lower().equals("tens") && k + 2 < t.size()
                        && t.get(k + 1).lower().equals("of") && (v = QuantityLexicon.vague(lang, t.get(k + 2).text())) != null) {
                    return new Num(k, k + 3, 10 * v.value(), true, null);
                }
                Num c = compound(k);
                if (c != null) {
                    return c;
                }
            }
            Double value = Numerals.value(tok, lang);
            if (value == null && Numerals.isArticleOne(tok) && scaleAt(k + 1) != null) {
                value = 1.0;
            }
            if (value == null) {
                return null;
            }
            Double scale = scaleAt(k + 1);
            if (scale != null) {
                return new Num(k, afterScale(k + 1), value * scale, false, null);
            }
            return new Num(k, k + 1, value, false, null);
        }

        /** "fünfstündigen", "48-stündige", "three-day": a number fused with a unit suffix. */
        private Num compound(int k) {
            String w = t.get(k).lower();
            if (w.length() > 40) {
                return null;
            }
            for (QuantityLexicon.CompoundUnit c : QuantityLexicon.compounds(lang)) {
                int at = w.lastIndexOf(c.suffix());
                if (at <= 0) {
                    continue;
                }
                String rest = w.substring(at + c.suffix().length());
                boolean ending = "de".equals(lang)
                        ? rest.isEmpty() || rest.equals("e") || rest.equals("en") || rest.equals("er") || rest.equals("es") || rest.equals("em")
                        : rest.isEmpty();
                if (!ending) {
                    continue;
                }
                String prefix = w.substring(0, at);
                if (prefix.endsWith("-")) {
                    prefix = prefix.substring(0, prefix.length() - 1);
                }
                Double v = prefix.equals("ein") || prefix.equals("one") ? Double.valueOf(1)
                        : !prefix.isEmpty() && Character.isDigit(prefix.charAt(0)) ? Numerals.numeral(prefix, lang)
                        : Numerals.word(prefix, lang);
                if (v != null) {
                    return new Num(k, k + 1, v, false, c);
                }
            }
            return null;
        }

        private Double scaleAt(int k) {
            if (k >= t.size() || !t.get(k).isWord() || excluded[k]) {
                return null;
            }
            QuantityLexicon.Scale s = QuantityLexicon.scale(lang, t.get(k).text());
            return s == null ? null : s.value();
        }

        /** The token after a scale word, taking an abbreviation's dot ("Mrd.", "Mio."). */
        private int afterScale(int k) {
            String w = t.get(k).lower();
            boolean abbrev = w.equals("mrd") || w.equals("mio") || w.equals("bn") || w.equals("mn");
            if (abbrev && k + 1 < t.size() && t.get(k + 1).isPunct('.') && t.get(k + 1).start() == t.get(k).end()) {
                return k + 2;
            }
            return k + 1;
        }

        /** "10 bis 20", "10-20", "zwischen 10 und 20", "between 10 and 20", "10 to 20". */
        private Num rangeEnd(Num lo, int start) {
            int k = lo.end();
            if (k + 1 >= t.size() || lo.vague() || lo.compound() != null) {
                return null;
            }
            Token sep = t.get(k);
            String s = sep.lower();
            boolean between = start > 0 && isRangeOpener(start - 1) || start == lo.first() && lo.first() > 0 && isRangeOpener(lo.first() - 1);
            boolean ok = sep.isPunct('-') || sep.isPunct('\u2013')
                    || s.equals("bis") || s.equals("to")
                    || between && (s.equals("und") || s.equals("and"));
            if (!ok) {
                return null;
            }
            Num hi = number(k + 1);
            return hi == null || hi.vague() || hi.compound() != null ? null : hi;
        }

        private boolean isRangeOpener(int k) {
            String w = t.get(k).lower();
            return w.equals("zwischen") || w.equals("between");
        }

        /** "Artikel 5", "Nr. 12", "Resolution 2231": numbers naming things. */
        private boolean isIdentifier(int i) {
            if (i == 0) {
                return false;
            }
            Token p = t.get(i - 1);
            // "alert(1)", "f(2)": an argument glued to a word by a parenthesis is code, not a count.
            if (p.isPunct('(') && p.end() == t.get(i).start() && i >= 2 && t.get(i - 2).isWord()
                    && t.get(i - 2).end() == p.start()) {
                return true;
            }
            if (p.isPunct('.') && i >= 2) {
                p = t.get(i - 2);
            }
            return QuantityLexicon.hasClass(lang, p.text(), "ID_CUE");
        }

        /** German "3. Platz": a plain integer with a dot and more words after it in the sentence. */
        private boolean isOrdinal(Num n) {
            if (!"de".equals(lang) || n.end() != n.first() + 1 || !t.get(n.first()).isPlainInt(3)) {
                return false;
            }
            int k = n.end();
            return k + 1 < t.size() && t.get(k).isPunct('.') && t.get(k).start() == t.get(k - 1).end()
                    && t.get(k + 1).isWord();
        }

        /**
         * An English plural demonym that is the counted people, not a modifier: "Palestinians" always, one that is also
         * the adjective ("Sudanese", "Chinese", "French") unless a plural noun, a unit or a name follows ("Sudanese
         * protesters", "Chinese troops", "one Chinese American").
         */
        private boolean peopleNoun(Token w, Token next) {
            var d = ActorRegistry.get().demonym(w.text(), "en");
            if (d.isEmpty() || !d.get().plural()) {
                return false;
            }
            boolean adjective = ActorRegistry.get().adjective(w.text(), "en").isPresent(); // "French", "Sudanese"
            return !adjective || !next.lower().endsWith("s") && !next.capitalized() && QuantityLexicon.unit(lang, next.text()) == null;
        }

        /** The unit noun after a number: the head after optional adjectives; -1 if none. */
        private int unitHead(int u) {
            if (u < t.size() && t.get(u).isPunct('%')) {
                return u;
            }
            for (int k = u; k < t.size() && k < u + 4; k++) {
                Token w = t.get(k);
                if (!w.isWord() || excluded[k]) {
                    return -1;
                }
                if ("de".equals(lang)) {
                    if (w.capitalized()) {
                        return k;
                    }
                    if (!YearHeuristic.adjectiveLike(w.lower())) {
                        return -1;
                    }
                    continue;
                }
                if (QuantityLexicon.hasClass(lang, w.text(), "STOP")) {
                    return -1;
                }
                boolean nextIsWord = k + 1 < t.size() && t.get(k + 1).isWord()
                        && !QuantityLexicon.hasClass(lang, t.get(k + 1).text(), "STOP");
                if (QuantityLexicon.unit(lang, w.text()) != null) {
                    return k;
                }
                if (w.capitalized() && nextIsWord && peopleNoun(w, t.get(k + 1))) {
                    return k; // "tens of thousands of Sudanese protested"
                }
                if ((QuantityLexicon.hasClass(lang, w.text(), "ADJ") || w.capitalized()) && nextIsWord) {
                    continue;
                }
                return k;
            }
            return -1;
        }
    }
}

package org.lagebild.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds and normalises time expressions in German and English news, one sentence at a time.
 * Relative expressions ("am Mittwoch", "gestern", "im Herbst") are resolved against the
 * publication date only when it is precise enough; otherwise they come back unresolved with a
 * reason. Bare weekdays, months and seasons resolve backwards (news reports the past) unless the
 * sentence has a future marker ("soll", "wird ... geben", "will", "next").
 */
public final class TimeTagger {

    /** Time expressions in {@code text[from, to)} (normally one sentence); offsets are absolute. */
    public List<TimeExpression> tag(String text, int from, int to, String lang, PublicationDate pub) {
        if (text == null || from >= to || lang == null) {
            return List.of();
        }
        String l = lang.toLowerCase(Locale.ROOT);
        l = l.startsWith("de") ? "de" : l.startsWith("en") ? "en" : null;
        if (l == null) {
            return List.of();
        }
        return new Scan(text, Tokenizer.tokenize(text, Math.max(0, from), Math.min(to, text.length())), l, pub).run();
    }

    private record Match(int end, TimeExpression expr) {
    }

    /** One pass over one sentence's tokens; rules are tried in priority order at each token. */
    private static final class Scan {
        private final String text;
        private final List<Token> t;
        private final String lang;
        private final PublicationDate pub;
        private final boolean future;

        Scan(String text, List<Token> tokens, String lang, PublicationDate pub) {
            this.text = text;
            this.t = tokens;
            this.lang = lang;
            this.pub = pub;
            this.future = TenseHint.future(tokens, lang);
        }

        List<TimeExpression> run() {
            List<TimeExpression> out = new ArrayList<>();
            int i = 0;
            while (i < t.size()) {
                Match m = at(i);
                if (m == null) {
                    i++;
                    continue;
                }
                TimeExpression prev = out.isEmpty() ? null : out.get(out.size() - 1);
                TimeExpression merged = prev == null ? null : mergeDayAndClock(prev, m.expr());
                if (merged != null) {
                    out.set(out.size() - 1, merged);
                } else {
                    out.add(m.expr());
                }
                i = m.end();
            }
            return out;
        }

        // ---- dispatch ---------------------------------------------------------------------

        /**
         * Whether an expression can start at this token: numbers, capitalized words (weekday
         * compounds such as "Mittwochabend"), words with digits, and the lexicon's words.
         */
        private boolean canStart(Token tok) {
            if (!tok.isWord() || tok.capitalized()) {
                return !tok.isPunct(',') && !tok.isPunct('.');
            }
            String w = tok.lower();
            for (int k = 0; k < w.length(); k++) {
                if (Character.isDigit(w.charAt(k))) {
                    return true;
                }
            }
            return TimeLexicon.known(lang, tok) || Numerals.startsModifier(tok, lang) || Numerals.isArticleOne(tok)
                    || w.startsWith("mid-") || Numerals.word(w, lang) != null;
        }

        private Match at(int i) {
            if (!canStart(t.get(i))) {
                return null;
            }
            Match m = ago(i);
            if (m != null) {
                return m;
            }
            if (is(i, "PREP")) {
                String why = TimeLexicon.get(lang, t.get(i), "PREP");
                if (is(i + 1, "DET") && (m = core(i + 2, i, why)) != null) {
                    return m;
                }
                if ((m = core(i + 1, i, why)) != null) {
                    return m;
                }
            }
            return core(i, i, "");
        }

        /** Rules at body token {@code b}; the expression starts at {@code s} (a leading preposition). */
        private Match core(int b, int s, String why) {
            if (b >= t.size()) {
                return null;
            }
            Match m;
            if ((m = isoDate(b, s, why)) != null || (m = numericDate(b, s, why)) != null
                    || (m = dayMonth(b, s, why)) != null || (m = century(b, s, why)) != null
                    || (m = clock(b, s, why)) != null || (m = positioned(b, s, why)) != null
                    || (m = month(b, s, why, null)) != null || (m = season(b, s, why, null)) != null
                    || (m = weekPart(b, s, why)) != null || (m = relativeUnit(b, s, why, null)) != null
                    || (m = set(b, s)) != null || (m = weekday(b, s, why)) != null
                    || (m = relativeDay(b, s, why)) != null || (m = decade(b, s, why)) != null
                    || (m = duration(b, s, why)) != null || (m = year(b, s, why, null)) != null) {
                return m;
            }
            return null;
        }

        // ---- absolute dates ---------------------------------------------------------------

        /** 2022-01-12, 2022-01 */
        private Match isoDate(int b, int s, String why) {
            if (!intTok(b, 4) || !adjacentPunct(b + 1, '-') || !intTok(b + 2, 2) || !adjacent(b + 2)
                    || t.get(b + 2).text().length() != 2) {
                return null;
            }
            int y = t.get(b).intValue();
            int mo = t.get(b + 2).intValue();
            if (mo < 1 || mo > 12) {
                return null;
            }
            if (adjacentPunct(b + 3, '-') && intTok(b + 4, 2) && adjacent(b + 4)) {
                LocalDate d = date(y, mo, t.get(b + 4).intValue());
                if (d != null) {
                    return done(s, b + 5, "DATE", Anchor.day(d), Granularity.DAY, true, why);
                }
            }
            return done(s, b + 3, "DATE", Anchor.month(y, mo), Granularity.MONTH, true, why);
        }

        /** German 12.01.2022, 12.1.22, 12.01. */
        private Match numericDate(int b, int s, String why) {
            Token tok = t.get(b);
            if (!tok.isNum() || tok.text().length() > 10 || tok.text().indexOf(',') >= 0 || !"de".equals(lang)) {
                return null;
            }
            String[] p = tok.text().split("\\.");
            if (p.length == 3 && p[0].length() <= 2 && p[1].length() <= 2 && (p[2].length() == 4 || p[2].length() == 2)) {
                int y = Integer.parseInt(p[2]);
                String note = why;
                if (p[2].length() == 2) {
                    y += y < 50 ? 2000 : 1900;
                    note = join(why, "two-digit year expanded");
                }
                LocalDate d = date(y, Integer.parseInt(p[1]), Integer.parseInt(p[0]));
                return d == null ? null : done(s, b + 1, "DATE", Anchor.day(d), Granularity.DAY, true, note);
            }
            if (p.length == 2 && p[0].length() <= 2 && p[1].length() <= 2 && adjacentPunct(b + 1, '.')) {
                int d = Integer.parseInt(p[0]);
                int mo = Integer.parseInt(p[1]);
                if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
                    return dayOfMonthWithoutYear(s, b + 2, mo, d, why);
                }
            }
            return null;
        }

        /** "12. Januar (2022)", "January 12(, 2022)", "12 January 2022", "12th of January". */
        private Match dayMonth(int b, int s, String why) {
            int day;
            int mo;
            int next;
            if ("de".equals(lang)) {
                if (!intTok(b, 2) || !adjacentPunct(b + 1, '.') || (mo = monthAt(b + 2)) < 0) {
                    return null;
                }
                day = t.get(b).intValue();
                next = b + 3;
            } else if ((mo = monthAt(b)) > 0 && (day = dayNumber(b + 1)) > 0) {
                next = b + 2;
                if (punct(next, ',') && yearNumber(next + 1) > 0) {
                    next++;
                }
            } else if ((day = dayNumber(b)) > 0) {
                int k = b + 1;
                if (k < t.size() && t.get(k).lower().equals("of")) {
                    k++;
                }
                if ((mo = monthAt(k)) < 0) {
                    return null;
                }
                next = k + 1;
            } else {
                return null;
            }
            if (day < 1 || day > 31) {
                return null;
            }
            int y = yearNumber(next);
            if (y > 0) {
                LocalDate d = date(y, mo, day);
                return d == null ? null : done(s, next + 1, "DATE", Anchor.day(d), Granularity.DAY, true, why);
            }
            if (punct(next - 1, ',')) {
                next--;
            }
            return dayOfMonthWithoutYear(s, next, mo, day, why);
        }

        private Match dayOfMonthWithoutYear(int s, int end, int mo, int day, String why) {
            if (pub == null || pub.month() == null) {
                return unresolved(s, end, "DATE", Granularity.DAY, why, "year not stated; publication month unknown");
            }
            int y = Anchor.yearOfMonth(pub.year(), pub.month(), mo, 0, future);
            if (mo == pub.month() && pub.day() != null) {
                boolean later = day > pub.day();
                y = later && !future ? y - 1 : !later && future && day < pub.day() ? y + 1 : y;
            }
            LocalDate d = date(y, mo, day);
            return d == null ? null : done(s, end, "DATE", Anchor.day(d), Granularity.DAY, true,
                    join(why, "year from publication date (" + tenseWord() + ")"));
        }

        /** "im 20. Jahrhundert", "the 20th century" */
        private Match century(int b, int s, String why) {
            int n;
            int k;
            if ("de".equals(lang) && intTok(b, 2) && adjacentPunct(b + 1, '.')) {
                n = t.get(b).intValue();
                k = b + 2;
            } else {
                n = ordinal(b);
                k = b + 1;
            }
            if (n < 1 || n > 22 || !is(k, "CENTURY")) {
                return null;
            }
            return done(s, k + 1, "DATE", String.format("%02d", n - 1), Granularity.CENTURY, true, why);
        }

        /** "14 Uhr", "14.30 Uhr", "14:30", "2 p.m.", "2pm" */
        private Match clock(int b, int s, String why) {
            Token tok = t.get(b);
            int h = -1;
            int min = 0;
            int k;
            if (tok.isWord() && "en".equals(lang)) {
                String w = tok.lower();
                int cut = w.endsWith("am") || w.endsWith("pm") ? w.length() - 2 : -1;
                if (cut < 1 || cut > 2 || !w.substring(0, cut).chars().allMatch(Character::isDigit)) {
                    return null;
                }
                h = twelveHour(Integer.parseInt(w.substring(0, cut)), w.endsWith("pm"));
                k = b + 1;
                return h < 0 ? null : clockDone(s, k, h, 0, why);
            }
            if (!tok.isNum()) {
                return null;
            }
            String txt = tok.text();
            int dot = txt.indexOf('.');
            if (dot > 0 && dot <= 2 && txt.length() == dot + 3 && tok.text().indexOf(',') < 0) { // "14.30"
                h = Integer.parseInt(txt.substring(0, dot));
                min = Integer.parseInt(txt.substring(dot + 1));
                k = b + 1;
            } else if (intTok(b, 2)) {
                h = tok.intValue();
                k = b + 1;
                if (adjacentPunct(k, ':') && intTok(k + 1, 2) && adjacent(k + 1) && t.get(k + 1).text().length() == 2) {
                    min = t.get(k + 1).intValue();
                    k += 2;
                    if (!is(k, "CLOCK") && !"en".equals(lang)) {
                        return h <= 24 && min < 60 ? clockDone(s, k, h, min, why) : null;
                    }
                }
            } else {
                return null;
            }
            if (min > 59 || h > 24) {
                return null;
            }
            if (is(k, "CLOCK")) {
                return clockDone(s, k + 1, h, min, why);
            }
            if ("en".equals(lang) && k < t.size()) {
                String w = t.get(k).lower();
                boolean pm = w.equals("pm") || w.equals("p") && adjacentPunct(k + 1, '.') && k + 2 < t.size() && t.get(k + 2).lower().equals("m");
                boolean am = w.equals("am") || w.equals("a") && adjacentPunct(k + 1, '.') && k + 2 < t.size() && t.get(k + 2).lower().equals("m");
                if (pm || am) {
                    int end = w.length() == 2 ? k + 1 : adjacentPunct(k + 3, '.') ? k + 4 : k + 3;
                    int hh = twelveHour(h, pm);
                    return hh < 0 ? null : clockDone(s, end, hh, min, why);
                }
                if (k > b + 1) { // "14:30" with a colon is a clock time on its own
                    return clockDone(s, k, h, min, why);
                }
            }
            return null;
        }

        private Match clockDone(int s, int end, int h, int min, String why) {
            return done(s, end, "TIME", String.format("XXXX-XX-XXT%02d:%02d", h, min), Granularity.TIME, false,
                    join(why, "clock time; the day is not stated"));
        }

        private int twelveHour(int h, boolean pm) {
            if (h < 1 || h > 12) {
                return -1;
            }
            return pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        }

        // ---- months, seasons, weeks, years --------------------------------------------------

        /** "Anfang Januar", "Ende 2021", "Mitte der Woche", "late last year", "mid-January" */
        private Match positioned(int b, int s, String why) {
            Token tok = t.get(b);
            if (tok.isWord() && "en".equals(lang) && tok.lower().startsWith("mid-") && tok.text().length() > 4) {
                int mo = monthNumber(tok.text().substring(4));
                if (mo > 0) {
                    return monthValue(s, b + 1, mo, 0, why, "MID", yearNumber(b + 1));
                }
            }
            String pos = TimeLexicon.get(lang, tok, "POSITION");
            if (pos == null) {
                return null;
            }
            int k = b + 1;
            if (k < t.size() && (t.get(k).lower().equals("of") || "de".equals(lang) && is(k, "DET"))) {
                k++;
                if ("en".equals(lang) && is(k, "DET")) {
                    k++;
                }
                Match m = relativeUnit(k, s, why, pos);
                return m != null ? m : null;
            }
            Match m;
            if ((m = month(k, s, why, pos)) != null || (m = season(k, s, why, pos)) != null
                    || (m = relativeUnit(k, s, why, pos)) != null || (m = year(k, s, why, pos)) != null) {
                return m;
            }
            return null;
        }

        private Match month(int b, int s, String why, String pos) {
            int dir = TimeLexicon.intValue(lang, tokAt(b), "DIRECTION");
            int k = dir == Integer.MIN_VALUE ? b : b + 1;
            int mo = monthAt(k);
            if (mo < 0) {
                return null;
            }
            if ("en".equals(lang) && k == s && k > 0 && t.get(k - 1).capitalized() && !YearHeuristic.sentenceInitial(t, k - 1)) {
                return null; // "Theresa May"
            }
            return monthValue(s, k + 1, mo, dir == Integer.MIN_VALUE ? 0 : dir, why, pos, yearNumber(k + 1));
        }

        private Match monthValue(int s, int end, int mo, int dir, String why, String pos, int year) {
            String note = join(why, mod(pos));
            if (year > 0) {
                return done(s, end + 1, "DATE", Anchor.month(year, mo), Granularity.MONTH, true, note);
            }
            if (pub == null || pub.month() == null) {
                return unresolved(s, end, "DATE", Granularity.MONTH, note, "year not stated; publication month unknown");
            }
            int y = Anchor.yearOfMonth(pub.year(), pub.month(), mo, dir, future);
            return done(s, end, "DATE", Anchor.month(y, mo), Granularity.MONTH, true,
                    join(note, "year from publication date (" + direction(dir) + ")"));
        }

        private Match season(int b, int s, String why, String pos) {
            int dir = TimeLexicon.intValue(lang, tokAt(b), "DIRECTION");
            int k = dir == Integer.MIN_VALUE ? b : b + 1;
            String code = TimeLexicon.get(lang, tokAt(k), "SEASON");
            if (code == null || "de".equals(lang) && !t.get(k).capitalized()) {
                return null;
            }
            int year = yearNumber(k + 1);
            if ("en".equals(lang) && k == s && year < 0) {
                return null; // "spring", "fall" need "in (the)", "last", or a year to be a time
            }
            int sIdx = java.util.Arrays.asList(Anchor.SEASONS).indexOf(code);
            String note = join(why, mod(pos));
            if (year > 0) {
                return done(s, k + 2, "DATE", year + "-" + code, Granularity.SEASON, true, note);
            }
            if (pub == null || pub.month() == null) {
                return unresolved(s, k + 1, "DATE", Granularity.SEASON, note, "year not stated; publication month unknown");
            }
            int d = dir == Integer.MIN_VALUE ? 0 : dir;
            return done(s, k + 1, "DATE", Anchor.season(pub.year(), pub.month(), sIdx, d, future), Granularity.SEASON, true,
                    join(note, "year from publication date (" + direction(d) + ")"));
        }

        /** "Wochenbeginn", "Wochenende", "vergangenes Wochenende", "the weekend" */
        private Match weekPart(int b, int s, String why) {
            int dir = TimeLexicon.intValue(lang, tokAt(b), "DIRECTION");
            int k = dir == Integer.MIN_VALUE ? b : b + 1;
            String part = TimeLexicon.get(lang, tokAt(k), "WEEK_PART");
            if (part == null) {
                return null;
            }
            if ("en".equals(lang) && k == s) {
                return null; // "weekend" needs "the", "this", "last", "next"
            }
            Granularity g = Granularity.WEEK;
            if (pub == null || pub.day() == null) {
                return unresolved(s, k + 1, "DATE", g, why, "relative to an unknown publication day");
            }
            LocalDate day = pub.localDate().orElseThrow();
            int d = dir == Integer.MIN_VALUE ? 0 : dir;
            if ("WE".equals(part)) {
                return done(s, k + 1, "DATE", Anchor.weekend(day, d, future), g, true, join(why, "weekend, " + direction(d)));
            }
            int shift = d != 0 ? d : future && "START".equals(part) && day.getDayOfWeek().getValue() > 1 ? 1 : 0;
            return done(s, k + 1, "DATE", Anchor.week(day.plusWeeks(shift)), g, true,
                    join(why, mod(part) + (shift == 0 ? "; week of the publication day" : "; week after the publication day")));
        }

        /** "letzte Woche", "im vergangenen Jahr", "next month", "this year", "im Vorjahr", (Ende) "des Jahres" */
        private Match relativeUnit(int b, int s, String why, String pos) {
            Token tok = tokAt(b);
            String prev = TimeLexicon.get(lang, tok, "PREV_UNIT");
            int dir;
            int k;
            String unit;
            if (prev != null) {
                dir = -1;
                k = b;
                unit = prev;
            } else {
                dir = TimeLexicon.intValue(lang, tok, "DIRECTION");
                if (dir == Integer.MIN_VALUE) {
                    if (pos == null || !is(b - 1, "DET") && !t.get(Math.max(0, b - 1)).lower().equals("of")) {
                        return null;
                    }
                    dir = 0; // "Ende des Jahres", "end of the week"
                    k = b;
                } else {
                    k = b + 1;
                }
                unit = TimeLexicon.get(lang, tokAt(k), "UNIT");
            }
            if (unit == null || !(unit.equals("Y") || unit.equals("M") || unit.equals("W"))) {
                return null;
            }
            if ("de".equals(lang) && !t.get(k).capitalized()) {
                return null;
            }
            String note = join(why, mod(pos));
            switch (unit) {
                case "Y":
                    if (pub == null) {
                        return unresolved(s, k + 1, "DATE", Granularity.YEAR, note, "relative to an unknown publication year");
                    }
                    return done(s, k + 1, "DATE", String.format("%04d", pub.year() + dir), Granularity.YEAR, true, note);
                case "M":
                    if (pub == null || pub.month() == null) {
                        return unresolved(s, k + 1, "DATE", Granularity.MONTH, note, "relative to an unknown publication month");
                    }
                    YearMonth ym = pub.yearMonth().orElseThrow().plusMonths(dir);
                    return done(s, k + 1, "DATE", Anchor.month(ym.getYear(), ym.getMonthValue()), Granularity.MONTH, true, note);
                default:
                    if (pub == null || pub.day() == null) {
                        return unresolved(s, k + 1, "DATE", Granularity.WEEK, note, "relative to an unknown publication day");
                    }
                    return done(s, k + 1, "DATE", Anchor.week(pub.localDate().orElseThrow().plusWeeks(dir)), Granularity.WEEK, true, note);
            }
        }

        /** A four-digit year that {@link YearHeuristic} accepts, optionally after "Jahr"/"year". */
        private Match year(int b, int s, String why, String pos) {
            int k = b;
            String w = tokAt(b) == null ? "" : t.get(b).lower();
            if (w.equals("jahr") || w.equals("jahres") || w.equals("year")) {
                k = b + 1;
            }
            if (k >= t.size() || !YearHeuristic.isYear(t, k, lang)) {
                return null;
            }
            return done(s, k + 1, "DATE", t.get(k).text(), Granularity.YEAR, true, join(why, mod(pos)));
        }

        /** "in den 1990er Jahren", "the 1990s", "the '90s" */
        private Match decade(int b, int s, String why) {
            Token tok = tokAt(b);
            int k = b;
            if (tok != null && tok.isPunct('\'') && "en".equals(lang)) {
                tok = tokAt(++k);
            }
            if (tok == null || !tok.isWord() || tok.text().length() > 20) {
                return null;
            }
            String w = tok.lower();
            String digits;
            int end = k + 1;
            if ("de".equals(lang)) {
                int er = w.indexOf("er");
                if (er < 2 || !(w.length() == er + 2 || w.startsWith("er-jahre", er))) {
                    return null;
                }
                digits = w.substring(0, er);
                if (w.length() == er + 2 && is(end, "DECADE_NOUN")) {
                    end++;
                }
            } else {
                if (!w.endsWith("s") || w.length() < 3) {
                    return null;
                }
                digits = w.substring(0, w.length() - 1);
            }
            if (!(digits.length() == 2 || digits.length() == 4) || !digits.chars().allMatch(Character::isDigit)
                    || digits.charAt(digits.length() - 1) != '0') {
                return null;
            }
            if (digits.length() == 4) {
                return done(s, end, "DATE", digits.substring(0, 3), Granularity.DECADE, true, why);
            }
            int century = 19;
            if (pub != null && (pub.year() / 100) * 100 + Integer.parseInt(digits) <= pub.year()) {
                century = pub.year() / 100;
            }
            return done(s, end, "DATE", century + digits.substring(0, 1), Granularity.DECADE, true,
                    join(why, "century of a two-digit decade assumed"));
        }

        // ---- weekdays, relative days, sets -----------------------------------------------------

        private Match weekday(int b, int s, String why) {
            int dir = TimeLexicon.intValue(lang, tokAt(b), "DIRECTION");
            int k = dir == Integer.MIN_VALUE ? b : b + 1;
            Token tok = tokAt(k);
            if (tok == null || !tok.isWord() || !tok.capitalized()) {
                return null;
            }
            int dow = TimeLexicon.intValue(lang, tok, "WEEKDAY");
            String pod = null;
            if (dow == Integer.MIN_VALUE && "de".equals(lang)) {
                String w = tok.text();
                for (int cut = 5; cut < w.length() - 3 && cut <= 10; cut++) { // "Mittwoch" + "abend"
                    int d = TimeLexicon.intValue(lang, w.substring(0, cut), "WEEKDAY");
                    String p = TimeLexicon.get(lang, w.substring(cut), "PART_OF_DAY");
                    if (d != Integer.MIN_VALUE && p != null) {
                        dow = d;
                        pod = p;
                        break;
                    }
                }
            }
            if (dow == Integer.MIN_VALUE) {
                return null;
            }
            int end = k + 1;
            if (pod == null && (pod = partOfDayAt(end)) != null) {
                end++;
            }
            Granularity g = pod == null ? Granularity.DAY : Granularity.PART_OF_DAY;
            if (pub == null || pub.day() == null) {
                return unresolved(s, end, "DATE", g, why, "relative to an unknown publication day");
            }
            int d = dir == Integer.MIN_VALUE ? 0 : dir;
            LocalDate day = Anchor.weekday(pub.localDate().orElseThrow(), dow, d, future);
            return done(s, end, "DATE", Anchor.day(day) + (pod == null ? "" : "T" + pod), g, true,
                    join(why, "weekday " + direction(d) + " relative to the publication day"));
        }

        /** "heute", "gestern Abend", "morgen früh", "yesterday", "tonight", "last night" */
        private Match relativeDay(int b, int s, String why) {
            Token tok = tokAt(b);
            if (tok == null || !tok.isWord()) {
                return null;
            }
            int offset;
            String pod = null;
            int end = b + 1;
            String podDay = TimeLexicon.get(lang, tok, "RELDAY_POD");
            if (podDay != null) {
                offset = Integer.parseInt(podDay.substring(0, podDay.indexOf(':')));
                pod = podDay.substring(podDay.indexOf(':') + 1);
            } else if ("en".equals(lang) && tok.lower().equals("last") && b + 1 < t.size() && t.get(b + 1).lower().equals("night")) {
                offset = -1;
                pod = "NI";
                end = b + 2;
            } else {
                offset = TimeLexicon.intValue(lang, tok, "RELDAY");
                if (offset == Integer.MIN_VALUE) {
                    return null;
                }
                if ("de".equals(lang) && tok.lower().equals("morgen") && tok.capitalized()
                        && (b != s || !YearHeuristic.sentenceInitial(t, b))) {
                    return null; // "am Morgen" is the morning, not tomorrow
                }
                if ((pod = partOfDayAt(end)) != null) {
                    end++;
                }
            }
            Granularity g = pod == null ? Granularity.DAY : Granularity.PART_OF_DAY;
            if (pub == null || pub.day() == null) {
                return unresolved(s, end, "DATE", g, why, "relative to an unknown publication day");
            }
            LocalDate d = pub.localDate().orElseThrow().plusDays(offset);
            return done(s, end, "DATE", Anchor.day(d) + (pod == null ? "" : "T" + pod), g, true,
                    join(why, "relative to the publication day"));
        }

        /** "jeden Montag", "every week", "täglich", "montags" */
        private Match set(int b, int s) {
            Token tok = tokAt(b);
            if (tok == null || !tok.isWord()) {
                return null;
            }
            String v = TimeLexicon.get(lang, tok, "SET");
            if (v != null) {
                return done(s, b + 1, "SET", v, Granularity.SET, true, "");
            }
            if (!is(b, "EVERY") || b + 1 >= t.size()) {
                return null;
            }
            int dow = TimeLexicon.intValue(lang, t.get(b + 1), "WEEKDAY");
            if (dow != Integer.MIN_VALUE) {
                return done(s, b + 2, "SET", "XXXX-WXX-" + dow, Granularity.SET, true, "");
            }
            String unit = TimeLexicon.get(lang, t.get(b + 1), "UNIT");
            if (unit == null) {
                return null;
            }
            return done(s, b + 2, "SET", durationValue(1, unit), Granularity.SET, true, "");
        }

        // ---- durations ------------------------------------------------------------------------

        private record Dur(int end, double n, String unit, Numerals.Modifier mod) {
        }

        /** [modifier] number unit: "mehr als zwei Jahren", "fünf Stunden", "a year", "1,5 Stunden". */
        private Dur durationAt(int b) {
            if (b >= t.size()) {
                return null;
            }
            boolean modifier = Numerals.startsModifier(t.get(b), lang);
            for (int k = b; k < t.size() && k <= b + 3; k++) {
                if (k > b && !modifier) {
                    break;
                }
                Numerals.Modifier mod = k == b ? null : Numerals.modifierBefore(t, k, lang);
                if (k > b && (mod == null || mod.start() != b)) {
                    continue;
                }
                Token num = t.get(k);
                Double n = Numerals.isArticleOne(num) ? Double.valueOf(1) : Numerals.value(num, lang);
                String unit = TimeLexicon.get(lang, tokAt(k + 1), "UNIT");
                if (n != null && unit != null && n > 0 && !("de".equals(lang) && !t.get(k + 1).capitalized())) {
                    return new Dur(k + 2, n, unit, mod);
                }
            }
            return null;
        }

        private Match duration(int b, int s, String why) {
            Token tok = tokAt(b);
            String vague = TimeLexicon.get(lang, tok, "VAGUE_DURATION");
            if (vague != null) {
                return done(s, b + 1, "DURATION", vague, Granularity.DURATION, true, join(why, "unspecified amount"));
            }
            String unit = TimeLexicon.get(lang, tok, "UNIT");
            if (unit != null && s < b && (t.get(s).lower().equals("seit") || t.get(s).lower().equals("for"))
                    && tok.lower().endsWith(lang.equals("de") ? "n" : "s")) {
                String u = unit.replace("10Y", "Y");
                return done(s, b + 1, "DURATION", u.startsWith("T") ? "PTX" + u.substring(1) : "PX" + u,
                        Granularity.DURATION, true, join(why, "unspecified amount"));
            }
            Dur d = durationAt(b);
            if (d == null) {
                return null;
            }
            String note = join(why, d.mod() == null ? "" : qualifierWords(d.mod().qualifier()) + " (" + d.mod().phrase() + ")");
            if (d.end() < t.size() && is(d.end(), "AGO_AFTER")) {
                return relative(s, d.end() + 1, d, -1, note);
            }
            return done(s, d.end(), "DURATION", durationValue(d.n(), d.unit()), Granularity.DURATION, true, note);
        }

        /** "vor zwei Jahren", "in drei Wochen" (and English "... ago", see duration). */
        private Match ago(int i) {
            int dir = TimeLexicon.intValue(lang, tokAt(i), "AGO_BEFORE");
            if (dir == Integer.MIN_VALUE) {
                return null;
            }
            Dur d = durationAt(i + 1);
            if (d == null || d.unit().startsWith("T")) {
                return null;
            }
            String note = d.mod() == null ? "" : qualifierWords(d.mod().qualifier()) + " (" + d.mod().phrase() + ")";
            return relative(i, d.end(), d, dir, note);
        }

        private Match relative(int s, int end, Dur d, int dir, String note) {
            String unit = d.unit().equals("10Y") ? "Y" : d.unit();
            int n = (int) Math.round(d.n() * (d.unit().equals("10Y") ? 10 : 1));
            if (n != d.n() * (d.unit().equals("10Y") ? 10 : 1) || unit.startsWith("T")) {
                return null;
            }
            int shift = dir * n;
            switch (unit) {
                case "Y":
                    if (pub == null) {
                        return unresolved(s, end, "DATE", Granularity.YEAR, note, "relative to an unknown publication year");
                    }
                    return done(s, end, "DATE", String.format("%04d", pub.year() + shift), Granularity.YEAR, true, note);
                case "M":
                    if (pub == null || pub.month() == null) {
                        return unresolved(s, end, "DATE", Granularity.MONTH, note, "relative to an unknown publication month");
                    }
                    YearMonth ym = pub.yearMonth().orElseThrow().plusMonths(shift);
                    return done(s, end, "DATE", Anchor.month(ym.getYear(), ym.getMonthValue()), Granularity.MONTH, true, note);
                case "W":
                case "D":
                    Granularity g = unit.equals("W") ? Granularity.WEEK : Granularity.DAY;
                    if (pub == null || pub.day() == null) {
                        return unresolved(s, end, "DATE", g, note, "relative to an unknown publication day");
                    }
                    LocalDate day = pub.localDate().orElseThrow();
                    return unit.equals("W")
                            ? done(s, end, "DATE", Anchor.week(day.plusWeeks(shift)), g, true, note)
                            : done(s, end, "DATE", Anchor.day(day.plusDays(shift)), g, true, note);
                default:
                    return null;
            }
        }

        private String durationValue(double n, String unit) {
            if (unit.equals("10Y")) {
                return "P" + Numerals.plain(n * 10) + "Y";
            }
            return unit.startsWith("T") ? "PT" + Numerals.plain(n) + unit.substring(1) : "P" + Numerals.plain(n) + unit;
        }

        private static String qualifierWords(String q) {
            return switch (q) {
                case "approx" -> "approximately";
                case "more_than" -> "more than";
                case "less_than" -> "less than";
                case "at_least" -> "at least";
                case "at_most" -> "at most";
                case "up_to" -> "up to";
                default -> q;
            };
        }

        // ---- merging ------------------------------------------------------------------------

        /** "am Mittwoch um 14 Uhr": a clock time right after a resolved day takes that day. */
        private TimeExpression mergeDayAndClock(TimeExpression day, TimeExpression clock) {
            if (!"TIME".equals(clock.type()) || !"DATE".equals(day.type()) || !day.resolved()
                    || day.granularity() != Granularity.DAY || clock.start() < day.end()) {
                return null;
            }
            String gap = text.substring(day.end(), clock.start()).strip();
            if (!(gap.isEmpty() || gap.equals(","))) {
                return null;
            }
            String v = day.value() + clock.value().substring("XXXX-XX-XX".length());
            return new TimeExpression(day.start(), clock.end(), text.substring(day.start(), clock.end()), "TIME", v,
                    Granularity.TIME, true, day.reason());
        }

        // ---- helpers ------------------------------------------------------------------------

        private Match done(int s, int end, String type, String value, Granularity g, boolean resolved, String reason) {
            int a = t.get(s).start();
            int z = t.get(end - 1).end();
            return new Match(end, new TimeExpression(a, z, text.substring(a, z), type, value, g, resolved, reason));
        }

        private Match unresolved(int s, int end, String type, Granularity g, String why, String reason) {
            return done(s, end, type, null, g, false, join(why, reason));
        }

        private static String join(String a, String b) {
            if (a == null || a.isEmpty()) {
                return b == null ? "" : b;
            }
            return b == null || b.isEmpty() ? a : a + "; " + b;
        }

        private static String mod(String pos) {
            return pos == null ? "" : "mod=" + pos;
        }

        private String tenseWord() {
            return future ? "future context" : "past context";
        }

        private String direction(int d) {
            return d < 0 ? "before (explicit)" : d > 0 ? "after (explicit)" : future ? "next (future context)" : "latest (past context)";
        }

        private Token tokAt(int k) {
            return k >= 0 && k < t.size() ? t.get(k) : null;
        }

        private boolean is(int k, String category) {
            Token tok = tokAt(k);
            return tok != null && tok.isWord() && TimeLexicon.is(lang, tok, category);
        }

        private boolean intTok(int k, int maxDigits) {
            Token tok = tokAt(k);
            return tok != null && tok.isPlainInt(maxDigits);
        }

        private boolean punct(int k, char c) {
            Token tok = tokAt(k);
            return tok != null && tok.isPunct(c);
        }

        private boolean adjacent(int k) {
            return k > 0 && k < t.size() && t.get(k).start() == t.get(k - 1).end();
        }

        private boolean adjacentPunct(int k, char c) {
            return punct(k, c) && adjacent(k);
        }

        private int monthNumber(String w) {
            return w.isEmpty() || !Character.isUpperCase(w.charAt(0)) ? -1
                    : Math.max(-1, TimeLexicon.intValue(lang, w, "MONTH"));
        }

        private int monthAt(int k) {
            Token tok = tokAt(k);
            return tok == null || !tok.isWord() ? -1 : monthNumber(tok.text());
        }

        private int yearNumber(int k) {
            Token tok = tokAt(k);
            if (tok == null || !tok.isPlainInt(4) || tok.text().length() != 4) {
                return -1;
            }
            int y = tok.intValue();
            return y >= 1000 && y <= 2999 ? y : -1;
        }

        /** A day of month: "12" or "12th" (English). */
        private int dayNumber(int k) {
            if (intTok(k, 2)) {
                return t.get(k).intValue();
            }
            return ordinal(k);
        }

        private int ordinal(int k) {
            Token tok = tokAt(k);
            if (tok == null || !tok.isWord() || !"en".equals(lang) || tok.text().length() > 4 || tok.text().length() < 3) {
                return -1;
            }
            String w = tok.lower();
            String digits = w.substring(0, w.length() - 2);
            String suf = w.substring(w.length() - 2);
            if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
                    || !(suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th"))) {
                return -1;
            }
            return Integer.parseInt(digits);
        }

        private String partOfDayAt(int k) {
            Token tok = tokAt(k);
            if (tok == null || !tok.isWord()) {
                return null;
            }
            if ("de".equals(lang) && !tok.capitalized() && !tok.lower().equals("früh")) {
                return null;
            }
            return TimeLexicon.get(lang, tok, "PART_OF_DAY");
        }

        private static LocalDate date(int y, int m, int d) {
            try {
                return LocalDate.of(y, m, d);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }
}

package org.lagebild.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Layout;
import org.lagebild.data.TsvResource.Row;

/**
 * Finds the parts of a news text that are not body prose: the leading export date, photo
 * credits and their captions, agency signatures, datelines, sub-headings and navigation
 * boilerplate. Rules are line-based and follow German and English news conventions; markers
 * and agency names come from {@code cleanup-lexicon.tsv}.
 *
 * <p>Every pattern runs on one line or on a bounded window of it, so cost is linear in the text.
 */
public final class Cleanup {
    /** Longest line tail examined for end-of-line credits and signatures. */
    private static final int TAIL = 400;
    /** Longest line that can be a caption (with its credit). */
    private static final int MAX_CAPTION_LINE = 400;
    private static final int MAX_HEADING_CHARS = 100;
    private static final int MAX_HEADING_WORDS = 12;
    private static final int MAX_CREDIT_CHARS = 150;
    private static final int MAX_CREDIT_WORDS = 12;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+\\S.*");
    /** Two sentences in one line: not a heading. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…][\"“”»«']?\\s+[\\p{Lu}(„\"]");
    /** A sentence end inside a line, the space after it possibly lost: "erlassen. Brand…", "aus.Nagel…". */
    private static final Pattern GLUED_BREAK = Pattern.compile("(?<!\\p{L})(\\p{L}{3,})[.!?][\"“”»«']?\\s*(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
            "einen", "einem", "eines", "the", "a", "an");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*•–]|\\d{1,3}[.)])\\s.*");
    private static final Pattern BYLINE_SIGNATURE = Pattern.compile(
            "\\(?(?:Additional\\s+)?(?:Reporting|Writing|Editing|Compiled|Edited|Research)\\s+by\\s[^()\\n]{1,300}\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|Copyright\\b)[^\\n]{0,150}",
            Pattern.CASE_INSENSITIVE);
    /** Parenthesised list of agencies or author initials, e.g. "(afp/oz)", "(dpa, AP)". */
    private static final Pattern PAREN_LIST = Pattern.compile(
            "\\(\\s*([\\p{L}][\\p{L}-]{0,14}(?:\\s*[/,;]\\s*[\\p{L}][\\p{L}-]{0,14}){0,5})\\s*\\)");
    private static final Pattern INITIALS = Pattern.compile("\\p{Ll}{1,4}");
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}.'’/ -]{1,40}?\\s*(\\([^()\\n]{1,40}\\))\\s*[-–—:]\\s+");

    private static final Lexicon ALL = Lexicon.load(null);
    private static final Map<String, Lexicon> BY_LANG = new ConcurrentHashMap<>();

    private Cleanup() {
    }

    /** Cleans {@code text} with headings reported and masked. {@code lang} selects language-specific phrases; null for all. */
    public static CleanText clean(String text, String lang) {
        return clean(text, lang, true);
    }

    public static CleanText clean(String text, String lang, boolean maskHeadings) {
        Lexicon lex = LanguageDetector.supported(lang)
                ? BY_LANG.computeIfAbsent(lang, Lexicon::load) : ALL;
        return new CleanText(text, new Pass(text, lex).run(), maskHeadings);
    }

    /** Marker phrases and agency names, compiled into patterns. */
    private record Lexicon(Pattern creditMarker, Pattern parenCredit, Set<String> agencies, Pattern slashAgency,
                           Set<String> boilerLines, Pattern boilerPrefix, Set<String> creditFirstWords,
                           Set<String> boilerFirstWords) {
        static Lexicon load(String lang) {
            Map<String, List<String>> byKind = new HashMap<>();
            for (Row row : TsvResource.read("org/lagebild/ingest/cleanup-lexicon.tsv", Layout.columns(3).withHeaderRow())) {
                if (lang == null || row.get(1).equals("*") || row.get(1).equals(lang)) {
                    byKind.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(2));
                }
            }
            String credit = alternation(byKind.get("credit"));
            Set<String> agencies = lower(byKind.get("agency"));
            List<String> all = new ArrayList<>(byKind.getOrDefault("agency", List.of()));
            all.addAll(byKind.getOrDefault("photo", List.of()));
            String any = alternation(all);
            return new Lexicon(
                    Pattern.compile("(?:" + credit + ")(?:\\s*:\\s*|\\s+by\\s+|\\s*/\\s*)(\\S.*)",
                            Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\((?:" + credit + ")(?:\\s*:\\s*|\\s+by\\s+|\\s*/\\s*)[^()\\n]{1,"
                            + MAX_CREDIT_CHARS + "}\\)", Pattern.CASE_INSENSITIVE),
                    agencies,
                    Pattern.compile("(?:^|[\\s|])(?:" + any + ")\\s*/|/\\s*(?:" + any + ")(?:$|[\\s|,])",
                            Pattern.CASE_INSENSITIVE),
                    lower(byKind.get("boilerplate-line")),
                    Pattern.compile("(?:" + alternation(byKind.get("boilerplate-prefix")) + ")(?:\\s*[:…»›>|–-]+\\s*|\\s+)(.*)",
                            Pattern.CASE_INSENSITIVE),
                    firstWords(byKind.get("credit")), firstWords(byKind.get("boilerplate-prefix")));
        }

        /** Lower-cased first words: a cheap filter before running the big alternations. */
        private static Set<String> firstWords(List<String> phrases) {
            Set<String> out = new HashSet<>();
            if (phrases != null) {
                phrases.forEach(p -> out.add(firstWord(p, 0, p.length())));
            }
            return out;
        }

        private static String alternation(List<String> phrases) {
            if (phrases == null || phrases.isEmpty()) {
                return "(?!)";
            }
            return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|"));
        }

        private static Set<String> lower(List<String> phrases) {
            Set<String> out = new HashSet<>();
            if (phrases != null) {
                phrases.forEach(p -> out.add(p.toLowerCase(Locale.ROOT)));
            }
            return out;
        }
    }

    /** The lower-cased letters (and hyphens) starting at {@code from}. */
    static String firstWord(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return s.subSequence(from, i).toString().toLowerCase(Locale.ROOT);
    }

    /** One cleaning run over one text. */
    private static final class Pass {
        private final String text;
        private final Lexicon lex;
        private final List<int[]> lines = new ArrayList<>(); // [start, end) without line break
        private final List<Region> found = new ArrayList<>() {
            @Override
            public boolean add(Region r) {
                byStart.merge(r.start(), r, (a, b) -> a.end() >= b.end() ? a : b);
                return super.add(r);
            }
        };
        private final java.util.TreeMap<Integer, Region> byStart = new java.util.TreeMap<>();

        // One matcher per pattern, re-targeted per line with region(): creating matchers per line costs.
        private final Matcher parenCredit;
        private final Matcher parenList;
        private final Matcher bylineSignature;
        private final Matcher copyright;
        private final Matcher datelineMatcher;

        Pass(String text, Lexicon lex) {
            this.text = text;
            this.lex = lex;
            this.parenCredit = lex.parenCredit().matcher(text);
            this.parenList = PAREN_LIST.matcher(text);
            this.bylineSignature = BYLINE_SIGNATURE.matcher(text);
            this.copyright = COPYRIGHT.matcher(text);
            this.datelineMatcher = DATELINE.matcher(text);
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    lines.add(new int[] {start, i});
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            lines.add(new int[] {start, text.length()});
        }

        List<Region> run() {
            Optional<LeadingDate.Match> date = LeadingDate.find(text);
            int metaEnd = date.map(LeadingDate.Match::end).orElse(0);
            date.ifPresent(m -> found.add(new Region(m.start(), m.end(), Region.Kind.META)));
            boolean[] handled = new boolean[lines.size()];
            for (int li = 0; li < lines.size(); li++) {
                int[] line = lines.get(li);
                int cs = skipSpace(Math.max(line[0], metaEnd), line[1]);
                int ce = trimEnd(cs, line[1]);
                if (cs >= ce) {
                    handled[li] = cs < line[1] || line[0] < metaEnd;
                    continue;
                }
                handled[li] = classifyLine(li, cs, ce, line[0] < metaEnd);
            }
            for (int li = 0; li < lines.size(); li++) {
                if (!handled[li]) {
                    heading(li);
                }
            }
            found.sort(Comparator.comparingInt(Region::start));
            return disjoint(found);
        }

        /** Finds exclusions on one line; true when the line got any. */
        private boolean classifyLine(int li, int cs, int ce, boolean afterMeta) {
            int before = found.size();
            String content = text.substring(cs, Math.min(ce, cs + TAIL));
            if (!afterMeta && text.charAt(cs) == '#' && MARKDOWN_HEADING.matcher(content).matches() && ce - cs <= TAIL) {
                found.add(new Region(cs, ce, Region.Kind.HEADING));
                return true;
            }
            if (ce - cs <= 300 && boilerplate(cs, ce)) {
                found.add(new Region(cs, ce, Region.Kind.BOILERPLATE));
                return true;
            }
            boolean parenthesis = has("(", cs, ce);
            if (parenthesis && isParagraphStart(li)) {
                dateline(cs, ce);
            }
            // Parenthesised credits anywhere: "(Photo by X/AFP)" is never prose.
            Matcher pc = parenCredit.region(cs, ce);
            int trailingCredit = -1;
            while (parenthesis && pc.find()) {
                found.add(new Region(pc.start(), pc.end(), Region.Kind.CREDIT));
                if (trimEnd(pc.end(), ce) == pc.end() && skipSpace(pc.end(), ce) == ce) {
                    trailingCredit = pc.start();
                }
            }
            int sig = trailingCredit < 0 ? signature(cs, ce) : -1;
            if (sig >= 0) {
                found.add(new Region(sig, ce, Region.Kind.SIGNATURE));
            } else if (trailingCredit < 0) {
                trailingCredit = bareCredit(cs, ce);
                if (trailingCredit >= 0) {
                    found.add(new Region(trailingCredit, ce, Region.Kind.CREDIT));
                }
            }
            if (trailingCredit >= 0) {
                caption(li, cs, trimEnd(cs, trailingCredit));
            }
            return found.size() > before;
        }

        /** The caption before a credit: the same line, or the short lines above it in its paragraph. */
        private void caption(int li, int cs, int captionEnd) {
            if (captionEnd > cs) {
                if (lines.get(li)[1] - cs <= MAX_CAPTION_LINE) {
                    found.add(new Region(cs, captionEnd, Region.Kind.CAPTION));
                }
                return;
            }
            int first = li;
            int total = 0;
            while (first > 0 && li - first < 2) {
                int[] prev = lines.get(first - 1);
                int ps = skipSpace(prev[0], prev[1]);
                if (ps >= prev[1] || prev[1] - ps > 200 || covered(ps)) {
                    break;
                }
                total += prev[1] - ps;
                first--;
            }
            if (first < li && total <= MAX_CAPTION_LINE) {
                int s = skipSpace(lines.get(first)[0], lines.get(first)[1]);
                int e = trimEnd(s, lines.get(li - 1)[1]);
                found.add(new Region(s, e, Region.Kind.CAPTION));
            }
        }

        /** Start of an end-of-line signature on [cs, ce), or -1. */
        private int signature(int cs, int ce) {
            int from = Math.max(cs, ce - TAIL);
            boolean paren = text.charAt(ce - 1) == ')';
            Matcher m = parenList.region(from, ce);
            while (paren && m.find()) {
                if (m.end() == ce && agencyList(m.group(1)) && afterSentence(cs, m.start())) {
                    return m.start();
                }
            }
            m = bylineSignature.region(from, ce);
            while (m.find()) { // cheap: the pattern starts with a fixed word
                if (m.end() == ce && afterSentence(cs, m.start())) {
                    return m.start();
                }
            }
            m = copyright.region(from, ce);
            if ((paren || has("©", from, ce) || has("opyright", from, ce)) && m.find() && m.end() == ce && afterSentence(cs, m.start())) {
                return m.start();
            }
            // A line that is only an agency name: "dpa", "AFP".
            if (ce - cs <= 20 && lex.agencies().contains(text.substring(cs, ce).toLowerCase(Locale.ROOT))) {
                return cs;
            }
            return -1;
        }

        /** All items agencies or lowercase author initials, at least one agency or the list is short. */
        private boolean agencyList(String list) {
            boolean agency = false;
            for (String item : list.split("\\s*[/,;]\\s*")) {
                if (lex.agencies().contains(item.toLowerCase(Locale.ROOT))) {
                    agency = true;
                } else if (!INITIALS.matcher(item).matches()) {
                    return false;
                }
            }
            return agency || !list.contains(" ");
        }

        /** "BERLIN (dpa) - ..." at a paragraph start. */
        private void dateline(int cs, int ce) {
            Matcher m = datelineMatcher.region(cs, Math.min(ce, cs + 80));
            if (m.lookingAt()) {
                String inner = m.group(1);
                if (agencyList(inner.substring(1, inner.length() - 1).strip())
                        && lex.agencies().stream().anyMatch(a -> inner.toLowerCase(Locale.ROOT).contains(a))) {
                    found.add(new Region(cs, trimEnd(cs, m.end()), Region.Kind.META));
                }
            }
        }

        /** Start of a credit without parentheses running to the line end ("Foto: X/dpa", "REUTERS/Name"), or -1. */
        private int bareCredit(int cs, int ce) {
            int from = Math.max(cs, ce - TAIL);
            for (int a = from; a < ce; a++) {
                if (!anchor(cs, a) || ce - a > MAX_CREDIT_CHARS + 30) {
                    continue;
                }
                String tail = text.substring(a, ce);
                if (lex.creditFirstWords().contains(firstWord(tail, 0, tail.length()))) {
                    Matcher m = lex.creditMarker().matcher(tail);
                    if (m.matches() && creditLike(tail, m.start(1))) {
                        return a;
                    }
                }
                if (tail.indexOf('/') > 0 && words(tail) <= 7 && lex.slashAgency().matcher(tail).find()
                        && creditLike(tail, 0) && !tail.contains(". ")) {
                    return a;
                }
            }
            return -1;
        }

        /** Credits are short name lists, not clauses: few words and at most one function word. */
        private boolean creditLike(String tail, int from) {
            String credit = tail.substring(from);
            return credit.length() <= MAX_CREDIT_CHARS && words(credit) <= MAX_CREDIT_WORDS
                    && Stopwords.count(credit, 0, credit.length()) <= 1;
        }

        /** A credit can start at the line start or after a sentence end or a separator. */
        private boolean anchor(int cs, int a) {
            if (a == cs) {
                return true;
            }
            if (!Character.isWhitespace(text.charAt(a - 1)) || Character.isWhitespace(text.charAt(a))) {
                return false;
            }
            int p = a - 1;
            while (p > cs && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            return ".!?…|–—".indexOf(text.charAt(p)) >= 0
                    || (".!?".indexOf(text.charAt(p)) < 0 && "“”\"»«".indexOf(text.charAt(p)) >= 0 && p > cs
                    && ".!?".indexOf(text.charAt(p - 1)) >= 0);
        }

        private boolean afterSentence(int cs, int s) {
            int p = s - 1;
            while (p >= cs && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            return p < cs || ".!?…\"“”»«'’)".indexOf(text.charAt(p)) >= 0;
        }

        private boolean boilerplate(int cs, int ce) {
            String first = firstWord(text, cs, ce);
            if (!lex.boilerFirstWords().contains(first) && !lex.boilerLines().contains(first)
                    && (ce - cs > 40 || first.isEmpty())) {
                return false;
            }
            String line = text.substring(cs, ce);
            String l = line.toLowerCase(Locale.ROOT);
            String bare = l.endsWith(":") ? l.substring(0, l.length() - 1).strip() : l;
            if (lex.boilerLines().contains(bare)) {
                return true;
            }
            Matcher m = lex.boilerPrefix().matcher(line);
            if (!m.matches()) {
                return false;
            }
            String rest = m.group(1);
            boolean separated = m.start(1) > 0 && line.substring(0, m.start(1)).strip().matches(".*[:…»›>|–-]");
            return rest.isEmpty() || separated || !rest.strip().matches(".*[.!?]");
        }

        /** A short stand-alone line without sentence-final punctuation, followed by more text. */
        private void heading(int li) {
            int[] line = lines.get(li);
            int cs = skipSpace(line[0], line[1]);
            int ce = trimEnd(cs, line[1]);
            if (cs >= ce || !isParagraphEnd(li) || !contentAfter(li)) {
                return;
            }
            if (!isParagraphStart(li) || !headingLike(cs, ce)) {
                gluedHeading(cs, ce);
                return;
            }
            found.add(new Region(cs, ce, Region.Kind.HEADING));
        }

        /**
         * A heading the text glued to the end of the paragraph before it, where the line break was lost
         * ("… erlassen. Brandstiftung in Zwickau", "… Tatserie aus.Nagelbomben-Attentat in Köln", each followed
         * by a blank line): the paragraph's last sentence-final mark is followed by a short heading-like tail.
         * The word before the mark has three letters or more and is lower-case or long, so that "Dr. Hans Müller",
         * "Prof. Schmidt" or "am 4. November" are no break.
         */
        private void gluedHeading(int cs, int ce) {
            char last = text.charAt(ce - 1);
            if (".,;:!?…\"“”»«'’)".indexOf(last) >= 0) {
                return;
            }
            Matcher m = GLUED_BREAK.matcher(text).region(Math.max(cs, ce - MAX_HEADING_CHARS - 40), ce)
                    .useTransparentBounds(true);
            int tail = -1;
            while (m.find()) {
                String word = m.group(1);
                if (word.length() >= 6 || Character.isLowerCase(word.charAt(0))) {
                    tail = m.end();
                }
            }
            if (tail > cs && headingLike(tail, ce) && nominal(text.substring(tail, ce))) {
                found.add(new Region(tail, ce, Region.Kind.HEADING));
            }
        }

        /**
         * A heading's noun phrase rather than a sentence that lost its full stop ("Brandstiftung in Zwickau", not "Die
         * Spezialität des Lokals sind die knusprigen Stelzen"): no article first, at most two lower-case words.
         */
        private static boolean nominal(String s) {
            String[] words = s.trim().split("\\s+");
            if (ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
                return false;
            }
            return Arrays.stream(words).filter(w -> Character.isLowerCase(w.charAt(0))).count() <= 2;
        }

        /** Short, capitalised, one sentence, without sentence-final punctuation: a heading's text on [cs, ce). */
        private boolean headingLike(int cs, int ce) {
            if (ce - cs > MAX_HEADING_CHARS) {
                return false;
            }
            String s = text.substring(cs, ce);
            char c0 = s.charAt(0);
            boolean maybeList = c0 == '-' || c0 == '*' || c0 == '•' || c0 == '–' || Character.isDigit(c0);
            if (words(s) > MAX_HEADING_WORDS || (maybeList && LIST_ITEM.matcher(s).matches())
                    || (s.indexOf(' ') > 0 && SENTENCE_BREAK.matcher(s).find())
                    || !(Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)) || "„“\"»'".indexOf(s.charAt(0)) >= 0)
                    || s.chars().noneMatch(Character::isLetter)) {
                return false;
            }
            char last = s.charAt(s.length() - 1);
            char beforeLast = s.length() > 1 ? s.charAt(s.length() - 2) : ' ';
            return !(".,;:!?…".indexOf(last) >= 0 || ("“”\"»«'’)".indexOf(last) >= 0 && ".,;:!?…".indexOf(beforeLast) >= 0));
        }

        /** True when the line is the first of its paragraph (blank line or text start before it). */
        private boolean isParagraphStart(int li) {
            if (li == 0 || !blankLines()) {
                return true;
            }
            int[] prev = lines.get(li - 1);
            return skipSpace(prev[0], prev[1]) >= prev[1] || covered(prev[0], prev[1]);
        }

        private boolean isParagraphEnd(int li) {
            if (li == lines.size() - 1 || !blankLines()) {
                return true;
            }
            int[] next = lines.get(li + 1);
            return skipSpace(next[0], next[1]) >= next[1];
        }

        private Boolean blank;

        /** Whether paragraphs are separated by blank lines; if not, every line is a paragraph. */
        private boolean blankLines() {
            if (blank == null) {
                blank = false;
                for (int i = 1; i < lines.size() - 1 && !blank; i++) {
                    int[] l = lines.get(i);
                    blank = skipSpace(l[0], l[1]) >= l[1];
                }
            }
            return blank;
        }

        private boolean contentAfter(int li) {
            for (int i = li + 1; i < lines.size(); i++) {
                int[] l = lines.get(i);
                if (skipSpace(l[0], l[1]) < l[1]) {
                    return true;
                }
            }
            return false;
        }

        /** True when the whole non-space content of [s, e) is already classified. */
        private boolean covered(int s, int e) {
            int cs = skipSpace(s, e);
            return cs < e && covered(cs) && covered(trimEnd(cs, e) - 1);
        }

        private boolean covered(int offset) {
            var e = byStart.floorEntry(offset);
            return e != null && e.getValue().contains(offset);
        }

        /** Whether {@code needle} occurs inside [from, to); bounded, unlike lastIndexOf on the whole text. */
        private boolean has(String needle, int from, int to) {
            return text.substring(from, to).contains(needle);
        }

        private int skipSpace(int i, int end) {
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private int trimEnd(int start, int end) {
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            return end;
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private static int words(String s) {
            int n = 0;
            boolean in = false;
            for (int i = 0; i < s.length(); i++) {
                boolean ws = Character.isWhitespace(s.charAt(i));
                if (!ws && !in) {
                    n++;
                }
                in = !ws;
            }
            return n;
        }

        /** Drops regions overlapping an earlier (or longer, at the same start) one. */
        private static List<Region> disjoint(List<Region> sorted) {
            List<Region> out = new ArrayList<>();
            for (Region r : sorted) {
                if (r.length() == 0) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1).end() > r.start()) {
                    continue;
                }
                out.add(r);
            }
            return out;
        }
    }
}

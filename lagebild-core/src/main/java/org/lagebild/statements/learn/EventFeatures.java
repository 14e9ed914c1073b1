package org.lagebild.statements.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Token;
import org.lagebild.nlp.morph.GermanVerbs;
import org.lagebild.nlp.morph.VerbForm;
import org.lagebild.statements.Cue;
import org.lagebild.statements.CueLexicon;

/**
 * Feature extraction for the event model: per-token features for cue tagging, per-token
 * features relative to a cue for role tagging, and per-event features for form and medium.
 * Features are strings; the rule system's own output is one of the inputs.
 */
public final class EventFeatures {
    private static final String QUOTE_MARKS = "„“”\"»«";
    private static final int MAX_PATH = 3;

    private final AnnotatedDocument parse;
    private final List<Event> rules;
    private final CueLexicon lexicon;
    /** Per token: inside a pair of quotation marks of its sentence window. */
    private final boolean[] quoted;
    /** Per token: index into rules of the rule event whose cue contains it, or -1. */
    private final int[] ruleCue;
    /** Per token: inside any rule event's quote or message. */
    private final boolean[] ruleMessage;
    /** Per token: the multiword cue of its sentence it is a word of ({@link CueIdioms}), or null. */
    private final String[] idiom;
    /** The cue valency counts the candidate features read, or null (models without them). */
    private final CueValency valency;

    public EventFeatures(AnnotatedDocument parse, List<Event> rules, CueLexicon lexicon) {
        this(parse, rules, lexicon, null);
    }

    public EventFeatures(AnnotatedDocument parse, List<Event> rules, CueLexicon lexicon, CueValency valency) {
        this.valency = valency;
        this.parse = parse;
        this.rules = rules;
        this.lexicon = lexicon;
        int n = parse.tokens().size();
        quoted = new boolean[n];
        boolean open = false;
        for (int i = 0; i < n; i++) {
            String w = parse.token(i).text();
            boolean mark = w.length() == 1 && QUOTE_MARKS.indexOf(w.charAt(0)) >= 0;
            if (mark) {
                char c = w.charAt(0);
                open = c == '„' || c == '»' || (c != '“' && c != '«' && !open);
            }
            quoted[i] = open || mark;
        }
        ruleCue = new int[n];
        java.util.Arrays.fill(ruleCue, -1);
        ruleMessage = new boolean[n];
        idiom = CueIdioms.match(parse, CueIdioms.get());
        for (int k = 0; k < rules.size(); k++) {
            for (int t : rules.get(k).cue()) {
                if (t < n && ruleCue[t] < 0) {
                    ruleCue[t] = k;
                }
            }
            for (String r : List.of("quote", "Message")) {
                for (int t : rules.get(k).role(r)) {
                    if (t < n) {
                        ruleMessage[t] = true;
                    }
                }
            }
        }
    }

    public AnnotatedDocument parse() {
        return parse;
    }

    /** The rule event whose cue overlaps {@code cue}, or null. */
    public Event ruleFor(Set<Integer> cue) {
        for (int t : cue) {
            if (t < ruleCue.length && ruleCue[t] >= 0) {
                return rules.get(ruleCue[t]);
            }
        }
        return null;
    }

    /** Features of token {@code i} as a cue candidate, given the previous token's cue label. */
    public List<String> cue(int i, String prev) {
        List<String> f = cueFixed(i);
        f.addAll(cuePrev(i, prev, -1));
        return f;
    }

    /**
     * The cue features conjoined with the previous label and with the cue already opened in the
     * sentence ({@code open}: its first token, or -1), for the second part of a discontinuous
     * cue ("aus Ihrer Sicht", "ich erteile das Wort").
     */
    public List<String> cuePrev(int i, String prev, int open) {
        Token t = parse.token(i);
        List<String> f = new ArrayList<>(List.of("prev=" + prev, "prev|p=" + prev + "|" + t.pos(), "prev|l=" + prev + "|" + lemma(t)));
        if (open >= 0 && prev.equals("O")) {
            String ol = lemma(parse.token(open));
            f.add("open|p=" + t.pos());
            f.add("open|l=" + lemma(t));
            f.add("open|ol|l=" + ol + "|" + lemma(t));
            f.add("open|ol|p=" + ol + "|" + t.pos());
        }
        return f;
    }

    /** The cue features that do not depend on the previous label. */
    public List<String> cueFixed(int i) {
        Token t = parse.token(i);
        List<String> f = new ArrayList<>(32);
        String w = lower(t);
        String lemma = lemma(t);
        f.add("bias");
        f.add("w=" + w);
        f.add("l=" + lemma);
        f.add("p=" + t.pos());
        f.add("r=" + t.deprel());
        f.add("pl=" + t.pos() + "|" + lemma);
        boolean lex = switch (t.pos()) {
            case "VERB", "AUX" -> lexicon.verb(lemma, "de").isPresent();
            case "NOUN", "PROPN" -> lexicon.noun(lemma, "de").isPresent() || lexicon.noun(t.text(), "de").isPresent();
            default -> lexicon.prep(w, "de").isPresent();
        };
        f.add("lex=" + lex + "|" + t.pos());
        if (t.pos().equals("ADJ") || t.pos().equals("ADV")) {
            // a verb form tagged as adjective or adverb keeps its word as lemma ("präzisiert", "nenne"): its verb's cue entry
            String verb = cueVerbReading(w);
            if (verb != null) {
                f.add("vlex=" + t.pos());
                f.add("vl=" + verb);
            }
        }
        if (idiom[i] != null) {
            f.add("mw=" + t.pos());
            f.add("mw|ph=" + idiom[i]);
        }
        Event rule = ruleCue[i] >= 0 ? rules.get(ruleCue[i]) : null;
        f.add("rc=" + (rule != null));
        if (rule != null) {
            f.add("rc|first=" + (rule.cue().first() == i));
            f.add("rc|form=" + rule.form());
            f.add("rc|l=" + lemma);
            f.add("rc|hasmsg=" + (!rule.role("quote").isEmpty() || !rule.role("Message").isEmpty()));
        }
        f.add("rm=" + ruleMessage[i]);
        f.add("q=" + quoted[i]);
        f.add("w-1=" + word(i - 1));
        f.add("w+1=" + word(i + 1));
        f.add("p-1|p=" + pos(i - 1) + "|" + t.pos());
        f.add("p+1|p=" + pos(i + 1) + "|" + t.pos());
        f.add("w-1|w=" + word(i - 1) + "|" + w);
        f.add("w|w+1=" + w + "|" + word(i + 1));
        if (t.head() >= 0) {
            Token h = parse.token(t.head());
            f.add("hl=" + lemma(h));
            f.add("r|hp=" + t.deprel() + "|" + h.pos());
        }
        for (int c : parse.children(i)) {
            String rel = parse.token(c).deprel();
            f.add("child=" + rel);
            f.add("child|l=" + rel + "|" + lemma);
        }
        if (t.pos().equals("NOUN") || t.pos().equals("PROPN")) {
            // plural and compound cue nouns share their lexicon noun's weights ("Beweisanträgen" → Antrag)
            f.add("nk=" + lexicon.nounForm(t.text(), "de").map(Cue::lemma).orElse("-"));
        }
        return f;
    }

    /**
     * A token's role features that do not depend on the previous label ({@code fixed}) and the
     * values that are conjoined with it ({@code keys}, see {@link #withPrev}), so that a decoder
     * can score every previous label without recomputing the rest.
     */
    public record RoleToken(List<String> fixed, String[] keys) {
    }

    private static final String[] ROLE_PREV_KEYS = {"prev|p=", "prev|r=", "prev|w=", "sent|prev=", "q|prev=", "dom|prev=", "rr|prev=", "edge|prev=", "same|prev=", "stk|prev="};

    /** Features of token {@code i} as a role filler of the event with cue {@code cue} (head {@code head}). */
    public List<String> role(int i, Set<Integer> cue, int head, String cueLemma, Event rule, String prev) {
        RoleToken t = roleToken(i, cue, head, cueLemma, rule, null);
        List<String> f = new ArrayList<>(t.fixed());
        f.addAll(withPrev(t, prev));
        return f;
    }

    /** The features of {@code t} conjoined with the previous label. */
    public static List<String> withPrev(RoleToken t, String prev) {
        List<String> f = new ArrayList<>(ROLE_PREV_KEYS.length + 1);
        f.add("prev=" + prev);
        for (int k = 0; k < ROLE_PREV_KEYS.length; k++) {
            if (t.keys()[k] != null) {
                f.add(k >= 3 ? ROLE_PREV_KEYS[k] + t.keys()[k] + "|" + prev : ROLE_PREV_KEYS[k] + prev + "|" + t.keys()[k]);
            }
        }
        return f;
    }

    /** The previous-label-independent part of {@link #role}. */
    public RoleToken roleToken(int i, Set<Integer> cue, int head, String cueLemma, Event rule, String stacked) {
        Token t = parse.token(i);
        List<String> f = new ArrayList<>(40);
        String w = lower(t);
        f.add("bias");
        f.add("w=" + w);
        f.add("l=" + lemma(t));
        f.add("p=" + t.pos());
        f.add("r=" + t.deprel());
        int d = i - head;
        String side = d < 0 ? "L" : "R";
        int ds = parse.token(i).sentence() - parse.token(head).sentence();
        f.add("dist=" + bucket(d));
        f.add("sent=" + ds);
        f.add("side|p=" + side + "|" + t.pos());
        f.add("side|cl=" + side + "|" + cueLemma);
        f.add("side|r=" + side + "|" + t.deprel());
        f.add("cl|p=" + cueLemma + "|" + t.pos());
        f.add("cp=" + parse.token(head).pos());
        f.add("q=" + quoted[i]);
        f.add("q|side=" + quoted[i] + "|" + side);
        f.add("w-1=" + word(i - 1));
        f.add("w+1=" + word(i + 1));
        f.add("p-1|p=" + pos(i - 1) + "|" + t.pos());
        f.add("adjcue=" + (cue.contains(i - 1) ? "after" : cue.contains(i + 1) ? "before" : "no"));
        String[] path = path(head, i);
        f.add("path=" + path[0]);
        f.add("path|cp=" + path[0] + "|" + parse.token(head).pos());
        f.add("dom=" + path[1]);
        f.add("dom|cl=" + path[1] + "|" + cueLemma);
        f.add("dom|side=" + path[1] + "|" + side);
        String rr = null;
        if (rule != null) {
            rr = "O";
            for (var e : rule.roles().entrySet()) {
                if (e.getValue().contains(i)) {
                    rr = e.getKey();
                    break;
                }
            }
            f.add("rr=" + rr);
            f.add("rr|p=" + rr + "|" + t.pos());
            f.add("rform=" + rule.form());
        } else {
            f.add("norule");
        }
        f.add("rm=" + ruleMessage[i]);
        // where the token sits in its argument subtree: spans start and end at subtree edges
        int arg = argument(head, i);
        String edge = edge(arg, head, i);
        String same = Boolean.toString(i > 0 && argument(head, i - 1) == arg);
        f.add("edge=" + edge);
        f.add("edge|dom=" + edge + "|" + path[1]);
        f.add("edge|cl=" + edge + "|" + cueLemma);
        f.add("same|edge=" + same + "|" + edge);
        if (arg >= 0) {
            Token a = parse.token(arg);
            f.add("arg=" + a.pos() + "|" + a.deprel());
            f.add("argl=" + lemma(a) + "|" + a.deprel());
            f.add("arg|cl=" + a.deprel() + "|" + cueLemma);
        }
        if (stacked != null) {
            f.add("stk=" + stacked);
            f.add("stk|edge=" + stacked + "|" + edge);
            f.add("stk|cl=" + stacked + "|" + cueLemma);
        }
        return new RoleToken(f, new String[] {t.pos(), t.deprel(), w, Integer.toString(ds), Boolean.toString(quoted[i]), path[1], rr, edge, same,
                stacked});
    }

    /**
     * The argument node of token {@code i} for the cue head: the child of the lowest common
     * ancestor on i's side (i itself when it dominates the cue head), or -1 in another tree.
     */
    private int argument(int head, int i) {
        List<Integer> up = ancestors(head);
        List<Integer> down = ancestors(i);
        for (int a = 0; a < up.size(); a++) {
            int di = down.indexOf(up.get(a));
            if (di >= 0) {
                return di == 0 ? i : down.get(di - 1);
            }
        }
        return -1;
    }

    /**
     * Where token {@code i} sits in its argument's subtree, punctuation at the subtree's edges
     * not counted: first, last, single, inside, outside (edge punctuation), or "anc" when the
     * argument dominates the cue.
     */
    private String edge(int arg, int head, int i) {
        if (arg < 0) {
            return "none";
        }
        if (parse.dominates(arg, head)) {
            return arg == i ? "anc" : "anc-in";
        }
        int[] r = parse.subtreeRangeWithoutEdgePunct(arg);
        int lo = r[0];
        int hi = r[1];
        if (i < lo || i > hi) {
            return "out";
        }
        return lo == hi ? "single" : i == lo ? "first" : i == hi ? "last" : "in";
    }

    /**
     * A role candidate of a cue: the tokens of one argument subtree in the cue's tree (the
     * subtree of a child of the lowest common ancestor, or a single ancestor of the cue head),
     * or of one sentence outside the cue's tree; {@code node} is the subtree's root, or -1
     * for a sentence.
     */
    public record Argument(int node, List<Integer> tokens) {
    }

    /** The role candidates of a cue among the {@code window} tokens, in text order of their first token. */
    public List<Argument> arguments(Set<Integer> cue, int head, List<Integer> window) {
        java.util.Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int t : window) {
            if (cue.contains(t)) {
                continue;
            }
            int a = argument(head, t);
            // other trees (other sentences, unparsed tokens): one candidate per sentence
            int key = a >= 0 ? a : -1 - parse.token(t).sentence();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        List<Argument> out = new ArrayList<>();
        groups.forEach((k, toks) -> out.add(new Argument(Math.max(k, -1), toks)));
        return out;
    }

    /** The tokens of a candidate that a role span keeps: without punctuation at its edges (quotation marks stay). */
    public List<Integer> trimmed(Argument a) {
        List<Integer> t = a.tokens();
        int lo = 0;
        int hi = t.size() - 1;
        while (lo <= hi && edgePunct(t.get(lo))) {
            lo++;
        }
        while (hi >= lo && edgePunct(t.get(hi))) {
            hi--;
        }
        return t.subList(lo, hi + 1);
    }

    private boolean edgePunct(int i) {
        Token t = parse.token(i);
        return t.pos().equals("PUNCT") && !(t.text().length() == 1 && QUOTE_MARKS.indexOf(t.text().charAt(0)) >= 0);
    }

    /** Features of a role candidate of the cue with head {@code head}. */
    public List<String> argument(Argument a, int head, String cueLemma, Event rule) {
        List<String> f = new ArrayList<>(48);
        Token h = parse.token(head);
        List<Integer> toks = a.tokens();
        int first = toks.get(0);
        int last = toks.get(toks.size() - 1);
        String side = last < head ? "L" : first > head ? "R" : "LR";
        f.add("bias");
        f.add("side=" + side);
        f.add("side|cl=" + side + "|" + cueLemma);
        f.add("cp=" + h.pos());
        f.add("cr=" + h.deprel());
        f.add("len=" + bucket(toks.size()));
        f.add("len|side=" + bucket(toks.size()) + "|" + side);
        f.add("fw=" + lower(parse.token(first)));
        f.add("fp=" + parse.token(first).pos());
        f.add("lw=" + lower(parse.token(last)));
        f.add("fw|side=" + lower(parse.token(first)) + "|" + side);
        f.add("pw=" + word(first - 1));
        f.add("pw|side=" + word(first - 1) + "|" + side);
        f.add("nw=" + word(last + 1));
        boolean q = false;
        for (int t : toks) {
            q |= quoted[t];
        }
        f.add("q=" + q + "|" + side);
        if (a.node() < 0) {
            int ds = parse.token(first).sentence() - h.sentence();
            f.add("sent=" + ds);
            f.add("sent|cl=" + ds + "|" + cueLemma);
            f.add("sent|fw=" + ds + "|" + lower(parse.token(first)));
            f.add("sent|pw=" + ds + "|" + word(first - 1));
        } else {
            Token n = parse.token(a.node());
            boolean anc = parse.dominates(a.node(), head);
            String rel = (anc ? "anc:" : "") + n.deprel();
            String[] path = path(head, a.node());
            f.add("rel=" + rel);
            f.add("rel|side=" + rel + "|" + side);
            f.add("rel|cl=" + rel + "|" + cueLemma);
            f.add("rel|side|cl=" + rel + "|" + side + "|" + cueLemma);
            f.add("rel|p=" + rel + "|" + n.pos());
            f.add("rel|cr=" + rel + "|" + h.deprel());
            f.add("rel|cp=" + rel + "|" + h.pos());
            f.add("nl=" + lemma(n));
            f.add("nl|rel=" + lemma(n) + "|" + rel);
            f.add("path=" + path[0]);
            f.add("path|cl=" + path[0] + "|" + cueLemma);
            f.add("path|side=" + path[0] + "|" + side);
            f.add("dist=" + bucket(a.node() - head));
            f.add("fw|rel=" + lower(parse.token(first)) + "|" + rel);
            for (int c : parse.children(a.node())) {
                Token ct = parse.token(c);
                String cr = ct.baseRel();
                if (cr.equals("case") || cr.equals("mark")) {
                    f.add(cr + "=" + lower(ct));
                    f.add(cr + "|cl=" + lower(ct) + "|" + cueLemma);
                    f.add(cr + "|rel=" + lower(ct) + "|" + rel);
                }
            }
        }
        if (rule != null) {
            java.util.Map<String, Integer> votes = new java.util.TreeMap<>();
            for (int t : toks) {
                for (var e : rule.roles().entrySet()) {
                    if (e.getValue().contains(t)) {
                        votes.merge(e.getKey(), 1, Integer::sum);
                    }
                }
            }
            String rr = votes.isEmpty() ? "O" : votes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey();
            f.add("rr=" + rr);
            f.add("rr|side=" + rr + "|" + side);
        } else {
            f.add("norule");
        }
        int rm = 0;
        for (int t : toks) {
            rm += ruleMessage[t] ? 1 : 0;
        }
        f.add("rm=" + (rm == 0 ? "none" : rm == toks.size() ? "all" : "some"));
        if (valency != null) {
            ValencyKeys k = valencyKeys(a, head);
            f.addAll(valency.features("val", k.cue(), k.arg()));
            if (k.word() != null) {
                f.addAll(valency.features("valw", k.cue(), k.word()));
            }
        }
        return f;
    }

    /**
     * What a candidate's valency counts are kept under: the cue keys from specific to general
     * (the cue lemma — a cue noun's lexicon noun for plural and compound forms —, its lexicon
     * kind and medium, all cues), the argument key (relation to the cue with the preposition or
     * subordinator, or the sentence offset), and for an adverb or pronoun without a preposition
     * the same with its lemma ("advmod|-|darüber", "iobj|-|sie"), else null.
     */
    public record ValencyKeys(String[] cue, String arg, String word) {
    }

    public ValencyKeys valencyKeys(Argument a, int head) {
        Token h = parse.token(head);
        String lemma = lemma(h);
        java.util.Optional<Cue> c = switch (h.pos()) {
            case "VERB", "AUX" -> lexicon.verb(lemma, "de");
            case "NOUN", "PROPN" -> lexicon.noun(lemma, "de").or(() -> lexicon.nounForm(h.text(), "de"));
            default -> lexicon.prep(lower(h), "de");
        };
        String[] cue = {"l:" + c.map(Cue::lemma).orElse(lemma),
                "c:" + c.map(x -> x.kind() + "|" + x.medium()).orElse("none|" + h.pos()), "*"};
        if (a.node() < 0) {
            return new ValencyKeys(cue, "sent" + (parse.token(a.tokens().get(0)).sentence() - h.sentence()), null);
        }
        Token n = parse.token(a.node());
        String prep = "-";
        for (int ch : parse.children(a.node())) {
            String cr = parse.token(ch).baseRel();
            if (cr.equals("case") || cr.equals("mark")) {
                prep = lower(parse.token(ch));
                break;
            }
        }
        String arg = (parse.dominates(a.node(), head) ? "anc:" : "") + n.deprel() + "|" + prep;
        boolean word = prep.equals("-") && (n.pos().equals("ADV") || n.pos().equals("PRON"));
        return new ValencyKeys(cue, arg, word ? arg + "|" + lemma(n).toLowerCase(Locale.ROOT) : null);
    }

    /**
     * Features of a role candidate for the span classifier: {@link #argument}'s, and how a
     * role tagger labelled the candidate's kept tokens ({@code votes}: role per token, absent
     * for O) — the majority role and how much of the span it covers, the labels at the span's
     * first and last token, a second role inside, and whether the tagged span runs on past the
     * candidate's edges.
     */
    public List<String> span(Argument a, int head, String cueLemma, Event rule, java.util.Map<Integer, String> votes) {
        List<String> f = argument(a, head, cueLemma, rule);
        List<Integer> kept = trimmed(a);
        if (kept.isEmpty()) {
            f.add("v=empty");
            return f;
        }
        java.util.Map<String, Integer> n = new java.util.TreeMap<>();
        for (int t : kept) {
            n.merge(votes.getOrDefault(t, "O"), 1, Integer::sum);
        }
        String v = "O";
        for (var e : n.entrySet()) {
            v = e.getValue() > n.getOrDefault(v, 0) ? e.getKey() : v;
        }
        int c = n.getOrDefault(v, 0);
        String cov = c == kept.size() ? "all" : c * 2 > kept.size() ? "most" : c * 2 == kept.size() ? "half" : "some";
        int first = kept.get(0);
        int last = kept.get(kept.size() - 1);
        int hd = parse.token(head).sentence();
        String rel = a.node() < 0 ? "sent" + (parse.token(first).sentence() - hd)
                : (parse.dominates(a.node(), head) ? "anc:" : "") + parse.token(a.node()).deprel();
        String side = last < head ? "L" : first > head ? "R" : "LR";
        f.add("v=" + v + "|" + cov);
        f.add("v|cl=" + v + "|" + cueLemma);
        f.add("v|len=" + v + "|" + cov + "|" + bucket(kept.size()));
        f.add("v|rel=" + v + "|" + cov + "|" + rel);
        f.add("v|side=" + v + "|" + side);
        for (String r : n.keySet()) {
            if (!r.equals("O") && !r.equals(v)) {
                f.add("v2=" + v + "|" + r);
            }
        }
        String vf = votes.getOrDefault(first, "O");
        String vl = votes.getOrDefault(last, "O");
        f.add("vf|vl=" + vf + "|" + vl);
        f.add("vf|rel=" + vf + "|" + rel);
        // the tagged span runs on before or after the candidate
        f.add("run=" + v + "|" + votes.getOrDefault(first - 1, "O").equals(v) + "|" + votes.getOrDefault(last + 1, "O").equals(v));
        return f;
    }

    /** Features of an event for its form and medium. */
    public List<String> event(Event e, Event rule) {
        int head = e.cueHead(parse);
        Token h = parse.token(head);
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("cl=" + lemma(h));
        f.add("cw=" + lower(h));
        f.add("cp=" + h.pos());
        f.add("cr=" + h.deprel());
        var quote = e.role("quote");
        if (!quote.isEmpty()) {
            f.add("qmark=" + quoted[quote.first()] + "|" + quoted[quote.last()]);
            f.add("qstart=" + lower(parse.token(quote.first())));
            f.add("qlen=" + bucket(quote.size()));
            f.add("qside=" + (quote.first() > head ? "R" : "L"));
            f.add("qsents=" + (parse.token(quote.last()).sentence() - parse.token(quote.first()).sentence()));
            int verbs = 0;
            for (int q : quote) {
                Token t = parse.token(q);
                if ((t.pos().equals("VERB") || t.pos().equals("AUX")) && verbs++ < 6) {
                    f.add("qv=" + lower(t));
                }
            }
        } else {
            f.add("noquote");
        }
        f.add("speaker=" + !e.role("speaker").isEmpty());
        if (rule != null) {
            f.add("rform=" + rule.form());
            f.add("rmedium=" + rule.medium());
            f.add("rform|cl=" + rule.form() + "|" + lemma(h));
        }
        return f;
    }

    /** Relation path from {@code from} up to the lowest common ancestor and down to {@code to}; and the first step down. */
    private String[] path(int from, int to) {
        List<Integer> up = ancestors(from);
        List<Integer> down = ancestors(to);
        int lca = -1;
        int ui = -1;
        for (int a = 0; a < up.size() && lca < 0; a++) {
            int di = down.indexOf(up.get(a));
            if (di >= 0) {
                lca = up.get(a);
                ui = a;
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < Math.min(a, MAX_PATH); k++) {
                    b.append('^').append(parse.token(up.get(k)).baseRel());
                }
                if (a > MAX_PATH) {
                    b.append("^…");
                }
                String firstDown = di == 0 ? "self" : parse.token(down.get(di - 1)).deprel();
                for (int k = di - 1, steps = 0; k >= 0 && steps < MAX_PATH; k--, steps++) {
                    b.append('v').append(parse.token(down.get(k)).baseRel());
                }
                if (di > MAX_PATH) {
                    b.append("v…");
                }
                return new String[] {b.toString(), (ui == 0 ? "" : "up:") + firstDown};
            }
        }
        return new String[] {"none", "none"};
    }

    /** The token and its ancestors up to the root (bounded against cyclic input). */
    private List<Integer> ancestors(int t) {
        List<Integer> out = new ArrayList<>();
        int cur = t;
        while (cur >= 0 && out.size() < 64) {
            out.add(cur);
            cur = parse.token(cur).head();
        }
        return out;
    }

    private static String bucket(int d) {
        int a = Math.abs(d);
        String b = a <= 3 ? Integer.toString(a) : a <= 6 ? "4-6" : a <= 12 ? "7-12" : a <= 25 ? "13-25" : "26+";
        return (d < 0 ? "-" : "") + b;
    }

    private String word(int i) {
        return i < 0 || i >= parse.tokens().size() ? "<none>" : lower(parse.token(i));
    }

    private String pos(int i) {
        return i < 0 || i >= parse.tokens().size() ? "<none>" : parse.token(i).pos();
    }

    /** The lexicon cue verb that {@code word} is a known form of ("präzisiert" → präzisieren), or null. */
    private String cueVerbReading(String word) {
        return GermanVerbs.get().analyses(word, null).stream().filter(v -> !v.guessed()).map(VerbForm::lemma)
                .filter(l -> lexicon.verb(l, "de").isPresent()).findFirst().orElse(null);
    }

    static String lower(Token t) {
        return t.text() == null ? "" : t.text().toLowerCase(Locale.ROOT);
    }

    static String lemma(Token t) {
        return t.lemma() == null ? lower(t) : t.lemma();
    }
}

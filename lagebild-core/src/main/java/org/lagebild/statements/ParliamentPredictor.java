package org.lagebild.statements;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.lagebild.data.TsvResource;
import org.lagebild.ingest.Document;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Token;
import org.lagebild.model.Evidence;
import org.lagebild.model.StatementRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.statements.learn.Event;
import org.lagebild.statements.learn.EventDoc;
import org.lagebild.statements.learn.EventModel;
import org.lagebild.statements.learn.ParseCache;
import org.lagebild.statements.learn.TokenAlignment;
import org.lagebild.statements.eval.ParliamentCorpus;
import org.lagebild.statements.eval.ParliamentCorpus.Annotation;
import org.lagebild.statements.eval.ParliamentCorpus.Sentence;
import org.lagebild.statements.eval.ParliamentCorpus.TokenRef;

/**
 * Runs statement extraction on speeches in the parliamentary speaker-attribution format
 * (Bundestag debates, GermEval-2023 SpkAtt task 1) on their own sentences and tokens, and
 * writes the same speeches with predicted annotations.
 *
 * <p>The corpus gives tokens without offsets, so the text is the tokens joined by single spaces.
 * Export conventions of the corpus: the cue is the verb (or cue word) only, a separated verb
 * particle is PTC; the source is the local mention; every event is labelled with its cue, even
 * a reported speech act without a message ("der Antrag", "die Frage"), so lexicon nouns of
 * speech acts are exported as cue-only events.
 */
public final class ParliamentPredictor {
    /** Expletive and demonstrative subjects ("es zeigt sich", "das beweist") are not sources. */
    private static final Set<String> NON_AGENTS = Set.of("es", "das", "dies", "dieses", "was");
    private static final Set<String> REFLEXIVES = Set.of("sich", "mich", "dich", "uns", "euch");
    /** "kind|lemma" of lexicon cues not exported on a bare lexicon match (support verbs, train-measured). */
    private static final Set<String> EXCLUDED = TsvResource.read("org/lagebild/statements/cue-exclusions-parliament-de.tsv", 3)
            .stream().map(r -> r.req(1, "kind") + "|" + r.req(0, "lemma")).collect(Collectors.toUnmodifiableSet());
    /** Thanking formulas ("Vielen Dank", "Gott sei Dank") are not speech events in the corpus. */
    private static final Set<String> THANKS_FORMULA = Set.of("vielen", "herzlichen", "besten", "schönen", "sei");

    private final Analyzer analyzer;
    private final CueLexicon lexicon = CueLexicon.get();

    private final ParseCache cache;
    private final EventModel model;

    public ParliamentPredictor(Analyzer analyzer) {
        this(analyzer, ParseCache.NONE, null);
    }

    /**
     * {@code model}: the learned event model, or null for the rules alone. Speeches are parsed
     * with {@link Analyzer#parsingWeakCueVerbs}: the corpus marks weak cue verbs without a
     * complement clause as cues.
     */
    public ParliamentPredictor(Analyzer analyzer, ParseCache cache, EventModel model) {
        this.analyzer = analyzer.parsingWeakCueVerbs();
        this.cache = cache;
        this.model = model;
    }

    /** Predicts every {@code *.json} of {@code in} into {@code out} (same names); returns the count. */
    public int predictDirectory(Path in, Path out, Consumer<String> progress) throws IOException {
        SortedMap<String, ParliamentCorpus.Document> docs = ParliamentCorpus.readDirectory(in);
        Map<String, ParliamentCorpus.Document> predicted = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, ParliamentCorpus.Document> e : docs.entrySet()) {
            predicted.put(e.getKey(), predict(e.getValue(), e.getKey()));
            progress.accept(++n + "/" + docs.size() + " " + e.getKey());
        }
        ParliamentCorpus.writeDirectory(predicted, out);
        return n;
    }

    /** The speech with its annotations replaced by predictions (the rules', or the model's when one is set). */
    public ParliamentCorpus.Document predict(ParliamentCorpus.Document speech, String name) throws IOException {
        Prepared p = prepare(speech, name);
        if (p == null) {
            return speech.withAnnotations(List.of());
        }
        List<Annotation> rules = rules(p);
        if (model == null) {
            return speech.withAnnotations(rules);
        }
        List<Annotation> out = new ArrayList<>();
        for (Event e : model.predict(p.parse(), toEvents(p, rules))) {
            Event mapped = pronounMessage(p.parse(), correlateWithClause(p.parse(), oneSource(p.parse(), model.inScheme(e, "parliament"))));
            TreeSet<Integer> cue = new TreeSet<>(p.align().toCorpus(mapped.cue()));
            if (cue.isEmpty()) {
                continue;
            }
            Map<String, List<TokenRef>> roles = new HashMap<>();
            mapped.roles().forEach((r, toks) -> {
                TreeSet<Integer> ids = new TreeSet<>(p.align().toCorpus(toks));
                ids.removeAll(cue);
                roles.put(r, p.toks().refs(ids));
            });
            out.add(new Annotation(p.toks().refs(cue), roles));
        }
        return speech.withAnnotations(out);
    }

    /**
     * The event with one Source span: where the model tagged the source in several separate
     * stretches ("Ich … Sie", "ich … wir"), the corpus almost always has one (11 of 3,337 train
     * sources are split), so the stretch holding a subject of the cue is kept, else the one
     * nearest to the cue. Runs are split where a token between them is neither in the source nor
     * punctuation.
     */
    static Event oneSource(AnnotatedDocument parse, Event e) {
        SortedSet<Integer> source = e.role("Source");
        if (source.size() < 2) {
            return e;
        }
        List<List<Integer>> runs = runs(parse, source);
        if (runs.size() < 2) {
            return e;
        }
        int head = e.cueHead(parse);
        List<Integer> keep = null;
        for (List<Integer> run : runs) {
            if (keep == null && run.stream().anyMatch(t -> parse.token(t).head() == head
                    && parse.token(t).deprel().startsWith("nsubj"))) {
                keep = run;
            }
        }
        if (keep == null) {
            int best = Integer.MAX_VALUE;
            for (List<Integer> run : runs) {
                int d = Math.min(distance(run.get(0), e.cue()), distance(run.get(run.size() - 1), e.cue()));
                if (d < best) {
                    best = d;
                    keep = run;
                }
            }
        }
        Map<String, SortedSet<Integer>> roles = new HashMap<>(e.roles());
        roles.put("Source", new TreeSet<>(keep));
        return new Event(e.cue(), roles, e.form(), e.medium());
    }

    /** Pronouns that are a whole Message on their own ("das sage ich ganz offen", "wir haben es gehört"). */
    private static final Set<String> MESSAGE_PRONOUNS = Set.of("das", "dies", "dieses", "es");

    /**
     * The event without the Message stretches beside a pronoun Message: where the model tagged
     * one stretch that is a lone pronoun of the cue's sentence ("- das sage ich ganz offen -",
     * "Das verstehen die Menschen nicht") and other stretches as well (the clause after the
     * parenthesis, "…, und deswegen muss …"), the pronoun is the Message and the others go. A
     * stretch after a colon stays: there the pronoun announces it ("Sie haben es gesagt : …").
     * Stretches are split as the Source's in {@link #oneSource}.
     */
    static Event pronounMessage(AnnotatedDocument parse, Event e) {
        List<List<Integer>> runs = runs(parse, e.role("Message"));
        List<Integer> pronoun = null;
        int cueSentence = parse.token(e.cue().first()).sentence();
        for (List<Integer> run : runs) {
            Token t = parse.token(run.get(0));
            if (run.size() == 1 && t.sentence() == cueSentence && MESSAGE_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
                if (pronoun != null) {
                    return e;
                }
                pronoun = run;
            }
        }
        if (pronoun == null || runs.size() < 2) {
            return e;
        }
        SortedSet<Integer> kept = new TreeSet<>(pronoun);
        for (List<Integer> run : runs) {
            int from = Math.min(pronoun.get(0), run.get(0));
            int to = Math.max(pronoun.get(0), run.get(run.size() - 1));
            boolean colon = false;
            for (int k = from + 1; k < to && !colon; k++) {
                colon = parse.token(k).text().equals(":");
            }
            if (colon) {
                kept.addAll(run);
            }
        }
        if (kept.size() == e.role("Message").size()) {
            return e;
        }
        Map<String, SortedSet<Integer>> roles = new HashMap<>(e.roles());
        roles.put("Message", kept);
        return new Event(e.cue(), roles, e.form(), e.medium());
    }

    /** A role's tokens in stretches: a token joins the previous one's stretch when only punctuation of its sentence lies between them. */
    private static List<List<Integer>> runs(AnnotatedDocument parse, SortedSet<Integer> tokens) {
        List<List<Integer>> runs = new ArrayList<>();
        int prev = -2;
        for (int t : tokens) {
            boolean joined = prev >= 0 && parse.token(t).sentence() == parse.token(prev).sentence();
            for (int k = prev + 1; joined && k < t; k++) {
                joined = parse.token(k).pos().equals("PUNCT");
            }
            if (!joined) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(t);
            prev = t;
        }
        return runs;
    }

    /** Pronominal adverbs that announce a clause ("darüber, wie …", "damit, ob …", "dafür, dass …"). */
    private static final java.util.regex.Pattern CORRELATE = java.util.regex.Pattern.compile(
            "(da|dar|hier)(über|um|auf|an|aus|bei|durch|für|gegen|in|mit|nach|von|vor|zu)");
    /** Words that open the clause a correlate announces: a subordinator or an interrogative. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("dass", "ob", "wie", "was", "wer", "wen", "wem", "warum",
            "weshalb", "wieso", "welche", "welcher", "welches", "welchen", "wo", "wann", "inwieweit", "inwiefern");

    /**
     * The event with a correlate and its clause under one role: where the model gave a
     * pronominal adverb one of Message and Topic and the clause it announces the other
     * ("darüber nachdenken [Topic], wie wir … [Message]"), both get the role the training
     * speeches' gold gives such a pair: Message before a dass-clause (68 of 78 pairs),
     * Topic before a w- or ob-clause (25 of 34). The two share their role in that gold whenever
     * both have one (112 of 115). The clause is the one opened by a subordinator or
     * interrogative right after the next comma, with at most {@link #CORRELATE_GAP} unlabelled
     * tokens (the cue, its auxiliaries) between the adverb and the comma; a comma right after
     * the adverb joins the pair's span. Where the model gave the clause no role at all, the
     * clause ({@link #unlabelledClause}) takes the adverb's role (session 35).
     */
    static Event correlateWithClause(AnnotatedDocument parse, Event e) {
        Map<Integer, String> role = new HashMap<>();
        e.roles().forEach((r, toks) -> toks.forEach(t -> role.put(t, r)));
        Map<String, SortedSet<Integer>> roles = null;
        List<Token> toks = parse.tokens();
        for (int i = 0; i < toks.size(); i++) {
            String x = role.get(i);
            if (x == null || !CORRELATED_ROLES.contains(x) || !CORRELATE.matcher(toks.get(i).text().toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            int comma = -1;
            for (int k = i + 1; k <= i + CORRELATE_GAP + 1 && k < toks.size() && toks.get(k).sentence() == toks.get(i).sentence(); k++) {
                if (toks.get(k).text().equals(",")) {
                    comma = k;
                    break;
                }
                if (role.containsKey(k)) {
                    break;
                }
            }
            int open = comma + 1;
            if (comma < 0 || open >= toks.size() || toks.get(open).sentence() != toks.get(i).sentence()
                    || !CLAUSE_OPENERS.contains(toks.get(open).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String y = role.get(open);
            List<Integer> clause = y == null ? unlabelledClause(parse, e, role, open) : List.of();
            if (y == null ? clause.isEmpty() : !CORRELATED_ROLES.contains(y) || y.equals(x)) {
                continue;
            }
            if (roles == null) {
                roles = new HashMap<>();
                for (var r : e.roles().entrySet()) {
                    roles.put(r.getKey(), new TreeSet<>(r.getValue()));
                }
            }
            // a clause without a role takes the adverb's (the model read the cue: "darüber informiert , wie …" is a Message)
            String target = y == null ? x : toks.get(open).text().equalsIgnoreCase("dass") ? "Message" : "Topic";
            boolean toClause = target.equals(y);
            List<Integer> moved = new ArrayList<>();
            if (y == null) {
                moved.addAll(clause);
            } else if (toClause) {
                moved.add(i);
            } else {
                for (int k = open; k < toks.size() && y.equals(role.get(k)) && toks.get(k).sentence() == toks.get(i).sentence(); k++) {
                    moved.add(k);
                }
            }
            if (comma == i + 1 && (role.get(comma) != null || y == null)) {
                moved.add(comma);
            }
            for (int k : moved) {
                if (role.get(k) != null) {
                    roles.get(role.get(k)).remove(k);
                }
                roles.computeIfAbsent(target, r -> new TreeSet<>()).add(k);
                role.put(k, target);
            }
        }
        if (roles == null) {
            return e;
        }
        roles.values().removeIf(SortedSet::isEmpty);
        return new Event(e.cue(), roles, e.form(), e.medium());
    }

    /**
     * The clause a correlate announces when the model gave it no role ("darüber [Topic] gesprochen
     * werden , wie wir … [none]"): the tokens from its opener to the end of the opener's head's
     * subtree, without final punctuation; empty when any of them has a role or is the cue, or the
     * parse leaves the opener without a head in its sentence. In the training speeches' gold a
     * correlate with a role leaves its clause without one once (session 34's count).
     */
    private static List<Integer> unlabelledClause(AnnotatedDocument parse, Event e, Map<Integer, String> role, int open) {
        List<Token> toks = parse.tokens();
        int sentence = toks.get(open).sentence();
        int head = toks.get(open).head();
        if (head < 0 || toks.get(head).sentence() != sentence) {
            return List.of();
        }
        int end = Math.max(open, head);
        for (int k = open + 1; k < toks.size() && toks.get(k).sentence() == sentence; k++) {
            int a = k;
            for (int steps = 0; a >= 0 && a != head && steps < toks.size(); steps++) {
                a = toks.get(a).head();
            }
            if (a == head) {
                end = Math.max(end, k);
            }
        }
        while (end > open && toks.get(end).pos().equals("PUNCT")) {
            end--;
        }
        List<Integer> out = new ArrayList<>();
        for (int k = open; k <= end; k++) {
            if (role.containsKey(k) || e.cue().contains(k)) {
                return List.of();
            }
            out.add(k);
        }
        return out;
    }

    /** The roles a correlate and its clause share in the corpus. */
    private static final Set<String> CORRELATED_ROLES = Set.of("Message", "Topic");
    /** Most tokens between a correlate and the comma before its clause ("darüber nachdenken müssen ,"). */
    private static final int CORRELATE_GAP = 4;

    private static int distance(int t, SortedSet<Integer> cue) {
        int d = Integer.MAX_VALUE;
        for (int c : cue) {
            d = Math.min(d, Math.abs(c - t));
        }
        return d;
    }

    /**
     * Training material: the speech's parse with the rule system's events and the gold events,
     * in parse-token space; null for a speech without tokens.
     */
    public EventDoc eventDoc(ParliamentCorpus.Document speech, String name) throws IOException {
        Prepared p = prepare(speech, name);
        if (p == null) {
            return null;
        }
        return new EventDoc(p.parse(), toEvents(p, rules(p)), toEvents(p, speech.annotations()));
    }

    private List<Event> toEvents(Prepared p, List<Annotation> annotations) {
        Map<TokenRef, Integer> index = new HashMap<>();
        for (int i = 0; i < p.toks().refs().size(); i++) {
            index.put(p.toks().refs().get(i), i);
        }
        List<Event> out = new ArrayList<>();
        for (Annotation a : annotations) {
            Map<String, java.util.SortedSet<Integer>> roles = new HashMap<>();
            a.roles().forEach((r, refs) -> roles.put(r, p.align().toParse(ids(index, refs))));
            java.util.SortedSet<Integer> cue = p.align().toParse(ids(index, a.cue()));
            if (!cue.isEmpty()) {
                out.add(new Event(cue, roles, null, null));
            }
        }
        return out;
    }

    private static List<Integer> ids(Map<TokenRef, Integer> index, List<TokenRef> refs) {
        List<Integer> out = new ArrayList<>();
        for (TokenRef r : refs) {
            Integer i = index.get(r);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** A speech joined into text for the parser, with its parse and rule analysis. */
    private record Prepared(Tokens toks, AnnotatedDocument parse, Analyzer.Parsed parsed, TokenAlignment align) {
    }

    private Prepared prepare(ParliamentCorpus.Document speech, String name) throws IOException {
        StringBuilder text = new StringBuilder();
        List<List<int[]>> sentences = new ArrayList<>();
        List<TokenRef> refs = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        for (Sentence s : speech.sentences()) {
            List<int[]> tokens = new ArrayList<>();
            for (int i = 0; i < s.tokens().size(); i++) {
                String tok = s.tokens().get(i).strip();
                if (tok.isEmpty()) {
                    continue; // whitespace tokens cannot be given to the tagger; they never carry a role
                }
                if (text.length() > 0) {
                    text.append(' ');
                }
                int[] off = {text.length(), text.length() + tok.length()};
                text.append(tok);
                tokens.add(off);
                offsets.add(off);
                refs.add(new TokenRef(s.sentenceId(), i));
            }
            if (!tokens.isEmpty()) {
                sentences.add(tokens);
            }
        }
        if (sentences.isEmpty()) {
            return null;
        }
        Analyzer.Parsed parsed;
        try {
            Document d = new Document(name, text.toString(), "de", null, null, null, name);
            AnnotatedDocument doc = cache.parse(analyzer, d, sentences);
            parsed = new Analyzer.Parsed(analyzer.analyzeParse(d, doc), doc);
        } catch (Analyzer.UnsupportedLanguageException e) {
            throw new IOException(e.getMessage(), e);
        }
        Tokens toks = new Tokens(text.toString(), offsets, refs);
        int[] starts = new int[offsets.size()];
        int[] ends = new int[offsets.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = offsets.get(i)[0];
            ends[i] = offsets.get(i)[1];
        }
        return new Prepared(toks, parsed.parse(), parsed, new TokenAlignment(starts, ends, parsed.parse()));
    }

    /** The rule system's events in the corpus format. */
    private List<Annotation> rules(Prepared p) {
        Tokens toks = p.toks();
        Analyzer.Parsed parsed = p.parsed();
        List<Annotation> annotations = new ArrayList<>();
        TreeSet<Integer> cueTokens = new TreeSet<>();
        for (StatementRecord s : parsed.analysis().statements()) {
            if (s.cue() == null || s.parent() != null) {
                continue; // cue-less continuations and nested partial quotes are not events of their own
            }
            List<Evidence> parts = s.cue().parts();
            TreeSet<Integer> cue = toks.in(parts.get(0).start(), parts.get(0).end());
            if (cue.isEmpty() || cueTokens.contains(cue.first()) || nounCue(p.parse(), parts.get(0))) {
                continue; // noun cues go through lexiconEvent, with the corpus's exclusions ("Vielen Dank, dass …")
            }
            TreeSet<Integer> ptc = new TreeSet<>();
            for (int k = 1; k < parts.size(); k++) {
                ptc.addAll(toks.in(parts.get(k).start(), parts.get(k).end()));
            }
            TreeSet<Integer> source = s.speaker() == null ? new TreeSet<>() : toks.in(s.speaker().start(), s.speaker().end());
            TreeSet<Integer> addr = s.addressee() == null ? new TreeSet<>() : toks.in(s.addressee().start(), s.addressee().end());
            TreeSet<Integer> message = toks.in(s.quote().start(), s.quote().end());
            cueTokens.addAll(cue);
            annotations.add(annotation(toks, cue, ptc, source, message, addr));
        }
        AnnotatedDocument parse = parsed.parse();
        for (Token t : parse.tokens()) {
            TreeSet<Integer> cue = toks.in(t.start(), t.end());
            if (cue.isEmpty() || cueTokens.contains(cue.first()) || t.lemma() == null) {
                continue;
            }
            Annotation a = lexiconEvent(parse, toks, t, cue);
            if (a != null) {
                cueTokens.addAll(cue);
                annotations.add(a);
            }
        }
        annotations.sort((x, y) -> x.cue().get(0).compareTo(y.cue().get(0)));
        return annotations;
    }

    /** Does the cue start at a noun (the rules' cue nouns with a content clause, news session 17)? */
    static boolean nounCue(AnnotatedDocument parse, Evidence cue) {
        int t = parse.tokenAt(cue.start());
        return t >= 0 && parse.token(t).isNoun();
    }

    private static Annotation annotation(Tokens toks, TreeSet<Integer> cue, TreeSet<Integer> ptc, TreeSet<Integer> source,
                                         TreeSet<Integer> message, TreeSet<Integer> addr) {
        message.removeAll(cue);
        message.removeAll(ptc);
        message.removeAll(source);
        message.removeAll(addr);
        source.removeAll(cue);
        addr.removeAll(cue);
        Map<String, List<TokenRef>> roles = new HashMap<>();
        roles.put("PTC", toks.refs(ptc));
        roles.put("Source", toks.refs(source));
        roles.put("Message", toks.refs(message));
        roles.put("Addr", toks.refs(addr));
        return new Annotation(toks.refs(cue), roles);
    }

    /**
     * A lexicon cue the extractor left alone (no message clause, or a speech-act noun): an
     * event with the roles its dependents give — subject = source, clausal complement or
     * object = message, indirect object = addressee, separated particle or inherent
     * reflexive = PTC; for nouns the possessive or a named genitive attribute is the source.
     */
    private Annotation lexiconEvent(AnnotatedDocument parse, Tokens toks, Token t, TreeSet<Integer> cue) {
        TreeSet<Integer> ptc = new TreeSet<>();
        TreeSet<Integer> source = new TreeSet<>();
        TreeSet<Integer> message = new TreeSet<>();
        TreeSet<Integer> addr = new TreeSet<>();
        if (t.pos().equals("VERB") && !t.deprel().equals("amod")) {
            if (lexicon.verb(t.lemma(), "de").isEmpty() || EXCLUDED.contains("VERB|" + t.lemma())) {
                return null;
            }
            for (int c : parse.children(t.index())) {
                Token ct = parse.token(c);
                String rel = ct.deprel();
                if (rel.equals("compound:prt") || rel.equals("expl:pv") || REFLEXIVES.contains(ct.text().toLowerCase(Locale.ROOT))
                        && (rel.equals("obj") || rel.equals("expl") || rel.equals("iobj"))) {
                    // Particles and the reflexive of inherently reflexive verbs ("sich äußern") are PTC.
                    ptc.addAll(toks.in(ct.start(), ct.end()));
                } else if (rel.equals("nsubj") && !NON_AGENTS.contains(ct.text().toLowerCase(Locale.ROOT))) {
                    source.addAll(subtree(parse, toks, c));
                } else if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("csubj") || rel.equals("obj")) {
                    message.addAll(subtree(parse, toks, c));
                } else if (rel.equals("iobj")) {
                    addr.addAll(subtree(parse, toks, c));
                }
            }
        } else if (t.pos().equals("NOUN")) {
            if (lexicon.noun(t.lemma(), "de").isEmpty() && lexicon.noun(t.text(), "de").isEmpty()
                    || EXCLUDED.contains("NOUN|" + t.lemma()) || EXCLUDED.contains("NOUN|" + t.text())) {
                return null;
            }
            if (t.lemma().equals("Dank") && t.index() > 0
                    && THANKS_FORMULA.contains(parse.token(t.index() - 1).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
            for (int c : parse.children(t.index())) {
                Token ct = parse.token(c);
                if (ct.deprel().equals("det:poss") || ct.deprel().equals("nmod") && genitive(parse, c) && named(ct)) {
                    source.addAll(subtree(parse, toks, c));
                }
            }
        } else {
            return null;
        }
        return annotation(toks, cue, ptc, source, message, addr);
    }

    /** A person or organisation ("der Antrag der Grünen"), not a topic ("die Frage der Abrüstung"). */
    private static boolean named(Token t) {
        return t.pos().equals("PROPN") || t.ner() != null && !t.ner().equals("O");
    }

    /** A genitive attribute: no preposition ("der Antrag der Grünen"). */
    private static boolean genitive(AnnotatedDocument parse, int token) {
        for (int c : parse.children(token)) {
            if (parse.token(c).deprel().equals("case")) {
                return false;
            }
        }
        return true;
    }

    /** The corpus tokens of a dependency subtree, without edge punctuation; empty when implausibly long. */
    private static TreeSet<Integer> subtree(AnnotatedDocument parse, Tokens toks, int head) {
        int[] r = parse.subtreeRangeWithoutEdgePunct(head);
        return toks.in(parse.token(r[0]).start(), parse.token(r[1]).end());
    }

    /** The joined text's tokens: offsets and corpus references, in text order. */
    private record Tokens(String text, List<int[]> offsets, List<TokenRef> refs) {
        String text(int i) {
            int[] o = offsets.get(i);
            return text.substring(o[0], o[1]);
        }

        TreeSet<Integer> in(int from, int to) {
            TreeSet<Integer> out = new TreeSet<>();
            for (int i = 0; i < offsets.size(); i++) {
                if (offsets.get(i)[0] < to && offsets.get(i)[1] > from) {
                    out.add(i);
                }
            }
            return out;
        }

        List<TokenRef> refs(TreeSet<Integer> ids) {
            List<TokenRef> out = new ArrayList<>(ids.size());
            for (int i : ids) {
                out.add(this.refs.get(i));
            }
            return out;
        }
    }
}

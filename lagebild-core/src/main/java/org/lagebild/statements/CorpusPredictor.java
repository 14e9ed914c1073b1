package org.lagebild.statements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.model.Evidence;
import org.lagebild.model.StatementRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.statements.learn.Event;
import org.lagebild.statements.learn.EventDoc;
import org.lagebild.statements.learn.EventModel;
import org.lagebild.statements.learn.ParseCache;
import org.lagebild.statements.learn.QuoteFilter;
import org.lagebild.statements.learn.TokenAlignment;
import org.lagebild.time.PublicationDate;

/**
 * Runs statement extraction on documents in the German news quotation corpus format
 * (GermEval-2023 SpkAtt task 2, 2024 release) on their own tokens and sentences, and writes
 * the same documents with predicted {@code annotations} (token ids of the given tokens).
 */
public final class CorpusPredictor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile(".*\\((\\d{4}-\\d{2}-\\d{2})\\)(?:\\.pretty)?(?:\\.json)?$");
    private static final Map<String, String> FORMS = Map.of("direct", "Direct", "indirect", "Indirect",
            "free_indirect", "FreeIndirect", "indirect_free_indirect", "IndirectFreeIndirect", "reported", "Reported");
    private static final Map<String, String> MEDIA = Map.of("speech", "Speech", "writing", "Writing", "thought", "Thought");

    private final Analyzer analyzer;
    private final ParseCache cache;
    private final EventModel model;
    private final QuoteFilter filter;

    public CorpusPredictor(Analyzer analyzer) {
        this(analyzer, ParseCache.NONE, null);
    }

    /** {@code model}: the learned event model, or null for the rules alone. */
    public CorpusPredictor(Analyzer analyzer, ParseCache cache, EventModel model) {
        this(analyzer, cache, model, null);
    }

    /** {@code filter}: the learned keep/drop decision on the rules' quotations (before the model), or null. */
    public CorpusPredictor(Analyzer analyzer, ParseCache cache, EventModel model, QuoteFilter filter) {
        this.cache = cache;
        this.model = model;
        this.filter = EventModel.filter(model, filter);
        // a filter that keeps some of the rules' rejected readings needs them; it drops the rest
        this.analyzer = this.filter != null && this.filter.scoresCandidates() ? analyzer.withCandidates() : analyzer;
    }

    /** Predicts every {@code *.json} of {@code in} into {@code out} (same names); returns the count. */
    public int predictDirectory(Path in, Path out, java.util.function.Consumer<String> progress) throws IOException {
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int n = 0;
        for (Path f : files) {
            JsonNode doc;
            try {
                doc = JSON.readTree(f.toFile());
            } catch (IOException e) {
                throw new IOException(f + ": invalid JSON: " + e.getMessage(), e);
            }
            ObjectNode predicted = predict((ObjectNode) doc, f.getFileName().toString());
            JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(f.getFileName()).toFile(), predicted);
            n++;
            progress.accept(n + "/" + files.size() + " " + f.getFileName());
        }
        return n;
    }

    /** The document with its {@code annotations} replaced by predictions (the rules', or the model's when one is set). */
    public ObjectNode predict(ObjectNode doc, String name) throws IOException {
        Prepared p = prepare(doc, name);
        List<StatementRecord> statements = p.analysis().statements();
        ArrayNode annotations = rules(p, filter == null ? statements : filter.apply(p.parse(), statements));
        if (model != null) {
            annotations = modelAnnotations(p, annotations);
        }
        ObjectNode out = doc.deepCopy();
        out.set("annotations", annotations);
        return out;
    }

    /** Training material: the parse with the rule system's and the gold events in parse-token space. */
    public EventDoc eventDoc(ObjectNode doc, String name) throws IOException {
        Prepared p = prepare(doc, name);
        return new EventDoc(p.parse(), toEvents(p, rules(p, p.analysis().statements())), toEvents(p, doc.path("annotations")));
    }

    /** A document's rule statements and parse, to train the quotation filter on, and its annotations for any subset of them. */
    public final class Ruled {
        private final Prepared p;

        private Ruled(Prepared p) {
            this.p = p;
        }

        public AnnotatedDocument parse() {
            return p.parse();
        }

        public List<StatementRecord> statements() {
            return p.analysis().statements();
        }

        /** The corpus annotations of {@code kept} (a subset of {@link #statements()}), as {@link #predict} writes them without a model. */
        public ArrayNode annotations(List<StatementRecord> kept) {
            return rules(p, kept);
        }
    }

    public Ruled ruled(ObjectNode doc, String name) throws IOException {
        return new Ruled(prepare(doc, name));
    }

    /** The model's events plus the rules' quotations whose cue the model did not tag (continuations without a cue included). */
    private ArrayNode modelAnnotations(Prepared p, ArrayNode rules) {
        ArrayNode out = JSON.createArrayNode();
        for (Event e : model.predict(p.parse(), toEvents(p, rules))) {
            Event m = model.inScheme(e, "news");
            TreeSet<Integer> cue = new TreeSet<>(p.align().toCorpus(m.cue()));
            cue.addAll(p.align().toCorpus(m.role("cuepart")));
            TreeSet<Integer> quote = new TreeSet<>(p.align().toCorpus(m.role("quote")));
            if (quote.isEmpty()) {
                continue; // the news corpus has no quotation without a message
            }
            TreeSet<Integer> speaker = new TreeSet<>(p.align().toCorpus(m.role("speaker")));
            TreeSet<Integer> addressee = new TreeSet<>(p.align().toCorpus(m.role("addressee")));
            Event rule = ruleFor(p, rules, cue);
            String form = m.form() != null ? m.form() : rule != null ? rule.form() : "Indirect";
            if (!form.equals("Indirect") && !form.equals("Direct")) {
                withFullStop(p, quote);
            }
            String medium = m.medium() != null ? m.medium() : rule != null ? rule.medium() : "Speech";
            out.add(annotation(p, out.size(), quote, speaker, cue, addressee, form, medium, false, false, java.util.Set.of()));
        }
        TreeSet<Integer> modelCues = new TreeSet<>();
        for (JsonNode a : out) {
            modelCues.addAll(ids(a.path("cue")));
        }
        for (JsonNode r : rules) {
            List<Integer> ruleCue = ids(r.path("cue"));
            // the model refines the rules' quotations and adds its own; a rule quotation whose cue it did not tag stays
            if (ruleCue.stream().noneMatch(modelCues::contains)) {
                ObjectNode copy = ((ObjectNode) r).deepCopy();
                copy.put("id", out.size());
                out.add(copy);
            }
        }
        return out;
    }

    private static Event ruleFor(Prepared p, ArrayNode rules, TreeSet<Integer> cue) {
        for (JsonNode r : rules) {
            for (JsonNode id : r.path("cue").path("tokenIds")) {
                if (cue.contains(id.asInt())) {
                    return new Event(new TreeSet<>(), Map.of(), r.path("type").asText(), r.path("medium").asText());
                }
            }
        }
        return null;
    }

    /** Corpus annotations as events: the cue's first contiguous run is the cue, the rest ("teilte … mit") is "cuepart". */
    private static List<Event> toEvents(Prepared p, JsonNode annotations) {
        List<Event> out = new ArrayList<>();
        for (JsonNode a : annotations) {
            List<Integer> cue = ids(a.path("cue"));
            if (cue.isEmpty()) {
                continue;
            }
            java.util.Collections.sort(cue);
            List<Integer> head = new ArrayList<>();
            List<Integer> rest = new ArrayList<>();
            for (int id : cue) {
                (head.isEmpty() || id == head.get(head.size() - 1) + 1 && rest.isEmpty() ? head : rest).add(id);
            }
            Map<String, java.util.SortedSet<Integer>> roles = new java.util.HashMap<>();
            roles.put("cuepart", p.align().toParse(rest));
            for (String r : List.of("quote", "speaker", "addressee")) {
                roles.put(r, p.align().toParse(ids(a.path(r))));
            }
            java.util.SortedSet<Integer> cueParse = p.align().toParse(head);
            if (!cueParse.isEmpty()) {
                out.add(new Event(cueParse, roles, a.path("type").asText(null), a.path("medium").asText(null)));
            }
        }
        return out;
    }

    private static List<Integer> ids(JsonNode role) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode id : role.path("tokenIds")) {
            out.add(id.asInt());
        }
        return out;
    }

    /** A document's tokens, parse and rule analysis. */
    private record Prepared(String text, int[] starts, int[] ends, int[] sentenceOf, AnnotatedDocument parse, Analysis analysis,
                            TokenAlignment align) {
    }

    private Prepared prepare(ObjectNode doc, String name) throws IOException {
        String text = doc.path("originalText").asText();
        JsonNode tokens = doc.path("tokens");
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        int[] sentenceOf = new int[tokens.size()];
        List<List<int[]>> sentences = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            JsonNode t = tokens.get(i);
            starts[i] = t.path("charBegin").asInt();
            ends[i] = t.path("charEnd").asInt();
            int s = t.path("sentence").asInt();
            if (s != current) {
                sentences.add(new ArrayList<>());
                current = s;
            }
            sentenceOf[i] = sentences.size() - 1;
            sentences.get(sentences.size() - 1).add(new int[] {starts[i], ends[i]});
        }
        Matcher m = DATE.matcher(name);
        PublicationDate date = m.matches() ? PublicationDate.parse(m.group(1)).orElse(null) : null;
        try {
            Document d = new Document(name, text, "de", date, null, null, name);
            AnnotatedDocument parse = cache.parse(analyzer, d, sentences);
            return new Prepared(text, starts, ends, sentenceOf, parse, analyzer.analyzeParse(d, parse),
                    new TokenAlignment(starts, ends, parse));
        } catch (Analyzer.UnsupportedLanguageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The rule system's quotations ({@code ruleStatements}, the analysis's or a subset) in the corpus format. */
    private ArrayNode rules(Prepared p, List<StatementRecord> ruleStatements) {
        String text = p.text();
        int[] starts = p.starts();
        int[] ends = p.ends();
        int[] sentenceOf = p.sentenceOf();
        ArrayNode annotations = JSON.createArrayNode();
        List<StatementRecord> statements = joinContinuations(p, ruleStatements);
        int relayed = 0;
        for (int k = 0; k < statements.size(); k++) {
            StatementRecord s = statements.get(k);
            boolean reported = s.form().equals("reported");
            if (unannotated(s)) {
                continue;
            }
            TreeSet<Integer> quote = tokensIn(starts, ends, s.quote().start(), s.quote().end());
            if (s.form().equals("direct")) {
                // The corpus includes the quotation marks in direct quotes.
                if (!quote.isEmpty() && quote.first() > 0 && isQuoteMark(text, starts[quote.first() - 1], ends[quote.first() - 1])) {
                    quote.add(quote.first() - 1);
                }
                if (!quote.isEmpty() && quote.last() + 1 < starts.length && isQuoteMark(text, starts[quote.last() + 1], ends[quote.last() + 1])) {
                    quote.add(quote.last() + 1);
                } else if (!quote.isEmpty() && quote.last() + 2 < starts.length && isFinalPunct(text, starts[quote.last() + 1], ends[quote.last() + 1])
                        && isQuoteMark(text, starts[quote.last() + 2], ends[quote.last() + 2])) {
                    // „Wir kämpfen gegen ein Monster.“: the full stop inside the marks belongs to the quote
                    quote.add(quote.last() + 1);
                    quote.add(quote.last() + 1);
                }
            } else if (!s.form().equals("indirect")) {
                withFullStop(p, quote);
            }
            TreeSet<Integer> speaker = s.speaker() == null ? new TreeSet<>()
                    : tokensIn(starts, ends, s.speaker().start(), s.speaker().end());
            TreeSet<Integer> cue = new TreeSet<>();
            if (s.cue() != null && !reported) {
                for (Evidence part : s.cue().parts()) {
                    cue.addAll(tokensIn(starts, ends, part.start(), part.end()));
                }
                int verb = p.parse().tokenAt(s.cue().start());
                for (int t : verb < 0 ? java.util.Set.<Integer>of() : CorpusCue.extension(p.parse(), verb)) {
                    for (int id : tokensIn(starts, ends, p.parse().token(t).start(), p.parse().token(t).end())) {
                        if (!s.form().equals("direct") || !quote.contains(id)) {
                            cue.add(id);
                        }
                    }
                }
            }
            if (!s.form().equals("direct") && !cue.isEmpty()) {
                withAnaphor(p.text(), p.starts(), p.ends(), p.sentenceOf(), quote, cue);
            }
            if (s.cue() != null && "demnach".equalsIgnoreCase(s.cue().lemma())) {
                speaker = new TreeSet<>(cue); // corpus convention: "Demnach" is cue and speaker
            } else {
                speaker.removeAll(cue); // "Berichten zufolge": the speaker is "Berichten"
            }
            String form = FORMS.get(s.form());
            TreeSet<Integer> intending = s.cue() == null && s.parent() == null
                    && (s.form().equals("free_indirect") || s.form().equals("indirect_free_indirect"))
                    ? intentionSubject(p.parse(), p.align(), quote) : null;
            if (intending != null && !java.util.Collections.disjoint(names(p, intending), names(p, speaker))) {
                intending = null; // "Chávez wolle …" after "Der venezolanische Präsident Hugo Chávez sagte …": still his speech
            }
            if (intending != null) {
                // corpus convention: "Deutschland wolle diese Rolle nicht übernehmen." is the named subject's reported intention,
                // not the previous speaker's free indirect speech
                speaker = intending;
                form = "Reported";
            }
            if (!s.form().equals("direct")) {
                quote.removeAll(cue); // a cue inside the sentence ("… wartet laut X noch …") is not message
                if (!reported && intending == null) {
                    quote.removeAll(speaker); // a reported speech act's quotation is the whole clause, its speaker included
                }
            }
            if (impersonal(text, starts, ends, speaker)) {
                // corpus convention: "man" is no speaker ("Aber man betont auch, dass …"; on train+dev gold names it once of 20
                // times); the quotation keeps its words
                speaker.clear();
            }
            TreeSet<Integer> addressee = s.addressee() == null ? new TreeSet<>()
                    : tokensIn(starts, ends, s.addressee().start(), s.addressee().end());
            boolean hasNested = false;
            for (StatementRecord other : statements) {
                hasNested |= s.id().equals(other.parent());
            }
            java.util.Set<Integer> outer = new java.util.HashSet<>();
            for (StatementRecord parent : statements) {
                if (parent.id().equals(s.parent())) {
                    outer = tokensIn(starts, ends, parent.quote().start(), parent.quote().end());
                }
            }
            int[] relay = reported ? null : relay(p.parse(), s);
            TreeSet<Integer> medium = relay == null ? null : argument(p, relay[0], quote, cue);
            TreeSet<Integer> quoted = relay == null ? null : argument(p, relay[1], quote, cue);
            if (relay != null && !medium.isEmpty() && !quoted.isEmpty()) {
                // corpus convention: a quotation that a medium relays with "zitieren", the one quoted named ("Die Frankfurter
                // Rundschau zitiert einen Augenzeugen mit den Worten: „…“", "X wird von der „Netzeitung“ … zitiert"), is
                // annotated once for the medium and once for the one quoted, each nested in the other
                annotations.add(annotation(p, k, quote, medium, cue, addressee,
                        FORMS.get(s.form()), MEDIA.getOrDefault(s.medium(), "SW"), true, true, outer));
                annotations.add(annotation(p, statements.size() + relayed++, quote, quoted, new TreeSet<>(), new TreeSet<>(),
                        FORMS.get(s.form()), MEDIA.getOrDefault(s.medium(), "SW"), true, true, outer));
                continue;
            }
            annotations.add(annotation(p, k, quote, speaker, cue, addressee, form,
                    MEDIA.getOrDefault(s.medium(), "SW"), s.parent() != null, hasNested, outer));
        }
        return annotations;
    }

    /**
     * The corpus's convention for free indirect speech without a cue: consecutive sentences of
     * the same form continuing the same speaker are one quotation ("Das gleiche gelte für die
     * Altenpflege. Der Arbeitsmarkt sei nicht aufnahmefähig."; on train 138 such sentence joins
     * against 17 separately annotated neighbours). Nested statements follow their joined parent.
     */
    private static List<StatementRecord> joinContinuations(Prepared p, List<StatementRecord> statements) {
        List<StatementRecord> out = new ArrayList<>();
        Map<String, String> renamed = new java.util.HashMap<>();
        for (StatementRecord s : statements) {
            StatementRecord last = null;
            for (int i = out.size() - 1; i >= 0 && last == null; i--) {
                if (out.get(i).parent() == null) {
                    last = out.get(i);
                }
            }
            if (last != null && continues(p, last, s)) {
                Evidence quote = Evidence.of(org.lagebild.text.Span.of(p.text(), last.quote().start(), s.quote().end()));
                out.set(out.indexOf(last), new StatementRecord(last.id(), last.speaker(), null, quote, last.form(),
                        last.medium(), last.addressee(), last.topic(), null, last.sentence()));
                renamed.put(s.id(), last.id());
                continue;
            }
            out.add(s);
        }
        if (renamed.isEmpty()) {
            return statements;
        }
        List<StatementRecord> fixed = new ArrayList<>();
        for (StatementRecord s : out) {
            fixed.add(s.parent() == null ? s : s.withParent(renamed.getOrDefault(s.parent(), s.parent())));
        }
        return fixed;
    }

    /** Does top-level {@code next} continue {@code prev} in the next sentence: both without cue, free indirect, same form and speaker? */
    private static boolean continues(Prepared p, StatementRecord prev, StatementRecord next) {
        if (next.parent() != null || prev.cue() != null || next.cue() != null || !prev.form().equals(next.form())
                || !prev.form().equals("indirect_free_indirect") && !prev.form().equals("free_indirect")
                || !java.util.Objects.equals(prev.speaker(), next.speaker()) || next.quote().start() < prev.quote().end()) {
            return false;
        }
        int a = p.parse().tokenAt(prev.quote().end() - 1);
        int b = p.parse().tokenAt(next.quote().start());
        return a >= 0 && b >= 0 && p.parse().token(b).sentence() == p.parse().token(a).sentence() + 1;
    }

    /**
     * The medium and the one quoted of a statement whose cue is German "zitieren" with both named: the active verb's
     * subject and object ("Ein Fernsehsender zitierte Papandreou mit den Worten"), or the passive's agent ("von der
     * Netzeitung") or "in"-phrase ("im Fachblatt", "in einer Presseerklärung") and its subject; null otherwise, and when the
     * quoting subject is "man" ("zitierte man Yolanda Alvarez": the corpus has the one quoted as the only speaker).
     */
    static int[] relay(AnnotatedDocument d, StatementRecord s) {
        if (s.cue() == null) {
            return null;
        }
        for (Evidence part : s.cue().parts()) {
            for (int v = d.tokenAt(part.start()); v >= 0 && v < d.tokens().size() && d.token(v).start() < part.end(); v++) {
                if (!d.token(v).lemma().equals("zitieren")) {
                    continue;
                }
                int medium = -1;
                int place = -1; // an "in" phrase is the medium only without a subject or agent ("zitiert die „Computerwoche“
                                // Lynch in einem Bericht")
                int quoted = -1;
                for (int c : d.children(v)) {
                    String rel = d.token(c).deprel();
                    if (rel.equals("nsubj:pass") || rel.equals("obj")) {
                        quoted = quoted < 0 ? c : quoted;
                    } else if (rel.equals("nsubj") || rel.equals("obl:agent")) {
                        medium = medium < 0 ? c : medium;
                    } else if (rel.equals("obl") && mediumPhrase(d, c)) {
                        place = place < 0 ? c : place;
                    }
                }
                medium = medium < 0 ? place : medium;
                if (medium >= 0 && quoted >= 0 && !d.token(medium).text().equalsIgnoreCase("man")) {
                    return new int[] {medium, quoted};
                }
            }
        }
        return null;
    }

    /** An "in"/"im" phrase of a noun that is not a place ("in einer Presseerklärung der Gewerkschaft", "im Fachblatt"). */
    private static boolean mediumPhrase(AnnotatedDocument d, int noun) {
        int c = d.child(noun, "case");
        return c >= 0 && java.util.Set.of("in", "im").contains(d.token(c).text().toLowerCase(java.util.Locale.ROOT))
                && d.token(noun).isNoun() && !d.token(noun).ner().equals("LOCATION");
    }

    /**
     * The corpus tokens of the argument headed by parse token {@code head}, without the quotation's and the cue's, a leading
     * preposition ("von der Netzeitung") or a "mit den Worten" the parse hung on it.
     */
    private static TreeSet<Integer> argument(Prepared p, int head, TreeSet<Integer> quote, TreeSet<Integer> cue) {
        int[] r = argumentRange(p.parse(), head);
        TreeSet<Integer> out = tokensIn(p.starts(), p.ends(), p.parse().token(r[0]).start(), p.parse().token(r[1]).end());
        out.removeAll(quote);
        out.removeAll(cue);
        return out;
    }

    /** The first and last parse token of {@link #argument}'s phrase. */
    static int[] argumentRange(AnnotatedDocument d, int head) {
        int[] r = d.subtreeRangeWithoutEdgePunct(head);
        int from = r[0];
        int to = r[1];
        while (from < head && d.token(from).pos().equals("ADP") && d.token(from).head() == head) {
            from++;
        }
        for (int c : d.children(head)) {
            String w = d.token(c).text().toLowerCase(java.util.Locale.ROOT);
            if (c > head && (w.equals("worten") || w.equals("wort"))) {
                to = Math.min(to, d.subtreeRange(c)[0] - 1);
            }
        }
        while (to > from && d.token(to).pos().equals("PUNCT")) {
            to--;
        }
        return new int[] {from, to};
    }

    /** One annotation in the corpus format, its frame from {@link #frame}. */
    private static ObjectNode annotation(Prepared p, int id, TreeSet<Integer> quote, TreeSet<Integer> speaker, TreeSet<Integer> cue,
                                         TreeSet<Integer> addressee, String form, String medium, boolean nested, boolean hasNested,
                                         java.util.Set<Integer> outer) {
        String text = p.text();
        int[] starts = p.starts();
        int[] ends = p.ends();
        TreeSet<Integer> frame = frame(text, starts, ends, p.sentenceOf(), quote, speaker, cue, outer);
        ObjectNode ann = JSON.createObjectNode();
        ann.set("addressee", role(text, starts, ends, addressee));
        ann.set("cue", role(text, starts, ends, cue));
        ann.set("frame", role(text, starts, ends, frame));
        ann.put("hasNested", hasNested);
        ann.put("id", id);
        ann.put("isNested", nested);
        ann.put("medium", medium);
        ann.set("quote", role(text, starts, ends, quote));
        ann.set("speaker", role(text, starts, ends, speaker));
        ann.put("type", form);
        return ann;
    }

    private static final java.util.Set<String> PREPOSITIONAL_CUES = java.util.Set.of("nach", "laut", "zufolge", "gemäß", "wonach");

    /**
     * The frame as the corpus marks it: the cue's clause around the cue, i.e. the run of tokens of
     * the cue's sentence that reaches from the cue to the message on either side (to the
     * enclosing message too, for a nested quotation: "Der Staatsanwalt sagte," frames both),
     * without quotation marks and the sentence's final punctuation; for a prepositional cue
     * only the attribution phrase ("nach Angaben der Polizei", "dem Bericht zufolge").
     */
    static TreeSet<Integer> frame(String text, int[] starts, int[] ends, int[] sentenceOf, java.util.SortedSet<Integer> quote,
                                  java.util.SortedSet<Integer> speaker, java.util.SortedSet<Integer> cue, java.util.Set<Integer> outer) {
        TreeSet<Integer> frame = new TreeSet<>();
        if (cue.isEmpty()) {
            return frame;
        }
        int first = cue.first();
        int sent = sentenceOf[first];
        if (cue.size() == 1 && PREPOSITIONAL_CUES.contains(text.substring(starts[first], ends[first]).toLowerCase(java.util.Locale.ROOT))
                && !speaker.isEmpty() && sentenceOf[speaker.first()] == sent && sentenceOf[speaker.last()] == sent) {
            for (int i = Math.min(first, speaker.first()); i <= Math.max(first, speaker.last()); i++) {
                frame.add(i);
            }
            return frame;
        }
        int lastOfSentence = first;
        while (lastOfSentence + 1 < sentenceOf.length && sentenceOf[lastOfSentence + 1] == sent) {
            lastOfSentence++;
        }
        for (int step : new int[] {-1, 1}) {
            for (int i = first; i >= 0 && i < sentenceOf.length && sentenceOf[i] == sent
                    && (cue.contains(i) || !quote.contains(i) && !outer.contains(i)); i += step) {
                String w = text.substring(starts[i], ends[i]);
                boolean finalPunct = i == lastOfSentence && !w.isEmpty() && ".!?".contains(w);
                if (!isQuoteMark(text, starts[i], ends[i]) && !finalPunct) {
                    frame.add(i);
                }
            }
        }
        return frame;
    }

    /**
     * The named subject of a one-sentence quotation whose main verb takes the modal of intention "wollen"/"möchten"
     * ("Deutschland wolle diese Rolle nicht übernehmen.", "Bayern möchte … einführen.", "Die SPD und PDS wollen …"),
     * as corpus token ids, or null. A proper name only: a pronoun or a common noun ("Der Verein wolle …") takes up the
     * previous speaker, whose free indirect speech the sentence continues; so does the previous speaker's own name.
     */
    static TreeSet<Integer> intentionSubject(AnnotatedDocument d, TokenAlignment align, java.util.SortedSet<Integer> quote) {
        java.util.SortedSet<Integer> words = align.toParse(quote);
        if (words.isEmpty() || d.token(words.first()).sentence() != d.token(words.last()).sentence()) {
            return null;
        }
        int root = -1;
        for (int i : words) {
            if (d.token(i).head() < 0) {
                root = i;
            }
        }
        if (root < 0 || !intention(d.token(root)) && d.childrenWith(root, "aux").stream().noneMatch(a -> intention(d.token(a)))) {
            return null;
        }
        int subject = d.child(root, "nsubj");
        if (subject < 0 || !d.token(subject).pos().equals("PROPN")) {
            return null;
        }
        int[] range = d.subtreeRange(subject);
        if (range[0] != words.first() || !words.contains(range[1])) {
            // the subject opens the sentence; after an adverb ("Dennoch wolle sich Chávez nicht …") the corpus keeps the
            // free indirect speech of the previous speaker
            return null;
        }
        List<Integer> span = new ArrayList<>();
        for (int i = range[0]; i <= range[1]; i++) {
            span.add(i);
        }
        return new TreeSet<>(align.toCorpus(span));
    }

    /** The names (proper-noun words) among corpus tokens {@code ids}. */
    private static java.util.Set<String> names(Prepared p, java.util.Set<Integer> ids) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int t : p.align().toParse(ids)) {
            if (p.parse().token(t).pos().equals("PROPN")) {
                out.add(p.parse().token(t).text());
            }
        }
        return out;
    }

    private static boolean intention(org.lagebild.nlp.Token t) {
        return t.lemma().equals("wollen") || t.lemma().equals("mögen") && t.text().toLowerCase(java.util.Locale.ROOT).startsWith("möcht");
    }

    /** Cue verbs whose nominal reported speech act the corpus does not annotate ({@code news-corpus-unreported-de.tsv}). */
    private static final java.util.Set<String> UNREPORTED = org.lagebild.data.TsvResource.read(
            "org/lagebild/statements/news-corpus-unreported-de.tsv", 2).stream().map(r -> r.req(0, "lemma"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A reported speech act the corpus leaves out: "bestätigte den Vorfall", "erklärte das Tor für gültig" (the
     * object is a fact or a declaration); the same verbs with a clause or a quotation are other forms and stay.
     */
    static boolean unannotated(StatementRecord s) {
        return s.form().equals("reported") && s.cue() != null && UNREPORTED.contains(s.cue().lemma());
    }

    /**
     * The corpus's convention for "X. Dies bestätigte Y.": the quotation is the sentence before with
     * its full stop and the demonstrative that takes it up, when the demonstrative opens the cue's sentence.
     */
    /** Is the speaker the impersonal pronoun "man" alone ("Aber man betont auch, dass …", "so glaubt man")? */
    static boolean impersonal(String text, int[] starts, int[] ends, java.util.SortedSet<Integer> speaker) {
        return speaker.size() == 1 && text.substring(starts[speaker.first()], ends[speaker.first()]).equalsIgnoreCase("man");
    }

    static void withAnaphor(String text, int[] starts, int[] ends, int[] sentenceOf, TreeSet<Integer> quote,
                            java.util.SortedSet<Integer> cue) {
        int stop = quote.isEmpty() ? -1 : quote.last() + 1;
        int next = stop + 1;
        if (stop <= 0 || next >= starts.length || !isFinalPunct(text, starts[stop], ends[stop])
                || sentenceOf[next] == sentenceOf[stop] || sentenceOf[next] != sentenceOf[cue.first()]
                || !StatementExtractor.ANAPHORS.contains(text.substring(starts[next], ends[next]).toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        quote.add(stop);
        quote.add(next);
    }

    /** The corpus ends sentence-long quotations (free indirect, reported) with their full stop. */
    private static void withFullStop(Prepared p, TreeSet<Integer> quote) {
        int next = quote.isEmpty() ? -1 : quote.last() + 1;
        if (next > 0 && next < p.starts().length && p.sentenceOf()[next] == p.sentenceOf()[next - 1]
                && isFinalPunct(p.text(), p.starts()[next], p.ends()[next])) {
            quote.add(next);
        }
    }

    private static boolean isFinalPunct(String text, int start, int end) {
        return end - start == 1 && ".!?".indexOf(text.charAt(start)) >= 0;
    }

    private static boolean isQuoteMark(String text, int start, int end) {
        return end - start == 1 && "„“”\"»«‚‘".indexOf(text.charAt(start)) >= 0;
    }

    private static TreeSet<Integer> tokensIn(int[] starts, int[] ends, int from, int to) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < to && ends[i] > from) {
                out.add(i);
            }
        }
        return out;
    }

    /** A role in the corpus format: text, token ids and contiguous spans. */
    private static ObjectNode role(String text, int[] starts, int[] ends, TreeSet<Integer> ids) {
        ObjectNode r = JSON.createObjectNode();
        ArrayNode spans = JSON.createArrayNode();
        ArrayNode tokenIds = JSON.createArrayNode();
        StringBuilder sb = new StringBuilder();
        int runStart = -1;
        int prev = -2;
        for (int id : ids) {
            tokenIds.add(id);
            if (id != prev + 1) {
                if (runStart >= 0) {
                    spans.add(span(starts, ends, runStart, prev));
                }
                runStart = id;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(text, starts[id], ends[id]);
            prev = id;
        }
        if (runStart >= 0) {
            spans.add(span(starts, ends, runStart, prev));
        }
        r.set("spans", spans);
        r.put("text", sb.toString());
        r.set("tokenIds", tokenIds);
        return r;
    }

    private static ObjectNode span(int[] starts, int[] ends, int first, int last) {
        ObjectNode s = JSON.createObjectNode();
        s.put("begin", first);
        s.put("charBegin", starts[first]);
        s.put("charEnd", ends[last]);
        s.put("end", last + 1);
        return s;
    }
}

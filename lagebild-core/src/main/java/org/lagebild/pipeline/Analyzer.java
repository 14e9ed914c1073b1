package org.lagebild.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lagebild.actors.ActorIndex;
import org.lagebild.actors.ActorResolver;
import org.lagebild.actors.registry.ActorRegistry;
import org.lagebild.actors.registry.PersonRegistry;
import org.lagebild.events.EventExtractor;
import org.lagebild.events.EventLexicon;
import org.lagebild.events.learn.EnglishEventClassifier;
import org.lagebild.forums.ForumExtractor;
import org.lagebild.ingest.CleanText;
import org.lagebild.ingest.Cleanup;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.LanguageDetector;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.ForumRecord;
import org.lagebild.model.QuantityRecord;
import org.lagebild.model.Region;
import org.lagebild.model.StatementRecord;
import org.lagebild.model.TimeRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;
import org.lagebild.nlp.ParseSelector;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.morph.GermanVerbs;
import org.lagebild.places.Gazetteer;
import org.lagebild.quantities.Quantity;
import org.lagebild.quantities.QuantityTagger;
import org.lagebild.statements.CueLexicon;
import org.lagebild.statements.StatementExtractor;
import org.lagebild.statements.learn.EventModel;
import org.lagebild.statements.learn.QuoteFilter;
import org.lagebild.statements.learn.ModelStatements;
import org.lagebild.time.TimeExpression;
import org.lagebild.time.TimeTagger;

/**
 * The one entry point for analysing a document: text → cleaned and masked text → CoreNLP
 * annotation → actors → statements → events, plus times and quantities per sentence.
 * Thread-safe; models are shared.
 */
public final class Analyzer {
    private final TimeTagger times = new TimeTagger();
    private final QuantityTagger quantities = new QuantityTagger();
    /** Only sentences with candidate cues or event words are parsed (see docs/BENCHMARKS.md). */
    private final CandidateSentences toParse;
    private final EventModel quoteModel;
    /** The keep/drop filter of the rules' German quotations, applied before the model: the one given, else the model's own, or null. */
    private final QuoteFilter quoteFilter;
    private final EnglishEventClassifier english;
    private final boolean parseAll;
    /** The statement rules also return their rejected readings as candidates, for a learned filter to score. */
    private final boolean candidates;
    /** False only to measure what quotation attribution costs ({@link #withoutStatements}). */
    private final boolean statements;

    /** Statements and events from the rules alone. */
    public Analyzer() {
        this(null, null);
    }

    /**
     * {@code quoteModel}: a learned quotation model applied on top of the rules (see
     * {@link ModelStatements}), or null for the rules alone.
     */
    public Analyzer(EventModel quoteModel) {
        this(quoteModel, null);
    }

    /**
     * @param quoteModel German quotation model on top of the rules, or null
     * @param english    learned English event classifier on top of the event rules (opt-in: the
     *                   only one is trained on non-commercial data, see {@link EnglishEventClassifier}),
     *                   or null for the rules alone. When set, English documents are parsed in full,
     *                   as the classifier was trained on full parses. A quotation model trained on the
     *                   parliament corpus reads the parse selection it was trained on ({@link #parsingWeakCueVerbs}).
     */
    public Analyzer(EventModel quoteModel, EnglishEventClassifier english) {
        this(quoteModel, null, english);
    }

    /**
     * @param quoteFilter a keep/drop filter of the rules' German quotations (news), applied before {@code quoteModel};
     *                    null for the model's own filter, if any
     */
    public Analyzer(EventModel quoteModel, QuoteFilter quoteFilter, EnglishEventClassifier english) {
        this(quoteModel, EventModel.filter(quoteModel, quoteFilter), english, english != null,
                quoteModel != null && quoteModel.config().corpus().equals("parliament") ? CandidateSentences.withWeakCueVerbs()
                        : new CandidateSentences());
    }

    /** {@code quoteFilter}: the filter to apply, already chosen ({@link EventModel#filter(EventModel, QuoteFilter)}). */
    private Analyzer(EventModel quoteModel, QuoteFilter quoteFilter, EnglishEventClassifier english, boolean parseAll,
                     CandidateSentences toParse) {
        this(quoteModel, quoteFilter, english, parseAll, toParse, quoteFilter != null && quoteFilter.scoresCandidates(), true);
    }

    private Analyzer(EventModel quoteModel, QuoteFilter quoteFilter, EnglishEventClassifier english, boolean parseAll,
                     CandidateSentences toParse, boolean candidates, boolean statements) {
        this.quoteModel = quoteModel;
        this.quoteFilter = quoteFilter;
        this.english = english;
        this.parseAll = parseAll;
        this.toParse = toParse;
        this.candidates = candidates;
        this.statements = statements;
    }

    /**
     * This analyser with statements that include the rules' rejected readings as candidates
     * ({@link StatementExtractor#candidateKind}): for a caller that scores them with a filter and drops the rest.
     */
    public Analyzer withCandidates() {
        return new Analyzer(quoteModel, quoteFilter, english, parseAll, toParse, true, statements);
    }

    /**
     * The rules without quotation attribution: no statements, and only the sentences with event words
     * parsed ({@link CandidateSentences#eventsOnly}). Not an analysis to use (events lose the statements
     * they are reported in): the baseline of `lagebild bench --without-statements`, which measures what
     * attribution adds to the time of an analysis (issue target: at most 30 %).
     */
    public Analyzer withoutStatements() {
        return new Analyzer(null, null, null, false, CandidateSentences.eventsOnly(), false, false);
    }

    /**
     * The rules alone on a parse of every sentence: what the English classifier sees at run time,
     * so its training features come from this.
     */
    public static Analyzer rulesOnFullParse() {
        return new Analyzer(null, null, null, true, new CandidateSentences());
    }

    /**
     * This analyser, but parsing also the sentences whose only cue is a weak cue verb without a
     * "dass"/"ob" clause ({@link CandidateSentences#withWeakCueVerbs}): for the parliament corpus,
     * whose gold marks such verbs as cues and whose learned cue tagger needs their parse.
     */
    public Analyzer parsingWeakCueVerbs() {
        return new Analyzer(quoteModel, quoteFilter, english, parseAll, CandidateSentences.withWeakCueVerbs(), candidates, statements);
    }

    /** Thrown for documents in a language Lagebild does not analyse. */
    public static final class UnsupportedLanguageException extends Exception {
        private final String lang;

        public UnsupportedLanguageException(String source, String lang) {
            super(source + ": language '" + lang + "' is not supported (German and English only); skipped");
            this.lang = lang;
        }

        public String lang() {
            return lang;
        }
    }

    /** Detects the language when the document does not state it. */
    public static String languageOf(Document d) {
        if (d.lang() != null && !d.lang().isBlank()) {
            return d.lang().toLowerCase(Locale.ROOT);
        }
        return LanguageDetector.get().detect(d.text()).lang();
    }

    /** Loads the models for a language now rather than on the first document. */
    public void warmUp(String lang) {
        NlpPipeline.forLanguage(lang);
    }

    /**
     * Starts loading, on daemon threads, the extraction's lexicons and, when {@code lang} is known, that
     * language's models, so that a caller's own start-up (e.g. opening the store) overlaps them; the first
     * document then waits only for what is not loaded yet.
     */
    public static void preload(String lang) {
        if (lang != null) {
            NlpPipeline.preload(lang);
        }
        preloadLexicons();
    }

    public Analysis analyze(Document d) throws UnsupportedLanguageException {
        return analyzeParsed(d).analysis();
    }

    /** {@link #analyze} that also returns the lemmatised parse (for feature extraction). */
    public Parsed analyzeParsed(Document d) throws UnsupportedLanguageException {
        String lang = supportedForNlp(d);
        CleanText clean = Cleanup.clean(d.text(), lang);
        AnnotatedDocument doc = Lemmatizer.apply(
                NlpPipeline.forLanguage(lang).annotate(d.text(), clean.masked(), selector(lang)));
        return new Parsed(extractLemmatized(d, lang, doc, clean.regions()), doc);
    }

    /**
     * Analyses a document whose tokenisation is given (a gold corpus's own tokens), so that
     * results can be mapped back to its token ids: each sentence is a list of
     * {@code [start, end)} token offsets into the text. No clean-up is applied.
     */
    public Analysis analyzeTokens(Document d, List<List<int[]>> sentences) throws UnsupportedLanguageException {
        return analyzeTokensParsed(d, sentences).analysis();
    }

    /** An analysis with the lemmatised parse it rests on (token ids = the given tokens, in order). */
    public record Parsed(Analysis analysis, AnnotatedDocument parse) {
    }

    /**
     * {@link #analyzeTokens} that also returns the parse, for corpus exports whose conventions
     * need more than the records (e.g. cue words without a message).
     */
    public Parsed analyzeTokensParsed(Document d, List<List<int[]>> sentences) throws UnsupportedLanguageException {
        AnnotatedDocument doc = parseTokens(d, sentences);
        return new Parsed(analyzeParse(d, doc), doc);
    }

    /** The lemmatised parse of a document with given tokens (the expensive step; cacheable). */
    public AnnotatedDocument parseTokens(Document d, List<List<int[]>> sentences) throws UnsupportedLanguageException {
        String lang = supportedForNlp(d);
        return Lemmatizer.apply(NlpPipeline.forLanguage(lang).annotateTokens(d.text(), sentences, selector(lang)));
    }

    /** Whether a stored parse has parses on exactly the sentences {@link #parseTokens} would parse now. */
    public boolean parsedAsNow(AnnotatedDocument doc) {
        return NlpPipeline.parsedAsSelected(doc, selector(doc.lang()));
    }

    /** Actors, statements, events, times and quantities from a parse made by {@link #parseTokens}. */
    public Analysis analyzeParse(Document d, AnnotatedDocument lemmatized) throws UnsupportedLanguageException {
        return extractLemmatized(d, supported(d), lemmatized, List.of());
    }

    /** Which sentences to parse: all of them for the English classifier, else the candidates. */
    private ParseSelector selector(String lang) {
        return parseAll && lang.equals("en") ? null : toParse;
    }

    /** {@link #supported} for a document about to be annotated. */
    private static String supportedForNlp(Document d) throws UnsupportedLanguageException {
        if (d.lang() == null || d.lang().isBlank()) {
            // Cold start: the n-gram detector's profiles take seconds to load; load the models of
            // the language the function words suggest meanwhile (wasted only if detection disagrees).
            String likely = LanguageDetector.likelyLanguage(d.text());
            if (likely != null) {
                NlpPipeline.preload(likely);
                preloadLexicons();
            }
        }
        return supported(d);
    }

    private static final AtomicBoolean LEXICONS = new AtomicBoolean();

    /**
     * Cold start: loads the extraction's data (gazetteer, actor and person registries, event and
     * cue lexicons, verb lemmas; ~1.5 s of CPU) in a daemon thread while the main thread detects
     * the language and the models load, instead of on the main thread after tagging. Each is a
     * lazily loaded singleton, so a caller that gets there first just waits for it.
     */
    private static void preloadLexicons() {
        if (!LEXICONS.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Gazetteer.get();
                ActorRegistry.get();
                PersonRegistry.get();
                EventLexicon.get();
                CueLexicon.get();
                GermanVerbs.get();
            } catch (RuntimeException | LinkageError e) {
                // the caller's own first use loads again or reports the problem
            }
        }, "lagebild-preload-lexicons");
        t.setDaemon(true);
        t.start();
    }

    private static String supported(Document d) throws UnsupportedLanguageException {
        String lang = languageOf(d);
        if (!LanguageDetector.supported(lang)) {
            throw new UnsupportedLanguageException(d.source(), lang);
        }
        return lang;
    }

    private Analysis extractLemmatized(Document d, String lang, AnnotatedDocument doc,
                                       List<org.lagebild.ingest.Region> regions) {
        String text = d.text();
        ActorIndex actors = new ActorResolver(doc, d.date()).resolve();
        List<StatementRecord> statements = this.statements ? new StatementExtractor(doc, actors, candidates).extract()
                : List.of();
        if (quoteFilter != null && lang.equals("de")) {
            statements = quoteFilter.apply(doc, statements);
        }
        if (quoteModel != null && lang.equals("de")) {
            statements = ModelStatements.apply(quoteModel, doc, actors, statements); // the models are German-only
        }
        List<TimeRecord> timeRecords = new ArrayList<>();
        List<TimeExpression> timeExprs = new ArrayList<>();
        List<QuantityRecord> quantityRecords = new ArrayList<>();
        List<Quantity> quantityList = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (TimeExpression t : times.tag(text, s.start(), s.end(), lang, d.date())) {
                timeExprs.add(t);
                timeRecords.add(new TimeRecord(t.start(), t.end(), t.text(), t.type(), t.value(),
                        t.granularity() == null ? null : t.granularity().label(), t.resolved(), t.reason()));
            }
            for (Quantity q : quantities.tag(text, s.start(), s.end(), lang)) {
                quantityList.add(q);
                quantityRecords.add(new QuantityRecord(q.start(), q.end(), q.text(), q.value(), q.upper(),
                        q.approximate(), q.qualifier(), q.unit()));
            }
        }
        EventExtractor coder = new EventExtractor(doc, actors, statements, timeExprs, d.date());
        List<EventRecord> events = coder.extract();
        if (english != null && lang.equals("en")) {
            events = english.refine(doc, coder, events);
        }
        List<ForumRecord> forums = new ForumExtractor(doc, actors, events, statements, timeExprs, quantityList).extract();
        List<Region> excluded = new ArrayList<>();
        for (org.lagebild.ingest.Region r : regions) {
            excluded.add(new Region(r.start(), r.end(), r.kind().name().toLowerCase(Locale.ROOT),
                    text.substring(r.start(), r.end())));
        }
        return new Analysis(d.id(), lang, d.date() == null ? null : d.date().toString(),
                d.date() == null ? null : d.date().granularity().label(), d.title(), d.url(), text,
                actors.records(), statements, events, forums, timeRecords, quantityRecords, excluded);
    }
}

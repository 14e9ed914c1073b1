package org.lagebild.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Stanford CoreNLP for German and English: tokens, sentences, UD POS, NER and a UD dependency
 * parse, converted into an {@link AnnotatedDocument}. Models are loaded once per JVM and
 * language and shared by all threads (CoreNLP's annotate is thread-safe for these annotators).
 *
 * <p>Callers pass a masked text (excluded regions blanked to spaces, same length as the
 * original) and the original text; CoreNLP sees only the masked one, so every offset it
 * produces is valid in the original.
 */
public final class NlpPipeline {
    private static final Map<String, NlpPipeline> PIPELINES = new ConcurrentHashMap<>();

    /**
     * Sentences longer than this many tokens are not parsed (bounded time on hostile input).
     * Applied here for both parsers: CoreNLP 4.5's depparse annotator ignores its maxLength.
     */
    static final int MAX_PARSE_TOKENS = 120;

    /**
     * Which dependency parser runs: Lagebild's own inference for CoreNLP's nndep models
     * ({@link FastParser}, the default) or CoreNLP's depparse annotator, kept as the baseline
     * for {@code bench} and the equality test ({@code -Dlagebild.parser=corenlp}; that pipeline
     * also loads the POS tagger CoreNLP's way, see {@link Tagger}).
     */
    public enum Parser {
        OWN, CORENLP;

        /** The parser chosen by the system property {@code lagebild.parser} (default: own). */
        public static Parser configured() {
            return "corenlp".equalsIgnoreCase(System.getProperty("lagebild.parser", "")) ? CORENLP : OWN;
        }
    }

    /**
     * Which POS tagger runs: CoreNLP's tagger model read from Lagebild's binary model cache
     * ({@link TaggerModelCache}) and tagged by Lagebild's own inference ({@link FastTagger}, the
     * default; same tags, a fraction of the load time and of the tagging time), or CoreNLP's
     * annotator loading the model file ({@code -Dlagebild.tagger=corenlp}). The plain-CoreNLP
     * baseline ({@link Parser#CORENLP}) always runs CoreNLP's way.
     */
    public enum Tagger {
        OWN, CORENLP;

        /** The tagger chosen by the system property {@code lagebild.tagger} (default: own). */
        public static Tagger configured() {
            return "corenlp".equalsIgnoreCase(System.getProperty("lagebild.tagger", "")) ? CORENLP : OWN;
        }
    }

    /** Tokenizer, POS tagger and NER of one language and tagger kind, shared by the pipelines of both parsers. */
    private record Taggers(AnnotationPipeline light, AnnotationPipeline pretokenized) {
    }

    private static final Map<String, Taggers> TAGGERS = new ConcurrentHashMap<>();

    private final String lang;
    /** tokenize … ner: everything but the parser. */
    private final AnnotationPipeline light;
    /** pos (lemma) ner for text whose tokens and sentences are given. */
    private final AnnotationPipeline pretokenized;
    /** CoreNLP's annotator (baseline), or null when {@link #ownParser} runs. */
    private final Annotator depparse;
    private final FastParser ownParser;
    private final NndepGraphs ownGraphs;

    /**
     * Loads the three large models (POS tagger, NER, parser) in parallel threads: loading is
     * CPU-bound deserialisation, so on two cores this roughly halves the cold start.
     */
    private NlpPipeline(String lang, Parser parser) {
        this.lang = lang;
        Properties props = properties(lang);
        ExecutorService loader = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "lagebild-model-load");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<Object> dep = parser == Parser.CORENLP
                    ? load(loader, () -> new AnnotatorImplementations().dependencies(props))
                    : load(loader, () -> new FastParser(ParserModel.load(props.getProperty("depparse.model",
                            "edu/stanford/nlp/models/parser/nndep/english_UD.gz"))));
            Tagger tagger = parser == Parser.CORENLP ? Tagger.CORENLP : Tagger.configured();
            // the plain-CoreNLP baseline also keeps CoreNLP's own NER classification
            boolean ownNer = parser != Parser.CORENLP;
            Taggers taggers = TAGGERS.computeIfAbsent(lang + "/" + tagger + (ownNer ? "" : "/plain"),
                    k -> loadTaggers(lang, tagger, ownNer, props, loader));
            this.light = taggers.light();
            this.pretokenized = taggers.pretokenized();
            Object p = join(dep);
            this.depparse = p instanceof Annotator a ? a : null;
            this.ownParser = p instanceof FastParser f ? f : null;
            this.ownGraphs = ownParser == null ? null : new NndepGraphs(ownParser.model().language);
        } finally {
            loader.shutdown();
        }
    }

    private static Taggers loadTaggers(String lang, Tagger tagger, boolean ownNer, Properties props, ExecutorService loader) {
        AnnotatorImplementations impl = new AnnotatorImplementations();
        CompletableFuture<Object> pos = load(loader,
                () -> tagger == Tagger.CORENLP ? impl.posTagger(props) : FastTagger.annotator(props));
        CompletableFuture<Object> ner = load(loader, () -> NerModelCache.annotator(props, impl::ner, ownNer));
        Properties tokProps = new Properties();
        tokProps.putAll(props);
        tokProps.setProperty("annotators", lang.equals("de") ? "tokenize,ssplit,mwt" : "tokenize,ssplit");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(tokProps, false);
        Annotator lemma = lang.equals("en") ? impl.morpha(props, false) : null;
        AnnotationPipeline light = new AnnotationPipeline();
        AnnotationPipeline pretokenized = new AnnotationPipeline();
        light.addAnnotator(tokenizer);
        if (lang.equals("de")) {
            light.addAnnotator(new OrdinalSentenceJoin()); // "am 11. | und 12. Juli" split by the tokenizer
        }
        Annotator posA = (Annotator) join(pos);
        Annotator nerA = (Annotator) join(ner);
        for (Annotator a : lemma == null ? List.of(posA, nerA) : List.of(posA, lemma, nerA)) {
            light.addAnnotator(a);
            pretokenized.addAnnotator(a);
        }
        return new Taggers(light, pretokenized);
    }

    private static CompletableFuture<Object> load(ExecutorService loader, Supplier<Object> s) {
        return CompletableFuture.supplyAsync(s, loader);
    }

    private static Object join(CompletableFuture<Object> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The shared pipeline for "de" or "en" with the configured parser; loads models on first use (seconds). */
    public static NlpPipeline forLanguage(String lang) {
        return forLanguage(lang, Parser.configured());
    }

    /** The shared pipeline for "de" or "en" with the given parser (tokenizer, tagger and NER are shared). */
    public static NlpPipeline forLanguage(String lang, Parser parser) {
        return PIPELINES.computeIfAbsent(lang + "/" + parser, k -> new NlpPipeline(lang, parser));
    }

    /**
     * Starts loading the pipeline for {@code lang} ("de" or "en") with the configured parser in a
     * background thread and returns at once; a later {@link #forLanguage} waits for that load
     * instead of starting its own. For a cold start: the models load while the caller does other
     * start-up work (language detection). Failures surface on that later call.
     */
    public static void preload(String lang) {
        if (PIPELINES.containsKey(lang + "/" + Parser.configured())) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                forLanguage(lang);
            } catch (RuntimeException e) {
                // forLanguage on the caller's thread loads again and reports the failure
            }
        }, "lagebild-preload-" + lang);
        t.setDaemon(true);
        t.start();
    }

    static Properties properties(String lang) {
        Properties p = new Properties();
        switch (lang) {
            case "de" -> {
                p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
                p.setProperty("tokenize.language", "de");
                p.setProperty("tokenize.postProcessor",
                        "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
                p.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/german/german-mwt.tsv");
                p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/german-ud.tagger");
                p.setProperty("ner.model", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz");
                p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_German.gz");
            }
            case "en" -> {
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
                p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            }
            default -> throw new IllegalArgumentException("unsupported language: " + lang);
        }
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        // Paragraph breaks (blank lines) always end a sentence: headings and captions are masked
        // to spaces, and a paragraph without final punctuation must not run into the next one.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.maxlen", String.valueOf(MAX_PARSE_TOKENS * 2));
        return p;
    }

    public String lang() {
        return lang;
    }

    /**
     * Annotates {@code masked} (same length as {@code original}); the result refers to
     * {@code original}. Every sentence is parsed.
     */
    public AnnotatedDocument annotate(String original, String masked) {
        return annotate(original, masked, null);
    }

    /**
     * Like {@link #annotate(String, String)}, but only the sentences {@code toParse} selects
     * get a dependency parse (the parser is most of CoreNLP's time); the others keep
     * {@code head} -1 and relation "dep". {@code null} parses every sentence.
     */
    public AnnotatedDocument annotate(String original, String masked, ParseSelector toParse) {
        if (original.length() != masked.length()) {
            throw new IllegalArgumentException("masked text must keep the original length");
        }
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        // Long documents are annotated in paragraph-aligned chunks: CoreNLP's working memory
        // grows with the text, and a 20 MB input must not need gigabytes at once.
        int start = 0;
        while (start < masked.length()) {
            int end = chunkEnd(masked, start);
            Annotation ann = new Annotation(masked.substring(start, end));
            light.annotate(ann);
            parse(ann, original, start, toParse);
            convertInto(ann, start, tokens, sentences);
            start = end;
        }
        return new AnnotatedDocument(original, lang, tokens, sentences);
    }

    /** Runs the parser on the sentences of {@code ann} that the selector picks (all when null). */
    private void parse(Annotation ann, String original, int offset, ParseSelector toParse) {
        List<CoreMap> all = nonEmptySentences(ann);
        BitSet pick = null;
        if (toParse != null) {
            List<Token> tokens = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            convertInto(ann, offset, tokens, sentences);
            pick = toParse.select(new AnnotatedDocument(original, lang, tokens, sentences));
        }
        List<CoreMap> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((pick == null || pick.get(i))
                    && all.get(i).get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_PARSE_TOKENS) {
                chosen.add(all.get(i));
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        if (ownParser != null) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (CoreMap s : chosen) {
                words.clear();
                tags.clear();
                List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
                for (CoreLabel l : labels) {
                    words.add(l.word());
                    tags.add(l.tag());
                }
                s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                        ownGraphs.basic(labels, ownParser.parse(words, tags)));
            }
            return;
        }
        // CoreNLP's annotator works sentence by sentence: an annotation holding only the chosen
        // sentences (the same objects) gets their trees written in place.
        Annotation sub = new Annotation(ann.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> subTokens = new ArrayList<>();
        for (CoreMap s : chosen) {
            subTokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        sub.set(CoreAnnotations.TokensAnnotation.class, subTokens);
        sub.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        depparse.annotate(sub);
    }

    /**
     * Whether {@code doc} has parses on exactly the sentences {@code toParse} picks now (every
     * sentence when null), as {@link #annotateTokens(String, List, ParseSelector)} would parse
     * them: a stored parse made before a lexicon change moved the selection must not be reused.
     */
    public static boolean parsedAsSelected(AnnotatedDocument doc, ParseSelector toParse) {
        BitSet pick = null;
        if (toParse != null) {
            // the selector sees the document as before parsing: no heads, relations or lemmas
            List<Token> bare = new ArrayList<>(doc.tokens().size());
            for (Token t : doc.tokens()) {
                bare.add(new Token(t.index(), t.sentence(), t.start(), t.end(), t.text(), t.pos(), t.ner(), -1, "dep", null));
            }
            pick = toParse.select(new AnnotatedDocument(doc.text(), doc.lang(), bare, doc.sentences()));
        }
        for (Sentence s : doc.sentences()) {
            boolean parsed = doc.parsed(s);
            boolean wanted = (pick == null || pick.get(s.index())) && s.size() <= MAX_PARSE_TOKENS;
            if (parsed != wanted) {
                return false;
            }
        }
        return true;
    }

    private static List<CoreMap> nonEmptySentences(Annotation ann) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (!s.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Characters per CoreNLP call; chunks end at a paragraph break, else a sentence end, else a space. */
    static final int CHUNK = 20_000;

    static int chunkEnd(String text, int start) {
        if (text.length() - start <= CHUNK) {
            return text.length();
        }
        int limit = start + CHUNK;
        int para = text.lastIndexOf("\n\n", limit);
        if (para > start + CHUNK / 4) {
            return para + 2;
        }
        for (int i = limit; i > start + CHUNK / 4; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        int space = text.lastIndexOf(' ', limit);
        return space > start ? space + 1 : limit;
    }

    /**
     * Annotates a text whose tokens and sentences are given (a gold corpus's own
     * tokenisation): each sentence is a list of {@code [start, end)} offsets into
     * {@code original}. Tokens come back in the given order, one per given token.
     */
    public AnnotatedDocument annotateTokens(String original, List<List<int[]>> sentences) {
        return annotateTokens(original, sentences, null);
    }

    /** {@link #annotateTokens(String, List)} parsing only the sentences {@code toParse} selects. */
    public AnnotatedDocument annotateTokens(String original, List<List<int[]>> sentences, ParseSelector toParse) {
        Annotation ann = new Annotation(original);
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sents = new ArrayList<>();
        for (List<int[]> sentence : sentences) {
            if (sentence.isEmpty()) {
                continue;
            }
            List<CoreLabel> labels = new ArrayList<>();
            for (int[] span : sentence) {
                CoreLabel l = new CoreLabel();
                String word = original.substring(span[0], span[1]);
                l.setWord(word);
                l.setValue(word);
                l.setOriginalText(word);
                l.setBeginPosition(span[0]);
                l.setEndPosition(span[1]);
                l.setIndex(labels.size() + 1);
                l.setSentIndex(sents.size());
                labels.add(l);
            }
            CoreMap s = new edu.stanford.nlp.util.ArrayCoreMap();
            s.set(CoreAnnotations.TokensAnnotation.class, labels);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, sents.size());
            s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.get(0)[0]);
            s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.get(sentence.size() - 1)[1]);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            s.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + labels.size());
            s.set(CoreAnnotations.TextAnnotation.class,
                    original.substring(sentence.get(0)[0], sentence.get(sentence.size() - 1)[1]));
            all.addAll(labels);
            sents.add(s);
        }
        ann.set(CoreAnnotations.TokensAnnotation.class, all);
        ann.set(CoreAnnotations.SentencesAnnotation.class, sents);
        pretokenized.annotate(ann);
        parse(ann, original, 0, toParse);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        convertInto(ann, 0, tokens, out);
        return new AnnotatedDocument(original, lang, tokens, out);
    }

    /** Appends the annotation's sentences and tokens, shifting offsets by {@code offset}. */
    private void convertInto(Annotation ann, int offset, List<Token> tokens, List<Sentence> sentences) {
        for (CoreMap s : nonEmptySentences(ann)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int base = tokens.size();
            int sIndex = sentences.size();
            int[] heads = new int[labels.size()];
            String[] rels = new String[labels.size()];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(rels, "dep");
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null) {
                for (IndexedWord root : g.getRoots()) {
                    rels[root.index() - 1] = "root";
                }
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    int dep = e.getDependent().index() - 1;
                    heads[dep] = base + e.getGovernor().index() - 1;
                    rels[dep] = e.getRelation().toString();
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                int start = l.beginPosition() + offset;
                int end = l.endPosition() + offset;
                String word = l.word();
                String ner = l.ner() == null ? "O" : l.ner();
                String lemma = lang.equals("en") ? l.lemma() : null;
                String tag = l.tag() == null ? "X" : l.tag();
                String pos = lang.equals("en") ? PennTags.toUniversal(tag, rels[i]) : tag;
                tokens.add(new Token(base + i, sIndex, start, end, word, pos, ner, heads[i], rels[i], lemma));
            }
            Token first = tokens.get(base);
            Token last = tokens.get(tokens.size() - 1);
            sentences.add(new Sentence(sIndex, first.start(), last.end(), base, tokens.size()));
        }
    }
}

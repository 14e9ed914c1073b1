package org.lagebild.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Sentences longer than this many tokens are not parsed (bounded time on hostile input). */
    static final int MAX_PARSE_TOKENS = 120;

    private final String lang;
    private final Properties props;
    private final StanfordCoreNLP corenlp;
    private volatile StanfordCoreNLP pretokenized;

    private NlpPipeline(String lang, Properties props) {
        this.lang = lang;
        this.props = props;
        this.corenlp = new StanfordCoreNLP(props);
    }

    /** The shared pipeline for "de" or "en"; loads models on first use (several seconds). */
    public static NlpPipeline forLanguage(String lang) {
        return PIPELINES.computeIfAbsent(lang, NlpPipeline::create);
    }

    private static NlpPipeline create(String lang) {
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
        p.setProperty("depparse.maxLength", String.valueOf(MAX_PARSE_TOKENS));
        p.setProperty("pos.maxlen", String.valueOf(MAX_PARSE_TOKENS * 2));
        return new NlpPipeline(lang, p);
    }

    public String lang() {
        return lang;
    }

    /**
     * Annotates {@code masked} (same length as {@code original}); the result refers to
     * {@code original}.
     */
    public AnnotatedDocument annotate(String original, String masked) {
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
            corenlp.annotate(ann);
            convertInto(ann, start, tokens, sentences);
            start = end;
        }
        return new AnnotatedDocument(original, lang, tokens, sentences);
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
        pretokenizedPipeline().annotate(ann);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        convertInto(ann, 0, tokens, out);
        return new AnnotatedDocument(original, lang, tokens, out);
    }

    /** Same models without tokenize/ssplit/mwt; CoreNLP's annotator cache shares the loaded models. */
    private StanfordCoreNLP pretokenizedPipeline() {
        StanfordCoreNLP p = pretokenized;
        if (p == null) {
            synchronized (this) {
                if (pretokenized == null) {
                    Properties q = new Properties();
                    q.putAll(props);
                    q.setProperty("annotators", lang.equals("en") ? "pos,lemma,ner,depparse" : "pos,ner,depparse");
                    pretokenized = new StanfordCoreNLP(q, false);
                }
                p = pretokenized;
            }
        }
        return p;
    }

    /** Appends the annotation's sentences and tokens, shifting offsets by {@code offset}. */
    private void convertInto(Annotation ann, int offset, List<Token> tokens, List<Sentence> sentences) {
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
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

package org.lagebild.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The feature ids that CoreNLP's {@code NERFeatureFactory} gives a sentence under the flags of
 * the German and English CRF models ({@link #supports}), computed without building the feature
 * strings: what depends on one word only (the word, its prefixes and suffixes, its distsim
 * class as current, previous, next or disjunctive word) is looked up once per distinct word and
 * kept as ids ({@link Word}, a bounded cache); what combines words with shapes is assembled in a
 * reused buffer and looked up in the feature index in place. The templates and their order
 * follow {@code featuresC} and {@code featuresCpC} of CoreNLP 4.5.10; a feature the model does
 * not know is dropped, as CoreNLP drops it. Thread-safe.
 */
final class NerFeatures {
    /** Words (and shapes) kept in their caches before one is emptied (bounded memory on any input): ~25 MB. */
    private static final int MAX_CACHED = 100_000;
    private static final int DISJUNCTION_WIDTH = 5;
    private static final int MAX_NGRAM = 6;
    /** Occurrence patterns look this far in each direction (CoreNLP: jumps 3 … 149). */
    private static final int MAX_JUMP = 150;

    private final CompactStringIndex index;
    private final Map<String, String> lexicon;
    private final String unknownDistSim;
    private final boolean casedDistSim;
    private final boolean numberEquivalenceDistSim;
    private final Function<String, String> wordFunction;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
    /** The padding token beyond both ends: empty word, no distsim class, no shape. */
    private final Word pad;
    private final Shape padShape;
    private final Function<String, Word> makeWord = this::makeWord;
    private final Function<String, Shape> makeShape = this::makeShape;
    /** Features of every token and of the pad's shape annotation ("null" where featuresCpC appends it). */
    private final int classFeature;
    private final int noOccurrence;
    private final int pseq;
    private final int padNextShape;

    /** Ids of the features of one word shape alone in its possible roles; -1 = unknown to the model. */
    private record Shape(String shape, int current, int prev, int next, int seqPrev, int seqCurrent, int seqCurrent2,
            int seqNext) {
    }

    /** Ids of one word's features in its possible roles; -1 = unknown to the model. */
    private record Word(String word, boolean nameCase, boolean noUpperCase, boolean hasLetter,
            int current, int prev, int next, int disjNext, int disjPrev, int distSim, int prevDistSim, int nextDistSim,
            int[] ngrams, int seqWord, int seqPrevWord, int seqDistSim, int seqPrevDistSim, String distSimClass) {
    }

    NerFeatures(CompactStringIndex index, Map<String, String> lexicon, SeqClassifierFlags flags) {
        this.index = index;
        this.lexicon = lexicon;
        this.unknownDistSim = flags.unknownWordDistSimClass;
        this.casedDistSim = flags.casedDistSim;
        this.numberEquivalenceDistSim = flags.numberEquivalenceDistSim;
        this.wordFunction = flags.wordFunction;
        // CoreNLP: the pad's word is "" (getString), its distsim "null" where featuresC appends
        // the annotation itself and "" where featuresCpC uses getString
        this.pad = new Word("", false, false, false, id("-WORD|C"), id("-PW|C"), id("-NW|C"), id("-DISJN|C"),
                id("-DISJP|C"), id("null-DISTSIM|C"), id("null-PDISTSIM|C"), id("null-NDISTSIM|C"), new int[0],
                id("-PSEQW|CpC"), id("-PSEQpW|CpC"), id("-PSEQcDS|CpC"), id("-PSEQpDS|CpC"), "");
        this.padShape = makeShape("");
        this.classFeature = id("###|C");
        this.noOccurrence = id("NO-OCCURRENCE-PATTERN|C");
        this.pseq = id("PSEQ|CpC");
        this.padNextShape = id("null-TNS1|CpC");
    }

    /**
     * Whether the model's flags are exactly those this class reproduces: the non-default flags
     * of CoreNLP's German and English 3-class models (training-only settings aside).
     */
    static boolean supports(SeqClassifierFlags f) {
        SeqClassifierFlags d = new SeqClassifierFlags();
        return f.useNGrams && f.noMidNGrams && f.maxNGramLeng == MAX_NGRAM && !f.lowercaseNGrams
                && !f.dehyphenateNGrams && !f.greekifyNGrams && !f.conjoinShapeNGrams && !f.cacheNGrams
                && f.usePrev && f.useNext && f.useSequences && f.usePrevSequences && !f.useNextSequences
                && f.useTypeSeqs && f.useTypeSeqs2 && !f.useTypeSeqs3 && f.useTypeySequences
                && f.useDisjunctive && f.disjunctionWidth == DISJUNCTION_WIDTH && !f.useDisjunctiveShapeInteraction
                && f.useClassFeature && f.useLastRealWord && f.useNextRealWord && f.useOccurrencePatterns
                && f.useDistSim && !f.useMoreTags && f.wordShape > WordShapeClassifier.NOWORDSHAPE && !f.useShapeStrings
                && f.maxLeft == 1 && f.useInternal && f.useExternal && f.useWord && !f.useReverse
                && f.slashHyphenTreatment == SeqClassifierFlags.SlashHyphenEnum.NONE && !f.strictGoodCoNLL
                && "maxent".equalsIgnoreCase(f.crfType) && !f.doGibbs && !f.useEmbedding
                && (f.wordFunction == null || f.wordFunction instanceof edu.stanford.nlp.process.AmericanizeFunction)
                // every other feature template at its default (off)
                && sameAsDefault(f, d);
    }

    private static final List<String> MUST_BE_DEFAULT = List.of("useTitle", "useTitle2", "use2W", "useLC",
            "useUnknown", "useLemmas", "usePrevNextLemmas", "checkNameList", "useABGENE", "useABSTRFreqDict",
            "useABSTR", "useGENIA", "useWEBFreqDict", "useWEB", "useIsURL", "useEntityRule", "useEntityTypes",
            "useIsDateRange", "useABSTRFreq", "useFREQ", "usePosition", "useBeginSent", "useTags", "useOrdinal",
            "useEitherSideWord", "useWordPairs", "useSymTags", "useSymWordPairs", "useGazFeatures",
            "useMoreGazFeatures", "useAbbr", "useMinimalAbbr", "useAbbr1", "useMinimalAbbr1", "useChunks",
            "usePrevVB", "useNextVB", "useVB", "useShapeConjunctions", "useWordTag", "useNPHead", "useNPGovernor",
            "useHeadGov", "useFirstWord", "useGazettes", "useUndirectedDisjunctive", "useWideDisjunctive",
            "useEitherSideDisjunctive", "useDisjShape", "useExtraTaggySequences", "useMUCFeatures", "twoStage",
            "useIfInteger", "useGenericFeatures", "useTopics", "useWordnetFeatures", "useProtoFeatures",
            "usePhraseWordTags", "usePhraseWords", "useCommonWordsFeature", "useRadical", "splitWordRegex",
            "useMoreNeighborNGrams", "useBagOfWords", "binnedLengths", "noEdgeFeature", "transitionEdgeOnly",
            "useNeighborNGrams", "useChunkySequences", "useYetMoreCpCShapes", "useTaggySequences", "useParenMatching",
            "useEntityTypeSequences", "useURLSequences", "useBoundarySequences", "intern");

    private static boolean sameAsDefault(SeqClassifierFlags f, SeqClassifierFlags d) {
        try {
            for (String name : MUST_BE_DEFAULT) {
                java.lang.reflect.Field field = SeqClassifierFlags.class.getField(name);
                if (!java.util.Objects.deepEquals(field.get(f), field.get(d))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            return false; // another CoreNLP: not the flags this class knows
        }
    }

    private int id(CharSequence feature) {
        return index.find(feature);
    }

    /** The cached value of {@code key}, made on first use; a full cache is emptied first. */
    private static <V> V cached(Map<String, V> cache, String key, Function<String, V> make) {
        V v = cache.get(key);
        if (v == null) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            v = make.apply(key);
            cache.put(key, v);
        }
        return v;
    }

    private Shape makeShape(String shape) {
        return new Shape(shape, id(shape + "-TYPE|C"), id(shape + "-PTYPE|C"), id(shape + "-NTYPE|C"),
                id(shape + "-PSEQpS|CpC"), id(shape + "-PSEQcS|CpC"), id(shape + "-TPS2|CpC"), id(shape + "-TNS1|CpC"));
    }

    private Word makeWord(String text) {
        String word = wordFunction == null ? text : wordFunction.apply(text);
        String key = casedDistSim ? word : word.toLowerCase();
        if (numberEquivalenceDistSim) {
            key = WordShapeClassifier.wordShape(key, WordShapeClassifier.WORDSHAPEDIGITS);
        }
        String ds = lexicon.get(key);
        if (ds == null) {
            ds = unknownDistSim;
        }
        return new Word(word, isNameCase(word), noUpperCase(word), hasLetter(word),
                id(word + "-WORD|C"), id(word + "-PW|C"), id(word + "-NW|C"), id(word + "-DISJN|C"),
                id(word + "-DISJP|C"), id(ds + "-DISTSIM|C"), id(ds + "-PDISTSIM|C"), id(ds + "-NDISTSIM|C"),
                ngrams(word), id(word + "-PSEQW|CpC"), id(word + "-PSEQpW|CpC"), id(ds + "-PSEQcDS|CpC"),
                id(ds + "-PSEQpDS|CpC"), ds);
    }

    /** Prefixes and suffixes of "<word>" of 2 … 6 characters, as '#'-delimited features (noMidNGrams). */
    private int[] ngrams(String word) {
        String w = '<' + word + '>';
        int[] out = new int[2 * MAX_NGRAM];
        int n = 0;
        StringBuilder sb = new StringBuilder(MAX_NGRAM + 4);
        for (int j = 2, max = Math.min(MAX_NGRAM, w.length()); j <= max; j++) {
            sb.setLength(0);
            sb.append('#').append(w, 0, j).append("#|C");
            n = add(out, n, id(sb));
        }
        for (int i = Math.max(0, w.length() - MAX_NGRAM); i < w.length() - 1; i++) {
            sb.setLength(0);
            sb.append('#').append(w, i, w.length()).append("#|C");
            n = add(out, n, id(sb));
        }
        return Arrays.copyOf(out, n);
    }

    private static int add(int[] out, int n, int id) {
        if (id >= 0) {
            out[n++] = id;
        }
        return n;
    }

    /**
     * Per token of {@code sentence} (CoreNLP's working copies: text and word shape set), the ids
     * of the features of clique C ([i][0]) and of the label pair CpC ([i][1]), sorted.
     */
    int[][][] features(List<CoreLabel> sentence) {
        int n = sentence.size();
        Word[] ws = new Word[n];
        Shape[] ss = new Shape[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel l = sentence.get(i);
            ws[i] = cached(words, l.getString(CoreAnnotations.TextAnnotation.class), makeWord);
            ss[i] = cached(shapes, l.getString(CoreAnnotations.ShapeAnnotation.class), makeShape);
            tags[i] = l.getString(CoreAnnotations.PartOfSpeechAnnotation.class);
        }
        Sentence s = new Sentence(ws, ss, tags);
        int[][][] data = new int[n][][];
        Ids ids = new Ids();
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < n; i++) {
            ids.clear();
            clique(s, i, ids, sb);
            int[] c = ids.sortedUnique();
            ids.clear();
            pair(s, i, ids, sb);
            data[i] = new int[][] {c, ids.sortedUnique()};
        }
        return data;
    }

    /** The sentence with the pad beyond its ends. */
    private final class Sentence {
        final Word[] words;
        final Shape[] shapes;
        final String[] tags;

        Sentence(Word[] words, Shape[] shapes, String[] tags) {
            this.words = words;
            this.shapes = shapes;
            this.tags = tags;
        }

        boolean inside(int i) {
            return i >= 0 && i < words.length;
        }

        Word word(int i) {
            return inside(i) ? words[i] : pad;
        }

        String text(int i) {
            return word(i).word();
        }

        /** The shape as getString gives it ("" beyond the ends). */
        Shape shape(int i) {
            return inside(i) ? shapes[i] : padShape;
        }

        boolean properNoun(int i) {
            return inside(i) && "NNP".equals(tags[i]);
        }
    }

    /** featuresC of CoreNLP's NERFeatureFactory under the supported flags. */
    private void clique(Sentence s, int i, Ids ids, StringBuilder sb) {
        Word c = s.word(i);
        Word p = s.word(i - 1);
        Word nx = s.word(i + 1);
        Shape cs = s.shape(i);
        Shape ps = s.shape(i - 1);
        Shape ns = s.shape(i + 1);
        String cShape = cs.shape();
        String pShape = ps.shape();
        String nShape = ns.shape();
        ids.add(c.distSim());
        ids.add(c.current());
        ids.add(p.prev());
        ids.add(p.prevDistSim());
        ids.add(nx.next());
        ids.add(nx.nextDistSim());
        ids.add(classFeature);
        ids.addAll(c.ngrams());
        ids.add(cs.current());
        ids.add(ps.prev());
        ids.add(ns.next());
        ids.add(lookup(sb, p.word(), "...", cShape, "-PW_CTYPE|C"));
        ids.add(lookup(sb, cShape, "...", nx.word(), "-NW_CTYPE|C"));
        ids.add(lookup(sb, pShape, "...", cShape, "-PCTYPE|C"));
        ids.add(lookup(sb, cShape, "...", nShape, "-CNTYPE|C"));
        sb.setLength(0);
        sb.append(pShape).append("...").append(cShape).append("...").append(nShape).append("-PCNTYPE|C");
        ids.add(id(sb));
        if (p.word().length() <= 3) {
            ids.add(lookup(sb, s.text(i - 2), "...", cShape, "-PPW_CTYPE|C"));
        }
        if (nx.word().length() <= 3) {
            ids.add(lookup(sb, s.text(i + 2), "...", cShape, "-NNW_CTYPE|C"));
        }
        occurrencePatterns(s, i, ids);
        for (int k = 1; k <= DISJUNCTION_WIDTH; k++) {
            ids.add(s.word(i + k).disjNext());
            ids.add(s.word(i - k).disjPrev());
        }
    }

    /** featuresCpC under the supported flags (featuresCnC adds nothing without useNextSequences). */
    private void pair(Sentence s, int i, Ids ids, StringBuilder sb) {
        Word c = s.word(i);
        Word p = s.word(i - 1);
        Shape cs = s.shape(i);
        Shape ps = s.shape(i - 1);
        ids.add(pseq);
        ids.add(c.seqWord());
        ids.add(lookup(sb, p.word(), "-", c.word(), "-PSEQW2|CpC"));
        ids.add(p.seqPrevWord());
        ids.add(p.seqPrevDistSim());
        ids.add(c.seqDistSim());
        ids.add(lookup(sb, p.distSimClass(), "-", c.distSimClass(), "-PSEQpcDS|CpC"));
        ids.add(ps.seqPrev());
        ids.add(cs.seqCurrent());
        ids.add(lookup(sb, ps.shape(), "-", cs.shape(), "-TYPES|CpC"));
        ids.add(cs.seqCurrent2());
        // the next token's shape annotation itself: "null" beyond the end
        ids.add(s.inside(i + 1) ? s.shapes[i + 1].seqNext() : padNextShape);
    }

    private int lookup(StringBuilder sb, String a, String sep, String b, String suffix) {
        sb.setLength(0);
        sb.append(a);
        if (sep != null) {
            sb.append(sep).append(b);
        }
        sb.append(suffix);
        return id(sb);
    }

    /** CoreNLP's occurrencePatterns (useReverse off): earlier and later occurrences of a name-like word. */
    private void occurrencePatterns(Sentence s, int i, Ids ids) {
        Word c = s.word(i);
        Word nx = s.word(i + 1);
        Word p = s.word(i - 1);
        if (!(c.nameCase() && nx.noUpperCase() && nx.hasLetter() && p.hasLetter() && s.inside(i - 1))) {
            ids.add(noOccurrence);
            return;
        }
        String word = c.word();
        if (p.nameCase() && s.properNoun(i - 1)) {
            for (int jump = 3; jump < MAX_JUMP; jump++) {
                if (s.text(i + jump).equals(word)) {
                    ids.add(id(s.text(i + jump - 1).equals(p.word()) ? "XY-NEXT-OCCURRENCE-XY|C" : "XY-NEXT-OCCURRENCE-Y|C"));
                }
            }
            for (int jump = -3; jump > -MAX_JUMP; jump--) {
                if (s.text(i + jump).equals(word)) {
                    ids.add(id(s.text(i + jump - 1).equals(p.word()) ? "XY-PREV-OCCURRENCE-XY|C" : "XY-PREV-OCCURRENCE-Y|C"));
                }
            }
            return;
        }
        for (int jump = 3; jump < MAX_JUMP; jump++) {
            if (s.text(i + jump).equals(word)) {
                if (s.word(i + jump - 1).nameCase() && s.properNoun(i + jump - 1)) {
                    ids.add(id("X-NEXT-OCCURRENCE-YX|C"));
                } else if (s.word(i + jump + 1).nameCase() && s.properNoun(i + jump + 1)) {
                    ids.add(id("X-NEXT-OCCURRENCE-XY|C"));
                } else {
                    ids.add(id("X-NEXT-OCCURRENCE-X|C"));
                }
            }
        }
        for (int jump = -3; jump > -MAX_JUMP; jump--) {
            if (s.text(i + jump).equals(word)) {
                if (s.word(i + jump + 1).nameCase() && s.properNoun(i + jump + 1)) {
                    ids.add(id("X-PREV-OCCURRENCE-YX|C"));
                } else if (s.word(i + jump - 1).nameCase() && s.properNoun(i + jump - 1)) {
                    ids.add(id("X-PREV-OCCURRENCE-XY|C"));
                } else {
                    ids.add(id("X-PREV-OCCURRENCE-X|C"));
                }
            }
        }
    }

    private static boolean isNameCase(String str) {
        if (str.length() < 2) {
            return false;
        }
        if (!(Character.isUpperCase(str.charAt(0)) || Character.isTitleCase(str.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noUpperCase(String str) {
        if (str.isEmpty()) {
            return false;
        }
        for (int i = 0; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String str) {
        for (int i = 0; i < str.length(); i++) {
            if (Character.isLetter(str.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A growable list of feature ids that drops the unknown (-1). */
    private static final class Ids {
        private int[] ids = new int[128];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int id) {
            if (id < 0) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        void addAll(int[] more) {
            for (int id : more) {
                add(id);
            }
        }

        /** CoreNLP collects features in a set: each id once. */
        int[] sortedUnique() {
            Arrays.sort(ids, 0, size);
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || ids[i] != ids[n - 1]) {
                    ids[n++] = ids[i];
                }
            }
            return Arrays.copyOf(ids, n);
        }
    }
}

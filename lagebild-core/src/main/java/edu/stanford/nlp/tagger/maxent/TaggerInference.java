package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.util.Pair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lagebild's inference for a loaded {@link MaxentTagger}: the same scores and the same exact
 * Viterbi search as CoreNLP's {@code TestSentence} with {@code ExactBestSequenceFinder}, so the
 * same tags, at a fraction of the cost per token.
 *
 * <p>CoreNLP scores every window of left tags by running the tag-dependent ("dynamic")
 * extractors again: a feature string per extractor and history, a hash look-up, a fresh array.
 * Here the word features' weights are summed once per position (the word-only ones once per
 * word, kept across sentences), each
 * dynamic extractor's weight vector is computed once per position and combination of the tags
 * it can see (its own context, not the whole window) and then found by an int index, and the
 * window scores are filled into int-indexed tables that the Viterbi search reads directly. The
 * additions run in CoreNLP's order and the normalisation is CoreNLP's {@link ArrayMath#logNormalize},
 * so the scores are bit-identical; ties break as in {@code ExactBestSequenceFinder}. The search
 * skips scoring windows that provably cannot lie on the best path (see {@link Run#bestSequence}).
 *
 * <p>Thread-safe: one instance serves all threads (per-sentence state is per call, the word
 * cache a concurrent map).
 */
public final class TaggerInference {
    private static final String NA = "NA";
    /** Bound of the word cache (entries of a few hundred bytes). */
    private static final int WORDS = 32_768;

    private final MaxentTagger tagger;
    private final double[] lambda;
    private final int ySize;
    private final int left;
    private final int minWordsLockTags;
    private final int naTag;
    private final int[] openTags;
    private final Feature[] local;
    private final Feature[] localRare;
    private final Feature[] localContext;
    private final Feature[] localContextRare;
    private final Feature[] dynamic;
    private final Feature[] dynamicRare;
    /** Word → what depends on the word alone; cleared when full (bounded memory on any input). */
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    /** The weights of a feature that does not fire (adding 0.0 changes no sum). */
    private final double[] zero;

    /** An extractor and the feature-weight table it indexes. */
    private record Feature(Extractor extractor, Map<String, int[]> weights, int leftTags) {
    }

    /** What depends on the word alone: its possible tags, CoreNLP's rare-word test, its local scores. */
    private record Word(int[] tags, boolean rare, double[] localScores) {
    }

    /** Whether this inference reproduces {@code tagger}'s: exact scoring, tags of the left context only. */
    public static boolean supports(MaxentTagger tagger) {
        return !tagger.hasApproximateScoring() && tagger.rightContext == 0;
    }

    public TaggerInference(MaxentTagger tagger) {
        if (!supports(tagger)) {
            throw new IllegalArgumentException("approximate scoring or right tag context: not supported");
        }
        this.tagger = tagger;
        this.lambda = tagger.getLambdaSolve().lambda;
        this.ySize = tagger.ySize;
        this.zero = new double[ySize];
        this.left = tagger.leftContext;
        this.minWordsLockTags = tagger.config == null ? 1 : tagger.config.getMinWordsLockTags();
        this.naTag = tagger.tags.getIndex(NA);
        this.openTags = indexes(tagger.tags.deterministicallyExpandTags(tagger.tags.getOpenTagsArray()));
        int common = tagger.extractors.size();
        this.local = features(tagger.extractors.local, 0);
        this.localRare = features(tagger.extractorsRare.local, common);
        this.localContext = features(tagger.extractors.localContext, 0);
        this.localContextRare = features(tagger.extractorsRare.localContext, common);
        this.dynamic = features(tagger.extractors.dynamic, 0);
        this.dynamicRare = features(tagger.extractorsRare.dynamic, common);
    }

    private Feature[] features(List<Pair<Integer, Extractor>> extractors, int offset) {
        Feature[] out = new Feature[extractors.size()];
        for (int i = 0; i < out.length; i++) {
            Extractor e = extractors.get(i).second();
            out[i] = new Feature(e, tagger.fAssociations.get(extractors.get(i).first() + offset),
                    Math.min(e.leftContext(), left));
        }
        return out;
    }

    private int[] indexes(String[] tags) {
        int[] out = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            out[i] = tagger.tags.getIndex(tags[i]);
        }
        return out;
    }

    @Override
    public String toString() {
        return "TaggerInference[tags " + ySize + ", open " + openTags.length + ", left window " + left
                + ", features local " + local.length + "+" + localRare.length + ", context " + localContext.length + "+"
                + localContextRare.length + ", dynamic " + dynamic.length + "+" + dynamicRare.length + "]";
    }

    /** The tags of {@code words} (one sentence), as {@code MaxentTagger.tagSentence} would give them. */
    public String[] tag(List<String> words) {
        Run run = new Run(words);
        int[] best = run.bestSequence();
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tagger.tags.getTag(best[i + left]);
        }
        return out;
    }

    /** The word-only part for {@code w}, the current word of {@code history}; cached. */
    private Word word(String w, History history) {
        Word info = words.get(w);
        if (info == null) {
            int count = tagger.dict.sum(w);
            // as TestSentence.stringTagsAt
            int[] tags = count == 0 || count < minWordsLockTags ? openTags
                    : indexes(tagger.tags.deterministicallyExpandTags(tagger.dict.getTags(w)));
            boolean rare = tagger.isRare(ExtractorFrames.cWord.extract(history));
            info = new Word(tags, rare, sum(history, local, rare ? localRare : null));
            if (words.size() >= WORDS) {
                words.clear();
            }
            words.put(w, info);
        }
        return info;
    }

    /** As {@code TestSentence.getExactHistories}: weights added extractor by extractor, in order. */
    private double[] sum(History history, Feature[] features, Feature[] rareFeatures) {
        double[] scores = new double[ySize];
        add(history, features, scores);
        if (rareFeatures != null) {
            add(history, rareFeatures, scores);
        }
        return scores;
    }

    private void add(History history, Feature[] features, double[] scores) {
        for (Feature f : features) {
            int[] ids = f.weights().get(f.extractor().extract(history));
            if (ids != null) {
                for (int y = 0; y < ySize; y++) {
                    if (ids[y] > -1) {
                        scores[y] += lambda[ids[y]];
                    }
                }
            }
        }
    }

    /** One sentence's search state. Positions are padded: word i is at position i + left. */
    private final class Run {
        private final int size;
        private final int pad;
        private final PairsHolder pairs = new PairsHolder();
        private final History history;
        private final Word[] info;
        /** Possible tag ids per padded position. */
        private final int[][] possible;
        /** Per padded position: tag id + 1 → slot in {@link #possible}. */
        private final int[][] slot;
        /** Per word: the tag-independent part of the scores (CoreNLP's localContextScores). */
        private final double[][] fixed;
        /** Per word and dynamic feature: weight vectors by combination of visible tags (lazily filled). */
        private final double[][][][] dynamicWeights;
        /** Per padded position and combination of the left tags: the normalised scores of the possible tags. */
        private final double[][][] window;
        private final int[] tagNum;
        /** Per padded position: number of combinations of the tags to its left. */
        private final int[] prefixes;
        private final int[] tempTags;
        private final double[] total = new double[ySize];
        /** Weights of a feature that sees every left tag: needed once per window, so not kept. */
        private final double[] direct = new double[ySize];

        Run(List<String> sentence) {
            size = sentence.size() + 1;
            pad = size + left;
            pairs.setSize(size);
            for (int i = 0; i < size; i++) {
                String w = i == size - 1 ? Tagger.EOS_WORD : sentence.get(i);
                pairs.setWord(i, i == size - 1 || tagger.wordFunction == null ? w : tagger.wordFunction.apply(w));
            }
            history = new History(pairs, tagger.extractors);
            info = new Word[size];
            possible = new int[pad][];
            slot = new int[pad][];
            tagNum = new int[pad];
            for (int p = 0; p < pad; p++) {
                int i = p - left;
                if (i < 0) {
                    possible[p] = new int[] {naTag};
                } else {
                    history.init(0, size - 1, i);
                    info[i] = word(pairs.getWord(i), history);
                    possible[p] = info[i].tags();
                }
                tagNum[p] = possible[p].length;
                int[] s = new int[ySize + 1];
                for (int k = 0; k < possible[p].length; k++) {
                    s[possible[p][k] + 1] = k;
                }
                slot[p] = s;
            }
            prefixes = new int[pad];
            for (int p = left; p < pad; p++) {
                int n = 1;
                for (int q = p - left; q < p; q++) {
                    n *= tagNum[q];
                }
                prefixes[p] = n;
            }
            fixed = new double[size][];
            dynamicWeights = new double[size][][][];
            window = new double[pad][][];
            tempTags = new int[pad];
        }

        /** CoreNLP's local and local-context scores of word i, computed once. */
        private double[] fixed(int i) {
            double[] f = fixed[i];
            if (f == null) {
                history.init(0, size - 1, i);
                boolean rare = info[i].rare();
                f = sum(history, localContext, rare ? localContextRare : null);
                double[] ls = info[i].localScores();
                for (int y = 0; y < ySize; y++) {
                    f[y] += ls[y];
                }
                fixed[i] = f;
                dynamicWeights[i] = new double[dynamic.length + (rare ? dynamicRare.length : 0)][][];
            }
            return f;
        }

        /**
         * The weights of dynamic feature {@code k} at padded position {@code pos} for the tags in
         * {@code tags} (only those the feature can see form the key); all 0 when it does not fire.
         */
        private double[] dynamicWeights(int pos, int k, Feature f, int[] tags) {
            int i = pos - left;
            int key = 0;
            int combinations = 1;
            for (int p = pos - f.leftTags(); p < pos; p++) {
                key = key * tagNum[p] + slot[p][tags[p] + 1];
                combinations *= tagNum[p];
            }
            boolean kept = f.leftTags() < left;
            double[][] table = kept ? dynamicWeights[i][k] : null;
            if (kept && table == null) {
                table = new double[combinations][];
                dynamicWeights[i][k] = table;
            }
            double[] w = kept ? table[key] : null;
            if (w == null) {
                history.init(0, size - 1, i);
                // as TestSentence.setHistory: the window's tags, as CoreNLP would have set them
                for (int p = Math.max(pos - left, left); p <= pos; p++) {
                    history.setTag(p - left, tagger.tags.getTag(tags[p]));
                }
                int[] ids = f.weights().get(f.extractor().extract(history));
                if (ids == null) {
                    w = zero;
                } else {
                    w = kept ? new double[ySize] : direct;
                    for (int y = 0; y < ySize; y++) {
                        w[y] = ids[y] > -1 ? lambda[ids[y]] : 0.0;
                    }
                }
                if (kept) {
                    table[key] = w;
                }
            }
            return w;
        }

        /**
         * CoreNLP's {@code scoresOf} at padded position {@code pos} for the combination
         * {@code prefix} of the tags to its left: log-normalised scores of the possible tags.
         */
        private double[] window(int pos, int prefix) {
            double[][] byPrefix = window[pos];
            if (byPrefix == null) {
                byPrefix = new double[prefixes[pos]][];
                window[pos] = byPrefix;
            }
            double[] out = byPrefix[prefix];
            if (out != null) {
                return out;
            }
            int pr = prefix;
            for (int cur = pos - 1; cur >= pos - left; cur--) {
                tempTags[cur] = possible[cur][pr % tagNum[cur]];
                pr /= tagNum[cur];
            }
            tempTags[pos] = possible[pos][0];
            int i = pos - left;
            double[] f = fixed(i);
            Arrays.fill(total, 0.0);
            int k = 0;
            for (Feature d : dynamic) {
                addInto(dynamicWeights(pos, k++, d, tempTags));
            }
            if (info[i].rare()) {
                for (Feature d : dynamicRare) {
                    addInto(dynamicWeights(pos, k++, d, tempTags));
                }
            }
            for (int y = 0; y < ySize; y++) {
                total[y] += f[y];
            }
            ArrayMath.logNormalize(total);
            int[] pv = possible[pos];
            out = new double[pv.length];
            for (int j = 0; j < pv.length; j++) {
                out[j] = total[pv[j]];
            }
            byPrefix[prefix] = out;
            return out;
        }

        private void addInto(double[] w) {
            for (int y = 0; y < ySize; y++) {
                total[y] += w[y];
            }
        }

        /**
         * The result of {@code ExactBestSequenceFinder.bestSequence} (padded tag ids): the same
         * products of window tags, the same sums in the same order, the same tie-breaking (first
         * maximum). One difference, which cannot change the result: a window is not scored when
         * every path into it already scores below a complete path (the greedy one). Window scores
         * are log probabilities (≤ 0, and floating-point addition is monotone), so such a path
         * only loses more; every product on the best path, and every value that path's maxima
         * compare, is computed exactly as CoreNLP computes it.
         */
        int[] bestSequence() {
            double bound = greedyScore();
            double[][] score = new double[pad][];
            int[][] trace = new int[pad][];
            for (int pos = left; pos < pad; pos++) {
                int n = tagNum[pos];
                int count = prefixes[pos];
                double[] sc = new double[count * n];
                int[] tr = new int[count * n];
                score[pos] = sc;
                trace[pos] = tr;
                if (pos == left) {
                    System.arraycopy(window(pos, 0), 0, sc, 0, n);
                    Arrays.fill(tr, -1);
                    continue;
                }
                double[] prev = score[pos - 1];
                int preds = tagNum[pos - left - 1];
                for (int prefix = 0; prefix < count; prefix++) {
                    double reach = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < preds; k++) {
                        reach = Math.max(reach, prev[k * count + prefix]);
                    }
                    if (reach < bound) {
                        Arrays.fill(sc, prefix * n, prefix * n + n, Double.NEGATIVE_INFINITY);
                        Arrays.fill(tr, prefix * n, prefix * n + n, -1);
                        continue;
                    }
                    double[] ws = window(pos, prefix);
                    for (int t = 0; t < n; t++) {
                        double best = Double.NEGATIVE_INFINITY;
                        int arg = -1;
                        double w = ws[t];
                        for (int k = 0; k < preds; k++) {
                            int pred = k * count + prefix;
                            double s = prev[pred] + w;
                            if (s > best) {
                                best = s;
                                arg = pred;
                            }
                        }
                        sc[prefix * n + t] = best;
                        tr[prefix * n + t] = arg;
                    }
                }
            }
            int last = pad - 1;
            double bestFinal = Double.NEGATIVE_INFINITY;
            int bestCurrent = -1;
            for (int product = 0; product < score[last].length; product++) {
                if (score[last][product] > bestFinal) {
                    bestCurrent = product;
                    bestFinal = score[last][product];
                }
            }
            int[] tags = new int[pad];
            int lastProduct = bestCurrent;
            for (int p = pad - 1; p >= size - 1 && p >= 0; p--) {
                tags[p] = possible[p][lastProduct % tagNum[p]];
                lastProduct /= tagNum[p];
            }
            for (int pos = pad - 2; pos >= left; pos--) {
                bestCurrent = trace[pos + 1][bestCurrent];
                // the leftmost tag of the window at pos (productSizes[pos] / tagNum[pos - left] in CoreNLP)
                tags[pos - left] = possible[pos - left][bestCurrent / (prefixes[pos] * tagNum[pos] / tagNum[pos - left])];
            }
            return tags;
        }

        /**
         * The score of the greedy path (best tag at each position given the tags chosen before),
         * summed as the search sums a path: a lower bound of the best path's score.
         */
        private double greedyScore() {
            int[] chosen = new int[pad];
            double sum = 0;
            for (int pos = left; pos < pad; pos++) {
                int prefix = 0;
                for (int q = pos - left; q < pos; q++) {
                    prefix = prefix * tagNum[q] + chosen[q];
                }
                double[] ws = window(pos, prefix);
                int best = 0;
                for (int t = 1; t < ws.length; t++) {
                    if (ws[t] > ws[best]) {
                        best = t;
                    }
                }
                chosen[pos] = best;
                sum = pos == left ? ws[best] : sum + ws[best];
            }
            return sum;
        }
    }
}

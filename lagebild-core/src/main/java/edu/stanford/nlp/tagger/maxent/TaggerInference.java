package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lagebild's inference for a loaded {@link MaxentTagger}: the same scores and the same exact
 * Viterbi search as CoreNLP's {@code TestSentence} with {@code ExactBestSequenceFinder}, so the
 * same tags, at a fraction of the cost per token.
 *
 * <p>CoreNLP scores every window of left tags by running the tag-dependent ("dynamic")
 * extractors again: a feature string per extractor and history, a hash look-up, a fresh array.
 * Here the word features' weights are summed once per position (as CoreNLP does too), each
 * dynamic extractor's weight vector is computed once per position and combination of the tags
 * it can see (its own context, not the whole window) and then found by an int index, and the
 * window scores are filled into int-indexed tables that the Viterbi search reads directly. The
 * additions run in CoreNLP's order and the normalisation is CoreNLP's {@link ArrayMath#logNormalize},
 * so the scores are bit-identical; ties break as in {@code ExactBestSequenceFinder}.
 *
 * <p>Stateless after construction: one instance serves all threads.
 */
public final class TaggerInference {
    private static final String NA = "NA";

    private final MaxentTagger tagger;
    private final double[] lambda;
    private final int ySize;
    private final int left;
    private final int right;
    private final int minWordsLockTags;
    private final int naTag;
    private final int[] openTags;
    private final Feature[] local;
    private final Feature[] localRare;
    private final Feature[] localContext;
    private final Feature[] localContextRare;
    private final Feature[] dynamic;
    private final Feature[] dynamicRare;

    /** An extractor and the feature-weight table it indexes. */
    private record Feature(Extractor extractor, Map<String, int[]> weights, int leftTags, int rightTags) {
    }

    public TaggerInference(MaxentTagger tagger) {
        if (tagger.hasApproximateScoring()) {
            throw new IllegalArgumentException("approximate scoring is not supported");
        }
        this.tagger = tagger;
        this.lambda = tagger.getLambdaSolve().lambda;
        this.ySize = tagger.ySize;
        this.left = tagger.leftContext;
        this.right = tagger.rightContext;
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
                    Math.min(e.leftContext(), left), Math.min(e.rightContext(), right));
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

    /** The tags of {@code words} (one sentence), as {@code MaxentTagger.tagSentence} would give them. */
    public String[] tag(List<String> words) {
        Run run = new Run(words);
        int[] best = run.viterbi();
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tagger.tags.getTag(best[i + left]);
        }
        return out;
    }

    /** One sentence's search state. Positions are padded: word i is at position i + left. */
    private final class Run {
        private final int size;
        private final int pad;
        private final PairsHolder pairs = new PairsHolder();
        private final History history;
        private final String[] words;
        /** Possible tag ids per padded position. */
        private final int[][] possible;
        /** Per padded position: tag id + 1 → slot in {@link #possible}. */
        private final int[][] slot;
        /** Per word: the tag-independent part of the scores (CoreNLP's localContextScores). */
        private final double[][] fixed;
        private final boolean[] rare;
        /** Per word and dynamic feature: weight vectors by combination of visible tags (lazily filled). */
        private final double[][][][] dynamicWeights;
        private final Map<String, double[]> localScores = new HashMap<>();

        Run(List<String> sentence) {
            size = sentence.size() + 1;
            pad = size + left + right;
            words = new String[size];
            for (int i = 0; i < sentence.size(); i++) {
                String w = sentence.get(i);
                words[i] = tagger.wordFunction == null ? w : tagger.wordFunction.apply(w);
            }
            words[size - 1] = Tagger.EOS_WORD;
            pairs.setSize(size);
            for (int i = 0; i < size; i++) {
                pairs.setWord(i, words[i]);
            }
            history = new History(pairs, tagger.extractors);
            possible = new int[pad][];
            slot = new int[pad][];
            for (int p = 0; p < pad; p++) {
                possible[p] = possibleTags(p - left);
                int[] s = new int[ySize + 1];
                for (int k = 0; k < possible[p].length; k++) {
                    s[possible[p][k] + 1] = k;
                }
                slot[p] = s;
            }
            fixed = new double[size][];
            rare = new boolean[size];
            dynamicWeights = new double[size][][][];
        }

        /** As {@code TestSentence.stringTagsAt}. */
        private int[] possibleTags(int i) {
            if (i < 0 || i >= size) {
                return new int[] {naTag};
            }
            String word = words[i];
            int count = tagger.dict.sum(word);
            if (count == 0 || count < minWordsLockTags) {
                return openTags;
            }
            return indexes(tagger.tags.deterministicallyExpandTags(tagger.dict.getTags(word)));
        }

        /** CoreNLP's local and local-context scores of word i, computed once. */
        private double[] fixed(int i) {
            double[] f = fixed[i];
            if (f == null) {
                history.init(0, size - 1, i);
                rare[i] = tagger.isRare(ExtractorFrames.cWord.extract(history));
                double[] ls = localScores.get(words[i]);
                if (ls == null) {
                    ls = sum(local, rare[i] ? localRare : null);
                    localScores.put(words[i], ls);
                }
                f = sum(localContext, rare[i] ? localContextRare : null);
                for (int y = 0; y < ySize; y++) {
                    f[y] += ls[y];
                }
                fixed[i] = f;
                dynamicWeights[i] = new double[dynamic.length + (rare[i] ? dynamicRare.length : 0)][][];
            }
            return f;
        }

        /** As {@code TestSentence.getExactHistories}: weights added extractor by extractor, in order. */
        private double[] sum(Feature[] features, Feature[] rareFeatures) {
            double[] scores = new double[ySize];
            add(features, scores);
            if (rareFeatures != null) {
                add(rareFeatures, scores);
            }
            return scores;
        }

        private void add(Feature[] features, double[] scores) {
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

        /**
         * The weights of dynamic feature {@code k} at padded position {@code pos} for the tags in
         * {@code tags}; null when the feature does not fire.
         */
        private double[] dynamicWeights(int pos, int k, Feature f, int[] tags) {
            int i = pos - left;
            int key = 0;
            int combinations = 1;
            for (int p = pos - f.leftTags(); p <= pos + f.rightTags(); p++) {
                if (p != pos) {
                    key = key * possible[p].length + slot[p][tags[p] + 1];
                    combinations *= possible[p].length;
                }
            }
            double[][] table = dynamicWeights[i][k];
            if (table == null) {
                table = new double[combinations][];
                dynamicWeights[i][k] = table;
            }
            double[] w = table[key];
            if (w == null) {
                history.init(0, size - 1, i);
                // as TestSentence.setHistory: the window's tags, as CoreNLP would have set them
                for (int p = Math.max(pos - left, left); p <= Math.min(pos + right, size + left - 1); p++) {
                    history.setTag(p - left, tagger.tags.getTag(tags[p]));
                }
                int[] ids = f.weights().get(f.extractor().extract(history));
                w = new double[ySize];
                if (ids != null) {
                    for (int y = 0; y < ySize; y++) {
                        if (ids[y] > -1) {
                            w[y] = lambda[ids[y]];
                        }
                    }
                }
                table[key] = w;
            }
            return w;
        }

        /** Normalised log scores of the possible tags at {@code pos}, given the window's tags (CoreNLP's scoresOf). */
        private void scores(int[] tags, int pos, double[] total, double[] out) {
            int i = pos - left;
            double[] f = fixed(i);
            java.util.Arrays.fill(total, 0.0);
            int k = 0;
            for (Feature d : dynamic) {
                addInto(total, dynamicWeights(pos, k++, d, tags));
            }
            if (rare[i]) {
                for (Feature d : dynamicRare) {
                    addInto(total, dynamicWeights(pos, k++, d, tags));
                }
            }
            for (int y = 0; y < ySize; y++) {
                total[y] += f[y];
            }
            ArrayMath.logNormalize(total);
            int[] pv = possible[pos];
            for (int j = 0; j < pv.length; j++) {
                out[j] = total[pv[j]];
            }
        }

        private void addInto(double[] total, double[] w) {
            for (int y = 0; y < ySize; y++) {
                total[y] += w[y];
            }
        }

        /** {@code ExactBestSequenceFinder.bestSequence}, step for step (same products, same tie-breaking). */
        int[] viterbi() {
            int length = size;
            int[] tagNum = new int[pad];
            for (int p = 0; p < pad; p++) {
                tagNum[p] = possible[p].length;
            }
            int[] productSizes = new int[pad];
            int curProduct = 1;
            for (int p = 0; p < left + right; p++) {
                curProduct *= tagNum[p];
            }
            for (int p = left + right; p < pad; p++) {
                if (p > left + right) {
                    curProduct /= tagNum[p - left - right - 1];
                }
                curProduct *= tagNum[p];
                productSizes[p - right] = curProduct;
            }
            int[] tempTags = new int[pad];
            double[] total = new double[ySize];
            double[] scores = new double[ySize];
            double[][] windowScore = new double[pad][];
            for (int pos = left; pos < left + length; pos++) {
                double[] ws = new double[productSizes[pos]];
                windowScore[pos] = ws;
                java.util.Arrays.fill(tempTags, possible[0][0]);
                for (int product = 0; product < productSizes[pos]; product++) {
                    int pr = product;
                    int shift = 1;
                    for (int cur = pos + right; cur >= pos - left; cur--) {
                        tempTags[cur] = possible[cur][pr % tagNum[cur]];
                        pr /= tagNum[cur];
                        if (cur > pos) {
                            shift *= tagNum[cur];
                        }
                    }
                    if (tempTags[pos] == possible[pos][0]) {
                        scores(tempTags, pos, total, scores);
                        for (int t = 0; t < tagNum[pos]; t++) {
                            ws[product + t * shift] = scores[t];
                        }
                    }
                }
            }
            double[][] score = new double[pad][];
            int[][] trace = new int[pad][];
            for (int p = 0; p < pad; p++) {
                score[p] = new double[productSizes[p]];
                trace[p] = new int[productSizes[p]];
            }
            for (int product = 0; product < productSizes[left]; product++) {
                score[left][product] = windowScore[left][product];
                trace[left][product] = -1;
            }
            for (int pos = left + 1; pos < length + left; pos++) {
                double[] sc = score[pos];
                double[] prev = score[pos - 1];
                double[] ws = windowScore[pos];
                int[] tr = trace[pos];
                int last = tagNum[pos + right];
                int factor = productSizes[pos] / last;
                int preds = tagNum[pos - left - 1];
                for (int product = 0; product < productSizes[pos]; product++) {
                    double best = Double.NEGATIVE_INFINITY;
                    int arg = -1;
                    int shared = product / last;
                    double w = ws[product];
                    for (int n = 0; n < preds; n++) {
                        int pred = n * factor + shared;
                        double s = prev[pred] + w;
                        if (s > best) {
                            best = s;
                            arg = pred;
                        }
                    }
                    sc[product] = best;
                    tr[product] = arg;
                }
            }
            double bestFinal = Double.NEGATIVE_INFINITY;
            int bestCurrent = -1;
            double[] finalScores = score[left + length - 1];
            for (int product = 0; product < productSizes[left + length - 1]; product++) {
                if (finalScores[product] > bestFinal) {
                    bestCurrent = product;
                    bestFinal = finalScores[product];
                }
            }
            int lastProduct = bestCurrent;
            for (int last = pad - 1; last >= length - 1 && last >= 0; last--) {
                tempTags[last] = possible[last][lastProduct % tagNum[last]];
                lastProduct /= tagNum[last];
            }
            for (int pos = left + length - 2; pos >= left; pos--) {
                int bestNext = bestCurrent;
                bestCurrent = trace[pos + 1][bestNext];
                tempTags[pos - left] = possible[pos - left][bestCurrent / (productSizes[pos] / tagNum[pos - left])];
            }
            return tempTags;
        }
    }
}

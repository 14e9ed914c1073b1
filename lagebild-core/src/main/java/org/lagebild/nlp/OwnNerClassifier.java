package org.lagebild.nlp;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.Triple;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's CRF NER classifier with Lagebild's feature extraction ({@link NerFeatures}): feature
 * ids per token straight from the words and shapes, instead of CoreNLP's ~100 feature strings
 * per token in a hash set and a string look-up each. Everything else is CoreNLP's: the
 * annotator, the working copies of the tokens with their word shapes (and the growing set of
 * known lower-case words behind them), the clique tree over the same weights, Viterbi, the
 * answer probabilities. Same labels (up to the order in which a token's feature weights are
 * summed; {@code OwnNerEqualityTest}).
 *
 * <p>It takes over a loaded classifier's state (a shallow copy of its fields: no second load)
 * and replaces it inside CoreNLP's {@code ner} annotator ({@link #install}).
 */
final class OwnNerClassifier extends CRFClassifier<CoreLabel> {
    private final transient NerFeatures features;

    private OwnNerClassifier(CRFClassifier<CoreLabel> loaded, NerFeatures features) throws IllegalAccessException {
        super();
        for (Class<?> c = CRFClassifier.class; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    f.set(this, f.get(loaded));
                }
            }
        }
        this.features = features;
    }

    /** The classifier on {@code loaded}'s model with own feature extraction, or null when its flags are not supported. */
    static OwnNerClassifier of(CRFClassifier<CoreLabel> loaded) {
        if (!NerFeatures.supports(loaded.flags) || loaded.featureFactories.size() != 1
                || loaded.featureFactories.get(0).getClass() != NERFeatureFactory.class || loaded.windowSize != 2) {
            return null;
        }
        try {
            Object index = NerModelCache.field(CRFClassifier.class, "featureIndex").get(loaded);
            @SuppressWarnings("unchecked")
            Map<String, String> lexicon = (Map<String, String>) NerModelCache.field(NERFeatureFactory.class, "lexicon")
                    .get(loaded.featureFactories.get(0));
            @SuppressWarnings("unchecked")
            CompactStringIndex compact = index instanceof CompactStringIndex ci ? ci
                    : new CompactStringIndex((Index<String>) index);
            if (lexicon == null) {
                return null;
            }
            return new OwnNerClassifier(loaded, new NerFeatures(compact, lexicon, loaded.flags));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another CoreNLP: its own classification stays
        }
    }

    /**
     * Replaces the CRF classifiers inside CoreNLP's {@code ner} annotator by own-feature ones
     * where supported; returns how many were replaced (0 leaves the annotator as it was).
     */
    @SuppressWarnings("unchecked")
    static int install(Annotator ner) {
        try {
            Object combiner = NerModelCache.field(ner.getClass(), "ner").get(ner);
            Field baseField = NerModelCache.field(ClassifierCombiner.class, "baseClassifiers");
            List<Object> base = new java.util.ArrayList<>((List<Object>) baseField.get(combiner));
            int replaced = 0;
            for (int i = 0; i < base.size(); i++) {
                if (base.get(i) instanceof CRFClassifier<?> crf && crf.getClass() == CRFClassifier.class) {
                    OwnNerClassifier own = of((CRFClassifier<CoreLabel>) crf);
                    if (own != null) {
                        base.set(i, own);
                        replaced++;
                    }
                }
            }
            baseField.set(combiner, base);
            return replaced;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    /** The feature ids of the sentence, in CoreNLP's layout; the labels as CoreNLP reads them (unused when tagging). */
    @Override
    public Triple<int[][][], int[], double[][][]> documentToDataAndLabels(List<CoreLabel> document) {
        int[] labels = new int[document.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = classIndex.indexOf(document.get(i).get(CoreAnnotations.AnswerAnnotation.class));
        }
        return new Triple<>(features.features(document), labels, null);
    }
}

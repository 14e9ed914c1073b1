package org.lagebild.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.TaggerInference;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The POS annotator with Lagebild's own inference ({@link TaggerInference}) for CoreNLP's
 * tagger model, loaded from the model cache ({@link TaggerModelCache}): the tags of CoreNLP's
 * {@link POSTaggerAnnotator} (same model, same scores, same search), several times faster per
 * token. Like CoreNLP's annotator, a sentence longer than {@code pos.maxlen} is tagged "X".
 */
final class FastTagger implements Annotator {
    private final TaggerInference inference;
    private final POSTaggerAnnotator corenlp;
    private final int maxLength;

    FastTagger(MaxentTagger tagger, int maxLength) {
        this.inference = new TaggerInference(tagger);
        this.corenlp = new POSTaggerAnnotator(tagger, maxLength, 1);
        this.maxLength = maxLength;
    }

    /**
     * The annotator for {@code pos.model} and {@code pos.maxlen} of {@code props}; CoreNLP's own
     * for a model this inference does not reproduce ({@link TaggerInference#supports}).
     */
    static Annotator annotator(Properties props) {
        String model = props.getProperty("pos.model", MaxentTagger.DEFAULT_JAR_PATH);
        int maxLength = PropertiesUtils.getInt(props, "pos.maxlen", Integer.MAX_VALUE);
        MaxentTagger tagger = TaggerModelCache.load(model);
        return TaggerInference.supports(tagger) ? new FastTagger(tagger, maxLength)
                : new POSTaggerAnnotator(tagger, maxLength, 1);
    }

    /** The tags of one sentence's words. */
    String[] tag(List<String> words) {
        return inference.tag(words);
    }

    @Override
    public String toString() {
        return inference.toString();
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            throw new IllegalArgumentException("unable to find sentences in: " + annotation);
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() > maxLength) {
                tokens.forEach(t -> t.set(CoreAnnotations.PartOfSpeechAnnotation.class, "X"));
                continue;
            }
            List<String> words = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                words.add(t.word());
            }
            String[] tags = inference.tag(words);
            for (int i = 0; i < tags.length; i++) {
                tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tags[i]);
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return corenlp.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return corenlp.requires();
    }
}

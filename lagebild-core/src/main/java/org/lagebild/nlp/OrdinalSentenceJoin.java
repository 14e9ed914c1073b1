package org.lagebild.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends CoreNLP's German sentence split after an ordinal: its tokenizer keeps "12." of "12. Juli" as one
 * token, but splits "11" and "." before a lowercase word and ends the sentence there ("am 11. | und 12. Juli",
 * "Papst Benedikt XVI. | reiste …"), so the events and statements of both halves lose their participants.
 * A German sentence never starts with a lowercase word, so a sentence that ends in a number or Roman numeral
 * and a period written together, followed by one that starts in lowercase, is one sentence: the two are
 * joined and the number and period become the one ordinal token the tokenizer makes elsewhere. Runs after
 * tokenize/ssplit/mwt and before the tagger.
 */
final class OrdinalSentenceJoin implements Annotator {
    private static final Pattern ORDINAL = Pattern.compile("[0-9]{1,4}|[IVXLCDM]{1,7}");

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        boolean changed = false;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            CoreMap last = out.isEmpty() ? null : out.get(out.size() - 1);
            List<CoreLabel> lastTokens = last == null ? null : last.get(CoreAnnotations.TokensAnnotation.class);
            if (last != null && !tokens.isEmpty() && endsInSplitOrdinal(lastTokens) && startsLowercase(tokens.get(0))
                    && !paragraphBreak(text, lastTokens.get(lastTokens.size() - 1), tokens.get(0))) {
                List<CoreLabel> joined = new ArrayList<>(lastTokens.subList(0, lastTokens.size() - 2));
                joined.add(ordinal(lastTokens.get(lastTokens.size() - 2), lastTokens.get(lastTokens.size() - 1)));
                joined.addAll(tokens);
                CoreMap j = new ArrayCoreMap(last); // the first part's other annotations
                j.set(CoreAnnotations.TokensAnnotation.class, joined);
                j.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                int begin = j.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = j.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (text != null && 0 <= begin && begin <= end && end <= text.length()) {
                    j.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
                }
                out.set(out.size() - 1, j);
                changed = true;
            } else {
                out.add(s);
            }
        }
        if (!changed) {
            return;
        }
        // renumber sentences and tokens as ssplit left them
        List<CoreLabel> all = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            CoreMap s = out.get(k);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).setIndex(i + 1);
                tokens.get(i).setSentIndex(k);
            }
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, k);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            s.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
            all.addAll(tokens);
        }
        annotation.set(CoreAnnotations.TokensAnnotation.class, all);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    /** "… am 11 ." / "… Benedikt XVI .": a number and a period written together end the sentence. */
    private static boolean endsInSplitOrdinal(List<CoreLabel> tokens) {
        if (tokens.size() < 2) {
            return false;
        }
        CoreLabel period = tokens.get(tokens.size() - 1);
        CoreLabel number = tokens.get(tokens.size() - 2);
        return ".".equals(period.word()) && number.endPosition() == period.beginPosition()
                && ORDINAL.matcher(number.word()).matches();
    }

    /** A blank line between the two always ends the sentence (the pipeline's {@code ssplit.newlineIsSentenceBreak}). */
    private static boolean paragraphBreak(String text, CoreLabel period, CoreLabel next) {
        if (text == null || period.endPosition() > next.beginPosition() || next.beginPosition() > text.length()) {
            return true; // offsets not as expected: leave the split alone
        }
        return text.substring(period.endPosition(), next.beginPosition()).chars().filter(c -> c == '\n').count() >= 2;
    }

    private static boolean startsLowercase(CoreLabel first) {
        String w = first.word();
        return w != null && !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    /** "11" + "." as the one token "11." (what the tokenizer makes of "12. Juli"). */
    private static CoreLabel ordinal(CoreLabel number, CoreLabel period) {
        CoreLabel t = new CoreLabel(number);
        String word = number.word() + ".";
        t.setWord(word);
        t.setValue(word);
        t.setOriginalText(word);
        t.setEndPosition(period.endPosition());
        t.setAfter(period.after());
        return t;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}

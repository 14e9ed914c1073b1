package org.lagebild.nlp.morph;

/**
 * One reading of a German verb form.
 *
 * @param lemma   infinitive including a separable particle ("zurückweisen")
 * @param person  1–3 for finite forms, null otherwise
 * @param plural  number for finite forms, null otherwise
 * @param guessed true when the lemma was built by rule (unknown stem or particle/prefix
 *                combination not listed in verbs-de.tsv) rather than confirmed by the lexicon
 */
public record VerbForm(String lemma, Tense tense, Mood mood, Integer person, Boolean plural,
                       boolean guessed) {

    public boolean finite() {
        return tense == Tense.PRESENT || tense == Tense.PAST;
    }
}

package org.lagebild.nlp.morph;

/**
 * Verbal mood of a finite form. AMBIGUOUS: the form is both indicative and subjunctive for the
 * same person and number (e.g. "haben" 3pl, weak "sagte"), so it is no evidence of indirect
 * speech. NONE: non-finite forms.
 */
public enum Mood {
    INDICATIVE, SUBJUNCTIVE_I, SUBJUNCTIVE_II, AMBIGUOUS, NONE;

    public boolean isSubjunctive() {
        return this == SUBJUNCTIVE_I || this == SUBJUNCTIVE_II;
    }
}

package org.lagebild.nlp.morph;

/** Verb form category. Konjunktiv I counts as PRESENT, Konjunktiv II as PAST (their stems). */
public enum Tense {
    PRESENT, PAST, PARTICIPLE, INFINITIVE, ZU_INFINITIVE, UNKNOWN
}

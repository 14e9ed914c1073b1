package org.lagebild.nlp;

import java.util.BitSet;

/**
 * Chooses the sentences worth a dependency parse, given the document tagged (tokens, POS,
 * NER) but not parsed: every token has head -1 and relation "dep", lemmas are not set.
 */
@FunctionalInterface
public interface ParseSelector {
    /** Indices into {@code unparsed.sentences()} of the sentences to parse. */
    BitSet select(AnnotatedDocument unparsed);
}

package org.lagebild.nlp;

/**
 * One syntactic word. Offsets point into the original document text; words that CoreNLP's
 * multi-word-token step split from one surface token ("zum" → "zu" + "dem") share the
 * surface token's offsets. {@code head} is a document-level token index, -1 for the root.
 */
public record Token(int index, int sentence, int start, int end, String text, String pos,
                    String ner, int head, String deprel, String lemma) {

    public boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    public boolean isNoun() {
        return pos.equals("NOUN") || pos.equals("PROPN");
    }

    /** The relation without its subtype: "nsubj:pass" → "nsubj". */
    public String baseRel() {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }

    Token withLemma(String newLemma) {
        return new Token(index, sentence, start, end, text, pos, ner, head, deprel, newLemma);
    }
}

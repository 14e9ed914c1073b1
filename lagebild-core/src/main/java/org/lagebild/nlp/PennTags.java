package org.lagebild.nlp;

/**
 * CoreNLP's English tagger emits Penn Treebank tags while the German one emits Universal
 * POS; the extractors work on UPOS, so English tags are mapped (the dependency relation
 * separates auxiliaries from main verbs and subordinators from prepositions).
 */
final class PennTags {
    private PennTags() {
    }

    static String toUniversal(String tag, String deprel) {
        boolean aux = deprel.startsWith("aux") || deprel.equals("cop");
        if (tag.startsWith("VB")) {
            return aux ? "AUX" : "VERB";
        }
        if (tag.startsWith("NNP")) {
            return "PROPN";
        }
        if (tag.startsWith("NN")) {
            return "NOUN";
        }
        if (tag.startsWith("JJ")) {
            return "ADJ";
        }
        if (tag.startsWith("RB") || tag.equals("WRB")) {
            return deprel.equals("advmod") || !tag.equals("RP") ? "ADV" : "ADP";
        }
        return switch (tag) {
            case "MD" -> "AUX";
            case "PRP", "WP", "EX" -> "PRON";
            case "PRP$", "WP$", "DT", "PDT", "WDT" -> "DET";
            case "IN" -> deprel.equals("mark") ? "SCONJ" : "ADP";
            case "RP" -> "ADP";
            case "CC" -> "CCONJ";
            case "CD" -> "NUM";
            case "TO", "POS" -> "PART";
            case "UH" -> "INTJ";
            case "SYM", "$", "#" -> "SYM";
            case "FW", "LS" -> "X";
            default -> "PUNCT";
        };
    }
}

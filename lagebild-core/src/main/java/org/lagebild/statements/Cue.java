package org.lagebild.statements;

/**
 * One quotation cue: a word or phrase that introduces or attributes reported speech.
 *
 * @param strength 1 = almost always a cue, 2 = often (needs a complement), 3 = weak
 * @param pattern  how speaker and message attach (free text from the lexicon; may be empty)
 * @param source   provenance of the entry (lagebild, gepade-cc0, gepade-cc0+lagebild)
 */
public record Cue(String lemma, String lang, Kind kind, Medium medium, int strength, String pattern,
                  String source) {

    public enum Kind { VERB, NOUN, PREP, PHRASE }

    public enum Medium { SPEECH, WRITING, THOUGHT, UNKNOWN }
}

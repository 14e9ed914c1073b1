package org.lagebild.statements.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.lagebild.data.TsvResource;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;
import org.lagebild.statements.Cue;
import org.lagebild.statements.CueLexicon;

/**
 * German multiword cues for the cue tagger: the idioms of {@code cue-idioms-de.tsv} and the cue
 * lexicon's phrases, matched per sentence by lemma or word, in any order and discontinuously
 * ("stellte das Grundrecht infrage", "führt uns vor Augen"), with or without a parse. The tagger
 * otherwise sees such a phrase only through the lemmas of its words, which are mostly light verbs
 * and prepositions that are no cues on their own.
 */
final class CueIdioms {
    static final String RESOURCE = "org/lagebild/statements/cue-idioms-de.tsv";

    /** One phrase: its key (the phrase as written) and, per word, the forms that match it. */
    record Idiom(String key, List<Set<String>> words) {
    }

    private static volatile List<Idiom> all;

    static List<Idiom> get() {
        List<Idiom> a = all;
        if (a == null) {
            a = load(TsvResource.read(RESOURCE, 3).stream().map(r -> r.req(0, "phrase")),
                    CueLexicon.get().phrases("de").stream().map(Cue::lemma));
            all = a;
        }
        return a;
    }

    /** Phrases as written ("infrage|frage stellen"); the lexicon's placeholder "etwas" is no word to match. */
    static List<Idiom> load(Stream<String> idioms, Stream<String> lexiconPhrases) {
        List<Idiom> out = new ArrayList<>();
        Stream.concat(idioms, lexiconPhrases).forEach(p -> {
            List<Set<String>> words = new ArrayList<>();
            for (String w : p.toLowerCase(Locale.ROOT).split(" +")) {
                if (!w.equals("etwas")) {
                    words.add(Set.of(w.split("\\|")));
                }
            }
            out.add(new Idiom(p.toLowerCase(Locale.ROOT), List.copyOf(words)));
        });
        return List.copyOf(out);
    }

    /** Per token of {@code doc}: the first idiom all of whose words occur in the token's sentence and that it is a word of, or null. */
    static String[] match(AnnotatedDocument doc, List<Idiom> idioms) {
        String[] out = new String[doc.tokens().size()];
        for (Sentence s : doc.sentences()) {
            for (Idiom idiom : idioms) {
                boolean all = true;
                for (Set<String> word : idiom.words()) {
                    boolean found = false;
                    for (int i = s.firstToken(); i < s.endToken() && !found; i++) {
                        found = matches(doc.token(i), word);
                    }
                    all &= found;
                }
                if (!all) {
                    continue;
                }
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    Token t = doc.token(i);
                    if (out[i] == null && idiom.words().stream().anyMatch(w -> matches(t, w))) {
                        out[i] = idiom.key();
                    }
                }
            }
        }
        return out;
    }

    private static boolean matches(Token t, Set<String> forms) {
        return forms.contains(EventFeatures.lower(t)) || t.lemma() != null && forms.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
}

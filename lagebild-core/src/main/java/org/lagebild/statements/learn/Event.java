package org.lagebild.statements.learn;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A speech event in parse-token space: the cue's tokens, the tokens of each role, and the
 * form and medium labels where the corpus has them (null otherwise).
 */
public record Event(SortedSet<Integer> cue, Map<String, SortedSet<Integer>> roles, String form, String medium) {
    public Event {
        cue = new TreeSet<>(cue);
        Map<String, SortedSet<Integer>> copy = new TreeMap<>();
        roles.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        roles = copy;
    }

    public SortedSet<Integer> role(String name) {
        return roles.getOrDefault(name, new TreeSet<>());
    }

    /** The cue token highest in the dependency tree (the first whose head lies outside the cue). */
    public int cueHead(org.lagebild.nlp.AnnotatedDocument parse) {
        for (int t : cue) {
            if (!cue.contains(parse.token(t).head())) {
                return t;
            }
        }
        return cue.first();
    }
}

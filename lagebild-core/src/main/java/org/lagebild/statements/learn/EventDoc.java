package org.lagebild.statements.learn;

import java.util.List;
import org.lagebild.nlp.AnnotatedDocument;

/**
 * One parsed document for the event model: the rule system's events (features) and, in
 * training, the gold events — all in the parse's token indices.
 */
public record EventDoc(AnnotatedDocument parse, List<Event> rules, List<Event> gold) {
    public EventDoc {
        rules = List.copyOf(rules);
        gold = List.copyOf(gold);
    }
}

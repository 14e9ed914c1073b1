package org.lagebild.events;

import java.util.Locale;
import java.util.Set;

/**
 * An event trigger: a verb, noun or phrase that signals a PLOVER event, with how its syntactic
 * dependents map to the event's actor (source), recipient (target) and theme.
 *
 * @param mode        PLOVER mode or null
 * @param cameo       closest CAMEO code or null (PLOVER-only modes)
 * @param context     PLOVER context or null
 * @param sourceRole  UD relation giving the actor, or null
 * @param targetRole  UD relation giving the recipient, or null
 * @param themeRole   UD relation giving the theme, or null
 * @param constraint  restriction needed when the lemma alone is ambiguous, or null
 * @param standalone  an event even when the text names no actor ("Luftangriff", "wurde festgenommen")
 */
public record Trigger(String lemma, String lang, Pos pos, PloverType type, String mode, String cameo,
                      String context, String sourceRole, String targetRole, String themeRole,
                      Constraint constraint, String notes, boolean standalone) {

    public enum Pos { VERB, NOUN, PHRASE }

    /**
     * A dependent that must be present: relation {@code role} whose head lemma is one of
     * {@code lemmas} (lower case), or any head when the list is "*" ("xcomp:*": some zu-infinitive);
     * {@code reflexive} triggers need a reflexive pronoun instead.
     */
    public record Constraint(String role, Set<String> lemmas, boolean reflexive) {

        /** The lemma list that accepts any head of the relation. */
        public static final String ANY = "*";

        /** True when a dependent with this relation and head lemma satisfies the constraint. */
        public boolean accepts(String relation, String headLemma) {
            return !reflexive && role.equals(relation) && headLemma != null
                    && (lemmas.contains(ANY) || lemmas.contains(headLemma.toLowerCase(Locale.ROOT)));
        }
    }

    public boolean constrained() {
        return constraint != null;
    }
}

package org.lagebild.actors.registry;

/** Whether a {@link NameMatch} hit an actor's own name or a metonym standing for an actor. */
public enum MatchKind {
    NAME,
    METONYM
}

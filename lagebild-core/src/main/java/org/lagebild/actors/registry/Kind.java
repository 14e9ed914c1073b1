package org.lagebild.actors.registry;

/** What a registry {@link Entry} is. */
public enum Kind {
    /** An ISO 3166-1 country or territory; code is its alpha-3. */
    COUNTRY,
    /** An international organisation, one of its bodies, a national body or a party. */
    ORGANIZATION,
    /** A place or building standing for an actor ("Kreml" for the Russian government). */
    METONYM
}

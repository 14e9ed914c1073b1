package org.lagebild.actors.registry;

/**
 * A registry name found in a token sequence.
 *
 * @param entry      the actor (or metonym entry; see {@link Entry})
 * @param tokenCount number of tokens the name covers, at least 1
 * @param kind       NAME or METONYM
 * @param genitive   true when matched through a stripped genitive ending ("Russlands", "Russia's")
 */
public record NameMatch(Entry entry, int tokenCount, MatchKind kind, boolean genitive) {
}

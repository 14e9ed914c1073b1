package org.lagebild.store;

/**
 * The near-duplicate status of a stored article.
 *
 * @param duplicateOf id of the original it is a near-duplicate of, or null
 * @param similarity  estimated Jaccard similarity of the word 3-shingles of the two cleaned bodies, or null
 * @param duplicates  number of stored near-duplicates of this article (when it is an original)
 */
public record Duplicate(String duplicateOf, Double similarity, int duplicates) {
}

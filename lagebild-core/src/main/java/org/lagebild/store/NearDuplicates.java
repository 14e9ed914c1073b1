package org.lagebild.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Analysis;

/**
 * Near-duplicate articles (syndicated copies, updates): the MinHash signature of the cleaned body
 * is compared with the stored articles that share a band key; the most similar one at or above
 * {@link MinHash#THRESHOLD} (ties: the smaller id) is the match, and the new article is linked to
 * that match's original, so every group has one original and no chains.
 */
final class NearDuplicates {
    /** Most candidates compared per article (a band key shared by very many articles is boilerplate). */
    private static final int MAX_CANDIDATES = 200;
    /** Ids read per band key: one more than the candidates, as the article itself may be among them. */
    static final int BAND_IDS = MAX_CANDIDATES + 1;

    /** The article a new one duplicates and how similar they are. */
    record Match(String original, double similarity) {
    }

    private NearDuplicates() {
    }

    /**
     * Records the article's signature and returns its original when it is a near-duplicate
     * (null otherwise). Runs inside the article's transaction.
     *
     * @param precomputed the text's signature when already computed (bulk writes do it in parallel), else null
     */
    static Match apply(DedupTables t, String articleId, Analysis a, MinHash.Signature precomputed) throws SQLException {
        MinHash.Signature sig = precomputed != null ? precomputed : MinHash.of(a.text(), a.excluded());
        Match match = sig.comparable() ? best(t, articleId, sig) : null;
        t.addDedup(new DedupTables.SignatureRow(articleId, sig.shingles(), sig.comparable() ? sig.encode() : null,
                match == null ? null : match.original()), match == null ? null : match.similarity());
        if (sig.comparable()) {
            t.addBands(articleId, sig.bandKeys());
        }
        return match;
    }

    /**
     * The most similar stored article among the first {@link #MAX_CANDIDATES} (by id) sharing a
     * band key. Each key's range is read only up to that many ids, so the cost stays bounded when
     * a key is shared by very many articles (many copies of one text); the union of the keys'
     * smallest ids holds the smallest ids overall, so the candidates are the same as a full scan's.
     */
    private static Match best(DedupTables t, String articleId, MinHash.Signature sig) throws SQLException {
        // Copies of one text share most keys and so their ids: collect distinct ids first, then sort.
        java.util.Set<String> distinct = new java.util.HashSet<>(t.bandIds(sig.bandKeys()));
        distinct.remove(articleId);
        if (distinct.isEmpty()) {
            return null;
        }
        List<String> ids = new ArrayList<>(distinct);
        ids.sort(null);
        List<String> first = ids.subList(0, Math.min(ids.size(), MAX_CANDIDATES));
        Match best = null;
        for (DedupTables.SignatureRow row : t.signatures(first)) {
            if (row.signature() == null) {
                continue;
            }
            double s = sig.similarity(MinHash.Signature.decode(row.signature(), row.shingles()));
            if (s >= MinHash.THRESHOLD && (best == null || s > best.similarity())) {
                best = new Match(row.duplicateOf() != null ? row.duplicateOf() : row.articleId(), s);
            }
        }
        return best;
    }

    /** The original of an article: what it duplicates, or itself. */
    static String root(Match m, String articleId) {
        return m == null ? articleId : m.original();
    }
}

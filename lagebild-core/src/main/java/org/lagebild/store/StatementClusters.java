package org.lagebild.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.model.Analysis;
import org.lagebild.model.StatementRecord;

/**
 * Deduplicates statements across articles: a statement joins a cluster when the speaker is the
 * same actor (after person aliasing), the publication days are at most
 * {@link EventClusters#WINDOW_DAYS} apart, and the quotes are near-identical: the word sets have
 * a Jaccard similarity of at least {@link #JACCARD}, or the shorter quote (at least
 * {@link #MIN_CONTAINED} words) lies almost wholly ({@link #CONTAINMENT}) in the longer one — a
 * quote shortened by an editor. Statements without a resolved speaker join only clusters of the
 * same quote text. Best match: highest similarity, then the smaller id.
 */
final class StatementClusters {
    static final double JACCARD = 0.6;
    static final double CONTAINMENT = 0.9;
    static final int MIN_CONTAINED = 5;

    private StatementClusters() {
    }

    /** Similarity of two quotes for clustering: 0 when they are not near-identical, else the word-set Jaccard. */
    static double similarity(String a, String b) {
        Set<String> x = new HashSet<>(MinHash.words(a == null ? "" : a, List.of()));
        Set<String> y = new HashSet<>(MinHash.words(b == null ? "" : b, List.of()));
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() && y.isEmpty() ? 1 : 0;
        }
        int inter = EventClusters.shared(x, y);
        double jaccard = (double) inter / (x.size() + y.size() - inter);
        int smaller = Math.min(x.size(), y.size());
        boolean contained = smaller >= MIN_CONTAINED && (double) inter / smaller >= CONTAINMENT;
        return jaccard >= JACCARD || contained ? Math.max(jaccard, 1e-6) : 0;
    }

    /** Assigns every statement of the article to a cluster. Runs inside the article's transaction. */
    static void assign(DedupTables t, String articleId, String root, Analysis a, DateSpan pub,
                       Map<String, String> aliases) throws SQLException {
        LocalDate day = pub == null ? null : pub.from();
        for (StatementRecord s : a.statements()) {
            String quote = s.quote() == null ? "" : s.quote().text();
            String speaker = s.speaker() == null || s.speaker().actor() == null ? null
                    : aliases.getOrDefault(s.speaker().actor(), s.speaker().actor());
            String key = speaker != null ? speaker
                    : "q:" + Store.articleId(String.join(" ", MinHash.words(quote, List.of()))).substring(0, 24);
            String best = null;
            double bestSim = 0;
            for (DedupTables.StatementCandidate cand : t.statementCandidates(key, day, EventClusters.WINDOW_DAYS,
                    Clusters.MAX_CANDIDATES)) {
                double sim = similarity(cand.quote(), quote);
                if (sim > bestSim) {
                    bestSim = sim;
                    best = cand.id();
                }
            }
            if (best == null) {
                best = "s" + Store.articleId(articleId + "\u0000" + s.id()).substring(0, 23);
                t.newStatementCluster(best, key, speaker, day, quote);
            } else {
                LocalDate[] seen = t.statementSeen(best);
                int newSource = t.hasStatementRoot(best, root) ? 0 : 1;
                t.updateStatementCluster(best, newSource, Clusters.min(seen[0], day), Clusters.max(seen[1], day));
            }
            t.addStatementMention(articleId, s.id(), best, root);
        }
    }
}

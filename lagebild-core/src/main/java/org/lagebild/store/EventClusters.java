package org.lagebild.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;

/**
 * Clusters event mentions across articles and days into events. An event mention joins a cluster
 * when (all of):
 * <ul>
 *   <li>the PLOVER type and the negated and historical flags are equal, and so is whether the event is
 *       irrealis (future or hypothetical): "ob der Kreml weiteren Treffen zustimmt" is not the meeting
 *       that took place;</li>
 *   <li>the actors are compatible: for sources and for targets, when both sides name actors they
 *       share one, and at least one side is shared; events without any actor match only the same
 *       evidence sentence (a syndicated copy);</li>
 *   <li>the anchor days are at most {@link #WINDOW_DAYS} apart (anchor: the first day of the
 *       event's own resolved date, else of the publication date; so "2021" mentions meet on
 *       2021-01-01), and the events' own resolved dates, when both have one, overlap within that
 *       window;</li>
 *   <li>the places (country code, else location actor) are equal when both have one.</li>
 * </ul>
 * Of several matching clusters the one sharing most actors wins, then the nearest anchor day, then
 * the smaller id, so assignment is deterministic for a given ingest order. Candidates come from an
 * index on (actor key, type, day), never from a scan. Mentions are assigned in the article's
 * transaction, in event order.
 */
final class EventClusters {
    static final int WINDOW_DAYS = 2;

    /** What clustering compares of an event mention or a cluster. */
    record Profile(String type, boolean negated, boolean historical, boolean irrealis, Set<String> sources, Set<String> targets,
                   String textKey, String place, LocalDate day, LocalDate ownFrom, LocalDate ownTo) {
        /** The index keys: one per actor, or the evidence key for events without actors. */
        List<String> keys() {
            List<String> k = new ArrayList<>();
            sources.forEach(s -> k.add("s:" + s));
            targets.forEach(t -> k.add("t:" + t));
            if (k.isEmpty()) {
                k.add(textKey);
            }
            return k;
        }
    }

    private EventClusters() {
    }

    /** Whether a mention may join a cluster (see the class comment); symmetric. */
    static boolean compatible(Profile c, Profile m) {
        if (!c.type().equals(m.type()) || c.negated() != m.negated() || c.historical() != m.historical()
                || c.irrealis() != m.irrealis()) {
            return false;
        }
        if (!daysNear(c.day(), m.day())) {
            return false;
        }
        if (c.ownFrom() != null && m.ownFrom() != null && (c.ownFrom().minusDays(WINDOW_DAYS).isAfter(m.ownTo())
                || m.ownFrom().minusDays(WINDOW_DAYS).isAfter(c.ownTo()))) {
            return false;
        }
        if (c.place() != null && m.place() != null && !c.place().equals(m.place())) {
            return false;
        }
        boolean cActors = !c.sources().isEmpty() || !c.targets().isEmpty();
        boolean mActors = !m.sources().isEmpty() || !m.targets().isEmpty();
        if (!cActors || !mActors) {
            return !cActors && !mActors && c.textKey().equals(m.textKey());
        }
        int src = shared(c.sources(), m.sources());
        int tgt = shared(c.targets(), m.targets());
        if (src == 0 && !c.sources().isEmpty() && !m.sources().isEmpty()) {
            return false;
        }
        if (tgt == 0 && !c.targets().isEmpty() && !m.targets().isEmpty()) {
            return false;
        }
        return src + tgt > 0;
    }

    static boolean daysNear(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= WINDOW_DAYS;
    }

    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            n += b.contains(x) ? 1 : 0;
        }
        return n;
    }

    /** The profile of an event mention; actor ids pass through the article's person aliases. */
    static Profile profile(EventRecord e, DateSpan pub, Map<String, String> aliases, String articleId) {
        DateSpan own = e.date() == null ? null : DateSpan.ofValue(e.date().value());
        DateSpan anchor = own != null ? own : pub;
        LocalDate day = anchor == null ? null : anchor.from();
        String place = e.location() == null ? null
                : e.location().country() != null ? e.location().country() : e.location().actor();
        String evidence = e.evidence() == null ? null : e.evidence().text();
        // Without evidence nothing identifies a copy: the key is unique to this mention.
        String textKey = "x:" + (evidence == null ? Store.articleId(articleId + "\u0000" + e.id()).substring(0, 24)
                : Store.articleId(String.join(" ", MinHash.words(evidence, List.of()))).substring(0, 24));
        return new Profile(e.type() == null ? "" : e.type().toUpperCase(Locale.ROOT), e.negated(), e.historical(),
                e.future() || e.hypothetical(),
                ids(e.source(), aliases), ids(e.target(), aliases), textKey, place, day,
                own == null ? null : own.from(), own == null ? null : own.to());
    }

    private static Set<String> ids(List<String> raw, Map<String, String> aliases) {
        Set<String> out = new TreeSet<>();
        if (raw != null) {
            for (String id : raw) {
                if (id != null) {
                    out.add(aliases.getOrDefault(id, id));
                }
            }
        }
        return out;
    }

    /** Assigns every event of the article to a cluster. Runs inside the article's transaction. */
    static void assign(DedupTables t, String articleId, String root, Analysis a, DateSpan pub,
                       Map<String, String> aliases) throws SQLException {
        LocalDate seen = pub == null ? null : pub.from();
        for (EventRecord e : a.events()) {
            Profile m = profile(e, pub, aliases, articleId);
            Candidate best = null;
            for (DedupTables.EventCluster row : t.eventCandidates(new TreeSet<>(m.keys()), m.type(), m.day(), WINDOW_DAYS,
                    m.negated(), m.historical(), m.irrealis(), m.place(), Clusters.MAX_CANDIDATES)) {
                Candidate cand = Candidate.of(row);
                if (compatible(cand.profile(), m) && (best == null || cand.better(best, m))) {
                    best = cand;
                }
            }
            String clusterId;
            if (best == null) {
                clusterId = "e" + Store.articleId(articleId + "\u0000" + e.id()).substring(0, 23);
                t.newEventCluster(new DedupTables.EventCluster(clusterId, m.type(), m.negated(), m.historical(),
                        m.irrealis(), m.place(), m.day(), m.ownFrom(), m.ownTo(), seen, seen, Set.of()), e.quad(),
                        e.intensity() == null || !Double.isFinite(e.intensity()) ? null : e.intensity());
                addKeys(t, clusterId, m, m.keys(), Set.of());
            } else {
                clusterId = best.id();
                Profile p = best.profile();
                int newSource = t.hasEventRoot(clusterId, root) ? 0 : 1;
                t.updateEventCluster(clusterId, newSource, p.place() != null ? p.place() : m.place(),
                        Clusters.min(best.firstSeen(), seen), Clusters.max(best.lastSeen(), seen),
                        Clusters.min(p.ownFrom(), m.ownFrom()), Clusters.max(p.ownTo(), m.ownTo()));
                addKeys(t, clusterId, p, m.keys(), best.keys());
            }
            t.addEventMention(articleId, e.id(), clusterId, root);
        }
    }

    /** Adds the mention's actor keys the cluster lacks (a cluster gathers the actors of its mentions). */
    private static void addKeys(DedupTables t, String clusterId, Profile cluster, List<String> keys, Set<String> have)
            throws SQLException {
        for (String k : new TreeSet<>(keys)) {
            if (!have.contains(k)) {
                t.addEventKey(clusterId, k, cluster.type(), cluster.day());
            }
        }
    }

    /** A stored cluster as a candidate for a mention. */
    private record Candidate(String id, Profile profile, Set<String> keys, LocalDate firstSeen, LocalDate lastSeen) {
        static Candidate of(DedupTables.EventCluster r) {
            Set<String> sources = new TreeSet<>();
            Set<String> targets = new TreeSet<>();
            String textKey = "";
            for (String k : r.keys()) {
                if (k.startsWith("s:")) {
                    sources.add(k.substring(2));
                } else if (k.startsWith("t:")) {
                    targets.add(k.substring(2));
                } else {
                    textKey = k;
                }
            }
            return new Candidate(r.id(), new Profile(r.type(), r.negated(), r.historical(), r.irrealis(), sources, targets,
                    textKey, r.place(), r.anchorDay(), r.whenFrom(), r.whenTo()), r.keys(), r.firstSeen(), r.lastSeen());
        }

        /** More shared actors, then a nearer anchor day, then the smaller id. */
        boolean better(Candidate o, Profile m) {
            int a = sharedActors(m);
            int b = o.sharedActors(m);
            if (a != b) {
                return a > b;
            }
            long da = distance(m);
            long db = o.distance(m);
            return da != db ? da < db : id.compareTo(o.id) < 0;
        }

        int sharedActors(Profile m) {
            return shared(profile.sources(), m.sources()) + shared(profile.targets(), m.targets());
        }

        long distance(Profile m) {
            return profile.day() == null || m.day() == null ? 0 : Math.abs(ChronoUnit.DAYS.between(profile.day(), m.day()));
        }
    }
}

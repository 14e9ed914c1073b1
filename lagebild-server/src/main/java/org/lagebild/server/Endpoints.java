package org.lagebild.server;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.lagebild.actors.registry.Person;
import org.lagebild.actors.registry.PersonRegistry;
import org.lagebild.model.ActorRecord;
import org.lagebild.store.ActorRow;
import org.lagebild.store.ArticleQuery;
import org.lagebild.store.ArticleRow;
import org.lagebild.store.Duplicate;
import org.lagebild.store.EventCluster;
import org.lagebild.store.EventClusterDetail;
import org.lagebild.store.EventQuery;
import org.lagebild.store.EventRow;
import org.lagebild.store.Page;
import org.lagebild.store.StatementCluster;
import org.lagebild.store.StatementClusterDetail;
import org.lagebild.store.StatementQuery;
import org.lagebild.store.StatementRow;
import org.lagebild.store.Store;

/**
 * The read side of the API: turns validated parameters into Store queries and the values that
 * are sent as JSON. Every query is bounded (page limits, scan caps), so no request reads the
 * whole store.
 */
final class Endpoints {
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z_]{1,40}");
    /** Cluster ids: 'e' (events) or 's' (statements) and 23 hex digits. */
    private static final Pattern EVENT_CLUSTER = Pattern.compile("e[0-9a-f]{23}");
    private static final Pattern STATEMENT_CLUSTER = Pattern.compile("s[0-9a-f]{23}");
    /** Articles whose analyses are read to collect an actor's roles and codes. */
    private static final int ROLE_ARTICLES = 10;
    private static final int RECENT_STATEMENTS = 10;

    private final Store store;
    private final ActorLookup actors;

    Endpoints(Store store, ActorLookup actors) {
        this.store = store;
        this.actors = actors;
    }

    /** A page of results with the effective limit and offset. */
    record Listing<T>(List<T> items, int limit, int offset) {
    }

    /** A page of results filtered by actor parameters, with what each parameter resolved to. */
    record ActorListing<T>(List<T> items, int limit, int offset, Map<String, ActorLookup.Resolved> resolved) {
    }

    Listing<ArticleRow> articles(Params p) {
        String q = p.text("q");
        LocalDate[] r = p.range();
        int limit = p.limit();
        int offset = p.offset();
        return new Listing<>(store.articles(new ArticleQuery(q, r[0], r[1], Page.of(limit, offset))), limit, offset);
    }

    /**
     * An article, its analysis, and its near-duplicate status.
     *
     * @param analysis  the analysis JSON as stored (written by the same mapper), sent without
     *                  parsing and re-serialising it
     * @param duplicate what it duplicates (duplicateOf, similarity) or how many copies it has
     */
    record ArticleView(ArticleRow meta, @JsonRawValue String analysis, Duplicate duplicate) {
    }

    ArticleView article(String id) {
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw ApiException.notFound("no article " + ApiException.excerpt(id) + " (ids are 64 hex digits)");
        }
        Store.ArticleJson a = store.articleJson(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        return new ArticleView(a.meta(), a.analysisJson(), store.duplicate(id).orElse(null));
    }

    /** A row's JSON fields plus the id of the cluster it belongs to (null if none). */
    record WithCluster<T>(@JsonUnwrapped T row, String cluster) {
    }

    private static <T> List<WithCluster<T>> withClusters(List<T> rows, Map<String, String> clusters,
                                                         Function<T, String> key) {
        List<WithCluster<T>> out = new ArrayList<>();
        for (T row : rows) {
            out.add(new WithCluster<>(row, clusters.get(key.apply(row))));
        }
        return out;
    }

    ActorListing<?> statements(Params p) {
        String speaker = p.text("speaker");
        String q = p.text("q");
        if (dedup(p)) {
            if (q != null) {
                throw ApiException.badRequest("q", "text search is not available with dedup=true; "
                        + "search statements, then follow their 'cluster'");
            }
            return statementClusters(p, speaker);
        }
        LocalDate[] r = p.range();
        int limit = p.limit();
        int offset = p.offset();
        Map<String, ActorLookup.Resolved> resolved = new LinkedHashMap<>();
        List<String> speakers = actorIds(resolved, "speaker", speaker);
        List<StatementRow> rows = merged(speakers, limit, offset,
                id -> page -> store.statements(new StatementQuery(id, q, r[0], r[1], page)),
                s -> s.articleId() + "\u0000" + s.statementId(),
                // with a text query each speaker's rows come by relevance: keep resolution order
                q != null ? null : Comparator.comparing(StatementRow::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return new ActorListing<>(withClusters(rows, store.statementClusterIds(rows),
                s -> s.articleId() + "\u0000" + s.statementId()), limit, offset, resolved);
    }

    private ActorListing<StatementCluster> statementClusters(Params p, String speaker) {
        LocalDate[] r = p.range();
        int limit = p.limit();
        int offset = p.offset();
        Map<String, ActorLookup.Resolved> resolved = new LinkedHashMap<>();
        List<String> speakers = actorIds(resolved, "speaker", speaker);
        List<StatementCluster> rows = merged(speakers, limit, offset,
                id -> page -> store.statementClusters(new StatementQuery(id, null, r[0], r[1], page)),
                StatementCluster::id,
                Comparator.comparing(StatementCluster::day, Comparator.nullsLast(Comparator.reverseOrder())));
        return new ActorListing<>(rows, limit, offset, resolved);
    }

    StatementClusterDetail statementCluster(String id) {
        if (!STATEMENT_CLUSTER.matcher(id).matches()) {
            throw ApiException.notFound("no statement cluster " + ApiException.excerpt(id)
                    + " (ids are 's' and 23 hex digits)");
        }
        return store.statementCluster(id).orElseThrow(() -> ApiException.notFound("no statement cluster " + id));
    }

    EventClusterDetail eventCluster(String id) {
        if (!EVENT_CLUSTER.matcher(id).matches()) {
            throw ApiException.notFound("no event cluster " + ApiException.excerpt(id) + " (ids are 'e' and 23 hex digits)");
        }
        return store.eventCluster(id).orElseThrow(() -> ApiException.notFound("no event cluster " + id));
    }

    /** dedup=true: clusters instead of mentions. */
    private static boolean dedup(Params p) {
        return "true".equals(p.choice("dedup", Set.of("true", "false"), "false"));
    }

    ActorListing<?> events(Params p) {
        String source = p.text("source");
        String target = p.text("target");
        String type = p.text("type");
        if (type != null && !EVENT_TYPE.matcher(type).matches()) {
            throw ApiException.badRequest("type", "not a PLOVER type name: " + ApiException.excerpt(type));
        }
        boolean located = p.choice("located", Set.of("true", "false"), "false").equals("true");
        LocalDate[] r = p.range();
        int limit = p.limit();
        int offset = p.offset();
        Map<String, ActorLookup.Resolved> resolved = new LinkedHashMap<>();
        List<String[]> dyads = dyads(resolved, source, target);
        if (dedup(p)) {
            List<EventCluster> clusters = merged(dyads, limit, offset,
                    d -> page -> store.eventClusters(new EventQuery(d[0], d[1], type, r[0], r[1], page)),
                    EventCluster::id,
                    Comparator.comparing(EventCluster::day, Comparator.nullsLast(Comparator.reverseOrder())));
            return new ActorListing<>(clusters, limit, offset, resolved);
        }
        List<EventRow> rows = merged(dyads, limit, offset,
                d -> page -> store.events(new EventQuery(d[0], d[1], type, r[0], r[1], page, located)),
                Endpoints::eventKey,
                Comparator.comparing(Endpoints::eventDay, Comparator.nullsLast(Comparator.reverseOrder())));
        return new ActorListing<>(withClusters(rows, store.eventClusterIds(rows), Endpoints::eventKey), limit, offset,
                resolved);
    }

    /** Actors matching q: what the parameter resolves to first, then other partial name matches. */
    Listing<ActorRow> actorSearch(Params p) {
        String q = p.text("q");
        int limit = p.limit();
        if (q == null) {
            return new Listing<>(store.actors(null, limit), limit, 0);
        }
        Map<String, ActorRow> out = new LinkedHashMap<>();
        for (ActorRow a : actors.resolve(q).actors()) {
            out.putIfAbsent(a.id(), a);
        }
        for (ActorRow a : store.actors(q, limit)) {
            out.putIfAbsent(a.id(), a);
        }
        return new Listing<>(out.values().stream().limit(limit).toList(), limit, 0);
    }

    /** A role title the texts give an actor, with how many of the sampled articles give it. */
    record RoleSeen(String title, String organization, int articles) {
    }

    /**
     * @param wikidata      the person registry's checked Wikidata QID of the actor, else null
     * @param statements    statements the actor is the speaker of
     * @param countsCapped  always false: the counts are exact (kept for clients of the earlier paging counts)
     * @param roles         roles from the analyses of up to {@link #ROLE_ARTICLES} recent articles
     */
    record ActorDetail(String id, String name, String wikidata, String type, Set<String> codes, String country,
                       String affiliation,
                       String sector, int articles, long mentions, List<RoleSeen> roles, int statements,
                       int eventsAsSource, int eventsAsTarget, boolean countsCapped,
                       List<StatementRow> recentStatements) {
    }

    /**
     * Actor summaries of the store's current generation: a summary costs three counts over the
     * actor's index ranges and the analyses of up to {@link #ROLE_ARTICLES} articles, and is the
     * same until the next write, which empties the cache (writes by another process are seen
     * after this process's next write or restart; the counts are then stale, as any cache's).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, ActorDetail> actorSummaries =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long summariesGeneration = -1;
    /** Summaries kept at most; more distinct actors than this empty the cache. */
    private static final int MAX_SUMMARIES = 10_000;

    ActorDetail actor(String id) {
        long generation = store.generation();
        if (generation != summariesGeneration) {
            actorSummaries.clear();
            summariesGeneration = generation;
        }
        ActorDetail cached = actorSummaries.get(id);
        if (cached != null) {
            return cached;
        }
        ActorDetail d = summary(id);
        if (actorSummaries.size() >= MAX_SUMMARIES) {
            actorSummaries.clear();
        }
        if (store.generation() == generation) {
            actorSummaries.put(id, d);
        }
        return d;
    }

    private ActorDetail summary(String id) {
        ActorRow row = store.actors(id, ActorLookup.MAX_ACTORS).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no actor " + ApiException.excerpt(id)
                        + " (ids are exact; search with /api/actors?q=)"));
        int statements = (int) store.count(StatementQuery.all().speaker(id));
        int asSource = (int) store.count(EventQuery.all().source(id));
        int asTarget = (int) store.count(EventQuery.all().target(id));
        List<StatementRow> recent = store.statements(StatementQuery.all().speaker(id)
                .page(Page.of(RECENT_STATEMENTS, 0)));
        // The actor's articles, newest first: from its statements and its events.
        Set<String> articleIds = new LinkedHashSet<>();
        recent.forEach(s -> articleIds.add(s.articleId()));
        store.events(EventQuery.all().source(id).page(Page.of(ROLE_ARTICLES, 0))).forEach(e -> articleIds.add(e.articleId()));
        store.events(EventQuery.all().target(id).page(Page.of(ROLE_ARTICLES, 0))).forEach(e -> articleIds.add(e.articleId()));
        Set<String> codes = new LinkedHashSet<>();
        if (row.code() != null) {
            codes.add(row.code());
        }
        Map<List<String>, Integer> roles = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        articleIds.stream().limit(ROLE_ARTICLES).forEach(aid -> store.article(aid).ifPresent(a -> {
            for (ActorRecord r : a.analysis().actors()) {
                if (!r.id().equals(id)) {
                    continue;
                }
                if (r.code() != null) {
                    codes.add(r.code());
                }
                Set<List<String>> seen = new LinkedHashSet<>();
                for (ActorRecord.RoleRecord role : r.roles() == null ? List.<ActorRecord.RoleRecord>of() : r.roles()) {
                    if (role.title() != null) {
                        seen.add(List.of(role.title(), role.organization() == null ? "" : role.organization()));
                    }
                }
                seen.forEach(k -> roles.merge(k, 1, Integer::sum));
            }
        }));
        List<RoleSeen> roleList = new ArrayList<>();
        roles.forEach((k, n) -> roleList.add(new RoleSeen(k.get(0), k.get(1).isEmpty() ? null : k.get(1), n)));
        roleList.sort(Comparator.comparingInt(RoleSeen::articles).reversed());
        // Counts are exact COUNT queries now; countsCapped stays in the response for clients.
        String wikidata = PersonRegistry.get().byId(row.id()).map(Person::wikidata).orElse(null);
        return new ActorDetail(row.id(), row.name(), wikidata, row.type(), codes, row.country(), row.affiliation(),
                row.sector(), row.articles(), row.mentions(), roleList, statements, asSource, asTarget, false, recent);
    }

    /**
     * The series response: what the actor parameters resolved to and the buckets; truncated is
     * always false (both counts are exact aggregates in the Store; kept for clients of the earlier scan).
     */
    record SeriesView(Map<String, ActorLookup.Resolved> resolved, String modality, String count, boolean truncated,
                      Series.Result series) {
    }

    SeriesView series(Params p) {
        String source = p.text("source");
        String target = p.text("target");
        Series.Interval interval = Series.Interval.valueOf(
                p.choice("interval", Set.of("day", "week"), "day").toUpperCase(java.util.Locale.ROOT));
        String modality = p.choice("modality", Set.of("asserted", "all"), "asserted");
        String count = p.choice("count", Set.of("clusters", "raw"), "clusters");
        LocalDate[] r = p.range();
        Map<String, ActorLookup.Resolved> resolved = new LinkedHashMap<>();
        List<String> sources = actorIds(resolved, "source", source);
        List<String> targets = actorIds(resolved, "target", target);
        // Aggregates in the Store, by publication day and quad class of the dyad's events: raw
        // counts each event once however many of its actors the parameters stand for; clusters
        // counts each event cluster once, on the day of its first mention (the Store keeps the
        // first mention per cluster and actor filter, see Store#clusterDays).
        boolean asserted = "asserted".equals(modality);
        List<String> s = source == null ? null : sources;
        List<String> t = target == null ? null : targets;
        Store.EventDays events = "raw".equals(count) ? store.eventDays(s, t, asserted, r[0], r[1])
                : store.clusterDays(s, t, asserted, r[0], r[1]);
        Store.ArticleDays articles = store.articleDays(r[0], r[1]);
        return new SeriesView(resolved, modality, count, false, Series.build(events, articles, interval, r[0], r[1]));
    }

    // ---- helpers

    /**
     * Actor ids for a parameter: [null] (no filter) when absent; empty when it matched nothing,
     * so that the query returns nothing rather than everything.
     */
    private List<String> actorIds(Map<String, ActorLookup.Resolved> resolved, String name, String value) {
        if (value == null) {
            return java.util.Collections.singletonList(null);
        }
        ActorLookup.Resolved r = actors.resolve(value);
        resolved.put(name, r);
        return r.ids();
    }

    /** Every (source, target) id pair the two parameters stand for. */
    private List<String[]> dyads(Map<String, ActorLookup.Resolved> resolved, String source, String target) {
        List<String[]> out = new ArrayList<>();
        List<String> targets = actorIds(resolved, "target", target);
        for (String s : actorIds(resolved, "source", source)) {
            for (String t : targets) {
                out.add(new String[] {s, t});
            }
        }
        return out;
    }

    /**
     * One page over several sub-queries (one per resolved actor): each is read from the start to
     * offset + limit, then merged (by {@code order}, or concatenated when null), de-duplicated and cut.
     */
    private static <K, T> List<T> merged(List<K> keys, int limit, int offset,
                                         Function<K, Function<Page, List<T>>> query, Function<T, String> identity,
                                         Comparator<T> order) {
        if (keys.size() == 1) {
            return query.apply(keys.get(0)).apply(Page.of(limit, offset));
        }
        Map<String, T> all = new LinkedHashMap<>();
        for (K k : keys) {
            for (T row : query.apply(k).apply(Page.of(limit + offset, 0))) {
                all.putIfAbsent(identity.apply(row), row);
            }
        }
        List<T> rows = new ArrayList<>(all.values());
        if (order != null) {
            rows.sort(order);
        }
        return rows.size() <= offset ? List.of() : List.copyOf(rows.subList(offset, Math.min(rows.size(), offset + limit)));
    }

    private static String eventKey(EventRow e) {
        return e.articleId() + "\u0000" + e.eventId();
    }

    /** The day an event is sorted by: its own resolved date, else its article's publication date. */
    private static String eventDay(EventRow e) {
        return e.dateResolved() && e.dateValue() != null ? e.dateValue() : e.date();
    }
}

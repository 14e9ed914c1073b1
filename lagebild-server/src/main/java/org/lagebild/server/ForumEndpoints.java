package org.lagebild.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.actors.registry.Office;
import org.lagebild.actors.registry.Person;
import org.lagebild.actors.registry.PersonRegistry;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;
import org.lagebild.model.ForumRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.report.JsonOutput;
import org.lagebild.store.ActorRow;
import org.lagebild.store.ArticleRow;
import org.lagebild.store.EventQuery;
import org.lagebild.store.ForumQuery;
import org.lagebild.store.ForumRow;
import org.lagebild.store.Page;
import org.lagebild.store.StatementQuery;
import org.lagebild.store.Store;
import org.lagebild.store.StoredArticle;

/**
 * The API's views of diplomatic forums ({@code /api/forums}) and of an actor's roles over time
 * ({@code /api/actors/{id}/roles}). Bounded like {@link Endpoints}: pages, and a fixed number of
 * analyses read per request.
 */
final class ForumEndpoints {
    /** Forum ids: the article id, ':' and the forum's id within the article's analysis ("f1"). */
    private static final Pattern FORUM_ID = Pattern.compile("([0-9a-f]{64}):([A-Za-z0-9_-]{1,40})");
    /** Articles whose analyses are read for the roles the texts give an actor. */
    static final int ROLE_ARTICLES = 30;
    private static final ObjectMapper JSON = JsonOutput.mapper();

    private final Store store;
    private final ActorLookup actors;

    ForumEndpoints(Store store, ActorLookup actors) {
        this.store = store;
        this.actors = actors;
    }

    /** Registers the routes; {@code send} writes a value as the JSON body of a 200. */
    void routes(Javalin j, BiConsumer<Context, Object> send) {
        j.get("/api/forums", ctx -> send.accept(ctx, forums(new Params(ctx))));
        j.get("/api/forums/{id}", ctx -> send.accept(ctx, forum(ctx.pathParam("id"))));
        j.get("/api/actors/{id}/roles", ctx -> send.accept(ctx, roles(ctx.pathParam("id"))));
    }

    static String forumId(String articleId, String forumId) {
        return articleId + ":" + forumId;
    }

    /** GET /api/forums?actor=&q=&from=&to=&limit=&offset= */
    Endpoints.ActorListing<Map<String, Object>> forums(Params p) {
        String actor = p.text("actor");
        String q = p.text("q");
        LocalDate[] r = p.range();
        int limit = p.limit();
        int offset = p.offset();
        Map<String, ActorLookup.Resolved> resolved = new LinkedHashMap<>();
        List<String> ids = null;
        if (actor != null) {
            ActorLookup.Resolved res = actors.resolve(actor);
            resolved.put("actor", res);
            ids = res.ids();
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (ForumRow f : store.forums(new ForumQuery(ids, q, r[0], r[1], Page.of(limit, offset)))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", forumId(f.articleId(), f.forumId()));
            m.putAll(JSON.convertValue(f, new TypeReference<LinkedHashMap<String, Object>>() { }));
            items.add(m);
        }
        return new Endpoints.ActorListing<>(items, limit, offset, resolved);
    }

    /**
     * One forum with all its evidence, the article it is reported in, and the events and
     * statements its outcomes refer to.
     */
    record ForumDetail(String id, ArticleRow article, ForumRecord forum, List<EventRecord> events,
                       List<StatementRecord> statements) {
    }

    ForumDetail forum(String id) {
        Matcher m = FORUM_ID.matcher(id);
        if (!m.matches()) {
            throw ApiException.notFound("no forum " + ApiException.excerpt(id)
                    + " (ids are the article id, ':' and the forum id, as /api/forums lists them)");
        }
        StoredArticle a = store.article(m.group(1)).orElseThrow(() -> ApiException.notFound("no forum " + id));
        Analysis an = a.analysis();
        ForumRecord f = (an.forums() == null ? List.<ForumRecord>of() : an.forums()).stream()
                .filter(x -> m.group(2).equals(x.id())).findFirst()
                .orElseThrow(() -> ApiException.notFound("no forum " + id));
        Set<String> refs = new LinkedHashSet<>();
        f.outcomes().forEach(o -> {
            if (o.ref() != null) {
                refs.add(o.ref());
            }
        });
        List<EventRecord> events = an.events() == null ? List.of()
                : an.events().stream().filter(e -> refs.contains(e.id())).toList();
        List<StatementRecord> statements = an.statements() == null ? List.of()
                : an.statements().stream().filter(s -> refs.contains(s.id())).toList();
        return new ForumDetail(id, a.meta(), f, events, statements);
    }

    /** An office from the person registry, with its validity as the source gives it. */
    record RegistryOffice(String role, String title, String titleEn, String titleDe, String organization,
                          String country, String sector, String from, String to, String source) {
    }

    /**
     * A role a text gives the actor ("Nato-Generalsekretär Jens Stoltenberg"), on the article's
     * date, with the mention it rests on when one names the role.
     */
    record TextRole(String title, String organization, String date, String articleId, String articleTitle,
                    Evidence evidence) {
    }

    /**
     * @param registry      every office the person registry lists, earliest first (empty for
     *                      actors that are not registry persons)
     * @param text          roles the texts give, by article date (newest first), from up to
     *                      {@link #ROLE_ARTICLES} recent articles about the actor
     * @param articlesRead  how many articles were read for {@code text}
     */
    record ActorRoles(String id, String name, String wikidata, List<RegistryOffice> registry, List<TextRole> text,
                      int articlesRead) {
    }

    ActorRoles roles(String id) {
        ActorRow row = store.actors(id, ActorLookup.MAX_ACTORS).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no actor " + ApiException.excerpt(id)
                        + " (ids are exact; search with /api/actors?q=)"));
        List<RegistryOffice> registry = new ArrayList<>();
        Person person = PersonRegistry.get().byId(id).orElse(null);
        if (person != null) {
            for (Office o : person.offices()) {
                registry.add(new RegistryOffice(o.role(), o.title("de"), o.titleEn(), o.titleDe(), o.org(), o.country(),
                        o.sector(), Objects.toString(o.validity().from(), null), Objects.toString(o.validity().to(), null),
                        o.source()));
            }
            registry.sort(Comparator.comparing(RegistryOffice::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        List<TextRole> text = new ArrayList<>();
        List<String> articleIds = articlesAbout(id);
        for (String aid : articleIds) {
            store.article(aid).ifPresent(a -> textRoles(id, a, text));
        }
        text.sort(Comparator.comparing(TextRole::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return new ActorRoles(row.id(), row.name(), person == null ? null : person.wikidata(), registry, text,
                articleIds.size());
    }

    /** The actor's recent articles, newest first: from its statements, events and forums. */
    private List<String> articlesAbout(String id) {
        Set<String> ids = new LinkedHashSet<>();
        Page page = Page.of(ROLE_ARTICLES, 0);
        store.statements(StatementQuery.all().speaker(id).page(page)).forEach(s -> ids.add(s.articleId()));
        store.events(EventQuery.all().source(id).page(page)).forEach(e -> ids.add(e.articleId()));
        store.events(EventQuery.all().target(id).page(page)).forEach(e -> ids.add(e.articleId()));
        store.forums(new ForumQuery(List.of(id), null, null, null, page)).forEach(f -> ids.add(f.articleId()));
        return ids.stream().limit(ROLE_ARTICLES).toList();
    }

    private static void textRoles(String id, StoredArticle a, List<TextRole> out) {
        for (ActorRecord r : a.analysis().actors()) {
            if (!r.id().equals(id) || r.roles() == null) {
                continue;
            }
            for (ActorRecord.RoleRecord role : r.roles()) {
                if (role.title() != null && !"registry".equals(role.origin())) {
                    out.add(new TextRole(role.title(), role.organization(), a.meta().date(), a.meta().id(),
                            a.meta().title(), roleMention(r, role.title())));
                }
            }
        }
    }

    /** The role mention that contains the title ("Nato-Generalsekretär" for "Generalsekretär"), else the first one. */
    private static Evidence roleMention(ActorRecord r, String title) {
        ActorRecord.MentionRecord first = null;
        String t = title.toLowerCase(Locale.ROOT);
        for (ActorRecord.MentionRecord m : r.mentions() == null ? List.<ActorRecord.MentionRecord>of() : r.mentions()) {
            if (!"role".equals(m.kind()) || m.text() == null) {
                continue;
            }
            if (m.text().toLowerCase(Locale.ROOT).contains(t)) {
                return new Evidence(m.start(), m.end(), m.text());
            }
            if (first == null) {
                first = m;
            }
        }
        return first == null ? null : new Evidence(first.start(), first.end(), first.text());
    }
}

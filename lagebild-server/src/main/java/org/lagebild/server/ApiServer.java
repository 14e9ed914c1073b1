package org.lagebild.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.report.JsonOutput;
import org.lagebild.store.Store;

/**
 * The HTTP server of the REST API (see {@code openapi.json}): JSON reads over a {@link Store}
 * and {@code POST /api/articles}, which analyses and stores one article. HTTP concerns live
 * here (routes, tokens, body limit, headers, error mapping); queries live in {@link Endpoints}.
 */
public final class ApiServer implements AutoCloseable {
    static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String OPENAPI = "/org/lagebild/server/openapi.json";
    /** The dashboard's built files (lagebild-server/src/main/frontend, built by Maven with Vite). */
    static final String DASHBOARD = "/org/lagebild/server/dashboard";
    /** The API's policy: responses are data, nothing in them may load or run. */
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    /**
     * The dashboard's policy: its own scripts, styles and API only; no inline script or style,
     * no eval, no plugins, no framing.
     */
    static final String DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** How long a POST waits for an analysis slot before 503. */
    private static final long ANALYSIS_WAIT_SECONDS = 60;
    /** How long a read waits for a worker before 503. */
    private static final long READ_WAIT_SECONDS = 30;
    private static final String READ_SLOT = "lagebild.readSlot";

    private final Store store;
    private final Analyzer analyzer;
    private final ServerConfig config;
    private final ActorLookup actors;
    private final Endpoints endpoints;
    private final ForumEndpoints forums;
    private final Semaphore analysisSlots;
    /** Slots of concurrent API reads (ServerConfig#readWorkers), fair: waiting reads go in arrival order. */
    private final Semaphore readSlots;
    private final PrintWriter log;
    private final byte[] openapi;
    private final ObjectMapper json = JsonOutput.mapper();
    private final DashboardFiles dashboard = new DashboardFiles(DASHBOARD);
    private Javalin app;

    private ApiServer(Store store, Analyzer analyzer, ServerConfig config, PrintWriter log) {
        this.store = store;
        this.analyzer = analyzer;
        this.config = config;
        this.actors = new ActorLookup(store);
        this.endpoints = new Endpoints(store, actors);
        this.forums = new ForumEndpoints(store, actors);
        this.analysisSlots = new Semaphore(config.analysisThreads(), true);
        this.readSlots = config.readWorkers() == 0 ? null : new Semaphore(config.readWorkers(), true);
        this.log = log;
        try (InputStream in = ApiServer.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI);
            }
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts serving; returns once the port is bound. The caller keeps owning the store.
     *
     * @param log receives one line per internal error (never request bodies or tokens)
     */
    public static ApiServer start(Store store, Analyzer analyzer, ServerConfig config, PrintWriter log) {
        ApiServer s = new ApiServer(store, analyzer, config, log);
        s.app = s.create().start(config.host(), config.port());
        return s;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private Javalin create() {
        Javalin j = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.defaultContentType = JSON_TYPE;
            c.useVirtualThreads = false;
        });
        j.before(this::secure);
        j.get("/health", this::health);
        j.get("/", ctx -> dashboard.send(ctx, "index.html"));
        j.get("/favicon.svg", ctx -> dashboard.send(ctx, "favicon.svg"));
        j.get("/assets/{file}", ctx -> dashboard.send(ctx, "assets/" + ctx.pathParam("file")));
        j.get("/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(openapi));
        j.before("/api/*", this::authoriseRead);
        j.before("/api/*", this::acquireRead);
        j.after("/api/*", this::releaseRead);
        j.get("/api/articles", ctx -> send(ctx, 200, endpoints.articles(new Params(ctx))));
        j.get("/api/articles/{id}", ctx -> send(ctx, 200, endpoints.article(ctx.pathParam("id"))));
        j.post("/api/articles", this::submit);
        j.get("/api/statements", ctx -> send(ctx, 200, endpoints.statements(new Params(ctx))));
        j.get("/api/statements/{id}", ctx -> send(ctx, 200, endpoints.statementCluster(ctx.pathParam("id"))));
        j.get("/api/events", ctx -> send(ctx, 200, endpoints.events(new Params(ctx))));
        j.get("/api/events/{id}", ctx -> send(ctx, 200, endpoints.eventCluster(ctx.pathParam("id"))));
        j.get("/api/actors", ctx -> send(ctx, 200, endpoints.actorSearch(new Params(ctx))));
        j.get("/api/actors/{id}", ctx -> send(ctx, 200, endpoints.actor(ctx.pathParam("id"))));
        j.get("/api/series", ctx -> send(ctx, 200, endpoints.series(new Params(ctx))));
        forums.routes(j, (ctx, value) -> send(ctx, 200, value));
        j.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            error(ctx, e.status(), e.getMessage());
        });
        j.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        j.exception(Exception.class, (e, ctx) -> {
            synchronized (log) {
                log.println("lagebild serve: " + ctx.method() + " " + ctx.path() + ": " + e);
                log.flush();
            }
            error(ctx, 500, "internal error");
        });
        return j;
    }

    /**
     * Headers on every response: the body is never to be sniffed or framed; API bodies are
     * data that may load or run nothing; the dashboard may load only its own files.
     */
    private void secure(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", isDashboard(ctx.path()) ? DASHBOARD_CSP : API_CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    /** The paths of the dashboard's files (Vite's output: index.html, favicon.svg, assets/). */
    static boolean isDashboard(String path) {
        return path.equals("/") || path.equals("/favicon.svg") || path.startsWith("/assets/");
    }

    private void health(Context ctx) {
        Map<String, Object> h = new LinkedHashMap<>();
        try {
            store.contains("0"); // one round trip to the database
            h.put("status", "ok");
            h.put("write", config.writeToken() != null);
            h.put("indexReadOnly", store.indexReadOnly());
            send(ctx, 200, h);
        } catch (RuntimeException e) {
            h.put("status", "unavailable");
            send(ctx, 503, h);
        }
    }

    /** Reads need the read token, or the write token, when a read token is configured. */
    private void authoriseRead(Context ctx) {
        if (config.readToken() == null || !"GET".equals(ctx.method().name())) {
            return;
        }
        String given = bearer(ctx);
        if (!(matches(given, config.readToken()) || matches(given, config.writeToken()))) {
            throw new ApiException(401, "a read token is required: Authorization: Bearer <token>");
        }
    }

    /** GETs of the API queue for a read slot (POSTs have their own limit). */
    private void acquireRead(Context ctx) {
        if (readSlots == null || !"GET".equals(ctx.method().name())) {
            return;
        }
        try {
            if (!readSlots.tryAcquire(READ_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(503, "busy; retry later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted");
        }
        ctx.attribute(READ_SLOT, Boolean.TRUE);
    }

    /** Runs after every API request, also after errors; releases only a slot this request holds. */
    private void releaseRead(Context ctx) {
        if (ctx.attribute(READ_SLOT) != null) {
            ctx.attribute(READ_SLOT, null);
            readSlots.release();
        }
    }

    private void submit(Context ctx) {
        if (config.writeToken() == null) {
            throw new ApiException(403, "writing is disabled: the server was started without a write token");
        }
        if (!matches(bearer(ctx), config.writeToken())) {
            throw new ApiException(401, "a valid write token is required: Authorization: Bearer <token>");
        }
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "Content-Type must be application/json");
        }
        Document doc = ArticleSubmission.parse(body(ctx), config.maxBodyBytes());
        String id = Store.articleId(doc.text());
        if (store.contains(id)) {
            send(ctx, 200, new Submitted(id, false, "/api/articles/" + id));
            return;
        }
        Analysis analysis = analyse(doc);
        boolean stored = store.put(analysis, doc);
        actors.invalidate();
        if (stored) {
            ctx.header("Location", "/api/articles/" + id);
        }
        send(ctx, stored ? 201 : 200, new Submitted(id, stored, "/api/articles/" + id));
    }

    /** The answer to a POST: the article's id, whether this request stored it, and where to read it. */
    record Submitted(String id, boolean stored, String location) {
    }

    private Analysis analyse(Document doc) {
        boolean acquired = false;
        try {
            acquired = analysisSlots.tryAcquire(ANALYSIS_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!acquired) {
                throw new ApiException(503, "busy analysing other articles; retry later");
            }
            return analyzer.analyze(doc);
        } catch (Analyzer.UnsupportedLanguageException e) {
            throw ApiException.badRequest("lang", "language '" + e.lang() + "' is not supported (de and en only)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted");
        } finally {
            if (acquired) {
                analysisSlots.release();
            }
        }
    }

    /** The request body, read up to the limit whatever Content-Length claims (chunked bodies too). */
    private byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxBodyBytes()) {
            throw new ApiException(413, "body larger than " + config.maxBodyBytes() + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes(config.maxBodyBytes() + 1);
            if (b.length > config.maxBodyBytes()) {
                throw new ApiException(413, "body larger than " + config.maxBodyBytes() + " bytes");
            }
            return b;
        } catch (IOException e) {
            throw ApiException.badRequest("body", "cannot read the request body");
        }
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).strip();
    }

    /** Constant-time comparison, so response timing does not reveal how much of a token matched. */
    private static boolean matches(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType(JSON_TYPE).result(json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    private void error(Context ctx, int status, String message) {
        send(ctx, status, Map.of("error", message == null ? "error" : message));
    }
}

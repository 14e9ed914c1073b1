package org.lagebild.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.server.ApiServer;
import org.lagebild.server.ServerConfig;
import org.lagebild.store.ActorRow;
import org.lagebild.store.ArticleQuery;
import org.lagebild.store.ArticleRow;
import org.lagebild.store.Page;
import org.lagebild.store.Store;
import org.lagebild.store.StoreConfig;
import org.lagebild.store.StoreScan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lagebild bench-api}: fills a store with varied copies of real analysed articles up to
 * a number of events, serves it on loopback in this process, and measures the latency of the
 * REST API's read endpoints under N concurrent clients (docs/BENCHMARKS.md).
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = {"API latency benchmark: fills the store (--data) with varied copies of analysed seed articles "
                + "up to --events events (skipped when it already has them), serves it on 127.0.0.1 and sends "
                + "requests from --clients concurrent clients; prints p50/p95/p99 per endpoint.",
                "Seed articles: the analyses in --seed-data DIR (a store filled by 'ingest'), or PATHs analysed once."})
final class BenchApiCommand implements Callable<Integer> {
    private static final List<String> WORDS = List.of("Nato", "Russland", "Ukraine", "Regierung", "Sicherheit",
            "Europe", "security", "president", "military", "Krieg");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Seed corpus, analysed once (files, directories, JSON Lines).")
    List<String> corpus = List.of();

    @Option(names = "--seed-data", paramLabel = "DIR", description = "Take the seed analyses from this (embedded) store instead.")
    Path seedData;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "Fill the store up to this many events (default: ${DEFAULT-VALUE}; 0: use it as it is).")
    long events;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "20", description = "Warm-up, not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60", description = "Measured time (default: ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--random-seed", paramLabel = "N", defaultValue = "1", description = "Seed of the copies' variations (default: ${DEFAULT-VALUE}).")
    long randomSeed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (clients < 1 || clients > 1024 || warmup < 0 || duration < 1) {
            throw new ParameterException(spec.commandLine(), "--clients 1..1024, --warmup >= 0, --duration >= 1");
        }
        try (Store s = Store.open(store.config(spec))) {
            Store.Stats stats = s.stats();
            if (stats.events() < events) {
                List<Analysis> seeds = seeds(err);
                long t0 = System.nanoTime();
                long added = new BenchStore(seeds, randomSeed).fill(s, events, err);
                out.printf("generated: %,d copies of %d seed articles in %.0f s%n", added, seeds.size(),
                        (System.nanoTime() - t0) / 1e9);
                stats = s.stats();
            }
            out.printf("store: %,d articles, %,d events, %,d statements, %,d actor rows, %,d event-actor rows%n",
                    stats.articles(), stats.events(), stats.statements(), stats.actors(), stats.eventActors());
            List<LoadGenerator.Endpoint> endpoints = endpoints(s);
            try (ApiServer server = ApiServer.start(s, new Analyzer(), ServerConfig.of("127.0.0.1", 0, null, null), err)) {
                out.printf("load: %d clients, %d s warm-up, %d s measured, %d cores, max heap %d MB%n", clients, warmup,
                        duration, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
                out.flush();
                List<LoadGenerator.Result> results = new LoadGenerator("http://127.0.0.1:" + server.port(), endpoints)
                        .run(clients, Duration.ofSeconds(warmup), Duration.ofSeconds(duration), err);
                out.println("| endpoint | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |");
                out.println("|---|---|---|---|---|---|---|---|");
                for (LoadGenerator.Result r : results) {
                    out.printf("| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", r.endpoint(), r.requests(),
                            r.errors(), r.p50(), r.p95(), r.p99(), r.max(), r.perSecond());
                }
            }
        }
        out.flush();
        return 0;
    }

    private List<Analysis> seeds(PrintWriter err) throws IOException {
        List<Analysis> seeds = new ArrayList<>();
        if (seedData != null) {
            try (Store seedStore = Store.open(StoreConfig.embedded(seedData))) {
                new StoreScan(seedStore, null, null).articles(a -> seeds.add(a.analysis()));
            }
        } else {
            if (corpus.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "the store needs filling: give seed PATHs or --seed-data");
            }
            Analyzer analyzer = new Analyzer();
            DocumentReader.builder().build().read(corpus).forEach(r -> {
                if (r.isOk()) {
                    try {
                        seeds.add(analyzer.analyze(r.document()));
                    } catch (Analyzer.UnsupportedLanguageException e) {
                        err.println("lagebild: " + e.getMessage());
                    }
                }
            });
        }
        if (seeds.stream().mapToInt(a -> a.events().size()).sum() == 0) {
            throw new ParameterException(spec.commandLine(), "the seed articles have no events");
        }
        return seeds;
    }

    /** The endpoints of issue 5 with parameters drawn from the store's own actors, articles and dates. */
    private static List<LoadGenerator.Endpoint> endpoints(Store s) {
        List<ActorRow> actors = s.actors(null, 40);
        List<String> actorIds = actors.stream().map(ActorRow::id).toList();
        List<String> actorParams = new ArrayList<>(actorIds);
        actors.stream().filter(a -> a.code() != null).forEach(a -> actorParams.add(a.code()));
        actors.stream().filter(a -> a.name() != null && "PERSON".equals(a.type()))
                .forEach(a -> actorParams.add(a.name().substring(a.name().lastIndexOf(' ') + 1)));
        List<String> articleIds = s.articles(ArticleQuery.all().page(Page.of(500, 0))).stream()
                .map(ArticleRow::id).toList();
        if (actorIds.isEmpty() || articleIds.isEmpty()) {
            throw new IllegalStateException("the store is empty");
        }
        List<String> types = List.of("CONSULT", "AGREE", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "MOBILIZE");
        return List.of(
                new LoadGenerator.Endpoint("GET /api/articles?q=&from=&to=",
                        () -> "/api/articles?q=" + enc(LoadGenerator.any(WORDS)) + range()),
                new LoadGenerator.Endpoint("GET /api/articles/{id}",
                        () -> "/api/articles/" + LoadGenerator.any(articleIds)),
                new LoadGenerator.Endpoint("GET /api/statements?speaker=&from=&to=",
                        () -> "/api/statements?speaker=" + enc(LoadGenerator.any(actorParams)) + range()),
                new LoadGenerator.Endpoint("GET /api/events?source=&target=&type=",
                        () -> "/api/events?source=" + enc(LoadGenerator.any(actorParams)) + "&target="
                                + enc(LoadGenerator.any(actorParams))
                                + (ThreadLocalRandom.current().nextBoolean() ? "&type=" + LoadGenerator.any(types) : "")),
                new LoadGenerator.Endpoint("GET /api/actors?q=",
                        () -> "/api/actors?q=" + enc(prefix(LoadGenerator.any(actorParams)))),
                new LoadGenerator.Endpoint("GET /api/actors/{id}",
                        () -> "/api/actors/" + enc(LoadGenerator.any(actorIds))),
                new LoadGenerator.Endpoint("GET /api/series?source=&target=&interval=week",
                        () -> "/api/series?source=" + enc(LoadGenerator.any(actorParams)) + "&target="
                                + enc(LoadGenerator.any(actorParams)) + "&interval=week" + range()));
    }

    /** A random 90-day window in the copies' date spread. */
    private static String range() {
        LocalDate from = LocalDate.of(2019, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6 * 365));
        return "&from=" + from + "&to=" + from.plusDays(90);
    }

    private static String prefix(String s) {
        return s.length() <= 4 ? s : s.substring(0, 4);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

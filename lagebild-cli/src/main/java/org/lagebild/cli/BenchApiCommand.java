package org.lagebild.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.server.ApiServer;
import org.lagebild.server.ServerConfig;
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
                + "requests from --clients concurrent clients; prints p50/p95/p99 per endpoint. "
                + "--generate-only stops after filling; --url sends the load to a server in another process.",
                "Seed articles: the analyses in --seed-data DIR (a store filled by 'ingest'), or PATHs analysed once."})
final class BenchApiCommand implements Callable<Integer> {
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

    @Option(names = "--url", paramLabel = "URL",
            description = "Only send load, to the server at URL (e.g. a 'lagebild serve' on this store in another process); no store is opened.")
    String url;

    @Option(names = "--endpoint", paramLabel = "TEXT", split = ",",
            description = "Only load the endpoints whose name contains TEXT (e.g. 'articles/{id}'; repeatable or comma-separated).")
    List<String> endpointFilters = List.of();

    @Option(names = "--server-pid", paramLabel = "PID",
            description = "Also report the CPU time (Linux /proc) the server process PID used in the measured window, per request.")
    Long serverPid;

    @Option(names = "--generate-only", description = "Only fill the store up to --events; no server, no load.")
    boolean generateOnly;

    @Option(names = "--random-seed", paramLabel = "N", defaultValue = "1", description = "Seed of the copies' variations (default: ${DEFAULT-VALUE}).")
    long randomSeed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (clients < 1 || clients > 1024 || warmup < 0 || duration < 1) {
            throw new ParameterException(spec.commandLine(), "--clients 1..1024, --warmup >= 0, --duration >= 1");
        }
        if (url != null) {
            load(url, out, err);
            out.flush();
            return 0;
        }
        if (events > 0) {
            generate(out, err);
        }
        try (Store s = Store.open(store.config(spec))) {
            Store.Stats stats = s.stats();
            out.printf("store: %,d articles, %,d events, %,d statements, %,d actor rows, %,d event-actor rows%n",
                    stats.articles(), stats.events(), stats.statements(), stats.actors(), stats.eventActors());
            out.flush();
            if (generateOnly) {
                return 0;
            }
            try (ApiServer server = ApiServer.start(s, new Analyzer(), ServerConfig.of("127.0.0.1", 0, null, null), err)) {
                load("http://127.0.0.1:" + server.port(), out, err);
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Fills the store up to --events as a bulk load (the query-only indexes are built once at the
     * end, {@link Store#openBulk}) and, when it added anything, closes it compacted (a bulk load
     * leaves most of H2's file as old page versions).
     */
    private void generate(PrintWriter out, PrintWriter err) throws IOException {
        Store s = Store.openBulk(store.config(spec));
        try {
            Store.Stats stats = s.stats();
            if (stats.events() >= events) {
                return;
            }
            List<Analysis> seeds = seeds(err);
            long e0 = stats.events();
            long t0 = System.nanoTime();
            long added = new BenchStore(seeds, randomSeed).fill(s, events, err);
            double secs = (System.nanoTime() - t0) / 1e9;
            stats = s.stats();
            out.printf("generated: %,d copies of %d seed articles, %,d events in %.0f s (%.0f events/s)%n", added,
                    seeds.size(), stats.events() - e0, secs, (stats.events() - e0) / secs);
            out.flush();
            long t2 = System.nanoTime();
            s.endBulk();
            out.printf("query indexes built in %.0f s%n", (System.nanoTime() - t2) / 1e9);
            out.flush();
            Path file = s.config().dataDir().resolve("lagebild.mv.db");
            long before = java.nio.file.Files.exists(file) ? java.nio.file.Files.size(file) : -1;
            long t1 = System.nanoTime();
            s.closeCompacted();
            if (before >= 0) {
                out.printf("compacted: %,d -> %,d bytes in %.0f s%n", before, java.nio.file.Files.size(file),
                        (System.nanoTime() - t1) / 1e9);
            }
        } finally {
            s.close(); // nothing after a compacted close
        }
    }

    private void load(String base, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        List<LoadGenerator.Endpoint> endpoints = LoadGenerator.select(LoadGenerator.issueEndpoints(base), endpointFilters);
        if (endpoints.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no endpoint matches --endpoint " + endpointFilters);
        }
        out.printf("load: %s, %d clients, %d s warm-up, %d s measured, %d cores here, load average %.2f%n", base, clients,
                warmup, duration, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        ProcessCpu cpu = serverPid == null ? null : new ProcessCpu(serverPid);
        List<LoadGenerator.Result> results = new LoadGenerator(base, endpoints)
                .run(clients, Duration.ofSeconds(warmup), Duration.ofSeconds(duration), err,
                        cpu == null ? null : cpu::mark);
        double total = results.stream().mapToDouble(LoadGenerator.Result::perSecond).sum();
        out.println("| endpoint | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (LoadGenerator.Result r : results) {
            out.printf("| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", r.endpoint(), r.requests(),
                    r.errors(), r.p50(), r.p95(), r.p99(), r.max(), r.perSecond());
        }
        out.printf("total: %.0f requests/s; load average after: %.2f%n", total,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (cpu != null) {
            long requests = results.stream().mapToLong(LoadGenerator.Result::requests).sum();
            StringBuilder line = new StringBuilder("server CPU in the measured window, ms per request ("
                    + String.format("%,d", requests) + " requests):");
            cpu.windowMillis().forEach((group, ms) -> line.append(String.format(" %s %.2f;", group,
                    requests == 0 ? Double.NaN : ms / requests)));
            out.println(line);
        }
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
}

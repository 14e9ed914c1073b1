package org.lagebild.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.server.ApiServer;
import org.lagebild.server.ServerConfig;
import org.lagebild.store.Store;
import org.lagebild.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lagebild serve}: the REST API over the store until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store as a JSON REST API (GET /openapi.json describes it) until stopped.",
                "POST /api/articles (analyse and store one article) needs the write token; without one, "
                        + "writing is disabled. Reads are public unless --read-token is given."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for POST /api/articles (default: environment variable LAGEBILD_TOKEN). "
                    + "Prefer the variable: arguments are visible to other users in the process list.")
    String token;

    @Option(names = "--read-token", paramLabel = "TOKEN", description = "Bearer token required for reads (default: reads are public).")
    String readToken;

    @Option(names = "--analysis-threads", paramLabel = "N", defaultValue = "1",
            description = "Articles analysed at the same time for POST (default: ${DEFAULT-VALUE}).")
    int analysisThreads;

    @Option(names = "--read-workers", paramLabel = "N",
            description = "API reads served at the same time; more wait in arrival order (default: cores + 1; 0: no bound).")
    Integer readWorkers;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "16",
            description = "Page cache of the embedded database in MB (default: ${DEFAULT-VALUE}, H2's own default; "
                    + "larger caches made the 32-client p99 worse, docs/BENCHMARKS.md).")
    long cacheMb;

    /** Environment lookup; replaceable for tests. */
    static java.util.function.Function<String, String> env = System::getenv;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        String write = token != null ? token : blankToNull(env.apply("LAGEBILD_TOKEN"));
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, write, readToken, ServerConfig.DEFAULT_MAX_BODY_BYTES, analysisThreads,
                    readWorkers == null ? ServerConfig.DEFAULT_READ_WORKERS : readWorkers);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Store s = Store.open(storeConfig());
        ApiServer server;
        try {
            server = ApiServer.start(s, new Analyzer(), config, err);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        // Stopped by SIGINT/SIGTERM: the hook stops serving, then closes the store cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }, "lagebild-serve-stop"));
        err.println("lagebild: serving " + s.config() + " on http://" + host + ":" + server.port()
                + " (writing " + (write == null ? "disabled" : "enabled") + ", reads "
                + (readToken == null ? "public" : "need a token") + ")");
        err.flush();
        new CountDownLatch(1).await();
        return 0;
    }

    /**
     * The store with the server's page cache: random reads under many clients, where H2's default
     * 16 MB gave a third of the GC pauses and a lower p99 than a quarter of the heap on a
     * 553,500-event store (docs/BENCHMARKS.md, session 6).
     */
    StoreConfig storeConfig() {
        if (cacheMb < 1 || cacheMb > Integer.MAX_VALUE / 1024) {
            throw new ParameterException(spec.commandLine(), "--cache-mb must be between 1 and " + Integer.MAX_VALUE / 1024
                    + ": " + cacheMb);
        }
        return store.config(spec).withCacheKb(cacheMb * 1024);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

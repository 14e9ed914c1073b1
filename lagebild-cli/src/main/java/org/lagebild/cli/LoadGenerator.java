package org.lagebild.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A closed-loop HTTP load generator: N client threads each send one request, wait for the
 * answer, and send the next, cycling through the endpoints; latencies after the warm-up are
 * recorded per endpoint and reported as percentiles (nearest rank) and throughput.
 */
final class LoadGenerator {
    /** One endpoint: a name and a supplier of request paths (varied parameters). */
    record Endpoint(String name, Supplier<String> path) {
    }

    /** Per-endpoint figures in milliseconds. */
    record Result(String endpoint, int requests, int errors, double p50, double p95, double p99, double max,
                  double perSecond) {
    }

    private final String base;
    private final List<Endpoint> endpoints;

    LoadGenerator(String base, List<Endpoint> endpoints) {
        this.base = base;
        new KeepAliveClient(URI.create(base), 1).close(); // rejects what it cannot send to, before any thread starts
        this.endpoints = List.copyOf(endpoints);
    }

    List<Result> run(int clients, Duration warmUp, Duration measure, PrintWriter err) throws InterruptedException {
        return run(clients, warmUp, measure, err, null);
    }

    /**
     * Like {@link #run(int, Duration, Duration, PrintWriter)}; {@code window} (when not null) is
     * called at the start and at the end of the measured time, e.g. to read a server's CPU time.
     */
    List<Result> run(int clients, Duration warmUp, Duration measure, PrintWriter err, Runnable window)
            throws InterruptedException {
        long startAt = System.nanoTime();
        long measureFrom = startAt + warmUp.toNanos();
        long stopAt = measureFrom + measure.toNanos();
        Thread marks = null;
        if (window != null) {
            marks = new Thread(() -> {
                try {
                    sleepUntil(measureFrom);
                    window.run();
                    sleepUntil(stopAt);
                    window.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "load-window");
            marks.start();
        }
        List<Map<String, long[]>> perThread = new ArrayList<>();
        List<Map<String, int[]>> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Map<String, long[]> lat = new LinkedHashMap<>();
            Map<String, int[]> cnt = new LinkedHashMap<>();
            for (Endpoint e : endpoints) {
                lat.put(e.name(), new long[1 << 16]);
                cnt.put(e.name(), new int[2]); // recorded, errors
            }
            perThread.add(lat);
            counts.add(cnt);
            int offset = c;
            Thread t = new Thread(() -> {
                int i = offset;
                try (KeepAliveClient http = new KeepAliveClient(URI.create(base), 60_000)) {
                    while (System.nanoTime() < stopAt) {
                        Endpoint e = endpoints.get(i++ % endpoints.size());
                        String path = e.path().get();
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.get(path);
                        } catch (IOException | RuntimeException ex) {
                            status = -1;
                            http.close();
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= stopAt) {
                            int[] n = cnt.get(e.name());
                            if (status != 200) {
                                n[1]++;
                            }
                            long[] arr = lat.get(e.name());
                            if (n[0] == arr.length) {
                                arr = Arrays.copyOf(arr, arr.length * 2);
                                lat.put(e.name(), arr);
                            }
                            arr[n[0]++] = t1 - t0;
                        }
                    }
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (marks != null) {
            marks.join();
        }
        double seconds = measure.toNanos() / 1e9;
        List<Result> out = new ArrayList<>();
        for (Endpoint e : endpoints) {
            int total = 0;
            int errors = 0;
            for (Map<String, int[]> m : counts) {
                total += m.get(e.name())[0];
                errors += m.get(e.name())[1];
            }
            long[] all = new long[total];
            int at = 0;
            for (int c = 0; c < clients; c++) {
                int n = counts.get(c).get(e.name())[0];
                System.arraycopy(perThread.get(c).get(e.name()), 0, all, at, n);
                at += n;
            }
            Arrays.sort(all);
            out.add(new Result(e.name(), total, errors, pct(all, 50), pct(all, 95), pct(all, 99),
                    total == 0 ? Double.NaN : all[total - 1] / 1e6, total / seconds));
        }
        return out;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Nearest-rank percentile in milliseconds. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static final List<String> WORDS = List.of("Nato", "Russland", "Ukraine", "Regierung", "Sicherheit",
            "Europe", "security", "president", "military", "Krieg");
    private static final List<String> TYPES = List.of("CONSULT", "AGREE", "REJECT", "THREATEN", "ACCUSE", "SUPPORT",
            "MOBILIZE");

    /**
     * The endpoints of issue 5 with parameters drawn from the served store itself (its 40 most
     * frequent actors as ids, codes and surnames; 500 article ids; search words; random 90-day ranges),
     * read over HTTP, so that the load can come from another process.
     */
    /** The endpoints whose name contains one of {@code filters} (all when there are none). */
    static List<Endpoint> select(List<Endpoint> endpoints, List<String> filters) {
        if (filters.isEmpty()) {
            return endpoints;
        }
        return endpoints.stream().filter(e -> filters.stream().anyMatch(f -> e.name().contains(f))).toList();
    }

    static List<Endpoint> issueEndpoints(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        JsonNode actors = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/actors?limit=40")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("items");
        JsonNode articles = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=500"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).path("items");
        List<String> actorIds = new ArrayList<>();
        List<String> actorParams = new ArrayList<>();
        List<String> more = new ArrayList<>();
        for (JsonNode a : actors) {
            actorIds.add(a.path("id").asText());
            if (!a.path("code").isMissingNode() && !a.path("code").isNull()) {
                more.add(a.path("code").asText());
            }
            String name = a.path("name").asText("");
            if ("PERSON".equals(a.path("type").asText()) && !name.isEmpty()) {
                more.add(name.substring(name.lastIndexOf(' ') + 1));
            }
        }
        actorParams.addAll(actorIds);
        actorParams.addAll(more);
        List<String> articleIds = new ArrayList<>();
        articles.forEach(a -> articleIds.add(a.path("id").asText()));
        if (actorIds.isEmpty() || articleIds.isEmpty()) {
            throw new IllegalStateException("the served store is empty");
        }
        return List.of(
                new Endpoint("GET /api/articles?q=&from=&to=", () -> "/api/articles?q=" + enc(any(WORDS)) + range()),
                new Endpoint("GET /api/articles/{id}", () -> "/api/articles/" + any(articleIds)),
                new Endpoint("GET /api/statements?speaker=&q=&from=&to=", () -> "/api/statements?speaker="
                        + enc(any(actorParams)) + (coin() ? "&q=" + enc(any(WORDS)) : "") + range()),
                new Endpoint("GET /api/events?source=&target=&type=&from=&to=", () -> "/api/events?source="
                        + enc(any(actorParams)) + "&target=" + enc(any(actorParams))
                        + (coin() ? "&type=" + any(TYPES) : "") + (coin() ? range() : "")),
                new Endpoint("GET /api/actors?q=", () -> "/api/actors?q=" + enc(prefix(any(actorParams)))),
                new Endpoint("GET /api/actors/{id}", () -> "/api/actors/" + enc(any(actorIds))),
                new Endpoint("GET /api/series?source=&target=&interval=week", () -> "/api/series?source="
                        + enc(any(actorParams)) + "&target=" + enc(any(actorParams)) + "&interval=week" + range()));
    }

    private static boolean coin() {
        return ThreadLocalRandom.current().nextBoolean();
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

    /** A random element, for varied request parameters. */
    static <T> T any(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}

package org.lagebild.cli;

import java.io.PrintWriter;
import java.net.URI;
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
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    LoadGenerator(String base, List<Endpoint> endpoints) {
        this.base = base;
        this.endpoints = List.copyOf(endpoints);
    }

    List<Result> run(int clients, Duration warmUp, Duration measure, PrintWriter err) throws InterruptedException {
        long startAt = System.nanoTime();
        long measureFrom = startAt + warmUp.toNanos();
        long stopAt = measureFrom + measure.toNanos();
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
                while (System.nanoTime() < stopAt) {
                    Endpoint e = endpoints.get(i++ % endpoints.size());
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + e.path().get()))
                            .timeout(Duration.ofSeconds(60)).GET().build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception ex) {
                        status = -1;
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
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
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

    /** Nearest-rank percentile in milliseconds. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** A random element, for varied request parameters. */
    static <T> T any(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}

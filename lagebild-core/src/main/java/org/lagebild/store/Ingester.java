package org.lagebild.store;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;

/**
 * Analyses documents on N worker threads and stores each finished one in its own transaction.
 * Documents whose text is already stored are skipped before analysis, so re-running the same
 * command after an interruption (even SIGKILL) finishes the rest and stores every text once.
 */
public final class Ingester {
    private final Store store;
    private final Analyzer analyzer;
    private final int threads;
    private final String lang;
    private final PrintWriter err;
    private final boolean progressLine;

    /**
     * What a run did. {@code read} counts input items (documents and unreadable inputs);
     * {@code skipped} are texts already stored or repeated within the run.
     */
    public record Summary(int read, int stored, int skipped, int failed, long millis) {
        public String line() {
            double rate = millis == 0 ? 0 : stored * 1000.0 / millis;
            return String.format(java.util.Locale.ROOT, "%d read, %d stored, %d skipped (already stored), %d failed;"
                    + " %.1f s, %.2f articles/s", read, stored, skipped, failed, millis / 1000.0, rate);
        }
    }

    /**
     * @param lang         language of every document, or null to use metadata/detection
     * @param err          receives one line per failed input, the progress line and nothing else
     * @param progressLine redraw a "\r" progress line (for terminals)
     */
    public Ingester(Store store, Analyzer analyzer, int threads, String lang, PrintWriter err, boolean progressLine) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.store = store;
        this.analyzer = analyzer;
        this.threads = threads;
        this.lang = lang;
        this.err = err;
        this.progressLine = progressLine;
    }

    public Summary run(Stream<DocumentReader.Result> inputs) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Set<String> seen = new HashSet<>(); // ids submitted in this run: duplicates within the input
        // Bounded hand-off: the reader stays at most 2 documents per worker ahead (memory).
        Semaphore slots = new Semaphore(threads * 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lagebild-ingest");
            t.setDaemon(true);
            return t;
        });
        Runnable progress = () -> {
            if (progressLine) {
                long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
                report(String.format(java.util.Locale.ROOT, "\rlagebild: %d/%d done, %d skipped, %d failed, %.2f/s  ",
                        stored.get(), read.get(), skipped.get(), failed.get(), stored.get() * 1000.0 / ms), false);
            }
        };
        try (inputs) {
            for (DocumentReader.Result r : (Iterable<DocumentReader.Result>) inputs::iterator) {
                read.incrementAndGet();
                if (!r.isOk()) {
                    failed.incrementAndGet();
                    report("lagebild: " + r.error().getMessage(), true);
                    continue;
                }
                Document doc = lang != null ? r.document().withLang(lang) : r.document();
                String id = Store.articleId(doc.text());
                if (!seen.add(id) || store.contains(id)) {
                    skipped.incrementAndGet();
                    progress.run();
                    continue;
                }
                slots.acquire();
                pool.execute(() -> {
                    try {
                        Analysis a = analyzer.analyze(doc);
                        if (store.put(a, doc)) {
                            stored.incrementAndGet();
                        } else {
                            skipped.incrementAndGet();
                        }
                    } catch (Analyzer.UnsupportedLanguageException e) {
                        failed.incrementAndGet();
                        report("lagebild: " + e.getMessage(), true);
                    } catch (RuntimeException | StackOverflowError | LinkageError e) {
                        failed.incrementAndGet();
                        report("lagebild: " + doc.source() + ": " + e, true);
                    } finally {
                        slots.release();
                        progress.run();
                    }
                });
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                progress.run();
            }
        }
        if (progressLine) {
            report("\r", false);
        }
        return new Summary(read.get(), stored.get(), skipped.get(), failed.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private void report(String message, boolean line) {
        synchronized (err) {
            if (line) {
                err.println(progressLine ? "\r" + message + "\u001B[K" : message);
            } else {
                err.print(message);
            }
            err.flush();
        }
    }
}

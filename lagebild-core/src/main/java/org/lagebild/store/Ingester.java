package org.lagebild.store;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;

/**
 * Analyses documents on N worker threads and stores the finished ones by group commit: one
 * writer thread collects analyses for up to a second (or 64 of them) and stores them in one
 * transaction ({@link Store#putAll}: one durable commit and one index commit per batch instead of
 * an fsync per article), and counts them as stored only after that commit. Documents whose text is
 * already stored are skipped before analysis, so re-running the same command after an
 * interruption (even SIGKILL) finishes the rest and stores every text once.
 */
public final class Ingester {
    /** At most this many articles per group commit (bounds a batch that must be retried one by one). */
    private static final int MAX_BATCH = 64;
    /**
     * How long the first analysis of a batch waits for more before the commit: bounds the delay
     * until an article counts as stored (and what a crash makes the next run analyse again).
     */
    private static final long COMMIT_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);
    /** Names of the analysis threads and of the writer thread (for per-thread CPU figures). */
    public static final String ANALYSIS_THREAD = "lagebild-ingest";
    public static final String WRITER_THREAD = "lagebild-store";
    /** Queued after the last analysis: the writer commits what it has and ends. */
    static final Store.Entry END = new Store.Entry(null, null);

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
        // Bounded hand-off: the reader stays at most 2 documents per worker ahead of the analysis,
        // plus one batch waiting for its commit (memory), so a commit does not stall the workers.
        Semaphore slots = new Semaphore(threads * 2 + MAX_BATCH);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, ANALYSIS_THREAD);
            t.setDaemon(true);
            return t;
        });
        // Group commit: workers queue their analyses; the one writer thread stores them in batches
        // (ordered, serial writes) and releases the reader's slots after each commit.
        BlockingQueue<Store.Entry> pending = new LinkedBlockingQueue<>();
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, WRITER_THREAD);
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
        Future<?> writing = writer.submit(() -> {
            try {
                // when the input has ended, the index is committed while the last batch's rows are
                writeBatches(pending, store::commitIndexSoon, batch -> {
                    try {
                        int n = store.putAll(batch);
                        stored.addAndGet(n);
                        skipped.addAndGet(batch.taken().size() - n);
                    } catch (RuntimeException | StackOverflowError | LinkageError e) {
                        // all or nothing failed: store one by one, so only the bad article fails
                        for (Store.Entry entry : batch.taken()) {
                            storeOne(entry, stored, skipped, failed);
                        }
                    } finally {
                        slots.release(batch.taken().size());
                        progress.run();
                    }
                });
            } finally {
                slots.release(Integer.MAX_VALUE / 2); // a failed writer must not leave the reader blocked
            }
            return null;
        });
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
                    boolean handedOver = false;
                    try {
                        Analysis a = analyzer.analyze(doc);
                        pending.add(new Store.Entry(a, doc));
                        handedOver = true;
                    } catch (Analyzer.UnsupportedLanguageException e) {
                        failed.incrementAndGet();
                        report("lagebild: " + e.getMessage(), true);
                    } catch (RuntimeException | StackOverflowError | LinkageError e) {
                        failed.incrementAndGet();
                        report("lagebild: " + doc.source() + ": " + e, true);
                    } finally {
                        if (!handedOver) {
                            slots.release();
                            progress.run();
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                progress.run();
            }
            pending.add(END); // every analysis is queued: commit the rest now
            writer.shutdown();
            while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                progress.run();
            }
        }
        try {
            writing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException("ingest writer failed", e.getCause());
        }
        if (progressLine) {
            report("\r", false);
        }
        return new Summary(read.get(), stored.get(), skipped.get(), failed.get(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The writer's loop: a batch is committed when it is full, when its first analysis has waited
     * {@link #COMMIT_DELAY_NANOS}, or at the end of the input. Waiting for more analyses makes the
     * per-commit costs (H2 checkpoint, statement preparation, dedup table loads) count once per
     * batch instead of once per article, which is what draining on every hand-off did whenever
     * analysis was slower than a commit. Each analysis is written into the open transaction as it
     * arrives ({@link Store#putAll(java.util.Iterator)}), so after the last one only the commit is
     * left: the time between the last analysis and its durable commit.
     */
    private static void writeBatches(BlockingQueue<Store.Entry> pending, Runnable inputEnded, Consumer<Batch> commit)
            throws InterruptedException {
        while (true) {
            Store.Entry first = pending.take();
            if (first == END) {
                inputEnded.run();
                return;
            }
            Batch batch = new Batch(pending, first, System.nanoTime() + COMMIT_DELAY_NANOS, inputEnded);
            commit.accept(batch);
            if (batch.ended) {
                return;
            }
        }
    }

    /**
     * One group commit's analyses as they arrive: yields queued analyses until the batch is full,
     * its deadline has passed or the input ends, and remembers what it yielded (to store again one
     * by one if the batch fails, and to release the reader's slots). {@code inputEnded} runs when
     * the end of the input is taken, before the batch's commit.
     */
    static final class Batch implements java.util.Iterator<Store.Entry> {
        private final BlockingQueue<Store.Entry> pending;
        private final long deadline;
        private final Runnable inputEnded;
        private final List<Store.Entry> taken = new ArrayList<>();
        private Store.Entry next;
        private boolean ended;

        Batch(BlockingQueue<Store.Entry> pending, Store.Entry first, long deadline, Runnable inputEnded) {
            this.pending = pending;
            this.next = first;
            this.deadline = deadline;
            this.inputEnded = inputEnded;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (ended || taken.size() >= MAX_BATCH) {
                return false;
            }
            Store.Entry e;
            try {
                e = pending.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt(); // commit what we have; the writer's next take() ends
                return false;
            }
            if (e == END) {
                ended = true;
                inputEnded.run();
                return false;
            }
            next = e;
            return e != null;
        }

        @Override
        public Store.Entry next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Store.Entry e = next;
            next = null;
            taken.add(e);
            return e;
        }

        /**
         * The analyses yielded so far, and one already taken from the queue but not yet yielded
         * (when the store failed in between), so that no analysis is lost with a failed batch.
         */
        List<Store.Entry> taken() {
            if (next != null) {
                taken.add(next);
                next = null;
            }
            return taken;
        }
    }

    private void storeOne(Store.Entry e, AtomicInteger stored, AtomicInteger skipped, AtomicInteger failed) {
        try {
            if (store.put(e.analysis(), e.document())) {
                stored.incrementAndGet();
            } else {
                skipped.incrementAndGet();
            }
        } catch (RuntimeException | StackOverflowError | LinkageError ex) {
            failed.incrementAndGet();
            report("lagebild: " + e.document().source() + ": " + ex, true);
        }
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

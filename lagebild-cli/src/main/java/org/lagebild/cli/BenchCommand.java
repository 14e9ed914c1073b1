package org.lagebild.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.ingest.Cleanup;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.nlp.NlpPipeline;
import org.lagebild.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lagebild bench}: throughput of the full analysis against the plain CoreNLP pipeline
 * (tokenize, ssplit, mwt, pos, ner, depparse) on the same texts in the same JVM, reported as
 * a ratio so that noisy machines still give comparable figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures model loading, warm articles/s and words/s of 'analyze' on a corpus, "
                + "next to the plain CoreNLP pipeline on the same texts (ratio full/plain)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Corpus: files, directories or JSON Lines files.")
    List<String> paths;

    @Option(names = "--lang", defaultValue = "de", description = "Only documents in this language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--warmup", paramLabel = "PATH", description = "Warm up on these documents instead of the "
            + "corpus itself, so the timed texts are unseen (the parser's lazily cached rows then fill as on a "
            + "stream of new articles; with one round this is the ingest case).")
    List<String> warmup;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds over the corpus, alternating full and plain (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--store", description = "Instead: analysis alone vs. analysis + storing into a fresh embedded "
            + "store, alternating per round in this process (the ingest overhead).")
    boolean store;

    @Option(names = "--without-statements", description = "Instead: the analysis vs. the same analysis without "
            + "quotation attribution (no statements, only sentences with event words parsed), alternating per round "
            + "in this process: what attribution adds to the time of an analysis.")
    boolean withoutStatements;

    @Override
    public Integer call() throws java.io.IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<Document> docs = read(paths);
        List<Document> warm = warmup == null ? docs : read(warmup);
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("lagebild: no " + lang + " documents in " + paths);
            return 1;
        }
        // Documents are analysed with a parse of only the sentences with candidate cues or event
        // words; "plain" parses every sentence (NlpPipeline.annotate without a selector) with CoreNLP.
        long t0 = System.nanoTime();
        Analyzer analyzer = new Analyzer();
        analyzer.warmUp(lang);
        double load = (System.nanoTime() - t0) / 1e9;
        if (store) {
            return storeOverhead(out, analyzer, docs, warm);
        }
        if (withoutStatements) {
            return attributionCost(out, analyzer, docs);
        }
        // Warm-up round (JIT), not timed.
        long tokens = 0;
        for (Document d : docs) {
            tokens += analyze(analyzer, d);
        }
        // The baseline is CoreNLP's own pipeline including its depparse annotator, whichever
        // parser the analysis runs (-Dlagebild.parser); it gets its own untimed warm-up pass.
        NlpPipeline plain = NlpPipeline.forLanguage(lang, NlpPipeline.Parser.CORENLP);
        for (Document d : warm) {
            plain.annotate(d.text(), Cleanup.clean(d.text(), lang).masked());
        }
        // Wall and CPU time of this (single) thread: on a loaded machine CPU time is the
        // steadier measure, since waiting for a core does not count.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double full = 0;
        double base = 0;
        double fullCpu = 0;
        double baseCpu = 0;
        // Process CPU (all threads: garbage collection, JIT) and collector time per phase: the
        // "per core" figure that the thread's CPU time leaves out.
        double fullProc = 0;
        double baseProc = 0;
        double fullGc = 0;
        double baseGc = 0;
        for (int round = 0; round < rounds; round++) {
            long a = System.nanoTime();
            long ac = cpu.getCurrentThreadCpuTime();
            long ap = processCpuNanos();
            long ag = gcMillis();
            for (Document d : docs) {
                analyze(analyzer, d);
            }
            full += (System.nanoTime() - a) / 1e9;
            fullCpu += (cpu.getCurrentThreadCpuTime() - ac) / 1e9;
            fullProc += (processCpuNanos() - ap) / 1e9;
            fullGc += (gcMillis() - ag) / 1e3;
            long b = System.nanoTime();
            long bc = cpu.getCurrentThreadCpuTime();
            long bp = processCpuNanos();
            long bg = gcMillis();
            for (Document d : docs) {
                String masked = Cleanup.clean(d.text(), lang).masked();
                plain.annotate(d.text(), masked);
            }
            base += (System.nanoTime() - b) / 1e9;
            baseCpu += (cpu.getCurrentThreadCpuTime() - bc) / 1e9;
            baseProc += (processCpuNanos() - bp) / 1e9;
            baseGc += (gcMillis() - bg) / 1e3;
        }
        int n = docs.size() * rounds;
        out.printf("corpus: %d %s documents, %d words; %d rounds; %d cores%n", docs.size(), lang, tokens, rounds,
                Runtime.getRuntime().availableProcessors());
        out.printf("model load: %.1f s (parser: %s)%n", load, NlpPipeline.Parser.configured());
        out.printf("full analysis:  %.2f articles/s, %.0f words/s (per CPU second: %.2f articles)%n", n / full,
                tokens * rounds / full, n / fullCpu);
        out.printf("plain CoreNLP:  %.2f articles/s, %.0f words/s (per CPU second: %.2f articles)%n", n / base,
                tokens * rounds / base, n / baseCpu);
        out.printf("ratio full/plain time: %.2f (CPU time: %.2f; plain/full CPU speed-up %.2fx)%n", full / base,
                fullCpu / baseCpu, baseCpu / fullCpu);
        out.printf("process CPU (all threads): full %.2f s, plain %.2f s, speed-up %.2fx; GC time: full %.2f s, plain %.2f s%n",
                fullProc, baseProc, baseProc / fullProc, fullGc, baseGc);
        out.printf("peak heap: %d MB%n", peakHeapMb());
        return 0;
    }

    /**
     * What quotation attribution costs: rounds alternate between the analysis and the same analysis without
     * statements ({@link Analyzer#withoutStatements}: the statement rules and the parse of the sentences only
     * they need are left out), each warmed up first. This thread's CPU time is the steadier figure on a
     * shared machine; the parse runs on it too.
     */
    private int attributionCost(PrintWriter out, Analyzer analyzer, List<Document> docs) {
        Analyzer without = analyzer.withoutStatements();
        long[] parsed = new long[2];
        long sentences = 0;
        for (Document d : docs) { // warm-up, counting the sentences each parses
            try {
                var full = analyzer.analyzeParsed(d).parse();
                sentences += full.sentences().size();
                parsed[0] += parsedSentences(full);
                parsed[1] += parsedSentences(without.analyzeParsed(d).parse());
            } catch (Analyzer.UnsupportedLanguageException e) {
                // not counted, as in the timed rounds
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] wall = new double[2];
        double[] thread = new double[2];
        StringBuilder perRound = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            double[] roundCpu = new double[2];
            // alternate which goes first, so that a drift of the machine's speed hits both alike
            for (int k = 0; k < 2; k++) {
                int which = (round + k) % 2;
                Analyzer a = which == 0 ? analyzer : without;
                long w0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                for (Document d : docs) {
                    analyze(a, d);
                }
                wall[which] += (System.nanoTime() - w0) / 1e9;
                roundCpu[which] = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
                thread[which] += roundCpu[which];
            }
            perRound.append(String.format(java.util.Locale.ROOT, " %.3f", roundCpu[0] / roundCpu[1]));
        }
        out.printf("corpus: %d %s documents; %d rounds; %d cores%n", docs.size(), lang, rounds,
                Runtime.getRuntime().availableProcessors());
        out.printf("sentences parsed: %d of %d with attribution, %d without%n", parsed[0], sentences, parsed[1]);
        out.printf("analysis: %.2f s per round (thread CPU %.2f s); without quotation attribution: %.2f s (CPU %.2f s)%n",
                wall[0] / rounds, thread[0] / rounds, wall[1] / rounds, thread[1] / rounds);
        out.printf("quotation attribution adds %.1f %% (thread CPU), %.1f %% (wall); CPU ratio per round:%s%n",
                100 * (thread[0] / thread[1] - 1), 100 * (wall[0] / wall[1] - 1), perRound);
        return 0;
    }

    private static long parsedSentences(org.lagebild.nlp.AnnotatedDocument doc) {
        return doc.sentences().stream().filter(doc::parsed).count();
    }

    /** CPU time of the whole process (all threads), or 0 where the JVM does not report it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Accumulated collection time of all garbage collectors. */
    private static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /**
     * Rounds of analysis alone and of what {@code ingest --threads 1} does (one analysis thread,
     * the store's group commit on its writer thread), each round into a new store so that every
     * article is stored.
     */
    private int storeOverhead(PrintWriter out, Analyzer analyzer, List<Document> docs, List<Document> warm)
            throws java.io.IOException, InterruptedException {
        double alone = 0;
        double stored = 0;
        java.nio.file.Path tmp = java.nio.file.Files.createTempDirectory("lagebild-bench-store");
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        // Warm-up round (JIT), not timed: an ingest, so that the store's code (H2, Lucene, the
        // analysis codec, dedup) is compiled like the analysis' before the first timed round.
        long tokens = docs.stream().mapToLong(BenchCommand::words).sum();
        try (org.lagebild.store.Store s = org.lagebild.store.Store.open(
                org.lagebild.store.StoreConfig.embedded(tmp.resolve("warm-up")))) {
            new org.lagebild.store.Ingester(s, analyzer, 1, lang, quiet, false)
                    .run(warm.stream().map(DocumentReader.Result::ok));
        }
        double aloneProc = 0;
        double storedProc = 0;
        // CPU of the analysing thread alone and in the ingest, and of the store's threads, which
        // compete with the analysis for the cores
        double aloneThread = 0;
        double ingestThread = 0;
        double storeThreads = 0;
        List<Double> ratios = new java.util.ArrayList<>();
        ThreadCpuSampler threads = new ThreadCpuSampler();
        for (int round = 0; round < rounds; round++) {
            settle();
            long a = System.nanoTime();
            long ap = processCpuNanos();
            threads.start();
            for (Document d : docs) {
                analyze(analyzer, d);
            }
            double roundAlone = (System.nanoTime() - a) / 1e9;
            aloneThread += threads.seconds(Thread.currentThread().getName()::equals);
            alone += roundAlone;
            aloneProc += (processCpuNanos() - ap) / 1e9;
            // Timed until the store is closed, as `ingest` ends: the close commits the full-text
            // index, which group commits leave to its own interval.
            org.lagebild.store.Store s = org.lagebild.store.Store.open(
                    org.lagebild.store.StoreConfig.embedded(tmp.resolve("round-" + round)));
            settle();
            long b = System.nanoTime();
            long bp = processCpuNanos();
            threads.start();
            org.lagebild.store.Ingester.Summary summary;
            try (s) {
                summary = new org.lagebild.store.Ingester(s, analyzer, 1, lang, quiet, false)
                        .run(docs.stream().map(DocumentReader.Result::ok));
            }
            double roundStored = (System.nanoTime() - b) / 1e9;
            stored += roundStored;
            ratios.add(roundStored / roundAlone);
            storedProc += (processCpuNanos() - bp) / 1e9;
            ingestThread += threads.seconds(org.lagebild.store.Ingester.ANALYSIS_THREAD::equals);
            storeThreads += threads.seconds(BenchCommand::storeThread);
            if (summary.stored() != docs.size()) {
                threads.close();
                throw new IllegalStateException("bench store round " + round + ": " + summary.line());
            }
        }
        threads.close();
        out.printf("corpus: %d %s documents, %d words; %d rounds; %d cores%n", docs.size(), lang, tokens, rounds,
                Runtime.getRuntime().availableProcessors());
        out.printf("analysis alone:   %.2f s per round%n", alone / rounds);
        out.printf("analysis + store (ingest, 1 thread, until the store is closed): %.2f s per round (embedded store in %s)%n",
                stored / rounds, tmp);
        out.printf("ratio (analysis + store) / analysis: %.3f; per round %s, median %.3f%n", stored / alone,
                ratios.stream().map(r -> String.format(java.util.Locale.ROOT, "%.3f", r)).toList(), median(ratios));
        out.printf("process CPU (all threads, GC and JIT included): alone %.2f s, ingest %.2f s per round; ratio %.3f%n",
                aloneProc / rounds, storedProc / rounds, storedProc / aloneProc);
        out.printf("thread CPU per round: analysis alone %.3f s, analysis in the ingest %.3f s, "
                + "store threads (writer, index, H2, Lucene) %.3f s%n", aloneThread / rounds, ingestThread / rounds,
                storeThreads / rounds);
        return 0;
    }

    /** A thread of the store during an ingest: the group-commit writer, the index thread, H2's and Lucene's own. */
    private static boolean storeThread(String name) {
        return name.equals(org.lagebild.store.Ingester.WRITER_THREAD) || name.equals(org.lagebild.store.Store.INDEX_THREAD)
                || name.startsWith("H2") || name.startsWith("MVStore") || name.startsWith("Lucene");
    }

    /**
     * A full collection before a timed region, so that the garbage of the previous region (and the
     * ~1 GB model heap's old generation filling up) is not collected inside this one: which region
     * such a collection fell into decided a round's ratio (docs/BENCHMARKS.md, session 8).
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long analyze(Analyzer analyzer, Document d) {
        try {
            analyzer.analyze(d);
            return words(d);
        } catch (Analyzer.UnsupportedLanguageException e) {
            return 0;
        }
    }

    private static long words(Document d) {
        return d.text().split("\\s+").length;
    }

    private List<Document> read(List<String> from) {
        List<Document> out = new ArrayList<>();
        DocumentReader.builder().build().read(from).forEach(r -> {
            if (r.isOk() && lang.equals(Analyzer.languageOf(r.document()))) {
                out.add(r.document().withLang(lang));
            }
        });
        return out;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}

package org.lagebild.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;

/**
 * docs/BENCHMARKS.md's Spark figures: articles/s of the Spark job on local[2] against the
 * single-machine pipeline (one thread as {@code lagebild analyze}, two threads as {@code
 * lagebild ingest --threads 2}) on the same documents (all of examples/corpus), models warm in
 * every case. Opt-in, as it takes minutes: {@code -Dlagebild.bench=true -Dtest=SparkThroughputBench}.
 */
@EnabledIfSystemProperty(named = "lagebild.bench", matches = "true")
class SparkThroughputBench {
    @TempDir
    Path tmp;

    @Test
    void localTwoAgainstOneMachine() throws Exception {
        Path corpus = Path.of("..", "examples", "corpus");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        List<Document> docs = new ArrayList<>();
        DocumentReader reader = DocumentReader.builder().build();
        for (Path f : files) {
            try (Stream<DocumentReader.Result> rs = reader.readJsonLines(f)) {
                rs.filter(DocumentReader.Result::isOk).forEach(r -> docs.add(r.document()));
            }
            Files.copy(f, tmp.resolve(f.getFileName()));
        }
        Analyzer analyzer = new Analyzer();
        analyzer.warmUp("de");
        analyzer.warmUp("en");
        for (Document d : List.of(docs.get(0), docs.get(docs.size() - 1))) {
            analyzer.analyze(d); // JIT and lazy lexicons
        }

        long t0 = System.nanoTime();
        for (Document d : docs) {
            analyzer.analyze(d);
        }
        double one = seconds(t0);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        t0 = System.nanoTime();
        List<Future<Analysis>> futures = new ArrayList<>();
        for (Document d : docs) {
            futures.add(pool.submit(() -> analyzer.analyze(d)));
        }
        for (Future<Analysis> f : futures) {
            f.get();
        }
        double two = seconds(t0);
        pool.shutdown();

        SparkSession spark = SparkSession.builder().master("local[2]").appName("lagebild-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            // The analysis stage alone (no persist, no Parquet): what Spark costs around the analyzer.
            t0 = System.nanoTime();
            LongAccumulator n = spark.sparkContext().longAccumulator();
            long rows = SparkDocuments.read(spark, List.of(tmp.toUri().toString()), ReadOptions.defaults(), 6)
                    .mapPartitions((MapPartitionsFunction<Row, Row>) it -> ExecutorPipeline.analyze(it, n),
                            Encoders.row(AnalysisRows.RESULT))
                    .filter(functions.col("error").isNull()).count();
            double stage = seconds(t0);
            System.out.printf("BENCH lagebild-spark analysis stage only: %d rows, %.1f s (%.2f articles/s)%n", rows,
                    stage, rows / stage);
            t0 = System.nanoTime();
            SparkJob.Summary s = SparkJob.run(spark, new JobSpec(List.of(tmp.toUri().toString()),
                    tmp.resolve("out").toUri().toString(), 0, ReadOptions.defaults(), false));
            double sparkSeconds = seconds(t0);
            System.out.printf("BENCH lagebild-spark: %d documents (%d chars); single machine 1 thread %.1f s "
                            + "(%.2f articles/s), 2 threads %.1f s (%.2f articles/s), Spark local[2] %.1f s "
                            + "(%.2f articles/s; %s); Spark/1-thread %.2f, Spark/2-threads %.2f%n",
                    docs.size(), docs.stream().mapToLong(d -> d.text().length()).sum(), one, docs.size() / one, two,
                    docs.size() / two, sparkSeconds, docs.size() / sparkSeconds, s.line(), one / sparkSeconds,
                    two / sparkSeconds);
        } finally {
            spark.stop();
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}

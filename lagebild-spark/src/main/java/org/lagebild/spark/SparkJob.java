package org.lagebild.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The Lagebild pipeline as a Spark job: documents → {@code mapPartitions} with one analyzer per
 * executor → the Parquet tables {@code articles}, {@code statements}, {@code events},
 * {@code actors} and {@code failures} under the output directory. Analysis runs once: its
 * results are persisted and every table is a projection of them.
 */
public final class SparkJob {
    /** The table names under the output directory. */
    public static final List<String> TABLES = List.of("articles", "statements", "events", "actors", "failures");

    /**
     * Rows written per table; {@code failures} counts unreadable, unsupported or failed documents.
     * {@code analyses} counts analyser runs, which exceed the documents read only when Spark
     * re-ran tasks (lost executors, speculation).
     */
    public record Summary(long articles, long statements, long events, long actors, long failures, long analyses) {
        public String line() {
            return String.format("%d articles, %d statements, %d events, %d actors; %d failed or skipped; %d analyses run",
                    articles, statements, events, actors, failures, analyses);
        }
    }

    private SparkJob() {
    }

    /**
     * Runs the job.
     *
     * @throws IllegalStateException when a table exists and {@code spec.overwrite()} is false,
     *                               checked before any document is analysed
     */
    public static Summary run(SparkSession spark, JobSpec spec) {
        if (!spec.overwrite()) {
            refuseExisting(spark, spec);
        }
        int partitions = spec.partitions() > 0 ? spec.partitions()
                : 3 * spark.sparkContext().defaultParallelism();
        Dataset<Row> docs = SparkDocuments.read(spark, spec.inputs(), spec.read(), partitions);
        LongAccumulator analyses = spark.sparkContext().longAccumulator("lagebild analyses");
        Dataset<Row> results = docs.mapPartitions(
                (MapPartitionsFunction<Row, Row>) it -> ExecutorPipeline.analyze(it, analyses),
                Encoders.row(AnalysisRows.RESULT));
        results.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> ok = results.filter(col("error").isNull());
            write(ok.select(columns(AnalysisRows.ARTICLE)), spec, "articles");
            write(nested(ok, "statements", AnalysisRows.STATEMENT), spec, "statements");
            write(nested(ok, "events", AnalysisRows.EVENT), spec, "events");
            write(nested(ok, "actors", AnalysisRows.ACTOR), spec, "actors");
            write(results.filter(col("error").isNotNull()).select(columns(AnalysisRows.FAILURE)), spec, "failures");
            Row n = results.agg(count(when(col("error").isNull(), 1)), sum(okSize("statements")),
                    sum(okSize("events")), sum(okSize("actors")), count(when(col("error").isNotNull(), 1))).first();
            return new Summary(n.getLong(0), positive(n, 1), positive(n, 2), positive(n, 3), n.getLong(4),
                    analyses.value());
        } finally {
            results.unpersist();
        }
    }

    private static void refuseExisting(SparkSession spark, JobSpec spec) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        for (String t : TABLES) {
            Path p = new Path(spec.table(t));
            try {
                if (p.getFileSystem(conf).exists(p)) {
                    throw new IllegalStateException(p + " already exists (replace it with --overwrite)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot check " + p, e);
            }
        }
    }

    private static Dataset<Row> nested(Dataset<Row> ok, String field, StructType schema) {
        return ok.select(explode(col(field)).as("r")).select(
                Arrays.stream(schema.fieldNames()).map(f -> col("r." + f)).toArray(Column[]::new));
    }

    private static Column[] columns(StructType schema) {
        return Arrays.stream(schema.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    private static void write(Dataset<Row> table, JobSpec spec, String name) {
        table.write().mode(spec.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(spec.table(name));
    }

    /** Array size of analysed documents only: size(null) of a failed one is -1 or null by configuration. */
    private static Column okSize(String field) {
        return when(col("error").isNull(), size(col(field)));
    }

    /** A sum is null when there are no rows. */
    private static long positive(Row n, int i) {
        return n.isNullAt(i) ? 0 : n.getLong(i);
    }
}

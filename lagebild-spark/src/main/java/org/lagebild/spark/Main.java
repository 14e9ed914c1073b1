package org.lagebild.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spark-submit --class org.lagebild.spark.Main lagebild-spark.jar OPTIONS INPUT…}. */
@Command(name = "lagebild-spark", mixinStandardHelpOptions = true,
        description = {"Runs the Lagebild analysis (the pipeline of 'lagebild analyze') as an Apache Spark job and "
                + "writes the Parquet tables articles, statements, events, actors and failures under --out.",
                "Inputs: files, directories or globs on any Hadoop file system (file:, hdfs://, s3a:// with "
                        + "hadoop-aws on the cluster); read: JSON Lines (.jsonl, .jsonl.gz) as 'lagebild analyze "
                        + "--jsonl' reads them.",
                "Without a master from spark-submit or -Dspark.master, runs on local[*]."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents analysed", "1:some documents failed or were skipped (table failures)",
                "2:usage error, or an output table exists without --overwrite"})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Input files, directories or globs.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (Hadoop path).")
    String out;

    @Option(names = "--overwrite", description = "Replace existing tables under --out.")
    boolean overwrite;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Analysis partitions (default: 3 per core of the cluster).")
    int partitions;

    @Option(names = "--lang", paramLabel = "de|en", description = "Language of all inputs (default: detected per document).")
    String lang;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", description = "Publication date of every input.")
    String date;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
            description = "Largest accepted document in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "Also load the articles into this PostgreSQL store, e.g. "
                    + "jdbc:postgresql://db/lagebild?user=u&password=p (from the driver).")
    String store;

    @Option(names = "--store-data", paramLabel = "DIR", defaultValue = "lagebild-data",
            description = "The store's full-text index directory on the driver (default: ${DEFAULT-VALUE}).")
    Path storeData;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        JobSpec job;
        StoreConfig storeConfig = null;
        try {
            job = new JobSpec(inputs, out, partitions, new ReadOptions(lang, date, maxBytes), overwrite);
            if (store != null) {
                storeConfig = StoreConfig.server(store, storeData);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        SparkConf conf = new SparkConf().setAppName("lagebild-spark");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SparkJob.Summary summary;
            try {
                summary = SparkJob.run(spark, job);
            } catch (IllegalStateException e) {
                err.println("lagebild-spark: " + e.getMessage());
                err.flush();
                return 2;
            }
            err.println("lagebild-spark: " + summary.line() + " → " + out);
            if (storeConfig != null) {
                StoreLoader.Loaded loaded = StoreLoader.load(spark, job.table("articles"), storeConfig);
                err.printf("lagebild-spark: store %s: %d stored, %d already stored%n", storeConfig,
                        loaded.stored(), loaded.alreadyStored());
            }
            err.flush();
            return summary.failures() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }
}

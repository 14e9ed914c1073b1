package org.lagebild.spark;

import java.util.List;
import java.util.Objects;

/**
 * One run of the Spark job.
 *
 * @param inputs     files, directories or globs on any Hadoop file system
 * @param output     directory (Hadoop path) that receives the tables articles, statements, events,
 *                   actors and failures, each a Parquet directory
 * @param partitions analysis partitions; 0 for three per default-parallelism slot
 * @param overwrite  replace existing tables instead of failing
 */
public record JobSpec(List<String> inputs, String output, int partitions, ReadOptions read, boolean overwrite) {
    public JobSpec {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(read, "read");
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0: " + partitions);
        }
    }

    /** The Parquet directory of one table. */
    public String table(String name) {
        return output.endsWith("/") ? output + name : output + "/" + name;
    }
}

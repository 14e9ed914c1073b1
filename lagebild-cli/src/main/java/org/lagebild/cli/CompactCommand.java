package org.lagebild.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lagebild.store.StoreCompaction;
import org.lagebild.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lagebild compact}: rewrites an embedded store with its live data only. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrites the embedded store's database file with its live data only and merges the full-text "
                + "index into one segment (a store filled by ingest keeps old page versions). Refuses while another "
                + "process (ingest, serve) uses the store; safe to interrupt. Needs free disk space for a copy of the "
                + "live data."})
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreConfig config = store.config(spec);
        if (!config.isEmbedded()) {
            throw new ParameterException(spec.commandLine(), "compact works on the embedded store (--data); "
                    + "PostgreSQL reclaims space by VACUUM");
        }
        StoreCompaction.Result r;
        try {
            r = StoreCompaction.compact(config);
        } catch (StoreCompaction.InUseException | IllegalArgumentException e) {
            err.println("lagebild: " + e.getMessage());
            return 1;
        }
        out.println(line(config, r));
        return 0;
    }

    /** What a compaction did, for the user. */
    static String line(StoreConfig config, StoreCompaction.Result r) {
        return String.format(Locale.ROOT, "compacted %s in %.1f s: database %,d -> %,d bytes; full-text index %,d -> %,d "
                        + "bytes (%d -> %d segments)", config.dataDir(), r.millis() / 1000.0, r.databaseBefore(), r.databaseAfter(),
                r.indexBefore(), r.indexAfter(), r.segmentsBefore(), r.segmentsAfter());
    }
}

package org.lagebild.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lagebild.export.CsvSink;
import org.lagebild.export.EventLinesSink;
import org.lagebild.export.ParquetSink;
import org.lagebild.store.Store;
import org.lagebild.store.StoreScan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lagebild export}: the store as PLOVER JSON Lines, GDELT-style TSV, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the store, streamed page by page (any size fits in memory).",
                "plover: one PLOVER/POLECAT-shaped JSON record per event (JSON Lines); gdelt: one GDELT 2.0 "
                        + "event-table row per event (61 tab-separated columns, no header; mapping in README); "
                        + "csv (RFC 4180, with header) and parquet: one file per table.",
                "--from/--to select articles whose publication date overlaps the range. Files are written "
                        + "under a temporary name and renamed when complete."})
final class ExportCommand implements Callable<Integer> {
    /** Rows between two progress lines on stderr. */
    private static final long PROGRESS_EVERY = 100_000;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plover",
            description = "plover, gdelt, csv or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--table", paramLabel = "TABLE",
            description = "csv/parquet: articles, actors, statements, events, event_actors, or all (default: all, "
                    + "which needs -o DIR and writes DIR/TABLE.csv|parquet).")
    String table;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Output file (a directory for --table all); default: standard output (plover, gdelt, "
                    + "csv with one table).")
    Path output;

    private PrintWriter err;

    @Override
    public Integer call() throws IOException {
        err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("plover", "gdelt", "csv", "parquet").contains(fmt)) {
            throw new ParameterException(spec.commandLine(), "--format must be plover, gdelt, csv or parquet, not '" + format + "'");
        }
        LocalDate f = SearchCommand.day(spec, "--from", from);
        LocalDate t = SearchCommand.day(spec, "--to", to);
        boolean tabular = fmt.equals("csv") || fmt.equals("parquet");
        if (!tabular && table != null && !table.equalsIgnoreCase("events")) {
            throw new ParameterException(spec.commandLine(), "--format " + fmt + " exports events only; --table is for csv and parquet");
        }
        List<StoreScan.Table> tables = tabular ? tables() : List.of();
        boolean all = tables.size() > 1;
        if (tabular && (all || fmt.equals("parquet")) && output == null) {
            throw new ParameterException(spec.commandLine(), all ? "--table all writes one file per table: give -o DIR"
                    : "parquet is binary: give -o FILE");
        }
        try (Store s = Store.open(store.config(spec))) {
            StoreScan scan = new StoreScan(s, f, t);
            if (!tabular) {
                EventLinesSink.Format lines = fmt.equals("plover") ? EventLinesSink.Format.PLOVER : EventLinesSink.Format.GDELT;
                long[] n = new long[1];
                write(output, w -> {
                    EventLinesSink sink = new EventLinesSink(w, lines);
                    long articles = scan.articles(a -> {
                        long before = sink.events();
                        sink.article(a);
                        progress(before, sink.events(), "events");
                    });
                    n[0] = sink.events();
                    err.println("lagebild: exported " + n[0] + " events of " + articles + " articles as " + fmt);
                });
                return 0;
            }
            if (all) {
                Files.createDirectories(output);
            }
            for (StoreScan.Table tb : tables) {
                Path target = all ? output.resolve(tb.label() + "." + fmt) : output;
                long rows = fmt.equals("csv") ? csv(scan, tb, target) : parquet(scan, tb, target);
                err.println("lagebild: exported " + rows + " rows of " + tb.label()
                        + (target == null ? "" : " to " + target));
            }
        }
        err.flush();
        return 0;
    }

    private List<StoreScan.Table> tables() {
        if (table == null || table.equalsIgnoreCase("all")) {
            return List.of(StoreScan.Table.values());
        }
        for (StoreScan.Table tb : StoreScan.Table.values()) {
            if (tb.label().equalsIgnoreCase(table)) {
                return List.of(tb);
            }
        }
        List<String> names = new ArrayList<>();
        for (StoreScan.Table tb : StoreScan.Table.values()) {
            names.add(tb.label());
        }
        throw new ParameterException(spec.commandLine(), "--table must be one of " + names + " or all, not '" + table + "'");
    }

    private long csv(StoreScan scan, StoreScan.Table tb, Path target) throws IOException {
        long[] n = new long[1];
        write(target, w -> n[0] = scan.table(tb, counted(new CsvSink(w), tb.label())));
        return n[0];
    }

    private long parquet(StoreScan scan, StoreScan.Table tb, Path target) throws IOException {
        Path tmp = temp(target);
        long n;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             ParquetSink sink = new ParquetSink(os)) {
            n = scan.table(tb, counted(sink, tb.label()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
    }

    private StoreScan.RowSink counted(StoreScan.RowSink sink, String what) {
        return new StoreScan.RowSink() {
            private long rows;

            @Override
            public void columns(List<StoreScan.Column> columns) throws IOException {
                sink.columns(columns);
            }

            @Override
            public void row(Object[] values) throws IOException {
                sink.row(values);
                progress(rows, ++rows, what);
            }
        };
    }

    private void progress(long before, long after, String what) {
        if (before / PROGRESS_EVERY != after / PROGRESS_EVERY) {
            err.println("lagebild: export: " + (after / PROGRESS_EVERY * PROGRESS_EVERY) + " " + what + " …");
            err.flush();
        }
    }

    private interface WriterAction {
        void run(Writer w) throws IOException;
    }

    /** Text to a file (via a temporary file renamed when complete) or to standard output. */
    private void write(Path target, WriterAction action) throws IOException {
        if (target == null) {
            PrintWriter out = spec.commandLine().getOut();
            action.run(out);
            out.flush();
            return;
        }
        Path tmp = temp(target);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
            action.run(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path temp(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".part");
    }
}

package org.lagebild.store;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.time.PublicationDate;

/** The ingest run in a child JVM by {@link IngestKillTest}: {@code DATA_DIR INPUT_DIR}. */
public final class IngestChild {
    static final PublicationDate DATE = PublicationDate.parse("2022-01-12").orElseThrow();

    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // Input arrives slowly (as from a feed): the run outlasts the parent's poll, so the kill
        // lands mid-run however fast analysis and group commits are.
        Ingester.Summary summary = ingest(Path.of(args[0]), Path.of(args[1]), err, 100, true);
        err.println("SUMMARY " + summary.read() + " " + summary.stored() + " " + summary.skipped() + " " + summary.failed());
        System.exit(summary.failed() == 0 ? 0 : 1);
    }

    static Ingester.Summary ingest(Path data, Path input, PrintWriter err) throws InterruptedException {
        return ingest(data, input, err, 0, false);
    }

    /**
     * {@code pauseMillis} before each input document is handed to the ingest; {@code progress}
     * prints the progress line after each commit (what the parent reads as acknowledged).
     */
    static Ingester.Summary ingest(Path data, Path input, PrintWriter err, long pauseMillis, boolean progress)
            throws InterruptedException {
        try (Store store = Store.open(StoreConfig.embedded(data))) {
            // one analysis thread and group commits: a kill lands between commits or inside one
            return new Ingester(store, new Analyzer(), 1, null, err, progress)
                    .run(DocumentReader.builder().date(DATE).build().read(List.of(input.toString()))
                            .peek(r -> pause(pauseMillis)));
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.lagebild.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Compacts an embedded store that no other process uses: the database file is rewritten with its
 * live data only (H2's {@code SHUTDOWN COMPACT}) and the full-text index merged into one segment.
 * H2 writes every commit's changed pages anew and frees old ones only by background compaction,
 * which an ingest outruns, so a store filled by {@code ingest} keeps old page versions
 * (docs/BENCHMARKS.md, session 7: 22.9 GB to 5.1 GB).
 *
 * <p>Safe to kill at any moment. H2 2.3.232 copies the live data into {@code lagebild.mv.db.tempFile}
 * and only then replaces the database file by an atomic rename ({@code SHUTDOWN COMPACT} and
 * {@code SHUTDOWN DEFRAG} both do this); the next open deletes a temporary file left by a kill.
 * Lucene's merge becomes visible only with its commit; a kill before leaves the last commit and
 * files that the next writer deletes.
 */
public final class StoreCompaction {
    /** H2 error: the database file is locked by another process. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    /** Sizes in bytes before and after, and the index's segments. */
    public record Result(long databaseBefore, long databaseAfter, long indexBefore, long indexAfter,
                         int segmentsBefore, int segmentsAfter, long millis) {
    }

    /** Another process (an ingest, a server) has the store open. */
    public static final class InUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private StoreCompaction() {
    }

    /**
     * Compacts the embedded store in {@code config.dataDir()}.
     *
     * @throws InUseException           when another process has the database or the index open
     * @throws IllegalArgumentException for a PostgreSQL store (PostgreSQL's VACUUM does this) or no store
     * @throws StoreException           when compaction fails (nothing is lost)
     */
    public static Result compact(StoreConfig config) {
        if (!config.isEmbedded()) {
            throw new IllegalArgumentException("compact rewrites the embedded database; PostgreSQL reclaims space by VACUUM");
        }
        Path db = config.dataDir().resolve("lagebild.mv.db");
        Path index = config.dataDir().resolve("index");
        if (!Files.isRegularFile(db)) {
            throw new IllegalArgumentException("no store in " + config.dataDir() + " (no lagebild.mv.db)");
        }
        long start = System.nanoTime();
        long dbBefore = size(db);
        long indexBefore = size(index);
        // Without AUTO_SERVER: a store held by another process is then refused by H2's file lock
        // instead of being reached (and shut down) through that process's server.
        try (Connection c = openExclusive(config.dataDir())) {
            int[] segments = Files.isDirectory(index) ? mergeIndex(index, config.dataDir()) : new int[2];
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT"); // constant; closes the database
            }
            return new Result(dbBefore, size(db), indexBefore, size(index), segments[0], segments[1],
                    (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new StoreException("compacting " + config.dataDir() + " failed (the store is unchanged or compacted "
                    + "completely)", e);
        } catch (IOException e) {
            throw new StoreException("merging the full-text index in " + index + " failed (the index is unchanged)", e);
        }
    }

    private static Connection openExclusive(Path dataDir) throws SQLException {
        String url = Store.embeddedUrl(dataDir, StoreConfig.H2_DEFAULT_CACHE_KB).replace(";AUTO_SERVER=TRUE", "")
                + ";IFEXISTS=TRUE";
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw inUse(dataDir, e);
            }
            throw e;
        }
    }

    /** Merges the index into one segment; returns the segments before and after. */
    private static int[] mergeIndex(Path index, Path dataDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index)) {
            if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
                return new int[2];
            }
            int before = SegmentInfos.readLatestCommit(dir).size();
            // No analyzer needed: merging copies indexed data, it analyses nothing.
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                w.forceMerge(1);
                w.commit();
            } catch (LockObtainFailedException e) {
                throw inUse(dataDir, e);
            }
            return new int[] {before, SegmentInfos.readLatestCommit(dir).size()};
        }
    }

    private static InUseException inUse(Path dataDir, Throwable cause) {
        return new InUseException("the store in " + dataDir + " is in use by another process (an ingest or a server?): "
                + "stop it, then compact", cause);
    }

    /** Bytes of a file, or of the files of a directory (0 when absent). */
    static long size(Path p) {
        if (Files.isRegularFile(p)) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return 0;
            }
        }
        if (!Files.isDirectory(p)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(p)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreCompaction::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}

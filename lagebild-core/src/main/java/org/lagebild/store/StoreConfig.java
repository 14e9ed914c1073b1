package org.lagebild.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link Store} keeps its data. Embedded: an H2 database and the full-text index in
 * {@code dataDir}. Server: a PostgreSQL database at {@code jdbcUrl} (credentials in the URL or in
 * {@code user}/{@code password}); the full-text index, derived data, still lives under {@code dataDir}.
 * {@code cacheKb}: the embedded database's page cache in KB, 0 for {@link #DEFAULT_CACHE} (ignored
 * for PostgreSQL).
 */
public record StoreConfig(Path dataDir, String jdbcUrl, String user, String password, long cacheKb) {
    public static final Path DEFAULT_DATA_DIR = Path.of("lagebild-data");
    /** H2's own default page cache (16 MB); what {@code serve} uses (docs/BENCHMARKS.md, session 6). */
    public static final long H2_DEFAULT_CACHE_KB = 16 * 1024;
    /** {@code cacheKb} value for the writing default: a quarter of the heap, at least H2's 16 MB. */
    public static final long DEFAULT_CACHE = 0;

    public StoreConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("only jdbc:postgresql: URLs are supported as server databases, not '"
                    + redact(jdbcUrl) + "'");
        }
        if (cacheKb < 0) {
            throw new IllegalArgumentException("the page cache size must not be negative: " + cacheKb);
        }
    }

    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(dataDir, null, null, null, DEFAULT_CACHE);
    }

    public static StoreConfig server(String jdbcUrl, Path dataDir) {
        return new StoreConfig(dataDir, Objects.requireNonNull(jdbcUrl, "jdbcUrl"), null, null, DEFAULT_CACHE);
    }

    /** The same store with another page cache size in KB ({@link #DEFAULT_CACHE} for the default). */
    public StoreConfig withCacheKb(long kb) {
        return new StoreConfig(dataDir, jdbcUrl, user, password, kb);
    }

    /**
     * The page cache in KB the embedded database is opened with: {@code cacheKb} if set, else a
     * quarter of the heap, at least H2's 16 MB, for writing: an ingest into a large store modifies
     * index leaves all over it. A server under many clients wants H2's default (ServeCommand): its
     * cached pages live just long enough to be copied by every young collection.
     */
    public long effectiveCacheKb() {
        return cacheKb > 0 ? cacheKb : defaultCacheKb();
    }

    static long defaultCacheKb() {
        return Math.max(H2_DEFAULT_CACHE_KB, Runtime.getRuntime().maxMemory() / 4 / 1024);
    }

    public boolean isEmbedded() {
        return jdbcUrl == null;
    }

    /** The URL without its query string, which may carry a password; for messages. */
    public static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    @Override
    public String toString() {
        return isEmbedded() ? "embedded:" + dataDir : redact(jdbcUrl) + " (index in " + dataDir + ")";
    }
}

package org.lagebild.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link Store} keeps its data. Embedded: an H2 database and the full-text index in
 * {@code dataDir}. Server: a PostgreSQL database at {@code jdbcUrl} (credentials in the URL or in
 * {@code user}/{@code password}); the full-text index, derived data, still lives under {@code dataDir}.
 */
public record StoreConfig(Path dataDir, String jdbcUrl, String user, String password) {
    public static final Path DEFAULT_DATA_DIR = Path.of("lagebild-data");

    public StoreConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("only jdbc:postgresql: URLs are supported as server databases, not '"
                    + redact(jdbcUrl) + "'");
        }
    }

    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(dataDir, null, null, null);
    }

    public static StoreConfig server(String jdbcUrl, Path dataDir) {
        return new StoreConfig(dataDir, Objects.requireNonNull(jdbcUrl, "jdbcUrl"), null, null);
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

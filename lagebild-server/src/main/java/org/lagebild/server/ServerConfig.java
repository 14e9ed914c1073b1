package org.lagebild.server;

/**
 * How the API server runs.
 *
 * @param host               interface to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port               TCP port; 0 picks a free one
 * @param writeToken         bearer token for POST; null disables writing (403)
 * @param readToken          bearer token for reads; null makes reads public
 * @param maxBodyBytes       largest accepted request body (413 beyond)
 * @param analysisThreads    articles analysed at the same time; further POSTs wait, then get 503
 * @param readWorkers        API reads served at the same time, the rest wait in arrival order;
 *                           0: no bound (every server thread may run one)
 */
public record ServerConfig(String host, int port, String writeToken, String readToken, int maxBodyBytes,
                           int analysisThreads, int readWorkers) {
    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
    /**
     * Reads are CPU-bound (database pages and index in memory): more at once than cores only
     * lengthens each one, and a FIFO queue in front keeps the tail near queue length × service time.
     */
    public static final int DEFAULT_READ_WORKERS = Runtime.getRuntime().availableProcessors() + 1;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be given");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        writeToken = token(writeToken, "write token");
        readToken = token(readToken, "read token");
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
        }
        if (analysisThreads < 1) {
            throw new IllegalArgumentException("analysisThreads must be at least 1: " + analysisThreads);
        }
        if (readWorkers < 0 || readWorkers > 1024) {
            throw new IllegalArgumentException("readWorkers must be 0..1024: " + readWorkers);
        }
    }

    public static ServerConfig of(String host, int port, String writeToken, String readToken) {
        return new ServerConfig(host, port, writeToken, readToken, DEFAULT_MAX_BODY_BYTES, 1, DEFAULT_READ_WORKERS);
    }

    /** Null stays null (feature off); anything else must be a usable bearer token. */
    private static String token(String t, String what) {
        if (t == null) {
            return null;
        }
        if (t.length() < 8 || !t.matches("[A-Za-z0-9._~+/=-]+")) {
            throw new IllegalArgumentException(what + " must be at least 8 characters of A-Z a-z 0-9 . _ ~ + / = -");
        }
        return t;
    }

    @Override
    public String toString() {
        // never print the tokens
        return "ServerConfig[" + host + ":" + port + ", write " + (writeToken == null ? "off" : "on") + ", read token "
                + (readToken == null ? "off" : "on") + ", maxBodyBytes " + maxBodyBytes + ", readWorkers " + readWorkers + "]";
    }
}

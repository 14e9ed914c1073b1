package org.lagebild.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection for the load generator: sends a GET, reads the status and
 * skips the body (Content-Length or chunked), like wrk does. {@link java.net.http.HttpClient}
 * spent about 0.8 ms of CPU per request here, a quarter of the 2 shared cores that the server
 * needs; this costs a small fraction of that, so the figures measure the server.
 * Not thread-safe: one per client thread.
 */
final class KeepAliveClient implements Closeable {
    private static final int MAX_LINE = 16 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final byte[] skip = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveClient(URI base, int timeoutMillis) {
        if (!"http".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("an http://host:port URL is needed: " + base);
        }
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    /** Sends {@code GET path} and returns the status code after reading the whole response. */
    int get(String path) throws IOException {
        boolean fresh = socket == null;
        try {
            return exchange(path);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange(path); // the server closed an idle connection: retry once on a new one
        }
    }

    private int exchange(String path) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("not an HTTP response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        if (chunked) {
            for (long n = Long.parseLong(line().split(";", 2)[0].trim(), 16); n > 0;
                 n = Long.parseLong(line().split(";", 2)[0].trim(), 16)) {
                skipFully(n);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skipFully(length);
        } else {
            close = true; // body until the server closes
            while (in.read(skip) >= 0) {
                // drain
            }
        }
        if (close) {
            close();
        }
        return code;
    }

    private void skipFully(long n) throws IOException {
        while (n > 0) {
            int r = in.read(skip, 0, (int) Math.min(skip.length, n));
            if (r < 0) {
                throw new IOException("connection closed in a response body");
            }
            n -= r;
        }
    }

    /** A header line without its CRLF, in ISO-8859-1. */
    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed in a response header");
            }
            if (c != '\r') {
                if (b.length() == MAX_LINE) {
                    throw new IOException("response header line longer than " + MAX_LINE);
                }
                b.append((char) c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to do: the connection is dropped either way
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}

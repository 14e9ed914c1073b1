package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator's HTTP/1.1 client against the JDK's own server. */
class KeepAliveClientTest {
    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] big = "x".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        server.createContext("/fixed", ex -> {
            ex.sendResponseHeaders(200, big.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(big);
            }
        });
        server.createContext("/chunked", ex -> {
            ex.sendResponseHeaders(404, 0); // length 0: the JDK server sends chunks
            try (OutputStream o = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    o.write(("part " + i + "\n").getBytes(StandardCharsets.UTF_8));
                    o.flush();
                }
            }
        });
        server.createContext("/close", ex -> {
            ex.getResponseHeaders().add("Connection", "close");
            ex.sendResponseHeaders(503, -1); // no body
            ex.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsStatusAndWholeBodiesOfBothFramingsOnOneConnection() throws IOException {
        try (KeepAliveClient c = new KeepAliveClient(base, 5_000)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(200, c.get("/fixed"));
                assertEquals(404, c.get("/chunked?i=" + i));
            }
            // a response that closes the connection is followed by a fresh one
            assertEquals(503, c.get("/close"));
            assertEquals(200, c.get("/fixed"));
        }
    }

    @Test
    void refusesWhatItCannotSpeak() {
        assertThrows(IllegalArgumentException.class, () -> new KeepAliveClient(URI.create("https://example.org"), 1));
    }

    @Test
    void failsWhenNothingListens() throws IOException {
        server.stop(0);
        try (KeepAliveClient c = new KeepAliveClient(base, 2_000)) {
            assertThrows(IOException.class, () -> c.get("/fixed"));
        }
    }
}

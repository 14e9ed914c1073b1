package org.lagebild.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The dashboard's built files (Vite's output in the classpath), served with explicit content
 * types. Only flat file names are looked up, so no request reaches outside the directory; files
 * found are kept in memory (the build has a handful of small ones).
 */
final class DashboardFiles {
    private static final Pattern NAME = Pattern.compile("(assets/)?[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "json", "application/json; charset=utf-8");

    private final String root;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    DashboardFiles(String root) {
        this.root = root;
    }

    /** Sends the file, or 404 when there is none (or the dashboard was not built). */
    void send(Context ctx, String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        byte[] body = type == null ? null : read(name).orElse(null);
        if (body == null) {
            throw ApiException.notFound(name.equals("index.html")
                    ? "the dashboard was not built into this server (build without -DskipFrontend)"
                    : "no such file");
        }
        // Vite names assets by content hash: they never change under one name.
        ctx.header("Cache-Control", name.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        ctx.status(200).contentType(type).result(body);
    }

    private Optional<byte[]> read(String name) {
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        byte[] cached = cache.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = DashboardFiles.class.getResourceAsStream(root + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] b = in.readAllBytes();
            cache.put(name, b);
            return Optional.of(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

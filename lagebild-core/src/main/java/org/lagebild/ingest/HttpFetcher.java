package org.lagebild.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches http(s) URLs with a connect timeout, a total deadline and a size limit: the body is
 * collected by a subscriber that cancels the download once it exceeds the limit, so neither a
 * huge nor a slowly dripping response can hold the run.
 */
final class HttpFetcher {
    /** A fetched body with the charset named by its Content-Type (null when none). */
    record Fetched(byte[] body, String contentType, String charset, URI uri) {
    }

    /** Built on the first fetch: building one loads the TLS trust store (~0.3 s), which local inputs never need. */
    private HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    HttpFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    static boolean isHttp(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    Fetched fetch(String url, String source) throws InputException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "invalid URL " + WarcInput.abbreviate(url));
        }
        if (!isHttp(uri.toString()) || uri.getHost() == null) {
            throw new InputException(source, "not an http(s) URL: " + WarcInput.abbreviate(url));
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "lagebild (news analysis)")
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                        + "application/xml;q=0.9, */*;q=0.5").build();
        CompletableFuture<HttpResponse<byte[]>> f = client().sendAsync(req, info -> new Bounded(maxBytes));
        HttpResponse<byte[]> resp;
        try {
            resp = f.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS); // connect/headers plus body
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new InputException(source, "timed out fetching " + uri);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException(source, "interrupted fetching " + uri);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof TooLarge) {
                throw TextDecoder.tooLarge(source + " (" + uri + ")", null, maxBytes);
            }
            throw new InputException(source, "cannot fetch " + uri + " (" + (c == null ? e : c).getClass().getSimpleName()
                    + (c != null && c.getMessage() != null ? ": " + WarcInput.abbreviate(c.getMessage()) : "") + ")");
        }
        if (resp.statusCode() != 200) {
            throw new InputException(source, "HTTP " + resp.statusCode() + " from " + uri);
        }
        String ct = resp.headers().firstValue("Content-Type").orElse(null);
        return new Fetched(resp.body(), ct, charsetOf(ct), resp.uri());
    }

    /** The charset parameter of a Content-Type value, or null. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";", 20)) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").replace("'", "").strip();
            }
        }
        return null;
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects the body and cancels the download once it exceeds the limit. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Bounded(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}

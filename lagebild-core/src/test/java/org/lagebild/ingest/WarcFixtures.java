package org.lagebild.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds WARC bytes by hand, so tests control every header and can break any of them. */
final class WarcFixtures {
    private WarcFixtures() {
    }

    static String uuid(int n) {
        return String.format("urn:uuid:00000000-0000-4000-8000-%012d", n);
    }

    /** A WARC record: header lines, block, and the two CRLFs that end a record. */
    static byte[] record(String type, int n, String date, String uri, String contentType, byte[] block) {
        StringBuilder h = new StringBuilder("WARC/1.1\r\n");
        h.append("WARC-Type: ").append(type).append("\r\n");
        h.append("WARC-Record-ID: <").append(uuid(n)).append(">\r\n");
        h.append("WARC-Date: ").append(date).append("\r\n");
        if (uri != null) {
            h.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        h.append("Content-Type: ").append(contentType).append("\r\n");
        h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
        return concat(h.toString().getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** An HTTP response record. */
    static byte[] response(int n, String uri, int status, String contentType, byte[] body) {
        return record("response", n, "2022-01-12T09:30:00Z", uri, "application/http;msgtype=response",
                http(status, contentType, body));
    }

    static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.US_ASCII), body);
    }

    static byte[] html(String title, String paragraph, Charset cs) {
        return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></article></body></html>").getBytes(cs);
    }

    /** One gzip member per record, as WARC.gz files are written. */
    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}

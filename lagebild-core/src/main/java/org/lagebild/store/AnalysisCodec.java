package org.lagebild.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.lagebild.model.Analysis;
import org.lagebild.report.JsonOutput;

/**
 * How the per-article analysis JSON is kept in the {@code articles.analysis} TEXT column:
 * deflated and Base64-encoded behind a marker, because the JSON (every token's offsets, times,
 * quantities) is about 20 times the article text and compresses about tenfold. A TEXT column keeps
 * one schema for H2 and PostgreSQL (H2's binary type is capped at 1 MB; PostgreSQL has no BLOB),
 * and rows written before compression (plain JSON, starting with '{') are still read as they are.
 */
final class AnalysisCodec {
    private static final String MARKER = "deflate:";

    private AnalysisCodec() {
    }

    static String encode(Analysis a) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(16_384);
        // Fastest level: generating a million-event store writes gigabytes of JSON, and level 1
        // already gets most of the ratio on this repetitive text.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(buf, deflater, 8192)) {
            JsonOutput.mapper().writeValue(out, a);
        } catch (IOException e) {
            throw new IllegalArgumentException("analysis not serialisable", e);
        } finally {
            deflater.end();
        }
        return MARKER + Base64.getEncoder().encodeToString(buf.toByteArray());
    }

    /** The stored analysis as JSON text, inflated but not parsed (to send it on as it is). */
    static String json(String stored) throws IOException {
        if (stored.startsWith(MARKER)) {
            byte[] raw = Base64.getDecoder().decode(stored.substring(MARKER.length()).getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return stored;
    }

    static Analysis decode(String stored) throws IOException {
        if (stored.startsWith(MARKER)) {
            byte[] raw = Base64.getDecoder().decode(stored.substring(MARKER.length()).getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw))) {
                return JsonOutput.mapper().readValue(in, Analysis.class);
            }
        }
        return JsonOutput.mapper().readValue(new StringReader(stored), Analysis.class);
    }
}

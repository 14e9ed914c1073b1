package org.lagebild.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reader for the event-location set ("Geolocating Political Events in Text"): a zipped JSON array
 * of sentences, each with its tokens, one VERB span (the event) and zero or more LOCATION spans
 * (where it happened). Records with no or several VERB spans are skipped.
 */
public final class LocationCorpus {
    private LocationCorpus() {
    }

    /**
     * One sentence. Offsets are char ranges {@code [start, end)} into {@code text};
     * {@code gold} marks the re-annotated gold standard (source "RELABEL").
     */
    public record Located(String id, String text, List<int[]> tokens, int[] verb, List<int[]> locations, boolean gold) {
    }

    public static List<Located> read(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX")
                    && e.getName().endsWith(".jsonl")).findFirst()
                    .orElseThrow(() -> new IOException(zip + ": no .jsonl entry"));
            try (InputStream in = z.getInputStream(entry)) {
                return parse(new ObjectMapper().readTree(in));
            }
        }
    }

    static List<Located> parse(JsonNode root) {
        List<Located> out = new ArrayList<>();
        for (JsonNode r : root) {
            String text = r.path("text").asText(null);
            if (text == null) {
                continue;
            }
            List<int[]> tokens = new ArrayList<>();
            java.util.Map<Integer, int[]> byId = new java.util.HashMap<>();
            for (JsonNode t : r.path("tokens")) {
                int[] s = span(t, text.length());
                if (s != null && s[1] > s[0]) {
                    tokens.add(s);
                    if (t.path("id").isInt()) {
                        byId.put(t.path("id").asInt(), s);
                    }
                }
            }
            List<int[]> verbs = new ArrayList<>();
            List<int[]> locations = new ArrayList<>();
            for (JsonNode s : r.path("spans")) {
                int[] sp = tokenSpan(s, byId);
                if (sp == null) {
                    sp = span(s, text.length());
                }
                if (sp == null) {
                    continue;
                }
                switch (s.path("label").asText("")) {
                    case "VERB" -> verbs.add(sp);
                    case "LOCATION" -> locations.add(sp);
                    default -> {
                    }
                }
            }
            if (verbs.size() == 1 && !tokens.isEmpty()) {
                out.add(new Located(r.path("_id").asText(""), text, List.copyOf(tokens), verbs.get(0),
                        List.copyOf(locations), "RELABEL".equals(r.path("source").asText())));
            }
        }
        return out;
    }

    /**
     * A span by its token ids. Preferred over the char offsets, which in many LOCATION spans of the
     * file are token numbers rather than characters ("start": 10, "end": 10 for "Afghanistan").
     */
    private static int[] tokenSpan(JsonNode n, java.util.Map<Integer, int[]> byId) {
        if (!n.path("token_start").isInt() || !n.path("token_end").isInt()) {
            return null;
        }
        int[] a = byId.get(n.path("token_start").asInt());
        int[] b = byId.get(n.path("token_end").asInt());
        return a != null && b != null && b[1] >= a[0] ? new int[] {a[0], b[1]} : null;
    }

    private static int[] span(JsonNode n, int length) {
        int a = n.path("start").asInt(-1);
        int b = n.path("end").asInt(-1);
        return a >= 0 && b >= a && b <= length ? new int[] {a, b} : null;
    }
}

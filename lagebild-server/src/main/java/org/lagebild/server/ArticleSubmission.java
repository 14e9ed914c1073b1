package org.lagebild.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;

/**
 * The body of {@code POST /api/articles}, {@code {"id"?, "text", "lang"?, "date"?, "title"?, "url"?}},
 * read into a {@link Document} by the same rules as one line of {@code lagebild ingest --jsonl}.
 */
final class ArticleSubmission {
    private static final Set<String> FIELDS = Set.of("id", "text", "lang", "date", "title", "url");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleSubmission() {
    }

    /** @throws ApiException 400 naming the field that is wrong */
    static Document parse(byte[] body, int maxBytes) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("body", "invalid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("body", "unreadable");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("body", "expected a JSON object {\"text\": …}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiException.badRequest("body", "unknown field " + ApiException.excerpt(f) + " (allowed: "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        JsonNode lang = node.get("lang");
        if (lang != null && !lang.isNull() && !List.of("de", "en").contains(lang.asText().strip().toLowerCase())) {
            throw ApiException.badRequest("lang", "must be de or en, not " + ApiException.excerpt(lang.asText()));
        }
        // One compact line (JSON escapes every newline inside strings) for the JSON Lines reader.
        byte[] line;
        try {
            line = JSON.writeValueAsBytes(node);
        } catch (JacksonException e) {
            throw ApiException.badRequest("body", "not serialisable");
        }
        DocumentReader reader = DocumentReader.builder().maxBytes(Math.max(maxBytes, line.length)).build();
        try (var results = reader.readJsonLines(new ByteArrayInputStream(line), "body")) {
            DocumentReader.Result r = results.findFirst()
                    .orElseThrow(() -> ApiException.badRequest("body", "empty"));
            if (!r.isOk()) {
                String msg = r.error().getMessage();
                String prefix = r.error().source() + ": ";
                throw ApiException.badRequest("body", msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
            }
            Document d = r.document();
            return new Document(d.id().startsWith("line-") && !node.hasNonNull("id") ? "api" : d.id(), d.text(),
                    d.lang(), d.date(), d.title(), d.url(), "api");
        }
    }
}

package org.lagebild.statements.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The German parliamentary speaker-attribution corpus (Bundestag debates, GermEval-2023 SpkAtt
 * task 1): one JSON file per speech, {@code Sentences[{SentenceId, Tokens}]} and
 * {@code Annotations[{Cue, PTC, Source, Message, Addr, Topic, Medium, Evidence}]} whose values
 * are lists of {@code "SentenceId:TokenIndex"} strings (token index 0-based within the sentence).
 */
public final class ParliamentCorpus {
    /** Role labels besides the cue, in file order. */
    public static final List<String> ROLES = List.of("PTC", "Source", "Message", "Addr", "Topic", "Medium", "Evidence");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParliamentCorpus() {
    }

    /** A token position: sentence id and 0-based token index within that sentence. */
    public record TokenRef(int sentence, int token) implements Comparable<TokenRef> {
        public TokenRef {
            if (sentence < 0 || token < 0) {
                throw new IllegalArgumentException("negative token reference " + sentence + ":" + token);
            }
        }

        /** Parses {@code "12:3"}. */
        public static TokenRef parse(String s) {
            int colon = s.indexOf(':');
            if (colon <= 0 || colon != s.lastIndexOf(':') || s.length() > 24) {
                throw new IllegalArgumentException("not a SentenceId:TokenIndex reference: " + s);
            }
            try {
                return new TokenRef(Integer.parseInt(s.substring(0, colon).trim()),
                        Integer.parseInt(s.substring(colon + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a SentenceId:TokenIndex reference: " + s, e);
            }
        }

        /** A single sortable number (sentence in the high bits). */
        public long key() {
            return ((long) sentence << 32) | token;
        }

        @Override
        public int compareTo(TokenRef o) {
            return Long.compare(key(), o.key());
        }

        @Override
        public String toString() {
            return sentence + ":" + token;
        }
    }

    public record Sentence(int sentenceId, List<String> tokens) {
        public Sentence {
            tokens = List.copyOf(tokens);
        }
    }

    /** One speech/thought/writing event: its cue and the token lists of each role in {@link #ROLES}. */
    public record Annotation(List<TokenRef> cue, Map<String, List<TokenRef>> roles) {
        public Annotation {
            cue = List.copyOf(cue);
            Map<String, List<TokenRef>> all = new LinkedHashMap<>();
            for (String r : ROLES) {
                all.put(r, List.copyOf(roles.getOrDefault(r, List.of())));
            }
            for (String r : roles.keySet()) {
                if (!all.containsKey(r)) {
                    throw new IllegalArgumentException("unknown role " + r);
                }
            }
            roles = java.util.Collections.unmodifiableMap(all);
        }

        public List<TokenRef> role(String label) {
            List<TokenRef> r = roles.get(label);
            if (r == null) {
                throw new IllegalArgumentException("unknown role " + label);
            }
            return r;
        }
    }

    public record Document(List<Sentence> sentences, List<Annotation> annotations) {
        public Document {
            sentences = List.copyOf(sentences);
            annotations = List.copyOf(annotations);
        }

        public Document withAnnotations(List<Annotation> newAnnotations) {
            return new Document(sentences, newAnnotations);
        }

        /** The input of the "roles given gold cues" subtask: the same cues, every role emptied. */
        public Document cuesOnly() {
            return withAnnotations(annotations.stream().map(a -> new Annotation(a.cue(), Map.of())).toList());
        }
    }

    // ---------------------------------------------------------------- reading

    public static Document read(Path file) throws IOException {
        return fromTree(MAPPER.readTree(file.toFile()));
    }

    public static Document parse(String json) throws IOException {
        return fromTree(MAPPER.readTree(json));
    }

    /** All {@code *.json} files of a directory, keyed by file name (sorted). */
    public static SortedMap<String, Document> readDirectory(Path dir) throws IOException {
        return CorpusFiles.readDirectory(dir, ParliamentCorpus::read);
    }

    private static Document fromTree(JsonNode root) throws IOException {
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        try {
            List<Sentence> sentences = new ArrayList<>();
            for (JsonNode s : root.path("Sentences")) {
                List<String> tokens = new ArrayList<>();
                for (JsonNode t : s.path("Tokens")) {
                    tokens.add(t.asText(""));
                }
                sentences.add(new Sentence(s.path("SentenceId").asInt(), tokens));
            }
            List<Annotation> annotations = new ArrayList<>();
            for (JsonNode a : root.path("Annotations")) {
                Map<String, List<TokenRef>> roles = new LinkedHashMap<>();
                for (String r : ROLES) {
                    roles.put(r, refs(a.path(r)));
                }
                annotations.add(new Annotation(refs(a.path("Cue")), roles));
            }
            return new Document(sentences, annotations);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<TokenRef> refs(JsonNode array) {
        List<TokenRef> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(TokenRef.parse(v.asText("")));
        }
        return out;
    }

    // ---------------------------------------------------------------- writing

    public static void write(Document doc, Path file) throws IOException {
        CorpusFiles.write(doc, file, ParliamentCorpus::write);
    }

    public static String toJson(Document doc) {
        return CorpusFiles.toJson(doc, ParliamentCorpus::write);
    }

    /** Writes each document under its map key (a plain file name) into {@code dir}, creating it. */
    public static void writeDirectory(Map<String, Document> docs, Path dir) throws IOException {
        CorpusFiles.writeDirectory(docs, dir, ParliamentCorpus::write);
    }

    private static void write(Document doc, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("Sentences");
            for (Sentence s : doc.sentences()) {
                g.writeStartObject();
                g.writeNumberField("SentenceId", s.sentenceId());
                g.writeArrayFieldStart("Tokens");
                for (String t : s.tokens()) {
                    g.writeString(t);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("Annotations");
            for (Annotation a : doc.annotations()) {
                g.writeStartObject();
                writeRefs(g, "Cue", a.cue());
                for (String r : ROLES) {
                    writeRefs(g, r, a.role(r));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRefs(JsonGenerator g, String name, List<TokenRef> refs) throws IOException {
        g.writeArrayFieldStart(name);
        for (TokenRef r : refs) {
            g.writeString(r.toString());
        }
        g.writeEndArray();
    }
}

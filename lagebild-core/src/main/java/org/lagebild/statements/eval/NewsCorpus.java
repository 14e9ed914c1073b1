package org.lagebild.statements.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The German news quotation corpus (de.wikinews; GermEval-2023 SpkAtt task 2 in its 2024
 * re-release format): one JSON file per article with global 0-based token ids and char offsets
 * into {@code originalText}. Reading is lenient (missing fields become empty); writing
 * recomputes every role's {@code spans} and {@code text} from its {@code tokenIds}, so a
 * predictor only has to fill token ids.
 */
public final class NewsCorpus {
    /** Role names in the order of the published scorer (quote first). */
    public static final List<String> ROLES = List.of("quote", "addressee", "cue", "frame", "speaker");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NewsCorpus() {
    }

    /** {@code sentence} is 1-based in the corpus (= sentence id + 1), {@code word} 1-based within it. */
    public record Token(int id, String text, int charBegin, int charEnd, int sentence, int word) {
    }

    public record Sentence(int id, String text, List<Integer> tokenIds, int begin, int end,
            int charBegin, int charEnd) {
        public Sentence {
            tokenIds = List.copyOf(tokenIds);
        }
    }

    /** One contiguous run of tokens [begin, end) and its char range. */
    public record RoleSpan(int begin, int end, int charBegin, int charEnd) {
    }

    /** A quotation part; may be discontinuous, empty when {@code tokenIds} is empty. */
    public record Role(String text, List<Integer> tokenIds, List<RoleSpan> spans) {
        public static final Role EMPTY = new Role("", List.of(), List.of());

        public Role {
            tokenIds = List.copyOf(tokenIds);
            spans = List.copyOf(spans);
        }

        public boolean isEmpty() {
            return tokenIds.isEmpty();
        }
    }

    /** One quotation. {@code type} is the form (Direct, Indirect, ...), {@code medium} Speech, Writing, .... */
    public record Annotation(int id, Role quote, Role speaker, Role cue, Role frame, Role addressee,
            String type, String medium, boolean isNested, boolean hasNested) {
        public Role role(String name) {
            return switch (name) {
                case "quote" -> quote;
                case "speaker" -> speaker;
                case "cue" -> cue;
                case "frame" -> frame;
                case "addressee" -> addressee;
                default -> throw new IllegalArgumentException("unknown role " + name);
            };
        }
    }

    public record Document(String documentName, String originalText, List<Sentence> sentences,
            List<Token> tokens, List<Annotation> annotations) {
        public Document {
            sentences = List.copyOf(sentences);
            tokens = List.copyOf(tokens);
            annotations = List.copyOf(annotations);
        }

        /** The same text and tokens with other quotations (e.g. a system's predictions). */
        public Document withAnnotations(List<Annotation> newAnnotations) {
            return new Document(documentName, originalText, sentences, tokens, newAnnotations);
        }
    }

    // ---------------------------------------------------------------- building roles

    /**
     * A role over the given token ids (any order, duplicates allowed): ids sorted and
     * de-duplicated, spans = maximal runs of consecutive ids, text = the spans' source text
     * joined by one space (the corpus convention).
     *
     * @throws IllegalArgumentException for an id that is not a token of the document
     */
    public static Role role(Document doc, Collection<Integer> tokenIds) {
        return role(doc, tokenIds, tokenIndex(doc));
    }

    private static Role role(Document doc, Collection<Integer> tokenIds, Map<Integer, Token> index) {
        int[] ids = tokenIds.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        if (ids.length == 0) {
            return Role.EMPTY;
        }
        List<RoleSpan> spans = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = 0;
        for (int i = 1; i <= ids.length; i++) {
            if (i < ids.length && ids[i] == ids[i - 1] + 1) {
                continue;
            }
            Token first = token(index, ids[start]);
            Token last = token(index, ids[i - 1]);
            RoleSpan span = new RoleSpan(first.id(), last.id() + 1, first.charBegin(), last.charEnd());
            spans.add(span);
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(slice(doc.originalText(), span.charBegin(), span.charEnd()));
            start = i;
        }
        List<Integer> idList = new ArrayList<>(ids.length);
        for (int id : ids) {
            idList.add(id);
        }
        return new Role(text.toString(), idList, spans);
    }

    private static Token token(Map<Integer, Token> index, int id) {
        Token t = index.get(id);
        if (t == null) {
            throw new IllegalArgumentException("token id " + id + " is not in the document");
        }
        return t;
    }

    private static String slice(String text, int begin, int end) {
        int b = Math.max(0, Math.min(begin, text.length()));
        int e = Math.max(b, Math.min(end, text.length()));
        return text.substring(b, e);
    }

    private static Map<Integer, Token> tokenIndex(Document doc) {
        Map<Integer, Token> index = new HashMap<>(doc.tokens().size() * 2);
        for (Token t : doc.tokens()) {
            index.putIfAbsent(t.id(), t);
        }
        return index;
    }

    /** Every role rebuilt from its token ids (see {@link #role(Document, Collection)}). */
    public static Document normalize(Document doc) {
        Map<Integer, Token> index = tokenIndex(doc);
        List<Annotation> out = new ArrayList<>(doc.annotations().size());
        for (Annotation a : doc.annotations()) {
            out.add(new Annotation(a.id(), role(doc, a.quote().tokenIds(), index),
                    role(doc, a.speaker().tokenIds(), index), role(doc, a.cue().tokenIds(), index),
                    role(doc, a.frame().tokenIds(), index), role(doc, a.addressee().tokenIds(), index),
                    a.type(), a.medium(), a.isNested(), a.hasNested()));
        }
        return doc.withAnnotations(out);
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
        return CorpusFiles.readDirectory(dir, NewsCorpus::read);
    }

    static List<Path> jsonFiles(Path dir) throws IOException {
        return CorpusFiles.jsonFiles(dir);
    }

    private static Document fromTree(JsonNode root) throws IOException {
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        List<Token> tokens = new ArrayList<>();
        for (JsonNode t : root.path("tokens")) {
            tokens.add(new Token(t.path("id").asInt(), t.path("text").asText(""),
                    t.path("charBegin").asInt(), t.path("charEnd").asInt(),
                    t.path("sentence").asInt(), t.path("word").asInt()));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : root.path("sentences")) {
            sentences.add(new Sentence(s.path("id").asInt(), s.path("text").asText(""), ints(s.path("tokenIds")),
                    s.path("begin").asInt(), s.path("end").asInt(),
                    s.path("charBegin").asInt(), s.path("charEnd").asInt()));
        }
        List<Annotation> annotations = new ArrayList<>();
        int n = 0;
        for (JsonNode a : root.path("annotations")) {
            annotations.add(new Annotation(a.path("id").asInt(n), readRole(a.path("quote")),
                    readRole(a.path("speaker")), readRole(a.path("cue")), readRole(a.path("frame")),
                    readRole(a.path("addressee")), text(a.path("type")), text(a.path("medium")),
                    a.path("isNested").asBoolean(false), a.path("hasNested").asBoolean(false)));
            n++;
        }
        return new Document(root.path("documentName").asText(""), root.path("originalText").asText(""),
                sentences, tokens, annotations);
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static Role readRole(JsonNode r) {
        if (!r.isObject()) {
            return Role.EMPTY;
        }
        List<RoleSpan> spans = new ArrayList<>();
        for (JsonNode s : r.path("spans")) {
            spans.add(new RoleSpan(s.path("begin").asInt(), s.path("end").asInt(),
                    s.path("charBegin").asInt(), s.path("charEnd").asInt()));
        }
        return new Role(r.path("text").asText(""), ints(r.path("tokenIds")), spans);
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode v : array) {
            if (v.canConvertToInt()) {
                out.add(v.asInt());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- writing

    /** Writes the document (roles normalised) in the corpus format, keys sorted as in the corpus files. */
    public static void write(Document doc, Path file) throws IOException {
        CorpusFiles.write(doc, file, NewsCorpus::write);
    }

    public static String toJson(Document doc) {
        return CorpusFiles.toJson(doc, NewsCorpus::write);
    }

    /** Writes each document under its map key (a file name) into {@code dir}, creating it. */
    public static void writeDirectory(Map<String, Document> docs, Path dir) throws IOException {
        CorpusFiles.writeDirectory(docs, dir, NewsCorpus::write);
    }

    private static void write(Document doc, Writer out) throws IOException {
        Document d = normalize(doc);
        Map<Integer, Token> index = tokenIndex(d);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("annotations");
            for (Annotation a : d.annotations()) {
                g.writeStartObject();
                writeRole(g, "addressee", a.addressee());
                writeRole(g, "cue", a.cue());
                writeRole(g, "frame", a.frame());
                g.writeBooleanField("hasNested", a.hasNested());
                g.writeNumberField("id", a.id());
                g.writeBooleanField("isNested", a.isNested());
                g.writeStringField("medium", a.medium());
                writeRole(g, "quote", a.quote());
                writeRole(g, "speaker", a.speaker());
                g.writeStringField("type", a.type());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("documentName", d.documentName());
            g.writeStringField("originalText", d.originalText());
            g.writeArrayFieldStart("sentences");
            for (Sentence s : d.sentences()) {
                g.writeStartObject();
                g.writeNumberField("begin", s.begin());
                g.writeNumberField("charBegin", s.charBegin());
                g.writeNumberField("charEnd", s.charEnd());
                g.writeNumberField("end", s.end());
                g.writeNumberField("id", s.id());
                g.writeStringField("text", s.text());
                writeInts(g, "tokenIds", s.tokenIds());
                g.writeArrayFieldStart("tokens");
                for (int id : s.tokenIds()) {
                    Token t = index.get(id);
                    g.writeString(t == null ? "" : t.text());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tokens");
            for (Token t : d.tokens()) {
                g.writeStartObject();
                g.writeNumberField("charBegin", t.charBegin());
                g.writeNumberField("charEnd", t.charEnd());
                g.writeNumberField("id", t.id());
                g.writeNumberField("sentence", t.sentence());
                g.writeStringField("text", t.text());
                g.writeNumberField("word", t.word());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRole(JsonGenerator g, String name, Role r) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeArrayFieldStart("spans");
        for (RoleSpan s : r.spans()) {
            g.writeStartObject();
            g.writeNumberField("begin", s.begin());
            g.writeNumberField("charBegin", s.charBegin());
            g.writeNumberField("charEnd", s.charEnd());
            g.writeNumberField("end", s.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("text", r.text());
        writeInts(g, "tokenIds", r.tokenIds());
        g.writeEndObject();
    }

    private static void writeInts(JsonGenerator g, String name, List<Integer> ints) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i : ints) {
            g.writeNumber(i);
        }
        g.writeEndArray();
    }
}

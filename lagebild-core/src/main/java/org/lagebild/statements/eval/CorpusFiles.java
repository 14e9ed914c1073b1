package org.lagebild.statements.eval;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File handling shared by the corpus formats: a folder of {@code *.json} documents keyed by file name. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    interface Reader<D> {
        D read(Path file) throws IOException;
    }

    interface JsonWriter<D> {
        void write(D doc, Writer out) throws IOException;
    }

    static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    static <D> SortedMap<String, D> readDirectory(Path dir, Reader<D> reader) throws IOException {
        SortedMap<String, D> out = new TreeMap<>();
        for (Path p : jsonFiles(dir)) {
            try {
                out.put(p.getFileName().toString(), reader.read(p));
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static <D> void write(D doc, Path file, JsonWriter<D> writer) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(doc, w);
        }
    }

    static <D> String toJson(D doc, JsonWriter<D> writer) {
        StringWriter w = new StringWriter();
        try {
            writer.write(doc, w);
        } catch (IOException e) {
            throw new IllegalStateException(e); // StringWriter does not fail
        }
        return w.toString();
    }

    /** Writes each document under its map key, which must be a plain file name, into {@code dir}. */
    static <D> void writeDirectory(Map<String, D> docs, Path dir, JsonWriter<D> writer) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, D> e : docs.entrySet()) {
            Path target = dir.resolve(e.getKey()).normalize();
            if (!target.getParent().equals(dir.normalize())) {
                throw new IOException("document key is not a plain file name: " + e.getKey());
            }
            write(e.getValue(), target, writer);
        }
    }
}

package org.lagebild.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.time.PublicationDate;

/**
 * Shared test fixtures: one {@link Analyzer} (CoreNLP models load once per test JVM) and
 * cached analyses of the bundled examples.
 */
public final class Fixtures {
    static final Analyzer ANALYZER = new Analyzer();
    private static final Map<String, Analysis> CACHE = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** The repository's examples/ folder (tests run in the module directory). */
    static Path examples() {
        Path p = Path.of("..", "examples");
        return Files.isDirectory(p) ? p : Path.of("examples");
    }

    /** ../shared, as documented in the README; tests that need it are skipped when it is absent. */
    public static Path shared() {
        String prop = System.getProperty("lagebild.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        assumeTrue(Files.isDirectory(p.resolve("data")),
                "skipped: ../shared (the project's shared data folder) is not present at " + p.toAbsolutePath());
        return p;
    }

    static Analysis analyze(String example, String date) {
        return CACHE.computeIfAbsent(example + "@" + date, k -> {
            DocumentReader.Builder b = DocumentReader.builder();
            if (date != null) {
                b.date(PublicationDate.parse(date).orElseThrow());
            }
            Path file = examples().resolve(example);
            DocumentReader.Result r = b.build().readFile(file, file.toString(), example);
            if (!r.isOk()) {
                throw new IllegalStateException(r.error());
            }
            return analyze(r.document());
        });
    }

    static Analysis analyze(Document d) {
        try {
            return ANALYZER.analyze(d);
        } catch (Analyzer.UnsupportedLanguageException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer fuzz tests of the readers: whatever the bytes, a reader returns results (documents or
 * {@link InputException}s) and the decoder and extractor throw nothing but InputException, each
 * input within a time bound.
 *
 * <p>In a normal {@code mvn test} (regression mode) each test runs its seeds in
 * {@code src/test/resources/org/lagebild/ingest/ReadersFuzzTestInputs/<method>/} plus any
 * findings Jazzer saved there. To fuzz one target, coverage-guided, for up to its
 * {@code maxDuration}:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl lagebild-core test -Dtest='ReadersFuzzTest#warc' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The JUnit {@code @Timeout} becomes Jazzer's per-input timeout, so a hang is a finding.
 * {@link ReadersMutationTest} runs the same targets on random mutations of the seeds for a few
 * seconds in every build.
 */
class ReadersFuzzTest {
    /** Small limit so that fuzzing explores the size checks too. */
    static final long MAX_BYTES = 256 * 1024;
    private static final List<String> DECLARED = Arrays.asList(null, "utf-8", "iso-8859-1", "windows-1251",
            "shift_jis", "utf-16", "x-no-such-charset", "\u0000bad name");
    private static final Path TMP;

    static {
        try {
            TMP = Files.createTempDirectory("lagebild-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs written for the readers; deleteOnExit cannot remove a directory that still holds them. */
    @AfterAll
    static void removeInputs() throws IOException {
        try (Stream<Path> files = Files.list(TMP)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(TMP);
    }

    @FuzzTest(maxDuration = "2m")
    @Timeout(30)
    void warc(byte[] data) {
        warcTarget(data);
    }

    @FuzzTest(maxDuration = "2m")
    @Timeout(30)
    void feed(byte[] data) {
        feedTarget(data);
    }

    @FuzzTest(maxDuration = "2m")
    @Timeout(30)
    void html(byte[] data) {
        htmlTarget(data);
    }

    @FuzzTest(maxDuration = "2m")
    @Timeout(30)
    void decode(byte[] data) {
        decodeTarget(data);
    }

    static void warcTarget(byte[] data) {
        Path f = write("fuzz.warc", data);
        DocumentReader reader = DocumentReader.builder().maxBytes(MAX_BYTES).build();
        try (Stream<DocumentReader.Result> rs = reader.readWarc(f, f.toString())) {
            rs.forEach(ReadersFuzzTest::checkResult);
        }
    }

    static void feedTarget(byte[] data) {
        Path f = write("fuzz.rss", data);
        DocumentReader reader = DocumentReader.builder().maxBytes(MAX_BYTES).build();
        try (Stream<DocumentReader.Result> rs = reader.readFeed(f.toString())) {
            rs.forEach(ReadersFuzzTest::checkResult);
        }
    }

    static void htmlTarget(byte[] data) {
        try {
            HtmlExtractor.Extracted x = HtmlExtractor.extract(new String(data, StandardCharsets.UTF_8), "fuzz");
            assertTrue(!x.text().isBlank(), "extracted text is never blank");
        } catch (InputException expected) {
            // the documented outcome for pages without text
        }
    }

    /** The first byte picks a declared charset (none, right, wrong, unknown, malformed name). */
    static void decodeTarget(byte[] data) {
        String declared = data.length == 0 ? null : DECLARED.get((data[0] & 0xFF) % DECLARED.size());
        byte[] bytes = data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
        try {
            String s = TextDecoder.decode(bytes, "fuzz", declared);
            assertTrue(!TextDecoder.isBlank(s), "decoded text is never blank");
        } catch (InputException expected) {
            // not text, or whitespace only
        }
    }

    private static void checkResult(DocumentReader.Result r) {
        if (r.isOk()) {
            assertTrue(!TextDecoder.isBlank(r.document().text()), "documents have text");
        } else {
            assertTrue(r.error().getMessage().startsWith(r.error().source() + ": "), r.error().getMessage());
        }
    }

    private static Path write(String name, byte[] data) {
        try {
            return Files.write(TMP.resolve(Thread.currentThread().getId() + "-" + name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

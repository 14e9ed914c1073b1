package org.lagebild.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {
    @TempDir
    Path dir;

    @Test
    void writingAVersionDeletesOnlyOlderVersionsOfTheSameModel() throws IOException {
        List<String> kept = List.of("ner-aaaa-11.bin", "ner-bbbb-22.ser", "ner-aaaa-33.ser123.tmp", "pos-aaaa-44.ser", "ner-aaaa-x-y.ser");
        for (String n : kept) {
            Files.writeString(dir.resolve(n), n);
        }
        Files.writeString(dir.resolve("ner-aaaa-00.ser"), "old");

        ModelCache.writeAtomically(dir.resolve("ner-aaaa-99.ser"), tmp -> Files.writeString(tmp, "new"));

        assertTrue(Files.readString(dir.resolve("ner-aaaa-99.ser"), StandardCharsets.ISO_8859_1).startsWith("new"));
        assertFalse(Files.exists(dir.resolve("ner-aaaa-00.ser")), "older version of the same model deleted");
        for (String n : kept) {
            assertTrue(Files.exists(dir.resolve(n)), n + " kept");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(kept.size() + 1, files.count(), "no temporary file left");
        }
    }

    @Test
    void theFileNameDoesNotDependOnWhereTheJarLies() {
        Path a = ModelCache.file("org/lagebild/data/ModelCache.class", "test", ".bin", 1);
        Path b = ModelCache.file("org/lagebild/data/ModelCache.class", "test", ".bin", 2);
        assertTrue(a.getFileName().toString().matches("test-[0-9a-f]{8}-[0-9a-f]{16}\\.bin"), a.toString());
        String stem = a.getFileName().toString().substring(0, 14);
        assertTrue(b.getFileName().toString().startsWith(stem), "same model, other format: same stem");
        assertFalse(a.equals(b));
    }

    @Test
    void everyFileIsSealedAndReadersGetExactlyItsContent() throws IOException {
        Path file = dir.resolve("pos-aaaa-01.bin");
        ModelCache.writeAtomically(file, tmp -> Files.writeString(tmp, "model bytes"));
        assertEquals("model bytes".length() + ModelCache.TRAILER, Files.size(file));
        assertTrue(ModelCache.intact(file));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer content = ModelCache.content(ch, file);
            byte[] b = new byte[content.remaining()];
            content.get(b);
            assertEquals("model bytes", new String(b, StandardCharsets.UTF_8));
        }
    }

    @Test
    void damagedTruncatedOrUnsealedFilesAreRejected() throws IOException {
        Path file = dir.resolve("pos-aaaa-02.bin");
        ModelCache.writeAtomically(file, tmp -> Files.write(tmp, new byte[4096]));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {1}), 100);
        }
        assertFalse(ModelCache.intact(file), "one changed byte");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThrows(IOException.class, () -> ModelCache.content(ch, file));
        }
        ModelCache.writeAtomically(file, tmp -> Files.write(tmp, new byte[4096]));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(4000);
        }
        assertFalse(ModelCache.intact(file), "truncated");
        Files.writeString(file, "an old file without a trailer");
        assertFalse(ModelCache.intact(file), "unsealed");
        Files.write(file, new byte[0]);
        assertFalse(ModelCache.intact(file), "empty");
        assertFalse(ModelCache.intact(dir.resolve("missing")), "missing");
    }
}

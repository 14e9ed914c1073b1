package org.lagebild.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
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

        assertEquals("new", Files.readString(dir.resolve("ner-aaaa-99.ser")));
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
}

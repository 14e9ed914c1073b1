package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageProfileCacheTest {
    @Test
    void binaryCopyReadsBackTheBuiltInProfiles(@TempDir Path dir) throws IOException {
        List<LanguageProfile> builtIn = new LanguageProfileReader().readAllBuiltIn();
        Path file = dir.resolve("profiles.bin");
        LanguageProfileCache.write(builtIn, file);
        List<LanguageProfile> copy = LanguageProfileCache.read(file);
        assertEquals(70, copy.size());
        // same order (the detector's language index) and the same grams and counts per language
        assertEquals(builtIn, copy);
        for (int i = 0; i < builtIn.size(); i++) {
            assertEquals(builtIn.get(i).getLocale(), copy.get(i).getLocale());
            for (int n = 1; n <= 3; n++) {
                assertEquals(builtIn.get(i).getNumGramOccurrences(n), copy.get(i).getNumGramOccurrences(n));
            }
        }
    }

    @Test
    void truncatedOrForeignFilesAreRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("profiles.bin");
        LanguageProfileCache.write(new LanguageProfileReader().readAllBuiltIn(), file);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        assertThrows(IOException.class, () -> LanguageProfileCache.read(file));
        Files.write(file, Arrays.copyOf(all, all.length + 1));
        assertThrows(IOException.class, () -> LanguageProfileCache.read(file));
        Files.writeString(file, "{\"freq\": {}}");
        assertThrows(IOException.class, () -> LanguageProfileCache.read(file));
    }
}

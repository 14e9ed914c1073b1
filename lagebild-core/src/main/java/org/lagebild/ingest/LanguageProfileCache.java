package org.lagebild.ingest;

import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileBuilder;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lagebild.data.ModelCache;

/**
 * optimaize's 70 built-in language profiles as its own reader returns them, kept in a binary copy
 * in the cache directory: its reader parses 3 MB of JSON with regular expressions and string
 * splits (~1.2 s of CPU, a tenth of a cold {@code analyze}); the copy reads in a fraction of that.
 * The profiles are rebuilt with optimaize's {@link LanguageProfileBuilder}, as its reader does,
 * so detection is the same.
 *
 * <p>Directory, atomic writing and fallback as for the models ({@link ModelCache}); the file
 * name carries the profile jar's size and modification time and this format's version. An
 * unreadable file is ignored and rewritten; any I/O problem falls back to optimaize's reader.
 */
final class LanguageProfileCache {
    private static final int MAGIC = 0x4C424C50; // "LBLP"
    private static final int FORMAT = 2;

    private LanguageProfileCache() {
    }

    static List<LanguageProfile> load() {
        return ModelCache.load(file(), LanguageProfileCache::read, LanguageProfileCache::builtIn, LanguageProfileCache::write);
    }

    private static List<LanguageProfile> builtIn() {
        try {
            return new LanguageProfileReader().readAllBuiltIn();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language profiles", e);
        }
    }

    /** The cache file for the profile jar in use, or null when there is no usable location. */
    static Path file() {
        try {
            Path jar = Path.of(LanguageProfileReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String version = Long.toHexString(Files.size(jar)) + "x" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis()) + "v" + FORMAT;
            return ModelCache.directory().resolve("langprofiles-" + version + ".bin");
        } catch (Exception e) {
            return null;
        }
    }

    static void write(List<LanguageProfile> profiles, Path file) throws IOException {
        ModelCache.writeAtomically(file, tmp -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(profiles.size());
                for (LanguageProfile p : profiles) {
                    out.writeUTF(p.getLocale().toString());
                    out.writeInt(p.getNumGrams());
                    for (Map.Entry<String, Integer> g : p.iterateGrams()) {
                        out.writeUTF(g.getKey());
                        out.writeInt(g.getValue());
                    }
                }
            }
        });
    }

    static List<LanguageProfile> read(Path file) throws IOException {
        byte[] content;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ModelCache.content(ch, file);
            content = new byte[b.remaining()];
            b.get(content);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a language profile cache file");
            }
            int n = in.readInt();
            List<LanguageProfile> profiles = new ArrayList<>(Math.min(n, 1000));
            for (int i = 0; i < n; i++) {
                LanguageProfileBuilder b = new LanguageProfileBuilder(LdLocale.fromString(in.readUTF()));
                int grams = in.readInt();
                for (int g = 0; g < grams; g++) {
                    b.addGram(in.readUTF(), in.readInt());
                }
                profiles.add(b.build());
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes in language profile cache file");
            }
            return profiles;
        } catch (EOFException e) {
            throw new IOException("truncated language profile cache file", e);
        }
    }
}

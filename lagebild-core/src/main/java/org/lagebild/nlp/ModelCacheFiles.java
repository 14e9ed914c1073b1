package org.lagebild.nlp;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.JarEntry;

/**
 * Where and how Lagebild keeps binary copies of CoreNLP models that are slow to read in their
 * shipped form ({@link ParserModelCache}, {@link NerModelCache}).
 *
 * <p>Directory: {@code $LAGEBILD_CACHE}, else {@code ~/.cache/lagebild}. The file name is a
 * hash of the model's resource URL, the jar entry's CRC and size, and the cache format's
 * version. Files are written to a temporary name and renamed atomically, so a killed run never
 * leaves a half file.
 */
final class ModelCacheFiles {
    private ModelCacheFiles() {
    }

    /** Writes a file's content to a given path (a temporary file next to the target). */
    @FunctionalInterface
    interface Writer {
        void write(Path tmp) throws IOException;
    }

    /**
     * The cache file for a model resource ({@code <prefix>-<hash><suffix>}), or null when the
     * resource is not on the class path or there is no usable location.
     */
    static Path file(String prefix, String suffix, String resource, int format) {
        try {
            String dir = System.getenv("LAGEBILD_CACHE");
            Path base = dir != null && !dir.isBlank() ? Path.of(dir)
                    : Path.of(System.getProperty("user.home"), ".cache", "lagebild");
            URL url = ModelCacheFiles.class.getClassLoader().getResource(resource);
            if (url == null) {
                return null;
            }
            String key = url + "\n" + fingerprint(url) + "\n" + format;
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return base.resolve(prefix + "-" + HexFormat.of().formatHex(hash, 0, 12) + suffix);
        } catch (NoSuchAlgorithmException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * What identifies the model's content without reading it: the jar entry's CRC and size (a
     * rebuilt fat jar at the same path with another CoreNLP version gets another key), else the
     * file's size and modification time.
     */
    private static String fingerprint(URL url) throws IOException {
        URLConnection c = url.openConnection();
        if (c instanceof JarURLConnection jar) {
            c.setUseCaches(false);
            JarEntry e = jar.getJarEntry();
            try (var ignored = jar.getJarFile()) {
                return e.getCrc() + ":" + e.getSize();
            }
        }
        return c.getContentLengthLong() + ":" + c.getLastModified();
    }

    /** Writes {@code file} through a temporary file in its directory and an atomic rename. */
    static void writeAtomically(Path file, Writer writer) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            writer.write(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}

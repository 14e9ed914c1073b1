package org.lagebild.data;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.zip.CRC32C;

/**
 * Binary copies of models in a cache directory, so that later starts skip slow model formats
 * (the parser, tagger and NER caches of {@code org.lagebild.nlp}, the language profiles of
 * {@code org.lagebild.ingest}).
 *
 * <p>Directory: {@code $LAGEBILD_CACHE}, else {@code ~/.cache/lagebild}. The file name is
 * {@code <kind>-<stem>-<version>}: the stem hashes the model's resource name, the version its
 * content (the jar entry's CRC and size) and the format's version — not where the jar lies, so
 * every checkout and build of the same models shares one file. A file is written to a temporary
 * name and renamed atomically, so a killed run never leaves a half file; writing it deletes the
 * older versions with the same {@code <kind>-<stem>}, so upgrades do not pile up. A file that
 * does not read back completely is ignored and rewritten. Any I/O problem falls back silently
 * to building the model from CoreNLP's file.
 *
 * <p>Every cache file ends with one trailer ({@link #seal}): the CRC-32C of the content, its
 * length and a magic number, so that a garbled file (a count that would allocate gigabytes, a
 * wrong lexicon entry) is rejected before anything is parsed. Readers that take a path (CoreNLP's
 * own deserialisation) stop before the trailer, so it needs no stripping.
 */
public final class ModelCache {
    private static final long TRAILER_MAGIC = 0x4C42_4341_4348_4531L; // "LBCACHE1"
    /** Bytes of the trailer: checksum, content length, magic. */
    public static final int TRAILER = 3 * Long.BYTES;

    /** Writes a model's binary form to an open, empty file (opened for reading too). */
    public interface Writer<T> {
        void write(T model, FileChannel out) throws IOException;
    }

    /** Reads a model back; throws (any exception) when the file is not a complete, current copy. */
    public interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private ModelCache() {
    }

    /**
     * The model of {@code resource} from its cache file ({@code kind} and {@code format} name the
     * file), else built by {@code build} and then written to the cache for the next start.
     */
    public static <T> T load(String resource, String kind, int format, Reader<T> reader, Writer<T> writer, Supplier<T> build) {
        return load(file(resource, kind, format), reader, build, (m, f) -> write(m, f, writer));
    }

    /** Writes a model to its cache file (atomically: {@link #writeAtomically}). */
    public interface FileWriter<T> {
        void write(T model, Path file) throws IOException;
    }

    /**
     * The model in {@code file} (null: no usable location), else built by {@code build} and then
     * written there for the next start.
     */
    public static <T> T load(Path file, Reader<T> reader, Supplier<T> build, FileWriter<T> writer) {
        if (file != null && Files.isRegularFile(file)) {
            try {
                return reader.read(file);
            } catch (IOException | RuntimeException e) {
                // unreadable or stale: fall through and rewrite it
            }
        }
        T m = build.get();
        if (file != null) {
            try {
                writer.write(m, file);
            } catch (IOException | RuntimeException e) {
                // cache directory not writable: run without the cache
            }
        }
        return m;
    }

    /** {@code $LAGEBILD_CACHE}, else {@code ~/.cache/lagebild}. */
    public static Path directory() {
        String dir = System.getenv("LAGEBILD_CACHE");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "lagebild");
    }

    /** The cache file for a model resource, or null when there is no usable location. */
    public static Path file(String resource, String kind, int format) {
        return file(resource, kind, ".bin", format);
    }

    /**
     * The cache file {@code <kind>-<hash><suffix>} for a model resource, or null when the
     * resource is not on the class path or there is no usable location.
     */
    public static Path file(String resource, String kind, String suffix, int format) {
        try {
            Path base = directory();
            URL url = ModelCache.class.getClassLoader().getResource(resource);
            if (url == null) {
                return null;
            }
            String version = fingerprint(url) + "\n" + format;
            return base.resolve(kind + "-" + hash(resource, 4) + "-" + hash(version, 8) + suffix);
        } catch (NoSuchAlgorithmException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static String hash(String s, int bytes) throws NoSuchAlgorithmException {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, bytes);
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

    /** Writes {@code model} through {@link #writeAtomically} (so sealed, then renamed). */
    public static <T> void write(T model, Path file, Writer<T> writer) throws IOException {
        writeAtomically(file, tmp -> {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                writer.write(model, ch);
            }
        });
    }

    /** Appends the trailer to a completely written file: CRC-32C of all bytes before it, their count, magic. */
    private static void seal(FileChannel ch) throws IOException {
        long length = ch.size();
        if (length > Integer.MAX_VALUE - TRAILER) {
            throw new IOException("cache file too large: " + length + " bytes");
        }
        CRC32C crc = new CRC32C();
        crc.update(ch.map(FileChannel.MapMode.READ_ONLY, 0, length));
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER).putLong(crc.getValue()).putLong(length).putLong(TRAILER_MAGIC).flip();
        while (trailer.hasRemaining()) {
            ch.write(trailer, length + trailer.position());
        }
    }

    /**
     * The content of a sealed cache file, mapped, without the trailer.
     *
     * @throws IOException when the file has no trailer or its content does not match it
     *                     (truncated, damaged, an older format)
     */
    public static ByteBuffer content(FileChannel ch, Path file) throws IOException {
        ByteBuffer content = unseal(ch);
        if (content == null) {
            throw new IOException("damaged or outdated cache file: " + file);
        }
        return content;
    }

    /** The content of a sealed file (mapped, without the trailer), or null when it does not match its trailer. */
    private static ByteBuffer unseal(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size < TRAILER || size > Integer.MAX_VALUE) {
            return null;
        }
        MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        int length = (int) size - TRAILER;
        if (map.getLong(length + 2 * Long.BYTES) != TRAILER_MAGIC || map.getLong(length + Long.BYTES) != length) {
            return null;
        }
        ByteBuffer content = map.slice(0, length);
        CRC32C crc = new CRC32C();
        crc.update(content.duplicate());
        return crc.getValue() == map.getLong(length) ? content : null;
    }

    /** Whether a file is sealed and its content matches its trailer; false when it cannot be read. */
    public static boolean intact(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return unseal(ch) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Fills a temporary file (given by path) with a cache file's content. */
    public interface PathWriter {
        void write(Path tmp) throws IOException;
    }

    /**
     * Writes {@code file} through a temporary file in its directory, seals it ({@link #seal}) and
     * renames it atomically.
     */
    public static void writeAtomically(Path file, PathWriter writer) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            writer.write(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                seal(ch);
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteOlderVersions(file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Deletes the other versions of a cache file: same directory, same name up to the last
     * {@code -}, same extension (so temporary files being written are left alone). Best effort:
     * a file another process still reads stays readable on POSIX systems until it is closed.
     */
    static void deleteOlderVersions(Path file) {
        String name = file.getFileName().toString();
        int dash = name.lastIndexOf('-');
        int dot = name.lastIndexOf('.');
        if (dash <= 0 || dot < dash) {
            return;
        }
        String stem = name.substring(0, dash + 1);
        String extension = name.substring(dot);
        try (var siblings = Files.newDirectoryStream(file.getParent(), p -> {
            String n = p.getFileName().toString();
            return n.startsWith(stem) && n.endsWith(extension) && !n.equals(name) && n.indexOf('-', stem.length()) < 0;
        })) {
            for (Path old : siblings) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // another process may be pruning too; a stale file only costs disk space
        }
    }
}

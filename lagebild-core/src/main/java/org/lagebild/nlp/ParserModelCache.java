package org.lagebild.nlp;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import org.lagebild.data.ModelCache;

/**
 * A binary copy of a parser model (the float arrays and vocabularies of {@link ParserModel})
 * in the model cache ({@link ModelCache}, files {@code nndep-<hash>.bin}), so that later starts
 * skip parsing CoreNLP's text weights (~25 MB of floats, read back in well under a second
 * instead of seconds).
 */
final class ParserModelCache {
    private static final int MAGIC = 0x4C42504D; // "LBPM"
    private static final int FORMAT = 3;

    private ParserModelCache() {
    }

    static ParserModel load(String resource, Supplier<ParserModel> fromText) {
        return ModelCache.load(resource, "nndep", FORMAT, ParserModelCache::read, ParserModelCache::write, fromText);
    }

    static void write(ParserModel m, Path file) throws IOException {
        ModelCache.write(m, file, ParserModelCache::write);
    }

    private static void write(ParserModel m, FileChannel ch) throws IOException {
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(names)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(m.language);
            out.writeInt(m.embeddingSize);
            out.writeInt(m.hidden);
            for (String[] a : new String[][] {m.words, m.tags, m.labels}) {
                out.writeInt(a.length);
                for (String s : a) {
                    out.writeUTF(s);
                }
            }
        }
        ByteBuffer head = ByteBuffer.allocate(4).putInt(names.size()).flip();
        ch.write(head);
        ch.write(ByteBuffer.wrap(names.toByteArray()));
        for (float[] a : new float[][] {m.embeddings, m.w1t, m.b1, m.w2t}) {
            ByteBuffer buf = ByteBuffer.allocate(4 + a.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buf.putInt(a.length);
            buf.asFloatBuffer().put(a);
            buf.position(0);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    static ParserModel read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer map = ModelCache.content(ch, file);
            int namesLength = map.getInt();
            if (namesLength < 0 || namesLength > map.remaining()) {
                throw new IOException("not a parser model cache file");
            }
            byte[] namesBytes = new byte[namesLength];
            map.get(namesBytes);
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(namesBytes));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a parser model cache file");
            }
            String language = in.readUTF();
            int eSize = in.readInt();
            int hidden = in.readInt();
            String[][] names = new String[3][];
            for (int k = 0; k < 3; k++) {
                names[k] = new String[in.readInt()];
                for (int i = 0; i < names[k].length; i++) {
                    names[k][i] = in.readUTF();
                }
            }
            map.order(ByteOrder.LITTLE_ENDIAN);
            float[][] arrays = new float[4][];
            for (int k = 0; k < 4; k++) {
                int n = map.getInt();
                if (n < 0 || (long) n * Float.BYTES > map.remaining()) {
                    throw new IOException("truncated parser model cache file");
                }
                arrays[k] = new float[n];
                map.asFloatBuffer().get(arrays[k]);
                map.position(map.position() + n * Float.BYTES);
            }
            if (map.hasRemaining()) {
                throw new IOException("trailing bytes in parser model cache file");
            }
            return new ParserModel(language, names[0], names[1], names[2], eSize, hidden, arrays[0], arrays[1], arrays[2],
                    arrays[3], ParserModel.defaultCacheBudget());
        }
    }
}

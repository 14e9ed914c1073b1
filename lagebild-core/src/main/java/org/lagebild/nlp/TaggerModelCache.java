package org.lagebild.nlp;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.TaggerSnapshot;
import edu.stanford.nlp.util.StringUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lagebild.data.ModelCache;

/**
 * CoreNLP's POS tagger ({@link MaxentTagger}) loaded from a binary copy in the model cache
 * ({@link ModelCache}, files {@code pos-<hash>.bin}) instead of its model file: the same
 * tagger object (tagged by {@link FastTagger} or CoreNLP's annotator), but a cold load
 * costs a fraction of CoreNLP's (its distributional-similarity lexicon, 3 million German
 * words in a Java-serialised {@code HashMap}, is stored as a {@link CompactLexicon}, which
 * also needs a quarter of the heap).
 */
final class TaggerModelCache {
    private static final int MAGIC = 0x4C425054; // "LBPT"
    private static final int FORMAT = 3;

    private TaggerModelCache() {
    }

    /** The tagger of a model resource, from the cache when possible. */
    static MaxentTagger load(String model) {
        return ModelCache.load(model, "pos", FORMAT, f -> read(f, model), TaggerModelCache::write, () -> corenlp(model));
    }

    /** CoreNLP's own load, as its POS annotator does it. */
    static MaxentTagger corenlp(String model) {
        return new MaxentTagger(model, StringUtils.argsToProperties("-model", model), false);
    }

    static void write(MaxentTagger tagger, Path file) throws IOException {
        ModelCache.write(tagger, file, TaggerModelCache::write);
    }

    /** Layout: header length, header (magic, format, lexicon headers, tagger snapshot), lexicon arrays (then ModelCache's trailer). */
    private static void write(MaxentTagger tagger, FileChannel ch) throws IOException {
        ByteArrayOutputStream snapshot = new ByteArrayOutputStream(1 << 20);
        List<Map<String, String>> maps;
        try (DataOutputStream out = new DataOutputStream(snapshot)) {
            maps = TaggerSnapshot.write(tagger, out);
        }
        List<CompactLexicon> lexicons = new ArrayList<>();
        for (Map<String, String> m : maps) {
            lexicons.add(m instanceof CompactLexicon c ? c : CompactLexicon.of(m));
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream(snapshot.size() + 4096);
        try (DataOutputStream out = new DataOutputStream(header)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(lexicons.size());
            for (CompactLexicon l : lexicons) {
                l.writeHeader(out);
            }
            snapshot.writeTo(out);
        }
        ByteBuffer length = ByteBuffer.allocate(4).putInt(header.size()).flip();
        ch.write(length);
        ByteBuffer h = ByteBuffer.wrap(header.toByteArray());
        while (h.hasRemaining()) {
            ch.write(h);
        }
        for (CompactLexicon l : lexicons) {
            l.writeArrays(ch);
        }
    }

    static MaxentTagger read(Path file, String model) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer map = ModelCache.content(ch, file);
            int headerLength = map.getInt();
            if (headerLength < 0 || headerLength > map.remaining()) {
                throw new IOException("not a tagger cache file");
            }
            byte[] headerBytes = new byte[headerLength];
            map.get(headerBytes);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(headerBytes));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a tagger cache file");
            }
            int n = in.readInt();
            if (n < 0 || n > 16) {
                throw new IOException("not a tagger cache file");
            }
            List<CompactLexicon> lexicons = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lexicons.add(CompactLexicon.read(in, map));
            }
            MaxentTagger tagger = TaggerSnapshot.read(in, model, i -> i >= 0 && i < n ? lexicons.get(i) : null);
            if (in.read() != -1 || map.hasRemaining()) {
                throw new IOException("trailing bytes in tagger cache file");
            }
            return tagger;
        }
    }
}

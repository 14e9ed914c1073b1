package org.lagebild.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * The weights of a CoreNLP nndep (Chen and Manning 2014) parser model as float arrays, laid
 * out for the inference loop in {@link FastParser}: the first layer transposed (one row of
 * {@code hidden} floats per input column) and the output layer transposed (one row of
 * transition scores per hidden unit), so that both products are vectorisable sums of rows.
 *
 * <p>Feature ids follow CoreNLP's joint id space: words {@code [0, nWords)}, then POS tags,
 * then labels (label 0 is "-NULL-"). Each (input position, id) pair's first-layer product is
 * computed on first use and kept up to a memory bound ({@link #cacheBudgetFloats}), instead of
 * CoreNLP's up-front table of 100k double rows (800 MB for the German model).
 *
 * <p>Immutable apart from the cache, which is safe to fill from several threads (rows are
 * published with release/acquire; two threads may compute the same row, both results equal).
 */
public final class ParserModel {
    /** Input positions per configuration: 18 words, 18 POS tags, 12 labels (nndep's fixed feature set). */
    static final int NUM_TOKENS = 48;
    static final int POS_OFFSET = 18;
    static final int LABEL_OFFSET = 36;

    static final String UNKNOWN = "-UNKNOWN-";
    static final String NULL = "-NULL-";
    static final String ROOT = "-ROOT-";

    private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(float[][].class);

    /** The model's language= header (newer CoreNLP format), or "" when it names none. */
    final String language;
    final int nWords;
    final int nPos;
    final int nLabels;
    final int embeddingSize;
    final int hidden;
    /** Transitions: L(label 1..), R(label 1..), S: 2 (nLabels - 1) + 1. */
    final int nTransitions;
    final String[] words;
    final String[] tags;
    /** Labels in CoreNLP's order; index 0 is "-NULL-", index 1 the root label. */
    final String[] labels;
    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    /** Embeddings, row-major: id × embeddingSize. */
    final float[] embeddings;
    /** First layer transposed: (position × embeddingSize + k) × hidden. */
    final float[] w1t;
    final float[] b1;
    /** Output layer transposed: hidden unit × nTransitions. */
    final float[] w2t;

    /** Lazily computed first-layer rows per input position, indexed by id within that position's kind. */
    private final float[][][] rows;
    private final AtomicLong cachedFloats = new AtomicLong();
    private final long cacheBudgetFloats;

    ParserModel(String language, String[] words, String[] tags, String[] labels, int embeddingSize, int hidden,
                float[] embeddings, float[] w1t, float[] b1, float[] w2t, long cacheBudgetBytes) {
        this.language = language;
        this.nWords = words.length;
        this.nPos = tags.length;
        this.nLabels = labels.length;
        this.embeddingSize = embeddingSize;
        this.hidden = hidden;
        this.nTransitions = 2 * (nLabels - 1) + 1;
        this.words = words;
        this.tags = tags;
        this.labels = labels;
        int n = nWords + nPos + nLabels;
        if (embeddings.length != (long) n * embeddingSize || w1t.length != (long) NUM_TOKENS * embeddingSize * hidden
                || b1.length != hidden || w2t.length != (long) hidden * nTransitions) {
            throw new IllegalArgumentException("parser model: array sizes do not match its header");
        }
        this.embeddings = embeddings;
        this.w1t = w1t;
        this.b1 = b1;
        this.w2t = w2t;
        this.wordIds = index(words, 0);
        this.posIds = index(tags, nWords);
        this.rows = new float[NUM_TOKENS][][];
        for (int p = 0; p < NUM_TOKENS; p++) {
            rows[p] = new float[p < POS_OFFSET ? nWords : p < LABEL_OFFSET ? nPos : nLabels][];
        }
        this.cacheBudgetFloats = Math.max(0, cacheBudgetBytes / Float.BYTES);
    }

    private static Map<String, Integer> index(String[] names, int base) {
        Map<String, Integer> m = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], base + i); // a repeated name maps to its last id, as in CoreNLP
        }
        return m;
    }

    /** CoreNLP's getWordID: exact match, else the unknown word. */
    int wordId(String word) {
        Integer id = word == null ? null : wordIds.get(word);
        return id != null ? id : wordIds.get(UNKNOWN);
    }

    int posId(String tag) {
        Integer id = tag == null ? null : posIds.get(tag);
        return id != null ? id : posIds.get(UNKNOWN);
    }

    /** Joint id of label {@code index} (0 = "-NULL-"). */
    int labelId(int index) {
        return nWords + nPos + index;
    }

    /** The same weights with another cache bound (and an empty cache). */
    ParserModel withCacheBudget(long bytes) {
        return new ParserModel(language, words, tags, labels, embeddingSize, hidden, embeddings, w1t, b1, w2t, bytes);
    }

    /** Bytes held by the lazily filled first-layer cache. */
    public long cachedBytes() {
        return cachedFloats.get() * Float.BYTES;
    }

    /**
     * The first-layer contribution of joint id {@code id} at input {@code position}: a cached
     * row, or (cache full) the row computed into {@code scratch}.
     */
    float[] row(int position, int id, float[] scratch) {
        int local = id - (position < POS_OFFSET ? 0 : position < LABEL_OFFSET ? nWords : nWords + nPos);
        float[][] table = rows[position];
        float[] r = (float[]) ROWS.getAcquire(table, local);
        if (r != null) {
            return r;
        }
        if (cachedFloats.get() + hidden > cacheBudgetFloats) {
            computeRow(position, id, scratch);
            return scratch;
        }
        r = new float[hidden];
        computeRow(position, id, r);
        if (ROWS.compareAndSet(table, local, (float[]) null, r)) {
            cachedFloats.addAndGet(hidden);
            return r;
        }
        return (float[]) ROWS.getAcquire(table, local);
    }

    /** out = W1[:, position block] · E[id], as a sum of the transposed layer's rows. */
    private void computeRow(int position, int id, float[] out) {
        java.util.Arrays.fill(out, 0, hidden, 0f);
        int e = id * embeddingSize;
        int col = position * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float x = embeddings[e + k];
            int base = (col + k) * hidden;
            for (int i = 0; i < hidden; i++) {
                out[i] += x * w1t[base + i];
            }
        }
    }

    // ---- loading -------------------------------------------------------------------------

    /** Default memory bound of the first-layer cache (bytes); {@code -Dlagebild.parser.cacheMb}. */
    static long defaultCacheBudget() {
        return Long.getLong("lagebild.parser.cacheMb", 192L) * 1024 * 1024;
    }

    /**
     * Loads a CoreNLP nndep model from the classpath, through the binary cache
     * ({@link ParserModelCache}) when possible.
     */
    public static ParserModel load(String resource) {
        return ParserModelCache.load(resource, () -> readText(resource));
    }

    /** Reads CoreNLP's text model format (old header of 7 lines, or the newer one with language= and tlp= lines first). */
    static ParserModel readText(String resource) {
        try (InputStream raw = ParserModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("parser model not on the classpath: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line = r.readLine();
            String language = "";
            if (line != null && line.startsWith("language=")) {
                language = line.substring("language=".length()).trim();
                r.readLine(); // tlp=
                line = r.readLine();
            }
            int[] header = new int[7];
            for (int k = 0; k < 7; k++) {
                if (line == null) {
                    throw new IOException("truncated header");
                }
                header[k] = Integer.parseInt(line.substring(line.indexOf('=') + 1).trim());
                line = k < 6 ? r.readLine() : null;
            }
            int nDict = header[0];
            int nPos = header[1];
            int nLabel = header[2];
            int eSize = header[3];
            int hSize = header[4];
            if (header[5] != NUM_TOKENS) {
                throw new IOException("unsupported numTokens " + header[5]);
            }
            float[] emb = new float[(nDict + nPos + nLabel) * eSize];
            String[] words = readEmbeddings(r, nDict, eSize, emb, 0);
            String[] tags = readEmbeddings(r, nPos, eSize, emb, nDict);
            String[] labels = readEmbeddings(r, nLabel, eSize, emb, nDict + nPos);
            // W1 is written column by column: line j holds W1[0..hidden)[j], i.e. row j of W1ᵀ.
            float[] w1t = new float[NUM_TOKENS * eSize * hSize];
            for (int j = 0; j < NUM_TOKENS * eSize; j++) {
                parseFloats(r.readLine(), w1t, j * hSize, hSize);
            }
            float[] b1 = new float[hSize];
            parseFloats(r.readLine(), b1, 0, hSize);
            int nTrans = 2 * nLabel - 1;
            float[] w2t = new float[hSize * nTrans];
            for (int j = 0; j < hSize; j++) {
                parseFloats(r.readLine(), w2t, j * nTrans, nTrans);
            }
            // The pre-computed id list that follows is not needed: rows are cached lazily.
            return new ParserModel(language, words, tags, labels, eSize, hSize, emb, w1t, b1, w2t, defaultCacheBudget());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read parser model " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String[] readEmbeddings(BufferedReader r, int n, int eSize, float[] emb, int firstId)
            throws IOException {
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            String line = r.readLine();
            if (line == null) {
                throw new IOException("truncated embeddings");
            }
            int sp = line.indexOf(' ');
            names[k] = line.substring(0, sp);
            parseFloats(line.substring(sp + 1), emb, (firstId + k) * eSize, eSize);
        }
        return names;
    }

    /** Parses {@code n} space-separated floats (Float.parseFloat, as CoreNLP does) into {@code out}. */
    private static void parseFloats(String line, float[] out, int offset, int n) throws IOException {
        if (line == null) {
            throw new IOException("truncated weights");
        }
        int pos = 0;
        for (int i = 0; i < n; i++) {
            int sp = line.indexOf(' ', pos);
            int end = sp < 0 ? line.length() : sp;
            if (pos >= end && i < n) {
                throw new IOException("short weight line");
            }
            out[offset + i] = Float.parseFloat(line.substring(pos, end));
            pos = end + 1;
        }
    }
}

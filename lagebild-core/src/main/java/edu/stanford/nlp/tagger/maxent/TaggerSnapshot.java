package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.StringUtils;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lagebild's access to a {@link MaxentTagger}'s state (this package's fields are not public):
 * writes a loaded tagger in a form that reads back much faster than CoreNLP's model file, and
 * builds an equivalent tagger from it, so that CoreNLP's own inference runs unchanged.
 *
 * <p>Almost all of a distsim tagger's load time is Java deserialisation of its
 * distributional-similarity lexicon (a {@code HashMap} of 3 million German words, inside the
 * serialised extractors). Here the extractors are serialised with each lexicon replaced by a
 * {@link LexiconRef}; the caller stores the lexicons in a compact form of its own and hands
 * them back on reading. Everything else (config, dictionary, tags, feature weights) is written
 * as CoreNLP writes it, and read back in the order of {@code MaxentTagger.readModelAndInit}.
 */
public final class TaggerSnapshot {
    /** Stands for the {@code index}-th lexicon in the serialised extractors. */
    public record LexiconRef(int index) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final Field DISTSIM_LEXICON = field(Distsim.class, "lexicon");
    private static final Field PROB = field(MaxentTagger.class, "prob");

    private TaggerSnapshot() {
    }

    private static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("unsupported CoreNLP version: no " + c.getSimpleName() + "." + name, e);
        }
    }

    /**
     * Writes {@code tagger} except its lexicons to {@code out} and returns the lexicons, in the
     * order of the {@link LexiconRef} indexes written.
     */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> write(MaxentTagger tagger, DataOutputStream out) throws IOException {
        tagger.config.saveConfig(out);
        out.writeInt(tagger.xSize);
        out.writeInt(tagger.ySize);
        tagger.dict.save(out);
        tagger.tags.save(out, tagger.tagTokens);
        Map<Object, Integer> refs = new IdentityHashMap<>();
        List<Map<String, String>> lexicons = new ArrayList<>();
        ObjectOutputStream objects = new ObjectOutputStream(new NonClosing(out)) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object obj) throws IOException {
                if (obj instanceof Distsim d) {
                    Map<String, String> lexicon = (Map<String, String>) get(DISTSIM_LEXICON, d);
                    if (!refs.containsKey(lexicon)) {
                        refs.put(lexicon, lexicons.size());
                        lexicons.add(lexicon);
                    }
                    return d;
                }
                Integer ref = refs.get(obj);
                return ref == null ? obj : new LexiconRef(ref);
            }
        };
        objects.writeObject(tagger.extractors);
        objects.writeObject(tagger.extractorsRare);
        objects.flush();
        out.writeInt(tagger.fAssociations.size());
        for (Map<String, int[]> values : tagger.fAssociations) {
            out.writeInt(values.size());
            for (Map.Entry<String, int[]> e : values.entrySet()) {
                out.writeUTF(e.getKey());
                for (int id : e.getValue()) {
                    out.writeInt(id);
                }
            }
        }
        double[] lambda = tagger.getLambdaSolve().lambda;
        out.writeInt(lambda.length);
        for (double w : lambda) {
            out.writeDouble(w);
        }
        return lexicons;
    }

    /**
     * A tagger read back from what {@link #write} wrote, for the model resource {@code model}
     * (as CoreNLP's loader would get it), with {@code lexicons} resolving the {@link LexiconRef}s.
     */
    public static MaxentTagger read(DataInputStream in, String model, Function<Integer, Map<String, String>> lexicons)
            throws IOException {
        try {
            MaxentTagger t = new MaxentTagger();
            TaggerConfig config = TaggerConfig.readConfig(in);
            config.setProperties(StringUtils.argsToProperties("-model", model));
            t.init(config);
            t.xSize = in.readInt();
            t.ySize = in.readInt();
            t.dict.read(in);
            t.tags.read(in);
            ObjectInputStream objects = new ObjectInputStream(new NonClosingIn(in)) {
                {
                    enableResolveObject(true);
                    setObjectInputFilter(TaggerSnapshot::allowed);
                }

                @Override
                protected Object resolveObject(Object obj) throws IOException {
                    if (obj instanceof LexiconRef ref) {
                        Map<String, String> lexicon = lexicons.apply(ref.index());
                        if (lexicon == null) {
                            throw new IOException("no lexicon " + ref.index());
                        }
                        return lexicon;
                    }
                    return obj;
                }
            };
            t.extractors = (Extractors) objects.readObject();
            t.extractorsRare = (Extractors) objects.readObject();
            // as MaxentTagger.readExtractors
            t.extractors.initTypes();
            t.extractorsRare.initTypes();
            t.leftContext = Math.max(t.extractors.leftContext(), t.extractorsRare.leftContext());
            t.rightContext = Math.max(t.extractors.rightContext(), t.extractorsRare.rightContext());
            t.extractors.setGlobalHolder(t);
            t.extractorsRare.setGlobalHolder(t);
            t.dict.setAmbClasses(t.ambClasses, t.veryCommonWordThresh, t.tags);
            int kinds = in.readInt();
            if (kinds != t.extractors.size() + t.extractorsRare.size()) {
                throw new IOException("feature kinds do not match the extractors");
            }
            t.fAssociations = new ArrayList<>(kinds);
            for (int k = 0; k < kinds; k++) {
                int n = in.readInt();
                Map<String, int[]> values = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
                for (int i = 0; i < n; i++) {
                    String value = in.readUTF();
                    int[] ids = new int[t.ySize];
                    for (int y = 0; y < ids.length; y++) {
                        ids[y] = in.readInt();
                    }
                    values.put(value, ids);
                }
                t.fAssociations.add(values);
            }
            int n = in.readInt();
            if (n < 0 || n > 100_000_000) {
                throw new IOException("bad weight count " + n);
            }
            double[] lambda = new double[n];
            for (int i = 0; i < n; i++) {
                lambda[i] = in.readDouble();
            }
            for (Map<String, int[]> values : t.fAssociations) {
                for (int[] ids : values.values()) {
                    if (Arrays.stream(ids).anyMatch(id -> id >= n)) {
                        throw new IOException("feature weight index out of range");
                    }
                }
            }
            PROB.set(t, new LambdaSolveTagger(lambda));
            return t;
        } catch (ClassNotFoundException | IllegalAccessException | ClassCastException e) {
            throw new IOException("not a tagger snapshot", e);
        }
    }

    /** Only CoreNLP's and the JDK's classes (and the lexicons put in) come out of a snapshot. */
    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> c = info.serialClass();
        if (c == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        boolean ok = c.isPrimitive() || Map.class.isAssignableFrom(c)
                || c.getName().startsWith("edu.stanford.nlp.") || c.getName().startsWith("java.");
        return ok ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    private static Object get(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object streams must not close the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class NonClosingIn extends java.io.FilterInputStream {
        NonClosingIn(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes the stream
        }
    }
}

package org.lagebild.nlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.Index;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.lagebild.data.ModelCache;

/**
 * A fast-loading copy of a CoreNLP CRF NER model ({@code ner.model}, e.g. the 65 MB
 * {@code german.distsim.crf.ser.gz}) for CoreNLP's own {@code ner} annotator: the same
 * serialised {@link CRFClassifier} (flags, labels, feature factory, float weights, known
 * lower-case words, written by CoreNLP's {@code serializeClassifier}), but uncompressed and with
 * its two big string tables — the feature index (500k feature names) and the distsim lexicon
 * (500k words) — as {@link CompactStringIndex} and {@link CompactLexicon}, which deserialise
 * as a few primitive arrays instead of a million String and hash-map objects. Tagging runs
 * CoreNLP's code unchanged, on the same weights, so its output is the same.
 *
 * <p>The annotator is built from the same properties with {@code ner.model} pointing at the
 * cache file ({@link ModelCache}: location, key, atomic write, trailer; CoreNLP's reader stops
 * before the trailer). A file that fails the trailer check, or that CoreNLP cannot read, is
 * deleted and rebuilt; when nothing can be written the annotator loads
 * the original model. {@code -Dlagebild.ner=corenlp} always loads the original.
 */
final class NerModelCache {
    private static final int FORMAT = 3;

    private NerModelCache() {
    }

    /** Whether the cache is used: not with {@code -Dlagebild.ner=corenlp}. */
    static boolean enabled() {
        return !"corenlp".equalsIgnoreCase(System.getProperty("lagebild.ner", ""));
    }

    /**
     * Whether the classifier extracts its features with {@link OwnNerClassifier} (default); not
     * with {@code -Dlagebild.ner=cache} (CoreNLP's classification on the cached model) or
     * {@code -Dlagebild.ner=corenlp} (CoreNLP's classification on the shipped model).
     */
    static boolean ownFeatures() {
        String mode = System.getProperty("lagebild.ner", "");
        return !"corenlp".equalsIgnoreCase(mode) && !"cache".equalsIgnoreCase(mode);
    }

    /** {@link #annotator(Properties, Function, boolean)} with own feature extraction where configured. */
    static Annotator annotator(Properties props, Function<Properties, Annotator> build) {
        return annotator(props, build, true);
    }

    /**
     * Builds the NER annotator with {@code build} (CoreNLP's factory, e.g.
     * {@code AnnotatorImplementations::ner}) from {@code props}, its {@code ner.model} read from
     * the cache (written first when missing or unusable); with {@code ownFeatures} (and
     * {@link #ownFeatures()}) its CRF classifier extracts features with {@link OwnNerClassifier}.
     */
    static Annotator annotator(Properties props, Function<Properties, Annotator> build, boolean ownFeatures) {
        Annotator a = coreNlpAnnotator(props, build);
        if (ownFeatures && ownFeatures()) {
            OwnNerClassifier.install(a);
        }
        return a;
    }

    private static Annotator coreNlpAnnotator(Properties props, Function<Properties, Annotator> build) {
        String resource = props.getProperty("ner.model");
        if (!enabled() || resource == null || resource.contains(",")) {
            return build.apply(props);
        }
        Path file = cachedModel(resource);
        if (file == null) {
            return build.apply(props);
        }
        Properties cached = new Properties();
        cached.putAll(props);
        cached.setProperty("ner.model", file.toString());
        try {
            return build.apply(cached);
        } catch (RuntimeException e) {
            // checked file, yet CoreNLP cannot read it (e.g. another CoreNLP's classes): rebuild next time
            deleteQuietly(file);
            return build.apply(props);
        }
    }

    /** The cache file of a CRF model resource, written now when missing or damaged; null when unusable. */
    static Path cachedModel(String resource) {
        Path file = ModelCache.file(resource, "ner", ".ser", FORMAT);
        return file == null ? null : cachedModel(resource, file);
    }

    /** {@link #cachedModel(String)} at a given location. */
    static Path cachedModel(String resource, Path file) {
        if (Files.isRegularFile(file)) {
            if (intact(file)) {
                return file;
            }
            deleteQuietly(file);
        }
        try {
            Files.createDirectories(file.getParent()); // fail before loading when there is nowhere to write
            write(CRFClassifier.getClassifier(resource), file);
            return file;
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return null; // not writable, or not a CRF model: CoreNLP loads the original
        }
    }

    /** Serialises {@code crf} as CoreNLP does, with the compact string tables (sealed by ModelCache). */
    static void write(CRFClassifier<CoreLabel> crf, Path file) throws IOException, ReflectiveOperationException {
        Object featureIndex = field(CRFClassifier.class, "featureIndex").get(crf);
        Field lexiconField = field(NERFeatureFactory.class, "lexicon");
        ModelCache.writeAtomically(file, tmp -> {
            try (ObjectOutputStream out = new CompactingStream(
                    new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE), 1 << 16), featureIndex, lexiconField)) {
                crf.serializeClassifier(out);
            }
        });
    }

    /** Whether the file's trailer matches its content. */
    static boolean intact(Path file) {
        return ModelCache.intact(file);
    }

    /** A CoreNLP field made accessible, declared by {@code owner} or a superclass of it. */
    static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a later run retries
        }
    }

    /**
     * Writes the classifier's feature index and distsim lexicon in their compact forms (the
     * lexicon is swapped inside the feature factory, so the classifier is one loaded for writing).
     */
    private static final class CompactingStream extends ObjectOutputStream {
        private final Object featureIndex;
        private final Field lexiconField;

        CompactingStream(OutputStream out, Object featureIndex, Field lexiconField) throws IOException {
            super(out);
            this.featureIndex = featureIndex;
            this.lexiconField = lexiconField;
            enableReplaceObject(true);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected Object replaceObject(Object obj) throws IOException {
            if (obj == featureIndex && obj instanceof Index<?> index) {
                return new CompactStringIndex((Index<String>) index);
            }
            if (obj instanceof NERFeatureFactory<?> factory) {
                try {
                    Object lexicon = lexiconField.get(factory);
                    if (lexicon instanceof Map<?, ?> map && !(lexicon instanceof CompactLexicon)) {
                        lexiconField.set(factory, CompactLexicon.of((Map<String, String>) map));
                    }
                } catch (IllegalAccessException e) {
                    throw new IOException(e);
                }
            }
            return obj;
        }
    }
}

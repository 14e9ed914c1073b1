package org.lagebild.statements.learn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lagebild.ingest.Document;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;
import org.lagebild.pipeline.Analyzer;

/**
 * Parses of corpus documents on disk, keyed by a hash of the text and its given tokenisation,
 * so that training and repeated evaluation runs parse each document only once. A missing or
 * unreadable entry, or one whose parsed sentences are not those the selector picks now (its
 * lexicons changed), is parsed again and rewritten. {@link #NONE} never stores anything.
 */
public final class ParseCache {
    /** No caching: every call parses. */
    public static final ParseCache NONE = new ParseCache(null);

    /**
     * What kind of parse an entry holds, part of the key: since the parse selector, only the
     * sentences {@code CandidateSentences} picks are parsed (the others keep head -1), and
     * models must be trained on the parses they will see, so older full-parse entries are
     * not reused.
     */
    private static final String VARIANT = "selected-sentences-1|";

    private final Path dir;

    public ParseCache(Path dir) {
        this.dir = dir;
    }

    /** The lemmatised parse of {@code d} on the given token offsets, from the cache when present. */
    public AnnotatedDocument parse(Analyzer analyzer, Document d, List<List<int[]>> sentences)
            throws Analyzer.UnsupportedLanguageException, IOException {
        if (dir == null) {
            return analyzer.parseTokens(d, sentences);
        }
        Path file = dir.resolve(key(d.text(), sentences) + ".tsv.gz");
        if (Files.isRegularFile(file)) {
            try {
                AnnotatedDocument cached = read(file, d.text());
                // the key does not see the lexicons that choose the parsed sentences: check them
                if (analyzer.parsedAsNow(cached)) {
                    // lemmas again from the parse: the key does not see the verb lexicon either
                    return Lemmatizer.apply(cached);
                }
            } catch (IOException | RuntimeException e) {
                // a truncated or stale entry: parse again below
            }
        }
        AnnotatedDocument doc = analyzer.parseTokens(d, sentences);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "parse", ".tmp");
        write(doc, tmp);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return doc;
    }

    static String key(String text, List<List<int[]>> sentences) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(VARIANT.getBytes(StandardCharsets.UTF_8));
            md.update(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (List<int[]> s : sentences) {
                b.append('|');
                for (int[] t : s) {
                    b.append(t[0]).append(',').append(t[1]).append(';');
                }
            }
            md.update(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(AnnotatedDocument doc, Path file) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            w.write("S\t" + doc.sentences().size() + "\t" + doc.lang() + "\n");
            for (Sentence s : doc.sentences()) {
                w.write(s.index() + "\t" + s.start() + "\t" + s.end() + "\t" + s.firstToken() + "\t" + s.endToken() + "\n");
            }
            w.write("T\t" + doc.tokens().size() + "\n");
            for (Token t : doc.tokens()) {
                w.write(t.index() + "\t" + t.sentence() + "\t" + t.start() + "\t" + t.end() + "\t" + t.pos() + "\t"
                        + nullable(t.ner()) + "\t" + t.head() + "\t" + t.deprel() + "\t" + nullable(t.lemma()) + "\t" + nullable(t.text()) + "\n");
            }
        }
    }

    static AnnotatedDocument read(Path file, String text) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String[] head = r.readLine().split("\t");
            int ns = Integer.parseInt(head[1]);
            List<Sentence> sentences = new ArrayList<>(ns);
            for (int i = 0; i < ns; i++) {
                String[] f = r.readLine().split("\t", -1);
                sentences.add(new Sentence(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4])));
            }
            int nt = Integer.parseInt(r.readLine().split("\t")[1]);
            List<Token> tokens = new ArrayList<>(nt);
            for (int i = 0; i < nt; i++) {
                String[] f = r.readLine().split("\t", -1);
                int start = Integer.parseInt(f[2]);
                int end = Integer.parseInt(f[3]);
                if (start < 0 || end > text.length() || start > end) {
                    throw new IOException(file + ": token offsets outside the text");
                }
                tokens.add(new Token(Integer.parseInt(f[0]), Integer.parseInt(f[1]), start, end, orNull(f[9]),
                        f[4], orNull(f[5]), Integer.parseInt(f[6]), f[7], orNull(f[8])));
            }
            return new AnnotatedDocument(text, head[2], tokens, sentences);
        }
    }

    private static String nullable(String s) {
        return s == null ? "\u0000" : s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String orNull(String s) {
        return s.equals("\u0000") ? null : s;
    }
}

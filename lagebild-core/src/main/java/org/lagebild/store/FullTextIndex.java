package org.lagebild.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene full-text index of a store: one document per article (title and body) and one per
 * statement (the quote), analysed with the German or English analyzer (stemming) by the article's
 * language. Derived data: the database is the truth, and {@link #reconcile} repairs the index.
 * All documents of an article are replaced as one block, so an article is indexed fully or not.
 * When another process holds the index open for writing, this one opens it read-only.
 */
final class FullTextIndex implements AutoCloseable {
    /**
     * Lucene tells stderr that the launcher's {@code --add-modules jdk.incubator.vector} (there for the parser's output
     * layer) is "too old" on Java 17 — a note about Lucene's own vector search, which the store does not use. Held in a
     * field: java.util.logging keeps loggers only weakly, and the level must outlive this class's first use.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION = quiet(
            "org.apache.lucene.internal.vectorization.VectorizationProvider");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(java.util.logging.Level.SEVERE);
        return l;
    }

    static final String ARTICLE = "article";
    static final String STATEMENT = "statement";
    private static final String KIND = "kind";
    private static final String ARTICLE_ID = "article_id";
    private static final String STATEMENT_ID = "statement_id";
    // The ids again as doc values, for reading hits (see hits()); fields of their own, because
    // Lucene does not let a field of existing segments gain doc values.
    private static final String ARTICLE_ID_VALUE = "article_id_value";
    private static final String STATEMENT_ID_VALUE = "statement_id_value";
    /** A statement's speaker actor id (none when unresolved), so a speaker filter runs inside the search. */
    private static final String SPEAKER = "speaker";
    private static final List<String> ARTICLE_FIELDS = List.of("title_de", "body_de", "title_en", "body_en");
    private static final List<String> STATEMENT_FIELDS = List.of("quote_de", "quote_en");
    /** Publication span (epoch days) of articles and statements, for date ranges inside the index. */
    private static final String PUB_FROM = "pub_from";
    private static final String PUB_TO = "pub_to";
    /** No publication span (a day, month or year, see DateSpan) is longer. */
    private static final long LONGEST_SPAN_DAYS = 366;
    /**
     * The document layout, kept in the commit data: an index written in another layout is emptied
     * on open and refilled from the database by the Store's reconcile (format 2 added the dates,
     * 3 the speakers and the dates' doc values).
     */
    private static final String FORMAT_KEY = "lagebild.format";
    private static final String FORMAT = "3";
    /**
     * Index commits are batched: the database is the truth and reconcile() re-adds what a crash
     * lost. A commit flushes a segment and syncs its files (a quarter of a group commit's CPU when
     * each batch committed the index, docs/BENCHMARKS.md session 8); searches in this process see
     * new documents without one, other processes at the next commit.
     */
    private static final long COMMIT_INTERVAL_NANOS = 10_000_000_000L;

    private final FSDirectory dir;
    private final Analyzer analyzer;
    private final IndexWriter writer; // null when read-only
    private final ReferenceManager<IndexSearcher> searchers; // null when read-only and no index yet
    private long lastCommit = System.nanoTime();

    /** One indexed statement of an article. */
    record Quote(String statementId, String text, String speaker) {
    }

    /** A hit: the article and, for statement hits, the statement. */
    record Hit(String articleId, String statementId) {
    }

    FullTextIndex(Path path) throws IOException {
        Files.createDirectories(path);
        this.dir = FSDirectory.open(path);
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer de = new GermanAnalyzer();
        Analyzer en = new EnglishAnalyzer();
        for (String f : List.of("title_de", "body_de", "quote_de")) {
            perField.put(f, de);
        }
        for (String f : List.of("title_en", "body_en", "quote_en")) {
            perField.put(f, en);
        }
        this.analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
        IndexWriter w;
        try {
            w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)); // bulk loads index thousands of articles per commit
        } catch (LockObtainFailedException e) {
            w = null; // another process is writing (e.g. an ingest is running): search its last commit
        }
        this.writer = w;
        if (w != null) {
            upgrade(w);
            searchers = new SearcherManager(w, new SearcherFactory());
        } else {
            ReferenceManager<IndexSearcher> s;
            try {
                s = new SearcherManager(dir, new SearcherFactory());
            } catch (IndexNotFoundException e) {
                s = null;
            }
            searchers = s;
        }
    }

    /** Empties an index of another format (reconcile() then re-adds every article) and marks the format. */
    private static void upgrade(IndexWriter w) throws IOException {
        String format = null;
        Iterable<Map.Entry<String, String>> data = w.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (FORMAT_KEY.equals(e.getKey())) {
                    format = e.getValue();
                }
            }
        }
        if (!FORMAT.equals(format)) {
            w.deleteAll();
            w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            w.commit();
        }
    }

    boolean readOnly() {
        return writer == null;
    }

    /** Replaces every document of the article. */
    synchronized void index(String articleId, String lang, String title, String body, DateSpan pub, List<Quote> quotes)
            throws IOException {
        requireWritable();
        String suffix = "en".equals(lang) ? "_en" : "_de";
        List<Document> docs = new ArrayList<>();
        Document a = new Document();
        a.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        a.add(new StringField(ARTICLE_ID, articleId, Field.Store.YES));
        a.add(new SortedDocValuesField(ARTICLE_ID_VALUE, new BytesRef(articleId)));
        if (title != null) {
            a.add(new TextField("title" + suffix, title, Field.Store.NO));
        }
        a.add(new TextField("body" + suffix, body, Field.Store.NO));
        addDates(a, pub);
        docs.add(a);
        for (Quote q : quotes) {
            if (q.text() == null) {
                continue;
            }
            Document s = new Document();
            s.add(new StringField(KIND, STATEMENT, Field.Store.NO));
            s.add(new StringField(ARTICLE_ID, articleId, Field.Store.YES));
            s.add(new SortedDocValuesField(ARTICLE_ID_VALUE, new BytesRef(articleId)));
            s.add(new StringField(STATEMENT_ID, q.statementId(), Field.Store.YES));
            s.add(new SortedDocValuesField(STATEMENT_ID_VALUE, new BytesRef(q.statementId())));
            s.add(new TextField("quote" + suffix, q.text(), Field.Store.NO));
            if (q.speaker() != null) {
                s.add(new StringField(SPEAKER, q.speaker(), Field.Store.NO));
            }
            addDates(s, pub);
            docs.add(s);
        }
        writer.updateDocuments(new Term(ARTICLE_ID, articleId), docs);
        if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
            commit();
        }
    }

    private static void addDates(Document doc, DateSpan pub) {
        if (pub != null) {
            doc.add(new LongPoint(PUB_FROM, pub.from().toEpochDay()));
            doc.add(new LongPoint(PUB_TO, pub.to().toEpochDay()));
            // doc values too, so that a range next to a selective text query checks the matches
            // instead of collecting every document in the range (see range())
            doc.add(new NumericDocValuesField(PUB_FROM, pub.from().toEpochDay()));
            doc.add(new NumericDocValuesField(PUB_TO, pub.to().toEpochDay()));
        }
    }

    /**
     * Documents whose {@code field} is in [lo, hi], checked by doc values on the documents the
     * text query matches. Each range is at least two years wide (the bounds a span of up to a
     * year implies) and covers statement documents as well, so collecting it from the points
     * (which IndexOrDocValuesQuery chose for common words) visited a fifth of the index per
     * query: 1.5-1.7 times the CPU of this on the 994,250-document bench index
     * (docs/BENCHMARKS.md, session 7). The points stay in the index for other queries.
     */
    private static Query range(String field, long lo, long hi) {
        return NumericDocValuesField.newSlowRangeQuery(field, lo, hi);
    }

    /**
     * Makes what was indexed visible to searches. Searches only try a non-blocking refresh, which
     * a concurrent search may skip; the Store calls this after each write so that an article is
     * found by every search that starts after put() returned.
     */
    void refresh() {
        if (searchers == null) {
            return;
        }
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("refreshing the full-text index", e);
        }
    }

    synchronized void delete(String articleId) throws IOException {
        requireWritable();
        writer.deleteDocuments(new Term(ARTICLE_ID, articleId));
    }

    synchronized void commit() throws IOException {
        if (writer != null) {
            writer.commit();
            lastCommit = System.nanoTime();
        }
    }

    /** Ids of the articles in the index. */
    Set<String> articleIds() throws IOException {
        Set<String> ids = new HashSet<>();
        if (searchers == null) {
            return ids;
        }
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            Query q = new TermQuery(new Term(KIND, ARTICLE));
            int n = Math.max(1, s.count(q));
            var stored = s.storedFields();
            for (ScoreDoc d : s.search(q, n).scoreDocs) {
                ids.add(stored.document(d.doc).get(ARTICLE_ID));
            }
        } finally {
            searchers.release(s);
        }
        return ids;
    }

    /**
     * The best {@code max} hits of {@code kind} (ARTICLE or STATEMENT) for a query in Lucene syntax;
     * a query that does not parse is searched as plain words. {@code from}/{@code to} (either may
     * be null) keep documents whose publication span overlaps them, as the SQL filters do;
     * {@code speakers} (null: any) keeps statements whose speaker is one of these actor ids.
     */
    List<Hit> search(String kind, String queryText, LocalDate from, LocalDate to, List<String> speakers, int max)
            throws IOException {
        if (searchers == null || queryText == null || queryText.isBlank()) {
            return List.of();
        }
        List<String> fields = kind.equals(ARTICLE) ? ARTICLE_FIELDS : STATEMENT_FIELDS;
        Query parsed = parse(fields, queryText);
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, kind)), Occur.FILTER)
                .add(parsed, Occur.MUST);
        if (speakers != null) {
            b.add(new TermInSetQuery(SPEAKER, speakers.stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        // Overlap (pub_to >= from, pub_from <= to) with the bounds a span of at most a year implies
        // (pub_from >= from - a year, pub_to <= to + a year): the same documents, but each point
        // range covers the window instead of half the index, and a range costs per document it covers.
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        if (from != null || to != null) {
            b.add(range(PUB_TO, lo, to == null ? Long.MAX_VALUE : hi + LONGEST_SPAN_DAYS), Occur.FILTER);
            b.add(range(PUB_FROM, from == null ? Long.MIN_VALUE : lo - LONGEST_SPAN_DAYS, hi), Occur.FILTER);
        }
        Query q = b.build();
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            return hits(s, s.search(q, max).scoreDocs);
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of(); // a wildcard expanding to too many terms: no answer rather than a failure
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The ids of the hits, from doc values: one value per hit, where stored fields decompress a
     * block of documents per hit (most of a search's garbage under load). Segments written before
     * the ids had doc values fall back to the stored fields, so no re-indexing is needed.
     */
    private static List<Hit> hits(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        StoredFields stored = null;
        List<Hit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc d : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
            int doc = d.doc - leaf.docBase;
            String article = value(leaf.reader().getSortedDocValues(ARTICLE_ID_VALUE), doc);
            if (article != null) {
                hits.add(new Hit(article, value(leaf.reader().getSortedDocValues(STATEMENT_ID_VALUE), doc)));
            } else {
                stored = stored == null ? s.storedFields() : stored;
                Document old = stored.document(d.doc);
                hits.add(new Hit(old.get(ARTICLE_ID), old.get(STATEMENT_ID)));
            }
        }
        return hits;
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private Query parse(List<String> fields, String text) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(text);
        } catch (ParseException | RuntimeException e) {
            try {
                return p.parse(QueryParser.escape(text));
            } catch (ParseException e2) {
                throw new IllegalArgumentException("cannot parse query: " + e2.getMessage(), e2);
            }
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("the full-text index is open read-only (another process is writing it)");
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close(); // commits
            }
        } finally {
            dir.close();
        }
    }
}

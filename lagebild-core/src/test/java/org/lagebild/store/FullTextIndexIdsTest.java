package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hit ids come from doc values, and from stored fields for documents indexed before those existed. */
class FullTextIndexIdsTest {
    @TempDir
    Path dir;

    @Test
    void idsOfNewAndOfOlderDocumentsInOneIndex() throws Exception {
        // An index of the current format whose documents have only stored ids, as format-3
        // indexes written before the doc values were added.
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document a = new Document();
            a.add(new StringField("kind", FullTextIndex.ARTICLE, Field.Store.NO));
            a.add(new StringField("article_id", "old-article", Field.Store.YES));
            a.add(new TextField("body_de", "Die Nato warnt Russland", Field.Store.NO));
            w.addDocument(a);
            Document s = new Document();
            s.add(new StringField("kind", FullTextIndex.STATEMENT, Field.Store.NO));
            s.add(new StringField("article_id", "old-article", Field.Store.YES));
            s.add(new StringField("statement_id", "s1", Field.Store.YES));
            s.add(new TextField("quote_de", "Russland muss abziehen", Field.Store.NO));
            w.addDocument(s);
            w.setLiveCommitData(Map.of("lagebild.format", "3").entrySet());
            w.commit();
        }
        try (FullTextIndex idx = new FullTextIndex(dir)) {
            idx.index("new-article", "de", "Titel", "Russland und die Nato", new DateSpan(LocalDate.of(2022, 1, 12),
                    LocalDate.of(2022, 1, 12)), List.of(new FullTextIndex.Quote("s7", "Russland bleibt hart", "RUS")));
            idx.commit();
            idx.refresh();
            assertEquals(List.of("new-article", "old-article"), idx.search(FullTextIndex.ARTICLE, "Russland", null, null,
                    null, 10).stream().map(FullTextIndex.Hit::articleId).sorted().toList());
            assertEquals(List.of(new FullTextIndex.Hit("new-article", "s7"), new FullTextIndex.Hit("old-article", "s1")),
                    idx.search(FullTextIndex.STATEMENT, "Russland", null, null, null, 10).stream()
                            .sorted(java.util.Comparator.comparing(FullTextIndex.Hit::articleId)).toList());
            assertEquals(List.of(new FullTextIndex.Hit("new-article", "s7")),
                    idx.search(FullTextIndex.STATEMENT, "hart", null, null, List.of("RUS"), 10));
        }
    }
}

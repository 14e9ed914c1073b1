package org.lagebild.spark;

import java.io.IOException;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.report.JsonOutput;
import org.lagebild.store.Store;
import org.lagebild.store.StoreConfig;
import org.lagebild.time.PublicationDate;

/**
 * Loads a job's {@code articles} table into a Lagebild store with {@link Store#put}, so the
 * store's rows and full-text index are exactly those {@code lagebild ingest} would write. Runs on
 * the driver, one partition in memory at a time ({@code toLocalIterator}): the store keeps one
 * connection and its full-text index on the driver's disk. Idempotent like {@code ingest}.
 */
public final class StoreLoader {
    /** Articles newly stored and articles whose text the store already had. */
    public record Loaded(long stored, long alreadyStored) {
    }

    private StoreLoader() {
    }

    public static Loaded load(SparkSession spark, String articlesTable, StoreConfig config) {
        Iterator<Row> rows = spark.read().parquet(articlesTable)
                .select("source_id", "lang", "pub_date", "title", "url", "body", "analysis").toLocalIterator();
        long stored = 0;
        long skipped = 0;
        try (Store store = Store.open(config)) {
            while (rows.hasNext()) {
                Row r = rows.next();
                String date = r.getString(2);
                Document d = new Document(r.getString(0), r.getString(5), r.getString(1),
                        date == null ? null : PublicationDate.parse(date).orElse(null), r.getString(3),
                        r.getString(4), articlesTable);
                if (store.put(analysis(r.getString(6)), d)) {
                    stored++;
                } else {
                    skipped++;
                }
            }
        }
        return new Loaded(stored, skipped);
    }

    private static Analysis analysis(String json) {
        try {
            return JsonOutput.mapper().readValue(json, Analysis.class);
        } catch (IOException e) {
            throw new IllegalStateException("articles table: analysis column is not an analysis", e);
        }
    }
}

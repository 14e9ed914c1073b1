package org.lagebild.spark;

import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.lagebild.ingest.Document;
import org.lagebild.pipeline.Analyzer;

/**
 * The analysis stage of the job, run inside {@code mapPartitions}: one {@link Analyzer} per
 * executor JVM, created on first use (holder idiom) and shared by all tasks of that JVM. The
 * Analyzer is thread-safe and its CoreNLP models are loaded once per language, so an executor
 * with several cores loads them once, not once per task or partition.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    private static final class Holder {
        static final Analyzer ANALYZER = new Analyzer();
    }

    /** This JVM's analyzer. */
    static Analyzer analyzer() {
        return Holder.ANALYZER;
    }

    /**
     * Lazily maps document rows ({@link SparkDocuments#SCHEMA}) to result rows ({@link
     * AnalysisRows#RESULT}), counting the analyses run in {@code analyses}.
     */
    static Iterator<Row> analyze(Iterator<Row> documents, LongAccumulator analyses) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Row next() {
                Row in = documents.next();
                if (in.isNullAt(in.fieldIndex("error"))) {
                    analyses.add(1);
                }
                return analyze(in);
            }
        };
    }

    /** Failures become result rows with an error, as {@code lagebild analyze} reports and skips them. */
    static Row analyze(Row in) {
        String sourceId = in.getString(in.fieldIndex("source_id"));
        String source = in.getString(in.fieldIndex("source"));
        String error = in.getString(in.fieldIndex("error"));
        if (error != null) {
            return AnalysisRows.failed(sourceId, source, error);
        }
        Document d = SparkDocuments.document(in);
        try {
            return AnalysisRows.result(d, analyzer().analyze(d));
        } catch (Analyzer.UnsupportedLanguageException e) {
            return AnalysisRows.failed(sourceId, source, e.getMessage());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return AnalysisRows.failed(sourceId, source, source + ": analysis failed: " + e);
        }
    }
}

package org.lagebild.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.time.PublicationDate;
import scala.Tuple2;

/**
 * The job's input stage: files on any Hadoop file system (local, {@code hdfs://}, {@code s3a://})
 * become one row per document, read by the same {@link DocumentReader} code as on one machine.
 * A file is read by one task (JSON Lines shards are read whole, lazily); the documents are
 * then spread over the analysis partitions, since analysis, not reading, is the expensive part.
 * Unreadable records and files of no known format become rows with an {@code error}.
 */
final class SparkDocuments {
    static final StructType SCHEMA = new StructType()
            .add("source_id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("lang", DataTypes.StringType)
            .add("pub_date", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("error", DataTypes.StringType);

    private SparkDocuments() {
    }

    /** The documents under {@code paths} (files, directories, globs), in {@code partitions} partitions. */
    static Dataset<Row> read(SparkSession spark, List<String> paths, ReadOptions options, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", paths))
                .flatMap(file -> readFile(file, options));
        return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
    }

    private static Iterator<Row> readFile(Tuple2<String, PortableDataStream> file, ReadOptions options)
            throws IOException {
        String path = file._1();
        Optional<DocumentFormat> format = DocumentFormats.forPath(path);
        if (format.isEmpty()) {
            return List.of(failure(path, path + ": no reader for this file type (read: "
                    + DocumentFormats.supported() + ")")).iterator();
        }
        InputStream in = file._2().open();
        Stream<DocumentReader.Result> results;
        try {
            results = format.get().read(in, path, options.reader());
        } catch (IOException | RuntimeException e) {
            in.close();
            return List.of(failure(path, path + ": cannot read (" + e.getMessage() + ")")).iterator();
        }
        return new ClosingIterator(results.map(r -> toRow(r, options)), in);
    }

    private static Row toRow(DocumentReader.Result r, ReadOptions options) {
        if (!r.isOk()) {
            return failure(r.source(), r.error().getMessage());
        }
        Document d = options.lang() != null ? r.document().withLang(options.lang()) : r.document();
        return RowFactory.create(d.id(), d.text(), d.lang(), d.date() == null ? null : d.date().toString(),
                d.title(), d.url(), d.source(), null);
    }

    private static Row failure(String source, String error) {
        return RowFactory.create(null, null, null, null, null, null, source, error);
    }

    /** The document of a row without {@code error}. */
    static Document document(Row r) {
        String date = r.getString(3);
        return new Document(r.getString(0), r.getString(1), r.getString(2),
                date == null ? null : PublicationDate.parse(date).orElseThrow(), r.getString(4), r.getString(5),
                r.getString(6));
    }

    /** Closes the documents' stream (temporary copies, channels) and the file after the last document. */
    private static final class ClosingIterator implements Iterator<Row> {
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private InputStream in;

        ClosingIterator(Stream<Row> stream, InputStream in) {
            this.stream = stream;
            this.rows = stream.iterator();
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (in == null) {
                return false;
            }
            if (rows.hasNext()) {
                return true;
            }
            try (InputStream file = in) {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                in = null;
            }
            return false;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return rows.next();
        }
    }
}

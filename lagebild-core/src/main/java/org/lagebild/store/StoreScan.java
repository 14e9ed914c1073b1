package org.lagebild.store;

import java.io.IOException;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Analysis;

/**
 * Reads whole tables of a store for export without holding them in memory: articles are taken
 * in pages of {@link #ARTICLES_PER_PAGE} ids (keyset order by id, so concurrent inserts neither
 * repeat nor skip a page), and each table's rows of those articles are handed to a sink.
 * The optional publication date range keeps articles whose publication span overlaps it.
 */
public final class StoreScan {
    static final int ARTICLES_PER_PAGE = 200;

    /** The exported tables: every row belongs to one article. */
    public enum Table {
        /** Articles with their text, without the analysis JSON (that is what the other tables hold). */
        ARTICLES("SELECT id, source_id, lang, pub_date, pub_granularity, pub_from, pub_to, title, url, body, "
                + "ingested_at FROM articles", "id", "id"),
        ACTORS("SELECT * FROM article_actors", "article_id", "article_id, actor_id"),
        STATEMENTS("SELECT * FROM statements", "article_id", "article_id, seq"),
        EVENTS("SELECT * FROM events", "article_id", "article_id, seq"),
        EVENT_ACTORS("SELECT * FROM event_actors", "article_id", "article_id, event_id, role, actor_id");

        private final String select;
        private final String articleColumn;
        private final String order;

        Table(String select, String articleColumn, String order) {
            this.select = select;
            this.articleColumn = articleColumn;
            this.order = order;
        }

        /** Lower-case name, as in file names and the {@code --table} option. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Value types of exported columns; values arrive as String, Integer, Long, Double, Boolean, LocalDate, Instant. */
    public enum ColumnType {
        STRING, INT, LONG, DOUBLE, BOOLEAN, DATE, TIMESTAMP
    }

    public record Column(String name, ColumnType type) {
    }

    /** Receives the columns once, then every row in order. */
    public interface RowSink {
        void columns(List<Column> columns) throws IOException;

        void row(Object[] values) throws IOException;
    }

    /** Receives every article with its analysis. */
    public interface ArticleSink {
        void article(StoredArticle article) throws IOException;
    }

    private final Store store;
    private final LocalDate from;
    private final LocalDate to;

    /** A scan of the articles whose publication span overlaps [from, to] (either may be null). */
    public StoreScan(Store store, LocalDate from, LocalDate to) {
        this.store = store;
        this.from = from;
        this.to = to;
    }

    /** Streams one table; returns the number of rows. */
    public long table(Table table, RowSink sink) throws IOException {
        long[] n = {0};
        @SuppressWarnings("unchecked")
        List<Column>[] columns = new List[1];
        pages((c, ids) -> {
            Sql sql = new Sql(table.select).andIn(table.articleColumn, ids).append("ORDER BY " + table.order);
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                if (columns[0] == null) {
                    columns[0] = columns(rs.getMetaData());
                    sink.columns(columns[0]);
                }
                while (rs.next()) {
                    Object[] row = new Object[columns[0].size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = value(rs, i + 1, columns[0].get(i).type());
                    }
                    sink.row(row);
                    n[0]++;
                }
            }
        });
        if (columns[0] == null) {
            // No article in range: the columns still come from the table's metadata.
            try (Connection c = store.reader();
                 PreparedStatement ps = new Sql(table.select).and("1 = 0").prepare(c);
                 ResultSet rs = ps.executeQuery()) {
                sink.columns(columns(rs.getMetaData()));
            } catch (SQLException e) {
                throw new StoreException("scan " + table.label(), e);
            }
        }
        return n[0];
    }

    /** Streams every article in range with its analysis, in id order; returns the number of articles. */
    public long articles(ArticleSink sink) throws IOException {
        long[] n = {0};
        pages((c, ids) -> {
            Sql sql = new Sql("SELECT id, source_id, lang, pub_date, pub_granularity, title, url, ingested_at, "
                    + "analysis FROM articles").andIn("id", ids).append("ORDER BY id");
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime at = rs.getObject("ingested_at", OffsetDateTime.class);
                    ArticleRow meta = new ArticleRow(rs.getString("id"), rs.getString("source_id"),
                            rs.getString("lang"), rs.getString("pub_date"), rs.getString("pub_granularity"),
                            rs.getString("title"), rs.getString("url"), at == null ? null : at.toInstant().toString());
                    Analysis a = AnalysisCodec.decode(rs.getString("analysis"));
                    sink.article(new StoredArticle(meta, a));
                    n[0]++;
                }
            }
        });
        return n[0];
    }

    private interface PageAction {
        void run(Connection c, List<String> articleIds) throws SQLException, IOException;
    }

    private void pages(PageAction action) throws IOException {
        String after = "";
        while (true) {
            try (Connection c = store.reader()) {
                Sql sql = new Sql("SELECT id FROM articles").and("id > ?", after);
                if (from != null) {
                    sql.and("pub_to >= ?", from);
                }
                if (to != null) {
                    sql.and("pub_from <= ?", to);
                }
                sql.append("ORDER BY id LIMIT ?", ARTICLES_PER_PAGE);
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                if (ids.isEmpty()) {
                    return;
                }
                action.run(c, ids);
                if (ids.size() < ARTICLES_PER_PAGE) {
                    return;
                }
                after = ids.get(ids.size() - 1);
            } catch (SQLException e) {
                throw new StoreException("export scan", e);
            }
        }
    }

    private static List<Column> columns(ResultSetMetaData md) throws SQLException {
        List<Column> out = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.add(new Column(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), type(md.getColumnType(i))));
        }
        return out;
    }

    private static ColumnType type(int sqlType) {
        return switch (sqlType) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ColumnType.INT;
            case Types.BIGINT -> ColumnType.LONG;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> ColumnType.DOUBLE;
            case Types.BOOLEAN, Types.BIT -> ColumnType.BOOLEAN;
            case Types.DATE -> ColumnType.DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.TIMESTAMP;
            default -> ColumnType.STRING;
        };
    }

    private static Object value(ResultSet rs, int col, ColumnType type) throws SQLException {
        Object v = switch (type) {
            case INT -> rs.getInt(col);
            case LONG -> rs.getLong(col);
            case DOUBLE -> rs.getDouble(col);
            case BOOLEAN -> rs.getBoolean(col);
            case DATE -> rs.getObject(col, LocalDate.class);
            case TIMESTAMP -> {
                OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
                yield t == null ? null : t.toInstant().truncatedTo(ChronoUnit.MILLIS); // Parquet stores millis
            }
            case STRING -> {
                Object o = rs.getObject(col);
                yield o instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : o == null ? null : o.toString();
            }
        };
        return rs.wasNull() ? null : v;
    }
}

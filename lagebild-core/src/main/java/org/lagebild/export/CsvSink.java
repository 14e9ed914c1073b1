package org.lagebild.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.lagebild.store.StoreScan;

/**
 * RFC 4180 CSV: a header row of column names, CRLF line ends, and every field that contains a
 * comma, quote, CR or LF quoted with inner quotes doubled. Null is the empty field; dates and
 * timestamps are ISO-8601.
 */
public final class CsvSink implements StoreScan.RowSink {
    private final Writer out;
    private int width = -1;

    public CsvSink(Writer out) {
        this.out = out;
    }

    @Override
    public void columns(List<StoreScan.Column> columns) throws IOException {
        width = columns.size();
        line(columns.stream().map(StoreScan.Column::name).toArray());
    }

    @Override
    public void row(Object[] values) throws IOException {
        if (values.length != width) {
            throw new IllegalArgumentException("row of " + values.length + " fields, header has " + width);
        }
        line(values);
    }

    private void line(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (values[i] != null) {
                out.write(field(values[i].toString()));
            }
        }
        out.write("\r\n");
    }

    /** One field, quoted when RFC 4180 requires it. */
    static String field(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }
}

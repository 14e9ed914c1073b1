package org.lagebild.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's UTF-8 TSV data files: {@code #} lines are comments, blank lines are
 * skipped, every other line is one row of tab-separated cells (stripped of surrounding
 * whitespace). The {@link Layout} says how many cells a row has and whether a header row
 * precedes the data.
 */
public final class TsvResource {

    /**
     * The shape of a file's rows: {@code columns} cells each; with {@code optionalTrailing} a row may
     * leave out trailing cells, which then read as empty; with {@code headerRow} the first
     * non-comment line names the columns and is skipped unchecked.
     */
    public record Layout(int columns, boolean optionalTrailing, boolean headerRow) {
        public Layout {
            if (columns < 1) {
                throw new IllegalArgumentException("columns must be positive: " + columns);
            }
        }

        /** Every row has exactly {@code columns} cells; no header row. */
        public static Layout columns(int columns) {
            return new Layout(columns, false, false);
        }

        public Layout withOptionalTrailing() {
            return new Layout(columns, true, headerRow);
        }

        public Layout withHeaderRow() {
            return new Layout(columns, optionalTrailing, true);
        }
    }

    /** One data row; {@code line} is 1-based so errors can point into the file. */
    public record Row(String resource, int line, List<String> cells) {
        public String get(int i) {
            return cells.get(i);
        }

        /** The cell, or {@code null} when it is empty. */
        public String opt(int i) {
            String c = cells.get(i);
            return c.isEmpty() ? null : c;
        }

        /** The cell, which must not be empty. */
        public String req(int i, String column) {
            String c = cells.get(i);
            if (c.isEmpty()) {
                throw fail("empty required column '" + column + "'");
            }
            return c;
        }

        public MalformedDataException fail(String message) {
            return new MalformedDataException(resource, line, message);
        }
    }

    private TsvResource() {
    }

    /** Reads a classpath resource (absolute path without leading slash) of exactly {@code columns} cells a row. */
    public static List<Row> read(String resource, int columns) {
        return read(resource, Layout.columns(columns));
    }

    /** Reads a classpath resource (absolute path without leading slash). */
    public static List<Row> read(String resource, Layout layout) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new MalformedDataException(resource, 0, "resource not found on classpath");
        }
        try (in) {
            return read(resource, in, layout);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    /** Reads rows from a stream; {@code name} is used in error messages. */
    public static List<Row> read(String name, InputStream in, Layout layout) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int columns = layout.columns();
        boolean header = layout.headerRow();
        String text;
        int line = 0;
        while ((text = r.readLine()) != null) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = text.split("\t", -1);
            if (cells.length > columns || cells.length < columns && !layout.optionalTrailing()) {
                throw new MalformedDataException(name, line, "expected " + (layout.optionalTrailing() ? "at most " : "")
                        + columns + " tab-separated columns, found " + cells.length);
            }
            List<String> trimmed = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                trimmed.add(c < cells.length ? cells[c].strip() : "");
            }
            rows.add(new Row(name, line, List.copyOf(trimmed)));
        }
        return rows;
    }

    /** The non-empty, stripped '|'-separated alternatives of a cell ("Nato|NATO|"). */
    public static List<String> alternatives(String cell) {
        List<String> out = new ArrayList<>();
        for (String a : cell.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }
}

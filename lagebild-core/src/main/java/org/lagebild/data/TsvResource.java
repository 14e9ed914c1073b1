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
 * skipped, every other line is one row with a fixed number of tab-separated cells.
 */
public final class TsvResource {

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

    /** Reads a classpath resource (absolute path without leading slash). */
    public static List<Row> read(String resource, int columns) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new MalformedDataException(resource, 0, "resource not found on classpath");
        }
        try (in) {
            return read(resource, in, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    /** Reads rows from a stream; {@code name} is used in error messages. */
    public static List<Row> read(String name, InputStream in, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
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
            String[] cells = text.split("\t", -1);
            if (cells.length != columns) {
                throw new MalformedDataException(name, line,
                        "expected " + columns + " tab-separated columns, found " + cells.length);
            }
            List<String> trimmed = new ArrayList<>(columns);
            for (String c : cells) {
                trimmed.add(c.strip());
            }
            rows.add(new Row(name, line, List.copyOf(trimmed)));
        }
        return rows;
    }
}

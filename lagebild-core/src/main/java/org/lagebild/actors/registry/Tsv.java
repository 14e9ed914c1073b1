package org.lagebild.actors.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the registry's TSV resources: '#' lines are comments, cells are tab-separated. */
final class Tsv {
    static final String BASE = "/org/lagebild/actors/";

    private Tsv() {
    }

    /** Rows of {@code file}, each padded to {@code columns} cells (trimmed, never null). */
    static List<String[]> read(String file, int columns) {
        try (InputStream in = Tsv.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing registry resource " + BASE + file);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length > columns) {
                    throw new IllegalStateException(file + ":" + lineNo + ": " + cells.length + " cells, expected " + columns);
                }
                String[] row = Arrays.copyOf(cells, columns);
                for (int c = 0; c < columns; c++) {
                    row[c] = row[c] == null ? "" : row[c].trim();
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-empty '|'-separated alternatives of a cell. */
    static List<String> alts(String cell) {
        List<String> out = new ArrayList<>();
        for (String a : cell.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    static String orNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }
}

package org.lagebild.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.data.TsvResource.Layout;
import org.lagebild.data.TsvResource.Row;

class TsvResourceTest {

    private static List<Row> read(String text, Layout layout) throws IOException {
        return TsvResource.read("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), layout);
    }

    @Test
    void skipsCommentsBlankLinesAndByteOrderMarkAndStripsCells() throws IOException {
        List<Row> rows = read("\uFEFF# about\n\n  \t \na\t b \n#c\td\ne\t\n", Layout.columns(2));
        assertEquals(2, rows.size());
        assertEquals(List.of("a", "b"), rows.get(0).cells());
        assertEquals(4, rows.get(0).line());
        assertEquals(List.of("e", ""), rows.get(1).cells());
        assertEquals(null, rows.get(1).opt(1));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> rows.get(1).req(1, "x"));
        assertEquals("t.tsv:6: empty required column 'x'", e.getMessage());
    }

    @Test
    void wrongColumnCountNamesFileAndLine() {
        MalformedDataException few = assertThrows(MalformedDataException.class,
                () -> read("# h\na\tb\na\n", Layout.columns(2)));
        assertEquals("t.tsv", few.resource());
        assertEquals(3, few.line());
        assertEquals("t.tsv:3: expected 2 tab-separated columns, found 1", few.getMessage());
        MalformedDataException many = assertThrows(MalformedDataException.class,
                () -> read("a\tb\tc\n", Layout.columns(2).withOptionalTrailing()));
        assertEquals("t.tsv:1: expected at most 2 tab-separated columns, found 3", many.getMessage());
    }

    @Test
    void optionalTrailingCellsReadAsEmpty() throws IOException {
        List<Row> rows = read("a\nb\tc\td\n", Layout.columns(3).withOptionalTrailing());
        assertEquals(List.of("a", "", ""), rows.get(0).cells());
        assertEquals(List.of("b", "c", "d"), rows.get(1).cells());
    }

    @Test
    void headerRowIsTheFirstNonCommentLineAndIsNotChecked() throws IOException {
        List<Row> rows = read("# about\n\nlang\tword\textra\nde\tder\n", Layout.columns(2).withHeaderRow());
        assertEquals(1, rows.size());
        assertEquals(List.of("de", "der"), rows.get(0).cells());
        assertEquals(4, rows.get(0).line());
        assertEquals(List.of("lang", "word"), read("lang\tword\n", Layout.columns(2)).get(0).cells());
    }

    @Test
    void missingResourceNamesIt() {
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> TsvResource.read("org/lagebild/data/no-such.tsv", 2));
        assertEquals("org/lagebild/data/no-such.tsv", e.resource());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void alternativesDropEmptyPartsAndStrip() {
        assertEquals(List.of("Nato", "NATO"), TsvResource.alternatives(" Nato || NATO|"));
        assertEquals(List.of(), TsvResource.alternatives(""));
    }

    @Test
    void layoutNeedsColumns() {
        assertThrows(IllegalArgumentException.class, () -> Layout.columns(0));
    }
}

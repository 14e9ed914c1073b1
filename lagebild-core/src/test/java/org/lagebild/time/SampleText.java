package org.lagebild.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The canonical sample article (shipped in examples/) and a naive sentence splitter for tests. */
public final class SampleText {
    private SampleText() {
    }

    public static String article() throws IOException {
        for (Path p : List.of(Path.of("../examples/nato-russland-rat-2022-01.txt"),
                Path.of("examples/nato-russland-rat-2022-01.txt"))) {
            if (Files.exists(p)) {
                return Files.readString(p);
            }
        }
        throw new IllegalStateException("examples/nato-russland-rat-2022-01.txt not found");
    }

    /** Sentence ranges: breaks at line ends and at ". " + capital letter (enough for the sample). */
    public static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '!' || c == '?') && i + 2 < text.length()
                    && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2));
            if (end) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        out.add(new int[] {start, text.length()});
        return out;
    }
}

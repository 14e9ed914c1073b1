package org.lagebild.events.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers for the ConfliBERT CAMEO set: {@code cameo_class/*.tsv} (sentence TAB class 0–4) and
 * {@code cameo_ner/*.txt} (one "token TAG" per line, blank line between sentences; BIO tags S
 * source, T target, R participants of a reciprocal event). Malformed lines are skipped.
 */
public final class CameoCorpus {
    private CameoCorpus() {
    }

    /** A sentence with its gold class. */
    public record Labelled(String text, int label) {
    }

    /**
     * A tokenised sentence with its gold actor spans as token ranges {@code [start, end)}.
     * {@link #text()} joins the tokens with single spaces; {@link #offsets()} gives each token's
     * {@code [start, end)} in it.
     */
    public record Tagged(List<String> tokens, List<int[]> source, List<int[]> target, List<int[]> reciprocal) {
        public String text() {
            return String.join(" ", tokens);
        }

        public List<int[]> offsets() {
            List<int[]> out = new ArrayList<>();
            int pos = 0;
            for (String t : tokens) {
                out.add(new int[] {pos, pos + t.length()});
                pos += t.length() + 1;
            }
            return out;
        }
    }

    public static List<Labelled> readClasses(Reader in) throws IOException {
        List<Labelled> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        for (String line; (line = r.readLine()) != null; ) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String label = line.substring(tab + 1).strip();
            if (label.length() == 1 && label.charAt(0) >= '0' && label.charAt(0) <= '4') {
                out.add(new Labelled(line.substring(0, tab).strip(), label.charAt(0) - '0'));
            }
        }
        return out;
    }

    public static List<Tagged> readTagged(Reader in) throws IOException {
        List<Tagged> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line; ; ) {
            line = r.readLine();
            if (line == null || line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new Tagged(List.copyOf(tokens), spans(tags, 'S'), spans(tags, 'T'), spans(tags, 'R')));
                    tokens.clear();
                    tags.clear();
                }
                if (line == null) {
                    return out;
                }
                continue;
            }
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) {
                continue;
            }
            tokens.add(line.substring(0, sp));
            tags.add(line.substring(sp + 1).strip());
        }
    }

    /** Token ranges of BIO chunks of one label; an I- without a B- opens a chunk. */
    static List<int[]> spans(List<String> tags, char label) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean inside = t.length() == 3 && t.charAt(2) == label && (t.charAt(0) == 'I' || t.charAt(0) == 'B');
            boolean begins = inside && (t.charAt(0) == 'B' || start < 0);
            if (start >= 0 && (!inside || begins)) {
                out.add(new int[] {start, i});
                start = -1;
            }
            if (begins) {
                start = i;
            }
        }
        return out;
    }
}

package org.lagebild.events.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.lagebild.statements.eval.Counts;

/**
 * Actor span agreement for one role (source or target), three ways: tokens (the tokens inside
 * gold spans vs inside predicted spans), overlapping spans (one-to-one, a predicted span is right
 * when it shares a token with a still unmatched gold span) and exact spans. Spans are token
 * ranges {@code [start, end)} of one sentence.
 */
public final class SpanScore {
    private Counts tokens = Counts.ZERO;
    private Counts overlap = Counts.ZERO;
    private Counts exact = Counts.ZERO;

    public void add(List<int[]> gold, List<int[]> predicted) {
        BitSet g = cover(gold);
        BitSet p = cover(predicted);
        BitSet both = (BitSet) g.clone();
        both.and(p);
        tokens = tokens.plus(new Counts(both.cardinality(), p.cardinality() - both.cardinality(),
                g.cardinality() - both.cardinality()));
        overlap = overlap.plus(match(gold, predicted, false));
        exact = exact.plus(match(gold, predicted, true));
    }

    /** Adds another score's counts. */
    public void addAll(SpanScore o) {
        tokens = tokens.plus(o.tokens);
        overlap = overlap.plus(o.overlap);
        exact = exact.plus(o.exact);
    }

    private static BitSet cover(List<int[]> spans) {
        BitSet b = new BitSet();
        for (int[] s : spans) {
            if (s[1] > s[0]) {
                b.set(s[0], s[1]);
            }
        }
        return b;
    }

    private static Counts match(List<int[]> gold, List<int[]> predicted, boolean exact) {
        List<int[]> open = new ArrayList<>(gold);
        long tp = 0;
        for (int[] p : predicted) {
            for (int i = 0; i < open.size(); i++) {
                int[] g = open.get(i);
                boolean ok = exact ? g[0] == p[0] && g[1] == p[1] : g[0] < p[1] && p[0] < g[1];
                if (ok) {
                    open.remove(i);
                    tp++;
                    break;
                }
            }
        }
        return new Counts(tp, predicted.size() - tp, open.size());
    }

    public Counts tokens() {
        return tokens;
    }

    public Counts overlap() {
        return overlap;
    }

    public Counts exact() {
        return exact;
    }

    public String format(String indent, String role) {
        return String.format(Locale.ROOT, "%s%-7s tokens  %s%n%s%-7s overlap %s%n%s%-7s exact   %s%n",
                indent, role, tokens.prf().percent(), indent, "", overlap.prf().percent(), indent, "", exact.prf().percent());
    }
}

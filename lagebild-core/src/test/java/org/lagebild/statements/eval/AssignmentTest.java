package org.lagebild.statements.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    @Test
    void matchesBruteForceOnRandomSparseMatrices() {
        Random rnd = new Random(42);
        for (int round = 0; round < 300; round++) {
            int rows = 1 + rnd.nextInt(6);
            int cols = 1 + rnd.nextInt(6);
            double[][] w = new double[rows][cols];
            List<Assignment.Edge> edges = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    if (rnd.nextDouble() < 0.5) {
                        w[i][j] = rnd.nextInt(5) == 0 ? 1.0 : rnd.nextDouble();
                        edges.add(new Assignment.Edge(i, j, w[i][j]));
                    }
                }
            }
            int[] match = Assignment.maximize(rows, cols, edges);
            double total = 0;
            boolean[] used = new boolean[cols];
            for (int i = 0; i < rows; i++) {
                if (match[i] >= 0) {
                    assertTrue(w[i][match[i]] > 0, "only real edges are matched");
                    assertTrue(!used[match[i]], "one-to-one");
                    used[match[i]] = true;
                    total += w[i][match[i]];
                }
            }
            assertEquals(best(w, 0, new boolean[cols]), total, 1e-9, "round " + round);
        }
    }

    private static double best(double[][] w, int row, boolean[] used) {
        if (row == w.length) {
            return 0;
        }
        double b = best(w, row + 1, used); // leave this row unmatched
        for (int j = 0; j < used.length; j++) {
            if (!used[j] && w[row][j] > 0) {
                used[j] = true;
                b = Math.max(b, w[row][j] + best(w, row + 1, used));
                used[j] = false;
            }
        }
        return b;
    }

    @Test
    void hugeComponentFallsBackToGreedyQuickly() {
        int n = 1000; // 10^9 exact steps would be too slow for pathological input
        List<Assignment.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                edges.add(new Assignment.Edge(i, j, 1 + ((i * 31 + j * 17) % 7)));
            }
        }
        long t = System.nanoTime();
        int[] match = Assignment.maximize(n, n, edges);
        assertTrue((System.nanoTime() - t) < 10_000_000_000L);
        assertTrue(java.util.Arrays.stream(match).allMatch(j -> j >= 0));
    }

    @Test
    void invalidEdgesAreIgnored() {
        int[] match = Assignment.maximize(2, 2, List.of(new Assignment.Edge(0, 5, 1), new Assignment.Edge(1, 1, 0),
                new Assignment.Edge(1, 0, Double.NaN), new Assignment.Edge(0, 0, 0.5)));
        assertEquals(0, match[0]);
        assertEquals(-1, match[1]);
    }
}

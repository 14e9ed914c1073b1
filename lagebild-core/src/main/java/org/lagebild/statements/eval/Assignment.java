package org.lagebild.statements.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maximum-weight bipartite matching (the linear-sum assignment the published scorers get from
 * scipy). Only positive-weight edges are given; the graph is split into connected components
 * and each is solved exactly with the Hungarian (Kuhn–Munkres) algorithm in O(r²·c). A
 * component so large that this would take too long (only possible with pathological input:
 * thousands of mutually overlapping spans) falls back to greedy matching by descending weight.
 */
public final class Assignment {
    /** A candidate pair with a positive weight. */
    public record Edge(int row, int col, double weight) {
    }

    /** Components above this many elementary steps (r²·c) are matched greedily. */
    static final long EXACT_LIMIT = 200_000_000L;

    private Assignment() {
    }

    /**
     * @return for each row the matched column, or -1; only edges from {@code edges} are used,
     *     so every matched pair has positive weight
     */
    public static int[] maximize(int rows, int cols, List<Edge> edges) {
        int[] rowToCol = new int[rows];
        Arrays.fill(rowToCol, -1);
        int[] parent = new int[rows + cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Edge> valid = new ArrayList<>();
        for (Edge e : edges) {
            if (e.row() < 0 || e.row() >= rows || e.col() < 0 || e.col() >= cols
                    || !(e.weight() > 0) || Double.isInfinite(e.weight())) {
                continue;
            }
            valid.add(e);
            union(parent, e.row(), rows + e.col());
        }
        Map<Integer, List<Edge>> components = new LinkedHashMap<>();
        for (Edge e : valid) {
            components.computeIfAbsent(find(parent, e.row()), k -> new ArrayList<>()).add(e);
        }
        for (List<Edge> comp : components.values()) {
            solveComponent(comp, rowToCol);
        }
        return rowToCol;
    }

    private static void solveComponent(List<Edge> comp, int[] rowToCol) {
        int[] rowIds = comp.stream().mapToInt(Edge::row).distinct().sorted().toArray();
        int[] colIds = comp.stream().mapToInt(Edge::col).distinct().sorted().toArray();
        long small = Math.min(rowIds.length, colIds.length);
        long large = Math.max(rowIds.length, colIds.length);
        if (small * small * large > EXACT_LIMIT) {
            greedy(comp, rowToCol);
            return;
        }
        boolean transpose = rowIds.length > colIds.length;
        int n = transpose ? colIds.length : rowIds.length;
        int m = transpose ? rowIds.length : colIds.length;
        double[][] w = new double[n][m];
        for (Edge e : comp) {
            int r = Arrays.binarySearch(rowIds, e.row());
            int c = Arrays.binarySearch(colIds, e.col());
            if (transpose) {
                w[c][r] = Math.max(w[c][r], e.weight());
            } else {
                w[r][c] = Math.max(w[r][c], e.weight());
            }
        }
        int[] match = hungarianMax(w, n, m);
        for (int i = 0; i < n; i++) {
            int j = match[i];
            if (j < 0 || !(w[i][j] > 0)) {
                continue; // a zero cell is "no edge": leave both sides unmatched
            }
            if (transpose) {
                rowToCol[rowIds[j]] = colIds[i];
            } else {
                rowToCol[rowIds[i]] = colIds[j];
            }
        }
    }

    /** Kuhn–Munkres with potentials for n ≤ m; returns the column of each row. */
    static int[] hungarianMax(double[][] w, int n, int m) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) {
                        continue;
                    }
                    double cur = -w[i0 - 1][j - 1] - u[i0] - v[j]; // minimise negated weight
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] match = new int[n];
        Arrays.fill(match, -1);
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                match[p[j] - 1] = j - 1;
            }
        }
        return match;
    }

    private static void greedy(List<Edge> comp, int[] rowToCol) {
        List<Edge> sorted = new ArrayList<>(comp);
        sorted.sort(Comparator.comparingDouble(Edge::weight).reversed()
                .thenComparingInt(Edge::row).thenComparingInt(Edge::col));
        java.util.Set<Integer> usedCols = new java.util.HashSet<>();
        for (Edge e : sorted) {
            if (rowToCol[e.row()] < 0 && usedCols.add(e.col())) {
                rowToCol[e.row()] = e.col();
            }
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[ra] = rb;
        }
    }
}

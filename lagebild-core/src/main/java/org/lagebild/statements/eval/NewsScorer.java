package org.lagebild.statements.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.lagebild.statements.eval.NewsCorpus.Annotation;
import org.lagebild.statements.eval.NewsCorpus.Document;

/**
 * The published metric of the German news quotation corpus (GermEval-2023 SpkAtt task 2:
 * {@code uhh-lt/news-speaker-attribution-2023 eval/classes.py}; identical scoring in
 * {@code uhh-lt/german-news-quotation-attribution-2024 eval/eval.py}), re-implemented.
 *
 * <p>Per document, gold and predicted quotations are paired by a maximum-weight assignment on
 * the token-overlap F1 of their quote token sets, +0.01 for equal form and +0.001 for equal
 * medium (bonuses only when the quotes overlap). As with scipy's rectangular
 * {@code linear_sum_assignment}, min(#gold, #pred) pairs are formed, so quotations left over
 * after the positive-weight matching are paired with each other too (in document order; scipy's
 * choice among such zero-weight pairs is arbitrary). Each pair — and each leftover quotation
 * against an empty one — is a <em>group</em> scored per token and part (TP/FP/FN).
 *
 * <p>Aggregations: <b>micro</b> sums token counts over all groups; <b>macro</b> averages each
 * group's per-part precision (parts with no predicted token skipped) and recall (parts with no
 * gold token skipped), pooled over the parts of Message, Roles or Joint, and takes F1 of the two
 * means. Both published scripts print the macro values for Message/Roles/Joint; Form and
 * Medium are counted per quotation over all groups (a leftover prediction's form is a FP, a
 * leftover gold form a FN). The simplified variant (subtask 2) keeps only quotations with
 * {@code isNested == false} and only the speaker role.
 */
public final class NewsScorer {
    private static final List<String> FULL_PARTS = NewsCorpus.ROLES;
    private static final List<String> SIMPLIFIED_PARTS = List.of("quote", "speaker");

    private NewsScorer() {
    }

    public record Scores(Prf message, Prf roles, Prf joint) {
    }

    /**
     * One task variant. {@code partCounts}: micro token counts per part; {@code paired}: pairs
     * with overlapping quotes; {@code pairedWithoutOverlap}: leftover pairs (see class comment).
     */
    public record Variant(String name, List<String> parts, Scores micro, Scores macro, Prf form,
            Prf medium, Map<String, Counts> partCounts, int goldQuotes, int predictedQuotes,
            int paired, int pairedWithoutOverlap) {
    }

    public record Result(Variant full, Variant simplified, int documents, int documentsWithoutPrediction,
            int predictionsWithoutGold) {

        /** A readable table of all scores in percent. */
        public String format() {
            StringBuilder b = new StringBuilder();
            b.append("News quotation attribution — GermEval-2023 SpkAtt task 2 metric\n");
            b.append(String.format(Locale.ROOT,
                    "documents %d (%d without prediction = all FN; %d predicted documents without gold ignored)%n",
                    documents, documentsWithoutPrediction, predictionsWithoutGold));
            appendVariant(b, full, true);
            appendVariant(b, simplified, false);
            b.append("macro = mean over quotation groups, what the published score.py/eval.py print;\n"
                    + "micro = pooled token counts. Form/Medium count quotations, unpaired ones included.\n");
            return b.toString();
        }

        private static void appendVariant(StringBuilder b, Variant v, boolean withForm) {
            b.append(String.format(Locale.ROOT,
                    "%n%s: gold %d quotes, predicted %d, paired %d (+%d leftover pairs without overlap)%n",
                    v.name(), v.goldQuotes(), v.predictedQuotes(), v.paired(), v.pairedWithoutOverlap()));
            b.append(String.format(Locale.ROOT, "  %-9s  %-30s  %-30s%n", "", "micro (tokens)",
                    "macro (groups; published)"));
            String roles = v.parts().size() == 2 ? "Speaker" : "Roles";
            row(b, "Message", v.micro().message(), v.macro().message());
            row(b, roles, v.micro().roles(), v.macro().roles());
            row(b, "Joint", v.micro().joint(), v.macro().joint());
            if (withForm) {
                b.append(String.format(Locale.ROOT, "  %-9s  %s%n", "Form", v.form().percent()));
                b.append(String.format(Locale.ROOT, "  %-9s  %s%n", "Medium", v.medium().percent()));
                for (Map.Entry<String, Counts> e : v.partCounts().entrySet()) {
                    Counts c = e.getValue();
                    b.append(String.format(Locale.ROOT, "    %-9s %s  (tp %d fp %d fn %d)%n", e.getKey(),
                            c.prf().percent(), c.tp(), c.fp(), c.fn()));
                }
            }
        }

        private static void row(StringBuilder b, String label, Prf micro, Prf macro) {
            b.append(String.format(Locale.ROOT, "  %-9s  %-30s  %-30s%n", label, micro.percent(), macro.percent()));
        }
    }

    /** Scores gold and predicted corpora directories (files matched by name). */
    public static Result scoreDirectories(Path goldDir, Path predictionDir) throws IOException {
        return score(NewsCorpus.readDirectory(goldDir), NewsCorpus.readDirectory(predictionDir));
    }

    /**
     * @param gold documents keyed by file name; every one is scored
     * @param predicted documents keyed by the same names; a missing one counts as no quotations
     */
    public static Result score(Map<String, Document> gold, Map<String, Document> predicted) {
        Tally full = new Tally("Full task (all quotations, all roles)", FULL_PARTS, true);
        Tally simple = new Tally("Simplified (top-level quotations, speaker only)", SIMPLIFIED_PARTS, false);
        int missing = 0;
        for (Map.Entry<String, Document> e : new java.util.TreeMap<>(gold).entrySet()) {
            Document p = predicted.get(e.getKey());
            if (p == null) {
                missing++;
            }
            List<Annotation> goldAnns = e.getValue().annotations();
            List<Annotation> predAnns = p == null ? List.of() : p.annotations();
            full.document(goldAnns, predAnns);
            simple.document(goldAnns, predAnns);
        }
        int extra = (int) predicted.keySet().stream().filter(k -> !gold.containsKey(k)).count();
        return new Result(full.variant(), simple.variant(), gold.size(), missing, extra);
    }

    /** A quotation reduced to what is scored: token keys per part, form and medium. */
    private record Group(long[][] parts, String form, String medium) {
        static final Group EMPTY = new Group(null, null, null);

        long[] part(int i) {
            return parts == null ? new long[0] : parts[i];
        }
    }

    /** Accumulates one variant over all documents. */
    private static final class Tally {
        final String name;
        final List<String> parts;
        final boolean nested;
        final Counts[] micro;
        Counts form = Counts.ZERO;
        Counts medium = Counts.ZERO;
        final double[] macroSum = new double[6]; // P msg, P roles, P joint, R msg, R roles, R joint
        final int[] macroN = new int[6];
        int goldQuotes;
        int predictedQuotes;
        int paired;
        int pairedWithoutOverlap;

        Tally(String name, List<String> parts, boolean nested) {
            this.name = name;
            this.parts = parts;
            this.nested = nested;
            this.micro = new Counts[parts.size()];
            java.util.Arrays.fill(micro, Counts.ZERO);
        }

        void document(List<Annotation> goldAnns, List<Annotation> predAnns) {
            List<Group> gold = groups(goldAnns);
            List<Group> pred = groups(predAnns);
            goldQuotes += gold.size();
            predictedQuotes += pred.size();
            List<Assignment.Edge> edges = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                for (int j = 0; j < pred.size(); j++) {
                    double f1 = Counts.compare(gold.get(i).part(0), pred.get(j).part(0)).prf().f1();
                    if (f1 > 0) {
                        double w = f1 + (Objects.equals(gold.get(i).form(), pred.get(j).form()) ? 0.01 : 0)
                                + (Objects.equals(gold.get(i).medium(), pred.get(j).medium()) ? 0.001 : 0);
                        edges.add(new Assignment.Edge(i, j, w));
                    }
                }
            }
            int[] goldToPred = Assignment.maximize(gold.size(), pred.size(), edges);
            boolean[] predUsed = new boolean[pred.size()];
            List<Integer> leftoverGold = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                if (goldToPred[i] >= 0) {
                    predUsed[goldToPred[i]] = true;
                    paired++;
                    group(gold.get(i), pred.get(goldToPred[i]));
                } else {
                    leftoverGold.add(i);
                }
            }
            int k = 0;
            for (int j = 0; j < pred.size(); j++) {
                if (predUsed[j]) {
                    continue;
                }
                if (k < leftoverGold.size()) {
                    pairedWithoutOverlap++;
                    group(gold.get(leftoverGold.get(k++)), pred.get(j));
                } else {
                    group(Group.EMPTY, pred.get(j));
                }
            }
            for (; k < leftoverGold.size(); k++) {
                group(gold.get(leftoverGold.get(k)), Group.EMPTY);
            }
        }

        private List<Group> groups(List<Annotation> anns) {
            List<Group> out = new ArrayList<>();
            for (Annotation a : anns) {
                if (!nested && a.isNested()) {
                    continue;
                }
                long[][] keys = new long[parts.size()][];
                for (int p = 0; p < parts.size(); p++) {
                    keys[p] = Counts.normalize(a.role(parts.get(p)).tokenIds().stream()
                            .mapToLong(Integer::longValue).toArray());
                }
                out.add(new Group(keys, a.type(), a.medium()));
            }
            return out;
        }

        private void group(Group gold, Group pred) {
            for (int p = 0; p < parts.size(); p++) {
                Counts c = Counts.compare(gold.part(p), pred.part(p));
                micro[p] = micro[p].plus(c);
                int bucket = p == 0 ? 0 : 1;
                if (c.tp() + c.fp() > 0) {
                    double v = (double) c.tp() / (c.tp() + c.fp());
                    addMacro(bucket, v);
                    addMacro(2, v);
                }
                if (c.tp() + c.fn() > 0) {
                    double v = (double) c.tp() / (c.tp() + c.fn());
                    addMacro(3 + bucket, v);
                    addMacro(5, v);
                }
            }
            form = form.plus(label(gold.form(), pred.form()));
            medium = medium.plus(label(gold.medium(), pred.medium()));
        }

        private void addMacro(int slot, double v) {
            macroSum[slot] += v;
            macroN[slot]++;
        }

        private static Counts label(String gold, String pred) {
            if (Objects.equals(gold, pred)) {
                return gold == null ? Counts.ZERO : new Counts(1, 0, 0);
            }
            return new Counts(0, pred == null ? 0 : 1, gold == null ? 0 : 1);
        }

        private double mean(int slot) {
            return macroN[slot] == 0 ? 0 : macroSum[slot] / macroN[slot];
        }

        Variant variant() {
            Counts roles = Counts.ZERO;
            for (int p = 1; p < parts.size(); p++) {
                roles = roles.plus(micro[p]);
            }
            Scores microScores = new Scores(micro[0].prf(), roles.prf(), micro[0].plus(roles).prf());
            Scores macroScores = new Scores(Prf.of(mean(0), mean(3)), Prf.of(mean(1), mean(4)),
                    Prf.of(mean(2), mean(5)));
            Map<String, Counts> perPart = new LinkedHashMap<>();
            for (int p = 0; p < parts.size(); p++) {
                perPart.put(parts.get(p), micro[p]);
            }
            return new Variant(name, parts, microScores, macroScores, form.prf(), medium.prf(),
                    java.util.Collections.unmodifiableMap(perPart), goldQuotes, predictedQuotes, paired,
                    pairedWithoutOverlap);
        }
    }
}

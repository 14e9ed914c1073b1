package org.lagebild.statements.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lagebild.statements.eval.ParliamentCorpus.Annotation;
import org.lagebild.statements.eval.ParliamentCorpus.Document;
import org.lagebild.statements.eval.ParliamentCorpus.TokenRef;

/**
 * The GermEval-2023 SpkAtt task 1 metric (Bundestag debates), re-implemented from the
 * organisers' description — their CodaLab scorer is not published.
 *
 * <p>Per document, predicted events are aligned 1:1 to gold events whose cue shares at least
 * one token. Among all such alignments the one with the highest joint F1 is kept; since the
 * totals of gold and predicted tokens are fixed, that is the alignment with the most joint true
 * positives, found exactly by maximum-weight assignment. Then every token counts: cue tokens
 * and role tokens of aligned events are TP when shared (roles only with the same label), FP or
 * FN otherwise; all tokens of unaligned events are FP (predicted) or FN (gold). Cues, Roles
 * (all role labels pooled, PTC included) and Joint (cue + roles) are token-level micro P/R/F1.
 * {@link #scoreGivenGoldCues} is subtask 2: the prediction was made on the gold cues
 * ({@link Document#cuesOnly()}), and Roles is the headline.
 */
public final class ParliamentScorer {
    private ParliamentScorer() {
    }

    /**
     * {@code cueInstances}: aligned events per predicted (P) and per gold (R) event, a
     * diagnostic beside the official token-level scores.
     */
    public record Result(Prf cues, Prf roles, Prf joint, Prf cueInstances, Counts cueCounts,
            Map<String, Counts> roleCounts, int documents, int documentsWithoutPrediction,
            int predictionsWithoutGold, int goldEvents, int predictedEvents, int alignedEvents,
            boolean givenGoldCues) {

        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(givenGoldCues
                    ? "Parliament speaker attribution — SpkAtt task 1, subtask 2 (roles given gold cues)\n"
                    : "Parliament speaker attribution — SpkAtt task 1, subtask 1 (cues and roles)\n");
            b.append(String.format(Locale.ROOT,
                    "documents %d (%d without prediction = all FN; %d predicted documents without gold ignored)%n",
                    documents, documentsWithoutPrediction, predictionsWithoutGold));
            b.append(String.format(Locale.ROOT, "events: gold %d, predicted %d, aligned %d%n",
                    goldEvents, predictedEvents, alignedEvents));
            if (givenGoldCues) {
                b.append(String.format(Locale.ROOT, "  %-18s %s%n", "Roles (gold cues)", roles.percent()));
                if (cues.f1() < 1.0 && goldEvents > 0) {
                    b.append("  note: predicted cues differ from the gold cues (cue F1 ")
                            .append(String.format(Locale.ROOT, "%.1f", 100 * cues.f1())).append(")\n");
                }
            } else {
                b.append(String.format(Locale.ROOT, "  %-14s %s%n", "Cues", cues.percent()));
                b.append(String.format(Locale.ROOT, "  %-14s %s%n", "Roles", roles.percent()));
                b.append(String.format(Locale.ROOT, "  %-14s %s%n", "Joint", joint.percent()));
                b.append(String.format(Locale.ROOT, "  %-14s %s%n", "Cue instances", cueInstances.percent()));
            }
            b.append("  per label (tokens):\n");
            b.append(String.format(Locale.ROOT, "    %-9s %s  (tp %d fp %d fn %d)%n", "Cue",
                    cueCounts.prf().percent(), cueCounts.tp(), cueCounts.fp(), cueCounts.fn()));
            for (Map.Entry<String, Counts> e : roleCounts.entrySet()) {
                Counts c = e.getValue();
                b.append(String.format(Locale.ROOT, "    %-9s %s  (tp %d fp %d fn %d)%n", e.getKey(),
                        c.prf().percent(), c.tp(), c.fp(), c.fn()));
            }
            return b.toString();
        }
    }

    public static Result scoreDirectories(Path goldDir, Path predictionDir) throws IOException {
        return score(ParliamentCorpus.readDirectory(goldDir), ParliamentCorpus.readDirectory(predictionDir));
    }

    public static Result scoreDirectoriesGivenGoldCues(Path goldDir, Path predictionDir) throws IOException {
        return scoreGivenGoldCues(ParliamentCorpus.readDirectory(goldDir), ParliamentCorpus.readDirectory(predictionDir));
    }

    /** Subtask 1: cues and roles predicted. Documents are matched by key (file name). */
    public static Result score(Map<String, Document> gold, Map<String, Document> predicted) {
        return run(gold, predicted, false);
    }

    /** Subtask 2: roles predicted for the gold cues. */
    public static Result scoreGivenGoldCues(Map<String, Document> gold, Map<String, Document> predicted) {
        return run(gold, predicted, true);
    }

    private record Event(long[] cue, long[][] roles) {
    }

    private static Result run(Map<String, Document> gold, Map<String, Document> predicted, boolean givenGoldCues) {
        List<String> labels = ParliamentCorpus.ROLES;
        Counts cue = Counts.ZERO;
        Counts[] roles = new Counts[labels.size()];
        java.util.Arrays.fill(roles, Counts.ZERO);
        int missing = 0;
        int goldEvents = 0;
        int predEvents = 0;
        int aligned = 0;
        for (Map.Entry<String, Document> e : new TreeMap<>(gold).entrySet()) {
            Document p = predicted.get(e.getKey());
            if (p == null) {
                missing++;
            }
            List<Event> g = events(e.getValue().annotations());
            List<Event> s = p == null ? List.of() : events(p.annotations());
            goldEvents += g.size();
            predEvents += s.size();
            List<Assignment.Edge> edges = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                for (int j = 0; j < s.size(); j++) {
                    long cueTp = Counts.compare(g.get(i).cue(), s.get(j).cue()).tp();
                    if (cueTp == 0) {
                        continue;
                    }
                    long tp = cueTp;
                    for (int r = 0; r < labels.size(); r++) {
                        tp += Counts.compare(g.get(i).roles()[r], s.get(j).roles()[r]).tp();
                    }
                    edges.add(new Assignment.Edge(i, j, tp));
                }
            }
            int[] goldToPred = Assignment.maximize(g.size(), s.size(), edges);
            boolean[] used = new boolean[s.size()];
            for (int i = 0; i < g.size(); i++) {
                Event ge = g.get(i);
                Event se = null;
                if (goldToPred[i] >= 0) {
                    used[goldToPred[i]] = true;
                    se = s.get(goldToPred[i]);
                    aligned++;
                }
                cue = cue.plus(Counts.compare(ge.cue(), se == null ? new long[0] : se.cue()));
                for (int r = 0; r < labels.size(); r++) {
                    roles[r] = roles[r].plus(Counts.compare(ge.roles()[r], se == null ? new long[0] : se.roles()[r]));
                }
            }
            for (int j = 0; j < s.size(); j++) {
                if (used[j]) {
                    continue;
                }
                cue = cue.plus(Counts.compare(new long[0], s.get(j).cue()));
                for (int r = 0; r < labels.size(); r++) {
                    roles[r] = roles[r].plus(Counts.compare(new long[0], s.get(j).roles()[r]));
                }
            }
        }
        Counts allRoles = Counts.ZERO;
        Map<String, Counts> perRole = new LinkedHashMap<>();
        for (int r = 0; r < labels.size(); r++) {
            allRoles = allRoles.plus(roles[r]);
            perRole.put(labels.get(r), roles[r]);
        }
        int extra = (int) predicted.keySet().stream().filter(k -> !gold.containsKey(k)).count();
        Prf instances = Prf.fromCounts(aligned, predEvents - aligned, goldEvents - aligned);
        return new Result(cue.prf(), allRoles.prf(), cue.plus(allRoles).prf(), instances, cue,
                Collections.unmodifiableMap(perRole), gold.size(), missing, extra, goldEvents, predEvents,
                aligned, givenGoldCues);
    }

    private static List<Event> events(List<Annotation> anns) {
        List<Event> out = new ArrayList<>(anns.size());
        for (Annotation a : anns) {
            long[][] roles = new long[ParliamentCorpus.ROLES.size()][];
            for (int r = 0; r < roles.length; r++) {
                roles[r] = keys(a.role(ParliamentCorpus.ROLES.get(r)));
            }
            out.add(new Event(keys(a.cue()), roles));
        }
        return out;
    }

    private static long[] keys(List<TokenRef> refs) {
        return Counts.normalize(refs.stream().mapToLong(TokenRef::key).toArray());
    }
}

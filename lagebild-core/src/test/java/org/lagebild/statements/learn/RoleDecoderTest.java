package org.lagebild.statements.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.statements.CueLexicon;

/** The Viterbi role decoder and its structured-perceptron training on hand-made sequences. */
class RoleDecoderTest {
    private static final List<String> LABELS = List.of("O", "B-Source", "I-Source", "B-Message", "I-Message");

    /** A sequence whose fixed features are "t{k}" and whose previous-label features are "prev={label}" (the label-pair weights). */
    static EventModel.Sequence tokens(int n) {
        return new EventModel.Sequence() {
            public int size() {
                return n;
            }

            public List<String> fixed(int k) {
                return List.of("t" + k);
            }

            public List<String> withPrev(int k, String prev, int open) {
                return List.of("prev=" + prev);
            }
        };
    }

    /** A perceptron with the given weights ({feature, w(O), w(B-Source), ...}). */
    static Perceptron weights(Object[][] rows) throws IOException {
        StringBuilder b = new StringBuilder("labels\t" + String.join("\t", LABELS) + "\nfeatures\t" + rows.length + "\n");
        for (Object[] r : rows) {
            b.append(r[0]);
            for (int i = 1; i < r.length; i++) {
                b.append('\t').append(String.format(Locale.ROOT, "%s", r[i]));
            }
            b.append('\n');
        }
        return Perceptron.read(new BufferedReader(new StringReader(b.toString())));
    }

    @Test
    void viterbiFindsTheSpanThatGreedyDecodingMisses() throws IOException {
        // token 0 leans to O (1.0 against 0.9 for B-Message), token 1 is a strong I-Message (5):
        // greedy takes O and then may not continue a message; the whole path B I scores 5.9 > 1.0
        Perceptron p = weights(new Object[][] {{"t0", 1.0, 0, 0, 0.9, 0}, {"t1", 0, 0, 0, 0, 5.0}});
        assertArrayEquals(new int[] {0, 0}, EventModel.decode(p, tokens(2)));
        assertArrayEquals(new int[] {3, 4}, EventModel.viterbi(p, tokens(2)));
    }

    @Test
    void viterbiWeighsLabelPairs() throws IOException {
        // token 0 prefers B-Source (2.0) to B-Message (1.5), but every label after B-Source costs 3:
        // greedy takes B-Source and pays (total 0); Viterbi opens a Message and then a Source (2.5)
        Perceptron p = weights(new Object[][] {{"t0", 0, 2.0, 0, 1.5, 0}, {"t1", 0, 1.0, 0, 0, 0},
                {"prev=B-Source", -3.0, -3.0, -3.0, -3.0, -3.0}});
        assertArrayEquals(new int[] {1, 1}, EventModel.decode(p, tokens(2)));
        assertArrayEquals(new int[] {3, 1}, EventModel.viterbi(p, tokens(2)));
    }

    @Test
    void viterbiNeverContinuesASpanThatWasNotOpened() throws IOException {
        // I-Message is the best label everywhere, but may only follow B-Message or I-Message
        Perceptron p = weights(new Object[][] {{"t0", 0, 0, 0, 0, 9.0}, {"t1", 0, 0, 9.0, 0, 0}, {"t2", 0, 0, 0, 0, 9.0}});
        int[] got = EventModel.viterbi(p, tokens(3));
        assertTrue(valid(got), java.util.Arrays.toString(got));
        assertEquals(0, EventModel.viterbi(p, tokens(0)).length);
    }

    @Test
    void viterbiIsTheBestAllowedPath() throws IOException {
        Random r = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + r.nextInt(4);
            List<Object[]> rows = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                rows.add(row("t" + k, r));
            }
            for (String prev : LABELS) {
                rows.add(row("prev=" + prev, r));
            }
            Perceptron p = weights(rows.toArray(Object[][]::new));
            int[] got = EventModel.viterbi(p, tokens(n));
            assertTrue(valid(got));
            assertEquals(bruteForce(p, n), score(p, got), 1e-4, "trial " + trial);
        }
    }

    @Test
    void structuredTrainingFitsASequenceByItsLabelPairs() {
        // the same token features twice; gold "B-Message I-Message": only the label pair tells the positions apart
        EventModel.Sequence seq = new EventModel.Sequence() {
            public int size() {
                return 2;
            }

            public List<String> fixed(int k) {
                return List.of("same");
            }

            public List<String> withPrev(int k, String prev, int open) {
                return List.of("prev=" + prev);
            }
        };
        int[] gold = {3, 4};
        Perceptron p = new Perceptron(LABELS);
        int errors = 0;
        for (int epoch = 0; epoch < 5; epoch++) {
            errors = EventModel.trainStructured(p, seq, gold);
        }
        assertEquals(0, errors, "the last pass decodes gold");
        assertArrayEquals(gold, EventModel.viterbi(p.averaged(), seq));
    }

    @Test
    void viterbiModelsRecordTheirDecoderAndLearnTheTinyCorpus() throws IOException {
        EventModel.Config c = QuoteTrainer.config("parliament", EventModel.RoleDecoder.VITERBI);
        EventModel m = EventModel.train(EventModelTest.corpus(), c, 4, 7, s -> { });
        EventModel back = EventModel.read(new ByteArrayInputStream(EventModelTest.bytes(m)));
        assertEquals(EventModel.RoleDecoder.VITERBI, back.config().roleDecoder());
        assertArrayEquals(EventModelTest.bytes(m), EventModelTest.bytes(back));
        List<Event> got = back.predict(EventModelTest.sentence("Lawrow", "sagte", "Lage", "ernst"), List.of());
        assertEquals(1, got.size());
        assertEquals(new TreeSet<>(Set.of(0)), got.get(0).role("Source"));
        assertEquals(new TreeSet<>(Set.of(3, 4, 5)), got.get(0).role("Message"));
        EventModel greedy = EventModel.train(EventModelTest.corpus(), QuoteTrainer.config("parliament", EventModel.RoleDecoder.GREEDY), 1, 7,
                s -> { });
        assertEquals(EventModel.RoleDecoder.GREEDY, EventModel.read(new ByteArrayInputStream(EventModelTest.bytes(greedy))).config().roleDecoder());
    }

    @Test
    void refinedModelsStartFromTheGreedyWeightsAndLearnTheTinyCorpus() throws IOException {
        EventModel m = EventModel.train(EventModelTest.corpus(), QuoteTrainer.config("parliament", EventModel.RoleDecoder.REFINED), 3, 7,
                s -> { });
        assertEquals(EventModel.RoleDecoder.REFINED, EventModel.read(new ByteArrayInputStream(EventModelTest.bytes(m))).config().roleDecoder());
        List<Event> got = m.predict(EventModelTest.sentence("Lawrow", "sagte", "Lage", "ernst"), List.of());
        assertEquals(new TreeSet<>(Set.of(3, 4, 5)), got.get(0).role("Message"));
        Perceptron p = weights(new Object[][] {{"t0", 1.0, 0, 0, 0.9, 0}});
        Perceptron q = p.trainable();
        assertArrayEquals(p.scores(List.of("t0")), q.averaged().scores(List.of("t0")), "no step yet: the average is the start");
    }

    @Test
    void spanFeaturesSeeTheTaggersLabelsOverTheCandidate() {
        AnnotatedDocument d = EventModelTest.sentence("Merkel", "sagte", "Lage", "ernst");
        EventFeatures fx = new EventFeatures(d, List.of(), CueLexicon.get());
        EventFeatures.Argument clause = fx.arguments(Set.of(1), 1, List.of(0, 1, 2, 3, 4, 5, 6)).get(1);
        List<String> whole = fx.span(clause, 1, "sagen", null, Map.of(3, "Message", 4, "Message", 5, "Message"));
        assertTrue(whole.contains("v=Message|all"), whole.toString());
        assertTrue(whole.contains("v|rel=Message|all|ccomp"), whole.toString());
        assertTrue(whole.contains("run=Message|false|false"), whole.toString());
        // the tagger labelled one of the three kept tokens: the majority is O, the first token's label Message
        List<String> part = fx.span(clause, 1, "sagen", null, Map.of(3, "Message"));
        assertTrue(part.contains("v=O|most"), part.toString());
        assertTrue(part.contains("vf|vl=Message|O"), part.toString());
        assertFalse(part.contains("v=Message|all"), part.toString());
        assertTrue(part.containsAll(fx.argument(clause, 1, "sagen", null)), "the argument classifier's features are kept");
    }

    @Test
    void spanClassifierFillsOnlyCandidatesTheTaggerLeftEmpty() throws IOException {
        // a span classifier that calls every right-hand clausal complement a Message (and all else O)
        Perceptron spans = weights(new Object[][] {{"bias", 1.0, 0, 0, 0, 0}, {"rel|side=ccomp|R", 0, 0, 0, 3.0, 0}});
        EventModel m = new EventModel(QuoteTrainer.config("parliament"), new Perceptron(List.of("O", "B", "I", "C")), new Perceptron(LABELS),
                null, null, null, spans);
        AnnotatedDocument d = EventModelTest.sentence("Merkel", "sagte", "Lage", "ernst");
        EventFeatures fx = new EventFeatures(d, List.of(), CueLexicon.get());
        Map<String, java.util.SortedSet<Integer>> source = Map.of("Source", EventModelTest.ss(0));
        assertEquals(Map.of("Source", EventModelTest.ss(0), "Message", EventModelTest.ss(3, 4, 5)), m.spanRoles(fx, d, Set.of(1), 1, null, source),
                "the tagger's Source stays, the clause it left empty becomes the Message (without its edge comma)");
        // the tagger labelled a token of the clause: its labels stand, nothing is added
        Map<String, java.util.SortedSet<Integer>> partial = Map.of("Source", EventModelTest.ss(0), "Message", EventModelTest.ss(4, 5));
        assertEquals(partial, m.spanRoles(fx, d, Set.of(1), 1, null, partial));
    }

    @Test
    void spanModelsRecordTheirDecoderAndLabelWholeCandidates() throws IOException {
        EventModel m = EventModel.train(EventModelTest.corpus(), QuoteTrainer.config("parliament", EventModel.RoleDecoder.SPAN), 4, 7,
                s -> { });
        byte[] bytes = EventModelTest.bytes(m);
        EventModel back = EventModel.read(new ByteArrayInputStream(bytes));
        assertEquals(EventModel.RoleDecoder.SPAN, back.config().roleDecoder());
        assertArrayEquals(bytes, EventModelTest.bytes(back));
        AnnotatedDocument d = EventModelTest.sentence("Lawrow", "sagte", "Lage", "ernst");
        List<Event> got = back.predict(d, List.of());
        assertEquals(1, got.size());
        assertEquals(new TreeSet<>(Set.of(0)), got.get(0).role("Source"));
        assertEquals(new TreeSet<>(Set.of(3, 4, 5)), got.get(0).role("Message"), "the clause without its edge comma");
        // the greedy copy drops the span classifier: a greedy model file, the same cues
        EventModel greedy = m.greedy();
        assertEquals(EventModel.RoleDecoder.GREEDY, greedy.config().roleDecoder());
        byte[] g = EventModelTest.bytes(greedy);
        assertTrue(g.length < bytes.length);
        assertEquals(EventModel.RoleDecoder.GREEDY, EventModel.read(new ByteArrayInputStream(g)).config().roleDecoder());
        assertEquals(got.get(0).cue(), greedy.predict(d, List.of()).get(0).cue());
    }

    private static Object[] row(String feature, Random r) {
        Object[] row = new Object[LABELS.size() + 1];
        row[0] = feature;
        for (int i = 1; i < row.length; i++) {
            row[i] = Math.round((r.nextDouble() * 4 - 2) * 100) / 100.0;
        }
        return row;
    }

    private static boolean valid(int[] path) {
        String prev = "O";
        for (int y : path) {
            String l = LABELS.get(y);
            if (l.startsWith("I-") && !prev.substring(Math.min(2, prev.length())).equals(l.substring(2))) {
                return false;
            }
            prev = l;
        }
        return true;
    }

    private static float score(Perceptron p, int[] path) {
        float s = 0;
        String prev = "O";
        for (int k = 0; k < path.length; k++) {
            s += p.scores(List.of("t" + k))[path[k]] + p.scores(List.of("prev=" + prev))[path[k]];
            prev = LABELS.get(path[k]);
        }
        return s;
    }

    private static float bruteForce(Perceptron p, int n) {
        float best = Float.NEGATIVE_INFINITY;
        int[] path = new int[n];
        for (int code = 0; code < Math.pow(LABELS.size(), n); code++) {
            for (int k = 0, c = code; k < n; k++, c /= LABELS.size()) {
                path[k] = c % LABELS.size();
            }
            if (valid(path)) {
                best = Math.max(best, score(p, path));
            }
        }
        return best;
    }
}

package org.lagebild.statements.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;
import org.lagebild.statements.CueLexicon;

class EventModelTest {
    /** "<subj> sagte , <x> sei <y> ." with hand-made heads: sagte (lemma sagen) is the root, sei its ccomp. */
    static AnnotatedDocument sentence(String subj, String verb, String x, String y) {
        String[][] w = {{subj, "PROPN", "1", "nsubj"}, {verb, "VERB", "-1", "root"}, {",", "PUNCT", "4", "punct"},
                {x, "NOUN", "4", "nsubj"}, {"sei", "AUX", "1", "ccomp"}, {y, "ADJ", "4", "xcomp"}, {".", "PUNCT", "1", "punct"}};
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(w[i][0]);
            tokens.add(new Token(i, 0, start, text.length(), w[i][0], w[i][1], "O", Integer.parseInt(w[i][2]), w[i][3],
                    i == 1 ? verb.substring(0, verb.length() - 2) + "en" : w[i][0].toLowerCase()));
        }
        return new AnnotatedDocument(text.toString(), "de", tokens, List.of(new Sentence(0, 0, text.length(), 0, w.length)));
    }

    static Event gold() {
        return new Event(ss(1), Map.of("Source", ss(0), "Message", ss(3, 4, 5)), null, null);
    }

    static java.util.SortedSet<Integer> ss(Integer... ids) {
        return new TreeSet<>(List.of(ids));
    }

    static List<EventDoc> corpus() {
        List<EventDoc> docs = new ArrayList<>();
        String[] names = {"Merkel", "Putin", "Biden", "Scholz", "Macron", "Stoltenberg"};
        String[] verbs = {"sagte", "erklärte", "betonte"};
        for (int i = 0; i < 12; i++) {
            docs.add(new EventDoc(sentence(names[i % names.length], verbs[i % verbs.length], "Lage", "ernst"), List.of(), List.of(gold())));
        }
        return docs;
    }

    static byte[] bytes(EventModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingIsDeterministicAndLearnsTheTinyCorpus() throws IOException {
        EventModel.Config c = QuoteTrainer.config("parliament");
        EventModel a = EventModel.train(corpus(), c, 4, 7, s -> { });
        EventModel b = EventModel.train(corpus(), c, 4, 7, s -> { });
        assertArrayEquals(bytes(a), bytes(b));
        List<Event> got = a.predict(sentence("Lawrow", "sagte", "Lage", "ernst"), List.of());
        assertEquals(1, got.size());
        assertEquals(new TreeSet<>(Set.of(1)), got.get(0).cue());
        assertEquals(new TreeSet<>(Set.of(0)), got.get(0).role("Source"));
        assertEquals(new TreeSet<>(Set.of(3, 4, 5)), got.get(0).role("Message"));
    }

    @Test
    void anotherSeedTrainsAnotherModel() throws IOException {
        // what `quotes train --seed` varies: the shuffled order changes the averaged weights, not what is learnt
        EventModel.Config c = QuoteTrainer.config("parliament");
        EventModel a = EventModel.train(corpus(), c, 4, 7, s -> { });
        EventModel b = EventModel.train(corpus(), c, 4, 8, s -> { });
        assertTrue(!java.util.Arrays.equals(bytes(a), bytes(b)));
        List<Event> got = b.predict(sentence("Lawrow", "sagte", "Lage", "ernst"), List.of());
        assertEquals(1, got.size());
        assertEquals(new TreeSet<>(Set.of(0)), got.get(0).role("Source"));
    }

    @Test
    void aPerceptronMeanScoresTheMeanOfTheScores() {
        Perceptron a = new Perceptron(List.of("O", "B"));
        a.update(List.of("x", "y"), 1, 0);
        Perceptron b = new Perceptron(List.of("O", "B"));
        b.update(List.of("x", "z"), 0, 1);
        b.update(List.of("x", "z"), 0, 1);
        a = a.averaged();
        b = b.averaged();
        Perceptron m = Perceptron.mean(List.of(a, b));
        for (List<String> f : List.of(List.of("x"), List.of("y"), List.of("z"), List.of("x", "y", "z"), List.of("w"))) {
            float[] sa = a.scores(f);
            float[] sb = b.scores(f);
            float[] sm = m.scores(f);
            for (int l = 0; l < 2; l++) {
                assertEquals((sa[l] + sb[l]) / 2, sm[l], 1e-6);
            }
        }
        assertEquals(3, m.size());
        assertThrows(IllegalArgumentException.class, () -> Perceptron.mean(List.of(new Perceptron(List.of("O", "C")), new Perceptron(List.of("O", "B")))));
        assertThrows(IllegalArgumentException.class, () -> Perceptron.mean(List.of()));
    }

    @Test
    void severalSeedsTrainTheMeanOfTheSeedsModels() throws IOException {
        // `quotes train --seed 7,8`: one model per seed, as written, then their weights averaged (session 32)
        EventModel.Config c = QuoteTrainer.config("parliament", EventModel.RoleDecoder.SPAN);
        EventModel a = EventModel.read(new ByteArrayInputStream(bytes(EventModel.train(corpus(), c, 4, 7, s -> { }))));
        EventModel b = EventModel.read(new ByteArrayInputStream(bytes(EventModel.train(corpus(), c, 4, 8, s -> { }))));
        EventModel both = EventModel.train(corpus(), c, 4, List.of(7L, 8L), s -> { });
        assertArrayEquals(bytes(EventModel.mean(List.of(a, b))), bytes(both));
        assertTrue(!java.util.Arrays.equals(bytes(a), bytes(both)));
        assertEquals(c, EventModel.read(new ByteArrayInputStream(bytes(both))).config());
        // one seed in the list is that seed's model
        assertArrayEquals(bytes(EventModel.train(corpus(), c, 4, 7, s -> { })), bytes(EventModel.train(corpus(), c, 4, List.of(7L), s -> { })));
        List<Event> got = both.predict(sentence("Lawrow", "sagte", "Lage", "ernst"), List.of());
        assertEquals(1, got.size());
        assertEquals(new TreeSet<>(Set.of(0)), got.get(0).role("Source"));
        assertEquals(new TreeSet<>(Set.of(3, 4, 5)), got.get(0).role("Message"));
        assertThrows(IllegalArgumentException.class,
                () -> EventModel.mean(List.of(a, EventModel.train(corpus(), QuoteTrainer.config("parliament"), 1, 7, s -> { }))));
    }

    @Test
    void modelRoundTripKeepsPredictions() throws IOException {
        EventModel m = EventModel.train(corpus(), QuoteTrainer.config("news"), 3, 1, s -> { });
        EventModel back = EventModel.read(new ByteArrayInputStream(bytes(m)));
        assertArrayEquals(bytes(m), bytes(back));
        AnnotatedDocument d = sentence("Lawrow", "erklärte", "Lage", "gut");
        assertEquals(m.predict(d, List.of()), back.predict(d, List.of()));
        assertThrows(IOException.class, () -> EventModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    @Test
    void rolesAreRenamedBetweenCorpusSchemes() {
        EventModel m = EventModel.train(corpus(), QuoteTrainer.config("parliament"), 1, 1, s -> { });
        Event news = m.inScheme(gold(), "news");
        assertEquals(new TreeSet<>(Set.of(0)), news.role("speaker"));
        assertEquals(new TreeSet<>(Set.of(3, 4, 5)), news.role("quote"));
    }

    @Test
    void discontinuousCuesAreLabelledAsContinuationsAndPredictedAsOneEvent() {
        // "<subj> <verb> , <x> sei <y> ." with the cue = verb + x (gap: the comma), as in "aus Ihrer Sicht"
        AnnotatedDocument d = sentence("Merkel", "sagte", "Lage", "ernst");
        Event split = new Event(ss(1, 3), Map.of("Source", ss(0), "Message", ss(4, 5)), null, null);
        assertArrayEquals(new String[] {"O", "B", "O", "C", "O", "O", "O"}, EventModel.cueLabels(d, List.of(split)));
        Event contiguous = new Event(ss(1, 2), Map.of(), null, null);
        assertArrayEquals(new String[] {"O", "B", "I", "O", "O", "O", "O"}, EventModel.cueLabels(d, List.of(contiguous)));
        List<EventDoc> docs = new ArrayList<>();
        String[] names = {"Merkel", "Putin", "Biden", "Scholz", "Macron", "Stoltenberg"};
        for (int i = 0; i < 12; i++) {
            docs.add(new EventDoc(sentence(names[i % names.length], "sagte", "Lage", "ernst"), List.of(), List.of(split)));
        }
        EventModel m = EventModel.train(docs, QuoteTrainer.config("parliament"), 4, 7, s -> { });
        List<Event> got = m.predict(sentence("Lawrow", "sagte", "Lage", "ernst"), List.of());
        assertEquals(1, got.size(), "one event, not one per cue part: " + got);
        assertEquals(ss(1, 3), got.get(0).cue());
        assertEquals(ss(4, 5), got.get(0).role("Message"));
    }

    @Test
    void featuresSeeDependencyRelationQuotesAndRuleOutput() {
        AnnotatedDocument d = sentence("Merkel", "sagte", "Lage", "ernst");
        Event rule = new Event(ss(1), Map.of("Source", ss(0)), "Indirect", "Speech");
        EventFeatures fx = new EventFeatures(d, List.of(rule), CueLexicon.get());
        List<String> subj = fx.role(0, Set.of(1), 1, "sagen", fx.ruleFor(Set.of(1)), "O");
        assertTrue(subj.contains("dom=nsubj"), subj.toString());
        assertTrue(subj.contains("rr=Source"), subj.toString());
        assertTrue(subj.contains("side|cl=L|sagen"), subj.toString());
        List<String> inner = fx.role(3, Set.of(1), 1, "sagen", rule, "O");
        assertTrue(inner.contains("dom=ccomp"), inner.toString());
        List<String> cue = fx.cue(1, "O");
        assertTrue(cue.contains("rc=true"), cue.toString());
        assertTrue(cue.contains("lex=true|VERB"), cue.toString());
    }

    @Test
    void pluralAndCompoundCueNounsShareTheirLexiconNounFeature() {
        EventFeatures plural = new EventFeatures(sentence("Merkel", "sagte", "Oppositionsanträge", "ernst"), List.of(), CueLexicon.get());
        assertTrue(plural.cueFixed(3).contains("nk=Antrag"), plural.cueFixed(3).toString());
        EventFeatures other = new EventFeatures(sentence("Merkel", "sagte", "Lage", "ernst"), List.of(), CueLexicon.get());
        assertTrue(other.cueFixed(3).contains("nk=-"), "no cue noun heads 'Lage': " + other.cueFixed(3));
        assertTrue(other.cueFixed(1).stream().noneMatch(f -> f.startsWith("nk=")), "verbs get no noun key");
    }

    @Test
    void verbFormsTaggedAsAdjectivesReadTheirCueVerb() {
        EventFeatures fx = new EventFeatures(sentence("Merkel", "sagte", "Lage", "präzisiert"), List.of(), CueLexicon.get());
        assertTrue(fx.cueFixed(5).contains("vl=präzisieren"), fx.cueFixed(5).toString());
        assertTrue(fx.cueFixed(5).contains("vlex=ADJ"), fx.cueFixed(5).toString());
        EventFeatures adjective = new EventFeatures(sentence("Merkel", "sagte", "Lage", "ernst"), List.of(), CueLexicon.get());
        assertTrue(adjective.cueFixed(5).stream().noneMatch(f -> f.startsWith("vl")), "'ernst' is no verb form: " + adjective.cueFixed(5));
    }

    @Test
    void wordsOfAMultiwordCueInTheSentenceShareItsFeature() {
        EventFeatures fx = new EventFeatures(sentence("Merkel", "stellte", "Asylrecht", "infrage"), List.of(), CueLexicon.get());
        for (int i : new int[] {1, 5}) {
            assertTrue(fx.cueFixed(i).contains("mw|ph=infrage|frage stellen"), i + ": " + fx.cueFixed(i));
        }
        assertTrue(fx.cueFixed(5).contains("mw=ADJ"), fx.cueFixed(5).toString());
        assertTrue(fx.cueFixed(3).stream().noneMatch(f -> f.startsWith("mw")), "'Asylrecht' is no word of the phrase");
        EventFeatures alone = new EventFeatures(sentence("Merkel", "stellte", "Lage", "ernst"), List.of(), CueLexicon.get());
        assertTrue(alone.cueFixed(1).stream().noneMatch(f -> f.startsWith("mw")), "'stellen' without 'infrage' is no phrase: " + alone.cueFixed(1));
    }

    @Test
    void idiomsMatchVariantsAndSkipTheLexiconPlaceholder() {
        List<CueIdioms.Idiom> idioms = CueIdioms.load(java.util.stream.Stream.of("zur|zu sprache bringen"),
                java.util.stream.Stream.of("von etwas sprechen"));
        assertEquals(List.of(Set.of("zur", "zu"), Set.of("sprache"), Set.of("bringen")), idioms.get(0).words());
        assertEquals(List.of(Set.of("von"), Set.of("sprechen")), idioms.get(1).words());
    }

    @Test
    void featuresSplitIntoFixedAndPreviousLabelParts() {
        AnnotatedDocument d = sentence("Merkel", "sagte", "Lage", "ernst");
        Event rule = new Event(ss(1), Map.of("Source", ss(0)), "Indirect", "Speech");
        EventFeatures fx = new EventFeatures(d, List.of(rule), CueLexicon.get());
        for (int i : new int[] {0, 3, 5}) {
            EventFeatures.RoleToken t = fx.roleToken(i, Set.of(1), 1, "sagen", rule, null);
            List<String> joined = new ArrayList<>(t.fixed());
            joined.addAll(EventFeatures.withPrev(t, "B-Message"));
            assertEquals(fx.role(i, Set.of(1), 1, "sagen", rule, "B-Message"), joined);
            assertTrue(joined.contains("prev|p=B-Message|" + d.token(i).pos()), joined.toString());
        }
        List<String> cue = new ArrayList<>(fx.cueFixed(1));
        cue.addAll(fx.cuePrev(1, "B", -1));
        assertEquals(fx.cue(1, "B"), cue);
    }

    @Test
    void roleCandidatesAreArgumentSubtreesOfTheCue() {
        AnnotatedDocument d = sentence("Merkel", "sagte", "Lage", "ernst");
        EventFeatures fx = new EventFeatures(d, List.of(), CueLexicon.get());
        List<EventFeatures.Argument> args = fx.arguments(Set.of(1), 1, List.of(0, 1, 2, 3, 4, 5, 6));
        assertEquals(List.of(new EventFeatures.Argument(0, List.of(0)), new EventFeatures.Argument(4, List.of(2, 3, 4, 5)),
                new EventFeatures.Argument(6, List.of(6))), args);
        assertEquals(List.of(3, 4, 5), fx.trimmed(args.get(1)), "the comma at the clause's edge is not part of the span");
        List<String> f = fx.argument(args.get(1), 1, "sagen", null);
        assertTrue(f.contains("rel|side|cl=ccomp|R|sagen"), f.toString());
        assertTrue(fx.role(3, Set.of(1), 1, "sagen", null, "O").contains("edge=first"));
        assertTrue(fx.role(5, Set.of(1), 1, "sagen", null, "O").contains("edge=last"));
    }

    @Test
    void modelsWithoutTheArgumentClassifierStillLoad() throws IOException {
        // (without the valency table, which would follow the third perceptron)
        EventModel m = EventModel.train(corpus(), QuoteTrainer.config("parliament").withValency(false), 3, 1, s -> { });
        String text = new String(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes(m))).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\narguments\ttrue\n"));
        // the older format: no "arguments" line, no third perceptron
        String old = text.replace("arguments\ttrue\n", "");
        int third = old.indexOf("labels\t", old.indexOf("labels\t", old.indexOf("labels\t") + 1) + 1);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(old.substring(0, third).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        EventModel back = EventModel.read(new ByteArrayInputStream(gz.toByteArray()));
        List<Event> got = back.predict(sentence("Lawrow", "sagte", "Lage", "ernst"), List.of());
        assertEquals(new TreeSet<>(Set.of(1)), got.get(0).cue());
    }

    @Test
    void defaultModelIsBundledAndTheNewsModelIsOptional(@TempDir Path empty) throws IOException {
        EventModel m = QuoteModels.bundled();
        assertNotNull(m, "the default model resource is missing");
        assertEquals("parliament", m.config().corpus());
        IOException e = assertThrows(IOException.class, () -> QuoteModels.newsNonCommercial(empty));
        assertTrue(e.getMessage().contains("not installed"));
        IOException f = assertThrows(IOException.class, () -> QuoteModels.newsFilter(empty));
        assertTrue(f.getMessage().contains("not installed") && f.getMessage().contains("filter"), f.getMessage());
        assertEquals(1, m.predict(sentence("Merkel", "sagte", "Lage", "ernst"), List.of()).size());
    }
}

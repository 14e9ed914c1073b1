package org.lagebild.statements.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.statements.CueLexicon;

class CueValencyTest {
    private static final List<String> LABELS = List.of("Message", "Topic", "O");

    private static String[] cue(String lemma) {
        return new String[] {"l:" + lemma, "c:VERB|SPEECH", "*"};
    }

    private static void add(CueValency.Counter c, String lemma, String arg, String label, int times) {
        for (int i = 0; i < times; i++) {
            c.add(cue(lemma), arg, label);
        }
    }

    @Test
    void countsBackOffFromTheCueLemmaToItsClass() {
        CueValency.Counter c = new CueValency.Counter(LABELS);
        add(c, "sagen", "obj|-", "Message", 3);
        add(c, "bitten", "obj|-", "Topic", 3);
        add(c, "fragen", "obj|-", "Topic", 1);
        CueValency v = c.build();
        List<String> sagen = v.features("val", cue("sagen"), "obj|-");
        assertTrue(sagen.contains("valmax|lvl=Message|top|0"), sagen.toString());
        assertFalse(sagen.contains("val|Topic=lo"), "no Topic object was counted for sagen: " + sagen);
        // one candidate of "fragen" is too few: its class (3 Message, 4 Topic) answers
        List<String> fragen = v.features("val", cue("fragen"), "obj|-");
        assertTrue(fragen.contains("valmax|lvl=Topic|hi|1"), fragen.toString());
        assertTrue(fragen.contains("val|Message=mid"), fragen.toString());
        // an argument never counted under any cue
        assertEquals(List.of("val=none"), v.features("val", cue("sagen"), "nsubj|-"));
    }

    @Test
    void aTrainingSpeechDoesNotSeeItsOwnCandidates() {
        CueValency.Counter all = new CueValency.Counter(LABELS);
        CueValency.Counter own = new CueValency.Counter(LABELS);
        add(all, "sagen", "obj|-", "Message", 3);
        add(all, "bitten", "obj|-", "Topic", 3);
        add(own, "bitten", "obj|-", "Topic", 3);
        CueValency v = all.build();
        assertTrue(v.features("val", cue("bitten"), "obj|-").contains("valmax|lvl=Topic|top|0"));
        // without the speech's three "bitten" objects only the class's Message objects are left
        List<String> rest = v.without(own.build()).features("val", cue("bitten"), "obj|-");
        assertTrue(rest.contains("valmax|lvl=Message|top|1"), rest.toString());
        assertEquals(v.features("val", cue("sagen"), "obj|-"), v.without(own.build()).features("val", cue("sagen"), "obj|-"),
                "keys the speech has no candidate of are unchanged");
    }

    @Test
    void keysNameTheCueAndTheArgumentsRelation() {
        AnnotatedDocument d = EventModelTest.sentence("Merkel", "sagte", "Lage", "ernst");
        EventFeatures fx = new EventFeatures(d, List.of(), CueLexicon.get());
        List<EventFeatures.Argument> args = fx.arguments(java.util.Set.of(1), 1, List.of(0, 1, 2, 3, 4, 5, 6));
        EventFeatures.ValencyKeys subj = fx.valencyKeys(args.get(0), 1);
        assertArrayEquals(new String[] {"l:sagen", "c:VERB|SPEECH", "*"}, subj.cue());
        assertEquals("nsubj|-", subj.arg());
        assertNull(subj.word(), "a proper noun is not keyed by its lemma");
        EventFeatures.ValencyKeys clause = fx.valencyKeys(args.get(1), 1);
        assertEquals("ccomp|-", clause.arg(), args.toString());
    }

    @Test
    void modelsWithTheTableCarryItAndFeedTheArgumentFeatures() throws IOException {
        EventModel.Config c = QuoteTrainer.config("parliament", EventModel.RoleDecoder.SPAN);
        assertTrue(c.valency());
        EventModel m = EventModel.train(EventModelTest.corpus(), c, 3, 7, s -> { });
        byte[] bytes = EventModelTest.bytes(m);
        EventModel back = EventModel.read(new ByteArrayInputStream(bytes));
        assertTrue(back.config().valency());
        assertArrayEquals(bytes, EventModelTest.bytes(back));
        AnnotatedDocument d = EventModelTest.sentence("Lawrow", "sagte", "Lage", "ernst");
        assertEquals(m.predict(d, List.of()), back.predict(d, List.of()));
        // every training speech's clause after "sagen" is the Message: the table says so for a new one
        EventFeatures fx = back.features(d, List.of());
        List<EventFeatures.Argument> args = fx.arguments(java.util.Set.of(1), 1, List.of(0, 1, 2, 3, 4, 5, 6));
        List<String> clause = fx.argument(args.get(1), 1, "sagen", null);
        assertTrue(clause.contains("valmax|lvl=Message|top|0"), clause.toString());
        // without the table (the news config, older models) no valency feature
        EventModel plain = EventModel.train(EventModelTest.corpus(), c.withValency(false), 3, 7, s -> { });
        assertFalse(EventModel.read(new ByteArrayInputStream(EventModelTest.bytes(plain))).config().valency());
        assertTrue(plain.features(d, List.of()).argument(args.get(1), 1, "sagen", null).stream()
                .noneMatch(f -> f.startsWith("val")));
    }

    @Test
    void aRoleTheCountsRuleOutIsVetoed() {
        AnnotatedDocument d = EventModelTest.sentence("Merkel", "sagte", "Lage", "ernst");
        EventFeatures fx = new EventFeatures(d, List.of(), CueLexicon.get());
        List<Integer> window = List.of(0, 1, 2, 3, 4, 5, 6);
        java.util.Map<String, java.util.SortedSet<Integer>> tagged =
                java.util.Map.of("Source", EventModelTest.ss(0), "Message", EventModelTest.ss(3, 4, 5));
        List<String> labels = List.of("Source", "Message", "O");
        String[] sagen = {"l:sagen", "c:VERB|SPEECH", "*"};
        // the training speeches' clauses of "sagen" were (almost) never a role: the tagged Message goes, the Source stays
        CueValency.Counter never = new CueValency.Counter(labels);
        for (int i = 0; i < 19; i++) {
            never.add(sagen, "ccomp|-", "O");
        }
        assertEquals(java.util.Map.of("Source", EventModelTest.ss(0)),
                EventModel.vetoed(fx, d, java.util.Set.of(1), 1, window, never.build(), tagged));
        // two Messages in 21 (more than one in twenty) are more than the veto allows
        never.add(sagen, "ccomp|-", "Message");
        never.add(sagen, "ccomp|-", "Message");
        assertEquals(tagged, EventModel.vetoed(fx, d, java.util.Set.of(1), 1, window, never.build(), tagged));
        // too few candidates counted: no veto
        CueValency.Counter few = new CueValency.Counter(labels);
        for (int i = 0; i < EventModel.VETO_MIN - 1; i++) {
            few.add(sagen, "ccomp|-", "O");
        }
        assertEquals(tagged, EventModel.vetoed(fx, d, java.util.Set.of(1), 1, window, few.build(), tagged));
    }
}

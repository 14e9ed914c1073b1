package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.lagebild.model.Evidence;
import org.lagebild.statements.learn.Event;
import org.lagebild.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class ParliamentPredictorTest {

    @Test
    void theRulesNounCuesAreLeftToTheParliamentLexiconPass() {
        // "Vielen Dank, dass Sie die Frage zulassen": the rules' noun reading would bypass the corpus's exclusions
        AnnotatedDocument doc = StatementExtractorTest.parse("Vielen/ADJ/1/amod/viel Dank/NOUN/-1/root/Dank ~,/PUNCT/7/punct/,"
                + " dass/SCONJ/7/mark/dass Sie/PRON/7/nsubj/Sie die/DET/6/det/der Frage/NOUN/7/obj/Frage"
                + " zulassen/VERB/1/ccomp/zulassen ~./PUNCT/1/punct/.");
        assertTrue(ParliamentPredictor.nounCue(doc, Evidence.of(doc.tokenSpan(1))));
        // a verb cue's statement is the parliament rules' own
        assertFalse(ParliamentPredictor.nounCue(doc, Evidence.of(doc.tokenSpan(7))));
    }

    @Test
    void aSourceTaggedInSeparateStretchesKeepsTheCuesSubject() {
        // "Ich habe Sie verstanden ." tagged Source "Ich" + "Sie": the corpus's source is the subject alone
        AnnotatedDocument doc = StatementExtractorTest.parse("Ich/PRON/3/nsubj/ich habe/AUX/3/aux/haben Sie/PRON/3/obj/Sie"
                + " verstanden/VERB/-1/root/verstehen ~./PUNCT/3/punct/.");
        Event e = new Event(ts(3), Map.of("Source", ts(0, 2), "Message", ts()), null, null);
        assertEquals(new TreeSet<>(List.of(0)), ParliamentPredictor.oneSource(doc, e).role("Source"));
        // no subject among the stretches: the one nearest to the cue
        Event far = new Event(ts(3), Map.of("Source", ts(0, 2)), null, null);
        AnnotatedDocument noSubject = StatementExtractorTest.parse("Ich/PRON/3/obj/ich habe/AUX/3/aux/haben Sie/PRON/3/obj/Sie"
                + " verstanden/VERB/-1/root/verstehen ~./PUNCT/3/punct/.");
        assertEquals(new TreeSet<>(List.of(2)), ParliamentPredictor.oneSource(noSubject, far).role("Source"));
        // one stretch (punctuation inside does not split it) stays as it is
        Event one = new Event(ts(3), Map.of("Source", ts(0, 1, 2)), null, null);
        assertEquals(one, ParliamentPredictor.oneSource(doc, one));
    }

    @Test
    void aCorrelateAndItsClauseShareOneRole() {
        // "Wir müssen darüber nachdenken , wie wir das machen ." tagged Topic "darüber" + Message "wie …": one Topic
        AnnotatedDocument doc = StatementExtractorTest.parse("Wir/PRON/3/nsubj/wir müssen/AUX/3/aux/müssen darüber/ADV/3/advmod/darüber"
                + " nachdenken/VERB/-1/root/nachdenken ~,/PUNCT/8/punct/, wie/ADV/8/advmod/wie wir/PRON/8/nsubj/wir"
                + " das/PRON/8/obj/das machen/VERB/3/ccomp/machen ~./PUNCT/3/punct/.");
        Event split = new Event(ts(3), Map.of("Source", ts(0), "Topic", ts(2), "Message", ts(5, 6, 7, 8)), null, null);
        Event one = ParliamentPredictor.correlateWithClause(doc, split);
        assertEquals(ts(2, 5, 6, 7, 8), one.role("Topic"));
        assertTrue(one.role("Message").isEmpty());
        assertEquals(ts(0), one.role("Source"));
        // the same role already, or a role the corpus never shares with the clause (Source): unchanged
        Event same = new Event(ts(3), Map.of("Message", ts(2, 5, 6, 7, 8)), null, null);
        assertEquals(same, ParliamentPredictor.correlateWithClause(doc, same));
        Event source = new Event(ts(3), Map.of("Source", ts(2), "Message", ts(5, 6, 7, 8)), null, null);
        assertEquals(source, ParliamentPredictor.correlateWithClause(doc, source));
        // a role token between the adverb and the comma: not the adverb's clause
        Event between = new Event(ts(1), Map.of("Topic", ts(2), "Message", ts(3, 5, 6, 7, 8)), null, null);
        assertEquals(between, ParliamentPredictor.correlateWithClause(doc, between));
        // right after the adverb ("reden darüber , ob …"): the comma goes with the clause
        AnnotatedDocument adjacent = StatementExtractorTest.parse("Wir/PRON/1/nsubj/wir reden/VERB/-1/root/reden darüber/ADV/1/advmod/darüber"
                + " ~,/PUNCT/6/punct/, ob/SCONJ/6/mark/ob das/PRON/6/nsubj/das geht/VERB/2/ccomp/gehen ~./PUNCT/1/punct/.");
        Event adj = new Event(ts(1), Map.of("Topic", ts(2), "Message", ts(3, 4, 5, 6)), null, null);
        assertEquals(ts(2, 3, 4, 5, 6), ParliamentPredictor.correlateWithClause(adjacent, adj).role("Topic"));
        // before a dass-clause the pair is a Message: the adverb joins the clause ("plädieren dafür , dass …")
        AnnotatedDocument dass = StatementExtractorTest.parse("Wir/PRON/1/nsubj/wir plädieren/VERB/-1/root/plädieren dafür/ADV/1/advmod/dafür"
                + " ~,/PUNCT/6/punct/, dass/SCONJ/6/mark/dass das/PRON/6/nsubj/das geht/VERB/2/ccomp/gehen ~./PUNCT/1/punct/.");
        Event plead = new Event(ts(1), Map.of("Topic", ts(2), "Message", ts(4, 5, 6)), null, null);
        Event pair = ParliamentPredictor.correlateWithClause(dass, plead);
        assertEquals(ts(2, 4, 5, 6), pair.role("Message"));
        assertTrue(pair.role("Topic").isEmpty());
    }

    @Test
    void aCorrelateWithARoleGivesItToItsUnlabelledClause() {
        // "Wir müssen darüber nachdenken , wie wir das machen ." tagged Topic "darüber" only: the w-clause joins the Topic
        AnnotatedDocument doc = StatementExtractorTest.parse("Wir/PRON/3/nsubj/wir müssen/AUX/3/aux/müssen darüber/ADV/3/advmod/darüber"
                + " nachdenken/VERB/-1/root/nachdenken ~,/PUNCT/8/punct/, wie/ADV/8/advmod/wie wir/PRON/8/nsubj/wir"
                + " das/PRON/8/obj/das machen/VERB/3/ccomp/machen ~./PUNCT/3/punct/.");
        Event adverb = new Event(ts(3), Map.of("Source", ts(0), "Topic", ts(2)), null, null);
        Event joined = ParliamentPredictor.correlateWithClause(doc, adverb);
        assertEquals(ts(2, 5, 6, 7, 8), joined.role("Topic"));
        assertEquals(ts(0), joined.role("Source"));
        // a role token in the clause: not an unlabelled clause, unchanged
        Event partly = new Event(ts(3), Map.of("Topic", ts(2), "Source", ts(6)), null, null);
        assertEquals(partly, ParliamentPredictor.correlateWithClause(doc, partly));
        // the adverb's role, whatever the opener ("darauf hinweisen , welchen …" tagged Message): its comma joins
        AnnotatedDocument dass = StatementExtractorTest.parse("Wir/PRON/1/nsubj/wir plädieren/VERB/-1/root/plädieren dafür/ADV/1/advmod/dafür"
                + " ~,/PUNCT/6/punct/, dass/SCONJ/6/mark/dass das/PRON/6/nsubj/das geht/VERB/2/ccomp/gehen ~./PUNCT/1/punct/.");
        Event plead = ParliamentPredictor.correlateWithClause(dass, new Event(ts(1), Map.of("Topic", ts(2)), null, null));
        assertEquals(ts(2, 3, 4, 5, 6), plead.role("Topic"));
        assertTrue(plead.role("Message").isEmpty());
    }

    @Test
    void aPronounMessageDropsTheStretchesBesideIt() {
        // "Das verstehen die Menschen nicht , und deswegen muss das geändert werden ." tagged "Das" + "und deswegen …": "Das"
        AnnotatedDocument doc = StatementExtractorTest.parse("Das/PRON/1/obj/das verstehen/VERB/-1/root/verstehen die/DET/3/det/die"
                + " Menschen/NOUN/1/nsubj/Mensch nicht/PART/1/advmod/nicht ~,/PUNCT/10/punct/, und/CCONJ/10/cc/und"
                + " deswegen/ADV/10/advmod/deswegen muss/AUX/10/aux/müssen das/PRON/10/nsubj:pass/das geändert/VERB/1/conj/ändern"
                + " werden/AUX/10/aux:pass/werden ~./PUNCT/1/punct/.");
        Event both = new Event(ts(1), Map.of("Source", ts(2, 3), "Message", ts(0, 6, 7, 8, 9, 10, 11)), null, null);
        Event one = ParliamentPredictor.pronounMessage(doc, both);
        assertEquals(ts(0), one.role("Message"));
        assertEquals(ts(2, 3), one.role("Source"));
        // one stretch, or no lone pronoun: unchanged
        Event single = new Event(ts(1), Map.of("Message", ts(0)), null, null);
        assertEquals(single, ParliamentPredictor.pronounMessage(doc, single));
        Event longer = new Event(ts(1), Map.of("Message", ts(2, 3, 6, 7)), null, null);
        assertEquals(longer, ParliamentPredictor.pronounMessage(doc, longer));
        // after a colon the pronoun announces the stretch ("Sie haben es gesagt : Das geht .")
        AnnotatedDocument colon = StatementExtractorTest.parse("Sie/PRON/3/nsubj/sie haben/AUX/3/aux/haben es/PRON/3/obj/es"
                + " gesagt/VERB/-1/root/sagen ~:/PUNCT/3/punct/: Das/PRON/6/nsubj/das geht/VERB/3/parataxis/gehen ~./PUNCT/3/punct/.");
        Event announced = new Event(ts(3), Map.of("Source", ts(0), "Message", ts(2, 5, 6)), null, null);
        assertEquals(announced, ParliamentPredictor.pronounMessage(colon, announced));
    }

    private static SortedSet<Integer> ts(Integer... ids) {
        return new TreeSet<>(List.of(ids));
    }
}

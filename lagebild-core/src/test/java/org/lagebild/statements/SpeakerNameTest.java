package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.actors.ActorResolver;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/** Session 34: speakers' names the parse splits or hangs on another word (sentences from 10kGNAD articles). */
class SpeakerNameTest {

    private static List<StatementRecord> statements(String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        return new StatementExtractor(doc, new ActorResolver(doc).resolve()).extract();
    }

    /** Two coordinated titles before one name: the parse hangs the name on the second title. */
    @Test
    void twoTitlesOfOneNameAreThatPerson() {
        List<StatementRecord> rs = statements("Die frühere ÖIAG-Aufsichtsrätin und jetzige ÖBB-Aufsichtsratschefin "
                + "Brigitte Ederer warnte vor einem schleichenden Ausverkauf der OMV.");
        assertEquals(1, rs.size(), rs.toString());
        assertEquals("person:brigitte-ederer", rs.get(0).speaker().actor());
        assertEquals("Die frühere ÖIAG-Aufsichtsrätin und jetzige ÖBB-Aufsichtsratschefin Brigitte Ederer",
                rs.get(0).speaker().text());
    }

    /** A particle surname the parse split into a subject and an object is one speaker and no addressee. */
    @Test
    void aSplitNameIsTheWholeSpeakerAndNoAddressee() {
        List<StatementRecord> rs = statements("Alexander Van der Bellen stellte sein Programm vor. Konkret schlägt Van der "
                + "Bellen eine Kostenbeschränkung von 2,5 Millionen Euro pro Kandidat vor.");
        StatementRecord r = rs.stream().filter(x -> x.cue().text().contains("schlägt")).findFirst()
                .orElseThrow(() -> new AssertionError(rs.toString()));
        assertEquals("Van der Bellen", r.speaker().text());
        assertEquals("person:alexander-van-der-bellen", r.speaker().actor());
        assertNull(r.addressee(), r.toString());
    }

    /** Two names the NER ran together: the speaker is the first, known by its surname, not both. */
    @Test
    void aNameAfterTheSpeakersIsNotPartOfTheSpeaker() {
        List<StatementRecord> rs = statements("Van der Bellen schwieg. Herbert Kickl sprach lange. Im Übrigen forderte Kickl "
                + "Van der Bellen auf, sich von linken Krawallbrüdern zu distanzieren.");
        StatementRecord r = rs.stream().filter(x -> x.cue().text().contains("forderte")).findFirst()
                .orElseThrow(() -> new AssertionError(rs.toString()));
        assertEquals("Kickl", r.speaker().text());
        assertEquals("person:herbert-kickl", r.speaker().actor());
        // a role noun after the owner's name stays ("Kerrys Sprecher" speaks for Kerry)
        List<StatementRecord> spokesman = statements("John Kerry reiste nach Kairo. Kerrys Sprecher unterstrich, dass die "
                + "USA den Siedlungsbau weiterhin als illegal betrachteten.");
        assertEquals("Kerrys Sprecher", spokesman.get(0).speaker().text(), spokesman.toString());
        // and a description before a name (news dev: "Der Vorsitzende Richter Klaus Tolksdorf")
        List<StatementRecord> judge = statements("Es handle sich um eine kriminelle Vereinigung, sagte der Vorsitzende "
                + "Richter Klaus Tolksdorf.");
        assertEquals("der Vorsitzende Richter Klaus Tolksdorf", judge.get(0).speaker().text(), judge.toString());
    }
}

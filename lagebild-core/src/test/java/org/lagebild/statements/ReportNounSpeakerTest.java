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

/** Session 32: a definite report noun as the speaker ("Dem Bericht zufolge") is the source the text has just named. */
class ReportNounSpeakerTest {

    private static List<StatementRecord> statements(String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        return new StatementExtractor(doc, new ActorResolver(doc).resolve()).extract();
    }

    private static StatementRecord spokenBy(List<StatementRecord> rs, String speaker) {
        return rs.stream().filter(r -> r.speaker() != null && r.speaker().text().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError(speaker + " speaks in none of " + rs));
    }

    @Test
    void demBerichtZufolgeIsTheNewspaperThatReported() {
        List<StatementRecord> rs = statements("Die Flüchtlinge ließen sich mit russischen Autos nach Norwegen bringen, "
                + "berichtete der Guardian am Montag. Der Grenzübertritt sei legal. Dem Bericht zufolge suchen jeden "
                + "Monat zwischen fünf und 20 Flüchtlinge den Weg über den Polarkreis.");
        assertEquals(spokenBy(rs, "der Guardian").speaker().actor(), spokenBy(rs, "Dem Bericht").speaker().actor());
        assertEquals("GUARDIAN", spokenBy(rs, "Dem Bericht").speaker().actor());
    }

    @Test
    void aReportWithAnOwnerOfItsOwnIsNotTheSpeakerBefore() {
        List<StatementRecord> rs = statements("Die Regierung sei säumig geblieben, beklagte sich Gewerkschaftschef "
                + "Rudolf Kaske. Kein Verständnis hat er für die Mitterlehner-Aussage, wonach die Arbeitnehmer ständig "
                + "neue Schutzbestimmungen fordern.");
        assertNull(spokenBy(rs, "die Mitterlehner-Aussage").speaker().actor());
    }
}

package org.lagebild.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.model.StatementRecord;

/** English works on a comparable report: the bundled VOA story on European defence (public domain). */
class EnglishArticleTest {
    private static Analysis analysis() {
        return Fixtures.analyze("voa-europe-rearming-2025-03.txt", null);
    }

    @Test
    void speakersOfDirectAndIndirectQuotes() {
        Analysis a = analysis();
        assertEquals("en", a.lang());
        assertEquals("2025-03-11", a.date());
        String brekelmans = CanonicalArticleTest.actor(a, "Ruben Brekelmans").id();
        String vdl = CanonicalArticleTest.actor(a, "Ursula von der Leyen").id();
        String duclos = CanonicalArticleTest.actor(a, "Michel Duclos").id();

        StatementRecord shot = CanonicalArticleTest.statement(a, s -> s.quote().text().endsWith("We only have one shot"));
        assertEquals(brekelmans, shot.speaker().actor());
        assertEquals("direct", shot.form());
        StatementRecord he = CanonicalArticleTest.statement(a, s -> s.quote().text().startsWith("Europeans can no longer"));
        assertEquals(brekelmans, he.speaker().actor());
        assertEquals("he", he.speaker().text());
        StatementRecord surge = CanonicalArticleTest.statement(a, s -> s.quote().text().startsWith("We need a surge"));
        assertEquals(vdl, surge.speaker().actor());
        assertEquals("she", surge.speaker().text());
        assertTrue(a.statements().stream().anyMatch(s -> s.speaker() != null && duclos.equals(s.speaker().actor())));
    }

    @Test
    void actorsRolesTimesAndQuantities() {
        Analysis a = analysis();
        assertEquals("NLD", CanonicalArticleTest.actor(a, "Ruben Brekelmans").country());
        assertEquals("COUNTRY", CanonicalArticleTest.byId(a, "RUS").type());
        assertEquals("GOV", CanonicalArticleTest.byId(a, "USA-GOV").sector()); // "Washington"
        assertEquals("2025-03-11", CanonicalArticleTest.time(a, "Tuesday").value());
        assertEquals(873e9, CanonicalArticleTest.quantity(a, "$873 billion").value());
        assertEquals("USD", CanonicalArticleTest.quantity(a, "$873 billion").unit());
    }

    @Test
    void anAccordingToSourceIsTheNounPhraseWithoutTheCue() {
        Analysis a = Fixtures.analyze(new Document("t", "The economy grew by 3 percent last year, according to the World Bank. "
                + "According to the report, the fighting killed 40 people.", "en", null, null, null, "t"));
        StatementRecord bank = CanonicalArticleTest.statement(a, s -> s.quote().text().startsWith("The economy grew"));
        assertEquals("the World Bank", bank.speaker().text());
        assertEquals("according to", bank.cue().text());
        StatementRecord report = CanonicalArticleTest.statement(a, s -> s.quote().text().startsWith("the fighting killed"));
        assertEquals("the report", report.speaker().text());
    }
}

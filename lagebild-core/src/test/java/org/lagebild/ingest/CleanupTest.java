package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Region.Kind;

class CleanupTest {

    private static List<String> texts(CleanText c, Kind kind) {
        return c.regions(kind).stream().map(r -> r.text(c.text())).toList();
    }

    @Test
    void sampleArticle() throws IOException {
        String text = DocumentReaderTest.sample();
        CleanText c = Cleanup.clean(text, "de");
        assertEquals(List.of("date 2022-01"), texts(c, Kind.META));
        assertEquals(List.of("Foto: JOHN THYS/AFP via Getty Images", "Foto: JOHN THYS/AFP via Getty Images"),
                texts(c, Kind.CREDIT));
        assertEquals(List.of("Nato-Generalsekretär Jens Stoltenberg."), texts(c, Kind.CAPTION));
        assertEquals(List.of("Große Meinungsverschiedenheiten", "Letzt Nato-Russland-Rat tagte 2019"),
                texts(c, Kind.HEADING));
        assertEquals(List.of("(afp/oz)"), texts(c, Kind.SIGNATURE));

        String masked = c.masked();
        assertEquals(text.length(), masked.length());
        assertFalse(masked.contains("Foto"));
        assertFalse(masked.contains("afp/oz"));
        assertFalse(masked.contains("Meinungsverschiedenheiten\n"));
        int body = text.indexOf("Nach dem ersten Treffen");
        for (int i = 0; i < text.length(); i++) {
            char expected = c.excluded(i) && text.charAt(i) != '\n' ? ' ' : text.charAt(i);
            assertEquals(expected, masked.charAt(i), "offset " + i);
        }
        assertEquals(text.indexOf(" Nach Angaben Stoltenbergs"), masked.indexOf(" Nach Angaben Stoltenbergs"));
        assertTrue(c.excluded(text.indexOf("Foto")));
        assertFalse(c.excluded(body));

        List<Region> paragraphs = c.bodyParagraphs();
        assertEquals(12, paragraphs.size());
        assertTrue(paragraphs.get(0).text(text).startsWith("Nach dem ersten Treffen"));
        assertTrue(paragraphs.get(11).text(text).endsWith("ums Leben."));
    }

    @Test
    void headingsCanStayVisible() throws IOException {
        String text = DocumentReaderTest.sample();
        CleanText c = Cleanup.clean(text, "de", false);
        int h = text.indexOf("Große Meinungsverschiedenheiten");
        assertFalse(c.excluded(h));
        assertEquals(2, c.regions(Kind.HEADING).size());
        assertTrue(c.masked().contains("Große Meinungsverschiedenheiten"));
        assertTrue(c.withHeadingsMasked(true).excluded(h));
        assertEquals(14, c.bodyParagraphs().size());
    }

    @Test
    void englishCreditsCaptionsAndSignatures() {
        String text = """
                Russia demands security guarantees

                NATO Secretary General Jens Stoltenberg speaks in Brussels. Photo: Reuters

                The alliance rejected Moscow's demands, Stoltenberg said after talks that lasted four hours.
                U.S. Deputy Secretary of State Wendy Sherman said (AP) reporters were briefed. (Reuters)

                President Biden speaks at the White House, Jan. 12, 2022. (AP Photo/Evan Vucci)

                Russia said it had no plans to invade. (Reporting by Sabine Siebold; Editing by Toby Chopra)
                """;
        CleanText c = Cleanup.clean(text, "en");
        assertEquals(List.of("Russia demands security guarantees"), texts(c, Kind.HEADING));
        assertEquals(List.of("Photo: Reuters", "(AP Photo/Evan Vucci)"), texts(c, Kind.CREDIT));
        assertEquals(List.of("NATO Secretary General Jens Stoltenberg speaks in Brussels.",
                "President Biden speaks at the White House, Jan. 12, 2022."), texts(c, Kind.CAPTION));
        assertEquals(List.of("(Reuters)", "(Reporting by Sabine Siebold; Editing by Toby Chopra)"),
                texts(c, Kind.SIGNATURE));
        assertFalse(c.excluded(text.indexOf("(AP) reporters")), "agency mid-sentence stays");
    }

    @Test
    void germanVariants() {
        String text = """
                BERLIN (dpa) - Die Bundesregierung hat am Dienstag neue Hilfen beschlossen. Das sagte ein Sprecher (dpa) nicht.

                Bundeskanzler Olaf Scholz im Bundestag.
                Bild: picture alliance/dpa | Kay Nietfeld

                Lesen Sie auch: Warum die Nato Russland misstraut

                Das Bild: eine Regierung, die sich nicht einig ist, und eine Opposition ohne Plan.

                Die Opposition kritisierte die Pläne scharf, sie seien zu teuer. (dpa/jk)

                © dpa-infocom, dpa:220112-99-123456/2
                """;
        CleanText c = Cleanup.clean(text, "de");
        assertEquals(List.of("BERLIN (dpa) -"), texts(c, Kind.META));
        assertEquals(List.of("Bild: picture alliance/dpa | Kay Nietfeld"), texts(c, Kind.CREDIT));
        assertEquals(List.of("Bundeskanzler Olaf Scholz im Bundestag."), texts(c, Kind.CAPTION));
        assertEquals(List.of("Lesen Sie auch: Warum die Nato Russland misstraut"), texts(c, Kind.BOILERPLATE));
        assertEquals(List.of("(dpa/jk)", "© dpa-infocom, dpa:220112-99-123456/2"), texts(c, Kind.SIGNATURE));
        assertFalse(c.excluded(text.indexOf("Das Bild:")), "'Bild:' inside prose is not a credit");
        assertFalse(c.excluded(text.indexOf("(dpa) nicht")));
        assertTrue(c.regions(Kind.HEADING).isEmpty(), () -> texts(c, Kind.HEADING).toString());
    }

    @Test
    void partyAbbreviationsAndListsAreNotSignaturesOrHeadings() {
        String text = """
                Bundesverteidigungsministerin Christine Lambrecht (SPD)

                Sie nimmt per Video teil. Die Opposition widersprach. (CDU)

                - erster Punkt
                - zweiter Punkt

                Er sagte: „Wir bleiben hart.“
                Danach ging es weiter.
                """;
        CleanText c = Cleanup.clean(text, "de");
        assertTrue(c.regions(Kind.SIGNATURE).isEmpty(), () -> c.regions().toString());
        assertEquals(List.of("Bundesverteidigungsministerin Christine Lambrecht (SPD)"), texts(c, Kind.HEADING));
    }

    @Test
    void headingsGluedToThePreviousParagraph() {
        String text = """
                Der Bundesgerichtshof hat fünf Haftbefehle erlassen. Brandstiftung in Zwickau

                Ein Haus wurde in Brand gesteckt. Die Polizei geht von einer Tatserie aus.Nagelbomben-Attentat in Köln

                Dort wurden 22 Menschen verletzt. Die Spezialität des Lokals sind die knusprigen Stelzen

                Er sprach mit Prof. Hans Müller

                Die Tat geschah am 4. November

                Das Ende.
                """;
        CleanText c = Cleanup.clean(text, "de");
        assertEquals(List.of("Brandstiftung in Zwickau", "Nagelbomben-Attentat in Köln"), texts(c, Kind.HEADING));
    }

    @Test
    void textWithoutBlankLinesAndCrLf() {
        String text = "Titel ohne Punkt\r\nErster Satz des Artikels steht hier.\r\nZweiter Satz. (AFP)\r\n";
        CleanText c = Cleanup.clean(text, null);
        assertEquals(List.of("Titel ohne Punkt"), texts(c, Kind.HEADING));
        assertEquals(List.of("(AFP)"), texts(c, Kind.SIGNATURE));
        assertEquals(text.length(), c.masked().length());
        assertTrue(c.masked().contains("\r\n"));
    }

    @Test
    void pathologicalInputIsFast() {
        String longLine = "Foto: " + "a/".repeat(500_000) + " (" + "x".repeat(100_000);
        String manyLines = "Kurz\n\n".repeat(100_000);
        String spaces = "(" + " ".repeat(200_000) + "dpa";
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> { // hang guard, not a speed test
            Cleanup.clean(longLine, "de").masked();
            Cleanup.clean(manyLines, "en").bodyParagraphs();
            Cleanup.clean(spaces, null).bodyParagraphs();
            Cleanup.clean("", "de").masked();
        });
    }
}

package org.lagebild.statements;

import org.junit.jupiter.api.Test;
import org.lagebild.data.MalformedDataException;
import org.lagebild.nlp.morph.GermanVerbs;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueLexiconTest {

    private final CueLexicon lex = CueLexicon.get();

    @Test
    void everyRowParsedAndBothLanguagesPresent() {
        assertTrue(lex.all("de").size() > 400, "de cues: " + lex.all("de").size());
        assertTrue(lex.all("en").size() > 100, "en cues: " + lex.all("en").size());
        for (String lang : List.of("de", "en")) {
            for (Cue c : lex.all(lang)) {
                assertTrue(c.strength() >= 1 && c.strength() <= 3, c.toString());
                assertTrue(!c.lemma().isBlank(), c.toString());
            }
        }
    }

    @Test
    void sampleArticleCues() {
        Cue sagen = lex.verb("sagen", "de").orElseThrow();
        assertEquals(1, sagen.strength());
        assertEquals(Cue.Medium.SPEECH, sagen.medium());
        assertEquals(1, lex.verb("erklären", "de").orElseThrow().strength());
        assertEquals(1, lex.verb("betonen", "de").orElseThrow().strength());
        assertEquals(1, lex.verb("einräumen", "de").orElseThrow().strength());
        assertEquals(Cue.Medium.WRITING, lex.verb("mitteilen", "de").orElseThrow().medium());
        assertEquals(Cue.Medium.WRITING, lex.verb("twittern", "de").orElseThrow().medium());
        assertEquals(Cue.Medium.THOUGHT, lex.verb("befürchten", "de").orElseThrow().medium());
        assertTrue(lex.verb("sprechen", "de").isPresent());
        assertTrue(lex.prep("laut", "de").isPresent());
        assertTrue(lex.prep("zufolge", "de").isPresent());
        assertTrue(lex.prep("so", "de").isPresent());
        assertTrue(lex.prep("demnach", "de").isPresent());
        assertTrue(lex.phrase("nach Angaben", "de").isPresent());
        assertTrue(lex.phrase("deutlich machen", "de").isPresent());
        assertTrue(lex.phrase("es heißen", "de").isPresent(), "phrases are looked up as word + verb lemma");
        assertTrue(lex.noun("Angaben", "de").isPresent());
        assertTrue(lex.noun("angaben", "de").isPresent(), "noun lookup is case-insensitive");
        assertTrue(lex.verb("Stoltenberg", "de").isEmpty());
        assertTrue(lex.verb("sagen", "xx").isEmpty());
        assertTrue(lex.verb(null, "de").isEmpty());
    }

    @Test
    void inflectedAndCompoundNounsFindTheirCueNoun() {
        for (String[] c : new String[][] {{"Antrag", "Antrag"}, {"Anträgen", "Antrag"}, {"Beweisanträge", "Beweisantrag"}, {"Oppositionsanträgen", "Antrag"},
                {"FDP-Antrag", "Antrag"}, {"Befürchtungen", "Befürchtung"}, {"Fragen", "Frage"}, {"Gesetzes", "Gesetz"}}) {
            assertEquals(c[1], lex.nounForm(c[0], "de").map(Cue::lemma).orElse(null), c[0]);
        }
        // the head of "Antragsteller" is no cue noun; "Lage" and a short word are none either
        for (String w : List.of("Antragsteller", "Lage", "Rat", "Haus")) {
            assertTrue(lex.nounForm(w, "de").isEmpty(), w);
        }
        assertTrue(lex.nounForm("Anträge", "en").isEmpty(), "German morphology only");
    }

    @Test
    void wordsAnotherNounHeadsAreNoCueNouns() {
        // an Einsatz, a Zeitraum, the Förderung (an undone umlaut), person nouns in -er (cue-noun-false-heads-de.tsv)
        for (String w : List.of("Kampfeinsatz", "Einsätze", "Zeitraum", "Förderung", "Herausforderungen", "Kapazitäten",
                "US-Botschafter", "Kritikern", "Befürworter", "Bankenaufsicht", "Angesichts", "Ausflüge")) {
            assertTrue(lex.nounForm(w, "de").isEmpty(), w);
        }
        // the cue nouns themselves and their real compounds stay cues
        for (String[] c : new String[][] {{"Satz", "Satz"}, {"Sätze", "Satz"}, {"Forderungen", "Forderung"},
                {"Lösegeldforderungen", "Forderung"}, {"US-Botschaft", "Botschaft"}, {"Videobotschaft", "Botschaft"},
                {"Kritik", "Kritik"}, {"Medienkritik", "Kritik"}, {"Sicht", "Sicht"}, {"Absicht", "Absicht"}, {"Zitat", "Zitat"},
                {"Einsatzbericht", "Bericht"}}) {
            assertEquals(c[1], lex.nounForm(c[0], "de").map(Cue::lemma).orElse(null), c[0]);
        }
    }

    @Test
    void englishCues() {
        assertTrue(lex.verb("say", "en").isPresent());
        assertTrue(lex.verb("tweet", "en").isPresent());
        assertEquals(Cue.Medium.WRITING, lex.verb("write", "en").orElseThrow().medium());
        assertTrue(lex.prep("according to", "en").isPresent());
        assertTrue(lex.phrase("said in a statement", "en").isPresent());
    }

    @Test
    void strongGermanVerbCuesAreKnownToTheLemmatiser() {
        GermanVerbs verbs = GermanVerbs.get();
        for (Cue c : lex.all("de")) {
            if (c.kind() == Cue.Kind.VERB && c.strength() == 1) {
                assertTrue(verbs.knows(c.lemma()), "verbs-de.tsv lacks strong cue verb " + c.lemma());
            }
        }
    }

    @Test
    void malformedRowsFailWithFileAndLine() {
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> CueLexicon.load(Map.of("de", "org/lagebild/data/bad-cues.tsv")));
        assertEquals("org/lagebild/data/bad-cues.tsv", e.resource());
        assertEquals(3, e.line());
    }
}

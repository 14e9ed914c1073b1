package org.lagebild.nlp.morph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lagebild.data.MalformedDataException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GermanVerbsTest {

    private final GermanVerbs verbs = GermanVerbs.get();

    /** Every verb form of the canonical sample article (particle = separated particle or empty). */
    @ParameterizedTest(name = "{0} {1} -> {2} {3} {4}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "bleiben;-;bleiben;PRESENT;AMBIGUOUS",
            "sagte;-;sagen;PAST;AMBIGUOUS",
            "bestünden;-;bestehen;PAST;SUBJUNCTIVE_II",
            "sprach;-;sprechen;PAST;INDICATIVE",
            "wiesen;zurück;zurückweisen;PAST;AMBIGUOUS", // Konj. II "wiesen" = indicative
            "werden;-;werden;PRESENT;AMBIGUOUS",
            "machen;-;machen;PRESENT;AMBIGUOUS",
            "habe;-;haben;PRESENT;SUBJUNCTIVE_I",
            "kann;-;können;PRESENT;INDICATIVE",
            "gemacht;-;machen;PARTICIPLE;NONE",
            "hat;-;haben;PRESENT;INDICATIVE",
            "wählen;-;wählen;PRESENT;AMBIGUOUS",
            "erklärte;-;erklären;PAST;AMBIGUOUS",
            "müsse;-;müssen;PRESENT;SUBJUNCTIVE_I",
            "entscheiden;-;entscheiden;PRESENT;AMBIGUOUS",
            "geht;-;gehen;PRESENT;INDICATIVE",
            "war;-;sein;PAST;INDICATIVE",
            "seien;-;sein;PRESENT;SUBJUNCTIVE_I",
            "gewesen;-;sein;PARTICIPLE;NONE",
            "getreten;-;treten;PARTICIPLE;NONE",
            "nahm;teil;teilnehmen;PAST;INDICATIVE",
            "bestehe;-;bestehen;PRESENT;SUBJUNCTIVE_I",
            "räumte;ein;einräumen;PAST;AMBIGUOUS",
            "wirft;vor;vorwerfen;PRESENT;INDICATIVE",
            "zusammengezogen;-;zusammenziehen;PARTICIPLE;NONE",
            "haben;-;haben;PRESENT;AMBIGUOUS",
            "ist;-;sein;PRESENT;INDICATIVE",
            "betonte;-;betonen;PAST;AMBIGUOUS",
            "stehe;-;stehen;PRESENT;SUBJUNCTIVE_I",
            "will;-;wollen;PRESENT;INDICATIVE",
            "öffnen;-;öffnen;PRESENT;AMBIGUOUS",
            "waren;-;sein;PAST;INDICATIVE",
            "geschlossen;-;schließen;PARTICIPLE;NONE",
            "worden;-;werden;PARTICIPLE;NONE",
            "hatte;-;haben;PAST;INDICATIVE",
            "gedämpft;-;dämpfen;PARTICIPLE;NONE",
            "gehe;-;gehen;PRESENT;SUBJUNCTIVE_I",
            "zustimmt;-;zustimmen;PRESENT;INDICATIVE",
            "blieb;-;bleiben;PAST;INDICATIVE",
            "fordert;-;fordern;PRESENT;INDICATIVE",
            "verhindern;-;verhindern;PRESENT;AMBIGUOUS",
            "tagte;-;tagen;PAST;AMBIGUOUS",
            "gerufen;-;rufen;PARTICIPLE;NONE",
            "getagt;-;tagen;PARTICIPLE;NONE",
            "soll;-;sollen;PRESENT;INDICATIVE",
            "geben;-;geben;PRESENT;AMBIGUOUS",
            "wurde;-;werden;PAST;INDICATIVE",
            "erwartet;-;erwarten;PRESENT;INDICATIVE",
            "wollte;-;wollen;PAST;AMBIGUOUS",
            "beraten;-;beraten;PRESENT;AMBIGUOUS",
            "nimmt;teil;teilnehmen;PRESENT;INDICATIVE",
            "gegangen;-;gehen;PARTICIPLE;NONE",
            "sicherte;zu;zusichern;PAST;AMBIGUOUS",
            "stationieren;-;stationieren;PRESENT;AMBIGUOUS",
            "wollen;-;wollen;PRESENT;AMBIGUOUS",
            "bekämpfen;-;bekämpfen;PRESENT;AMBIGUOUS",
            "wurden;-;werden;PAST;INDICATIVE",
            "getötet;-;töten;PARTICIPLE;NONE",
            "kam;-;kommen;PAST;INDICATIVE",
    })
    void sampleArticleForms(String form, String particle, String lemma, Tense tense, Mood mood) {
        VerbForm v = verbs.analyse(form, particle).orElseThrow(() -> new AssertionError("no reading: " + form));
        assertEquals(lemma, v.lemma(), form);
        assertEquals(tense, v.tense(), form);
        assertEquals(mood, v.mood(), form);
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = ';', value = {
            "zusammenzuziehen;zusammenziehen;ZU_INFINITIVE;NONE",
            "wäre;sein;PAST;SUBJUNCTIVE_II",
            "hätte;haben;PAST;SUBJUNCTIVE_II",
            "würde;werden;PAST;SUBJUNCTIVE_II",
            "käme;kommen;PAST;SUBJUNCTIVE_II",
            "gäbe;geben;PAST;SUBJUNCTIVE_II",
            "sei;sein;PRESENT;SUBJUNCTIVE_I",
            "werde;werden;PRESENT;SUBJUNCTIVE_I",
            "könne;können;PRESENT;SUBJUNCTIVE_I",
            "wolle;wollen;PRESENT;SUBJUNCTIVE_I",
            "solle;sollen;PRESENT;SUBJUNCTIVE_I",
            "zurückgewiesen;zurückweisen;PARTICIPLE;NONE",
            "anzuerkennen;anerkennen;ZU_INFINITIVE;NONE",
            "anerkannt;anerkennen;PARTICIPLE;NONE",
            "ankündigte;ankündigen;PAST;AMBIGUOUS",
            "angekündigt;ankündigen;PARTICIPLE;NONE",
            "bekämpft;bekämpfen;PRESENT;INDICATIVE",
            "verhandelte;verhandeln;PAST;AMBIGUOUS",
            "verhandele;verhandeln;PRESENT;SUBJUNCTIVE_I",
            "unterstützt;unterstützen;PRESENT;INDICATIVE",
            "festgenommen;festnehmen;PARTICIPLE;NONE",
            "stationiert;stationieren;PRESENT;INDICATIVE",
            "arbeitete;arbeiten;PAST;AMBIGUOUS",
            "geöffnet;öffnen;PARTICIPLE;NONE",
            "hielt;halten;PAST;INDICATIVE",
            "hielte;halten;PAST;SUBJUNCTIVE_II",
            "dächte;denken;PAST;SUBJUNCTIVE_II",
            "dachte;denken;PAST;INDICATIVE",
            "Sagte;sagen;PAST;AMBIGUOUS",
            "bezeichnete;bezeichnen;PAST;AMBIGUOUS",
            "rechnete;rechnen;PAST;AMBIGUOUS",
            "wohnt;wohnen;PRESENT;INDICATIVE",
    })
    void moreForms(String form, String lemma, Tense tense, Mood mood) {
        VerbForm v = verbs.analyse(form, null).orElseThrow(() -> new AssertionError("no reading: " + form));
        assertEquals(lemma, v.lemma(), form);
        assertEquals(tense, v.tense(), form);
        assertEquals(mood, v.mood(), form);
        assertFalse(v.guessed(), form + " should be lexicon-confirmed");
    }

    @Test
    void separatedParticleCombinations() {
        assertEquals("einräumen", verbs.analyse("räumte", "ein").orElseThrow().lemma());
        assertEquals("mitteilen", verbs.analyse("teilte", "mit").orElseThrow().lemma());
        assertEquals("ankündigen", verbs.analyse("kündigte", "an").orElseThrow().lemma());
        assertEquals("zustimmen", verbs.analyse("stimmt", "zu").orElseThrow().lemma());
        VerbForm guessed = verbs.analyse("sagte", "weg").orElseThrow();
        assertEquals("wegsagen", guessed.lemma());
        assertTrue(guessed.guessed(), "unlisted particle verb must be flagged");
        // participles never strand a particle
        assertTrue(verbs.analyses("gesagt", "zu").isEmpty());
    }

    @Test
    void separableCueVerbsOfTheQuotationLexiconAreListed() {
        // "hob … hervor": unlisted, the lemmatiser kept the plain base "heben" and the cue "hervorheben" was lost
        VerbForm v = verbs.analyse("hob", "hervor").orElseThrow();
        assertEquals("hervorheben", v.lemma());
        assertFalse(v.guessed());
        assertFalse(verbs.analyse("gab", "wieder").orElseThrow().guessed());
        assertEquals("heben", verbs.analyse("hob", null).orElseThrow().lemma()); // no particle: the base verb
        assertTrue(verbs.analyse("hob", "weg").orElseThrow().guessed()); // "wegheben" is not listed
    }

    @Test
    void personAndNumber() {
        VerbForm v = verbs.analyse("bestünden", null).orElseThrow();
        assertEquals(3, v.person());
        assertEquals(Boolean.TRUE, v.plural());
        VerbForm s = verbs.analyse("sagt", null).orElseThrow();
        assertEquals(3, s.person());
        assertEquals(Boolean.FALSE, s.plural());
        assertTrue(verbs.analyses("sagt", null).stream().anyMatch(r -> r.person() == 2 && r.plural()));
    }

    @Test
    void unknownVerbsAreGuessedAndFlagged() {
        VerbForm p = verbs.analyse("getwittert", null).orElseThrow();
        assertEquals("twittern", p.lemma());
        assertEquals(Tense.PARTICIPLE, p.tense());
        VerbForm g = verbs.analyse("skypte", null).orElseThrow();
        assertEquals("skypen", g.lemma());
        assertTrue(g.guessed());
        assertEquals("zeichnen", verbs.analyse("gezeichnet", null).orElseThrow().lemma());
        VerbForm c = verbs.analyse("hochgezogen", null).orElseThrow();
        assertEquals("hochziehen", c.lemma());
        assertTrue(c.guessed());
    }

    @Test
    void junkInputIsHarmless() {
        assertTrue(verbs.analyse(null, null).isEmpty());
        assertTrue(verbs.analyse("", null).isEmpty());
        assertTrue(verbs.analyse("„", null).isEmpty());
        assertTrue(verbs.analyse("a".repeat(100_000), "zu").isEmpty());
        assertTrue(verbs.analyse("xyz", null).isEmpty());
    }

    @Test
    void malformedRowsFailWithFileAndLine() {
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> GermanVerbs.load(
                "org/lagebild/data/bad-verbs.tsv", GermanVerbs.PARTICLES));
        assertEquals("org/lagebild/data/bad-verbs.tsv", e.resource());
        assertEquals(3, e.line());
        MalformedDataException c = assertThrows(MalformedDataException.class, () -> GermanVerbs.load(
                "org/lagebild/data/bad-compound.tsv", GermanVerbs.PARTICLES));
        assertTrue(c.getMessage().contains("bad-compound.tsv:2"), c.getMessage());
    }
}

package org.lagebild.events;

import org.junit.jupiter.api.Test;
import org.lagebild.data.MalformedDataException;
import org.lagebild.nlp.morph.GermanVerbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLexiconTest {

    private static final List<String> TYPES = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT");

    private final EventLexicon lex = EventLexicon.get();

    @Test
    void sixteenPloverTypesWithQuadClasses() {
        assertEquals(TYPES, lex.types().stream().map(PloverType::name).toList());
        assertEquals(2, lex.type("aid").orElseThrow().quadClass());
        assertEquals(4, lex.type("ASSAULT").orElseThrow().quadClass());
        assertEquals(-9.0, lex.type("ASSAULT").orElseThrow().score());
        assertEquals(-10.0, lex.type("ASSAULT").orElseThrow().score("unconventional"));
        assertEquals(-6.5, lex.type("MOBILIZE").orElseThrow().score("troops"));
        assertNull(lex.type("ACCUSE").orElseThrow().score(), "ACCUSE score is unverified and must stay blank");
        assertTrue(lex.type("FIGHT").isEmpty(), "outdated PLOVER types are not listed");
    }

    @Test
    void standaloneTriggersAreUnambiguousEventWords() {
        assertTrue(lex.noun("Luftangriff", "de").get(0).standalone());
        assertTrue(lex.verb("festnehmen", "de").get(0).standalone());
        assertFalse(lex.noun("Kampf", "de").get(0).standalone(), "Wahlkampf: Kampf is no event on its own");
        // verbal attacks need an actor; an armed or deadly one ("bewaffneter Angriff") does not
        List<Trigger> angriff = lex.noun("Angriff", "de");
        assertFalse(angriff.stream().filter(t -> !t.constrained()).findFirst().orElseThrow().standalone());
        assertTrue(angriff.stream().filter(t -> t.constrained() && t.type().name().equals("ASSAULT")).allMatch(Trigger::standalone));
        // a personal or verbal attack is criticism and needs an actor (session 31)
        assertTrue(angriff.stream().filter(t -> t.type().name().equals("ACCUSE")).noneMatch(Trigger::standalone));
        // "verurteilen": the constrained SANCTION row (zu Haft) comes first and stands alone, ACCUSE does not.
        List<Trigger> verurteilen = lex.verb("verurteilen", "de");
        assertEquals("SANCTION", verurteilen.get(0).type().name());
        assertTrue(verurteilen.get(0).standalone());
        assertFalse(verurteilen.get(verurteilen.size() - 1).standalone());
        // "griff … scharf an" / "mit Formulierungen": ACCUSE rows are tried before ASSAULT.
        assertEquals("ACCUSE", lex.verb("angreifen", "de").get(0).type().name());
    }

    @Test
    void everyTypeHasFiveTriggersPerLanguage() {
        for (String lang : List.of("de", "en")) {
            assertTrue(lex.all(lang).size() >= 200, lang + " triggers: " + lex.all(lang).size());
            for (String t : TYPES) {
                long n = lex.all(lang).stream().filter(tr -> tr.type().name().equals(t)).count();
                assertTrue(n >= 5, lang + " " + t + " has only " + n + " triggers");
            }
        }
    }

    @Test
    void triggerCameoCodesAreInTheCrosswalk() {
        for (String lang : List.of("de", "en")) {
            for (Trigger t : lex.all(lang)) {
                if (t.cameo() != null && t.cameo().startsWith("02")) {
                    // CAMEO 02 APPEAL has no crosswalk row; only REQUEST triggers may cite it.
                    assertEquals("REQUEST", t.type().name(), t.lemma() + " CAMEO " + t.cameo());
                } else if (t.cameo() != null) {
                    assertFalse(lex.cameo(t.cameo()).isEmpty(), t.lemma() + " CAMEO " + t.cameo());
                }
            }
        }
        assertEquals("MOBILIZE", lex.cameo("154").get(0).ploverType());
        assertEquals("RETREAT", lex.cameo("0871").get(0).ploverType(), "falls back to 087");
        assertEquals(2, lex.cameo("08").size(), "root 08 is CONCEDE and RETREAT");
        assertTrue(lex.cameo("01").isEmpty());
        assertTrue(lex.cameo("x").isEmpty());
    }

    @Test
    void germanVerbTriggersAreKnownToTheLemmatiser() {
        GermanVerbs verbs = GermanVerbs.get();
        List<String> missing = new ArrayList<>();
        for (Trigger t : lex.all("de")) {
            if (t.pos() == Trigger.Pos.VERB && !verbs.knows(t.lemma())) {
                missing.add(t.lemma());
            }
        }
        assertTrue(missing.isEmpty(), "verbs-de.tsv lacks " + missing);
    }

    @Test
    void sampleArticleTriggers() {
        Trigger zusammenziehen = lex.verb("zusammenziehen", "de").get(0);
        assertEquals("MOBILIZE", zusammenziehen.type().name());
        assertEquals("troops", zusammenziehen.mode());
        assertTrue(zusammenziehen.constraint().accepts("obj", "Soldaten"));
        assertFalse(zusammenziehen.constraint().accepts("obj", "Augenbrauen"));

        List<Trigger> stationieren = lex.verb("stationieren", "de");
        assertTrue(stationieren.stream().anyMatch(t -> "weapons".equals(t.mode())
                && t.constraint().accepts("obj", "Offensivwaffen")));

        Trigger vorwerfen = lex.verb("vorwerfen", "de").get(0);
        assertEquals("ACCUSE", vorwerfen.type().name());
        assertEquals("iobj", vorwerfen.targetRole());

        Trigger fordern = lex.verb("fordern", "de").get(0);
        assertEquals("REQUEST", fordern.type().name());
        assertEquals("obl:von", fordern.targetRole());
        assertEquals("obj", fordern.themeRole());

        assertEquals("REJECT", lex.verb("zurückweisen", "de").get(0).type().name());
        assertEquals("iobj", lex.verb("zusichern", "de").get(0).targetRole());
        assertEquals("CONSULT", lex.noun("Gespräch", "de").get(0).type().name());
        assertEquals("CONSULT", lex.noun("treffen", "de").get(0).type().name(), "case-insensitive");
        assertEquals("CONSULT", lex.verb("tagen", "de").get(0).type().name());
        assertEquals("ASSAULT", lex.verb("bekämpfen", "de").get(0).type().name());
        assertEquals("ASSAULT", lex.verb("töten", "de").get(0).type().name());
        assertEquals("ASSAULT", lex.phrase("ums Leben kommen", "de").get(0).type().name());
        assertEquals("COOPERATE", lex.verb("öffnen", "de").get(0).type().name());
        assertEquals("SANCTION", lex.verb("schließen", "de").get(0).type().name());
        assertEquals("AGREE", lex.verb("zustimmen", "de").get(0).type().name());
        assertEquals("RETREAT", lex.noun("Waffenruhe", "de").get(0).type().name());
        assertTrue(lex.verb("sagen", "de").isEmpty());
        assertTrue(lex.verb(null, "de").isEmpty());
    }

    @Test
    void constrainedRowsComeFirst() {
        List<Trigger> ausweisen = lex.verb("ausweisen", "de");
        assertEquals("SANCTION", ausweisen.get(0).type().name());
        assertTrue(ausweisen.get(0).constrained());
        assertEquals("COERCE", ausweisen.get(ausweisen.size() - 1).type().name());
        List<Trigger> expel = lex.verb("expel", "en");
        assertEquals("SANCTION", expel.get(0).type().name());
    }

    @Test
    void malformedRowsFailWithFileAndLine() {
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> EventLexicon.load(
                EventLexicon.PLOVER, EventLexicon.CAMEO, Map.of("de", "org/lagebild/data/bad-events.tsv")));
        assertEquals("org/lagebild/data/bad-events.tsv", e.resource());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("not a mode of"), e.getMessage());
        MalformedDataException t = assertThrows(MalformedDataException.class, () -> EventLexicon.load(
                "org/lagebild/data/bad-plover.tsv", EventLexicon.CAMEO, Map.of()));
        assertEquals(2, t.line());
    }
}

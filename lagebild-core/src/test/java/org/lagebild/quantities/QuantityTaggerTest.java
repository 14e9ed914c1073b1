package org.lagebild.quantities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lagebild.time.SampleText;

class QuantityTaggerTest {
    private final QuantityTagger tagger = new QuantityTagger();

    private List<Quantity> tag(String s, String lang) {
        return tagger.tag(s, 0, s.length(), lang);
    }

    private Quantity only(String s, String lang) {
        List<Quantity> all = tag(s, lang);
        assertEquals(1, all.size(), () -> "expected one quantity in '" + s + "': " + all);
        Quantity q = all.get(0);
        assertEquals(q.text(), s.substring(q.start(), q.end()));
        if (q.unitStart() != null) {
            assertTrue(q.unitStart() >= q.start() && q.unitEnd() <= q.end(), q::toString);
        }
        return q;
    }

    private void check(String s, String lang, double value, String qualifier, String unit, String lemma) {
        Quantity q = only(s, lang);
        assertEquals(value, q.value(), 1e-6, s);
        assertEquals(qualifier, q.qualifier(), s);
        assertEquals(unit, q.unit(), s);
        assertEquals(lemma, q.unitLemma(), s);
        assertEquals(!qualifier.equals("exact") && !qualifier.equals("range"), q.approximate(), s);
    }

    private void none(String s, String lang) {
        assertEquals(List.of(), tag(s, lang), s);
    }

    @Test
    void sampleArticle() throws Exception {
        String text = SampleText.article();
        List<Quantity> all = new ArrayList<>();
        for (int[] s : SampleText.sentences(text)) {
            all.addAll(tagger.tag(text, s[0], s[1], "de"));
        }
        List<String> got = all.stream()
                .map(q -> q.text() + "|" + (long) q.value() + "|" + q.qualifier() + "|" + q.unit())
                .collect(Collectors.toList());
        assertEquals(List.of("mehr als zwei Jahren|2|more_than|Jahren", // a duration is also a quantity
                "fast fünfstündigen|5|approx|Stunden",
                "30 Nato-Staaten|30|exact|Nato-Staaten",
                "rund 100.000 Soldaten|100000|approx|Soldaten",
                "mehr als 13.000 Menschen|13000|more_than|Menschen"), got);
        Quantity troops = all.get(3);
        assertTrue(troops.approximate());
        assertEquals("Soldat", troops.unitLemma());
        assertEquals("Soldaten", text.substring(troops.unitStart(), troops.unitEnd()));
        assertEquals("Nato-Staat", all.get(2).unitLemma());
        assertFalse(all.get(2).approximate());
        assertTrue(all.get(4).approximate());
    }

    @Test
    void germanNumberFormats() {
        check("Es kamen 1,5 Millionen Menschen.", "de", 1_500_000, "exact", "Menschen", "Mensch");
        check("Das kostet 2,3 Mrd. Euro.", "de", 2.3e9, "exact", "Euro", "EUR");
        check("Es waren drei Dutzend Panzer.", "de", 36, "exact", "Panzer", "Panzer");
        check("Zwei Soldaten wurden verletzt.", "de", 2, "exact", "Soldaten", "Soldat");
        check("Hunderte Menschen flohen.", "de", 100, "more_than", "Menschen", "Mensch");
        check("Tausende von Demonstranten kamen.", "de", 1000, "more_than", "Demonstranten", "Demonstrant");
        check("Die Inflation lag bei 5 Prozent.", "de", 5, "exact", "Prozent", "percent");
        check("Die Inflation lag bei 5 %.", "de", 5, "exact", "%", "percent");
        check("Die Hilfe umfasst 10 Millionen Euro.", "de", 10_000_000, "exact", "Euro", "EUR");
        check("Russland hat rund 100.000 russische Soldaten zusammengezogen.", "de", 100_000, "approx", "Soldaten", "Soldat");
        check("Es gab einundzwanzig Tote.", "de", 21, "exact", "Tote", "Tote");
        check("Er hatte 13.000 Bundeswehrsoldaten geschickt.", "de", 13_000, "exact", "Bundeswehrsoldaten", "Bundeswehrsoldat");
    }

    @Test
    void germanModifiersAndRanges() {
        check("Etwa 300 Soldaten wurden verlegt.", "de", 300, "approx", "Soldaten", "Soldat");
        check("Mindestens 12 Tote wurden gezählt.", "de", 12, "at_least", "Tote", "Tote");
        check("Es kamen weniger als 50 Menschen.", "de", 50, "less_than", "Menschen", "Mensch");
        check("Bis zu 500 Soldaten sollen kommen.", "de", 500, "up_to", "Soldaten", "Soldat");
        check("Über 1000 Menschen flohen.", "de", 1000, "more_than", "Menschen", "Mensch");
        Quantity r = only("Es starben zwischen 10 und 20 Menschen.", "de");
        assertEquals("range", r.qualifier());
        assertEquals(10, r.value());
        assertEquals(20.0, r.upper());
        assertEquals("zwischen 10 und 20 Menschen", r.text());
        assertEquals(20.0, only("Es starben 10 bis 20 Menschen.", "de").upper());
        assertEquals(20.0, only("Es starben 10-20 Menschen.", "de").upper());
        Quantity m = only("Die Kosten liegen zwischen 10 und 20 Millionen Euro.", "de");
        assertEquals(10_000_000, m.value());
        assertEquals(20_000_000.0, m.upper());
    }

    @Test
    void germanExclusions() {
        none("Der Rat tagte im Juli 2019.", "de");
        none("Seit 2014 kämpfen dort Milizen.", "de");
        none("Die Wahl war am 12.01.2022.", "de");
        none("Das Treffen beginnt um 14 Uhr.", "de");
        none("Er kam am 1. Januar.", "de");
        none("Die G7 und Covid-19 waren Themen.", "de");
        none("Der Nato-Russland-Rat tagte.", "de");
        none("Nach Artikel 5 des Vertrags gilt das.", "de");
        none("Der Text enthielt alert(1) und f(2).", "en");
        assertEquals(1, tag("Es gab (3 Tote).", "de").size(), "a parenthesised count is still a quantity");
        none("Er belegte den 3. Platz.", "de");
        none("Er sprach mit einer ihrer Soldaten.", "de");
        check("Die Nato hat 2019 Soldaten entsandt.", "de", 2019, "exact", "Soldaten", "Soldat");
    }

    @Test
    void english() {
        check("Russia massed 100,000 troops.", "en", 100_000, "exact", "troops", "troops");
        check("About 1.5 million people fled.", "en", 1_500_000, "approx", "people", "person");
        check("Two dozen tanks were seen.", "en", 24, "exact", "tanks", "tank");
        check("Hundreds of people protested.", "en", 100, "more_than", "people", "person");
        check("The US pledged $5 billion.", "en", 5e9, "exact", "USD", "USD");
        check("Inflation reached 5 percent.", "en", 5, "exact", "percent", "percent");
        check("More than 13,000 people were killed.", "en", 13_000, "more_than", "people", "person");
        check("Nearly 300 Russian soldiers died.", "en", 300, "approx", "soldiers", "soldier");
        check("The 30 NATO countries agreed.", "en", 30, "exact", "countries", "country");
        check("Up to 500 soldiers may come.", "en", 500, "up_to", "soldiers", "soldier");
        check("Tens of thousands of people marched.", "en", 10_000, "more_than", "people", "person");
        check("Tens of thousands of Sudanese protested.", "en", 10_000, "more_than", "Sudanese", null);
        check("Thousands of Palestinians marched in Gaza.", "en", 1_000, "more_than", "Palestinians", null);
        check("Thousands of Chinese tourists came.", "en", 1_000, "more_than", "tourists", null);
        check("They held five-hour talks.", "en", 5, "exact", "hours", "hour");
        Quantity r = only("Between 10 and 20 civilians died.", "en");
        assertEquals("range", r.qualifier());
        assertEquals(20.0, r.upper());
        Quantity bare = only("The toll rose to 42.", "en");
        assertNull(bare.unit());
        none("Russia annexed Crimea in 2014.", "en");
        none("The meeting starts at 2 p.m.", "en");
        none("The G7 met on January 12, 2022.", "en");
    }

    @Test
    void offsetsAreAbsolute() {
        String text = "Erster Satz. Es kamen 30 Soldaten.";
        int from = text.indexOf("Es");
        Quantity q = tagger.tag(text, from, text.length(), "de").get(0);
        assertEquals("30 Soldaten", text.substring(q.start(), q.end()));
    }

    @Test
    void hostileInputReturnsQuickly() {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < 1_000_000) {
            digits.append("1.000.");
        }
        StringBuilder sehr = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sehr.append("sehr ");
        }
        sehr.append("30 Soldaten");
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            numbers.append("rund 10 bis 20 Millionen - 5 % ");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> { // hang guard, not a speed test: linear work takes ~1 s
            tag(digits.toString(), "de");
            tag(digits.toString(), "en");
            assertEquals(1, tag(sehr.toString(), "de").size());
            assertFalse(tag(numbers.toString(), "de").isEmpty());
        });
    }
}

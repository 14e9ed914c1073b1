package org.lagebild.time;

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

class TimeTaggerTest {
    private static final PublicationDate WED = PublicationDate.parse("2022-01-12").orElseThrow(); // a Wednesday
    private final TimeTagger tagger = new TimeTagger();

    private List<TimeExpression> tag(String s, String lang, PublicationDate pub) {
        return tagger.tag(s, 0, s.length(), lang, pub);
    }

    private TimeExpression only(String s, String lang, PublicationDate pub) {
        List<TimeExpression> all = tag(s, lang, pub);
        assertEquals(1, all.size(), () -> "expected one expression in '" + s + "': " + all);
        return all.get(0);
    }

    private void value(String sentence, String lang, String expectedText, String expectedValue) {
        TimeExpression e = only(sentence, lang, WED);
        assertEquals(expectedText, e.text(), sentence);
        assertEquals(expectedValue, e.value(), () -> sentence + " -> " + e);
        assertEquals(e.text(), sentence.substring(e.start(), e.end()));
    }

    private static List<String> describe(String text, List<TimeExpression> all) {
        return all.stream().map(e -> e.text() + "=" + e.value()).collect(Collectors.toList());
    }

    @Test
    void sampleArticleWithDayPublicationDate() throws Exception {
        String text = SampleText.article();
        List<TimeExpression> all = new ArrayList<>();
        for (int[] s : SampleText.sentences(text)) {
            all.addAll(tagger.tag(text, s[0], s[1], "de", WED));
        }
        assertEquals(List.of("2022-01=2022-01", "seit mehr als zwei Jahren=P2Y", "am Mittwoch=2022-01-12",
                "im Herbst=2021-FA", "2019=2019", "2002=2002", "im Juli 2019=2019-07", "Am Donnerstag=2022-01-13",
                "Am Mittwochabend=2022-01-12TEV", "Zu Wochenbeginn=2022-W02", "2014=2014", "am Dienstag=2022-01-11"),
                describe(text, all));
        for (TimeExpression e : all) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
            assertTrue(e.resolved(), e::toString);
        }
        TimeExpression dur = all.get(1);
        assertEquals("DURATION", dur.type());
        assertTrue(dur.reason().contains("more than"), dur.reason());
        assertEquals(Granularity.PART_OF_DAY, all.get(8).granularity());
        assertEquals(Granularity.SEASON, all.get(3).granularity());
    }

    @Test
    void sampleArticleWithMonthPublicationDateLeavesWeekdaysOpen() throws Exception {
        String text = SampleText.article();
        PublicationDate month = PublicationDate.parse("2022-01").orElseThrow();
        List<TimeExpression> all = new ArrayList<>();
        for (int[] s : SampleText.sentences(text)) {
            all.addAll(tagger.tag(text, s[0], s[1], "de", month));
        }
        TimeExpression wed = all.stream().filter(e -> e.text().equals("am Mittwoch")).findFirst().orElseThrow();
        assertFalse(wed.resolved());
        assertNull(wed.value());
        assertTrue(wed.reason().contains("unknown publication day"), wed.reason());
        TimeExpression july = all.stream().filter(e -> e.text().equals("im Juli 2019")).findFirst().orElseThrow();
        assertEquals("2019-07", july.value());
        TimeExpression autumn = all.stream().filter(e -> e.text().equals("im Herbst")).findFirst().orElseThrow();
        assertEquals("2021-FA", autumn.value(), "a month-granular date suffices for seasons");
        assertTrue(all.stream().filter(e -> e.text().equals("Zu Wochenbeginn")).allMatch(e -> e.value() == null));
    }

    @Test
    void noPublicationDate() {
        TimeExpression e = only("Gestern sagte er das.", "de", null);
        assertFalse(e.resolved());
        assertNull(e.value());
        assertEquals("2019-07", only("Er hatte im Juli 2019 getagt.", "de", null).value());
        assertNull(only("Im Herbst wurde es kalt.", "de", null).value());
    }

    @Test
    void germanWeekdaysAndRelativeDays() {
        value("Am vergangenen Freitag kam es zu Kämpfen.", "de", "Am vergangenen Freitag", "2022-01-07");
        value("Er sprach am vergangenen Mittwoch.", "de", "am vergangenen Mittwoch", "2022-01-05");
        value("Die Runde tagt kommenden Montag.", "de", "kommenden Montag", "2022-01-17");
        value("Am Freitag wurden zwei Soldaten verletzt.", "de", "Am Freitag", "2022-01-07");
        value("Am Freitag wollen die Minister beraten.", "de", "Am Freitag", "2022-01-14");
        value("Die Gespräche wurden am Montag fortgesetzt.", "de", "am Montag", "2022-01-10");
        value("Am Montag wird er nach Kiew reisen.", "de", "Am Montag", "2022-01-17");
        value("Am Montag werden Verletzte gezählt.", "de", "Am Montag", "2022-01-10"); // passive, not future
        value("Donnerstagmorgen begann der Angriff.", "de", "Donnerstagmorgen", "2022-01-06TMO");
        value("Heute beginnt das Treffen.", "de", "Heute", "2022-01-12");
        value("Das sagte er gestern Abend.", "de", "gestern Abend", "2022-01-11TEV");
        value("Das war vorgestern.", "de", "vorgestern", "2022-01-10");
        value("Das Treffen ist übermorgen.", "de", "übermorgen", "2022-01-14");
        value("Er kommt morgen früh.", "de", "morgen früh", "2022-01-13TMO");
        assertTrue(tag("Am Morgen fielen Schüsse.", "de", WED).isEmpty(), "'am Morgen' is a part of day, not tomorrow");
    }

    @Test
    void germanDatesMonthsSeasonsWeeks() {
        value("Die Wahl war am 12. Januar 2022.", "de", "am 12. Januar 2022", "2022-01-12");
        value("Stichtag ist der 12.01.2022 gewesen.", "de", "12.01.2022", "2022-01-12");
        value("Er starb am 3. Dezember.", "de", "am 3. Dezember", "2021-12-03");
        value("Im Juli gab es Proteste.", "de", "Im Juli", "2021-07");
        value("Im Juli soll es Neuwahlen geben.", "de", "Im Juli", "2022-07");
        value("Anfang Januar begann die Offensive.", "de", "Anfang Januar", "2022-01");
        value("Im Winter fiel viel Schnee.", "de", "Im Winter", "2021-WI");
        value("Im Sommer soll die Brücke fertig sein.", "de", "Im Sommer", "2022-SU");
        value("Im Herbst 2019 begann es.", "de", "Im Herbst 2019", "2019-FA");
        value("In der vergangenen Woche gab es Gespräche.", "de", "In der vergangenen Woche", "2022-W01");
        value("Nächste Woche soll es weitergehen.", "de", "Nächste Woche", "2022-W03");
        value("Im vergangenen Jahr starben viele.", "de", "Im vergangenen Jahr", "2021");
        value("Im Vorjahr war es ruhiger.", "de", "Im Vorjahr", "2021");
        value("Am Wochenende gab es Demonstrationen.", "de", "Am Wochenende", "2022-W01-WE");
        value("In den 1990er Jahren zerfiel das Land.", "de", "In den 1990er Jahren", "199");
        value("Ende 2021 kam es zur Krise.", "de", "Ende 2021", "2021");
        value("Vor zwei Jahren tagte der Rat.", "de", "Vor zwei Jahren", "2020");
        value("Im 20. Jahrhundert gab es zwei Weltkriege.", "de", "Im 20. Jahrhundert", "19");
    }

    @Test
    void germanYears() {
        value("Im Jahr 2019 begann es.", "de", "Im Jahr 2019", "2019");
        value("Seit 2014 kämpfen dort Milizen.", "de", "Seit 2014", "2014");
        value("Der Rat war 2002 ins Leben gerufen worden.", "de", "2002", "2002");
        value("Nach der Übernahme der Krim 2014 prorussische Milizen.", "de", "2014", "2014");
        assertTrue(tag("Die Nato hat 2019 Soldaten entsandt.", "de", WED).isEmpty());
        assertTrue(tag("Rund 2000 Menschen kamen.", "de", WED).isEmpty());
        assertTrue(tag("Es kostet 2019 Euro.", "de", WED).isEmpty());
        assertEquals("P2000Y", only("Seit 2000 Jahren steht die Mauer.", "de", WED).value());
    }

    @Test
    void germanDurationsSetsAndClock() {
        value("Die Sitzung dauerte fünf Stunden.", "de", "fünf Stunden", "PT5H");
        value("Die Sitzung dauerte 1,5 Stunden.", "de", "1,5 Stunden", "PT1.5H");
        value("Er blieb ein Jahr.", "de", "ein Jahr", "P1Y");
        value("Das dauert seit Jahren an.", "de", "seit Jahren", "PXY");
        value("Jeden Montag wird demonstriert.", "de", "Jeden Montag", "XXXX-WXX-1");
        value("Das Gremium tagt montags.", "de", "montags", "XXXX-WXX-1");
        TimeExpression t = only("Am Mittwoch um 14 Uhr begann das Treffen.", "de", WED);
        assertEquals("TIME", t.type());
        assertEquals("2022-01-12T14:00", t.value());
        TimeExpression clock = only("Das Treffen begann um 14.30 Uhr.", "de", WED);
        assertFalse(clock.resolved(), "a clock time alone does not take the publication day");
        assertEquals("XXXX-XX-XXT14:30", clock.value());
    }

    @Test
    void english() {
        value("Stoltenberg spoke on Wednesday.", "en", "on Wednesday", "2022-01-12");
        value("Fighting resumed last Tuesday.", "en", "last Tuesday", "2022-01-11");
        value("Talks will continue on Thursday.", "en", "on Thursday", "2022-01-13");
        value("They meet again next Monday.", "en", "next Monday", "2022-01-17");
        value("He said yesterday that talks failed.", "en", "yesterday", "2022-01-11");
        value("The summit is tomorrow.", "en", "tomorrow", "2022-01-13");
        value("The council met in July 2019.", "en", "in July 2019", "2019-07");
        value("The vote was on January 12, 2022.", "en", "on January 12, 2022", "2022-01-12");
        value("The vote was on 12 January 2022.", "en", "on 12 January 2022", "2022-01-12");
        value("Spies were expelled in the autumn.", "en", "in the autumn", "2021-FA");
        value("The bloc expanded in the 1990s.", "en", "in the 1990s", "199");
        value("They have not met for more than two years.", "en", "for more than two years", "P2Y");
        value("Protests are held every Monday.", "en", "every Monday", "XXXX-WXX-1");
        value("Talks collapsed last week.", "en", "last week", "2022-W01");
        value("Russia annexed Crimea in 2014.", "en", "in 2014", "2014");
        value("The deal was signed two years ago.", "en", "two years ago", "2020");
        value("Shelling started yesterday evening.", "en", "yesterday evening", "2022-01-11TEV");
        TimeExpression t = only("The meeting starts at 2 p.m.", "en", WED);
        assertEquals("XXXX-XX-XXT14:00", t.value());
        assertTrue(tag("In 2019 soldiers were deployed.", "en", WED).isEmpty(), "number followed by a plural noun");
        TimeExpression open = only("He spoke on Wednesday.", "en", PublicationDate.parse("2022").orElseThrow());
        assertFalse(open.resolved());
        assertNull(open.value());
    }

    @Test
    void offsetsAreAbsoluteAndScanStaysInRange() {
        String text = "Am Montag kam er. Am Dienstag ging er.";
        int from = text.indexOf("Am Dienstag");
        List<TimeExpression> all = tagger.tag(text, from, text.length(), "de", WED);
        assertEquals(1, all.size());
        assertEquals(from, all.get(0).start());
        assertEquals("2022-01-11", all.get(0).value());
        assertTrue(tagger.tag(text, 0, text.length(), "fr", WED).isEmpty());
    }

    @Test
    void hostileInputReturnsQuickly() {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < 1_000_000) {
            digits.append("12.3.");
        }
        StringBuilder sehr = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sehr.append("sehr ");
        }
        sehr.append("am Mittwoch");
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            mixed.append("am 1. am 12.01. Jahr 2019 vor mehr als ");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> { // hang guard, not a speed test: linear work takes ~1 s
            tag(digits.toString(), "de", WED);
            tag(digits.toString(), "en", WED);
            List<TimeExpression> s = tag(sehr.toString(), "de", WED);
            assertEquals(1, s.size());
            tag(mixed.toString(), "de", WED);
        });
    }
}

package org.lagebild.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Analysis;
import org.lagebild.model.Evidence;
import org.lagebild.model.ForumRecord;

/** Diplomatic forums in the canonical article and the English VOA report. */
class ForumExtractionTest {
    private static final String DE = "nato-russland-rat-2022-01.txt";
    private static final String EN = "voa-europe-rearming-2025-03.txt";

    private static Analysis de() {
        return Fixtures.analyze(DE, "2022-01-12");
    }

    private static ForumRecord council(Analysis a) {
        return a.forums().stream().filter(f -> "NRC".equals(f.body()) && !f.future() && f.date() != null)
                .findFirst().orElseThrow(() -> new AssertionError("no held Nato-Russland-Rat meeting: " + a.forums()));
    }

    private static ForumRecord.Participant participant(ForumRecord f, String actor) {
        return f.participants().stream().filter(p -> p.actor().equals(actor)).findFirst()
                .orElseThrow(() -> new AssertionError(actor + " is no participant of " + f.participants()));
    }

    private static void at(String text, Evidence e, String expected) {
        assertNotNull(e, "evidence for " + expected);
        assertEquals(expected, e.text());
        assertEquals(expected, text.substring(e.start(), e.end()));
    }

    @Test
    void theCouncilMeetingHasPlaceDateDurationAndParticipants() {
        Analysis a = de();
        String text = a.text();
        ForumRecord f = council(a);
        assertEquals("meeting", f.kind());
        assertEquals("Brüssel", f.place().name());
        at(text, f.place().evidence(), "Brüssel");
        assertEquals("2022-01-12", f.date().value());
        at(text, f.date().evidence(), "am Mittwoch");
        assertEquals("PT5H", f.duration().value());
        assertTrue(f.duration().approximate());
        at(text, f.duration().evidence(), "fast fünfstündigen");
        assertEquals("NATO", participant(f, "person:jens-stoltenberg").represents());
        assertEquals("USA", participant(f, "person:wendy-sherman").represents());
        assertEquals("RUS", participant(f, "person:alexander-grushko").represents());
        ForumRecord.Participant michaelis = participant(f, "person:andreas-michaelis");
        assertEquals("DEU", michaelis.represents());
        at(text, michaelis.representsEvidence(), "Deutschland");
        at(text, michaelis.mention(), "Außen-Staatssekretär Andreas Michaelis");
        assertEquals("body", participant(f, "NRC").role());
        List<String> words = f.mentions().stream().map(m -> m.trigger().text()).toList();
        assertTrue(words.containsAll(List.of("Treffen", "Beratungen", "Gesprächen", "Nato-Russland-Rat")), words.toString());
    }

    @Test
    void outcomesLinkTheConsultEventStatementsAndResults() {
        Analysis a = de();
        ForumRecord f = council(a);
        List<String> consult = f.outcomes().stream().filter(o -> o.kind().equals("consult")).map(ForumRecord.Outcome::ref).toList();
        assertFalse(consult.isEmpty());
        for (String id : consult) {
            assertTrue(a.events().stream().anyMatch(e -> e.id().equals(id) && e.type().equals("CONSULT")), id);
        }
        assertTrue(f.outcomes().stream().anyMatch(o -> o.kind().equals("result") && o.label().equals("disagreement")
                && o.evidence().text().equals("Fronten verhärtet")), f.outcomes().toString());
        assertTrue(f.outcomes().stream().anyMatch(o -> o.kind().equals("statement")
                && a.statements().stream().anyMatch(s -> s.id().equals(o.ref()) && s.speaker() != null
                        && "person:jens-stoltenberg".equals(s.speaker().actor()))));
    }

    @Test
    void otherForumsStaySeparate() {
        Analysis a = de();
        ForumRecord council = council(a);
        ForumRecord bilateral = a.forums().stream().filter(f -> f.participants().stream().anyMatch(p -> p.actor().equals("USA"))
                && f.participants().stream().anyMatch(p -> p.actor().equals("RUS"))).findFirst().orElseThrow();
        assertEquals("negotiations", bilateral.kind());
        assertEquals("2022-W02", bilateral.date().value());
        assertTrue(bilateral.outcomes().stream().anyMatch(o -> o.label().equals("no_agreement")
                && o.evidence().text().equals("ohne erkennbare Annäherung")));
        ForumRecord osce = a.forums().stream().filter(f -> f.participants().stream()
                .anyMatch(p -> p.actor().equals("OSCE") && p.role().equals("framework"))).findFirst().orElseThrow();
        assertTrue(osce.future());
        assertEquals("2022-01-13", osce.date().value());
        ForumRecord brest = a.forums().stream().filter(f -> f.place() != null && f.place().name().equals("Brest"))
                .findFirst().orElseThrow();
        participant(brest, "person:christine-lambrecht");
        for (ForumRecord f : List.of(bilateral, osce, brest)) {
            assertFalse(f == council || f.participants().stream().anyMatch(p -> p.actor().equals("person:andreas-michaelis")));
        }
        // "Das Bündnis stehe für weitere Verhandlungen aber bereit": no participants, place or date, no forum.
        int weitere = a.text().indexOf("weitere Verhandlungen") + "weitere ".length();
        assertTrue(a.forums().stream().flatMap(f -> f.mentions().stream()).noneMatch(m -> m.trigger().start() == weitere));
    }

    @Test
    void everyForumSpanIsAnOffsetIntoTheText() {
        for (Analysis a : List.of(de(), Fixtures.analyze(EN, null))) {
            List<Evidence> spans = new ArrayList<>();
            for (ForumRecord f : a.forums()) {
                f.mentions().forEach(m -> {
                    spans.add(m.trigger());
                    spans.add(m.phrase());
                });
                f.participants().forEach(p -> spans.add(p.mention()));
                f.participants().stream().filter(p -> p.representsEvidence() != null).forEach(p -> spans.add(p.representsEvidence()));
                f.outcomes().forEach(o -> spans.add(o.evidence()));
                if (f.place() != null) {
                    spans.add(f.place().evidence());
                }
                if (f.date() != null) {
                    spans.add(f.date().evidence());
                }
                if (f.duration() != null) {
                    spans.add(f.duration().evidence());
                }
            }
            for (Evidence e : spans) {
                at(a.text(), e, e.text());
            }
        }
    }

    @Test
    void englishTalksAreAForumWithTheirDate() {
        Analysis a = Fixtures.analyze(EN, null);
        ForumRecord talks = a.forums().stream().filter(f -> f.kind().equals("talks")).findFirst().orElseThrow();
        assertEquals("this week", talks.date().evidence().text());
        assertTrue(talks.outcomes().stream().anyMatch(o -> o.kind().equals("consult")));
        assertFalse(talks.participants().isEmpty());
    }
}

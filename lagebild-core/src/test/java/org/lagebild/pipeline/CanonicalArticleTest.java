package org.lagebild.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.QuantityRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.model.TimeRecord;

/**
 * The foundation's acceptance test: the canonical German report, analysed with publication
 * date 2022-01-12, yields the right speakers, events, times and quantities, every span
 * pointing into the original text.
 */
class CanonicalArticleTest {
    private static final String FILE = "nato-russland-rat-2022-01.txt";

    private static Analysis analysis() {
        return Fixtures.analyze(FILE, "2022-01-12");
    }

    @Test
    void everySpanIsAnOffsetIntoTheOriginalText() {
        Analysis a = analysis();
        String text = a.text();
        assertEquals(Fixtures.read(Fixtures.examples().resolve(FILE)), text);
        for (ActorRecord r : a.actors()) {
            for (ActorRecord.MentionRecord m : r.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), r.id());
            }
        }
        for (StatementRecord s : a.statements()) {
            assertEquals(s.quote().text(), text.substring(s.quote().start(), s.quote().end()));
            if (s.speaker() != null) {
                assertEquals(s.speaker().text(), text.substring(s.speaker().start(), s.speaker().end()));
            }
            if (s.cue() != null) {
                s.cue().parts().forEach(p -> assertEquals(p.text(), text.substring(p.start(), p.end())));
            }
        }
        for (EventRecord e : a.events()) {
            assertEquals(e.evidence().text(), text.substring(e.evidence().start(), e.evidence().end()));
        }
        for (TimeRecord t : a.times()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        for (QuantityRecord q : a.quantities()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
    }

    @Test
    void creditsCaptionsAndSignatureAreExcluded() {
        Analysis a = analysis();
        assertTrue(a.excluded().stream().anyMatch(r -> r.kind().equals("credit") && r.text().contains("Getty Images")));
        assertTrue(a.excluded().stream().anyMatch(r -> r.kind().equals("signature") && r.text().equals("(afp/oz)")));
        // Nothing is extracted from the caption "Nato-Generalsekretär Jens Stoltenberg. Foto: …".
        int bodyStart = a.text().indexOf("Nach dem ersten Treffen");
        for (ActorRecord r : a.actors()) {
            r.mentions().forEach(m -> assertTrue(m.start() >= bodyStart, "mention in caption: " + m));
        }
    }

    @Test
    void personsCarryTheirRolesAndLaterMentions() {
        Analysis a = analysis();
        ActorRecord stoltenberg = actor(a, "Jens Stoltenberg");
        assertEquals("PERSON", stoltenberg.type());
        assertEquals("NATO", stoltenberg.affiliation());
        assertTrue(stoltenberg.roles().stream().anyMatch(r -> r.title().equals("Generalsekretär") && "NATO".equals(r.organization())));
        List<String> mentions = stoltenberg.mentions().stream().map(ActorRecord.MentionRecord::text).toList();
        assertTrue(mentions.containsAll(List.of("Stoltenbergs", "Norweger", "Nato-Generalsekretär", "Stoltenberg")), mentions.toString());

        ActorRecord sherman = actor(a, "Wendy Sherman");
        assertEquals("USA", sherman.country());
        assertEquals("f", sherman.gender());
        assertTrue(sherman.roles().stream().anyMatch(r -> r.title().contains("Außenministerin")));

        ActorRecord peskow = actor(a, "Dmitri Peskow");
        assertEquals("RUS", peskow.country());
        assertEquals("GOV", peskow.sector());

        ActorRecord gruschko = actor(a, "Alexander Gruschko");
        assertEquals("RUS", gruschko.country());
        assertTrue(actor(a, "Julianne Smith").roles().stream().anyMatch(r -> r.title().startsWith("Botschafterin")));
        assertEquals("DEU", actor(a, "Christine Lambrecht").country());
    }

    @Test
    void registryPersonsGetCanonicalIdsAndTheOfficesHeldOnThePublicationDate() {
        Analysis a = analysis();
        assertEquals("person:dmitry-peskov", actor(a, "Dmitri Peskow").id());
        assertEquals("person:alexander-grushko", actor(a, "Alexander Gruschko").id());
        ActorRecord stoltenberg = actor(a, "Jens Stoltenberg");
        assertEquals("person:jens-stoltenberg", stoltenberg.id());
        assertTrue(stoltenberg.roles().stream().anyMatch(r -> "registry".equals(r.origin())
                && r.key().equals("secretary_general") && "2014-10-01".equals(r.from())), stoltenberg.roles().toString());
        ActorRecord lambrecht = actor(a, "Christine Lambrecht");
        assertEquals("MIL", lambrecht.sector());
        assertTrue(lambrecht.roles().stream().anyMatch(r -> "registry".equals(r.origin()) && "DEU".equals(r.organization())));
    }

    @Test
    void registryActorsAndMetonyms() {
        Analysis a = analysis();
        assertEquals("COUNTRY", byId(a, "RUS").type());
        assertEquals("ORGANIZATION", byId(a, "NATO").type());
        assertEquals("OSCE", byId(a, "OSCE").code());
        ActorRecord kremlin = byId(a, "RUS-GOV");
        assertTrue(kremlin.mentions().stream().anyMatch(m -> m.text().equals("Kreml")));
        assertTrue(kremlin.mentions().stream().anyMatch(m -> m.text().equals("Moskaus")));
        // "in Moskau" is a place, not the Russian government.
        assertTrue(a.actors().stream().anyMatch(r -> r.type().equals("LOCATION")
                && r.mentions().stream().anyMatch(m -> m.text().equals("Moskau") && m.locative())));
        // "das Bündnis" and "des Militärbündnisses" refer back to NATO.
        assertTrue(byId(a, "NATO").mentions().stream().anyMatch(m -> m.text().equals("Militärbündnisses")));
        ActorRecord army = byId(a, "UKR-MIL");
        assertEquals("MIL", army.sector());
        assertTrue(a.actors().stream().anyMatch(r -> r.name().equals("prorussische Milizen") && "REB".equals(r.sector())
                && r.mentions().stream().anyMatch(m -> m.text().equals("Rebellen"))));
    }

    @Test
    void statementsHaveTheRightSpeakers() {
        Analysis a = analysis();
        String stoltenberg = actor(a, "Jens Stoltenberg").id();
        String sherman = actor(a, "Wendy Sherman").id();

        StatementRecord norweger = statement(a, s -> s.quote().text().startsWith("Wir werden keine Kompromisse"));
        assertEquals(stoltenberg, norweger.speaker().actor());
        assertEquals("der Norweger", norweger.speaker().text());
        assertEquals("direct", norweger.form());

        StatementRecord aggressor = statement(a, s -> s.quote().text().equals("Russland ist der Aggressor"));
        assertEquals(stoltenberg, aggressor.speaker().actor());
        assertEquals("betonte", aggressor.cue().text());

        StatementRecord first = statement(a, s -> s.quote().text().startsWith("es bestünden nach wie vor"));
        assertEquals(stoltenberg, first.speaker().actor());
        assertEquals("indirect", first.form());

        StatementRecord risk = statement(a, s -> s.quote().text().startsWith("Mangels Annäherung"));
        assertEquals("räumte … ein", risk.cue().text());
        assertEquals(stoltenberg, risk.speaker().actor());

        StatementRecord veto = statement(a, s -> s.quote().text().startsWith("So habe Russland"));
        assertEquals(stoltenberg, veto.speaker().actor());
        assertNull(veto.cue());
        assertEquals("indirect_free_indirect", veto.form());

        StatementRecord twitter = statement(a, s -> s.cue() != null && s.cue().text().equals("erklärte"));
        assertEquals(sherman, twitter.speaker().actor());
        assertEquals("writing", twitter.medium());
        assertTrue(twitter.quote().text().endsWith("eigenen Weg zu wählen“"), twitter.quote().text());

        StatementRecord sie = statement(a, s -> s.quote().text().startsWith("Russland müsse nun entscheiden"));
        assertEquals(sherman, sie.speaker().actor());
        assertEquals("sie", sie.speaker().text());

        assertEquals(actor(a, "Alexander Gruschko").id(),
                statement(a, s -> s.quote().text().startsWith("die Gespräche seien")).speaker().actor());
        StatementRecord peskow = statement(a, s -> s.quote().text().startsWith("Mit der Osterweiterung"));
        assertEquals(actor(a, "Dmitri Peskow").id(), peskow.speaker().actor());
        assertEquals("er", peskow.speaker().text());
        assertEquals("RUS-GOV", statement(a, s -> s.speaker() != null && s.speaker().text().equals("Der Kreml")
                && s.cue() != null && s.cue().text().startsWith("sprach")).speaker().actor());
        assertEquals("NATO", statement(a, s -> s.cue() != null && s.cue().text().equals("wirft … vor")).speaker().actor());
        assertEquals(actor(a, "Julianne Smith").id(),
                statement(a, s -> s.quote().text().startsWith("sicherte Washington")).speaker().actor());
        assertEquals("UKR", statement(a, s -> s.quote().text().startsWith("kam am Dienstag")).speaker().actor());
        assertEquals(stoltenberg, statement(a, s -> s.cue() != null && s.cue().text().equals("laut")).speaker().actor());
    }

    @Test
    void eventsAreCodedWithSourceTargetAndMarkers() {
        Analysis a = analysis();
        EventRecord meeting = event(a, e -> e.type().equals("CONSULT") && e.location() != null
                && e.location().name().equals("Brüssel"));
        assertEquals("2022-01-12", meeting.date().value());
        // the gazetteer: GeoNames' Brussels, found by its German name
        assertEquals("BEL", meeting.location().country());
        assertEquals(50.85, meeting.location().lat(), 0.1);
        assertEquals(4.35, meeting.location().lon(), 0.1);
        assertNotNull(meeting.location().geonamesId());
        // "im westfranzösischen Brest": the adjective picks Brest in France over the larger one in Belarus
        EventRecord brest = event(a, e -> e.location() != null && e.location().name().equals("Brest"));
        assertEquals("FRA", brest.location().country());

        // "Bei den Gesprächen mit … Gruschko habe sie deutlich gemacht, …, erklärte … Sherman": the cataphoric
        // "sie" is the speaker the statement resolved, so she is the talks' source
        String sherman = actor(a, "Wendy Sherman").id();
        EventRecord talks = event(a, e -> e.type().equals("CONSULT") && e.target().contains(actor(a, "Alexander Gruschko").id()));
        assertEquals(List.of(sherman), talks.source());

        EventRecord reject = event(a, e -> e.type().equals("REJECT"));
        assertEquals(List.of("NATO"), reject.source());
        assertNotNull(reject.statement(), "reported in Stoltenberg's statement");

        EventRecord demand = event(a, e -> e.type().equals("REQUEST") && e.source().contains("RUS"));
        assertTrue(demand.target().containsAll(List.of("USA", "NATO")), demand.target().toString());
        event(a, e -> e.type().equals("REQUEST") && e.source().contains("RUS-GOV")); // "die Forderungen Moskaus"

        EventRecord accuse = event(a, e -> e.type().equals("ACCUSE"));
        assertEquals(List.of("NATO"), accuse.source());
        assertEquals(List.of("RUS"), accuse.target());

        EventRecord buildup = event(a, e -> e.type().equals("MOBILIZE") && "troops".equals(e.mode()));
        assertEquals(List.of("RUS"), buildup.source());

        EventRecord reopen = event(a, e -> e.type().equals("COOPERATE") && e.source().contains("NATO"));
        assertTrue(reopen.future());

        EventRecord assurance = event(a, e -> e.type().equals("AGREE") && e.source().contains("USA-GOV"));
        assertFalse(assurance.negated());
        EventRecord noWeapons = event(a, e -> e.type().equals("MOBILIZE") && "weapons".equals(e.mode()));
        assertTrue(noWeapons.negated());
        assertTrue(noWeapons.future());

        EventRecord fighting = event(a, e -> e.type().equals("ASSAULT") && e.location() != null
                && e.location().name().equals("Ostukraine"));
        assertTrue(fighting.source().contains("UKR-MIL"));
        assertTrue(fighting.historical(), "since 2014");
        assertEquals("UKR", fighting.location().country()); // a hand-made region: no GeoNames id
        assertTrue(fighting.location().lon() > 36 && fighting.location().lon() < 40, fighting.location().toString());
        for (EventRecord e : a.events()) {
            assertFalse(e.source().isEmpty() && e.target().isEmpty(), "event without actors: " + e);
        }
    }

    @Test
    void timesAreNormalisedAgainstThePublicationDate() {
        Analysis a = analysis();
        assertEquals("2022-01-12", time(a, "am Mittwoch").value());
        assertEquals("2019-07", time(a, "im Juli 2019").value());
        assertEquals("2022-01-13", time(a, "Am Donnerstag").value());
        assertEquals("2022-01-11", time(a, "am Dienstag").value());
        assertEquals("2014", time(a, "2014").value());
    }

    @Test
    void monthOnlyDateLeavesWeekdaysUnresolved() {
        Analysis a = Fixtures.analyze(FILE, null); // the file's own "date 2022-01" line
        assertEquals("2022-01", a.date());
        assertEquals("month", a.dateGranularity());
        TimeRecord wednesday = time(a, "am Mittwoch");
        assertFalse(wednesday.resolved());
        assertNull(wednesday.value());
        assertEquals("2019-07", time(a, "im Juli 2019").value());
    }

    @Test
    void quantitiesParseGermanNumbers() {
        Analysis a = analysis();
        QuantityRecord troops = quantity(a, "rund 100.000 Soldaten");
        assertEquals(100000, troops.value());
        assertTrue(troops.approximate());
        assertEquals("Soldaten", troops.unit());
        QuantityRecord dead = quantity(a, "mehr als 13.000 Menschen");
        assertEquals(13000, dead.value());
        assertEquals("more_than", dead.qualifier());
        assertEquals(30, quantity(a, "30 Nato-Staaten").value());
    }

    // ------------------------------------------------------------------ helpers

    static ActorRecord actor(Analysis a, String name) {
        return a.actors().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + " in " + a.actors().stream().map(ActorRecord::name).toList()));
    }

    static ActorRecord byId(Analysis a, String id) {
        return a.actors().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + id));
    }

    static StatementRecord statement(Analysis a, Predicate<StatementRecord> p) {
        Optional<StatementRecord> s = a.statements().stream().filter(p).findFirst();
        return s.orElseThrow(() -> new AssertionError("no such statement among "
                + a.statements().stream().map(x -> x.quote().text()).toList()));
    }

    static EventRecord event(Analysis a, Predicate<EventRecord> p) {
        return a.events().stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no such event among "
                + a.events().stream().map(e -> e.type() + " " + e.source() + "->" + e.target()).toList()));
    }

    static TimeRecord time(Analysis a, String text) {
        return a.times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time " + text + " in " + a.times()));
    }

    static QuantityRecord quantity(Analysis a, String text) {
        return a.quantities().stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity " + text + " in " + a.quantities()));
    }
}

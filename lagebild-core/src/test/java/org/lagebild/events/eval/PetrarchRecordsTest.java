package org.lagebild.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.events.eval.PetrarchRecords.Record;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;

/** The PETRARCH record reader and one record's scoring, on hand-made records in the files' layout. */
class PetrarchRecordsTest {
    private static final String FILE = """
            <Validation>
            ##########
            # PETRARCH-2 VALIDATION RECORDS <Sentence id="not-a-record"> inside a comment block
            ##########
            <Sentences>
            <Sentence category="AFP" date="20080804" id="A1" evaluate="true"/>
            <EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
            <!--EventCoding eventcode="190" sourcecode="CHN" targetcode="USA"-->
            <Text>
            The US leader visited
            Beijing.
            </Text>
            <Parse>1 The the DET</Parse>
            </Sentence>
            <Sentence category="OTHER" date="20150609" id="A2" evaluate="true"/>
            <EventCoding noevents="True" />
            <Text>
            Local news reports that there was a pause in the bombing in Aleppo.
            </Text>
            </Sentence>
            <Sentence date="19950101" id="E1" category="ERROR" sentence="true">
            <EventCoding error="too long"></EventCoding>
            <Text>
            Arnor rejected Gondor.
            </Text>
            </Sentence>
            <Sentence category="OTHER" date="20150101" id="A3" evaluate="true"/>
            <EventCoding eventcode="190" sourcecode="NGAREB" targetcode="NGAMUS" />
            <Text>
            </Text>
            </Sentence>
            <Sentence date="19950101" id="U1" category="DEMO" sentence="true">
            <EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
            <EventCoding sourcecode="ERI" targetcode="GON" eventcode="0841"></EventCoding>
            <Text>
            Eriador freed the hostages of Gondor.
            </Text>
            </Sentence>
            </Sentences>
            """;

    @Test
    void usableRecordsAreRead() {
        List<Record> r = PetrarchRecords.read(FILE);
        assertEquals(List.of("A1", "A2", "U1"), r.stream().map(Record::id).toList());
        assertEquals("The US leader visited Beijing.", r.get(0).text());
        assertEquals(List.of(new PetrarchRecords.Coding("042", "USA", "CHN")), r.get(0).codings());
        assertTrue(r.get(1).noEvent());
        assertTrue(r.get(1).codings().isEmpty());
        assertEquals("\"INJURY TOLL\"", r.get(2).codings().get(0).source());
        assertEquals("0841", r.get(2).codings().get(1).cameo());
    }

    @Test
    void onlyCodesOfRegistryCountriesFit() {
        assertEquals(Optional.of("USA"), PetrarchRecords.country("USAGOV", c -> true));
        assertEquals(Optional.of("NGA"), PetrarchRecords.country("NGAREB", c -> true));
        assertEquals(Optional.empty(), PetrarchRecords.country("IGOUNO", c -> true));
        assertEquals(Optional.empty(), PetrarchRecords.country("---CVL", c -> true));
        assertEquals(Optional.empty(), PetrarchRecords.country("\"INJURY TOLL\"", c -> true));
        // an invented state whose code is a real alpha-3 does not fit
        Set<String> real = PetrarchRecords.realCountries("""
                ERIADOR  [ERI]
                FRANCE  [FRA]
                UNITED_STATES  [USA]
                JAPAN  [JAP]
                WHITE_HOUSE  [USAGOV]
                """);
        assertEquals(Set.of("FRA", "USA"), real);
        assertEquals(Optional.empty(), PetrarchRecords.country("ERI", real::contains));
        assertEquals(Optional.of("USA"), PetrarchRecords.country("USAGOV", real::contains));
    }

    private static Analysis analysis(List<EventRecord> events, List<ActorRecord> actors) {
        return new Analysis("d", "en", null, null, null, null, "", actors, List.of(), events, List.of(), List.of(),
                List.of(), List.of());
    }

    private static EventRecord event(String cameo, List<String> source, List<String> target) {
        return new EventRecord("e", "CONSULT", null, List.of(), null, null, cameo, source, target, false, false, false,
                false, null, null, null, new EventRecord.Trigger(0, 1, "x", "x"), new Evidence(0, 10, "x".repeat(10)),
                List.of(), List.of());
    }

    private static ActorRecord country(String id, String code) {
        return new ActorRecord(id, code, "COUNTRY", code, null, null, null, null, null, List.of(), List.of());
    }

    @Test
    void aRecordIsScoredAgainstAnyOfItsCodings() {
        Record r = PetrarchRecords.read(FILE).get(0);
        List<ActorRecord> actors = List.of(country("a1", "USA"), country("a2", "CHN"));
        PetrarchEval.Score s = PetrarchEval.Score.empty("f", true);
        s = PetrarchEval.add(s, r, analysis(List.of(event("042", List.of("a1"), List.of("a2"))), actors), c -> true, null);
        // a wrong root of the right class, source and target swapped
        s = PetrarchEval.add(s, r, analysis(List.of(event("036", List.of("a2"), List.of("a1"))), actors), c -> true, null);
        // no event: wrong class, nothing predicted
        s = PetrarchEval.add(s, r, analysis(List.of(), actors), c -> true, null);
        assertEquals(3, s.classes().total());
        assertEquals(2, s.classes().correct());
        assertEquals(1, s.rootAgree());
        assertEquals(new PetrarchEval.Role(3, 2, 1), s.source());
        assertEquals(new PetrarchEval.Role(3, 2, 1), s.target());
        Record none = PetrarchRecords.read(FILE).get(1);
        s = PetrarchEval.add(s, none, analysis(List.of(), actors), c -> true, null);
        s = PetrarchEval.add(s, none, analysis(List.of(event("190", List.of(), List.of())), actors), c -> true, null);
        assertEquals(2, s.noEvent());
        assertEquals(1, s.quiet());
        assertEquals(3, s.classes().total());
        assertFalse(s.format().isEmpty());
        // a file whose codes are not CAMEO: actors and no-event records only
        PetrarchEval.Score weis = PetrarchEval.add(PetrarchEval.Score.empty("u", false), r,
                analysis(List.of(event("042", List.of("a1"), List.of("a2"))), actors), c -> true, null);
        assertEquals(0, weis.classes().total());
        assertEquals(0, weis.rootAgree());
        assertEquals(new PetrarchEval.Role(1, 1, 1), weis.source());
    }

    @Test
    void theSharedFilesAreRead() throws IOException {
        String prop = System.getProperty("lagebild.shared");
        Path dir = (prop != null ? Path.of(prop) : Path.of("..", "..", "shared")).resolve(PetrarchEval.DIR);
        assumeTrue(Files.isRegularFile(dir.resolve(PetrarchEval.VALIDATION)), "skipped: " + dir + " not present");
        List<Record> gsr = PetrarchRecords.read(Files.readString(dir.resolve(PetrarchEval.VALIDATION)));
        // 78 records, one with an empty text
        assertEquals(77, gsr.size());
        assertEquals(12, gsr.stream().filter(Record::noEvent).count());
        // 284 records, 7 expected errors and one without a coding
        assertEquals(276, PetrarchRecords.read(Files.readString(dir.resolve(PetrarchEval.UNIT))).size());
        Set<String> real = PetrarchRecords.realCountries(Files.readString(dir.resolve(PetrarchEval.UNIT_ACTORS)));
        assertTrue(real.containsAll(Set.of("USA", "FRA", "LBY")) && !real.contains("ERI"), real.toString());
    }
}

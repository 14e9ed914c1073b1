package org.lagebild.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.Document;
import org.lagebild.model.Evidence;
import org.lagebild.model.EventRecord;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.time.PublicationDate;

/** German event roles of session 33: the genitive of an act done to someone is its target, not its source. */
class GermanEventSession33Test {
    private static final Analyzer ANALYZER = new Analyzer();

    /** The event of {@code type} at {@code trigger} in a German sentence (also used by later sessions' tests). */
    static EventRecord event(String sentence, String type, String trigger) throws Exception {
        List<EventRecord> events = ANALYZER.analyze(new Document("t", sentence, "de",
                PublicationDate.parse("2010-01-01").orElseThrow(), null, null, "t")).events();
        return events.stream().filter(e -> e.type().equals(type) && e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " at " + trigger + " in " + events));
    }

    static List<String> texts(List<Evidence> mentions) {
        return mentions.stream().map(Evidence::text).toList();
    }

    @Test
    void objectiveGenitiveIsTheTarget() throws Exception {
        EventRecord arrest = event("Die Medien wurden von der Polizei erst nach der Festnahme des Mannes informiert.",
                "COERCE", "Festnahme");
        assertEquals(List.of(), texts(arrest.sourceMentions()));
        assertEquals(1, arrest.targetMentions().size());
        EventRecord abduction = event("Auch gebe es Berichte über systematische Entführungen von Kindern in dieser Region.",
                "ASSAULT", "Entführungen");
        assertEquals(List.of(), texts(abduction.sourceMentions()));
        assertEquals(List.of("Kindern"), texts(abduction.targetMentions()));
        // who acts comes from the durch-phrase
        EventRecord denied = event("Die Polizei dementierte die Festnahme von Alexander Milinkewitsch durch die"
                + " weißrussische Polizei.", "COERCE", "Festnahme");
        assertEquals(List.of("Alexander Milinkewitsch"), texts(denied.targetMentions()));
        assertEquals(1, denied.sourceMentions().size());
    }
}

package org.lagebild.events.learn;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lagebild.data.TsvResource;
import org.lagebild.events.EventLexicon;
import org.lagebild.events.PloverType;
import org.lagebild.events.Trigger;

/**
 * The PLOVER type and CAMEO root an event gets when the classifier, not a lexicon trigger, types it
 * ({@code events/class-types-en.tsv}); every row is checked against the CAMEO→PLOVER crosswalk.
 */
final class ClassTypes {
    static final String RESOURCE = "org/lagebild/events/class-types-en.tsv";
    private static final Map<Integer, Row> ROWS = load();

    /** A class's CAMEO root and its PLOVER type. */
    record Row(String cameo, PloverType type) {
    }

    private ClassTypes() {
    }

    private static Map<Integer, Row> load() {
        EventLexicon lex = EventLexicon.get();
        Map<Integer, Row> out = new HashMap<>();
        for (TsvResource.Row r : TsvResource.read(RESOURCE, 3)) {
            String cameo = r.req(1, "cameo");
            String type = r.req(2, "type");
            if (lex.cameo(cameo).stream().noneMatch(m -> m.ploverType().equals(type))) {
                throw r.fail("the crosswalk does not map CAMEO " + cameo + " to " + type);
            }
            out.put(Integer.parseInt(r.req(0, "class")),
                    new Row(cameo, lex.type(type).orElseThrow(() -> r.fail("unknown PLOVER type " + type))));
        }
        return Map.copyOf(out);
    }

    static Optional<Row> of(int coarseClass) {
        return Optional.ofNullable(ROWS.get(coarseClass));
    }

    /**
     * A trigger for a root verb the lexicon does not list: the class's type, subject as source,
     * object as target.
     */
    static Optional<Trigger> trigger(String lemma, int coarseClass) {
        return of(coarseClass).map(r -> new Trigger(lemma, "en", Trigger.Pos.VERB, r.type(), null, r.cameo(), null,
                "nsubj", "obj", null, null, "typed by the classifier's coarse class", false));
    }
}

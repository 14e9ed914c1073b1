package org.lagebild.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the event evaluation on a small slice of the real gold sets; skipped when ../shared is absent. */
class SharedEventEvalTest {

    private static Path shared() {
        String prop = System.getProperty("lagebild.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        assumeTrue(Files.isRegularFile(p.resolve(EventEval.CLASSES)),
                "skipped: ../shared/" + EventEval.CLASSES + " not present (set -Dlagebild.shared=DIR)");
        return p;
    }

    @Test
    void sliceOfTheRealDataIsScored() throws IOException {
        EventEval.Result r = new EventEval(p -> { }, null, null, true, true).run(shared(), 25, true);
        assertEquals(25, r.classSentences());
        assertEquals(25, r.taggedSentences());
        EventEval.PartScores all = r.parts().get(EventEval.View.ALL);
        assertEquals(25, all.classes().total());
        assertEquals(25, r.parts().get(EventEval.View.DEV).classes().total() + r.parts().get(EventEval.View.HELD).classes().total());
        long correct = all.classes().correct();
        // The first 25 sentences are mostly plain attacks, rejections and meetings: a coder that gets
        // fewer than a quarter right is broken.
        assertTrue(correct >= 7, "correct " + correct + "\n" + r.format());
        long sourceHits = all.source().overlap().tp();
        assertTrue(sourceHits >= 3, r.format());
        assertEquals(25, r.location().sentences());
        assertTrue(r.format().contains("report part"));
    }
}

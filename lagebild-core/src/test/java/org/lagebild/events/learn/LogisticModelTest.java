package org.lagebild.events.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.events.learn.LogisticModel.Example;

class LogisticModelTest {
    /** Three classes told apart by one cue word each, with shared noise words. */
    private static List<Example> tiny() {
        List<Example> out = new ArrayList<>();
        String[] cues = {"w=meet", "w=attack", "w=reject"};
        for (int i = 0; i < 30; i++) {
            int label = i % 3;
            out.add(new Example(label, List.of(cues[label], "w=noise" + (i % 4), "w=the")));
        }
        return out;
    }

    private static String text(LogisticModel m) throws IOException {
        StringWriter w = new StringWriter();
        m.write(w, List.of("test model"));
        return w.toString();
    }

    @Test
    void trainingIsDeterministicAndLearnsTheCues() throws IOException {
        LogisticModel a = LogisticModel.train(tiny(), 3, LogisticModel.Options.DEFAULT);
        LogisticModel b = LogisticModel.train(tiny(), 3, LogisticModel.Options.DEFAULT);
        assertEquals(text(a), text(b));
        assertEquals(1, LogisticModel.argmax(a.probabilities(List.of("w=attack", "w=the"))));
        assertEquals(2, LogisticModel.argmax(a.probabilities(List.of("w=reject", "w=noise1"))));
        double[] p = a.probabilities(List.of("w=meet"));
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
        assertTrue(p[0] > 0.6, "p(meet) " + p[0]);
        // another seed shuffles differently, so the weights differ
        LogisticModel c = LogisticModel.train(tiny(), 3, new LogisticModel.Options(30, 0.2, 1e-3, 2, 7L));
        assertTrue(!text(a).equals(text(c)));
    }

    @Test
    void rareFeaturesAreDroppedAndUnknownOnesIgnored() {
        List<Example> ex = new ArrayList<>(tiny());
        ex.add(new Example(0, List.of("w=once")));
        LogisticModel m = LogisticModel.train(ex, 3, LogisticModel.Options.DEFAULT);
        assertEquals(8, m.features()); // 3 cues, 4 noise words, "w=the"; "w=once" is seen once only
        assertArrayEquals(m.probabilities(List.of()), m.probabilities(List.of("w=once", "w=unseen")), 1e-12);
    }

    @Test
    void roundTripKeepsPredictions() throws IOException {
        LogisticModel m = LogisticModel.train(tiny(), 3, LogisticModel.Options.DEFAULT);
        String written = text(m);
        LogisticModel read = LogisticModel.read(new StringReader(written));
        assertEquals(written, text(read));
        assertEquals(3, read.classes());
        List<String> f = List.of("w=reject", "w=noise2", "w=the");
        assertArrayEquals(m.probabilities(f), read.probabilities(f), 1e-3); // weights are stored to 4 decimals
    }

    @Test
    void malformedModelsAreRejected() {
        assertThrows(IOException.class, () -> LogisticModel.read(new StringReader("# nothing\n")));
        assertThrows(IOException.class, () -> LogisticModel.read(new StringReader("bias\t0\t1\nw=x\t1\n")));
        assertThrows(IOException.class, () -> LogisticModel.read(new StringReader("bias\t0\tx\n")));
    }
}

package org.lagebild.events.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldsTest {
    @Test
    void nearDuplicatesShareAFoldAndFoldsAreStable() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            texts.add("Sentence number " + i + " about something else entirely " + i);
        }
        texts.add("Iraqi troops launched an assault on the last bastion on Thursday.");
        texts.add("On Friday, Iraqi troops launched an assault on the last bastion of the group.");
        int[] folds = Folds.assign(texts, 5);
        assertArrayEquals(folds, Folds.assign(texts, 5));
        assertEquals(folds[50], folds[51]);
        long used = java.util.Arrays.stream(folds).distinct().count();
        assertTrue(used >= 4, "folds used " + used);
        for (int f : folds) {
            assertTrue(f >= 0 && f < 5);
        }
    }
}

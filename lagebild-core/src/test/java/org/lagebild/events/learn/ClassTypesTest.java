package org.lagebild.events.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lagebild.events.eval.QuadClass;

class ClassTypesTest {
    @Test
    void everyNonNeutralClassHasATypeOfItsOwnClass() {
        assertTrue(ClassTypes.of(0).isEmpty(), "neutral sentences get no event");
        for (int c = 1; c < QuadClass.NAMES.size(); c++) {
            ClassTypes.Row r = ClassTypes.of(c).orElseThrow();
            assertEquals(c, QuadClass.ofCameo(r.cameo()), r.toString());
            assertEquals(c, QuadClass.ofCameo(r.type().cameoRoot()), r.toString());
        }
    }
}

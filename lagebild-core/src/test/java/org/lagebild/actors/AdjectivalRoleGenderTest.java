package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/** Session 31: speakers left without an actor on 10kGNAD text (an adjectival role's gender, "CEO", "Seiner"). */
class AdjectivalRoleGenderTest {

    @Test
    void derVorsitzendeIsMasculineSoErFindsHim() {
        List<ActorRecord> as = GermanActors.actors("Der Vizevorsitzende der Linksfraktion, Jan Korte, forderte in der "
                + "Zeitung mehr Personal bei der Bundespolizei. Er sprach sich zudem dafür aus, die Privatisierung "
                + "rückgängig zu machen.");
        ActorRecord korte = GermanActors.holding(as, "Jan Korte");
        assertEquals("m", korte.gender());
        assertTrue(korte.mentions().stream().anyMatch(m -> m.text().equals("Er")), korte.mentions().toString());
    }

    @Test
    void ceoAndChefOfTheSameCompanyAreOnePerson() {
        List<ActorRecord> as = GermanActors.actors("Auch Apple-CEO Tim Cook war vor Ort. Ich denke, es ist unsere "
                + "Schuld, meint der Apple-Chef.");
        assertEquals("person:tim-cook", GermanActors.holding(as, "Apple-Chef").id());
    }

    @Test
    void sentenceInitialSeinerIsAPossessive() {
        List<ActorRecord> as = GermanActors.actors("Die Zukunft von Apple, sagt Tim Cook in einem Interview, liegt in "
                + "Diversität. Seiner Einschätzung nach werden vielfältige Teams die besten Produkte entwickeln.");
        assertEquals("person:tim-cook", GermanActors.holding(as, "Seiner").id());
    }
}

package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.actors.GermanActors.actors;
import static org.lagebild.actors.GermanActors.holding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/**
 * A noun right before a person's name that describes that person — a nationality, an occupation, a group noun's
 * singular, a role in a form that is also its plural — titles the name: one mention, the named person (sentences from
 * 10kGNAD articles where the noun was another actor).
 */
class TitledNameTest {

    @Test
    void aNationalityBeforeANameIsThatPersonNotTheLastOneSeen() {
        List<ActorRecord> as = actors("Rafael Nadal gewann in drei Sätzen. Im Finale trifft er auf den Spanier Feliciano Lopez.");
        ActorRecord lopez = holding(as, "Spanier Feliciano Lopez");
        assertEquals("person:feliciano-lopez", lopez.id());
        assertEquals("ESP", lopez.country());
        assertTrue(holding(as, "Rafael Nadal").country() == null, "Nadal got no nationality from the title of another");
    }

    @Test
    void anOccupationOrGroupNounsSingularBeforeANameIsThatPerson() {
        ActorRecord nina = holding(actors("Die Ministerin wollte wissen, wie die Falter-Journalistin Nina Horaczek an die Namen kam."),
                "Falter-Journalistin Nina Horaczek");
        assertEquals("PERSON", nina.type());
        ActorRecord cop = holding(actors("Ob an der Verletzung der Polizist Bernhard Huber schuld ist, bleibt offen."),
                "Polizist Bernhard Huber");
        assertEquals("PERSON", cop.type());
        assertEquals("COP", cop.sector());
        // a body is no title of a person: "die Regierung Renzi" stays the government
        assertTrue(actors("Die Regierung Renzi hatte im Herbst neue Steuern beschlossen.").stream()
                .noneMatch(a -> a.type().equals("PERSON") && a.mentions().stream().anyMatch(m -> m.text().contains("Regierung"))));
    }

    @Test
    void aRolesPluralFormBeforeOneNameIsASingularNotAGroup() {
        ActorRecord turk = holding(actors("Slowenien nominierte den ehemaligen Staatspräsidenten Danilo Türk für das Amt."),
                "Staatspräsidenten Danilo Türk");
        assertEquals("PERSON", turk.type());
        assertTrue(turk.roles().stream().anyMatch(r -> r.key().equals("head_of_state")), turk.roles().toString());
        // a plural subject beside a dative name stays a group
        List<ActorRecord> as = actors("In der Begründung werfen die Abgeordneten Schaunig vor, ihre Pflichten verletzt zu haben.");
        assertEquals("GROUP", holding(as, "Abgeordneten").type());
    }

    @Test
    void aRulerAndAChiefNegotiatorAreOffices() {
        List<ActorRecord> as = actors("Nordkoreas Machthaber Kim Jong-un warf der US-Regierung vor, eine Aggression vorzubereiten.");
        ActorRecord kim = holding(as, "Machthaber Kim Jong-un");
        assertEquals("person:kim-jong-un", kim.id());
        assertTrue(kim.roles().stream().anyMatch(r -> r.key().equals("ruler")), kim.roles().toString());
        ActorRecord calle = holding(actors("Es war ein produktives Treffen, sagte der Chefunterhändler der Regierung, Humberto de la Calle."),
                "Humberto de la Calle");
        assertEquals("PERSON", calle.type());
        assertTrue(calle.roles().stream().anyMatch(r -> r.key().equals("envoy")), calle.roles().toString());
        assertNotEquals("GROUP", holding(actors("Der Chefunterhändler sagte, man sei sich nähergekommen."), "Chefunterhändler").type());
    }
}

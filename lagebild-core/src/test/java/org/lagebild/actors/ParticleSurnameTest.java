package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lagebild.actors.GermanActors.actors;
import static org.lagebild.actors.GermanActors.holding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ActorRecord;

/**
 * Surnames with particles ("Van der Bellen", "zu Guttenberg"): the NER leaves out a surname it takes for a common word
 * ("bellen"), and a later mention by the surname alone, particles and all, is the person named in full (10kGNAD
 * articles, where "Van der Bellen" had no actor in 40 of 45 mentions).
 */
class ParticleSurnameTest {

    @Test
    void aParticleSurnameTheNerMissesIsPartOfTheName() {
        List<ActorRecord> as = actors("Alexander Van der Bellen kritisierte Hofer am Sonntag.");
        assertEquals("person:alexander-van-der-bellen", holding(as, "Alexander Van der Bellen").id());
        assertEquals("PERSON", holding(actors("Van der Bellen hat selbst gesagt, man müsse lügen."), "Van der Bellen").type());
    }

    @Test
    void theSurnameWithItsParticlesIsThePersonNamedBefore() {
        List<ActorRecord> as = actors("Alexander Van der Bellen kritisierte Hofer. Van der Bellen hat gesagt, das sei falsch. "
                + "Van der Bellens Sieg freute Karl-Theodor zu Guttenberg. Guttenberg sagte, es sei gut.");
        ActorRecord vdb = holding(as, "Alexander Van der Bellen");
        assertEquals(vdb.id(), holding(as, "Van der Bellen").id());
        assertEquals(vdb.id(), holding(as, "Van der Bellens").id());
        assertEquals("person:karl-theodor-zu-guttenberg", holding(as, "Guttenberg").id());
    }

    @Test
    void aSurnameBeforeTheFullNameIsThatPerson() {
        List<ActorRecord> as = actors("Hofer kritisierte die Regierung. Der FPÖ-Kandidat Norbert Hofer sagte, es sei gut.");
        assertEquals("person:norbert-hofer", holding(as, "Hofer").id());
        // two persons of the surname: the lone surname stays apart
        List<ActorRecord> two = actors("Schulz kritisierte die Regierung. Martin Schulz und Olaf Schulz sagten, es sei gut.");
        assertEquals("person:schulz", holding(two, "Schulz").id());
        // a first name seen alone does not make the full name two names
        List<ActorRecord> thiem = actors("Thiem gewann das Finale. Dominic hatte Glück. Dominic Thiem sagte, er sei froh.");
        assertEquals("person:dominic-thiem", holding(thiem, "Thiem").id());
        // nor when the full name is two names run together ("forderte Kickl Van der Bellen auf")
        List<ActorRecord> joined = actors("Van der Bellen schwieg. Herbert Kickl sprach lange. Im Übrigen forderte Kickl "
                + "Van der Bellen auf, sich zu distanzieren.");
        assertEquals("person:van-der-bellen", holding(joined, "Van der Bellen").id());
        assertEquals("person:herbert-kickl", holding(joined, "Kickl").id());
        // and the rest of such a run is no person unless it starts with a name
        List<ActorRecord> paper = actors("Bernhard Mayer bekam eine Mail. Das erste Mail kam am 25. Juli, erzählt Mayer dem STANDARD.");
        assertEquals("person:bernhard-mayer", holding(paper, "Mayer").id());
        assertEquals(1, paper.stream().filter(a -> a.type().equals("PERSON")).count(), paper.toString());
        assertEquals(2, joined.stream().filter(a -> a.id().equals("person:van-der-bellen")).findFirst().orElseThrow()
                .mentions().size(), joined.toString());
    }
}

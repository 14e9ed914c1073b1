package org.lagebild.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.actors.registry.ActorRegistry;
import org.lagebild.model.ActorRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/** A person the registry does not know gets a gender from the first name, so pronouns of the other gender pass by. */
class FirstNameGenderTest {

    @Test
    void firstNameGivesGender() {
        ActorRegistry r = ActorRegistry.get();
        assertEquals("m", r.firstNameGender("John Boehner").orElseThrow());
        assertEquals("f", r.firstNameGender("Beate Zschäpe").orElseThrow());
        assertEquals("m", r.firstNameGender("Heinz-Christian Strache").orElseThrow()); // first part of the hyphenated name
        assertTrue(r.firstNameGender("Boehner").isEmpty()); // a surname alone
        assertTrue(r.firstNameGender("Alexis Tsipras").isEmpty()); // first-names-ambiguous.tsv
        assertTrue(r.firstNameGender("Kim Jong-un").isEmpty()); // a family name first
        assertTrue(r.firstNameGender("Della Vedova").isEmpty()); // a surname particle
    }

    @Test
    void feminineThingIsNotTheMaleSpeaker() {
        String text = "Der republikanische Vorsitzende im Repräsentantenhaus, John Boehner, gab sich dennoch kämpferisch. "
                + "Diese Debatte ist noch lange nicht vorbei, ehrlich gesagt, beginnt sie erst, erklärte er.";
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        List<ActorRecord> actors = new ActorResolver(doc).resolve().records();
        ActorRecord boehner = actors.stream().filter(a -> a.id().equals("person:john-boehner")).findFirst().orElseThrow();
        assertEquals("m", boehner.gender());
        List<String> mentions = boehner.mentions().stream().map(ActorRecord.MentionRecord::text).toList();
        assertTrue(mentions.contains("er"), mentions.toString());
        assertFalse(mentions.contains("sie"), mentions.toString());
    }
}

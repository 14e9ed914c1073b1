package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.actors.ActorResolver;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/**
 * Session 35: speaker phrases the parse got wrong in 10kGNAD articles (sentences from there): a quoted clause taken for
 * the subject, a passive's patient, a phrase before a postposition, a leading conjunction.
 */
class SpeakerPhraseTest {

    private static List<StatementRecord> statements(String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        return new StatementExtractor(doc, new ActorResolver(doc).resolve()).extract();
    }

    private static StatementRecord withCue(List<StatementRecord> rs, String cue) {
        return rs.stream().filter(x -> x.cue() != null && x.cue().text().contains(cue)).findFirst()
                .orElseThrow(() -> new AssertionError(rs.toString()));
    }

    /** The parse makes the quoted clause's predicate the subject of "sagte" and the speaker its object. */
    @Test
    void aClauseBeforeTheCueIsTheMessageAndTheSpeakerFollows() {
        StatementRecord r = withCue(statements("Der Westbahnhof ist kein Flughafen, den man absperren kann, sagte "
                + "Polizeisprecher Hahslinger."), "sagte");
        assertEquals("Polizeisprecher Hahslinger", r.speaker().text());
        assertEquals("Der Westbahnhof ist kein Flughafen, den man absperren kann", r.quote().text());
        // a number opening the speaker's phrase
        StatementRecord aged = withCue(statements("Beide haben ein sehr großes Selbstbewusstsein, und keiner von beiden "
                + "gibt auf, wenn es mal schwieriger wird, sagt der 47-Jährige im Gespräch mit dem Magazin F1 Racing."), "sagt");
        assertEquals("der 47-Jährige", aged.speaker().text());
    }

    /** A passive's subject (parsed as a plain subject) is what is said, not who says it. */
    @Test
    void aPassiveSubjectDoesNotSpeak() {
        StatementRecord r = withCue(statements("Neue Hacker-Kits würden zehnmal so schnell veröffentlicht, was "
                + "Antiviren-Tools sinnlos mache."), "veröffentlicht");
        assertNull(r.speaker(), r.toString());
        // "zitiert": the one quoted speaks
        StatementRecord quoted = withCue(statements("Der Sprecher wurde mit den Worten zitiert, die Lage sei ernst."),
                "zitiert");
        assertEquals("Der Sprecher", quoted.speaker().text());
    }

    /** "dem Bericht vom Donnerstag zufolge": the report is the source, not the day the parse hung the postposition on. */
    @Test
    void theSourceBeforeAPostpositionIsTheNounNotItsVonPhrase() {
        StatementRecord r = withCue(statements("Deutlich gestiegen ist dem Bericht vom Donnerstag zufolge besonders der "
                + "Anteil der Gewalttaten."), "zufolge");
        assertEquals("dem Bericht vom Donnerstag", r.speaker().text());
        // the phrase starts after the clause's verb the parse hung it on
        StatementRecord media = withCue(statements("Abuja – Bei einem Bombenanschlag im Nordosten Nigerias sind örtlichen "
                + "Medienberichten zufolge Dutzende Menschen ums Leben gekommen."), "zufolge");
        assertEquals("örtlichen Medienberichten", media.speaker().text());
    }

    /** A coordinating conjunction before the speaker belongs to the clause; "sowohl … als auch" stays whole. */
    @Test
    void aLeadingConjunctionIsNotPartOfTheSpeaker() {
        StatementRecord r = withCue(statements("Und Sozialminister Alois Stöger hat erst diese Woche im Parlament "
                + "bekräftigt, der Transfer sei ohne Gesetzesbeschluss unmöglich."), "bekräftigt");
        assertEquals("Sozialminister Alois Stöger", r.speaker().text());
        StatementRecord both = withCue(statements("Allerdings dementierten sowohl Billa als auch Hofer die Berichte "
                + "binnen weniger Stunden."), "dementierten");
        assertEquals("sowohl Billa als auch Hofer", both.speaker().text());
    }
}

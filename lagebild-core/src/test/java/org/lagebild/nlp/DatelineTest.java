package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Syntax#datelineDash}: the one German dateline reader of the statement and event extractors (session 34). */
class DatelineTest {

    private static String dash(String text, int sentence) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        int d = Syntax.datelineDash(doc, doc.sentences().get(sentence));
        return d < 0 ? null : doc.tokens().get(d - 1).text() + " " + doc.token(d).text();
    }

    @Test
    void aPlaceAndADashOpenAnArticlesSentence() {
        assertEquals("Wien –", dash("Wien – Die Vorsitzende der SPÖ hat am Montag ihren Rücktritt erklärt.", 0));
        assertEquals("Pölten –", dash("St. Pölten – Der Landtag hat das Budget beschlossen.", 0));
        // a hyphen between spaces, and a number after the dash
        assertEquals("Rom -", dash("Rom - 30 Menschen sind bei einem Unglück ums Leben gekommen.", 0));
    }

    @Test
    void anInsertionACompoundOrALaterSentenceIsNone() {
        assertEquals(null, dash("Lorenz – übrigens langjähriger Ehrenpräsident – hätte das nie getan.", 0));
        assertEquals(null, dash("EU-Recht gilt auch hier.", 0));
        assertEquals(null, dash("Es regnete. Es schneite. Es stürmte. Es hagelte. Wien – Die Stadt feierte trotzdem.", 4));
    }
}

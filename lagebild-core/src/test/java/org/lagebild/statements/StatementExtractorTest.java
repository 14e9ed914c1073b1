package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.actors.ActorResolver;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;

/** Rules of the statement extractor on hand-made parses (no parser needed). */
class StatementExtractorTest {

    /**
     * One sentence from "word/POS/head/deprel/lemma" items separated by spaces; head is the
     * token index (-1 for the root); an item starting with "~" is glued to the previous word.
     */
    static AnnotatedDocument parse(String spec) {
        return parseSentences(spec);
    }

    /** Several sentences in the format of {@link #parse}, separated by " || "; heads are indices in the whole document. */
    static AnnotatedDocument parseSentences(String spec) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String part : spec.split(" \\|\\| ")) {
            int first = tokens.size();
            int begin = text.length() == 0 ? 0 : text.length() + 1;
            for (String item : part.split(" ")) {
                boolean glue = item.startsWith("~");
                String[] f = (glue ? item.substring(1) : item).split("/");
                if (!glue && text.length() > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(f[0]);
                // an optional sixth field is the named-entity tag
                tokens.add(new Token(tokens.size(), sentences.size(), start, text.length(), f[0], f[1], f.length > 5 ? f[5] : "O",
                        Integer.parseInt(f[2]), f[3], f[4]));
            }
            sentences.add(new Sentence(sentences.size(), begin, text.length(), first, tokens.size()));
        }
        return new AnnotatedDocument(text.toString(), "de", tokens, sentences);
    }

    private static List<StatementRecord> extract(AnnotatedDocument doc) {
        return new StatementExtractor(doc, new ActorResolver(doc).resolve()).extract();
    }

    /** The one statement the rules find, with its message text. */
    private static StatementRecord only(AnnotatedDocument doc) {
        List<StatementRecord> out = extract(doc);
        assertEquals(1, out.size(), out.toString());
        return out.get(0);
    }

    private static String message(AnnotatedDocument doc, StatementRecord r) {
        return doc.text().substring(r.quote().start(), r.quote().end());
    }

    /** {@link #parse} as an English document. */
    static AnnotatedDocument parseEnglish(String spec) {
        AnnotatedDocument de = parseSentences(spec);
        return new AnnotatedDocument(de.text(), "en", de.tokens(), de.sentences());
    }

    @Test
    void englishCueParsedAsClausalSubjectOfItsComplement() {
        // CoreNLP's parse: "argue" a csubj of "assuming", "Brussels" argue's object
        AnnotatedDocument doc = parseEnglish("Others/NOUN/1/nsubj/other argue/VERB/4/csubj/argue Brussels/PROPN/1/obj/Brussels"
                + " is/AUX/4/aux/be assuming/VERB/-1/root/assume too/ADV/6/advmod/too much/ADJ/7/amod/much"
                + " power/NOUN/4/obj/power ~./PUNCT/4/punct/.");
        StatementRecord r = only(doc);
        assertEquals("Brussels is assuming too much power", message(doc, r));
        assertEquals("indirect", r.form());
        assertEquals("argue", r.cue().text());
        assertEquals("Others", r.speaker().text());
        // the same words parsed as "argue Brussels" (a verb with its object) stay a reported act of arguing
        AnnotatedDocument plain = parseEnglish("Others/NOUN/1/nsubj/other argue/VERB/-1/root/argue"
                + " Brussels/PROPN/1/obj/Brussels ~./PUNCT/1/punct/.");
        assertEquals("reported", only(plain).form());
    }

    @Test
    void englishParticipleCueTakesTheSpeakerOfTheStatementBeforeIt() {
        AnnotatedDocument doc = parseEnglish("It/PRON/1/nsubj/it failed/VERB/4/ccomp/fail ~,/PUNCT/1/punct/,"
                + " Chaudhry/PROPN/4/nsubj/Chaudhry said/VERB/-1/root/say ~,/PUNCT/4/punct/, adding/VERB/4/dep/add"
                + " that/SCONJ/9/mark/that it/PRON/9/nsubj/it hurt/VERB/6/ccomp/hurt ~./PUNCT/4/punct/.");
        StatementRecord adding = extract(doc).stream().filter(r -> r.cue().text().equals("adding")).findFirst().orElseThrow();
        assertEquals("Chaudhry", adding.speaker().text());
        // no statement before it in the sentence: the clause's subject is not taken ("bombers are wearing …, adding")
        AnnotatedDocument alone = parseEnglish("They/PRON/1/nsubj/they left/VERB/-1/root/leave ~,/PUNCT/1/punct/,"
                + " adding/VERB/1/dep/add that/SCONJ/6/mark/that it/PRON/6/nsubj/it hurt/VERB/3/ccomp/hurt ~./PUNCT/1/punct/.");
        assertTrue(extract(alone).stream().allMatch(r -> r.speaker() == null), extract(alone).toString());
    }

    @Test
    void englishPredicateParsedAsALooseDependentOfTheCue() {
        AnnotatedDocument doc = parseEnglish("Sahaar/PROPN/1/nsubj/Sahaar said/VERB/-1/root/say the/DET/3/det/the ban/NOUN/1/obj/ban"
                + " ~,/PUNCT/1/punct/, though/ADV/1/advmod/though ~,/PUNCT/1/punct/, is/AUX/10/cop/be of/ADP/10/case/of"
                + " little/ADJ/10/amod/little surprise/NOUN/1/dep/surprise ~./PUNCT/1/punct/.");
        StatementRecord r = only(doc);
        assertEquals("the ban, though, is of little surprise", message(doc, r));
        assertEquals("indirect", r.form());
        // a second act after the object is no complement: "rejected the budget, saying …" stays an act of rejecting
        AnnotatedDocument act = parseEnglish("They/PRON/1/nsubj/they rejected/VERB/-1/root/reject the/DET/3/det/the"
                + " budget/NOUN/1/obj/budget ~,/PUNCT/1/punct/, saying/VERB/1/parataxis/say it/PRON/7/nsubj/it"
                + " hurts/VERB/5/ccomp/hurt ~./PUNCT/1/punct/.");
        assertTrue(extract(act).stream().noneMatch(s -> message(act, s).startsWith("the budget")), extract(act).toString());
    }

    @Test
    void wieClauseByWordOrderWhenTheParserMadeWieAPreposition() {
        AnnotatedDocument doc = parse("Wie/ADP/2/case/wie die/DET/2/det/der Polizei/NOUN/3/obl/Polizei mitteilte/VERB/-1/root/mitteilen"
                + " ~,/PUNCT/3/punct/, wurden/AUX/3/aux:pass/werden 19/NUM/6/nummod/19 Menschen/NOUN/3/nsubj:pass/Mensch"
                + " verletzt/ADJ/6/amod/verletzt ~./PUNCT/3/punct/.");
        // the main clause hangs on the cue as in the parser's output, so only word order finds it
        StatementRecord r = only(doc);
        assertEquals("wurden 19 Menschen verletzt", message(doc, r));
        assertEquals("indirect", r.form());
        assertNotNull(r.cue());
        assertEquals("mitteilte", r.cue().text());
    }

    @Test
    void wieClauseSpeakerParsedAsAnObliqueOfWie() {
        AnnotatedDocument doc = parse("Wie/ADP/2/case/wie der/DET/2/det/der Bundeswahlleiter/NOUN/3/obl/Bundeswahlleiter"
                + " mitteilte/VERB/5/acl/mitteilen ~,/PUNCT/3/punct/, lag/VERB/-1/root/liegen die/DET/7/det/der"
                + " Wahlbeteiligung/NOUN/5/nsubj/Wahlbeteiligung bei/ADP/10/case/bei 41,9/NUM/10/nummod/41,9"
                + " Prozent/NOUN/5/obl/Prozent ~./PUNCT/5/punct/.");
        // the cue has no subject and is a clause modifier: without the noun after "wie" it was dropped
        StatementRecord r = only(doc);
        assertEquals("lag die Wahlbeteiligung bei 41,9 Prozent", message(doc, r));
        assertNotNull(r.speaker());
        assertEquals("der Bundeswahlleiter", r.speaker().text());
    }

    @Test
    void multiwordCueWinsOverTheWeakVerbAndKeepsItsWord() {
        AnnotatedDocument doc = parse("Er/PRON/1/nsubj/er gab/VERB/-1/root/geben bekannt/ADJ/1/advmod/bekannt ~,/PUNCT/6/punct/,"
                + " dass/SCONJ/6/mark/dass es/PRON/6/nsubj/es regnet/VERB/1/ccomp/regnen ~./PUNCT/1/punct/.");
        StatementRecord r = only(doc);
        assertEquals("dass es regnet", message(doc, r));
        assertEquals("gab … bekannt", r.cue().text());
    }

    private static List<StatementRecord> withCandidates(AnnotatedDocument doc) {
        return new StatementExtractor(doc, new ActorResolver(doc).resolve(), true).extract();
    }

    @Test
    void weakVerbsReportedActIsACandidateOnlyOnRequest() {
        // "sehen" is a weak cue: without a complement clause the rules reject the reported reading
        AnnotatedDocument doc = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister sieht/VERB/-1/root/sehen"
                + " einen/DET/4/det/ein Fortschritt/NOUN/2/obj/Fortschritt ~./PUNCT/2/punct/.");
        assertTrue(extract(doc).isEmpty(), extract(doc).toString());
        List<StatementRecord> out = withCandidates(doc);
        assertEquals(1, out.size(), out.toString());
        assertEquals("weakReported", StatementExtractor.candidateKind(out.get(0)));
        assertEquals("reported", out.get(0).form());
        // a verb that is no cue and has no complement clause gives no candidate either
        AnnotatedDocument bought = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister kauft/VERB/-1/root/kaufen"
                + " ein/DET/4/det/ein Auto/NOUN/2/obj/Auto ~./PUNCT/2/punct/.");
        assertTrue(withCandidates(bought).isEmpty(), withCandidates(bought).toString());
    }

    @Test
    void verbOutsideTheLexiconWithADassClauseIsACandidate() {
        AnnotatedDocument doc = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister vergisst/VERB/-1/root/vergessen"
                + " ~,/PUNCT/6/punct/, dass/SCONJ/6/mark/dass es/PRON/6/nsubj/es regnet/VERB/2/ccomp/regnen ~./PUNCT/2/punct/.");
        assertTrue(extract(doc).isEmpty(), extract(doc).toString());
        List<StatementRecord> out = withCandidates(doc);
        assertEquals(1, out.size(), out.toString());
        assertEquals("unlistedClause", StatementExtractor.candidateKind(out.get(0)));
        assertEquals("dass es regnet", message(doc, out.get(0)));
        assertEquals("Der Minister", out.get(0).speaker().text());
        // without the clause it is no candidate
        AnnotatedDocument plain = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister vergisst/VERB/-1/root/vergessen"
                + " den/DET/4/det/der Termin/NOUN/2/obj/Termin ~./PUNCT/2/punct/.");
        assertTrue(withCandidates(plain).isEmpty(), withCandidates(plain).toString());
    }

    @Test
    void candidatesLeaveTheRulesStatementsAlone() {
        // a cued quotation: the same statement with and without candidates, and no candidate beside it
        AnnotatedDocument doc = parse("Er/PRON/1/nsubj/er gab/VERB/-1/root/geben bekannt/ADJ/1/advmod/bekannt ~,/PUNCT/6/punct/,"
                + " dass/SCONJ/6/mark/dass es/PRON/6/nsubj/es regnet/VERB/1/ccomp/regnen ~./PUNCT/1/punct/.");
        assertEquals(extract(doc), withCandidates(doc));
        assertNull(StatementExtractor.candidateKind(extract(doc).get(0)));
    }

    /** "Zeitungen berichteten, der Minister {@code verb} zurück." with the clause attached to the cue as {@code rel}. */
    private static AnnotatedDocument papersReport(String verb, String rel) {
        return parse("Zeitungen/NOUN/1/nsubj/Zeitung berichteten/VERB/-1/root/berichten ~,/PUNCT/5/punct/,"
                + " der/DET/4/det/der Minister/NOUN/5/nsubj/Minister " + verb + "/VERB/1/" + rel + "/treten"
                + " zurück/ADP/5/compound:prt/zurück ~./PUNCT/1/punct/.");
    }

    @Test
    void complementClauseParsedAsACommaConjunct() {
        AnnotatedDocument doc = papersReport("trete", "conj");
        StatementRecord r = only(doc);
        assertEquals("der Minister trete zurück", message(doc, r));
        assertEquals("Zeitungen", r.speaker().text());
    }

    @Test
    void complementClauseParsedAsAClausalModifierOfTheCue() {
        // "erklärte, der Minister trete zurück" with the complement attached as acl of the verb
        AnnotatedDocument doc = papersReport("trete", "acl");
        StatementRecord r = only(doc);
        assertEquals("der Minister trete zurück", message(doc, r));
        assertEquals("Zeitungen", r.speaker().text());
        // in the indicative, without "dass", such a modifier is no complement: an own subject is not enough
        AnnotatedDocument indicative = papersReport("trat", "acl");
        assertTrue(extract(indicative).isEmpty(), extract(indicative).toString());
    }

    @Test
    void complementClauseParsedUnderTheSpeakerIsTheCuesMessage() {
        // "Im gleichen Interview sagte der Minister, dass …" with the "dass" clause hung as ccomp on "Minister"
        AnnotatedDocument doc = parse("Im/ADP/2/case/in gleichen/ADJ/2/amod/gleich Interview/NOUN/3/obl/Interview"
                + " sagte/VERB/-1/root/sagen der/DET/5/det/der Minister/NOUN/3/nsubj/Minister ~,/PUNCT/11/punct/,"
                + " dass/SCONJ/11/mark/dass Europa/PROPN/11/nsubj/Europa ein/DET/10/det/ein Interesse/NOUN/11/obj/Interesse"
                + " habe/VERB/5/ccomp/haben ~./PUNCT/3/punct/.");
        StatementRecord r = only(doc);
        assertEquals("dass Europa ein Interesse habe", message(doc, r));
        assertEquals("der Minister", r.speaker().text());
    }

    /** The rules find one statement, with this message and speaker. */
    private static void assertOnly(AnnotatedDocument doc, String message, String speaker) {
        StatementRecord r = only(doc);
        assertEquals(message, message(doc, r));
        assertEquals(speaker, r.speaker().text());
    }

    /** No statement's message starts with {@code prefix}. */
    private static void assertNoMessage(AnnotatedDocument doc, String prefix) {
        List<StatementRecord> out = extract(doc);
        assertTrue(out.stream().noneMatch(r -> message(doc, r).startsWith(prefix)), out.toString());
    }

    /** "Um 15 Uhr meldeten die Nachrichten der Tagesschau, {@code subject} rechne mit einer Verhandlung." (acl of "Tagesschau"). */
    private static AnnotatedDocument newsReport(String subject) {
        return parse("Um/ADP/2/case/um 15/NUM/2/nummod/15 Uhr/NOUN/3/obl/Uhr meldeten/VERB/-1/root/melden"
                + " die/DET/5/det/der Nachrichten/NOUN/3/nsubj/Nachricht der/DET/7/det/der Tagesschau/NOUN/5/nmod/Tagesschau"
                + " ~,/PUNCT/10/punct/, " + subject + "/10/nsubj/" + subject.split("/")[0]
                + " rechne/VERB/7/acl/rechnen mit/ADP/13/case/mit einer/DET/13/det/ein Verhandlung/NOUN/10/obl/Verhandlung"
                + " ~./PUNCT/3/punct/.");
    }

    @Test
    void complementClauseParsedUnderTheInvertedSubjectIsTheCuesMessage() {
        // the clause is no part of the speaker
        assertOnly(newsReport("Feldmann/PROPN"), "Feldmann rechne mit einer Verhandlung", "die Nachrichten der Tagesschau");
        // a relative clause there ("…, die … rechne") is the noun's own, not what was reported
        assertNoMessage(newsReport("die/PRON"), "die rechne");
    }

    /** "Die Organisation sagte, {@code conjunction} in Agok Verletzte aufgenommen wurden." with the conjunction a dep of the comma. */
    private static AnnotatedDocument danglingClause(String conjunction) {
        return parse("Die/DET/1/det/der Organisation/NOUN/2/nsubj/Organisation sagte/VERB/-1/root/sagen ~,/PUNCT/2/punct/,"
                + " " + conjunction + "/SCONJ/3/dep/" + conjunction + " in/ADP/6/case/in Agok/PROPN/4/nmod/Agok"
                + " Verletzte/NOUN/8/nsubj:pass/Verletzter aufgenommen/VERB/6/acl/aufnehmen wurden/AUX/8/aux:pass/werden"
                + " ~./PUNCT/6/punct/.");
    }

    @Test
    void dassClauseHungOnTheCommaAfterTheCueIsItsMessage() {
        assertOnly(danglingClause("dass"), "dass in Agok Verletzte aufgenommen wurden", "Die Organisation");
        assertNoMessage(danglingClause("als"), "als"); // "sagte, als …": a temporal clause is not what was said
    }

    /** "Die Zeitung berichtete mit Verweis auf Einheiten, {@code conjunction} der Angriff geführt wurde." (acl of "Einheiten"). */
    private static AnnotatedDocument reportWithReference(String conjunction) {
        return parse("Die/DET/1/det/der Zeitung/NOUN/2/nsubj/Zeitung berichtete/VERB/-1/root/berichten mit/ADP/4/case/mit"
                + " Verweis/NOUN/2/obl/Verweis auf/ADP/6/case/auf Einheiten/NOUN/2/obl/Einheit ~,/PUNCT/11/punct/,"
                + " " + conjunction + "/SCONJ/11/mark/" + conjunction + " der/DET/10/det/der Angriff/NOUN/11/nsubj:pass/Angriff"
                + " geführt/VERB/6/acl/führen wurde/AUX/11/aux:pass/werden ~./PUNCT/2/punct/.");
    }

    @Test
    void dassClauseParsedAsModifierOfTheCuesObjectIsItsMessage() {
        assertOnly(reportWithReference("dass"), "dass der Angriff geführt wurde", "Die Zeitung");
        assertNoMessage(reportWithReference("weil"), "weil"); // an adverbial clause there is no complement
    }

    @Test
    void complementClauseOfASubjectThatNamesWhatIsSaidStaysTheNouns() {
        // "Damit bestätigt sich die Befürchtung, dass …": the clause is the noun's content (the noun its cue since session
        // 17), not the verb's message, and nobody speaks
        AnnotatedDocument doc = parse("Damit/ADV/1/advmod/damit bestätigt/VERB/-1/root/bestätigen sich/PRON/1/obj/sich"
                + " die/DET/4/det/der Befürchtung/NOUN/1/nsubj/Befürchtung ~,/PUNCT/10/punct/, dass/SCONJ/10/mark/dass"
                + " das/DET/8/det/der Virus/NOUN/10/nsubj/Virus sich/PRON/10/obj/sich ausbreitet/VERB/4/ccomp/ausbreiten"
                + " ~./PUNCT/1/punct/.");
        StatementRecord r = only(doc);
        assertEquals("Befürchtung", r.cue().text());
        assertNull(r.speaker(), r.toString());
    }

    @Test
    void zuInfinitiveOfADecisionVerbIsItsMessage() {
        AnnotatedDocument doc = parse("Die/DET/1/det/der Regierung/NOUN/2/nsubj/Regierung beschloss/VERB/-1/root/beschließen"
                + " ~,/PUNCT/7/punct/, die/DET/5/det/der Beleuchtung/NOUN/7/obj/Beleuchtung zu/PART/7/mark/zu"
                + " reduzieren/VERB/2/xcomp/reduzieren ~./PUNCT/2/punct/.");
        StatementRecord r = only(doc);
        assertEquals("die Beleuchtung zu reduzieren", message(doc, r));
        assertEquals("Die Regierung", r.speaker().text());
        // a weak cue outside the list of decision verbs: refusing is an act, its infinitive no content
        AnnotatedDocument refusal = parse("Die/DET/1/det/der Regierung/NOUN/2/nsubj/Regierung weigerte/VERB/-1/root/weigern"
                + " sich/PRON/2/obj/sich ~,/PUNCT/8/punct/, die/DET/6/det/der Beleuchtung/NOUN/8/obj/Beleuchtung zu/PART/8/mark/zu"
                + " reduzieren/VERB/2/xcomp/reduzieren ~./PUNCT/2/punct/.");
        assertTrue(extract(refusal).isEmpty(), extract(refusal).toString());
    }

    @Test
    void zuInfinitiveAfterTheCueIsItsMessageWhereverTheParserHangsIt() {
        // the parser hung the infinitive under the object ("Mitarbeiter"), not under the cue
        AnnotatedDocument doc = parse("Die/DET/1/det/der Bahn/NOUN/2/nsubj/Bahn gab/VERB/-1/root/angeben an/ADP/2/compound:prt/an"
                + " ~,/PUNCT/9/punct/, den/DET/6/det/der Mitarbeiter/NOUN/2/obj/Mitarbeiter nicht/PART/9/advmod/nicht"
                + " mehr/ADV/7/advmod/mehr einsetzen/VERB/6/advcl/einsetzen zu/PART/9/mark/zu wollen/AUX/9/aux/wollen"
                + " ~./PUNCT/2/punct/.");
        StatementRecord r = only(doc);
        assertEquals("den Mitarbeiter nicht mehr einsetzen zu wollen", message(doc, r));
        assertEquals("indirect", r.form());
        assertEquals("Die Bahn", r.speaker().text());
        // a passive without a speaker: the infinitive hung on the subject
        AnnotatedDocument passive = parse("Klien/PROPN/2/iobj/Klien wurde/AUX/2/aux:pass/werden vorgeworfen/VERB/-1/root/vorwerfen"
                + " ~,/PUNCT/4/punct/, an/ADP/5/case/an der/DET/6/det/der Schlägerei/NOUN/7/obl/Schlägerei"
                + " beteiligt/ADJ/0/acl/beteiligt gewesen/AUX/7/cop/sein zu/PART/10/mark/zu sein/AUX/7/aux/sein ~./PUNCT/2/punct/.");
        assertEquals("an der Schlägerei beteiligt gewesen zu sein", message(passive, only(passive)));
    }

    @Test
    void zuInfinitiveOfAnUrgingVerbIsItsMessageButNotOfARefusal() {
        // "drängen" is a weak cue listed in decision-verbs-de.tsv; the parser hung the infinitive under the object
        AnnotatedDocument urge = parse("Sie/PRON/1/nsubj/sie drängten/VERB/-1/root/drängen den/DET/3/det/der"
                + " Premierminister/NOUN/1/obj/Premierminister ~,/PUNCT/8/punct/, seine/DET/6/det/sein"
                + " Bemühungen/NOUN/8/obj/Bemühung zu/PART/8/mark/zu verstärken/VERB/3/advcl/verstärken ~./PUNCT/1/punct/.");
        assertEquals("seine Bemühungen zu verstärken", message(urge, only(urge)));
        // "ablehnen" is a weak cue too, but refusing is an act: not listed, so no message
        AnnotatedDocument refusal = parse("Die/DET/1/det/der Regierung/NOUN/2/nsubj/Regierung lehnte/VERB/-1/root/ablehnen"
                + " es/PRON/2/obj/es ab/ADP/2/compound:prt/ab ~,/PUNCT/9/punct/, die/DET/7/det/der Beleuchtung/NOUN/9/obj/Beleuchtung"
                + " zu/PART/9/mark/zu reduzieren/VERB/3/advcl/reduzieren ~./PUNCT/2/punct/.");
        assertTrue(extract(refusal).isEmpty(), extract(refusal).toString());
    }

    @Test
    void zuInfinitiveOfPurposeOrInAFiniteClauseIsNoMessage() {
        // "um … zu" after the comma is an adverbial of the act
        AnnotatedDocument purpose = parse("Die/DET/1/det/der Bahn/NOUN/2/nsubj/Bahn gab/VERB/-1/root/angeben an/ADP/2/compound:prt/an"
                + " ~,/PUNCT/9/punct/, um/ADP/9/mark/um den/DET/6/det/der Mitarbeiter/NOUN/9/obj/Mitarbeiter"
                + " zu/PART/8/mark/zu schützen/VERB/2/advcl/schützen ~./PUNCT/2/punct/.");
        assertTrue(extract(purpose).stream().noneMatch(r -> message(purpose, r).equals("um den Mitarbeiter zu schützen")
                || message(purpose, r).equals("den Mitarbeiter zu schützen")), extract(purpose).toString());
        // a finite clause with a zu-infinitive inside ("…, wer etwas zu sagen hat"): the clause is no infinitive
        AnnotatedDocument finite = parse("Die/DET/1/det/der Bahn/NOUN/2/nsubj/Bahn gab/VERB/-1/root/angeben an/ADP/2/compound:prt/an"
                + " ~,/PUNCT/7/punct/, wer/PRON/9/nsubj/wer etwas/PRON/7/obj/etwas zu/PART/7/mark/zu sagen/VERB/4/xcomp/sagen"
                + " hat/AUX/1/acl/haben ~./PUNCT/2/punct/.");
        assertTrue(extract(finite).stream().noneMatch(r -> message(finite, r).endsWith("zu sagen")), extract(finite).toString());
    }

    @Test
    void firstPersonOutsideQuotationMarksIsAnInterviewAnswerNotAStatement() {
        AnnotatedDocument interview = parse("Ich/PRON/1/nsubj/ich glaube/VERB/-1/root/glauben ~,/PUNCT/7/punct/, dass/SCONJ/7/mark/dass"
                + " sie/PRON/7/nsubj/sie einen/DET/6/det/ein Krieg/NOUN/7/obj/Krieg wollen/VERB/1/ccomp/wollen ~./PUNCT/1/punct/.");
        assertTrue(extract(interview).isEmpty(), extract(interview).toString());
        AnnotatedDocument report = parse("Er/PRON/1/nsubj/er glaubt/VERB/-1/root/glauben ~,/PUNCT/7/punct/, dass/SCONJ/7/mark/dass"
                + " sie/PRON/7/nsubj/sie einen/DET/6/det/ein Krieg/NOUN/7/obj/Krieg wollen/VERB/1/ccomp/wollen ~./PUNCT/1/punct/.");
        assertEquals("dass sie einen Krieg wollen", message(report, only(report)));
    }

    @Test
    void firstPersonPresentIsNoKonjunktivContinuation() {
        String before = "Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister sagte/VERB/-1/root/sagen ~,/PUNCT/6/punct/,"
                + " er/PRON/6/nsubj/er sei/AUX/6/cop/sein bereit/ADJ/2/ccomp/bereit ~./PUNCT/2/punct/. || ";
        // "ich lehne" is indicative and Konjunktiv I alike: no sign of reported speech
        AnnotatedDocument first = parseSentences(before + "Ich/PRON/9/nsubj/ich lehne/VERB/-1/root/ablehnen"
                + " sie/PRON/9/obj/sie ab/ADP/9/compound:prt/ab ~./PUNCT/9/punct/.");
        assertEquals(1, extract(first).size(), extract(first).toString());
        AnnotatedDocument third = parseSentences(before + "Er/PRON/9/nsubj/er lehne/VERB/-1/root/ablehnen"
                + " sie/PRON/9/obj/sie ab/ADP/9/compound:prt/ab ~./PUNCT/9/punct/.");
        assertEquals(2, extract(third).size(), extract(third).toString());
        assertEquals("indirect_free_indirect", extract(third).get(1).form());
    }

    /** "Der Minister sagte, er sei bereit. {@code between} Die Studie sei richtig." (heads for a four-token middle sentence). */
    private static AnnotatedDocument continuationAfter(String between) {
        return parseSentences("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister sagte/VERB/-1/root/sagen ~,/PUNCT/6/punct/,"
                + " er/PRON/6/nsubj/er sei/AUX/6/cop/sein bereit/ADJ/2/ccomp/bereit ~./PUNCT/2/punct/. || " + between
                + " || Die/DET/13/det/der Studie/NOUN/15/nsubj/Studie sei/AUX/15/cop/sein richtig/ADJ/-1/root/richtig ~./PUNCT/15/punct/.");
    }

    @Test
    void continuationBelongsToTheAgentiveSubjectOfTheSentenceBetween() {
        // the nearest mention of someone who speaks, not the last statement's speaker two sentences back
        AnnotatedDocument named = continuationAfter("Die/DET/9/det/der Kanzlerin/NOUN/10/nsubj/Kanzlerin"
                + " widersprach/VERB/-1/root/widersprechen ~./PUNCT/10/punct/.");
        List<StatementRecord> out = extract(named);
        assertEquals(2, out.size(), out.toString());
        assertEquals("indirect_free_indirect", out.get(1).form());
        assertEquals("Die Kanzlerin", out.get(1).speaker().text());
        // a subject that cannot speak leaves the continuation to the last speaker
        AnnotatedDocument thing = continuationAfter("Der/DET/9/det/der Vorschlag/NOUN/10/nsubj/Vorschlag"
                + " scheiterte/VERB/-1/root/scheitern ~./PUNCT/10/punct/.");
        out = extract(thing);
        assertEquals(2, out.size(), out.toString());
        assertEquals("Der Minister", out.get(1).speaker().text());
    }

    @Test
    void quotedSentenceAfterAnUncitedSentenceBelongsToItsAgentiveSubject() {
        String before = "Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister sagte/VERB/-1/root/sagen ~,/PUNCT/6/punct/,"
                + " er/PRON/6/nsubj/er sei/AUX/6/cop/sein bereit/ADJ/2/ccomp/bereit ~./PUNCT/2/punct/. || ";
        String quote = " || „/PUNCT/16/punct/„ ~Das/PRON/16/nsubj/der ist/AUX/16/cop/sein völlig/ADV/16/advmod/völlig"
                + " falsch/ADJ/-1/root/falsch ~./PUNCT/16/punct/. ~“/PUNCT/16/punct/“";
        AnnotatedDocument named = parseSentences(before + "Die/DET/9/det/der Kanzlerin/NOUN/10/nsubj/Kanzlerin"
                + " widersprach/VERB/-1/root/widersprechen ~./PUNCT/10/punct/." + quote);
        List<StatementRecord> out = extract(named);
        assertEquals(2, out.size(), out.toString());
        assertEquals("direct", out.get(1).form());
        assertEquals("Die Kanzlerin", out.get(1).speaker().text());
        AnnotatedDocument thing = parseSentences(before + "Der/DET/9/det/der Vorschlag/NOUN/10/nsubj/Vorschlag"
                + " scheiterte/VERB/-1/root/scheitern ~./PUNCT/10/punct/." + quote);
        out = extract(thing);
        assertEquals(2, out.size(), out.toString());
        assertEquals("Der Minister", out.get(1).speaker().text());
    }

    @Test
    void coordinatedClauseIsNoComplement() {
        AnnotatedDocument doc = parse("Zeitungen/NOUN/1/nsubj/Zeitung berichteten/VERB/-1/root/berichten ~,/PUNCT/6/punct/,"
                + " und/CCONJ/6/cc/und der/DET/5/det/der Minister/NOUN/6/nsubj/Minister trat/VERB/1/conj/treten"
                + " zurück/ADP/6/compound:prt/zurück ~./PUNCT/1/punct/.");
        assertTrue(extract(doc).isEmpty(), extract(doc).toString());
    }

    @Test
    void lowerCaseQuotedPhraseOutsideAnyStatementIsDirectSpeechOfTheClauseSubject() {
        AnnotatedDocument doc = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister verteidigte/VERB/-1/root/verteidigen"
                + " die/DET/7/det/der „/PUNCT/7/punct/„ ~völlig/ADV/6/advmod/völlig angemessene/ADJ/7/amod/angemessen"
                + " Reaktion/NOUN/2/obj/Reaktion ~“/PUNCT/7/punct/“ ~./PUNCT/2/punct/.");
        StatementRecord r = only(doc);
        assertEquals("direct", r.form());
        assertTrue(message(doc, r).contains("völlig angemessene Reaktion"));
        assertNotNull(r.speaker());
        assertEquals("Der Minister", r.speaker().text());
    }

    @Test
    void capitalisedShortQuotationIsATitleNotAStatement() {
        AnnotatedDocument doc = parse("Er/PRON/1/nsubj/er las/VERB/-1/root/lesen die/DET/5/det/der „/PUNCT/5/punct/„"
                + " ~Berliner/ADJ/5/amod/Berliner Zeitung/NOUN/1/obj/Zeitung ~“/PUNCT/5/punct/“ ~./PUNCT/1/punct/.");
        assertTrue(extract(doc).isEmpty());
    }

    @Test
    void postposedSourceIsTheNounWithoutThePostposition() {
        AnnotatedDocument doc = parse("Berichten/NOUN/2/obl/Bericht zufolge/ADP/0/case/zufolge befanden/VERB/-1/root/befinden"
                + " sich/PRON/2/obj/sich Kinder/NOUN/2/nsubj/Kind an/ADP/6/case/an Bord/NOUN/2/obl/Bord ~./PUNCT/2/punct/.");
        StatementRecord r = only(doc);
        assertEquals("befanden sich Kinder an Bord", message(doc, r));
        assertEquals("Berichten", r.speaker().text());
    }

    @Test
    void speakerEndsBeforeItsRelativeClause() {
        AnnotatedDocument doc = parse("Sichau/PROPN/6/nsubj/Sichau ~,/PUNCT/4/punct/, der/PRON/4/nsubj/der dort/ADV/4/advmod/dort"
                + " arbeitet/VERB/0/acl/arbeiten ~,/PUNCT/4/punct/, sagte/VERB/-1/root/sagen ~,/PUNCT/11/punct/,"
                + " die/DET/9/det/der Lage/NOUN/11/nsubj/Lage sei/AUX/11/cop/sein ernst/ADJ/6/ccomp/ernst ~./PUNCT/6/punct/.");
        StatementRecord r = only(doc);
        assertEquals("die Lage sei ernst", message(doc, r));
        assertEquals("Sichau", r.speaker().text());
    }

    @Test
    void soSourceEndsBeforeAPrepositionalPhraseAndLeavesOutSo() {
        AnnotatedDocument doc = parse("Die/DET/1/det/der Lage/NOUN/3/nsubj/Lage sei/AUX/3/cop/sein ernst/ADJ/-1/root/ernst"
                + " ~,/PUNCT/6/punct/, so/ADV/6/advmod/so Banke/PROPN/3/parataxis/Banke gegenüber/ADP/9/case/gegenüber"
                + " der/DET/9/det/der Zeitung/NOUN/6/nmod/Zeitung ~./PUNCT/3/punct/.");
        StatementRecord r = only(doc);
        assertEquals("Die Lage sei ernst", message(doc, r));
        assertEquals("Banke", r.speaker().text());
    }

    @Test
    void soSourceEndsBeforeAnAdverbialAdjectiveAfterTheName() {
        AnnotatedDocument doc = parse("Die/DET/1/det/der Lage/NOUN/3/nsubj/Lage sei/AUX/3/cop/sein ernst/ADJ/-1/root/ernst"
                + " ~,/PUNCT/6/punct/, so/ADV/6/advmod/so Suttner/PROPN/3/parataxis/Suttner wörtlich/ADJ/6/amod/wörtlich ~./PUNCT/3/punct/.");
        assertEquals("Suttner", only(doc).speaker().text());
        // an adjective before a noun of the source is its attribute ("der Sprecher der Grünen Jugend")
        AnnotatedDocument attribute = parse("Die/DET/1/det/der Lage/NOUN/3/nsubj/Lage sei/AUX/3/cop/sein ernst/ADJ/-1/root/ernst"
                + " ~,/PUNCT/7/punct/, so/ADV/7/advmod/so der/DET/7/det/der Sprecher/NOUN/3/parataxis/Sprecher der/DET/10/det/der"
                + " Grünen/ADJ/10/amod/grün Jugend/NOUN/7/nmod/Jugend ~./PUNCT/3/punct/.");
        assertEquals("der Sprecher der Grünen Jugend", only(attribute).speaker().text());
    }

    @Test
    void postposedNachIsTheCueOfAStanceNounSource() {
        // "Seiner Meinung nach …": the cue is the postposition, the speaker mention the noun phrase
        AnnotatedDocument doc = parse("Seiner/DET/1/det:poss/sein Meinung/NOUN/6/obl/Meinung nach/ADP/1/case/nach sei/AUX/6/cop/sein"
                + " die/DET/5/det/der Lage/NOUN/6/nsubj/Lage ernst/ADJ/-1/root/ernst ~./PUNCT/6/punct/.");
        StatementRecord r = only(doc);
        assertEquals("nach", r.cue().text());
        assertEquals("Seiner Meinung", r.speaker().text());
        assertEquals("sei die Lage ernst", message(doc, r));
        // a preposition before the noun is the cue as before ("Nach Ansicht der Regierung")
        AnnotatedDocument front = parse("Nach/ADP/1/case/nach Ansicht/NOUN/7/obl/Ansicht der/DET/3/det/der Regierung/NOUN/1/nmod/Regierung"
                + " sei/AUX/7/cop/sein die/DET/6/det/der Lage/NOUN/7/nsubj/Lage ernst/ADJ/-1/root/ernst ~./PUNCT/7/punct/.");
        StatementRecord f = only(front);
        assertEquals("Nach", f.cue().text());
        assertEquals("Ansicht der Regierung", f.speaker().text());
    }

    @Test
    void sourceAfterNachLeavesOutWordsOfTheMessageTheParserAttachedToIt() {
        // "nach jüngsten Untersuchungen international geächtete Chemikalien": the parse hangs the
        // subject of the message on the source noun
        AnnotatedDocument doc = parse("Im/ADP/1/case/in Wasser/NOUN/8/obl/Wasser sind/AUX/8/aux/sein nach/ADP/5/case/nach"
                + " jüngsten/ADJ/5/amod/jung Untersuchungen/NOUN/8/obl/Untersuchung international/ADJ/5/amod/international"
                + " Gifte/NOUN/5/nmod/Gift festgestellt/VERB/-1/root/feststellen worden/AUX/8/aux:pass/werden ~./PUNCT/8/punct/.");
        StatementRecord r = extract(doc).stream().filter(x -> x.cue() != null && x.cue().text().equals("nach")).findFirst().orElseThrow();
        assertEquals("jüngsten Untersuchungen", r.speaker().text());
    }

    // ------------------------------------------------------------------ addressees

    @Test
    void dativeObjectOfASpeechVerbIsTheAddressee() {
        // the parser labels German datives obl:arg
        AnnotatedDocument doc = parse("Schröder/PROPN/1/nsubj/Schröder sagte/VERB/-1/root/sagen der/DET/3/det/der"
                + " Zeitung/NOUN/1/obl:arg/Zeitung ~,/PUNCT/7/punct/, sie/PRON/7/nsubj/sie könne/AUX/7/aux/können"
                + " helfen/VERB/1/ccomp/helfen ~./PUNCT/1/punct/.");
        StatementRecord r = only(doc);
        assertEquals("sie könne helfen", message(doc, r));
        assertNotNull(r.addressee());
        assertEquals("der Zeitung", r.addressee().text());
    }

    @Test
    void aSubjectlessCueHasNoDativeAddressee() {
        // "sagte Bill Graham" with the inverted subject mislabelled obl:arg: no subject, so it is not taken
        AnnotatedDocument doc = parse("Das/PRON/2/nsubj/der gehe/VERB/2/ccomp/gehen ~,/PUNCT/3/punct/, sagte/VERB/-1/root/sagen"
                + " dem/DET/5/det/der Graham/PROPN/3/obl:arg/Graham ~./PUNCT/3/punct/.");
        for (StatementRecord r : extract(doc)) {
            assertEquals(null, r.addressee(), r.toString());
        }
    }

    @Test
    void gegenueberAndInterviewMitNameTheAddressee() {
        AnnotatedDocument doc = parse("Er/PRON/1/nsubj/er sagte/VERB/-1/root/sagen gegenüber/ADP/4/case/gegenüber der/DET/4/det/der"
                + " BBC/PROPN/1/obl/BBC ~,/PUNCT/8/punct/, das/DET/7/det/der Bündnis/NOUN/8/nsubj/Bündnis"
                + " sei/AUX/1/ccomp/sein bereit/ADJ/8/xcomp/bereit ~./PUNCT/1/punct/.");
        assertEquals("der BBC", only(doc).addressee().text());
        AnnotatedDocument interview = parse("In/ADP/2/case/in einem/DET/2/det/ein Interview/NOUN/3/obl/Interview"
                + " sagte/VERB/-1/root/sagen er/PRON/3/nsubj/er mit/ADP/7/case/mit der/DET/7/det/der BBC/PROPN/2/nmod/BBC"
                + " ~,/PUNCT/11/punct/, es/PRON/11/nsubj/es sei/AUX/11/cop/sein ernst/ADJ/3/ccomp/ernst ~./PUNCT/3/punct/.");
        assertEquals("der BBC", only(interview).addressee().text());
    }

    @Test
    void gegenueberPhraseTheParseHungOnAnotherWordIsStillTheAddressee() {
        // "gegenüber der Presse" hung on "Abend"
        AnnotatedDocument doc = parse("Er/PRON/1/nsubj/er sagte/VERB/-1/root/sagen heute/ADV/3/advmod/heute Abend/NOUN/1/obl/Abend"
                + " gegenüber/ADP/6/case/gegenüber der/DET/6/det/der Presse/NOUN/3/nmod/Presse ~,/PUNCT/10/punct/,"
                + " es/PRON/10/nsubj/es sei/AUX/10/cop/sein ernst/ADJ/1/ccomp/ernst ~./PUNCT/1/punct/.");
        assertEquals("der Presse", only(doc).addressee().text());
        // a topic after "gegenüber" is no addressee ("skeptisch gegenüber den Plänen")
        AnnotatedDocument topic = parse("Er/PRON/1/nsubj/er sagte/VERB/-1/root/sagen skeptisch/ADJ/1/advmod/skeptisch"
                + " gegenüber/ADP/5/case/gegenüber den/DET/5/det/der Plänen/NOUN/2/nmod/Plan ~,/PUNCT/9/punct/,"
                + " es/PRON/9/nsubj/es sei/AUX/9/cop/sein ernst/ADJ/1/ccomp/ernst ~./PUNCT/1/punct/.");
        assertEquals(null, only(topic).addressee());
    }

    @Test
    void passiveOfADativeSpeechVerbHasTheDativeAsItsParsedSubject() {
        // "Klien wurde vorgeworfen, …": the parse makes the dative the passive subject
        AnnotatedDocument doc = parse("Dem/DET/1/det/der Minister/NOUN/3/nsubj:pass/Minister wurde/AUX/3/aux:pass/werden"
                + " vorgeworfen/VERB/-1/root/vorwerfen ~,/PUNCT/8/punct/, gelogen/VERB/8/xcomp/lügen zu/PART/6/mark/zu"
                + " haben/AUX/3/xcomp/haben ~./PUNCT/3/punct/.");
        assertEquals("Dem Minister", only(doc).addressee().text());
        // an accusative verb's passive subject is what was said about, not a dative ("Die Pläne wurden bekannt gegeben")
        AnnotatedDocument accusative = parse("Die/DET/1/det/der Pläne/NOUN/3/nsubj:pass/Plan wurden/AUX/3/aux:pass/werden"
                + " verkündet/VERB/-1/root/verkünden ~,/PUNCT/8/punct/, dass/SCONJ/8/mark/dass es/PRON/8/nsubj/es regnet/VERB/3/ccomp/regnen"
                + " ~./PUNCT/3/punct/.");
        for (StatementRecord r : extract(accusative)) {
            assertEquals(null, r.addressee(), r.toString());
        }
    }

    @Test
    void zuPhraseOfSagenIsTheAddresseeOnlyForSomeoneWhoListens() {
        AnnotatedDocument doc = parse("Er/PRON/1/nsubj/er sagte/VERB/-1/root/sagen zur/ADP/3/case/zu Nachrichtenagentur/NOUN/1/obl/Nachrichtenagentur"
                + " ~,/PUNCT/7/punct/, es/PRON/7/nsubj/es sei/AUX/7/cop/sein ernst/ADJ/1/ccomp/ernst ~./PUNCT/1/punct/.");
        assertEquals("Nachrichtenagentur", only(doc).addressee().text());
        // "sagte zu den Vorwürfen": the topic
        AnnotatedDocument topic = parse("Er/PRON/1/nsubj/er sagte/VERB/-1/root/sagen zu/ADP/4/case/zu den/DET/4/det/der"
                + " Vorwürfen/NOUN/1/obl/Vorwurf ~,/PUNCT/8/punct/, es/PRON/8/nsubj/es sei/AUX/8/cop/sein ernst/ADJ/1/ccomp/ernst ~./PUNCT/1/punct/.");
        assertEquals(null, only(topic).addressee());
    }

    @Test
    void accusativeObjectOfAufforderungIsTheAddresseeWithoutTheVerbsPrepositionalPhrase() {
        // "zur Ruhe" belongs to "aufrufen" but the parse hung it on the object
        AnnotatedDocument doc = parse("Er/PRON/1/nsubj/er rief/VERB/-1/root/aufrufen die/DET/3/det/der Bürger/NOUN/1/obj/Bürger"
                + " zur/ADP/5/case/zu Ruhe/NOUN/3/nmod/Ruhe auf/ADP/1/compound:prt/auf ~,/PUNCT/9/punct/,"
                + " es/PRON/9/nsubj/es bestehe/VERB/1/ccomp/bestehen keine/DET/11/det/kein Gefahr/NOUN/9/obj/Gefahr"
                + " ~./PUNCT/1/punct/.");
        StatementRecord r = only(doc);
        assertEquals("es bestehe keine Gefahr", message(doc, r));
        assertEquals("die Bürger", r.addressee().text());
    }

    @Test
    void targetVerbWithOnlyANominalObjectIsNoReportedSpeechAct() {
        AnnotatedDocument criticised = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister kritisierte/VERB/-1/root/kritisieren"
                + " die/DET/4/det/der Entscheidung/NOUN/2/obj/Entscheidung ~./PUNCT/2/punct/.");
        assertTrue(extract(criticised).isEmpty(), extract(criticised).toString());
        // a speech verb with the same shape stays a reported speech act
        AnnotatedDocument announced = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister kündigte/VERB/-1/root/ankündigen"
                + " die/DET/4/det/der Entscheidung/NOUN/2/obj/Entscheidung an/ADP/2/compound:prt/an ~./PUNCT/2/punct/.");
        assertEquals("reported", only(announced).form());
    }

    @Test
    void vermeldenIntroducesItsDassClause() {
        // a lexicon row of session 16: "Chinesische Medien vermeldeten, dass Betriebe Aufträge erhielten"
        assertOnly(parse("Chinesische/ADJ/1/amod/chinesisch Medien/NOUN/2/nsubj/Medium vermeldeten/VERB/-1/root/vermelden"
                + " ~,/PUNCT/7/punct/, dass/SCONJ/7/mark/dass Betriebe/NOUN/7/nsubj/Betrieb Aufträge/NOUN/7/obj/Auftrag"
                + " erhielten/VERB/2/ccomp/erhalten ~./PUNCT/2/punct/."), "dass Betriebe Aufträge erhielten", "Chinesische Medien");
        // without a complement or a quotation the verb reports nothing
        AnnotatedDocument alone = parse("Chinesische/ADJ/1/amod/chinesisch Medien/NOUN/2/nsubj/Medium"
                + " vermeldeten/VERB/-1/root/vermelden gestern/ADV/2/advmod/gestern ~./PUNCT/2/punct/.");
        assertTrue(extract(alone).isEmpty(), extract(alone).toString());
    }

    @Test
    void cueNounAsPredicateIntroducesItsDassClause() {
        // "Die Gewerkschaft ist der Ansicht, dass der Plan scheitere": the noun's subject speaks
        assertOnly(parse("Die/DET/1/det/der Gewerkschaft/NOUN/4/nsubj/Gewerkschaft ist/AUX/4/cop/sein der/DET/4/det/der"
                + " Ansicht/NOUN/-1/root/Ansicht ~,/PUNCT/9/punct/, dass/SCONJ/9/mark/dass der/DET/8/det/der"
                + " Plan/NOUN/9/nsubj/Plan scheitere/VERB/4/ccomp/scheitern ~./PUNCT/4/punct/."),
                "dass der Plan scheitere", "Die Gewerkschaft");
        // a relative clause after the noun is no content, though its verb is in Konjunktiv
        AnnotatedDocument relative = parse("Die/DET/1/det/der Gewerkschaft/NOUN/4/nsubj/Gewerkschaft ist/AUX/4/cop/sein"
                + " der/DET/4/det/der Ansicht/NOUN/-1/root/Ansicht ~,/PUNCT/7/punct/, die/PRON/7/nsubj/die"
                + " gelte/VERB/4/acl/gelten ~./PUNCT/4/punct/.");
        assertTrue(extract(relative).isEmpty(), extract(relative).toString());
    }

    @Test
    void cueNounWithItsOwnerIntroducesItsZuInfinitive() {
        // "Die Partei reagierte auf die Forderung des Ministers, auf die SPD zuzugehen": the genitive owner speaks
        assertOnly(parse("Die/DET/1/det/der Partei/NOUN/2/nsubj/Partei reagierte/VERB/-1/root/reagieren auf/ADP/5/case/auf"
                + " die/DET/5/det/der Forderung/NOUN/2/obl/Forderung des/DET/7/det/der Ministers/NOUN/5/nmod/Minister"
                + " ~,/PUNCT/12/punct/, auf/ADP/11/case/auf die/DET/11/det/der SPD/PROPN/12/obl/SPD"
                + " zuzugehen/VERB/5/acl/zugehen ~./PUNCT/2/punct/."), "auf die SPD zuzugehen", "des Ministers");
        // after a subordinate clause with the noun, the comma opens the main clause ("…, werde der Druck steigen")
        AnnotatedDocument main = parse("Sobald/SCONJ/4/mark/sobald er/PRON/4/nsubj/er der/DET/3/det/der"
                + " Forderung/NOUN/4/obj/Forderung folge/VERB/9/advcl/folgen ~,/PUNCT/9/punct/, werde/AUX/9/aux/werden"
                + " der/DET/8/det/der Druck/NOUN/9/nsubj/Druck steigen/VERB/-1/root/steigen ~./PUNCT/9/punct/.");
        assertTrue(extract(main).stream().noneMatch(r -> r.cue() != null && "Forderung".equals(r.cue().text())),
                extract(main).toString());
    }

    @Test
    void lautWithASourceTheTaggerMakesAnAdjectiveIsACue() {
        // "Laut ndr.de blieben einige Teilnehmer auf dem Platz": the name governed by "laut" is the source, whatever its tag
        assertOnly(lautNdr("MISC"), "blieben einige Teilnehmer auf dem Platz", "ndr.de");
        // an adjective that is no name is no source
        assertTrue(extract(lautNdr("O")).isEmpty(), extract(lautNdr("O")).toString());
    }

    /** "Laut ndr.de blieben einige Teilnehmer auf dem Platz." with "ndr.de" an adjective of entity tag {@code ner}. */
    private static AnnotatedDocument lautNdr(String ner) {
        return parse("Laut/ADP/1/case/laut ndr.de/ADJ/2/obl/ndr.de/" + ner + " blieben/VERB/-1/root/bleiben"
                + " einige/DET/4/det/einige Teilnehmer/NOUN/2/nsubj/Teilnehmer auf/ADP/7/case/auf dem/DET/7/det/der"
                + " Platz/NOUN/2/obl/Platz ~./PUNCT/2/punct/.");
    }

    @Test
    void uninflectedLautBeforeItsNounIsThePreposition() {
        // "Zunächst ist laut Automobilwoche an den Bau gedacht", "laut" tagged as the noun's adjective: attributive
        // adjectives are inflected, so it is the preposition
        StatementRecord r = only(parse("Zunächst/ADV/7/advmod/zunächst ist/AUX/7/aux:pass/sein laut/ADJ/3/amod/laut"
                + " Automobilwoche/NOUN/7/obl/Automobilwoche an/ADP/6/case/an den/DET/6/det/der Bau/NOUN/7/obl/Bau"
                + " gedacht/VERB/-1/root/denken ~./PUNCT/7/punct/."));
        assertEquals("laut", r.cue().text());
        assertEquals("Automobilwoche", r.speaker().text());
        // after the noun's article the parse has mixed two phrases ("…, von dem laut Polizei aufgerufen worden sei"): no cue
        AnnotatedDocument mixed = parse("Es/PRON/1/expl/es gab/VERB/-1/root/geben einen/DET/3/det/ein Aufruf/NOUN/1/obj/Aufruf"
                + " ~,/PUNCT/9/punct/, von/ADP/8/case/von dem/DET/8/det/der laut/ADJ/8/amod/laut Polizei/NOUN/9/obl:agent/Polizei"
                + " aufgerufen/VERB/3/acl/aufrufen worden/AUX/9/aux:pass/werden sei/AUX/9/aux/sein ~./PUNCT/1/punct/.");
        assertTrue(extract(mixed).isEmpty(), extract(mixed).toString());
    }

    @Test
    void decisionNounTakesNoContentClause() {
        // "Die Partei reagierte auf den Beschluss des Ministers, die Steuern zu senken": what was decided, not said
        // (content-noun-exclusions-de.tsv); the same shape with "Vorschlag" (a proposal is said) is a quotation
        assertTrue(extract(reactedTo("Beschluss")).stream().noneMatch(r -> r.cue() != null),
                extract(reactedTo("Beschluss")).toString());
        assertOnly(reactedTo("Vorschlag"), "die Steuern zu senken", "des Ministers");
    }

    /** "Die Partei reagierte auf den {@code noun} des Ministers, die Steuern zu senken." */
    private static AnnotatedDocument reactedTo(String noun) {
        return parse("Die/DET/1/det/der Partei/NOUN/2/nsubj/Partei reagierte/VERB/-1/root/reagieren auf/ADP/5/case/auf"
                + " den/DET/5/det/der " + noun + "/NOUN/2/obl/" + noun + " des/DET/7/det/der Ministers/NOUN/5/nmod/Minister"
                + " ~,/PUNCT/12/punct/, die/DET/10/det/der Steuern/NOUN/12/obj/Steuer zu/PART/12/mark/zu"
                + " senken/VERB/5/acl/senken ~./PUNCT/2/punct/.");
    }

    @Test
    void reportedSpeechActWithAKonjunktivClauseIsIndirect() {
        // "Der Minister kündigte die Entscheidung an, da er keine Wahl habe": the act carries indirect speech
        AnnotatedDocument subjunctive = announcedBecause("sei");
        assertEquals("indirect", only(subjunctive).form());
        AnnotatedDocument indicative = announcedBecause("ist");
        assertEquals("reported", only(indicative).form());
    }

    /** "Der Minister kündigte die Entscheidung an, da sie nötig {@code verb}." */
    private static AnnotatedDocument announcedBecause(String verb) {
        return parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister kündigte/VERB/-1/root/ankündigen"
                + " die/DET/4/det/der Entscheidung/NOUN/2/obj/Entscheidung an/ADP/2/compound:prt/an ~,/PUNCT/9/punct/,"
                + " da/SCONJ/9/mark/da sie/PRON/9/nsubj/sie nötig/ADJ/2/advcl/nötig " + verb + "/AUX/9/cop/sein ~./PUNCT/2/punct/.");
    }

    @Test
    void demonstrativeBeforeTheCueTakesUpThePreviousSentenceAsTheMessage() {
        AnnotatedDocument doc = parseSentences("Die/DET/1/det/der Steuer/NOUN/2/nsubj/Steuer steigt/VERB/-1/root/steigen"
                + " ~./PUNCT/2/punct/. || Dies/PRON/5/nsubj/dies bestätigte/VERB/-1/root/bestätigen der/DET/7/det/der"
                + " Minister/NOUN/5/obj/Minister ~./PUNCT/5/punct/.");
        StatementRecord r = only(doc);
        assertEquals("Die Steuer steigt", message(doc, r));
        assertEquals("indirect", r.form());
        assertEquals("der Minister", r.speaker().text());
        assertEquals("bestätigte", r.cue().text());
    }

    @Test
    void determinerBeforeTheSubjectIsNoDemonstrativeOfThePreviousSentence() {
        AnnotatedDocument doc = parseSentences("Die/DET/1/det/der Steuer/NOUN/2/nsubj/Steuer steigt/VERB/-1/root/steigen"
                + " ~./PUNCT/2/punct/. || Das/DET/5/det/der Unternehmen/NOUN/6/nsubj/Unternehmen bestätigte/VERB/-1/root/bestätigen"
                + " den/DET/8/det/der Verkauf/NOUN/6/obj/Verkauf ~./PUNCT/6/punct/.");
        StatementRecord r = only(doc);
        assertEquals("reported", r.form());
        assertEquals("Das Unternehmen", r.speaker().text());
        assertEquals("Das Unternehmen bestätigte den Verkauf", message(doc, r));
    }

    @Test
    void sourceBeforeZufolgeIsTheNounPhraseBeforeItWhereverTheParseHungTheWord() {
        // the parse hung "zufolge" on "Terroristen" in the message
        AnnotatedDocument doc = parse("Ersten/ADJ/1/amod/erst Angaben/NOUN/3/obl/Angabe zufolge/ADP/6/case/zufolge"
                + " handelte/VERB/-1/root/handeln es/PRON/3/nsubj/es sich/PRON/3/obj/sich um/ADP/8/case/um vier/NUM/8/nummod/vier"
                + " Terroristen/NOUN/3/obl/Terrorist ~./PUNCT/3/punct/.");
        assertEquals("Ersten Angaben", only(doc).speaker().text());
        // a genitive attribute stays part of the source, whose head is the first noun
        AnnotatedDocument genitive = parse("Angaben/NOUN/4/obl/Angabe der/DET/2/det/der Polizei/NOUN/0/nmod/Polizei"
                + " zufolge/ADP/0/case/zufolge starben/VERB/-1/root/sterben zwei/NUM/6/nummod/zwei Menschen/NOUN/4/nsubj/Mensch"
                + " ~./PUNCT/4/punct/.");
        assertEquals("Angaben der Polizei", only(genitive).speaker().text());
    }

    @Test
    void speechActInARelativeClauseIsNoReportedStatement() {
        AnnotatedDocument doc = parse("Die/DET/1/det/der Firma/NOUN/8/nsubj/Firma ~,/PUNCT/6/punct/, die/PRON/6/nsubj/der"
                + " den/DET/5/det/der Verkauf/NOUN/6/obj/Verkauf ankündigte/VERB/1/acl:relcl/ankündigen ~,/PUNCT/6/punct/,"
                + " wächst/VERB/-1/root/wachsen ~./PUNCT/8/punct/.");
        assertTrue(extract(doc).isEmpty(), extract(doc).toString());
    }

    @Test
    void clauseBeforeAColonIntroducesAQuotedSentence() {
        // "jubeln" is a weak cue that needs a clause: only the colon links it to the quotation
        AnnotatedDocument doc = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister jubelte/VERB/-1/root/jubeln"
                + " ~:/PUNCT/2/punct/: „/PUNCT/8/punct/„ ~Wir/PRON/8/nsubj/wir haben/AUX/8/aux/haben gut/ADV/8/advmod/gut"
                + " gespielt/VERB/-1/root/spielen ~./PUNCT/8/punct/. ~“/PUNCT/8/punct/“");
        StatementRecord r = only(doc);
        assertEquals("direct", r.form());
        assertEquals("Wir haben gut gespielt", message(doc, r));
        assertEquals("Der Minister", r.speaker().text());
        assertEquals("jubelte", r.cue().text());
        // without a speaker before the colon the quotation has none
        AnnotatedDocument sign = parse("Auf/ADP/2/case/auf dem/DET/2/det/der Schild/NOUN/3/obl/Schild stand/VERB/-1/root/stehen"
                + " ~:/PUNCT/3/punct/: „/PUNCT/9/punct/„ ~Wir/PRON/9/nsubj/wir haben/AUX/9/aux/haben gut/ADV/9/advmod/gut"
                + " gespielt/VERB/-1/root/spielen ~./PUNCT/9/punct/. ~“/PUNCT/9/punct/“");
        StatementRecord q = only(sign);
        assertEquals(null, q.speaker());
        assertEquals(null, q.cue());
    }

    @Test
    void colonThatEndsTheSentenceBeforeIntroducesTheQuotation() {
        // the sentence splitter broke after the colon: the clause before it still introduces the quotation
        String quote = " ||" + wePlayed(8);
        AnnotatedDocument doc = parseSentences("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister jubelte/VERB/-1/root/jubeln"
                + " ~:/PUNCT/2/punct/:" + quote);
        StatementRecord r = only(doc);
        assertEquals("direct", r.form());
        assertEquals("Der Minister", r.speaker().text());
        assertEquals("jubelte", r.cue().text());
        // a full stop instead of the colon: the sentence before names the speaker, but introduces nothing
        AnnotatedDocument stop = parseSentences("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister jubelte/VERB/-1/root/jubeln"
                + " ~./PUNCT/2/punct/." + quote);
        StatementRecord q = only(stop);
        assertEquals(null, q.cue());
    }

    @Test
    void nameBeforeAColonAttributesTheQuotation() {
        // "BKA-Präsident Ziercke: „…“": no verb, only a name that can speak and the colon
        AnnotatedDocument doc = parse("Minister/NOUN/7/dep/Minister Müller/PROPN/0/flat/Müller ~:/PUNCT/0/punct/:" + wePlayed(7));
        StatementRecord r = only(doc);
        assertEquals("direct", r.form());
        assertEquals("Minister Müller", r.speaker().text());
        assertEquals(null, r.cue());
        // a heading that names no one ("Fazit: „…“") attributes nothing
        AnnotatedDocument heading = parse("Fazit/NOUN/6/dep/Fazit ~:/PUNCT/0/punct/:" + wePlayed(6));
        assertEquals(null, only(heading).speaker());
    }

    @Test
    void institutionsOutsideTheActorRegistrySpeak() {
        // "Ministerium" is no actor, role or group noun of the registry, but ministries make statements
        AnnotatedDocument doc = parse("Das/DET/1/det/der Verteidigungsministerium/NOUN/2/nsubj/Verteidigungsministerium"
                + " jubelte/VERB/-1/root/jubeln ~:/PUNCT/2/punct/:" + wePlayed(8));
        StatementRecord r = only(doc);
        assertEquals("Das Verteidigungsministerium", r.speaker().text());
        assertEquals("jubelte", r.cue().text());
        // a noun that merely ends in the letters of one ("Flugzeug", not "Zeuge") is no speaker
        AnnotatedDocument plane = parse("Das/DET/1/det/der Flugzeug/NOUN/2/nsubj/Flugzeug"
                + " jubelte/VERB/-1/root/jubeln ~:/PUNCT/2/punct/:" + wePlayed(8));
        assertEquals(null, only(plane).cue());
    }

    @Test
    void hervorgehenWithAnAlsPhraseIsNoCue() {
        // "geht Frankreich als Sieger hervor", the parse made "Sieger" the object: no reported act of Frankreich
        AnnotatedDocument winner = parse("Bei/ADP/2/case/bei der/DET/2/det/der Wahl/NOUN/3/obl/Wahl geht/VERB/-1/root/hervorgehen"
                + " Frankreich/PROPN/3/nsubj/Frankreich als/ADP/6/case/als Sieger/NOUN/3/obj/Sieger hervor/ADP/3/compound:prt/hervor"
                + " ~./PUNCT/3/punct/.");
        assertTrue(extract(winner).isEmpty(), extract(winner).toString());
        // "aus dem Bericht geht hervor, dass …" stays a cue with its source
        AnnotatedDocument report = parse("Aus/ADP/2/case/aus dem/DET/2/det/der Bericht/NOUN/3/obl/Bericht geht/VERB/-1/root/hervorgehen"
                + " hervor/ADP/3/compound:prt/hervor ~,/PUNCT/9/punct/, dass/SCONJ/9/mark/dass die/DET/8/det/der Zahl/NOUN/9/nsubj/Zahl"
                + " steigt/VERB/3/ccomp/steigen ~./PUNCT/3/punct/.");
        assertEquals("dem Bericht", only(report).speaker().text());
    }

    @Test
    void frontedDocumentSpeaksBeforeAnExpletiveEs() {
        // "Im Bericht heißt es, dass …" (the corpus keeps "Im" as one token, parsed as a name): the report is the source
        AnnotatedDocument report = parse("Im/PROPN/1/nmod/Im Bericht/NOUN/2/nsubj/Bericht heißt/VERB/-1/root/heißen"
                + " es/PRON/2/expl/es ~,/PUNCT/9/punct/, dass/SCONJ/9/mark/dass es/PRON/9/nsubj/es klare/ADJ/8/amod/klar"
                + " Anzeichen/NOUN/9/obj/Anzeichen gebe/VERB/2/ccomp/geben ~./PUNCT/2/punct/.");
        assertEquals("Bericht", only(report).speaker().text());
        // "heißt es in dem Schreiben wörtlich: …", the parse hung the phrase on the adjective
        AnnotatedDocument letter = parse("So/ADV/1/advmod/so heißt/VERB/-1/root/heißen es/PRON/1/nsubj/es in/ADP/5/case/in"
                + " dem/DET/5/det/der Schreiben/NOUN/6/nmod/Schreiben wörtlich/ADJ/1/xcomp/wörtlich ~,/PUNCT/10/punct/,"
                + " die/DET/9/det/der Lage/NOUN/10/nsubj/Lage sei/VERB/1/ccomp/sein ernst/ADJ/10/xcomp/ernst ~./PUNCT/1/punct/.");
        assertEquals("dem Schreiben", only(letter).speaker().text());
    }

    @Test
    void impersonalVerlautenHasItsAusPhraseAsSource() {
        // "Aus Militärkreisen verlautete, dass 15 Zivilisten starben."
        AnnotatedDocument circles = parse("Aus/ADP/1/case/aus Militärkreisen/NOUN/2/obl/Militärkreis verlautete/VERB/-1/root/verlauten"
                + " ~,/PUNCT/7/punct/, dass/SCONJ/7/mark/dass 15/NUM/6/nummod/15 Zivilisten/NOUN/7/nsubj/Zivilist"
                + " starben/VERB/2/ccomp/sterben ~./PUNCT/2/punct/.");
        StatementRecord r = only(circles);
        assertEquals("Militärkreisen", r.speaker().text());
        assertEquals("dass 15 Zivilisten starben", message(circles, r));
        // "„…“, ließ ein Sprecher verlauten.": one statement, of the phrase's "lassen"
        AnnotatedDocument let = parse("„/PUNCT/2/punct/„ ~Nein/PART/5/dep/nein ~“/PUNCT/2/punct/“ ~,/PUNCT/5/punct/,"
                + " ließ/VERB/-1/root/lassen ein/DET/7/det/ein Sprecher/NOUN/5/nsubj/Sprecher verlauten/VERB/5/xcomp/verlauten"
                + " ~./PUNCT/5/punct/.");
        assertEquals(1, extract(let).size());
        assertEquals("Sprecher", extract(let).get(0).speaker().text());
    }

    @Test
    void quotedNameAfterTheSpeakersNounBelongsToTheSpeaker() {
        // "Dann meldete die Internet-Nachrichtensite „Golem“, Wikimedia habe diesen Zusammenhang bestätigt.": the parse hung
        // the name on the verb; it belongs to the speaker, and it is no quotation of its own (it lies inside the speaker)
        AnnotatedDocument golem = parse("Dann/ADV/1/advmod/dann meldete/VERB/-1/root/melden die/DET/3/det/der"
                + " Internet-Nachrichtensite/NOUN/1/nsubj/Internet-Nachrichtensite „/PUNCT/5/punct/„ ~Golem/NOUN/1/obj/Golem"
                + " ~“/PUNCT/5/punct/“ ~,/PUNCT/8/punct/, Wikimedia/PROPN/5/appos/Wikimedia habe/AUX/12/aux/haben"
                + " diesen/DET/11/det/dieser Zusammenhang/NOUN/12/obj/Zusammenhang bestätigt/VERB/1/xcomp/bestätigen"
                + " ~./PUNCT/1/punct/.");
        List<StatementRecord> out = extract(golem);
        assertEquals(1, out.size(), out.toString());
        assertEquals("die Internet-Nachrichtensite „Golem“", out.get(0).speaker().text());
        // with two apostrophes for the marks: "Die Tageszeitung ''La Nacion'' berichtet, die Inflation sei hoch."
        AnnotatedDocument nacion = parse("Die/DET/1/det/der Tageszeitung/NOUN/6/nsubj/Tageszeitung ''/PUNCT/3/punct/''"
                + " ~La/PROPN/1/appos/La Nacion/PROPN/3/flat/Nacion ~''/PUNCT/6/punct/'' berichtet/VERB/-1/root/berichten"
                + " ~,/PUNCT/11/punct/, die/DET/9/det/der Inflation/NOUN/11/nsubj/Inflation sei/AUX/11/cop/sein"
                + " hoch/ADJ/6/ccomp/hoch ~./PUNCT/6/punct/.");
        assertEquals("Die Tageszeitung ''La Nacion''", only(nacion).speaker().text());
        // lower-case quoted words after the noun are not its name: "Der Sprecher „ganz sicher“ meldete, …"
        AnnotatedDocument phrase = parse("Der/DET/1/det/der Sprecher/NOUN/6/nsubj/Sprecher „/PUNCT/4/punct/„"
                + " ~ganz/ADV/4/advmod/ganz sicher/ADJ/6/advmod/sicher ~“/PUNCT/4/punct/“ meldete/VERB/-1/root/melden"
                + " ~,/PUNCT/11/punct/, die/DET/9/det/der Inflation/NOUN/11/nsubj/Inflation sei/AUX/11/cop/sein"
                + " hoch/ADJ/6/ccomp/hoch ~./PUNCT/6/punct/.");
        assertEquals("Der Sprecher", only(phrase).speaker().text());
    }

    @Test
    void quotedPhraseOfACharacterisationIsTheDirectMessage() {
        // "Er bezeichnete die Pläne als „Wortbruch“.": the quoted words are the message, a direct quotation
        AnnotatedDocument named = parse("Er/PRON/1/nsubj/er bezeichnete/VERB/-1/root/bezeichnen die/DET/3/det/der"
                + " Pläne/NOUN/1/obj/Plan als/ADP/6/case/als „/PUNCT/6/punct/„ ~Wortbruch/NOUN/1/obl/Wortbruch ~“/PUNCT/6/punct/“"
                + " ~./PUNCT/1/punct/.");
        StatementRecord r = only(named);
        assertEquals("direct", r.form());
        assertEquals("Wortbruch", message(named, r));
        assertEquals("Er", r.speaker().text());
        // "warnte vor einem „Abfluss“": the corpus marks such quoted phrases either way; the reported act stays
        AnnotatedDocument warned = parse("Er/PRON/1/nsubj/er warnte/VERB/-1/root/warnen vor/ADP/5/case/vor"
                + " einem/DET/5/det/ein „/PUNCT/5/punct/„ ~Abfluss/NOUN/1/obl/Abfluss ~“/PUNCT/5/punct/“ ~./PUNCT/1/punct/.");
        assertEquals("reported", extract(warned).get(0).form()); // (with the quoted phrase nested in it)
        assertEquals(null, extract(warned).get(0).parent());
    }

    @Test
    void relativeClauseAfterASourcePhraseBelongsToNeitherSourceNorMessage() {
        // "Nach Angaben der Zeitung, die sich auf Kreise stützt, kommt der Bericht spät."
        AnnotatedDocument relative = parse("Nach/ADP/1/case/nach Angaben/NOUN/11/obl/Angabe der/DET/3/det/der"
                + " Zeitung/NOUN/1/nmod/Zeitung ~,/PUNCT/9/punct/, die/PRON/9/nsubj/der sich/PRON/9/obj/sich"
                + " auf/ADP/8/case/auf Kreise/NOUN/9/obl/Kreis stützt/VERB/3/acl/stützen ~,/PUNCT/9/punct/,"
                + " kommt/VERB/-1/root/kommen der/DET/13/det/der Bericht/NOUN/11/nsubj/Bericht spät/ADV/11/advmod/spät"
                + " ~./PUNCT/11/punct/.");
        StatementRecord r = only(relative);
        assertEquals("Angaben der Zeitung", r.speaker().text());
        assertEquals("kommt der Bericht spät", message(relative, r));
        // an apposition without its closing comma, then the main clause: no relative clause
        AnnotatedDocument apposition = parse("Nach/ADP/1/case/nach Angaben/NOUN/10/obl/Angabe von/ADP/3/case/von"
                + " Maiha/PROPN/1/nmod/Maiha ~,/PUNCT/5/punct/, dem/DET/5/det/der Direktor/NOUN/3/appos/Direktor"
                + " des/DET/7/det/der Amtes/NOUN/5/nmod/Amt hatten/AUX/10/aux/haben die/DET/9/det/der"
                + " Meteorologen/NOUN/10/nsubj/Meteorologe gewarnt/VERB/-1/root/warnen ~,/PUNCT/13/punct/,"
                + " nicht/PART/13/advmod/nicht auszulaufen/VERB/10/xcomp/auslaufen ~./PUNCT/10/punct/.");
        assertTrue(extract(apposition).stream().noneMatch(x -> message(apposition, x).startsWith("nicht auszulaufen")
                && x.cue().text().equals("Nach")));
    }

    @Test
    void postpositionZufolgeParsedAsAMarkIsACue() {
        // "Die Firma hat Berichten zufolge nicht bezahlt.": the parse made "zufolge" the mark of the participle
        AnnotatedDocument doc = parse("Die/DET/1/det/der Firma/NOUN/2/nsubj/Firma hat/AUX/-1/root/haben"
                + " Berichten/NOUN/2/obj/Bericht zufolge/ADP/6/mark/zufolge nicht/PART/6/advmod/nicht"
                + " bezahlt/VERB/2/xcomp/bezahlen ~./PUNCT/2/punct/.");
        StatementRecord r = only(doc);
        assertEquals("Berichten", r.speaker().text());
        assertEquals("zufolge", r.cue().text());
        // "Streiff warf Berichten zufolge das Handtuch.": the particle of a verb that is no cue
        AnnotatedDocument particle = parse("Streiff/PROPN/1/nsubj/Streiff warf/VERB/-1/root/werfen"
                + " Berichten/NOUN/1/obj/Bericht zufolge/ADP/1/compound:prt/zufolge das/DET/5/det/der"
                + " Handtuch/NOUN/1/obj/Handtuch ~./PUNCT/1/punct/.");
        assertEquals("Berichten", only(particle).speaker().text());
        // "Amazon solle zahlen, forderte Müller einer Mitteilung zufolge.": the particle of a cue verb stays the verb's
        AnnotatedDocument cued = parse("Amazon/PROPN/2/nsubj/Amazon solle/AUX/2/aux/sollen zahlen/VERB/4/ccomp/zahlen"
                + " ~,/PUNCT/2/punct/, forderte/VERB/-1/root/fordern Müller/PROPN/4/nsubj/Müller einer/DET/7/det/ein"
                + " Mitteilung/NOUN/4/obl/Mitteilung zufolge/ADP/4/compound:prt/zufolge ~./PUNCT/4/punct/.");
        assertEquals("Müller", only(cued).speaker().text());
    }

    @Test
    void speakingNounsMatchInflectedFormsAndCompoundHeads() {
        for (String w : List.of("verteidigungsministeriums", "ministerien", "spd-politikerin", "expertinnen", "augenzeugen",
                "bundesamt", "medienberichte", "meteorologen", "bundeskabinett", "kabinetts", "nasa-verantwortlichen",
                "verantwortliche")) {
            assertTrue(StatementExtractor.speakingNoun(w), w);
        }
        for (String w : List.of("flugzeug", "flugzeuge", "beamte", "berichtigung", "samt", "gesamt")) {
            assertTrue(!StatementExtractor.speakingNoun(w), w);
        }
    }

    /** " „Wir haben gut gespielt.“" with its verb at token {@code root} (the other heads point there). */
    private static String wePlayed(int root) {
        String h = "/" + root + "/";
        return " „/PUNCT" + h + "punct/„ ~Wir/PRON" + h + "nsubj/wir haben/AUX" + h + "aux/haben gut/ADV" + h + "advmod/gut"
                + " gespielt/VERB/-1/root/spielen ~./PUNCT" + h + "punct/. ~“/PUNCT" + h + "punct/“";
    }

    @Test
    void heisstEsBeiNamesTheOutletAsTheSource() {
        AnnotatedDocument doc = parse("Bei/ADP/2/case/bei der/DET/2/det/der Agentur/NOUN/3/obl/Agentur hieß/VERB/-1/root/heißen"
                + " es/PRON/3/nsubj/es ~,/PUNCT/8/punct/, die/DET/7/det/der Lage/NOUN/8/nsubj/Lage sei/AUX/3/ccomp/sein"
                + " ruhig/ADJ/8/advmod/ruhig ~./PUNCT/3/punct/.");
        StatementRecord r = only(doc);
        assertEquals("der Agentur", r.speaker().text());
        AnnotatedDocument bare = parse("Es/PRON/1/nsubj/es hieß/VERB/-1/root/heißen ~,/PUNCT/5/punct/, die/DET/4/det/der"
                + " Lage/NOUN/5/nsubj/Lage sei/AUX/1/ccomp/sein ruhig/ADJ/5/advmod/ruhig ~./PUNCT/1/punct/.");
        assertEquals(null, only(bare).speaker());
    }

    @Test
    void wonachClauseReportsWhatTheNounBeforeTheCommaSays() {
        AnnotatedDocument doc = parse("Es/PRON/1/expl/es gibt/VERB/-1/root/geben Berichte/NOUN/1/obj/Bericht ~,/PUNCT/7/punct/,"
                + " wonach/ADV/7/advmod/wonach der/DET/6/det/der Chef/NOUN/7/nsubj/Chef zurücktritt/VERB/2/acl:relcl/zurücktreten"
                + " ~./PUNCT/1/punct/.");
        StatementRecord r = extract(doc).stream().filter(x -> x.cue() != null && x.cue().text().equals("wonach"))
                .findFirst().orElseThrow(() -> new AssertionError(extract(doc).toString()));
        assertEquals("Berichte", r.speaker().text());
        assertEquals("der Chef zurücktritt", message(doc, r));
        // "wonach" as an interrogative after a verb is no attribution
        AnnotatedDocument asked = parse("Er/PRON/1/nsubj/er fragte/VERB/-1/root/fragen ~,/PUNCT/6/punct/, wonach/ADV/6/advmod/wonach"
                + " sie/PRON/6/nsubj/sie suche/VERB/1/ccomp/suchen ~./PUNCT/1/punct/.");
        assertTrue(extract(asked).stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("wonach")), extract(asked).toString());
    }

    @Test
    void frontedAdverbialWithAFusedPrepositionIsNoSubject() {
        // the parse took "Am Montag" for the subject: the speaker is the noun phrase after the finite verb
        AnnotatedDocument doc = parse("Am/ADP/1/det/am Montag/NOUN/2/nsubj/Montag sagte/VERB/-1/root/sagen der/DET/4/det/der"
                + " Sprecher/NOUN/2/obj/Sprecher ~,/PUNCT/8/punct/, dass/SCONJ/8/mark/dass es/PRON/8/nsubj/es"
                + " regnet/VERB/2/ccomp/regnen ~./PUNCT/2/punct/.");
        assertEquals("der Sprecher", only(doc).speaker().text());
        // a subject the parse got right stays, whatever adverbial follows the verb
        AnnotatedDocument plain = parse("Der/DET/1/det/der Sprecher/NOUN/2/nsubj/Sprecher sagte/VERB/-1/root/sagen am/ADP/4/case/am"
                + " Montag/NOUN/2/obl/Montag ~,/PUNCT/8/punct/, dass/SCONJ/8/mark/dass es/PRON/8/nsubj/es"
                + " regnet/VERB/2/ccomp/regnen ~./PUNCT/2/punct/.");
        assertEquals("Der Sprecher", only(plain).speaker().text());
    }

    @Test
    void sourcePhraseInsideAVerbCuesMessageIsNestedInIt() {
        AnnotatedDocument doc = parse("Wie/SCONJ/3/mark/wie der/DET/2/det/der Sprecher/NOUN/3/nsubj/Sprecher"
                + " mitteilte/VERB/12/advcl/mitteilen ~,/PUNCT/3/punct/, ist/AUX/12/cop/sein die/DET/7/det/der Lage/NOUN/12/nsubj/Lage"
                + " nach/ADP/9/case/nach Angaben/NOUN/12/obl/Angabe der/DET/11/det/der Polizei/NOUN/9/nmod/Polizei"
                + " ruhig/ADJ/-1/root/ruhig ~./PUNCT/12/punct/.");
        List<StatementRecord> out = extract(doc);
        StatementRecord verb = cued(out, "mitteilte");
        StatementRecord source = cued(out, "nach");
        assertEquals(null, verb.parent(), out.toString());
        assertEquals("der Sprecher", verb.speaker().text());
        assertEquals(verb.id(), source.parent(), out.toString());
        assertEquals("Angaben der Polizei", source.speaker().text());
        assertEquals(message(doc, verb), message(doc, source));
        // a source phrase outside the verb's message keeps the verb's statement inside its own
        AnnotatedDocument outside = parse("Nach/ADP/1/case/nach Angaben/NOUN/4/obl/Angabe der/DET/3/det/der Polizei/NOUN/1/nmod/Polizei"
                + " sagte/VERB/-1/root/sagen der/DET/6/det/der Sprecher/NOUN/4/nsubj/Sprecher ~,/PUNCT/12/punct/,"
                + " dass/SCONJ/12/mark/dass die/DET/10/det/der Lage/NOUN/12/nsubj/Lage ruhig/ADJ/12/advmod/ruhig"
                + " sei/AUX/4/ccomp/sein ~./PUNCT/4/punct/.");
        List<StatementRecord> both = extract(outside);
        assertEquals(cued(both, "nach").id(), cued(both, "sagte").parent(), both.toString());
    }

    private static StatementRecord cued(List<StatementRecord> out, String cue) {
        return out.stream().filter(x -> x.cue() != null && x.cue().text().equalsIgnoreCase(cue)).findFirst()
                .orElseThrow(() -> new AssertionError(cue + " in " + out));
    }

    @Test
    void speakerMentionKeepsTheClosingBracketAndQuotationMark() {
        // the parse hangs the closing bracket on the verb: the mention still ends with it
        AnnotatedDocument doc = parse("Renate/PROPN/5/nsubj/Renate Künast/PROPN/0/flat/Künast (/PUNCT/3/punct/("
                + " ~Grüne/PROPN/0/appos/Grüne ~)/PUNCT/5/punct/) sagte/VERB/-1/root/sagen ~,/PUNCT/9/punct/,"
                + " dass/SCONJ/9/mark/dass es/PRON/9/nsubj/es regnet/VERB/5/ccomp/regnen ~./PUNCT/5/punct/.");
        assertEquals("Renate Künast (Grüne)", only(doc).speaker().text());
        AnnotatedDocument quoted = parse("Der/DET/1/det/der Sender/NOUN/5/nsubj/Sender „/PUNCT/3/punct/„ ~Kanal/PROPN/1/appos/Kanal"
                + " ~“/PUNCT/5/punct/“ berichtete/VERB/-1/root/berichten ~,/PUNCT/9/punct/, dass/SCONJ/9/mark/dass es/PRON/9/nsubj/es"
                + " regnet/VERB/5/ccomp/regnen ~./PUNCT/5/punct/.");
        assertEquals("Der Sender „Kanal“", only(quoted).speaker().text());
        // a bracket the mention does not open is not added
        AnnotatedDocument other = parse("(/PUNCT/2/punct/( ~Der/DET/2/det/der Sprecher/NOUN/4/nsubj/Sprecher ~)/PUNCT/4/punct/)"
                + " sagte/VERB/-1/root/sagen ~,/PUNCT/8/punct/, dass/SCONJ/8/mark/dass es/PRON/8/nsubj/es regnet/VERB/4/ccomp/regnen"
                + " ~./PUNCT/4/punct/.");
        assertEquals("Der Sprecher", only(other).speaker().text());
    }

    @Test
    void characterisationWithAlsIsAReportedSpeechActWhateverSubjectTheParseGaveAls() {
        // the parse: "Entscheidung" the subject of the predicative "als", "als" an xcomp of the verb
        AnnotatedDocument doc = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister bezeichnete/VERB/-1/root/bezeichnen"
                + " die/DET/4/det/der Entscheidung/NOUN/5/nsubj/Entscheidung als/ADP/2/xcomp/als"
                + " mutig/ADJ/5/amod/mutig ~./PUNCT/2/punct/.");
        StatementRecord r = only(doc);
        assertEquals("reported", r.form());
        assertEquals("Der Minister", r.speaker().text());
        assertEquals("Der Minister bezeichnete die Entscheidung als mutig", message(doc, r));
        // only a noun the parse hung under "als" is the characterised object; a reflexive object is left to the other rules
        AnnotatedDocument role = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister bezeichnete/VERB/-1/root/bezeichnen"
                + " sich/PRON/2/obj/sich als/ADP/2/xcomp/als mutig/ADJ/3/amod/mutig ~./PUNCT/2/punct/.");
        assertTrue(extract(role).isEmpty(), extract(role).toString());
    }

    @Test
    void speakerMentionLeavesOutFocusParticleAndClauseAdjunctsTheParseHungOnIt() {
        // the parse hung "am Dienstag in Hannover" on the subject
        AnnotatedDocument doc = parse("Auch/ADV/2/advmod/auch der/DET/2/det/der Minister/NOUN/3/nsubj/Minister sagte/VERB/-1/root/sagen"
                + " am/ADP/5/case/an Dienstag/NOUN/2/nmod/Dienstag in/ADP/7/case/in Hannover/PROPN/5/nmod/Hannover"
                + " ~,/PUNCT/11/punct/, dass/SCONJ/11/mark/dass es/PRON/11/nsubj/es regnet/VERB/3/ccomp/regnen ~./PUNCT/3/punct/.");
        assertEquals("der Minister", only(doc).speaker().text());
        // a place that qualifies the mention's own attribute stays, as does an adverb of an attribute
        AnnotatedDocument place = parse("Ein/DET/1/det/ein Sprecher/NOUN/6/nsubj/Sprecher der/DET/3/det/der Regierung/NOUN/1/nmod/Regierung"
                + " in/ADP/5/case/in Berlin/PROPN/3/nmod/Berlin sagte/VERB/-1/root/sagen ~,/PUNCT/10/punct/, dass/SCONJ/10/mark/dass"
                + " es/PRON/10/nsubj/es regnet/VERB/6/ccomp/regnen ~./PUNCT/6/punct/.");
        assertEquals("Ein Sprecher der Regierung in Berlin", only(place).speaker().text());
        AnnotatedDocument attribute = parse("Sehr/ADV/1/advmod/sehr viele/ADJ/2/amod/viel Experten/NOUN/3/nsubj/Experte sagte/VERB/-1/root/sagen"
                + " ~,/PUNCT/7/punct/, dass/SCONJ/7/mark/dass es/PRON/7/nsubj/es regnet/VERB/3/ccomp/regnen ~./PUNCT/3/punct/.");
        assertEquals("Sehr viele Experten", only(attribute).speaker().text());
    }

    @Test
    void speakerMentionEndsBeforeATimeAdjunctTheParserTaggedAsPartOfTheName() {
        // "am" tagged PROPN in the name's flat chain: still the clause's "am Montag"
        AnnotatedDocument doc = parse("Wie/ADP/2/case/wie die/DET/2/det/der NATO/PROPN/5/obl/NATO am/PROPN/2/flat/am"
                + " Montag/PROPN/2/flat/Montag mitteilte/VERB/-1/root/mitteilen ~,/PUNCT/5/punct/, sind/AUX/9/aux/sein"
                + " Zivilisten/NOUN/9/nsubj:pass/Zivilist getötet/VERB/5/ccomp/töten worden/AUX/9/aux:pass/werden ~./PUNCT/5/punct/.");
        assertEquals("die NATO", only(doc).speaker().text());
        // an "am" after an article opens an attribute of the mention ("des am Montag zurückgetretenen Chefs")
        AnnotatedDocument attribute = parse("Der/DET/1/det/der Nachfolger/NOUN/7/nsubj/Nachfolger des/DET/6/det/der am/PROPN/6/flat/am"
                + " Montag/PROPN/6/flat/Montag zurückgetretenen/ADJ/6/amod/zurückgetreten Chefs/NOUN/1/nmod/Chef"
                + " sagte/VERB/-1/root/sagen ~,/PUNCT/11/punct/, dass/SCONJ/11/mark/dass es/PRON/11/nsubj/es regnet/VERB/7/ccomp/regnen"
                + " ~./PUNCT/7/punct/.");
        assertEquals("Der Nachfolger des am Montag zurückgetretenen Chefs", only(attribute).speaker().text());
    }

    @Test
    void speakerMentionEndsBeforeTheChannelOfTheStatement() {
        AnnotatedDocument doc = parse("Es/PRON/1/nsubj/es regne/VERB/3/ccomp/regnen ~,/PUNCT/1/punct/, erklärte/VERB/-1/root/erklären"
                + " Wendy/PROPN/3/nsubj/Wendy Sherman/PROPN/4/flat/Sherman auf/ADP/7/case/auf Twitter/PROPN/4/nmod/Twitter ~./PUNCT/3/punct/.");
        assertEquals("Wendy Sherman", only(doc).speaker().text());
        // an outlet's own edition stays with it, as the news writes it ("die Zeitung in ihrer Onlineausgabe")
        AnnotatedDocument edition = parse("Es/PRON/1/nsubj/es regne/VERB/3/ccomp/regnen ~,/PUNCT/1/punct/, schrieb/VERB/-1/root/schreiben"
                + " die/DET/5/det/der Zeitung/NOUN/3/nsubj/Zeitung in/ADP/8/case/in ihrer/DET/8/det:poss/ihr"
                + " Onlineausgabe/NOUN/5/nmod/Onlineausgabe ~./PUNCT/3/punct/.");
        assertEquals("die Zeitung in ihrer Onlineausgabe", only(edition).speaker().text());
    }

    @Test
    void speechVerbWithItsPrepositionalObjectIsAReportedSpeechAct() {
        AnnotatedDocument doc = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister warnte/VERB/-1/root/warnen"
                + " vor/ADP/5/case/vor einer/DET/5/det/ein Eskalation/NOUN/2/obl/Eskalation ~./PUNCT/2/punct/.");
        StatementRecord r = only(doc);
        assertEquals("reported", r.form());
        assertEquals("Der Minister", r.speaker().text());
        // a weak cue ("plädieren") counts with its object ...
        AnnotatedDocument weak = parse("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister plädierte/VERB/-1/root/plädieren"
                + " für/ADP/4/case/für Neuwahlen/NOUN/2/obl/Neuwahl ~./PUNCT/2/punct/.");
        assertEquals("reported", only(weak).form());
        // ... but not with another preposition ("plädierte vor Gericht": the court is a place)
        AnnotatedDocument place = parse("Der/DET/1/det/der Anwalt/NOUN/2/nsubj/Anwalt plädierte/VERB/-1/root/plädieren"
                + " vor/ADP/4/case/vor Gericht/NOUN/2/obl/Gericht ~./PUNCT/2/punct/.");
        assertTrue(extract(place).isEmpty(), extract(place).toString());
    }

    @Test
    void adverbTheParseTookForTheSubjectGivesWayToTheNounPhraseAfterTheVerb() {
        AnnotatedDocument doc = parse("Sinngemäß/ADV/1/nsubj/sinngemäß sagte/VERB/-1/root/sagen der/DET/3/det/der Minister/NOUN/1/obj/Minister"
                + " ~,/PUNCT/7/punct/, dass/SCONJ/7/mark/dass es/PRON/7/nsubj/es regnet/VERB/1/ccomp/regnen ~./PUNCT/1/punct/.");
        assertEquals("der Minister", only(doc).speaker().text());
        // "Bereits im Dezember": a fused preposition after leading adverbs opens an adverbial too
        AnnotatedDocument time = parse("Bereits/ADV/2/advmod/bereits im/ADP/2/case/in Dezember/NOUN/3/nsubj/Dezember sagte/VERB/-1/root/sagen"
                + " der/DET/5/det/der Minister/NOUN/3/obj/Minister ~,/PUNCT/9/punct/, dass/SCONJ/9/mark/dass es/PRON/9/nsubj/es"
                + " regnet/VERB/3/ccomp/regnen ~./PUNCT/3/punct/.");
        assertEquals("der Minister", only(time).speaker().text());
        // a noun subject stays the speaker
        AnnotatedDocument noun = parse("Die/DET/1/det/der Regierung/NOUN/2/nsubj/Regierung sagte/VERB/-1/root/sagen"
                + " ~,/PUNCT/6/punct/, dass/SCONJ/6/mark/dass es/PRON/6/nsubj/es regnet/VERB/2/ccomp/regnen ~./PUNCT/2/punct/.");
        assertEquals("Die Regierung", only(noun).speaker().text());
    }

    @Test
    void documentAfterNachIsASourceWithAnIndefiniteArticleOrWhenItIsALaw() {
        AnnotatedDocument doc = parse("Nach/ADP/2/case/nach einem/DET/2/det/ein EU-Dokument/NOUN/3/obl/EU-Dokument leben/VERB/-1/root/leben"
                + " sie/PRON/3/nsubj/sie in/ADP/6/case/in Armut/NOUN/3/obl/Armut ~./PUNCT/3/punct/.");
        StatementRecord r = only(doc);
        assertEquals("einem EU-Dokument", r.speaker().text());
        assertEquals("leben sie in Armut", message(doc, r));
        AnnotatedDocument law = parse("Nach/ADP/2/case/nach dem/DET/2/det/der Grundgesetz/NOUN/3/obl/Grundgesetz bestimmt/VERB/-1/root/bestimmen"
                + " der/DET/5/det/der Kanzler/NOUN/3/nsubj/Kanzler die/DET/7/det/der Richtlinien/NOUN/3/obj/Richtlinie ~./PUNCT/3/punct/.");
        assertEquals("dem Grundgesetz", only(law).speaker().text());
        // a definite verdict is as often a point in time: "Nach dem Urteil jubelten die Fans"
        AnnotatedDocument time = parse("Nach/ADP/2/case/nach dem/DET/2/det/der Urteil/NOUN/3/obl/Urteil jubelten/VERB/-1/root/jubeln"
                + " die/DET/5/det/der Fans/NOUN/3/nsubj/Fan ~./PUNCT/3/punct/.");
        assertTrue(extract(time).isEmpty(), extract(time).toString());
    }

    /** „Die Lage ist ernst“, so Matthias Freude — tokens 0–9, the speaker's head at 9. */
    private static final String SO_FREUDE = "„/PUNCT/4/punct/„ ~Die/DET/2/det/der Lage/NOUN/4/nsubj/Lage ist/AUX/4/cop/sein ernst/ADJ/-1/root/ernst"
                + " ~“/PUNCT/4/punct/“ ~,/PUNCT/7/punct/, so/ADV/4/advmod/so Matthias/PROPN/9/flat/Matthias Freude/PROPN/7/nsubj/Freude";

    @Test
    void speakerTakesACommaSetAppositionThatHangsOnIt() {
        AnnotatedDocument doc = parse(SO_FREUDE
                + " ~,/PUNCT/11/punct/, Präsident/NOUN/9/appos/Präsident des/DET/13/det/der Landesumweltamtes/NOUN/11/nmod/Landesumweltamt"
                + " ~./PUNCT/4/punct/.");
        assertEquals("Matthias Freude, Präsident des Landesumweltamtes", extract(doc).get(0).speaker().text());
        // a relative clause after the comma is no apposition
        AnnotatedDocument relative = parse(SO_FREUDE
                + " ~,/PUNCT/14/punct/, der/PRON/14/nsubj/der das/DET/13/det/der Amt/NOUN/14/obj/Amt leitet/VERB/9/acl/leiten"
                + " ~./PUNCT/4/punct/.");
        assertEquals("Matthias Freude", extract(relative).get(0).speaker().text());
    }

    @Test
    void appositionEndsBeforeAPhraseOfTheClause() {
        // a noun phrase after the comma that the parse hangs on the clause is no apposition
        AnnotatedDocument doc = parse(SO_FREUDE
                + " ~,/PUNCT/11/punct/, Präsident/NOUN/4/obl/Präsident des/DET/13/det/der Landesumweltamtes/NOUN/11/nmod/Landesumweltamt"
                + " ~./PUNCT/4/punct/.");
        assertEquals("Matthias Freude", extract(doc).get(0).speaker().text());
    }

    @Test
    void quotedSentenceWithoutStatementNearbyTakesTheSubjectOfTheSentenceBefore() {
        AnnotatedDocument doc = parseSentences("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister lächelte/VERB/-1/root/lächeln ~./PUNCT/2/punct/."
                + " || „/PUNCT/9/punct/„ ~Wir/PRON/9/nsubj/wir werden/AUX/9/aux/werden eine/DET/8/det/ein Einigung/NOUN/9/obj/Einigung"
                + " finden/VERB/-1/root/finden ~./PUNCT/9/punct/. ~“/PUNCT/9/punct/“");
        StatementRecord r = only(doc);
        assertEquals("direct", r.form());
        assertNotNull(r.speaker());
        assertEquals("Der Minister", r.speaker().text());
        // a pronoun subject ("Es regnete") names no one
        AnnotatedDocument weather = parseSentences("Es/PRON/1/nsubj/es regnete/VERB/-1/root/regnen ~./PUNCT/1/punct/."
                + " || „/PUNCT/8/punct/„ ~Wir/PRON/8/nsubj/wir werden/AUX/8/aux/werden eine/DET/7/det/ein Einigung/NOUN/8/obj/Einigung"
                + " finden/VERB/-1/root/finden ~./PUNCT/8/punct/. ~“/PUNCT/8/punct/“");
        assertEquals(null, only(weather).speaker());
    }

    @Test
    void sourceAfterNachKeepsAGenitivePluralAttribute() {
        AnnotatedDocument doc = parse("Nach/ADP/1/case/nach Angaben/NOUN/4/obl/Angabe informierter/ADJ/3/amod/informiert Kreise/NOUN/1/nmod/Kreis"
                + " betrug/VERB/-1/root/betragen das/DET/6/det/der Lösegeld/NOUN/4/nsubj/Lösegeld drei/NUM/8/nummod/drei"
                + " Millionen/NOUN/4/obj/Million ~./PUNCT/4/punct/.");
        assertEquals("Angaben informierter Kreise", only(doc).speaker().text());
        // an adjective of the message the parse hung on the source noun stays out ("… geächtete Chemikalien")
        AnnotatedDocument message = parse("Nach/ADP/1/case/nach Untersuchungen/NOUN/4/obl/Untersuchung geächtete/ADJ/3/amod/geächtet"
                + " Chemikalien/NOUN/1/nmod/Chemikalie wurden/AUX/5/aux:pass/werden gefunden/VERB/-1/root/finden ~./PUNCT/5/punct/.");
        assertEquals("Untersuchungen", only(message).speaker().text());
    }

    @Test
    void sourceAfterNachTakesTheOwnerTheParseHungElsewhere() {
        // "der Polizei" parsed as the verb's dative: still the owner of "Angaben", and the speaker's actor
        AnnotatedDocument doc = parse("Bei/ADP/2/case/bei den/DET/2/det/der Angriffen/NOUN/10/obl/Angriff wurden/AUX/10/aux:pass/werden"
                + " nach/ADP/5/case/nach Angaben/NOUN/10/obl/Angabe der/DET/7/det/der Polizei/NOUN/10/iobj/Polizei"
                + " 18/NUM/9/nummod/18 Menschen/NOUN/10/nsubj:pass/Mensch getötet/VERB/-1/root/töten ~./PUNCT/10/punct/.");
        StatementRecord r = only(doc);
        assertEquals("Angaben der Polizei", r.speaker().text());
        assertEquals("group:COP:polizei", r.speaker().actor());
        // a name parsed apart joins; a phrase that is no owner ("über die Lage") stays out
        AnnotatedDocument name = parse("Dort/ADV/6/advmod/dort gab/VERB/-1/root/geben es/PRON/1/expl/es nach/ADP/4/case/nach"
                + " Angaben/NOUN/1/obl/Angabe von/ADP/6/case/von Staatsanwalt/NOUN/1/obl/Staatsanwalt Molins/PROPN/1/nsubj/Molins/PER"
                + " drei/NUM/9/nummod/drei Explosionen/NOUN/1/obj/Explosion ~./PUNCT/1/punct/.");
        assertEquals("Angaben von Staatsanwalt Molins", only(name).speaker().text());
        AnnotatedDocument noName = parse("Dort/ADV/1/advmod/dort wurde/AUX/6/aux:pass/werden nach/ADP/3/case/nach Angaben/NOUN/6/obl/Angabe"
                + " unabhängiger/ADJ/5/amod/unabhängig Experten/NOUN/6/iobj/Experte Senfgas/PROPN/6/nsubj:pass/Senfgas"
                + " eingesetzt/VERB/-1/root/einsetzen ~./PUNCT/6/punct/.");
        assertEquals("Angaben unabhängiger Experten", only(noName).speaker().text());
        AnnotatedDocument about = parse("Nach/ADP/1/case/nach Angaben/NOUN/6/obl/Angabe über/ADP/4/case/über die/DET/4/det/der"
                + " Lage/NOUN/6/obl/Lage starben/VERB/-1/root/sterben drei/NUM/8/nummod/drei Menschen/NOUN/6/nsubj/Mensch ~./PUNCT/6/punct/.");
        assertEquals("Angaben", only(about).speaker().text());
    }

    @Test
    void speakerCompletesAQuotedNameTheParseCut() {
        AnnotatedDocument doc = parse("Laut/ADP/1/case/laut Moritz/PROPN/9/obl/Moritz Wohlrab/PROPN/1/flat/Wohlrab von/ADP/5/case/von der/DET/5/det/der"
                + " „/PUNCT/5/punct/„ ~Aktion/NOUN/1/nmod/Aktion Deutschland/PROPN/5/flat/Deutschland hilft/VERB/9/conj/helfen"
                + " ~“/PUNCT/9/punct/“ wächst/VERB/-1/root/wachsen die/DET/11/det/der Not/NOUN/9/nsubj/Not ~./PUNCT/9/punct/.");
        assertEquals("Moritz Wohlrab von der „Aktion Deutschland hilft“", only(doc).speaker().text());
    }

    @Test
    void impersonalBekanntWerdenTakesItsDassClauseWithoutSpeaker() {
        // "wurde" parsed as aux:pass of the adjective
        AnnotatedDocument doc = parse("Im/ADP/1/case/in April/PROPN/4/obl/April wurde/AUX/4/aux:pass/werden dann/ADV/4/advmod/dann"
                + " bekannt/ADJ/-1/root/bekannt ~,/PUNCT/9/punct/, dass/SCONJ/9/mark/dass Warrington/PROPN/9/nsubj/Warrington"
                + " krank/ADJ/9/advmod/krank war/VERB/4/ccomp/sein ~./PUNCT/4/punct/.");
        StatementRecord r = only(doc);
        assertEquals("dass Warrington krank war", message(doc, r));
        assertEquals("wurde … bekannt", r.cue().text());
        assertEquals(null, r.speaker());
        // the adjective as xcomp of "geworden", the clause under the main verb
        AnnotatedDocument nachdem = parse("Er/PRON/1/nsubj/er trat/VERB/-1/root/treten ~,/PUNCT/5/punct/, nachdem/SCONJ/5/mark/nachdem"
                + " bekannt/ADJ/5/xcomp/bekannt geworden/VERB/1/advcl/werden war/AUX/5/aux/sein ~,/PUNCT/11/punct/,"
                + " dass/SCONJ/11/mark/dass er/PRON/11/nsubj/er abschrieb/VERB/1/ccomp/abschreiben ~./PUNCT/1/punct/.");
        assertEquals("dass er abschrieb", message(nachdem, only(nachdem)));
        AnnotatedDocument wie = parse("Wie/ADP/2/case/wie gestern/ADV/2/advmod/gestern bekannt/ADJ/3/xcomp/bekannt"
                + " wurde/VERB/5/acl/werden ~,/PUNCT/3/punct/, ist/AUX/7/cop/sein Stevens/PROPN/7/nsubj/Stevens"
                + " tot/ADJ/-1/root/tot ~./PUNCT/7/punct/.");
        assertEquals("ist Stevens tot", message(wie, only(wie)));
    }

    @Test
    void bekanntWerdenWithoutDassClauseOrWithSeinIsNoCue() {
        AnnotatedDocument weil = parse("Der/DET/1/det/der Fall/NOUN/3/nsubj/Fall wurde/AUX/3/cop/werden bekannt/ADJ/-1/root/bekannt"
                + " ~,/PUNCT/8/punct/, weil/SCONJ/8/mark/weil das/DET/7/det/der Opfer/NOUN/8/nsubj/Opfer klagte/VERB/3/advcl/klagen"
                + " ~./PUNCT/3/punct/.");
        assertTrue(extract(weil).isEmpty(), extract(weil).toString());
        AnnotatedDocument sein = parse("Es/PRON/2/expl/es ist/AUX/2/cop/sein bekannt/ADJ/-1/root/bekannt ~,/PUNCT/7/punct/,"
                + " ob/SCONJ/7/mark/ob er/PRON/7/nsubj/er zahlte/VERB/2/csubj/zahlen ~./PUNCT/2/punct/.");
        assertTrue(extract(sein).isEmpty(), extract(sein).toString());
    }

    @Test
    void aTitlesNameInAppositionIsTheSpeakersActor() {
        // the parse heads the phrase with the title; the name below it carries the person
        StatementRecord r = only(parse("Der/DET/2/det/der grüne/ADJ/2/amod/grün Bildungssprecher/NOUN/5/nsubj/Bildungssprecher "
                + "Harald/PROPN/2/appos/Harald/PERSON Walser/PROPN/3/flat/Walser/PERSON sagt/VERB/-1/root/sagen ~,/PUNCT/9/punct/, "
                + "man/PRON/9/nsubj/man sei/AUX/9/cop/sein bereit/ADJ/5/ccomp/bereit ~./PUNCT/5/punct/."));
        assertEquals("person:harald-walser", r.speaker().actor());
        // a name in a prepositional phrase is not the title's name: "Der Kollege von Harald Walser"
        StatementRecord g = only(parse("Der/DET/1/det/der Kollege/NOUN/5/nsubj/Kollege von/ADP/3/case/von "
                + "Harald/PROPN/1/nmod/Harald/PERSON Walser/PROPN/3/flat/Walser/PERSON sagt/VERB/-1/root/sagen ~,/PUNCT/9/punct/, "
                + "man/PRON/9/nsubj/man sei/AUX/9/cop/sein bereit/ADJ/5/ccomp/bereit ~./PUNCT/5/punct/."));
        assertNull(g.speaker().actor(), g.toString());
    }

    @Test
    void anOfficeSpeaksForItsOwner() {
        // "Netanyahus Büro", "das Büro des Ministerpräsidenten": the office speaks for the person who owns it
        StatementRecord r = only(parse("Netanyahus/PROPN/1/nmod/Netanyahus/PERSON Büro/NOUN/2/nsubj/Büro "
                + "teilte/VERB/-1/root/mitteilen mit/ADP/2/compound:prt/mit ~,/PUNCT/9/punct/, der/DET/6/det/der "
                + "Ministerpräsident/NOUN/9/nsubj/Ministerpräsident habe/AUX/9/aux/haben Abbas/PROPN/9/obj/Abbas/PERSON "
                + "angerufen/VERB/2/ccomp/anrufen ~./PUNCT/2/punct/."));
        assertEquals("person:benjamin-netanyahu", r.speaker().actor(), r.toString());
        assertEquals("Netanyahus Büro", r.speaker().text());
        // a noun that is no office is someone of their own: "Netanyahus Freund"
        StatementRecord f = only(parse("Netanyahus/PROPN/1/nmod/Netanyahus/PERSON Freund/NOUN/2/nsubj/Freund "
                + "teilte/VERB/-1/root/mitteilen mit/ADP/2/compound:prt/mit ~,/PUNCT/9/punct/, der/DET/6/det/der "
                + "Ministerpräsident/NOUN/9/nsubj/Ministerpräsident habe/AUX/9/aux/haben Abbas/PROPN/9/obj/Abbas/PERSON "
                + "angerufen/VERB/2/ccomp/anrufen ~./PUNCT/2/punct/."));
        assertNull(f.speaker().actor(), f.toString());
    }

    @Test
    void aNameInAppositionBelowAnUnnamedHeadIsTheSpeakersActor() {
        // the parse heads the phrase with the place adjective; the title and the name hang below it as appositions
        StatementRecord r = only(parse("Der/DET/1/det/der Straßburger/PROPN/5/nsubj/Straßburger/MISC "
                + "Touristikchef/PROPN/1/appos/Touristikchef Jean/PROPN/2/appos/Jean/PERSON Gsell/PROPN/3/flat/Gsell/PERSON "
                + "sagte/VERB/-1/root/sagen ~,/PUNCT/9/punct/, man/PRON/9/nsubj/man sei/AUX/9/cop/sein bereit/ADJ/5/ccomp/bereit "
                + "~./PUNCT/5/punct/."));
        assertEquals("person:jean-gsell", r.speaker().actor(), r.toString());
        // a list the parse chained by a conjunct is not that person: "Die Runde, der Rat, Minister Ashton Carter"
        StatementRecord list = only(parse("Die/DET/1/det/die Runde/NOUN/9/nsubj/Runde ~,/PUNCT/4/punct/, "
                + "der/DET/4/det/der Rat/NOUN/1/conj/Rat ~,/PUNCT/6/punct/, Minister/NOUN/4/appos/Minister "
                + "Ashton/PROPN/6/appos/Ashton/PERSON Carter/PROPN/7/flat/Carter/PERSON sagen/VERB/-1/root/sagen ~,/PUNCT/13/punct/, "
                + "man/PRON/13/nsubj/man sei/AUX/13/cop/sein bereit/ADJ/9/ccomp/bereit ~./PUNCT/9/punct/."));
        assertNull(list.speaker().actor(), list.toString());
    }

    @Test
    void postposedCueWhoseParsedSubjectIsTheMessagesOwn() {
        // "Sarkozy habe bessere Chancen, sagte Mélenchon.", parsed with "Sarkozy" as the subject of "sagte": a finite verb
        // after the comma and before a noun phrase is inverted, the subject of the Konjunktiv clause is the message's
        StatementRecord r = only(parse("Sarkozy/PROPN/5/nsubj/Sarkozy habe/VERB/5/ccomp/haben bessere/ADJ/3/amod/gut"
                + " Chancen/NOUN/1/obj/Chance ~,/PUNCT/5/punct/, sagte/VERB/-1/root/sagen Mélenchon/PROPN/5/obj/Mélenchon"
                + " ~./PUNCT/5/punct/."));
        assertEquals("Mélenchon", r.speaker().text());
        assertEquals("indirect", r.form());
        // a verb coordinated with an indicative clause before the comma shares its subject: no inverted reading
        AnnotatedDocument coordinated = parse("Der/DET/1/det/der Minister/NOUN/6/nsubj/Minister las/VERB/6/conj/lesen"
                + " die/DET/4/det/der Rede/NOUN/2/obj/Rede ~,/PUNCT/6/punct/, betonte/VERB/-1/root/betonen"
                + " die/DET/8/det/der Risiken/NOUN/6/obj/Risiko ~./PUNCT/6/punct/.");
        assertTrue(extract(coordinated).stream().noneMatch(x -> x.speaker() != null && x.speaker().text().contains("Risiken")),
                extract(coordinated).toString());
    }

    @Test
    void konjunktivCueAfterAStatementContinuesItsSpeaker() {
        // "Der Minister sagte, er sei bereit. Dieser habe erklärt, der Plan sei gut.": the Konjunktiv I of the cue makes
        // the whole sentence reported by the minister; the cue's own statement is nested in it
        List<StatementRecord> out = extract(continuedBy("habe", "AUX"));
        assertEquals(3, out.size(), out.toString());
        StatementRecord whole = out.stream().filter(r -> r.cue() == null).findFirst().orElseThrow();
        assertEquals("indirect_free_indirect", whole.form());
        assertEquals("Der Minister", whole.speaker().text());
        StatementRecord cued = cued(out, "erklärt");
        assertEquals("Dieser", cued.speaker().text());
        assertEquals(whole.id(), cued.parent(), out.toString());
        // Konjunktiv II ("Dieser hätte erklärt, …") is as often conditional as reported: the cue's statement alone, top-level
        List<StatementRecord> conditional = extract(continuedBy("hätte", "AUX"));
        assertEquals(2, conditional.size(), conditional.toString());
        assertEquals(null, cued(conditional, "erklärt").parent());
    }

    /** "Der Minister sagte, er sei bereit. Dieser {@code aux} erklärt, der Plan sei gut." */
    private static AnnotatedDocument continuedBy(String aux, String pos) {
        return parseSentences("Der/DET/1/det/der Minister/NOUN/2/nsubj/Minister sagte/VERB/-1/root/sagen ~,/PUNCT/6/punct/,"
                + " er/PRON/6/nsubj/er sei/AUX/6/cop/sein bereit/ADJ/2/ccomp/bereit ~./PUNCT/2/punct/. || "
                + "Dieser/PRON/10/nsubj/dieser " + aux + "/" + pos + "/10/aux/haben erklärt/VERB/-1/root/erklären"
                + " ~,/PUNCT/15/punct/, der/DET/13/det/der Plan/NOUN/15/nsubj/Plan sei/AUX/15/cop/sein gut/ADJ/10/ccomp/gut"
                + " ~./PUNCT/10/punct/.");
    }

    @Test
    void quotedNameKeepsTheOpeningMarkTheMentionStartsAfter() {
        // "„France Football“ meldete, dass er gewinne.": the parse leaves "„" outside the name's subtree, "“" (tagged as a
        // word) inside
        StatementRecord r = only(parse("„/PUNCT/4/punct/„ ~France/PROPN/2/flat/France Football/PROPN/4/nsubj/Football"
                + " ~“/X/2/flat/“ meldete/VERB/-1/root/melden ~,/PUNCT/8/punct/, dass/SCONJ/8/mark/dass er/PRON/8/nsubj/er"
                + " gewinne/VERB/4/ccomp/gewinnen ~./PUNCT/4/punct/."));
        assertEquals("„France Football“", r.speaker().text());
        // an opening mark earlier in the sentence, not right before the mention, is not the name's
        AnnotatedDocument earlier = parse("„/PUNCT/1/punct/„ ~Gut/ADJ/3/obj/gut ~“/PUNCT/1/punct/“ meldete/VERB/-1/root/melden"
                + " France/PROPN/5/flat/France Football/PROPN/3/nsubj/Football ~“/X/5/flat/“ ~,/PUNCT/10/punct/,"
                + " dass/SCONJ/10/mark/dass er/PRON/10/nsubj/er gewinne/VERB/3/ccomp/gewinnen ~./PUNCT/3/punct/.");
        StatementRecord cued = cued(extract(earlier), "meldete");
        assertEquals("France Football“", cued.speaker().text());
    }

    @Test
    void speakerAfterSoStartsAfterIt() {
        // "„Wir siegen“, so Schnappauf.", with the quotation parsed as a dependent of the name
        StatementRecord r = only(parse("„/PUNCT/2/punct/„ ~Wir/PRON/2/nsubj/wir siegen/VERB/6/acl/siegen ~“/PUNCT/2/punct/“"
                + " ~,/PUNCT/6/punct/, so/ADV/6/advmod/so Schnappauf/PROPN/-1/root/Schnappauf ~./PUNCT/6/punct/."));
        assertEquals("Schnappauf", r.speaker().text());
        // a "so" inside the mention, not after a comma, stays ("Der so oft zitierte Minister")
        StatementRecord minister = only(parse("Der/DET/4/det/der so/ADV/2/advmod/so oft/ADV/3/advmod/oft zitierte/ADJ/4/amod/zitiert"
                + " Minister/NOUN/5/nsubj/Minister sagte/VERB/-1/root/sagen ~,/PUNCT/9/punct/, er/PRON/9/nsubj/er"
                + " sei/AUX/9/cop/sein bereit/ADJ/5/ccomp/bereit ~./PUNCT/5/punct/."));
        assertEquals("Der so oft zitierte Minister", minister.speaker().text());
    }

    @Test
    void aNameTheTaggerTookForAnAdjectiveIsTheSpeaker() {
        // "…, sagt Kurz –": the tagger makes "Kurz" an adjective and the dash a noun
        List<StatementRecord> out = extract(parseSentences("Sebastian/PROPN/2/nsubj/Sebastian/PERSON Kurz/PROPN/0/flat/Kurz/PERSON "
                + "sprach/VERB/-1/root/sprechen ~./PUNCT/2/punct/. || Das/PRON/6/nsubj/das sei/AUX/6/cop/sein gut/ADJ/-1/root/gut "
                + "~,/PUNCT/8/punct/, sagt/VERB/6/parataxis/sagen Kurz/ADJ/10/amod/kurz –/NOUN/6/dep/– ~./PUNCT/6/punct/."));
        StatementRecord r = out.stream().filter(x -> x.quote().text().equals("Das sei gut")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertEquals("Kurz", r.speaker().text());
        assertEquals("person:sebastian-kurz", r.speaker().actor());
        // without a person of that name in the document the adjective stays an adjective: no actor
        List<StatementRecord> alone = extract(parse("Das/PRON/2/nsubj/das sei/AUX/2/cop/sein gut/ADJ/-1/root/gut ~,/PUNCT/4/punct/, "
                + "sagt/VERB/2/parataxis/sagen Kurz/ADJ/6/amod/kurz –/NOUN/2/dep/– ~./PUNCT/2/punct/."));
        assertTrue(alone.stream().allMatch(x -> x.speaker() == null || x.speaker().actor() == null), alone.toString());
    }
    @Test
    void ownStatementsAreTheSubjects() {
        // "nach eigenen Angaben": the mention stays the phrase (as the news corpus marks it), its actor is the subject's
        List<StatementRecord> out = extract(parse("Die/DET/1/det/der USA/PROPN/8/nsubj/USA/LOCATION haben/AUX/8/aux/haben "
                + "nach/ADP/5/case/nach eigenen/ADJ/5/amod/eigen Angaben/NOUN/8/obl/Angabe keinen/DET/7/det/kein "
                + "Hinweis/NOUN/8/obj/Hinweis erhalten/VERB/-1/root/erhalten ~./PUNCT/8/punct/."));
        StatementRecord r = out.stream().filter(x -> x.speaker() != null).findFirst().orElseThrow(() -> new AssertionError(out));
        assertEquals("eigenen Angaben", r.speaker().text());
        assertEquals("USA", r.speaker().actor());
        // someone else's statements are not the subject's
        List<StatementRecord> other = extract(parse("Die/DET/1/det/der USA/PROPN/8/nsubj/USA/LOCATION haben/AUX/8/aux/haben "
                + "nach/ADP/5/case/nach neuen/ADJ/5/amod/neu Angaben/NOUN/8/obl/Angabe keinen/DET/7/det/kein "
                + "Hinweis/NOUN/8/obj/Hinweis erhalten/VERB/-1/root/erhalten ~./PUNCT/8/punct/."));
        assertTrue(other.stream().allMatch(x -> x.speaker() == null || x.speaker().actor() == null), other.toString());
    }

    @Test
    void ownStatementsAfterADatelineAreThePhraseAfterTheDash() {
        // the parse made the dateline's place the subject and hung the real subject on it
        StatementRecord country = only(parse("Athen/PROPN/8/nsubj/Athen/LOCATION –/PUNCT/2/punct/– Mazedonien/PROPN/0/flat/Mazedonien/LOCATION"
                + " hat/AUX/8/aux/haben nach/ADP/6/case/nach eigenen/ADJ/6/amod/eigen Angaben/NOUN/8/obl/Angabe"
                + " Migranten/NOUN/8/obj/Migrant geschickt/VERB/-1/root/schicken ~./PUNCT/8/punct/."));
        assertEquals("eigenen Angaben", country.speaker().text());
        assertEquals("MKD", country.speaker().actor());
        // a compound's first part is not the subject's actor when a name follows: Cranston, not the USA
        StatementRecord person = only(parse("Hollywood/PROPN/13/nsubj/Hollywood/LOCATION –/PUNCT/3/punct/– Der/DET/3/det/der"
                + " US/PROPN/0/appos/US/LOCATION ~-/PUNCT/5/punct/- ~Schauspieler/NOUN/3/flat/Schauspieler"
                + " Bryan/PROPN/3/appos/Bryan/PERSON Cranston/PROPN/6/flat/Cranston/PERSON kann/AUX/13/aux/können"
                + " sich/PRON/13/obj/sich nach/ADP/12/case/nach eigenen/ADJ/12/amod/eigen Angaben/NOUN/13/obl/Angabe"
                + " vorstellen/VERB/-1/root/vorstellen ~./PUNCT/13/punct/."));
        assertEquals("person:bryan-cranston", person.speaker().actor());
    }

    @Test
    void subjectlessCueTakesItsAgentOrDocumentAsSpeaker() {
        String clause = " ~,/PUNCT/9/punct/, dass/SCONJ/9/mark/dass die/DET/8/det/die Schulen/NOUN/9/nsubj/Schule"
                + " schließen/VERB/4/ccomp/schließen ~./PUNCT/4/punct/.";
        // a fused "vom" agent of a passive cue
        StatementRecord agent = only(parse("Schon/ADV/4/advmod/schon vom/ADP/2/case/von Ministerium/NOUN/4/obl/Ministerium"
                + " wurde/AUX/4/aux:pass/werden mitgeteilt/VERB/-1/root/mitteilen" + clause));
        assertEquals("Ministerium", agent.speaker().text());
        // the report an "in" phrase names
        StatementRecord report = only(parse("In/ADP/2/case/in einem/DET/2/det/ein Bericht/NOUN/4/obl/Bericht"
                + " wurde/AUX/4/aux:pass/werden vermutet/VERB/-1/root/vermuten" + clause));
        assertEquals("einem Bericht", report.speaker().text());
        // a place is no source
        StatementRecord place = only(parse("In/ADP/2/case/in der/DET/2/det/die Hauptstadt/NOUN/4/obl/Hauptstadt"
                + " wurde/AUX/4/aux:pass/werden vermutet/VERB/-1/root/vermuten" + clause));
        assertNull(place.speaker());
        // a passive with a patient: the one quoted is no document's ("Der Vorsitzende wird in einer Presseerklärung zitiert")
        List<StatementRecord> quoted = extract(parse("Der/DET/1/det/der Vorsitzende/NOUN/6/nsubj:pass/Vorsitzende"
                + " wird/AUX/6/aux:pass/werden in/ADP/5/case/in einer/DET/5/det/ein Presseerklärung/NOUN/6/obl/Presseerklärung"
                + " zitiert/VERB/-1/root/zitieren ~:/PUNCT/6/punct/: „/PUNCT/10/punct/„ ~Wir/PRON/10/nsubj/wir"
                + " brauchen/VERB/6/parataxis/brauchen mehr/DET/12/det/mehr Polizisten/NOUN/10/obj/Polizist ~./PUNCT/6/punct/. ~“/PUNCT/6/punct/“"));
        assertTrue(quoted.stream().noneMatch(x -> x.speaker() != null && x.speaker().text().contains("Presseerklärung")), quoted.toString());
    }
    @Test
    void outletsOwnOnlineEditionBelongsToTheSpeaker() {
        // "Heute berichtete die Zeitung in ihrer Onlineausgabe, dass …": the parse hangs the phrase on the verb; the
        // source is the outlet with its edition
        assertEquals("die Zeitung in ihrer Onlineausgabe", only(editionClause("ihrer", "Onlineausgabe")).speaker().text());
        // a print issue, or an edition not the outlet's own, stays with the clause
        assertEquals("die Zeitung", only(editionClause("ihrer", "Ausgabe")).speaker().text());
        assertEquals("die Zeitung", only(editionClause("einer", "Onlineausgabe")).speaker().text());
    }

    /** "Heute berichtete die Zeitung in {@code det} {@code noun}, dass die Schulen schließen." */
    private static AnnotatedDocument editionClause(String det, String noun) {
        return parse("Heute/ADV/1/advmod/heute berichtete/VERB/-1/root/berichten die/DET/3/det/die Zeitung/NOUN/1/nsubj/Zeitung"
                + " in/ADP/6/case/in " + det + "/DET/6/det/" + det + " " + noun + "/NOUN/1/obl/" + noun
                + " ~,/PUNCT/11/punct/, dass/SCONJ/11/mark/dass die/DET/10/det/die Schulen/NOUN/11/nsubj/Schule"
                + " schließen/VERB/1/ccomp/schließen ~./PUNCT/1/punct/.");
    }

    @Test
    void relativeNachOnASourceNounIsTheSource() {
        // "Meinungsumfragen im Land, nach denen 72 Prozent … ablehnen": the pronoun is the source, the clause the message
        String tail = " ~,/PUNCT/14/punct/, nach/ADP/10/case/nach denen/PRON/14/obl/der alle/PRON/14/nsubj/alle"
                + " die/DET/13/det/die Verfassung/NOUN/14/obj/Verfassung ablehnen/VERB/3/acl/ablehnen ~./PUNCT/1/punct/.";
        AnnotatedDocument doc = parse("Das/PRON/1/nsubj/das ist/VERB/-1/root/sein eine/DET/3/det/ein Folge/NOUN/1/obj/Folge"
                + " der/DET/5/det/die Meinungsumfragen/NOUN/3/nmod/Meinungsumfrage im/ADP/5/amod/im Land/PROPN/5/appos/Land" + tail);
        StatementRecord r = only(doc);
        assertEquals("denen", r.speaker().text());
        assertEquals("nach", r.cue().text());
        assertEquals("alle die Verfassung ablehnen", message(doc, r));
        // "die Pause, nach der …": no source noun, no statement
        AnnotatedDocument pause = parse("Das/PRON/1/nsubj/das ist/VERB/-1/root/sein eine/DET/3/det/ein Folge/NOUN/1/obj/Folge"
                + " der/DET/5/det/die Pause/NOUN/3/nmod/Pause im/ADP/5/amod/im Land/PROPN/5/appos/Land" + tail);
        assertTrue(extract(pause).isEmpty(), extract(pause).toString());
    }

    @Test
    void sourceNounsOwnerIsTheSpeakersActor() {
        // "laut Angaben des bahrainischen Innenministeriums": the genitive owner, as after "nach"
        StatementRecord r = only(parse("Laut/ADP/1/case/laut Angaben/NOUN/5/obl/Angabe des/DET/4/det/der "
                + "bahrainischen/ADJ/4/amod/bahrainisch Innenministeriums/NOUN/1/nmod/Innenministerium machten/VERB/-1/root/machen "
                + "die/DET/7/det/der Journalisten/NOUN/5/nsubj/Journalist falsche/ADJ/9/amod/falsch Angaben/NOUN/5/obj/Angabe ~./PUNCT/5/punct/."));
        assertEquals("BHR-GOV", r.speaker().actor(), r.toString());
        // a phrase with another preposition is no owner ("den Angaben zufolge um Mikola Rubzew" in a wrong parse)
        StatementRecord aus = only(parse("Laut/ADP/1/case/laut Angaben/NOUN/4/obl/Angabe aus/ADP/3/case/aus "
                + "Bahrain/PROPN/1/nmod/Bahrain/LOCATION machten/VERB/-1/root/machen die/DET/6/det/der Journalisten/NOUN/4/nsubj/Journalist "
                + "Fehler/NOUN/4/obj/Fehler ~./PUNCT/4/punct/."));
        assertNull(aus.speaker().actor(), aus.toString());
    }
    @Test
    void relativePronounSpeakerHasItsAntecedentsActor() {
        // "Anton Wieser, der bestätigt, dass …": the mention stays "der", its actor is the named antecedent
        StatementRecord r = only(parse("Es/PRON/1/nsubj/es gehört/VERB/-1/root/gehören Anton/PROPN/1/obj/Anton/PERSON "
                + "Wieser/PROPN/2/flat/Wieser/PERSON ~,/PUNCT/6/punct/, der/PRON/6/nsubj/der bestätigt/VERB/2/acl:relcl/bestätigen "
                + "~,/PUNCT/12/punct/, dass/SCONJ/12/mark/dass es/PRON/12/expl/es keine/DET/11/det/kein Angriffe/NOUN/12/obj/Angriff "
                + "gab/VERB/6/ccomp/geben ~./PUNCT/1/punct/."));
        assertEquals("der", r.speaker().text());
        assertEquals("person:anton-wieser", r.speaker().actor());
        // a possessor in the antecedent's phrase is someone else ("die Mutter von Anton Wieser, die …")
        StatementRecord mother = only(parse("Es/PRON/1/nsubj/es gehört/VERB/-1/root/gehören der/DET/3/det/der Mutter/NOUN/1/obj/Mutter "
                + "von/ADP/5/case/von Anton/PROPN/3/nmod/Anton/PERSON Wieser/PROPN/5/flat/Wieser/PERSON ~,/PUNCT/9/punct/, "
                + "die/PRON/9/nsubj/die bestätigt/VERB/3/acl:relcl/bestätigen ~,/PUNCT/15/punct/, dass/SCONJ/15/mark/dass "
                + "es/PRON/15/expl/es keine/DET/14/det/kein Angriffe/NOUN/15/obj/Angriff gab/VERB/9/ccomp/geben ~./PUNCT/1/punct/."));
        assertNotEquals("person:anton-wieser", mother.speaker() == null ? null : mother.speaker().actor(), mother.toString());
    }

    @Test
    void mediumHungOnTheSpeakerIsTheAddressee() {
        // "…, sagte Peter Binder der APA": a person's name takes no genitive, so "der APA" is the dative addressee
        StatementRecord r = only(parse("Es/PRON/1/nsubj/es gebe/VERB/3/ccomp/geben ~,/PUNCT/3/punct/, sagte/VERB/-1/root/sagen "
                + "Peter/PROPN/3/nsubj/Peter/PERSON Binder/PROPN/4/flat/Binder/PERSON der/DET/7/det/der "
                + "APA/PROPN/4/nmod/APA/ORGANIZATION ~./PUNCT/3/punct/."));
        assertEquals("Peter Binder", r.speaker().text(), r.toString());
        assertEquals("der APA", r.addressee() == null ? null : r.addressee().text(), r.toString());
        assertEquals("APA", r.addressee().actor());
        // after a noun, "der Zeitung" is the genitive: the newspaper's spokesman speaks, to no one named
        StatementRecord gen = only(parse("Es/PRON/1/nsubj/es gebe/VERB/3/ccomp/geben ~,/PUNCT/3/punct/, sagte/VERB/-1/root/sagen "
                + "der/DET/5/det/der Sprecher/NOUN/3/nsubj/Sprecher der/DET/7/det/der Zeitung/NOUN/5/nmod/Zeitung ~./PUNCT/3/punct/."));
        assertEquals("der Sprecher der Zeitung", gen.speaker().text(), gen.toString());
        assertNull(gen.addressee(), gen.toString());
    }

    @Test
    void organisationNamedAfterItsDescriptorIsTheSpeakersActor() {
        // "die staatliche Nachrichtenagentur Anadolu": the name in apposition, not an earlier agency the descriptor could
        // refer back to
        StatementRecord r = only(parse("Die/DET/2/det/der staatliche/ADJ/2/amod/staatlich Nachrichtenagentur/NOUN/4/nsubj/Nachrichtenagentur "
                + "Anadolu/PROPN/2/appos/Anadolu/ORGANIZATION meldete/VERB/-1/root/melden ~,/PUNCT/9/punct/, dass/SCONJ/9/mark/dass "
                + "die/DET/8/det/der Wahl/NOUN/9/nsubj/Wahl stattfinde/VERB/4/ccomp/stattfinden ~./PUNCT/4/punct/."));
        assertEquals("ANADOLU", r.speaker().actor(), r.toString());
    }

    @Test
    void adverbialClauseBeforeAVerbIsNoPostposedMessage() {
        // "Nachdem es zu Gewalt gekommen war, forderten beide einen fairen Wahlkampf": the clause is the time, not the message
        AnnotatedDocument doc = parse("Nachdem/SCONJ/5/mark/nachdem es/PRON/5/expl/es zu/ADP/3/case/zu Gewalt/NOUN/4/obl/Gewalt"
                + " gekommen/VERB/6/advcl/kommen war/AUX/4/aux/sein ~,/PUNCT/4/punct/, forderten/VERB/-1/root/fordern"
                + " beide/PRON/7/nsubj/beide einen/DET/11/det/ein fairen/ADJ/11/amod/fair Wahlkampf/NOUN/7/obj/Wahlkampf"
                + " ~./PUNCT/7/punct/.");
        assertNotTheMessage(doc, "Nachdem es zu Gewalt gekommen war");
        // a main clause after the adverbial one is the message: "Wenn es nötig sei, werde die Partei klagen, sagte er"
        AnnotatedDocument main = parse("Wenn/SCONJ/3/mark/wenn es/PRON/3/nsubj/es nötig/ADJ/3/advmod/nötig sei/AUX/8/advcl/sein"
                + " ~,/PUNCT/3/punct/, werde/AUX/8/aux/werden die/DET/7/det/die Partei/NOUN/8/nsubj/Partei klagen/VERB/10/ccomp/klagen"
                + " ~,/PUNCT/8/punct/, sagte/VERB/-1/root/sagen er/PRON/10/nsubj/er ~./PUNCT/10/punct/.");
        assertEquals("Wenn es nötig sei, werde die Partei klagen", message(main, only(main)));
    }

    @Test
    void frontedPhraseWithItsRelativeClauseIsNoPostposedMessage() {
        // "In einer Videobotschaft, die gestern eingespielt wurde, dankte Thaksin den Anhängern": no clause before the verb
        AnnotatedDocument doc = parse("In/ADP/2/case/in einer/DET/2/det/ein Videobotschaft/NOUN/9/obl/Videobotschaft"
                + " ~,/PUNCT/6/punct/, die/PRON/6/nsubj:pass/die gestern/ADV/6/advmod/gestern eingespielt/VERB/2/acl/einspielen"
                + " wurde/AUX/6/aux:pass/werden ~,/PUNCT/6/punct/, sagte/VERB/-1/root/sagen Thaksin/PROPN/9/nsubj/Thaksin"
                + " den/DET/12/det/der Anhängern/NOUN/9/iobj/Anhänger Dank/NOUN/9/obj/Dank ~./PUNCT/9/punct/.");
        assertNotTheMessage(doc, "In einer Videobotschaft, die gestern eingespielt wurde");
        // a clause of its own around the relative one stays the message ("Ein Tief, das …, habe … erreicht, meldet …")
        AnnotatedDocument clause = parse("Ein/DET/1/det/ein Tief/NOUN/7/nsubj/Tief ~,/PUNCT/4/punct/, das/PRON/4/nsubj/das"
                + " stand/VERB/1/acl/stehen ~,/PUNCT/4/punct/, habe/AUX/7/aux/haben erreicht/VERB/9/ccomp/erreichen"
                + " ~,/PUNCT/7/punct/, meldet/VERB/-1/root/melden die/DET/11/det/die Agentur/NOUN/9/nsubj/Agentur ~./PUNCT/9/punct/.");
        assertEquals("Ein Tief, das stand, habe erreicht", message(clause, only(clause)));
    }

    @Test
    void complementWithoutAClauseIsNoMessage() {
        // "Die Behörde berichtete die Zahl der Opfer" with the noun phrase parsed as a clause: no indirect message
        AnnotatedDocument doc = parse("Die/DET/1/det/die Behörde/NOUN/2/nsubj/Behörde berichtete/VERB/-1/root/berichten"
                + " die/DET/4/det/die Zahl/NOUN/2/ccomp/Zahl der/DET/6/det/der Opfer/NOUN/4/nmod/Opfer ~./PUNCT/2/punct/.");
        assertNotTheMessage(doc, "die Zahl der Opfer");
        // after a colon the words are the message even without a verb ("soll er gesagt haben: Zu viele Noten")
        AnnotatedDocument colon = parse("Der/DET/1/det/der Kaiser/NOUN/2/nsubj/Kaiser sagte/VERB/-1/root/sagen ~:/PUNCT/6/punct/:"
                + " Zu/ADV/5/advmod/zu viele/DET/6/det/viel Noten/NOUN/2/ccomp/Note ~./PUNCT/2/punct/.");
        assertEquals("Zu viele Noten", message(colon, only(colon)));
    }

    @Test
    void relativeClauseTaggedAsArticleIsNoPostposedMessage() {
        // "Im Brief, den er geschickt hat, erklärt er …": the relative "den" tagged DET; its verbs stand last, the auxiliary last
        AnnotatedDocument doc = parse("Im/ADP/1/case/in Brief/NOUN/8/obl/Brief ~,/PUNCT/5/punct/, den/DET/5/det/der"
                + " er/PRON/5/nsubj/er geschickt/VERB/1/advcl/schicken hat/AUX/5/aux/haben ~,/PUNCT/5/punct/,"
                + " erklärt/VERB/-1/root/erklären Minister/NOUN/8/nsubj/Minister Meier/PROPN/9/flat/Meier seine/DET/12/det/sein"
                + " Gründe/NOUN/8/obj/Grund ~./PUNCT/8/punct/.");
        assertNotTheMessage(doc, "Im Brief, den er geschickt hat");
    }

    @Test
    void frontedPhraseWithItsRelativeClauseIsNoComplement() {
        // "Die Angriffe auf Kirchhoff, der dort arbeitete, wollte er nicht bestätigen" with the fronted object parsed as the
        // verb's clause: a phrase whose only verb is in its relative clause is no message
        AnnotatedDocument doc = parse("Die/DET/1/det/der Angriffe/NOUN/12/ccomp/Angriff auf/ADP/3/case/auf Kirchhoff/PROPN/1/nmod/Kirchhoff"
                + " ~,/PUNCT/7/punct/, der/PRON/7/nsubj/der dort/ADV/7/advmod/dort arbeitete/VERB/1/acl/arbeiten ~,/PUNCT/7/punct/,"
                + " wollte/AUX/12/aux/wollen er/PRON/12/nsubj/er nicht/PART/12/advmod/nicht bestätigen/VERB/-1/root/bestätigen"
                + " ~./PUNCT/12/punct/.");
        assertNotTheMessage(doc, "Die Angriffe auf Kirchhoff, der dort arbeitete");
        // a clause of its own before the verb stays its message ("Was dem Minister, der …, geschehen sei, wollte er …")
        AnnotatedDocument clause = parse("Was/PRON/8/nsubj/was dem/DET/2/det/der Minister/NOUN/8/iobj/Minister ~,/PUNCT/6/punct/,"
                + " der/PRON/6/nsubj/der dort/ADV/6/advmod/dort arbeitete/VERB/2/acl/arbeiten ~,/PUNCT/6/punct/,"
                + " geschehen/VERB/14/ccomp/geschehen sei/AUX/8/aux/sein ~,/PUNCT/8/punct/, wollte/AUX/14/aux/wollen"
                + " er/PRON/14/nsubj/er nicht/PART/14/advmod/nicht bestätigen/VERB/-1/root/bestätigen ~./PUNCT/14/punct/.");
        assertEquals("Was dem Minister, der dort arbeitete, geschehen sei", message(clause, only(clause)));
    }

    @Test
    void relativeClauseAfterTheCueIsNoComplement() {
        // "Ein Test bestätigte die Identität des Mannes, der 1963 untertauchte" with the relative clause parsed as the verb's
        // clause: verb-final after a relative pronoun, not in Konjunktiv, it describes the noun and says nothing
        AnnotatedDocument doc = parse("Ein/DET/1/det/ein Test/NOUN/2/nsubj/Test bestätigte/VERB/-1/root/bestätigen die/DET/4/det/der"
                + " Identität/NOUN/2/obj/Identität des/DET/6/det/der Mannes/NOUN/4/nmod/Mann ~,/PUNCT/10/punct/,"
                + " der/DET/10/nsubj/der 1963/NUM/10/obl/1963 untertauchte/VERB/2/ccomp/untertauchen ~./PUNCT/2/punct/.");
        assertNotTheMessage(doc, "der 1963 untertauchte");
        // a content clause puts its finite verb second: "Er sagte, die Kritik müsse hingenommen werden"
        AnnotatedDocument content = parse("Er/PRON/1/nsubj/er sagte/VERB/-1/root/sagen ~,/PUNCT/6/punct/, die/DET/4/det/der"
                + " Kritik/NOUN/6/nsubj:pass/Kritik müsse/AUX/6/aux/müssen hingenommen/VERB/1/ccomp/hinnehmen"
                + " werden/AUX/6/aux:pass/werden ~./PUNCT/1/punct/.");
        assertEquals("die Kritik müsse hingenommen werden", message(content, only(content)));
    }

    @Test
    void threatVerbWithoutItsThreatIsNoStatement() {
        // "Der Frachter droht auseinanderzubrechen": what is imminent, no threat
        AnnotatedDocument doc = parse("Der/DET/1/det/der Frachter/NOUN/2/nsubj/Frachter droht/VERB/-1/root/drohen"
                + " auseinanderzubrechen/VERB/2/xcomp/auseinanderbrechen ~./PUNCT/2/punct/.");
        assertNotTheMessage(doc, "auseinanderzubrechen");
        // a threat after the comma is the message: "Der Verband drohte, die Regierung zu verklagen"
        AnnotatedDocument threat = parse("Der/DET/1/det/der Verband/NOUN/2/nsubj/Verband drohte/VERB/-1/root/drohen ~,/PUNCT/7/punct/,"
                + " die/DET/5/det/die Regierung/NOUN/7/obj/Regierung zu/PART/7/mark/zu verklagen/VERB/2/xcomp/verklagen ~./PUNCT/2/punct/.");
        assertEquals("die Regierung zu verklagen", message(threat, only(threat)));
    }

    @Test
    void lightVerbWithoutSpeakerIsNoStatement() {
        // "Hinzu kommt, dass die Preise steigen": "kommen" alone says nothing, and no one speaks
        AnnotatedDocument doc = parse("Hinzu/ADV/1/advmod/hinzu kommt/VERB/-1/root/kommen ~,/PUNCT/6/punct/, dass/SCONJ/6/mark/dass"
                + " die/DET/5/det/die Preise/NOUN/6/nsubj/Preis steigen/VERB/1/ccomp/steigen ~./PUNCT/1/punct/.");
        assertNotTheMessage(doc, "dass die Preise steigen");
    }

    @Test
    void wieAfterAComparisonIsNoSource() {
        // "Der Sturm war nicht so schlimm, wie zunächst angenommen": "so schlimm, wie …" compares
        AnnotatedDocument doc = parse("Der/DET/1/det/der Sturm/NOUN/5/nsubj/Sturm war/AUX/5/cop/sein nicht/PART/5/advmod/nicht"
                + " so/ADV/5/advmod/so schlimm/ADJ/-1/root/schlimm ~,/PUNCT/9/punct/, wie/SCONJ/9/mark/wie"
                + " zunächst/ADV/9/advmod/zunächst angenommen/VERB/5/advcl/annehmen ~./PUNCT/5/punct/.");
        assertTrue(extract(doc).isEmpty(), extract(doc).toString());
    }

    @Test
    void wieClauseSpeakerStandsInsideTheClause() {
        // "…, aber vor allem Kongo ist die LRA aktiv, wie Menschenrechtsorganisationen betonen": the parse hangs "betonen"
        // under "aktiv" and takes the speaker for an oblique; the subject of "aktiv" is no speaker of the wie-clause
        AnnotatedDocument doc = parse("In/ADP/1/case/in Kongo/PROPN/4/obl/Kongo/LOCATION ist/AUX/4/cop/sein die/DET/4/det/die"
                + " LRA/PROPN/5/nsubj/LRA/ORGANIZATION aktiv/ADJ/-1/root/aktiv ~,/PUNCT/9/punct/, wie/ADP/8/case/wie"
                + " Menschenrechtsorganisationen/NOUN/9/obl/Menschenrechtsorganisationen betonen/VERB/5/xcomp/betonen ~./PUNCT/5/punct/.");
        StatementRecord r = only(doc);
        assertEquals("betonen", r.cue().text());
        assertEquals("Menschenrechtsorganisationen", r.speaker().text());
        // an adverb before the speaker: "Wie schon die WHO sagte, ist es unwahrscheinlich."
        AnnotatedDocument adverb = parse("Wie/ADP/3/case/wie schon/ADV/3/advmod/schon die/DET/3/det/die WHO/PROPN/4/obl/WHO/ORGANIZATION"
                + " sagte/VERB/8/csubj/sagen ~,/PUNCT/4/punct/, ist/AUX/8/cop/sein es/PRON/8/nsubj/es"
                + " unwahrscheinlich/ADJ/-1/root/unwahrscheinlich ~./PUNCT/8/punct/.");
        assertEquals("die WHO", only(adverb).speaker().text());
        // a subject inside the clause stays: "…, wie der Sprecher sagte"
        AnnotatedDocument inside = parse("Das/DET/1/det/das Opfer/NOUN/2/nsubj/Opfer starb/VERB/-1/root/sterben ~,/PUNCT/7/punct/,"
                + " wie/SCONJ/7/mark/wie der/DET/6/det/der Sprecher/NOUN/7/nsubj/Sprecher sagte/VERB/2/advcl/sagen ~./PUNCT/2/punct/.");
        assertEquals("der Sprecher", only(inside).speaker().text());
    }

    @Test
    void cueNounInAMitPhraseIsSaidByTheVerbsSubject() {
        // "Die BVG begegnet der Kritik mit dem Argument, die Züge seien meist unterirdisch unterwegs": the "mit" phrase hung
        // on the verb's object; who argues is the verb's subject
        AnnotatedDocument doc = parse("Die/DET/1/det/Die BVG/PROPN/2/nsubj/BVG/ORGANIZATION begegnet/VERB/-1/root/begegnen der/DET/4/det/der"
                + " Kritik/NOUN/2/obl:arg/Kritik mit/ADP/7/case/mit dem/DET/7/det/dem Argument/NOUN/4/nmod/Argument ~,/PUNCT/14/punct/,"
                + " die/DET/10/det/die Züge/NOUN/14/nsubj/Zug seien/AUX/14/cop/sein meist/ADV/13/advmod/meist"
                + " unterirdisch/ADJ/14/advmod/unterirdisch unterwegs/ADV/4/ccomp/unterwegs ~./PUNCT/2/punct/.");
        StatementRecord r = only(doc);
        assertEquals("Argument", r.cue().text());
        assertEquals("Die BVG", r.speaker().text());
        // the same phrase on the subject: no verb's subject to take ("Die Kritik mit dem Argument, …, überzeugte die BVG")
        AnnotatedDocument subject = parse("Die/DET/1/det/Die Kritik/NOUN/13/nsubj/Kritik mit/ADP/4/case/mit dem/DET/4/det/dem"
                + " Argument/NOUN/1/nmod/Argument ~,/PUNCT/11/punct/, die/DET/7/det/die Züge/NOUN/11/nsubj/Zug seien/AUX/11/cop/sein"
                + " meist/ADV/10/advmod/meist unterirdisch/ADJ/11/advmod/unterirdisch unterwegs/ADV/4/ccomp/unterwegs ~,/PUNCT/11/punct/,"
                + " überzeugte/VERB/-1/root/überzeugen die/DET/15/det/die BVG/PROPN/13/obj/BVG/ORGANIZATION ~./PUNCT/13/punct/.");
        assertTrue(extract(subject).stream().noneMatch(x -> x.cue().text().equals("Argument") && x.speaker() != null),
                extract(subject).toString());
    }

    @Test
    void subjectParsedAsObjectBesideSichOrAsOpeningDep() {
        // "Am heutigen Montag äußerte sich Vatikansprecher Navarro-Valls dahingehend, das Gespräch sei freundlich verlaufen":
        // the reflexive is never the subject
        AnnotatedDocument doc = parse("Am/PROPN/2/nmod/Am heutigen/ADJ/2/amod/heutigen Montag/PROPN/3/nsubj/Montag äußerte/VERB/-1/root/äußern"
                + " sich/PRON/3/obj/sich Vatikansprecher/NOUN/3/obj/Vatikansprecher Navarro-Valls/PROPN/5/appos/Navarro-Valls/PERSON"
                + " ~,/PUNCT/12/punct/, das/DET/9/det/das Gespräch/NOUN/12/nsubj/Gespräch sei/AUX/12/aux/sein"
                + " freundlich/ADJ/12/advmod/freundlich verlaufen/VERB/3/ccomp/verlaufen ~./PUNCT/3/punct/.");
        StatementRecord r = only(doc);
        assertEquals("Vatikansprecher Navarro-Valls", r.speaker().text());
        assertEquals("das Gespräch sei freundlich verlaufen", message(doc, r));
        // "Marktanalyst Robert Halver kommentierte „Das ist gut.“": the subject parsed as an opening dep
        AnnotatedDocument dep = parse("Marktanalyst/NOUN/3/dep/Marktanalyst Robert/PROPN/0/appos/Robert/PERSON Halver/PROPN/1/flat/Halver/PERSON"
                + " kommentierte/VERB/-1/root/kommentieren „/PUNCT/10/punct/„ ~Die/DET/5/det/Die Kanzlerin/NOUN/10/obj/Kanzlerin"
                + " hat/AUX/10/aux/haben die/DET/8/det/die Erwartungen/NOUN/10/nsubj/Erwartungen noch/ADV/10/advmod/noch"
                + " hochgeschraubt/VERB/3/xcomp/hochgeschrauben ~./PUNCT/3/punct/. ~“/PUNCT/3/punct/“");
        assertEquals("Marktanalyst Robert Halver", only(dep).speaker().text());
        // not an interview's speaker label before a colon: "Kaiser: Dann kommentierte er „…“" has its own subject elsewhere
        AnnotatedDocument label = parse("Kaiser/PROPN/3/dep/Kaiser/PERSON ~:/PUNCT/3/punct/: Dann/ADV/3/advmod/dann"
                + " kommentierte/VERB/-1/root/kommentieren „/PUNCT/10/punct/„ ~Die/DET/5/det/Die Kanzlerin/NOUN/10/obj/Kanzlerin"
                + " hat/AUX/10/aux/haben die/DET/8/det/die Erwartungen/NOUN/10/nsubj/Erwartungen noch/ADV/10/advmod/noch"
                + " hochgeschraubt/VERB/3/xcomp/hochgeschrauben ~./PUNCT/3/punct/. ~“/PUNCT/3/punct/“");
        assertEquals(null, only(label).speaker());
    }

    @Test
    void prepositionalSourceEndsBeforeAnotherPhrase() {
        // "Insgesamt verbuchte der Flughafen laut aktueller Statistik 2.232.018 Passagiere": the number counts the
        // passengers, the parse hung them on the source
        AnnotatedDocument doc = parse("Insgesamt/ADV/1/advmod/Insgesamt verbuchte/VERB/-1/root/verbuchen der/DET/3/det/der"
                + " Flughafen/NOUN/1/nsubj/Flughafen laut/ADP/6/case/laut aktueller/ADJ/6/amod/aktueller Statistik/NOUN/1/obl/Statistik"
                + " 2.232.018/NUM/8/nummod/2.232.018 Passagiere/NOUN/6/nmod/Passagiere ~./PUNCT/1/punct/.");
        StatementRecord r = only(doc);
        assertEquals("aktueller Statistik", r.speaker().text());
        // a number that is part of the source's name stays: "laut Artikel 5 der Verfassung"
        AnnotatedDocument name = parse("Der/DET/1/det/der Präsident/NOUN/2/nsubj/Präsident ernennt/VERB/-1/root/ernennen"
                + " laut/ADP/4/case/laut Artikel/NOUN/2/obl/Artikel 5/NUM/4/nummod/5 der/DET/7/det/der Verfassung/NOUN/4/nmod/Verfassung"
                + " die/DET/9/det/die Minister/NOUN/2/obj/Minister ~./PUNCT/2/punct/.");
        assertEquals("Artikel 5 der Verfassung", only(name).speaker().text());
    }

    @Test
    void soWithACueVerbAndItsSubjectIsAParentheticalSource() {
        // "Der Grund, so vermutet die Zeitung, dürfte der Streit sein": "so", the verb and its subject inserted in the
        // clause they report (verb-first, as a post-posed "sagte er")
        AnnotatedDocument doc = parse("Der/DET/1/det/der Grund/NOUN/10/nsubj/Grund ~,/PUNCT/4/punct/, so/ADV/4/advmod/so"
                + " vermutet/VERB/10/parataxis/vermuten die/DET/6/det/der Zeitung/NOUN/4/nsubj/Zeitung ~,/PUNCT/4/punct/,"
                + " dürfte/AUX/10/aux/dürfen der/DET/10/det/der Streit/NOUN/-1/root/Streit sein/AUX/10/cop/sein ~./PUNCT/10/punct/.");
        List<StatementRecord> out = extract(doc);
        StatementRecord r = out.stream().filter(x -> x.cue() != null && x.cue().text().equals("so vermutet")).findFirst()
                .orElseThrow(() -> new AssertionError(out.toString()));
        assertEquals("die Zeitung", r.speaker().text());
        assertTrue(message(doc, r).startsWith("Der Grund"), message(doc, r));
        // a correlative "so" after a conditional clause opens the main clause: "Sollten sie davon erfahren, so gebe es keine Möglichkeit"
        AnnotatedDocument conditional = parse("Sollten/AUX/3/aux/sollen sie/PRON/3/nsubj/sie davon/ADV/3/advmod/davon"
                + " erfahren/VERB/6/advcl/erfahren ~,/PUNCT/3/punct/, so/ADV/6/advmod/so gebe/VERB/-1/root/geben es/PRON/6/expl/es"
                + " keine/DET/9/det/kein Möglichkeit/NOUN/6/obj/Möglichkeit ~./PUNCT/6/punct/.");
        assertTrue(extract(conditional).stream().noneMatch(x -> x.cue() != null && x.cue().text().startsWith("so ")),
                extract(conditional).toString());
        // another phrase after the subject makes a main clause: "Die Band bezahlt, so definieren sie die Grenzen."
        AnnotatedDocument main = parse("Die/DET/1/det/der Band/NOUN/2/nsubj/Band bezahlt/VERB/-1/root/bezahlen ~,/PUNCT/5/punct/,"
                + " so/ADV/5/advmod/so definieren/VERB/2/conj/definieren sie/PRON/5/nsubj/sie die/DET/8/det/der"
                + " Grenzen/NOUN/6/nmod/Grenze ~./PUNCT/2/punct/.");
        assertTrue(extract(main).stream().noneMatch(x -> x.cue() != null && x.cue().text().startsWith("so ")), extract(main).toString());
    }

    @Test
    void soSourceBetweenDashesAtAClauseBoundary() {
        // "Man sei dankbar – so Canny – , trotzdem suche das Unternehmen Investoren" (the tagger took the closing dash for a name part)
        AnnotatedDocument doc = parse("Man/PRON/2/nsubj/man sei/AUX/2/cop/sein dankbar/ADJ/-1/root/dankbar –/PUNCT/5/punct/–"
                + " so/ADV/5/advmod/so Canny/PROPN/2/appos/Canny/PERSON –/PROPN/5/flat/– ~,/PUNCT/9/punct/, trotzdem/ADV/9/advmod/trotzdem"
                + " suche/VERB/2/parataxis/suchen das/DET/11/det/der Unternehmen/NOUN/9/nsubj/Unternehmen"
                + " Investoren/NOUN/9/obj/Investor ~./PUNCT/2/punct/.");
        List<StatementRecord> out = extract(doc);
        StatementRecord r = out.stream().filter(x -> x.cue() != null && x.cue().text().equals("so")).findFirst()
                .orElseThrow(() -> new AssertionError(out.toString()));
        assertEquals("Canny", r.speaker().text());
        // between dashes inside a phrase it comments on a word: "Neu sind eine Gestaltung und – so der eigene Wunsch – eine Schärfung"
        AnnotatedDocument phrase = parse("Neu/ADJ/-1/root/neu sind/AUX/0/cop/sein eine/DET/3/det/ein Gestaltung/NOUN/0/nsubj/Gestaltung"
                + " und/CCONJ/12/cc/und –/PUNCT/9/punct/– so/ADV/9/advmod/so der/DET/9/det/der eigene/ADJ/9/amod/eigen"
                + " Wunsch/NOUN/12/appos/Wunsch –/PUNCT/9/punct/– eine/DET/12/det/ein Schärfung/NOUN/3/conj/Schärfung"
                + " des/DET/14/det/der Profils/NOUN/12/nmod/Profil ~./PUNCT/0/punct/.");
        assertTrue(extract(phrase).stream().noneMatch(x -> x.cue() != null && x.cue().text().equals("so")), extract(phrase).toString());
    }

    @Test
    void quotedSentenceAfterAColonTakesTheIntroducingClause() {
        // "Er sagte, der Bericht sei gut. Die Ministerin äußerte sich zufrieden: | „Die Position sei gut.“": the sentence
        // splitter broke at the colon; the quotation is introduced by "äußerte sich", not a continuation without a cue
        String first = "Er/PRON/1/nsubj/er sagte/VERB/-1/root/sagen ~,/PUNCT/6/punct/, der/DET/4/det/der Bericht/NOUN/6/nsubj/Bericht"
                + " sei/AUX/6/cop/sein gut/ADJ/1/ccomp/gut ~./PUNCT/1/punct/.";
        String quote = " || „/PUNCT/V/punct/„ ~Die/DET/O/det/der Position/NOUN/V/nsubj/Position sei/AUX/V/cop/sein"
                + " gut/ADJ/-1/root/gut ~./PUNCT/V/punct/. ~“/PUNCT/V/punct/“";
        AnnotatedDocument doc = parseSentences(first + " || Die/DET/9/det/der Ministerin/NOUN/10/nsubj/Ministerin"
                + " äußerte/VERB/-1/root/äußern sich/PRON/10/obj/sich zufrieden/ADJ/10/advmod/zufrieden ~:/PUNCT/10/punct/:"
                + quote.replace("/V/", "/18/").replace("/O/", "/16/"));
        List<StatementRecord> out = extract(doc);
        StatementRecord r = out.stream().filter(x -> message(doc, x).startsWith("Die Position")).findFirst()
                .orElseThrow(() -> new AssertionError(out.toString()));
        assertEquals("Die Ministerin", r.speaker().text());
        assertEquals("äußerte", r.cue().text());
        // the verb of what a cue noun reports introduces nothing: "Sie wagte die Prognose, alle Abgeordneten würden zustimmen:"
        AnnotatedDocument content = parseSentences(first + " || Sie/PRON/9/nsubj/sie wagte/VERB/-1/root/wagen die/DET/11/det/der"
                + " Prognose/NOUN/9/obj/Prognose ~,/PUNCT/16/punct/, alle/DET/14/det/alle Abgeordneten/NOUN/16/nsubj/Abgeordnete"
                + " würden/AUX/16/aux/werden zustimmen/VERB/11/acl/zustimmen ~:/PUNCT/9/punct/:"
                + quote.replace("/V/", "/22/").replace("/O/", "/20/"));
        List<StatementRecord> all = extract(content);
        StatementRecord q = all.stream().filter(x -> message(content, x).startsWith("Die Position")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(q.speaker() == null || !q.speaker().text().contains("Abgeordneten"), all.toString());
    }

    /**
     * {@link #parse}, then a fused preposition split as CoreNLP splits it on running text: an item "am" (tagged with the
     * preposition's lemma "an") becomes the word "an", and an empty glued item after it the article, both with the
     * offsets of the written "am".
     */
    private static AnnotatedDocument parseFused(String spec) {
        AnnotatedDocument d = parse(spec);
        List<Token> tokens = new ArrayList<>();
        for (Token t : d.tokens()) {
            if (t.text().isEmpty()) {
                Token prev = tokens.get(tokens.size() - 1);
                tokens.add(new Token(t.index(), t.sentence(), prev.start(), prev.end(), t.lemma(), t.pos(), t.ner(), t.head(),
                        t.deprel(), t.lemma()));
            } else if (!t.text().equals(t.lemma()) && t.pos().equals("ADP")) {
                tokens.add(new Token(t.index(), t.sentence(), t.start(), t.end(), t.lemma(), t.pos(), t.ner(), t.head(), t.deprel(),
                        t.lemma()));
            } else {
                tokens.add(t);
            }
        }
        return new AnnotatedDocument(d.text(), "de", tokens, d.sentences());
    }

    @Test
    void fusedPrepositionSplitByTheParseEndsTheSpeaker() {
        // "Der Vertrag sei gültig, sagte Fischer am Montag.": on running text "am" is parsed as "an" + "dem"
        AnnotatedDocument doc = parseFused("Der/DET/1/det/der Vertrag/NOUN/3/nsubj/Vertrag sei/AUX/3/cop/sein gültig/ADJ/-1/root/gültig"
                + " ~,/PUNCT/5/punct/, sagte/VERB/3/parataxis/sagen Fischer/PROPN/5/nsubj/Fischer/PERSON am/ADP/9/case/an"
                + " ~/DET/9/det/dem Montag/PROPN/6/nmod/Montag ~./PUNCT/3/punct/.");
        assertEquals("Fischer", only(doc).speaker().text());
        // not before a place's name: "…, sagte der Bürgermeister von Frankfurt am Main."
        AnnotatedDocument place = parseFused("Der/DET/1/det/der Vertrag/NOUN/3/nsubj/Vertrag sei/AUX/3/cop/sein gültig/ADJ/-1/root/gültig"
                + " ~,/PUNCT/5/punct/, sagte/VERB/3/parataxis/sagen der/DET/7/det/der Bürgermeister/NOUN/5/nsubj/Bürgermeister"
                + " von/ADP/9/case/von Frankfurt/PROPN/7/nmod/Frankfurt/LOCATION am/ADP/12/case/an ~/DET/12/det/dem"
                + " Main/PROPN/9/nmod/Main/LOCATION ~./PUNCT/3/punct/.");
        assertEquals("der Bürgermeister von Frankfurt am Main", only(place).speaker().text());
        // "zur" before a common noun opens an attribute: "…, sagte der Leiter der Stiftung zur Erforschung."
        AnnotatedDocument attribute = parseFused("Der/DET/1/det/der Vertrag/NOUN/3/nsubj/Vertrag sei/AUX/3/cop/sein"
                + " gültig/ADJ/-1/root/gültig ~,/PUNCT/5/punct/, sagte/VERB/3/parataxis/sagen der/DET/7/det/der"
                + " Leiter/NOUN/5/nsubj/Leiter der/DET/9/det/der Stiftung/NOUN/7/nmod/Stiftung zur/ADP/12/case/zu"
                + " ~/DET/12/det/der Erforschung/NOUN/9/nmod/Erforschung ~./PUNCT/3/punct/.");
        assertEquals("der Leiter der Stiftung zur Erforschung", only(attribute).speaker().text());
    }

    /** "Wien – Der Plan sei gut, sagte die Ministerin." (the parse hung the place of writing on the message). */
    private static final String DATELINE_REPORT = "Wien/PROPN/5/dep/Wien/LOCATION –/PUNCT/0/punct/– Der/DET/3/det/der"
            + " Plan/NOUN/5/nsubj/Plan sei/AUX/5/cop/sein gut/ADJ/-1/root/gut ~,/PUNCT/7/punct/, sagte/VERB/5/parataxis/sagen"
            + " die/DET/9/det/der Ministerin/NOUN/7/nsubj/Ministerin ~./PUNCT/5/punct/.";

    @Test
    void datelineIsNeitherSpeakerNorMessage() {
        AnnotatedDocument doc = parse(DATELINE_REPORT);
        StatementRecord r = only(doc);
        assertEquals("Der Plan sei gut", message(doc, r));
        // "Wien – Die Ministerin sagte, der Plan sei gut.": the parse made the place of writing the subject, the speaker its
        // apposition
        AnnotatedDocument subject = parse("Wien/PROPN/4/nsubj/Wien/LOCATION –/PUNCT/0/punct/– Die/DET/3/det/der"
                + " Ministerin/NOUN/0/appos/Ministerin sagte/VERB/-1/root/sagen ~,/PUNCT/9/punct/, der/DET/7/det/der"
                + " Plan/NOUN/9/nsubj/Plan sei/AUX/9/cop/sein gut/ADJ/4/ccomp/gut ~./PUNCT/4/punct/.");
        assertEquals("Die Ministerin", only(subject).speaker().text());
        // "Berlin – Im Streit hat der Altkanzler gesagt, der Plan sei gut.": nothing after the dash hangs on the place; the
        // verb's other subject speaks
        AnnotatedDocument other = parse("Berlin/PROPN/7/nsubj/Berlin/LOCATION –/PUNCT/0/punct/– Im/ADP/3/case/in"
                + " Streit/NOUN/7/obl/Streit hat/AUX/7/aux/haben der/DET/6/det/der Altkanzler/NOUN/7/nsubj/Altkanzler"
                + " gesagt/VERB/-1/root/sagen ~,/PUNCT/12/punct/, der/DET/10/det/der Plan/NOUN/12/nsubj/Plan sei/AUX/12/cop/sein"
                + " gut/ADJ/7/ccomp/gut ~./PUNCT/7/punct/.");
        assertEquals("der Altkanzler", only(other).speaker().text());
        // deep in an article "X – …" is no dateline
        AnnotatedDocument later = parseSentences("Es/PRON/1/nsubj/es regnet/VERB/-1/root/regnen ~./PUNCT/1/punct/."
                + " || Es/PRON/4/nsubj/es regnet/VERB/-1/root/regnen ~./PUNCT/4/punct/."
                + " || Es/PRON/7/nsubj/es regnet/VERB/-1/root/regnen ~./PUNCT/7/punct/."
                + " || Es/PRON/10/nsubj/es regnet/VERB/-1/root/regnen ~./PUNCT/10/punct/. || "
                + shift(DATELINE_REPORT, 12));
        assertTrue(extract(later).stream().anyMatch(x -> message(later, x).startsWith("Wien – Der Plan")), extract(later).toString());
    }

    /** A sentence spec with every head index moved by {@code by} (for a sentence after others). */
    private static String shift(String spec, int by) {
        StringBuilder b = new StringBuilder();
        for (String item : spec.split(" ")) {
            String[] f = item.split("/", -1);
            int h = Integer.parseInt(f[2]);
            f[2] = String.valueOf(h < 0 ? h : h + by);
            b.append(b.length() == 0 ? "" : " ").append(String.join("/", f));
        }
        return b.toString();
    }

    @Test
    void sourceNounHeadsItsPhraseBeforeZufolge() {
        // "In der Türkei ermittelt die Staatsanwaltschaft Medienberichten zufolge gegen den Chef.": the parse hung the source
        // on the subject
        AnnotatedDocument doc = parse("In/ADP/2/case/in der/DET/2/det/der Türkei/PROPN/3/obl/Türkei ermittelt/VERB/-1/root/ermitteln"
                + " die/DET/5/det/der Staatsanwaltschaft/NOUN/3/nsubj/Staatsanwaltschaft Medienberichten/NOUN/5/appos/Medienbericht"
                + " zufolge/ADP/6/case/zufolge gegen/ADP/10/case/gegen den/DET/10/det/der Chef/NOUN/3/obl/Chef ~./PUNCT/3/punct/.");
        StatementRecord r = extract(doc).stream().filter(x -> x.cue() != null && x.cue().text().equals("zufolge")).findFirst()
                .orElseThrow(() -> new AssertionError(extract(doc).toString()));
        assertEquals("Medienberichten", r.speaker().text());
        // a source noun in a genitive attribute is part of the phrase: "Dem Ergebnis einer Studie zufolge sinkt die Zahl."
        AnnotatedDocument genitive = parse("Dem/DET/1/det/der Ergebnis/NOUN/5/obl/Ergebnis einer/DET/3/det/ein Studie/NOUN/1/nmod/Studie"
                + " zufolge/ADP/3/case/zufolge sinkt/VERB/-1/root/sinken die/DET/7/det/der Zahl/NOUN/5/nsubj/Zahl ~./PUNCT/5/punct/.");
        StatementRecord g = extract(genitive).stream().filter(x -> x.cue() != null && x.cue().text().equals("zufolge")).findFirst()
                .orElseThrow(() -> new AssertionError(extract(genitive).toString()));
        assertEquals("Dem Ergebnis einer Studie", g.speaker().text());
    }

    @Test
    void ownerAfterASourceNounEndsBeforeABareNounOfTheClause() {
        // "In Syrien ist nach Angaben unabhängiger Experten Senfgas eingesetzt worden.": "Senfgas" parsed as the owner's apposition
        AnnotatedDocument doc = parse("In/ADP/1/case/in Syrien/PROPN/8/obl/Syrien ist/AUX/8/aux/sein nach/ADP/4/case/nach"
                + " Angaben/NOUN/8/obl/Angabe unabhängiger/ADJ/6/amod/unabhängig Experten/NOUN/8/nsubj:pass/Experte"
                + " Senfgas/NOUN/6/appos/Senfgas eingesetzt/VERB/-1/root/einsetzen worden/AUX/8/aux:pass/werden ~./PUNCT/8/punct/.");
        StatementRecord r = extract(doc).stream().filter(x -> x.cue() != null && x.cue().text().equals("nach")).findFirst()
                .orElseThrow(() -> new AssertionError(extract(doc).toString()));
        assertEquals("Angaben unabhängiger Experten", r.speaker().text());
    }

    /** No statement the rules find has exactly this message (a longer one that starts with it may). */
    private static void assertNotTheMessage(AnnotatedDocument doc, String text) {
        List<StatementRecord> out = extract(doc);
        assertTrue(out.stream().noneMatch(r -> message(doc, r).equals(text)), out.toString());
    }
}

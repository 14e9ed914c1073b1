package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    private static AnnotatedDocument parse(String spec) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : spec.split(" ")) {
            boolean glue = item.startsWith("~");
            String[] f = (glue ? item.substring(1) : item).split("/");
            if (!glue && text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            tokens.add(new Token(tokens.size(), 0, start, text.length(), f[0], f[1], "O", Integer.parseInt(f[2]), f[3], f[4]));
        }
        return new AnnotatedDocument(text.toString(), "de", tokens, List.of(new Sentence(0, 0, text.length(), 0, tokens.size())));
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
}

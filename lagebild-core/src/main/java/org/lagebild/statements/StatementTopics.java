package org.lagebild.statements;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Syntax;
import org.lagebild.nlp.Token;

/**
 * What an English statement is about, from the cue's own phrases on the dependency parse (the
 * rows of {@code topics-en.tsv}): the prepositional phrase of an attitude noun the cue verb takes
 * ("expressed optimism at a bipartisan deal", "expressed concern for President Buhari's health")
 * or of an attitude adjective heading the message ("said it is skeptical about Iranian motives"),
 * else the subject of their "that"-clause ("expressed optimism that the vaccination timeline could
 * be accelerated"), and the accusation a denial rejects ("rejected accusations by the US"). A
 * verb's own message ("said the talks failed") has no topic here: it is what was said.
 */
final class StatementTopics {
    static final String EN = "org/lagebild/statements/topics-en.tsv";
    private static final Set<String> WORDS = new HashSet<>(); // "lemma/KIND"
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    static {
        for (Row r : TsvResource.read(EN, 2)) {
            String kind = r.req(1, "kind");
            if (!Set.of("NOUN", "ADJ", "DENIAL", "CLAIM", "PREP", "VENUE").contains(kind)) {
                throw r.fail("kind must be NOUN, ADJ, DENIAL, CLAIM, PREP or VENUE: '" + kind + "'");
            }
            if (!WORDS.add(r.req(0, "word").toLowerCase(Locale.ROOT) + "/" + kind)) {
                throw r.fail("duplicate " + kind + " '" + r.get(0) + "'");
            }
        }
    }

    private final AnnotatedDocument doc;

    StatementTopics(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** The head token of the topic of English cue verb {@code verb}, or -1. */
    int ofVerb(int verb) {
        if (!doc.lang().equals("en")) {
            return -1;
        }
        boolean denial = is(verb, "DENIAL");
        for (int c : doc.children(verb)) {
            if (!doc.token(c).deprel().equals("obj")) {
                continue;
            }
            if (is(c, "NOUN")) {
                int x = phrase(c);
                x = x >= 0 ? x : phrase(verb);
                x = x >= 0 ? x : clauseSubject(c);
                return x >= 0 ? x : clauseSubject(verb);
            }
            if (denial && is(c, "CLAIM")) {
                return c;
            }
        }
        for (int c : doc.children(verb)) {
            if (doc.token(c).deprel().equals("ccomp") && doc.token(c).pos().equals("ADJ") && is(c, "ADJ")) {
                int x = phrase(c);
                return x >= 0 ? x : clauseSubject(c);
            }
        }
        return -1;
    }

    /**
     * The to-phrase of an attitude noun the English cue verb takes, which names whom it is expressed to ("expressed
     * condolences to the Prime Minister and the people of Israel over …", parsed below the noun), or -1; the caller
     * checks that it can listen.
     */
    int attitudeTo(int verb) {
        if (!doc.lang().equals("en")) {
            return -1;
        }
        for (int c : doc.children(verb)) {
            if (doc.token(c).deprel().equals("obj") && is(c, "NOUN")) {
                for (int n : doc.children(c)) {
                    if (n > c && doc.token(n).baseRel().equals("nmod") && "to".equals(Syntax.caseOf(doc, n))) {
                        return n;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The last token of the topic phrase headed by {@code head}: without a clause after it ("accusations by the US |
     * that its military is guilty …"), which is the accusation's or the message's content, not its name.
     */
    int lastToken(int head) {
        int last = doc.subtreeRange(head)[1];
        for (int c : doc.children(head)) {
            String rel = doc.token(c).baseRel();
            if (c > head && (rel.equals("ccomp") || rel.equals("acl") || rel.equals("advcl"))) {
                last = Math.min(last, doc.subtreeRange(c)[0] - 1);
            }
        }
        return Math.max(head, last);
    }

    /**
     * The noun of a topic preposition's phrase after {@code node} ("optimism at | a bipartisan deal"), not a time or an
     * at-venue ("at a news conference", but "hope for the summit"); a phrase before it is the clause's ("At the beginning people were a bit skeptical").
     */
    private int phrase(int node) {
        for (int c : doc.children(node)) {
            Token ct = doc.token(c);
            String prep = Syntax.caseOf(doc, c);
            if (c > node && ct.isNoun() && (ct.baseRel().equals("obl") || ct.baseRel().equals("nmod")) && prep != null
                    && WORDS.contains(prep + "/PREP") && !TIME_TAGS.contains(ct.ner()) && !(prep.equals("at") && is(c, "VENUE"))) {
                return c;
            }
        }
        return -1;
    }

    /** The subject of a "that"-clause below {@code node}, unless a pronoun ("pessimistic that | the Olympics will …"). */
    private int clauseSubject(int node) {
        for (int c : doc.children(node)) {
            if (!doc.token(c).deprel().equals("ccomp") || !Syntax.hasMark(doc, c, "that")) {
                continue;
            }
            for (int s : doc.children(c)) {
                Token st = doc.token(s);
                if (st.baseRel().equals("nsubj") && st.isNoun()) {
                    return s;
                }
            }
        }
        return -1;
    }

    private boolean is(int token, String kind) {
        String lemma = doc.token(token).lemma();
        return lemma != null && WORDS.contains(lemma.toLowerCase(Locale.ROOT) + "/" + kind);
    }
}

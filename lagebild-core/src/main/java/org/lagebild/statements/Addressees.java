package org.lagebild.statements;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.lagebild.data.TsvResource;
import org.lagebild.data.TsvResource.Row;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Syntax;
import org.lagebild.nlp.Token;
import org.lagebild.text.Span;

/**
 * The addressee of a German speech act on the dependency parse: the dative object of the cue
 * verb ("sagte der Zeitung", "Ihm wird vorgeworfen"), "gegenüber X", and the constructions of
 * {@code addressees-de.tsv} — accusative objects of verbs such as "auffordern" (the subject in
 * the passive), "appellierte an X", "in einem Interview mit X", "vor Journalisten".
 */
final class Addressees {
    static final String DE = "org/lagebild/statements/addressees-de.tsv";
    /** Dative forms of determiners and pronouns: an object parsed as {@code obj} but dative. */
    private static final Set<String> DATIVE_WORDS = Set.of("dem", "der", "den", "einem", "einer", "ihm", "ihr", "ihnen",
            "mir", "uns", "euch", "dir", "diesem", "dieser", "seinem", "seiner", "ihrem", "ihrer", "allen", "denen");
    private static final Set<String> REFLEXIVE = Set.of("sich", "mich", "dich", "uns", "euch");
    private static final Set<String> NAME_PREPOSITIONS = Set.of("von", "vom", "in", "im", "aus", "der");

    private static final Map<String, Set<String>> VERBS = new HashMap<>(); // lemma -> obj | dative | prepositions
    private static final Map<String, String> NOUNS = new HashMap<>();   // lemma -> preposition
    private static final Map<String, String> AUDIENCE = new HashMap<>(); // lemma -> preposition
    private static final Set<String> MEDIA = new HashSet<>(); // lemmas of news media nouns ("Zeitung", "Agentur")

    static {
        for (Row r : TsvResource.read(DE, 3)) {
            String word = r.req(0, "word");
            String arg = r.req(2, "argument");
            String key = word.toLowerCase(Locale.ROOT);
            boolean added = switch (r.req(1, "kind")) {
                case "VERB" -> VERBS.computeIfAbsent(key, k -> new HashSet<>()).add(arg); // "sagen": dative and "zu"
                case "NOUN" -> NOUNS.put(key, arg) == null;
                case "AUDIENCE" -> AUDIENCE.put(key, arg) == null;
                case "MEDIUM" -> MEDIA.add(key);
                default -> throw r.fail("kind must be VERB, NOUN, AUDIENCE or MEDIUM: '" + r.get(1) + "'");
            };
            if (!added) {
                throw r.fail("duplicate " + r.get(1) + " '" + word + "'");
            }
        }
    }

    private final AnnotatedDocument doc;
    private final IntPredicate agentive;
    private final IntPredicate newsMedium;

    /**
     * {@code agentive}: can the token be a person or an institution (objects are addressees only then);
     * {@code newsMedium}: does the token name a news medium (a news agency of the registry).
     */
    Addressees(AnnotatedDocument doc, IntPredicate agentive, IntPredicate newsMedium) {
        this.doc = doc;
        this.agentive = agentive;
        this.newsMedium = newsMedium;
    }

    /**
     * The head token of the addressee of cue verb {@code verb} whose message is {@code message}
     * (never inside it unless {@code reported}: a reported act's message is its whole clause), or -1.
     */
    int ofVerb(int verb, int speaker, Span message, boolean reported) {
        if (!doc.lang().equals("de")) {
            return -1;
        }
        int found = ofClause(verb, verb, speaker, message, reported);
        Token v = doc.token(verb);
        if (found < 0 && v.baseRel().equals("xcomp") && v.head() >= 0 && !doc.token(v.head()).isNoun()) {
            // "hat sich gegenüber Wikinews geäußert" parsed with "hat" as the head
            found = ofClause(v.head(), verb, speaker, message, reported);
        }
        if (found < 0 && !reported) {
            found = gegenueberNear(verb, message);
        }
        return found;
    }

    /** Words that open a dative or "zu" phrase a statement's addressee can be; "der" only after a person's name. */
    private static final Set<String> MISATTACHED_OPENERS = Set.of("dem", "zum", "zur", "der");

    /**
     * A news medium the parse hung on the speaker instead of the cue verb: "sagte Bundesschulsprecher Maximilian Gnesda
     * der APA", "Wie Lothar Lockl der APA erläuterte", "sagte Fischer zur APA", "sagt eine Sprecherin zum STANDARD".
     * The phrase must follow the speaker's head, open with a dative article or "zum"/"zur" ("der" only right after a
     * person's name, which takes no genitive: "der Sprecher der Zeitung" is the newspaper's spokesman) and name a news
     * medium: a news agency or a medium noun ({@code addressees-de.tsv}, MEDIUM) — not any institution ("alle Mönche
     * … zum Widerstand gegen die Regierung" under a misparsed speaker). Returns its head token, or -1.
     */
    int mediumUnderSpeaker(int speaker) {
        if (!doc.lang().equals("de") || speaker < 0) {
            return -1;
        }
        int[] range = doc.subtreeRange(speaker);
        for (int i = speaker + 1; i < range[1]; i++) {
            Token open = doc.token(i);
            String w = open.text().toLowerCase(Locale.ROOT);
            if (!MISATTACHED_OPENERS.contains(w) || !(open.pos().equals("DET") || open.pos().equals("ADP"))
                    || !open.ner().equals("O")) {
                continue; // (not a name's own "der": "Van der Bellen")
            }
            Token before = doc.token(i - 1);
            if (w.equals("der") && !(before.pos().equals("PROPN") && before.ner().equals("PERSON"))) {
                continue;
            }
            int head = open.head();
            if (head <= i || head > range[1] || doc.subtreeRange(head)[0] != i || !doc.token(head).isNoun()
                    || doc.token(head).ner().equals("PERSON")) {
                continue; // the article or preposition must open the phrase of the noun it belongs to
            }
            String lemma = doc.token(head).lemma() == null ? "" : doc.token(head).lemma().toLowerCase(Locale.ROOT);
            if (MEDIA.contains(lemma) || MEDIA.contains(doc.token(head).text().toLowerCase(Locale.ROOT)) || newsMedium.test(head)) {
                return head;
            }
        }
        return -1;
    }

    /** Tokens that end the cue's clause for {@link #gegenueberNear}. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ":", ";", ".", "!", "?");

    /**
     * "gegenüber X" in the cue's clause by word order, where the parse hung the phrase on another word
     * ("sagte heute Abend gegenüber der Presse" under "Abend", "Wie eine Sprecherin gegenüber der Zeitung
     * bestätigte" under the subject, "Ihr gegenüber hat er angegeben"): the run from the verb to the
     * nearest clause boundary, another verb or the message on either side. X must be able to listen
     * (a person, institution or medium, or an audience noun): "kritisch gegenüber den Plänen" names a topic.
     */
    private int gegenueberNear(int verb, Span message) {
        Sentence s = doc.sentenceOf(verb);
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int i = verb + dir; i >= s.firstToken() && i < s.endToken(); i += dir) {
                Token t = doc.token(i);
                if (message != null && message.contains(t.start()) || CLAUSE_BREAKS.contains(t.text()) || t.pos().equals("VERB")) {
                    break;
                }
                if (t.text().equalsIgnoreCase("gegenüber")) {
                    int x = nounAfter(i, s);
                    if (x < 0 && i > s.firstToken() && isNominal(doc.token(i - 1))) {
                        x = i - 1; // the postposition "Ihr gegenüber"
                    }
                    if (x >= 0 && (agentive.test(x) || AUDIENCE.containsKey(lemma(x)))) {
                        return x;
                    }
                }
            }
        }
        return -1;
    }

    /** The noun a preposition at {@code prep} governs: the first nominal after its article, adjectives and quotation mark. */
    private int nounAfter(int prep, Sentence s) {
        for (int j = prep + 1; j < s.endToken() && j <= prep + 5; j++) {
            Token x = doc.token(j);
            if (isNominal(x)) {
                // up to the phrase's head when the first noun modifies the next ("der Financial Times")
                while (doc.token(j).head() == j + 1 && doc.token(j + 1).isNoun()) {
                    j++;
                }
                return j;
            }
            if (!(x.pos().equals("DET") || x.pos().equals("ADJ") || x.pos().equals("NUM") || x.text().equals("„"))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isNominal(Token t) {
        return t.isNoun() || t.pos().equals("PRON") || t.pos().equals("DET") && !t.deprel().startsWith("det");
    }

    /**
     * The last token of the addressee phrase headed by {@code head}: without a prepositional
     * phrase the parse hung on it that belongs to the verb ("forderte die Länder | zur Abschaffung
     * … auf", "bat den Papst | um …"); "von", "in" and "aus" stay ("die Regierung von Myanmar").
     */
    int lastToken(int head, int verb) {
        int last = doc.subtreeRange(head)[1];
        if (head < verb) {
            last = Math.min(last, verb - 1); // "Der Zeitung sagte Karma: „…“" with the quotation hung on the noun
        }
        for (int c : doc.children(head)) {
            String prep = Syntax.caseOf(doc, c);
            if (c > head && prep != null && !NAME_PREPOSITIONS.contains(prep)) {
                last = Math.min(last, doc.subtreeRange(c)[0] - 1);
            }
        }
        return Math.max(head, last);
    }

    private int ofClause(int node, int verb, int speaker, Span message, boolean reported) {
        String lemma = doc.token(verb).lemma() == null ? "" : doc.token(verb).lemma().toLowerCase(Locale.ROOT);
        Set<String> args = VERBS.getOrDefault(lemma, Set.of());
        boolean passive = Syntax.isPassive(doc, verb);
        int dativeObj = -1;
        for (int c : doc.children(node)) {
            Token ct = doc.token(c);
            String w = ct.text().toLowerCase(Locale.ROOT);
            if (c == speaker || REFLEXIVE.contains(w) || !isNominal(ct)
                    || !reported && message != null && message.contains(ct.start())) {
                continue;
            }
            String rel = ct.deprel();
            String prep = preposition(c);
            if (prep == null && (rel.equals("iobj") || rel.equals("obl:arg")) && dativeForm(c) && (speaker >= 0 || passive)
                    && (!args.isEmpty() || agentive.test(c))) {
                // the dative object (without a subject the parse's "dative" is mostly the subject itself; of verbs
                // outside the table mostly a thing: "räumt der Sicherheit Priorität ein")
                return c;
            }
            if ("gegenüber".equals(prep) && ct.baseRel().matches("obl|nmod")) {
                return c;
            }
            if (prep != null && args.contains(prep) && !(passive && prep.equals("von")) && (!prep.equals("zu") || agentive.test(c))) {
                return c; // "appellierte an die Regierung", "fordert von den USA" (in the passive "von" is the agent)
            }
            if (prep == null && args.contains("obj") && (rel.equals("obj") || passive && rel.equals("nsubj:pass"))) {
                return c; // "forderte die SPD auf", "Anwohner wurden aufgefordert"
            }
            if (prep == null && args.contains("dative") && passive && rel.equals("nsubj:pass") && (dativeForm(c) || agentive.test(c))) {
                return c; // "Klien wurde vorgeworfen, …": the passive has no subject, the parse makes the dative one
            }
            if (prep == null && args.contains("dative") && rel.equals("obj") && dativeForm(c)) {
                dativeObj = c; // "warf der Regierung vor, …" (the parse has no case: take it when it looks dative)
            }
            if (prep != null && ct.isNoun() && AUDIENCE.containsKey(lemma(c)) && prep.equals(AUDIENCE.get(lemma(c)))) {
                return c; // "sagte vor Journalisten"
            }
            int inner = viaNoun(c);
            if (inner >= 0) {
                return inner;
            }
        }
        return dativeObj;
    }

    /** "in einem Interview mit der Zeitung", "in einem Brief an die Mitarbeiter": the noun's own argument. */
    private int viaNoun(int noun) {
        String prep = NOUNS.get(lemma(noun));
        if (prep == null) {
            return -1;
        }
        for (int c : doc.children(noun)) {
            if (doc.token(c).baseRel().equals("nmod") && prep.equals(preposition(c))) {
                return c;
            }
        }
        return -1;
    }

    /** The "gegenüber" phrase inside tokens [from, to] (an attribution's source: "so Banke gegenüber der Zeitung"), or -1. */
    int gegenueber(int from, int to) {
        for (int i = from; i <= to && i < doc.tokens().size(); i++) {
            Token t = doc.token(i);
            if (t.deprel().equals("case") && t.text().equalsIgnoreCase("gegenüber") && t.head() >= 0
                    && doc.token(t.head()).isNoun() && t.head() >= from && t.head() <= to) {
                return t.head();
            }
        }
        return -1;
    }

    /** Fused preposition and article: the preposition ("vom Ausschuss" → "von", "zur Zeitung" → "zu"). */
    private static final Map<String, String> FUSED = Map.of("vom", "von", "zum", "zu", "zur", "zu", "am", "an", "ans", "an",
            "beim", "bei", "im", "in", "ins", "in");

    /** The preposition of the phrase headed by {@code token}, fused forms as their preposition, or null. */
    private String preposition(int token) {
        String prep = Syntax.caseOf(doc, token);
        return prep == null ? null : FUSED.getOrDefault(prep, prep);
    }

    private boolean dativeForm(int token) {
        Token t = doc.token(token);
        if (t.pos().equals("PRON") || t.pos().equals("DET")) { // a determiner without a noun is a pronoun ("Ihr wird …")
            return DATIVE_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
        }
        for (int c : doc.children(token)) {
            Token ct = doc.token(c);
            if (ct.deprel().startsWith("det") && c < token) {
                String det = ct.text().toLowerCase(Locale.ROOT);
                // "den" is dative only in the plural, whose nouns end in -n ("den Behörden", not "den Beschluss")
                return DATIVE_WORDS.contains(det) && (!det.equals("den") || t.text().endsWith("n"));
            }
        }
        return t.pos().equals("PROPN"); // "warf Obama vor": a name without article
    }

    private String lemma(int token) {
        Token t = doc.token(token);
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}

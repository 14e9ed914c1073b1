package org.lagebild.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lagebild.events.EventExtractor;
import org.lagebild.events.EventLexicon;
import org.lagebild.events.Trigger;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.ParseSelector;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;
import org.lagebild.nlp.morph.GermanVerbs;
import org.lagebild.statements.Cue;
import org.lagebild.statements.CueLexicon;
import org.lagebild.statements.Quotes;
import org.lagebild.statements.StatementExtractor;
import org.lagebild.text.Span;

/**
 * The cheap pass that decides which sentences get a dependency parse: only sentences that
 * the statement and event extractors could use. A sentence is parsed when it has quotation
 * marks, a word of the cue lexicon (verb, noun, preposition, or all words of a multiword cue), an
 * event trigger (verb, noun stem or compound head, participle attribute or predicative participle, or all words of a multiword
 * trigger), a separable verb whose
 * particle elsewhere in the sentence makes it a cue or trigger, reportative "sollen", or a
 * subjunctive verb (free indirect speech continuing an earlier statement). The test is
 * deliberately loose: a parsed sentence too many costs time, one too few costs output.
 */
public final class CandidateSentences implements ParseSelector {
    /** Multiword cues and triggers (their other words) by the word the extractors look up: the last, or an English trigger's verb. */
    private static final Map<String, Map<String, List<String[]>>> PHRASES = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> NOUN_CUES = new ConcurrentHashMap<>();

    private final CueLexicon cues = CueLexicon.get();
    private final EventLexicon events = EventLexicon.get();
    /** Whether weak cue verbs select a sentence without a complement clause too. */
    private final boolean weakCueVerbs;
    /** Whether cues and quotations select sentences (false: event words only). */
    private final boolean withCues;

    /** The selection for {@code analyze}: weak cue verbs only with a "dass"/"ob" clause. */
    public CandidateSentences() {
        this(false, true);
    }

    private CandidateSentences(boolean weakCueVerbs, boolean withCues) {
        this.weakCueVerbs = weakCueVerbs;
        this.withCues = withCues;
    }

    /**
     * A selection that also parses every sentence with a weak cue verb (strength 3: "wissen",
     * "sehen", "reden", …) as a full verb: the parliament corpus marks them as cues without a
     * complement clause too, and its learned cue tagger misses them in unparsed sentences
     * (docs/EVALUATION.md, session 14/15 parliament cues).
     */
    public static CandidateSentences withWeakCueVerbs() {
        return new CandidateSentences(true, true);
    }

    /**
     * A selection by event words alone, without the sentences only quotation attribution needs
     * (cues, quotation marks, reportative "soll", subjunctives): what the analysis would parse without
     * statements, for measuring what attribution costs (`lagebild bench --without-statements`).
     */
    static CandidateSentences eventsOnly() {
        return new CandidateSentences(false, false);
    }

    @Override
    public BitSet select(AnnotatedDocument unparsed) {
        AnnotatedDocument doc = Lemmatizer.apply(unparsed);
        String lang = doc.lang();
        Map<String, List<String[]>> phrases = PHRASES.computeIfAbsent(withCues ? lang : lang + "/events", k -> phrases(lang));
        BitSet out = new BitSet();
        if (doc.sentences().isEmpty()) {
            return out;
        }
        int from = doc.sentences().get(0).start();
        int to = doc.sentences().get(doc.sentences().size() - 1).end();
        List<Span> quotes = Quotes.find(doc.text().substring(from, to));
        int q = 0;
        for (Sentence s : doc.sentences()) {
            while (q < quotes.size() && quotes.get(q).end() + from <= s.start()) {
                q++;
            }
            boolean quoted = q < quotes.size() && quotes.get(q).start() + from < s.end();
            if (quoted && withCues || candidate(doc, s, lang, phrases)) {
                out.set(s.index());
            }
        }
        if (withCues && lang.equals("de")) {
            speakerSentences(doc, quotes, from, out);
            continuationSpeakers(doc, out);
        }
        return out;
    }

    /**
     * The sentence before an uncued Konjunktiv sentence when it has a cue verb the selection skipped (a weak one
     * without "dass"/"ob": "Staatspräsident Georgi Parwanow ist besorgt. Der Konflikt … sei nicht ethnisch …"): the
     * statement rules give such a continuation the subject of the sentence before as its speaker, which they read
     * only from a parse.
     */
    private void continuationSpeakers(AnnotatedDocument doc, BitSet out) {
        BitSet add = new BitSet();
        for (int i = out.nextSetBit(1); i >= 0; i = out.nextSetBit(i + 1)) {
            if (out.get(i - 1)) {
                continue;
            }
            List<Token> sentence = doc.tokensOf(doc.sentences().get(i));
            List<Token> before = doc.tokensOf(doc.sentences().get(i - 1));
            if (uncuedSubjunctive(sentence) && before.stream().anyMatch(t -> t.isVerb() && t.pos().equals("VERB")
                    && anyCueVerb(t, before))) {
                add.set(i - 1);
            }
        }
        out.or(add);
    }

    /** A sentence with a third-person Konjunktiv verb and no cue verb of its own, nor a cue preposition. */
    private boolean uncuedSubjunctive(List<Token> sentence) {
        boolean subjunctive = false;
        for (Token t : sentence) {
            String word = t.text().toLowerCase(Locale.ROOT);
            if (cues.prep(word, "de").isPresent() && !word.equals("so") && !word.equals("nach")) {
                return false;
            }
            if (!t.isVerb()) {
                continue;
            }
            var cue = cues.verb(t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT), "de");
            if (cue.isPresent() && t.pos().equals("VERB") && cue.get().strength() <= 2) {
                return false;
            }
            var form = GermanVerbs.get().analyse(t.text(), null);
            subjunctive |= form.isPresent() && form.get().mood().isSubjunctive() && !firstPerson(t, sentence);
        }
        return subjunctive;
    }

    /**
     * A verb of the cue lexicon of any strength, also with its separated particle ("wies … zurück"), but no light verb
     * ({@code light-verbs-de.tsv}: "Russland hat eine dringende Verantwortung …" is no source of what follows).
     */
    private boolean anyCueVerb(Token v, List<Token> sentence) {
        String lemma = v.lemma() == null ? v.text().toLowerCase(Locale.ROOT) : v.lemma().toLowerCase(Locale.ROOT);
        if (cues.verb(lemma, "de").isPresent() && !StatementExtractor.lightVerb(lemma)) {
            return true;
        }
        for (Token p : sentence) {
            if (p != v && p.text().length() <= 8 && p.text().chars().allMatch(Character::isLetter)
                    && cues.verb(p.text().toLowerCase(Locale.ROOT) + lemma, "de").isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence before one that opens with a quotation ("Die SPD will am Kurs der EU-Erweiterung festhalten. „Wir wollen
     * …“", "Die Bewohner des Dorfes sehen alles gelassen: „…“"): the statement rules take the quotation's speaker from its
     * subject (a colon clause or the subject of the sentence before), which they read only from a parse.
     */
    private static void speakerSentences(AnnotatedDocument doc, List<Span> quotes, int from, BitSet out) {
        BitSet add = new BitSet();
        for (int i = out.nextSetBit(1); i >= 0; i = out.nextSetBit(i + 1)) {
            int first = doc.tokensOf(doc.sentences().get(i)).get(0).start();
            if (!out.get(i - 1) && quotes.stream().anyMatch(q -> q.start() + from == first)) {
                add.set(i - 1);
            }
        }
        out.or(add);
    }

    private boolean candidate(AnnotatedDocument doc, Sentence s, String lang, Map<String, List<String[]>> phrases) {
        List<Token> tokens = doc.tokensOf(s);
        Set<String> words = new HashSet<>();
        for (Token t : tokens) {
            words.add(t.text().toLowerCase(Locale.ROOT));
            // the written word too: a fused "zur" is split into "zu der" ("zur Verfügung stellen", "ums Leben kommen")
            words.add(doc.text().substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
        }
        boolean complementizer = words.contains("dass") || words.contains("ob") || words.contains("that");
        boolean zuInfinitive = lang.equals("de") && commaZuInfinitive(tokens);
        for (Token t : tokens) {
            String word = t.text().toLowerCase(Locale.ROOT);
            String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
            // "nach" is a cue only before a source noun ("nach Angaben"), which the noun test finds.
            if (withCues && !word.equals("nach") && cues.prep(word, lang).isPresent() && prepUsable(tokens, t, word, lang)
                    || phrase(phrases.get(word), words) || phrase(phrases.get(lemma), words)) {
                return true;
            }
            if (t.isVerb() && (verbCandidate(t, lemma, tokens, lang, complementizer, zuInfinitive, words)
                    || lang.equals("de") && separablePhrase(t, lemma, tokens, phrases, words))) {
                return true;
            }
            if (t.isNoun() && (withCues && cueNoun(word, lang) && nounCueUsable(tokens, t, lang) || eventNoun(word, lang) || eventNoun(lemma, lang)
                    || withCues && lang.equals("de") && StatementExtractor.documentNoun(lemma) && afterSourcePreposition(tokens, t)
                    || lang.equals("de") && EventExtractor.sentenceNoun(word))) {
                return true;
            }
            if (lang.equals("de") && t.isVerb() && t.index() > tokens.get(0).index() && !t.text().isEmpty()
                    && Character.isUpperCase(t.text().charAt(0)) && eventNoun(word, lang)) {
                return true; // "kam es … zu Krawallen": an event noun the tagger read as an infinitive (EventExtractor)
            }
            if (lang.equals("de") && t.pos().equals("ADJ")) {
                String verb = EventExtractor.participleLemma(word); // "die getöteten Demonstranten"
                if (verb == null) {
                    verb = EventExtractor.bareParticipleLemma(word); // "wurden verstümmelt", tagged ADJ
                }
                if (verb != null && !events.verb(verb, lang).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean verbCandidate(Token v, String lemma, List<Token> sentence, String lang, boolean complementizer,
            boolean zuInfinitive, Set<String> words) {
        if (isCueOrTrigger(v, lemma, lang, complementizer, zuInfinitive, words)) {
            return true;
        }
        if (!lang.equals("de")) {
            return false;
        }
        if (withCues) { // reportative "soll" and subjunctives: quotation attribution's candidates
            String w = v.text().toLowerCase(Locale.ROOT);
            if (w.equals("soll") || w.equals("sollen")) {
                return true;
            }
            var form = GermanVerbs.get().analyse(v.text(), null);
            if (form.isPresent() && form.get().mood().isSubjunctive() && (weakCueVerbs || !firstPerson(v, sentence))) {
                return true;
            }
        }
        // Separable verbs: without a parse the particle ("wies … zurück") is not attached yet.
        for (Token p : sentence) {
            if (p != v && p.text().length() <= 8 && p.text().chars().allMatch(Character::isLetter)
                    && isCueOrTrigger(v, p.text().toLowerCase(Locale.ROOT) + lemma, lang, complementizer, zuInfinitive, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Konjunktiv form next to "ich"/"wir" ("Da mache ich nicht mit", "wie wir hätten"): the statement rules read
     * no first-person clause as reported speech unless a form of "sein" marks it ("ich sei") or it is quoted (which
     * selects the sentence anyway), and "mache", "komme", "lege" are first-person indicative as often. (The parliament
     * selection keeps them: its learned tagger reads every sentence it is given.)
     */
    private static boolean firstPerson(Token v, List<Token> sentence) {
        if (v.text().toLowerCase(Locale.ROOT).startsWith("sei")) {
            return false;
        }
        int i = v.index() - sentence.get(0).index();
        for (int k = Math.max(0, i - 1); k <= Math.min(sentence.size() - 1, i + 1); k++) {
            if (k != i && StatementExtractor.isFirstPersonPronoun(sentence.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A multiword trigger of a separable verb whose particle stands apart before the parse ("legte sein Amt nieder",
     * "gab Schüsse ab"): the lemma alone ("legen") indexes no phrase.
     */
    private static boolean separablePhrase(Token v, String lemma, List<Token> sentence, Map<String, List<String[]>> phrases,
            Set<String> words) {
        for (Token p : sentence) {
            if (p != v && p.text().length() <= 8 && p.text().chars().allMatch(Character::isLetter)
                    && phrase(phrases.get(p.text().toLowerCase(Locale.ROOT) + lemma), words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event trigger, or a cue the statement extractor can use: auxiliaries are never cues, and
     * weak cues (strength 3: "sein", "haben", "gehen", …) only introduce a "dass"/"ob" clause,
     * a subjunctive one or a quotation (the last two select the sentence anyway), unless this
     * selection takes them all; a verb of deciding ({@code decision-verbs-de.tsv}) also with a zu-infinitive after a
     * comma ("beschloss, die Beleuchtung zu reduzieren"), which the rules read as its message; a weak speech-act verb
     * also with the preposition of its object that names what was said ("Die Polizei geht von Suizid aus",
     * {@code reported-prepositions-de.tsv}), which the rules read as a reported act.
     */
    private boolean isCueOrTrigger(Token v, String verbLemma, String lang, boolean complementizer, boolean zuInfinitive,
            Set<String> words) {
        if (!events.verb(verbLemma, lang).isEmpty()) {
            return true;
        }
        if (!withCues) {
            return false;
        }
        var cue = cues.verb(verbLemma, lang);
        return cue.isPresent() && v.pos().equals("VERB") && (cue.get().strength() <= 2 || complementizer || weakCueVerbs
                || zuInfinitive && StatementExtractor.decisionVerb(cue.get().lemma())
                || lang.equals("de") && StatementExtractor.speechObjectPreposition(cue.get().lemma(), words));
    }

    /** A zu-infinitive after a comma ("…, die Beleuchtung zu reduzieren", "…, ihn zurückzuholen"). */
    private static boolean commaZuInfinitive(List<Token> sentence) {
        boolean comma = false;
        for (int i = 0; i < sentence.size(); i++) {
            Token w = sentence.get(i);
            comma |= w.text().equals(",");
            if (comma && w.isVerb() && (i > 0 && sentence.get(i - 1).text().equals("zu") || StatementExtractor.zuInside(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement rules can read a German cue noun here: as a source after "nach"/"laut"/"gemäß" or before
     * "zufolge" ("nach Angaben der Polizei", "Polizeiangaben zufolge"), or with a content clause after it ("die
     * Forderung, …zu…", "der Ansicht, dass …"; a Konjunktiv clause selects the sentence anyway). Elsewhere ("123
     * Anfragen", "eine Erklärung der Regierung") no reading needs its parse. The parliament selection takes every
     * cue noun (its learned tagger marks them all).
     */
    private boolean nounCueUsable(List<Token> sentence, Token noun, String lang) {
        if (!lang.equals("de") || weakCueVerbs) {
            return true;
        }
        if (afterSourcePreposition(sentence, noun)) {
            return true;
        }
        int i = noun.index() - sentence.get(0).index();
        if (relativeNach(sentence, i)) {
            return true;
        }
        for (int k = i + 1; k < sentence.size(); k++) {
            if (sentence.get(k).text().equalsIgnoreCase("zufolge")) {
                return true;
            }
        }
        // the content clause as the rules read it: not for nouns of deciding or agreeing ("der Beschluss, …"); the
        // first comma within 12 words, before any sentence-inner end, then "dass"/"ob", a zu-infinitive or a
        // Konjunktiv verb before the next clause boundary
        var cue = cues.nounForm(noun.text(), lang);
        if (cue.isEmpty() || !StatementExtractor.takesContentClause(cue.get().lemma())) {
            return false;
        }
        int comma = i + 1;
        for (; comma < sentence.size() && !sentence.get(comma).text().equals(","); comma++) {
            if (StatementExtractor.isClauseEnd(sentence.get(comma).text()) || comma - i > 12) {
                return false;
            }
        }
        if (comma + 1 >= sentence.size()) {
            return false;
        }
        String next = sentence.get(comma + 1).text().toLowerCase(Locale.ROOT);
        if (next.equals("dass") || next.equals("ob")) {
            return true;
        }
        boolean verbSeen = false;
        for (int k = comma + 1; k < sentence.size() && !StatementExtractor.isClauseEnd(sentence.get(k).text())
                && !sentence.get(k).text().equals(","); k++) {
            Token w = sentence.get(k);
            if (w.isVerb() && (sentence.get(k - 1).text().equals("zu") || StatementExtractor.zuInside(w))) {
                return true;
            }
            if (w.isVerb() && !verbSeen) {
                verbSeen = true;
                var form = GermanVerbs.get().analyse(w.text(), null);
                if (form.isPresent() && form.get().mood().isSubjunctive()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the statement rules can read a cue preposition here. German "so" is a cue only after a comma and
     * before its source ("…, so das Ministerium"); elsewhere it is the adverb of "so hoch", "so gut wie" and needs no
     * parse for attribution. The parliament selection keeps every cue word.
     */
    private boolean prepUsable(List<Token> sentence, Token t, String word, String lang) {
        if (!lang.equals("de") || weakCueVerbs || !word.equals("so")) {
            return true;
        }
        int i = t.index() - sentence.get(0).index();
        if (i == 0 || i + 1 >= sentence.size() || !sentence.get(i - 1).text().equals(",")) {
            return false;
        }
        Token first = sentence.get(i + 1);
        return first.isNoun() || first.pos().equals("DET") || first.pos().equals("ADJ");
    }

    /** ", nach denen" (or "der", "dem") within four words after the noun: a relative source ("Umfragen im Land, nach denen …"). */
    private static boolean relativeNach(List<Token> sentence, int noun) {
        for (int k = noun + 1; k + 2 < sentence.size() && k <= noun + 4; k++) {
            String w = sentence.get(k + 2).text().toLowerCase(Locale.ROOT);
            if (sentence.get(k).text().equals(",") && sentence.get(k + 1).text().equalsIgnoreCase("nach")
                    && (w.equals("denen") || w.equals("der") || w.equals("dem"))) {
                return true;
            }
        }
        return false;
    }

    /** "nach", "laut" or "gemäß" at most three words before the noun ("nach Angaben", "nach einem EU-Dokument"). */
    private static boolean afterSourcePreposition(List<Token> sentence, Token noun) {
        int i = noun.index() - sentence.get(0).index();
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String w = sentence.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("nach") || w.equals("laut") || w.equals("gemäß")) {
                return true;
            }
        }
        return false;
    }

    /** A noun cue, also as the end of a compound ("Polizeiangaben"), as the extractor's source nouns. */
    private boolean cueNoun(String word, String lang) {
        for (String lemma : NOUN_CUES.computeIfAbsent(lang, l -> cues.all(l).stream()
                .filter(c -> c.kind() == Cue.Kind.NOUN).map(c -> c.lemma().toLowerCase(Locale.ROOT)).toList())) {
            if (word.startsWith(lemma) || lemma.length() >= 5 && word.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    private boolean eventNoun(String word, String lang) {
        for (String key : EventExtractor.nounKeys(word)) {
            // compounds of trigger nouns ("Feuergefechten") too, as the extractor codes them
            if (!events.noun(key, lang).isEmpty() || !EventExtractor.compoundHead(key, lang).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A multiword cue or trigger whose other words all occur in the sentence. */
    private static boolean phrase(List<String[]> candidates, Set<String> sentenceWords) {
        if (candidates == null) {
            return false;
        }
        for (String[] others : candidates) {
            boolean all = true;
            for (int i = 0; i < others.length && all; i++) {
                all = sentenceWords.contains(others[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private Map<String, List<String[]>> phrases(String lang) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (Cue c : withCues ? cues.all(lang) : List.<Cue>of()) {
            if (c.kind() == Cue.Kind.PHRASE || c.kind() == Cue.Kind.PREP && c.lemma().contains(" ")) {
                add(c.lemma(), false, out); // "deutlich machen", "nach Angaben", "according to"
            }
        }
        for (Trigger tr : events.all(lang)) {
            if (tr.pos() == Trigger.Pos.PHRASE) {
                add(tr.lemma(), lang.equals("en"), out); // English phrase triggers start with their verb ("call on")
            }
        }
        if (withCues) {
            out.computeIfAbsent("demnach", k -> new ArrayList<>()).add(new String[0]); // StatementExtractor's anaphoric cue
        }
        return Map.copyOf(out);
    }

    /** Indexes a phrase by its first or last word (the one looked up by lemma), keeping its other words. */
    private static void add(String phrase, boolean byFirst, Map<String, List<String[]>> into) {
        String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
        int key = byFirst ? 0 : words.length - 1;
        List<String> others = new ArrayList<>(List.of(words));
        others.remove(key);
        into.computeIfAbsent(words[key], k -> new ArrayList<>()).add(others.toArray(String[]::new));
    }
}

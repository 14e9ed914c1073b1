package org.lagebild.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lagebild.actors.ActorIndex;
import org.lagebild.data.TsvResource;
import org.lagebild.model.Evidence;
import org.lagebild.model.StatementRecord;
import org.lagebild.model.StatementRecord.Party;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Token;
import org.lagebild.nlp.morph.GermanVerbs;
import org.lagebild.nlp.morph.Mood;
import org.lagebild.text.Span;

/**
 * Quotation attribution on the dependency parse: verb cues with a clausal complement
 * (indirect, or direct when the complement is a quotation), verb cues with a nominal object
 * (reported), prepositional cues ("nach Angaben", "laut", "zufolge", "according to") and
 * Konjunktiv sentences without a cue that continue the previous speaker.
 */
public final class StatementExtractor {
    private static final Set<String> CLAUSE_RELS = Set.of("ccomp", "parataxis", "xcomp", "csubj");
    private static final Set<String> WRITING_MARKERS = Set.of("twitter", "x", "facebook", "telegram", "instagram",
            "brief", "schreiben", "erklärung", "mitteilung", "pressemitteilung", "interview", "statement",
            "letter", "tweet", "post");

    /** Verbs whose nominal object is a target or a thing, never a reported message ({@code reported-exclusions-de.tsv}). */
    private static final Set<String> NOT_REPORTED = TsvResource.read("org/lagebild/statements/reported-exclusions-de.tsv", 2)
            .stream().map(r -> r.req(0, "lemma")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Speech-act verbs and the prepositions of their object that is what was said ({@code reported-prepositions-de.tsv}). */
    private static final java.util.Map<String, String[]> SPEECH_OBJECTS = TsvResource.read("org/lagebild/statements/reported-prepositions-de.tsv", 2)
            .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r.req(0, "lemma"),
                    r -> r.req(1, "prepositions").split(",")));

    private final AnnotatedDocument doc;
    private final ActorIndex actors;
    private final String lang;
    private final CueLexicon cues = CueLexicon.get();
    private final Addressees addressees;
    private final StatementTopics topics;
    private final List<Span> quotes;
    private final List<StatementRecord> out = new ArrayList<>();
    private int ids; // statement ids stay unique when an uncued guess is dropped
    /** Emit the readings the rules reject as {@link #candidateKind candidates} (German only; for the learned filter). */
    private final boolean withCandidates;
    private final List<StatementRecord> candidates = new ArrayList<>();

    public StatementExtractor(AnnotatedDocument doc, ActorIndex actors) {
        this(doc, actors, false);
    }

    /**
     * {@code withCandidates}: also return readings the rules reject (a weak cue without quotation marks or Konjunktiv,
     * a speech act without an agentive speaker …) as candidates, top-level statements whose id marks them
     * ({@link #candidateKind}); only a learned filter that scores them may keep one (docs/EVALUATION.md, session 15).
     */
    public StatementExtractor(AnnotatedDocument doc, ActorIndex actors, boolean withCandidates) {
        this.doc = doc;
        this.actors = actors;
        this.lang = doc.lang();
        this.withCandidates = withCandidates && lang.equals("de");
        this.quotes = Quotes.find(doc.text());
        this.addressees = new Addressees(doc, this::agentive, this::newsMedium);
        this.topics = new StatementTopics(doc);
    }

    public List<StatementRecord> extract() {
        StatementRecord previous = null;
        int previousSentence = -10;
        for (Sentence s : doc.sentences()) {
            int before = out.size();
            for (Token t : doc.tokensOf(s)) {
                if (inQuote(t.start())) {
                    continue;
                }
                verbCue(s, t);
                copulaCue(s, t);
                prepositionalCue(s, t);
                if (withCandidates) {
                    unlistedVerb(s, t);
                }
            }
            for (int i = s.endToken() - 1; i >= s.firstToken(); i--) {
                if (!inQuote(doc.token(i).start())) {
                    // after the verbs (a verb's reading of the clause comes first); from the end, so that of two cue
                    // nouns before one comma the nearer has the clause ("Hinweise für die Behauptungen, dass …")
                    nounCue(s, doc.token(i));
                }
            }
            if (out.size() == before && previous != null && s.index() - previousSentence <= 3) {
                continuation(s, previous, previousSentence);
            } else if (out.size() > before && previous != null && s.index() - previousSentence <= 3 && reportedCue(s, before)) {
                continuation(s, previous, previousSentence); // the cue's own statement is nested in it (nest)
            } else if (out.size() == before) {
                reportedSubjunctive(s);
            }
            if (out.size() == before) {
                reportative(s, previous != null && s.index() - previousSentence <= 3 ? previous : null, previousSentence);
            }
            if (out.size() > before) {
                previous = topLevel(before);
                previousSentence = s.index();
            }
        }
        partialQuotes();
        freeQuotes();
        nest();
        reportsReferBack();
        // a quoted name inside the speaker's own mention is no message of it ("Bill Keller, der Chefredakteur der „New York
        // Times“, bekräftigt …"); other quoted words there stay (a mention the parse ran on: "… als „junge … Demokratie“")
        out.removeIf(r -> nameInOwnSpeaker(r) && out.stream().noneMatch(o -> r.id().equals(o.parent())));
        for (StatementRecord c : candidates) {
            if (out.stream().noneMatch(r -> r.quote().start() < c.quote().end() && c.quote().start() < r.quote().end())) {
                out.add(c); // a rejected reading only where no statement is (the first of overlapping candidates)
            }
        }
        return List.copyOf(out);
    }

    private static final String CANDIDATE_ID = "c";

    /** Is the message of {@code r}, with its quotation marks, a quoted name within the span of its own speaker? */
    private boolean nameInOwnSpeaker(StatementRecord r) {
        Party sp = r.speaker();
        Evidence q = r.quote();
        if (sp == null || q.start() < sp.start() || q.end() > sp.end() || q.end() <= q.start()) {
            return false;
        }
        int a = q.start();
        int b = q.end();
        int open = previousNonSpace(a);
        int close = nextNonSpace(b);
        if (open >= sp.start() && isOpenQuote(doc.text().charAt(open))) {
            a = open;
        }
        if (close >= 0 && close < sp.end() && isCloseQuote(doc.text().charAt(close))) {
            b = close + 1;
        }
        return quotedName(Span.of(doc.text(), a, b));
    }

    /** Nouns for what a source made known that refer back when definite ({@code report-nouns-de.tsv}). */
    private static final List<String> REPORT_NOUNS = TsvResource.read("org/lagebild/statements/report-nouns-de.tsv", 1)
            .stream().map(r -> r.req(0, "lemma").toLowerCase(Locale.ROOT)).toList();

    private static final Set<String> DEFINITE_DE = Set.of("der", "die", "das", "dem", "den", "des", "dieser", "diese",
            "dieses", "diesem", "diesen");

    /**
     * A definite report noun as the speaker, without an owner ("Dem Bericht zufolge", "heißt es in der Aussendung", "den
     * Angaben zufolge"), is the report the text has just attributed: it takes the actor of the statement right before it
     * (within three sentences) — "berichtete der Guardian … . Dem Bericht zufolge …" is the Guardian's. When that
     * statement's speaker has no actor either ("sagte ein Anwohner"), nothing is guessed.
     */
    private void reportsReferBack() {
        if (!lang.equals("de")) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            StatementRecord r = out.get(i);
            Party sp = r.speaker();
            if (r.parent() != null || sp == null || sp.actor() != null || !definiteReportNoun(sp)) {
                continue;
            }
            StatementRecord before = null;
            for (StatementRecord q : out) {
                if (q.parent() == null && q.speaker() != null && q.speaker().start() < sp.start()
                        && (before == null || q.speaker().start() > before.speaker().start())) {
                    before = q;
                }
            }
            if (before == null || before.speaker().actor() == null
                    || sentenceAt(sp.start()) - sentenceAt(before.speaker().start()) > 3) {
                continue;
            }
            Party speaker = new Party(before.speaker().actor(), sp.start(), sp.end(), sp.text());
            out.set(i, new StatementRecord(r.id(), speaker, r.cue(), r.quote(), r.form(), r.medium(), r.addressee(),
                    r.topic(), r.parent(), r.sentence()));
        }
    }

    private int sentenceAt(int offset) {
        int t = doc.tokenAt(offset);
        return t < 0 ? -1 : doc.token(t).sentence();
    }

    /** A speaker mention that is a report noun with a definite article and no owner ("dem Bericht", not "seinem Bericht"). */
    private boolean definiteReportNoun(Party sp) {
        int first = doc.tokenAt(sp.start());
        if (first < 0) {
            return false;
        }
        int last = first;
        while (last + 1 < doc.tokens().size() && doc.token(last + 1).start() < sp.end()) {
            last++;
        }
        for (int i = first; i <= last; i++) {
            Token t = doc.token(i);
            if (t.head() >= first && t.head() <= last) {
                continue; // not the mention's head ("Ein Brief der SZ, die das komplette Interview …")
            }
            if (!t.isNoun() || !reportNoun(t.text().toLowerCase(Locale.ROOT))
                    || i > first && doc.token(i - 1).text().equals("-") && doc.token(i - 1).end() == t.start()) {
                return false; // (a hyphenated compound names its owner: "die Mitterlehner-Aussage", split at the hyphen)
            }
            boolean definite = false;
            for (int c : doc.children(i)) {
                Token x = doc.token(c);
                String rel = x.baseRel();
                if (rel.equals("nmod") || rel.equals("det:poss") || org.lagebild.nlp.Syntax.isPossessive(x)
                        || rel.equals("amod") && x.text().toLowerCase(Locale.ROOT).startsWith("eigene")) {
                    return false; // an owner of its own: "dem Bericht der Zeitung", "seinen Angaben", "eigenen Angaben"
                }
                definite |= rel.equals("det") && DEFINITE_DE.contains(x.text().toLowerCase(Locale.ROOT));
            }
            return definite;
        }
        return false;
    }

    private static final Set<String> NOUN_ENDINGS = Set.of("", "e", "en", "n", "s", "es");

    /** A report noun of {@code report-nouns-de.tsv} in any inflection, or the last part of a compound ("Medienberichten"). */
    private static boolean reportNoun(String lower) {
        for (String n : REPORT_NOUNS) {
            int i = lower.lastIndexOf(n);
            if (i >= 0 && NOUN_ENDINGS.contains(lower.substring(i + n.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The rejected reading a candidate statement stands for ("weakPostposed", "weakClause" …), or null for a statement. */
    public static String candidateKind(StatementRecord r) {
        int colon = r.id().indexOf(':');
        return r.id().startsWith(CANDIDATE_ID) && colon > 0 ? r.id().substring(colon + 1) : null;
    }

    // ------------------------------------------------------------------ verb cues

    private void verbCue(Sentence s, Token t) {
        if (!t.pos().equals("VERB") || t.lemma() == null || t.deprel().equals("amod")) {
            return; // auxiliaries and modals are never cues, nor attributive participles ("beschuldigte Personen")
        }
        Optional<Cue> cue = cues.verb(t.lemma(), lang);
        // Light-verb phrases ("deutlich machen", "bekannt geben", "davon ausgehen", "make clear"): the
        // phrase wins over a weaker entry of its verb alone ("geben", "ausgehen" are weak cues).
        int phraseWord = phraseWord(t);
        if (phraseWord >= 0) {
            Optional<Cue> phrase = phraseCue(t, phraseWord);
            if (cue.isEmpty() || phrase.get().strength() < cue.get().strength()) {
                cue = phrase;
            } else {
                phraseWord = -1;
            }
        }
        if (cue.isEmpty() || reportedByInvertedCue(t)) {
            return;
        }
        if (t.lemma().equals("verlauten") && t.head() >= 0 && doc.token(t.head()).lemma().equals("lassen")) {
            return; // "ließ ein Sprecher verlauten": the cue of "lassen" (the phrase), not an impersonal "verlautete"
        }
        if (t.lemma().equals("hervorgehen") && alsPhrase(t.index())) {
            return; // "ging als Sieger hervor": someone came out as something, nothing emerges from a source
        }
        int strength = cue.get().strength();
        if (strength > 2 && speechObject(t.index()) >= 0) {
            strength = 2; // "plädierte für Neuwahlen", "sprach sich gegen den Plan aus": the object names what was said
        }
        int speakerTok = subject(t.index());
        if (speakerTok < 0) {
            speakerTok = misparsedSubject(s, t.index());
        }
        if (speakerTok < 0 && t.baseRel().equals("xcomp") && t.head() >= 0) {
            // Subject control: "beeilten sich zu erklären", and "hat … angekündigt" parsed as xcomp of "hat".
            speakerTok = subject(t.head());
        }
        Span message = null;
        String form = null;
        String rejected = null; // why the rules reject the reading (a candidate only with withCandidates)
        int speakerEnd = Integer.MAX_VALUE; // the speaker's last token at the latest
        boolean quotedPhrase = false; // a reported act's quoted phrase as the message: judged as the reported act
        int anaphor = strength <= 2 ? anaphor(s, t) : -1;
        if (anaphor >= 0) {
            // "Dies bestätigte der Parteivorsitzende": what was said is the sentence before.
            message = trim(doc.sentenceSpan(doc.sentences().get(s.index() - 1)));
            form = message != null && isQuoted(message) ? "direct" : "indirect";
            speakerTok = anaphorSpeaker(t.index(), anaphor);
            if (message != null) {
                dropUncued(message);
            }
        }
        if (speakerTok < 0 && t.lemma().equals("hervorgehen")) {
            speakerTok = obliqueWith(t.index(), "aus"); // "Aus dem Bericht geht hervor, dass …"
        }
        int postposed = message != null ? -1 : postposedBoundary(s, t);
        int wie = strength <= 2 ? wieClauseStart(s, t) : -1;
        Span infinitive = infinitive(s, t, strength);
        if (comparison(s, wie >= 0 ? wie : org.lagebild.nlp.Syntax.mark(doc, t.index(), "wie"))) {
            return; // "so beeindruckend, wie man es nicht erwartet hatte": a comparison, no source
        }
        if (message != null) {
            // the anaphoric reading above
        } else if (hasMark(t.index(), "wie", "as") && strength <= 2 && !ownComplementAfter(t)) {
            // "Wie die Polizei mitteilte, wurden 19 Menschen verletzt": the message is the main clause.
            int[] r = doc.subtreeRange(t.index());
            message = clauseMinus(s, r[0], r[1]);
            form = message != null && isQuoted(message) ? "direct" : "indirect";
        } else if (wie >= 0) {
            // The same by word order when the parser attached "wie" elsewhere (as a preposition).
            message = clauseMinus(s, wie, clauseEnd(s, t.index()));
            form = message != null && isQuoted(message) ? "direct" : "indirect";
            if (speakerTok < wie || speakerTok > clauseEnd(s, t.index())) {
                // none, or the subject of the clause the parse hung the cue under ("…, ist die LRA aktiv, wie
                // Menschenrechtsorganisationen betonen"): the speaker stands inside the wie-clause
                speakerTok = wieSpeaker(s, wie, t.index());
            }
        } else if (postposed >= 0) {
            // "„…“, sagte der Norweger." / "Das Bündnis stehe bereit, sagte er.": the message is the
            // clause before the comma; parsers attach such cues inconsistently, word order is reliable.
            message = trim(Span.of(doc.text(), clauseStart(s, postposed), postposed));
            if (message != null && !isQuoted(message) && !containsVerb(message)) {
                message = null; // "Nach Angaben der Botschafterin, Julianne Smith, sicherte …": no clause before
            }
            if (message != null && strength > 2 && !isQuoted(message) && !subjunctiveSpan(message)) {
                rejected = "weakPostposed"; // weak cues ("…, ging der 38-Jährige") need quotation marks or Konjunktiv
            }
            if (speakerTok < 0 || speakerTok < t.index() && message != null && message.contains(doc.token(speakerTok).start())) {
                speakerTok = firstNominalAfter(t.index(), s); // the message's own subject is not the cue's (subjectInMessage)
            }
            if (message != null) {
                form = isQuoted(message) ? "direct" : "indirect";
            }
        } else if (strength <= 2 || hasReportClause(t.index()) || infinitive != null) {
            int clause = clauseComplement(t.index());
            if (clause >= 0 && (!clauseLike(clause) || frontedPhrase(clause, t) || relativeComplement(clause, t))) {
                clause = -1; // "gab … die Einstellung des Verfahrens bekannt", "Günther Platter, der …, sagte …": no clause, the
                             // other readings decide
            }
            Span inverted = clause < 0 && strength <= 2 ? invertedComplement(t) : null;
            int comma; // the readings below are tried in turn, each computed once
            Span dangling;
            if (inverted != null) {
                message = inverted;
                form = isQuoted(message) ? "direct" : "indirect";
            } else if (clause >= 0 && (strength <= 2 || hasReportClause(t.index()))) {
                message = trim(doc.subtreeSpan(clause));
                if (message != null) {
                    form = isQuoted(message) ? "direct" : "indirect";
                }
            } else if (strength <= 2 && (comma = commaClause(t.index())) >= 0) {
                message = trim(doc.subtreeSpan(comma));
                if (doc.token(comma).head() != t.index()) {
                    speakerEnd = doc.subtreeRange(comma)[0] - 1; // hung under the speaker (subjectClause): not the speaker's
                }
                if (message != null) {
                    form = isQuoted(message) ? "direct" : "indirect";
                }
            } else if (strength <= 2 && (dangling = danglingComplement(t)) != null) {
                message = dangling;
                form = isQuoted(message) ? "direct" : "indirect";
            } else if (infinitive != null) {
                message = infinitive;
                form = isQuoted(message) ? "direct" : "indirect";
            } else if (strength <= 2) {
                Span q = adjacentQuote(s, t);
                if (q != null) {
                    message = q;
                    form = "direct";
                } else if (nominalMessage(t.index()) >= 0 && !NOT_REPORTED.contains(t.lemma()) && mainClause(t)) {
                    // Reported speech act: the message is the clause itself ("Der Kreml sprach von …").
                    message = withoutAttribution(t.index());
                    form = "reported";
                    Span fragment = quotedFragment(t.index(), message);
                    if (fragment != null) {
                        // "nannte dies einen „Militärputsch“", "bezeichnete die Pläne als „Wortbruch“": the speaker's own
                        // words are the quoted phrase
                        message = fragment;
                        form = "direct";
                        quotedPhrase = true;
                    }
                } else if (withCandidates && nominalMessage(t.index()) >= 0 && !NOT_REPORTED.contains(t.lemma())) {
                    message = withoutAttribution(t.index());
                    form = "reported";
                    rejected = "subordinateReported";
                }
            }
        } else if (withCandidates) {
            // weak cues without a "dass"/"ob" or Konjunktiv clause: their complement, or the reported act
            int clause = clauseComplement(t.index());
            if (clause >= 0) {
                message = trim(doc.subtreeSpan(clause));
                form = message != null && isQuoted(message) ? "direct" : "indirect";
                rejected = "weakClause";
            } else if (nominalMessage(t.index()) >= 0 && !NOT_REPORTED.contains(t.lemma()) && mainClause(t)) {
                message = withoutAttribution(t.index());
                form = "reported";
                rejected = "weakReported";
            }
        }
        if ((message == null || rejected != null) && declinedComment(t)) {
            rejected = null;
            // "The Government of Eritrea declined to comment on the dispute": CAMEO codes a refusal to comment as a
            // public statement (012); what was not said is the clause itself
            message = withoutAttribution(t.index());
            form = "reported";
        }
        if (message == null || rejected != null && !withCandidates || threatUnnamed(s, t, message)) {
            return;
        }
        Party inherited = speakerTok < 0 && !form.equals("reported") ? participleSpeaker(s, t) : null;
        if (speakerTok < 0 && inherited == null) {
            speakerTok = sourceAdjunct(t.index());
        }
        if (rejected != null) {
            // the first reason stands
        } else if (speakerTok < 0 && inherited == null
                && (form.equals("reported") || quotedPhrase || t.baseRel().equals("advcl") || t.baseRel().equals("acl")
                    || LIGHT_VERBS.contains(t.lemma()) && phraseWord < 0 && !hasParticle(t.index()) && lang.equals("de"))) {
            rejected = "noSpeaker"; // "Speaking to …" / a speech act without anyone performing it is not a statement
                                    // (nor "Hinzu kommt, dass …": a light verb alone, light-verbs-de.tsv)
        } else if (((form.equals("reported") || quotedPhrase) && strength > 1 || strength > 2) && speakerTok >= 0 && !agentive(speakerTok)) {
            rejected = "notAgentive"; // "Die Krise nimmt Ausmaße an": only people and institutions make statements (strong
                                      // cues such as "berichten", "ankündigen" have speakers also outside the actor registry)
        } else if (lang.equals("de") && speakerTok >= 0 && isFirstPersonPronoun(doc.token(speakerTok).text())
                && !hasQuotationMark(s)) {
            rejected = "firstPerson"; // "Ich glaube, …" without quotation marks is an interview transcript's answer, no report
        }
        if (rejected != null && !withCandidates) {
            return;
        }
        if (speakerTok >= 0 && message.contains(doc.token(speakerTok).start()) && !form.equals("reported")) {
            speakerTok = -1;
        }
        int medium = addressees.mediumUnderSpeaker(speakerTok); // "sagte Peter Binder der APA"
        if (medium >= 0) {
            speakerEnd = Math.min(speakerEnd, doc.subtreeRange(medium)[0] - 1);
        }
        Party speaker = speakerTok >= 0 ? party(speakerTok, speakerEnd) : inherited;
        StatementRecord.Cue c = cueOf(t, phraseWord);
        Party addressee = addressee(t.index(), speakerTok, message, form);
        if (addressee == null && medium >= 0) {
            addressee = party(medium);
        }
        if (rejected != null) {
            candidate(rejected, speaker, c, message, form, medium(t, cue.get()), addressee, s);
        } else {
            add(speaker, c, message, form, medium(t, cue.get()), addressee, topic(t.index()), s);
        }
    }

    /**
     * Candidates from verbs outside the cue lexicon with a "dass"/"ob" or Konjunktiv complement ("befürchtete, dass …",
     * "schränkte ein, dass …"): whether the verb reports anything is left to the learned filter. (Tried: also a main-clause
     * verb with an agentive subject and an object, the shape of the corpus's reported acts: 242 candidates on train, 20
     * of them overlapping a gold quotation; no gain in cross-validation.)
     */
    private void unlistedVerb(Sentence s, Token t) {
        if (!t.pos().equals("VERB") || t.lemma() == null || t.deprel().equals("amod") || cues.verb(t.lemma(), lang).isPresent()
                || phraseWord(t) >= 0 || !hasReportClause(t.index())) {
            return;
        }
        int clause = clauseComplement(t.index());
        Span message = clause < 0 ? null : trim(doc.subtreeSpan(clause));
        if (message != null) {
            int subj = subject(t.index());
            candidate("unlistedClause", subj >= 0 && !message.contains(doc.token(subj).start()) ? party(subj) : null,
                    cueOf(t, -1), message, isQuoted(message) ? "direct" : "indirect", "speech", null, s);
        }
    }

    /**
     * A German cue noun with its content after a comma ("die Forderung des CSU-Vorsitzenden, auf die SPD zuzugehen", "in der
     * Ankündigung, der Iran werde …", "ist der Ansicht, dass …", "vertritt die Ansicht, Clarkson habe …"): a noun of the cue
     * lexicon outside a prepositional attribution ("nach Angaben"), not one of deciding or agreeing ("der Beschluss, …"),
     * a comma within its phrase, then a "dass"/"ob" clause, a zu-infinitive or a clause whose finite verb is in
     * Konjunktiv. The speaker is the noun's genitive or possessive owner, else the subject of the noun as a copula's
     * predicate ("Die DSW ist der Ansicht"), else the agentive subject of the verb whose object the noun is ("vertritt die
     * Ansicht"). A message another cue found is left alone.
     */
    private void nounCue(Sentence s, Token t) {
        if (!lang.equals("de") || !t.isNoun()) {
            return;
        }
        Optional<Cue> cue = cues.nounForm(t.text(), lang);
        if (cue.isEmpty() || NO_CONTENT_CLAUSE.contains(cue.get().lemma()) || hasCase(t.index(), "nach", "laut", "gemäß")
                || t.index() + 1 < s.endToken() && doc.token(t.index() + 1).text().equalsIgnoreCase("zufolge")) {
            return;
        }
        int comma = t.index() + 1;
        for (; comma < s.endToken() && !doc.token(comma).text().equals(","); comma++) {
            Token w = doc.token(comma);
            // the verb whose object the noun is ("hatte die These vertreten, …"), not a clause the noun is the subject of
            boolean ownVerb = t.baseRel().equals("obj") && (comma == t.head() || w.pos().equals("AUX") && w.head() == t.head());
            if (w.isVerb() && !ownVerb || END_PUNCT.contains(w.text()) || comma - t.index() > 12) {
                return;
            }
        }
        if (comma + 1 >= s.endToken()) {
            return;
        }
        Span message = nounComplement(s, t, comma);
        if (message == null || out.stream().anyMatch(r -> r.quote().start() < message.end() && message.start() < r.quote().end())) {
            return;
        }
        int speaker = owner(t.index());
        if (speaker < 0) {
            speaker = org.lagebild.nlp.Syntax.subject(doc, t.index()); // the noun as predicate: "ist der Ansicht"
        }
        int verb = t.baseRel().equals("obj") ? t.head() : withVerb(t.index());
        if (speaker < 0 && verb >= 0) {
            // "vertrat die Ansicht, …", "begegnet der Kritik mit dem Argument, …": the verb's subject holds the view
            int subj = subject(verb);
            speaker = subj >= 0 && agentive(subj) ? subj : -1;
        }
        add(speaker < 0 || speaker >= comma ? null : party(speaker, comma - 1), cueOf(t), message,
                isQuoted(message) ? "direct" : "indirect", medium(t, cue.get()), null, s);
    }

    /**
     * The verb a "mit" phrase of a cue noun goes with, or -1: "begründete … mit dem Hinweis, …", also when the parse hangs
     * the phrase on the verb's object ("begegnet der Kritik mit dem Argument, …", "wandte sich an seine Anhänger mit der
     * Aufforderung, …").
     */
    private int withVerb(int noun) {
        if (!hasCase(noun, "mit")) {
            return -1;
        }
        int h = noun;
        while (doc.token(h).baseRel().equals("nmod") && doc.token(h).head() >= 0) {
            h = doc.token(h).head();
        }
        Token ht = doc.token(h);
        int verb = ht.head();
        return (h == noun ? ht.baseRel().equals("obl") : Set.of("obj", "obl", "iobj").contains(ht.baseRel()))
                && verb >= 0 && doc.token(verb).pos().equals("VERB") ? verb : -1;
    }

    /** Whether a German cue noun (its lexicon lemma) can take a content clause as a quotation ("die Forderung, …"). */
    public static boolean takesContentClause(String cueLemma) {
        return !NO_CONTENT_CLAUSE.contains(cueLemma);
    }

    /** Cue nouns of deciding, agreeing, enacting, offering and finding whose clause is no quotation ({@code content-noun-exclusions-de.tsv}). */
    private static final Set<String> NO_CONTENT_CLAUSE = TsvResource.read("org/lagebild/statements/content-noun-exclusions-de.tsv", 1)
            .stream().map(r -> r.req(0, "lemma")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Adverbial clause openers the tagger may take for adverbs ("damit", "sodass"): no content clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("damit", "sodass", "so", "wenn", "weil", "da", "als", "obwohl",
            "während", "bevor", "nachdem", "denn", "doch", "aber", "sondern");

    /** Punctuation that ends a noun's phrase before any comma. */
    private static final Set<String> END_PUNCT = Set.of(".", ";", ":", "!", "?");

    /**
     * Whether {@code token} ends a cue noun's phrase or its content clause before any comma (the parse selection reads
     * cue nouns as {@link #nounCue} does).
     */
    public static boolean isClauseEnd(String token) {
        return END_PUNCT.contains(token);
    }

    /** The content after a cue noun's comma: a "dass"/"ob" clause, a zu-infinitive, a Konjunktiv clause; else null. */
    private Span nounComplement(Sentence s, Token noun, int comma) {
        Token next = doc.token(comma + 1);
        String w = next.text().toLowerCase(Locale.ROOT);
        if (w.equals("dass") || w.equals("ob")) {
            int head = next.head();
            int end = head > comma + 1 ? doc.subtreeRange(head)[1] : s.endToken() - 1;
            return trim(doc.span(comma + 1, Math.max(end, comma + 1)));
        }
        Span infinitive = infinitive(s, noun, 2);
        if (infinitive != null) {
            return infinitive;
        }
        if (next.pos().equals("SCONJ") || next.pos().equals("CCONJ") || next.isVerb() || CLAUSE_OPENERS.contains(w)
                || RELATIVE_OPENERS.contains(w) && !next.pos().equals("DET")) {
            // "…, weil …", "…, und …", "die Forderung, die …", "sobald er sich der Meinung anschließe, werde …" (the
            // main clause after a subordinate one)
            return null;
        }
        for (int i = comma + 1; i < s.endToken() && !doc.token(i).pos().equals("PUNCT"); i++) {
            Token v = doc.token(i);
            if (!v.isVerb()) {
                continue;
            }
            var form = GermanVerbs.get().analyse(v.text(), null);
            if (form.isEmpty() || !form.get().mood().isSubjunctive()) {
                return null; // the first verb decides: indicative is no reported content
            }
            int head = v.baseRel().equals("aux") || v.baseRel().equals("cop") ? v.head() : i;
            return trim(doc.span(comma + 1, Math.max(i, doc.subtreeRange(head)[1])));
        }
        return null;
    }

    /** A noun's genitive or possessive owner ("die Forderung des CSU-Vorsitzenden", "seine Ansicht"), or -1. */
    private int owner(int noun) {
        for (int c : doc.children(noun)) {
            Token ct = doc.token(c);
            if (ct.deprel().equals("det:poss") || ct.baseRel().equals("nmod") && ct.isNoun()
                    && (firstChild(c, "case") < 0 || hasCase(c, "von"))) {
                return c;
            }
        }
        return -1;
    }

    /** Relations of "werden" under its adjective: "wurde bekannt" is parsed as cop or aux:pass, "bekannt geworden" as cop. */
    private static final Set<String> COPULA_RELS = Set.of("cop", "aux", "aux:pass");

    /**
     * A German cue of an adjective with "werden" ("wurde bekannt, dass …", "Wie gestern bekannt wurde, …", "nachdem
     * bekannt geworden war, dass …"): impersonal, so the statement has no speaker. The parser hangs the pair and its
     * clause in several ways (werden under the adjective or the adjective as xcomp of werden; the clause under
     * either or under the main verb), so the message is found by word order: a "dass"/"ob" clause right after the
     * phrase and its comma, or the clause around a "wie" before it. "Der Fall wurde bekannt, weil …" has none.
     */
    private void copulaCue(Sentence s, Token t) {
        if (!lang.equals("de") || !t.pos().equals("ADJ")) {
            return;
        }
        int werden = -1;
        for (int c : doc.children(t.index())) {
            if (COPULA_RELS.contains(doc.token(c).deprel()) && "werden".equals(doc.token(c).lemma())) {
                werden = c;
            }
        }
        if (werden < 0 && t.baseRel().equals("xcomp") && t.head() >= 0 && "werden".equals(doc.token(t.head()).lemma())) {
            werden = t.head();
        }
        Optional<Cue> cue = werden < 0 ? Optional.empty()
                : cues.phrase(t.text().toLowerCase(Locale.ROOT) + " werden", lang);
        if (cue.isEmpty()) {
            return;
        }
        int first = Math.min(t.index(), werden);
        int last = clauseEnd(s, Math.max(t.index(), werden)); // "bekannt geworden war"
        int wie = first - 1;
        while (wie > s.firstToken() && doc.token(wie).pos().equals("ADV")) {
            wie--; // "Wie gestern bekannt wurde"
        }
        Span message = null;
        if (wie >= s.firstToken() && doc.token(wie).text().equalsIgnoreCase("wie")) {
            message = clauseMinus(s, wie, last);
        } else if (last + 2 < s.endToken() && doc.token(last + 1).text().equals(",")
                && Set.of("dass", "ob").contains(doc.token(last + 2).text().toLowerCase(Locale.ROOT))
                && doc.token(last + 2).head() > last + 2) {
            message = trim(doc.subtreeSpan(doc.token(last + 2).head()));
        }
        if (message == null) {
            return;
        }
        // the cue in text order ("wurde … bekannt", "bekannt geworden"), its lemma the phrase's
        Evidence a = Evidence.of(doc.tokenSpan(first));
        Evidence b = Evidence.of(doc.tokenSpan(Math.max(t.index(), werden)));
        String text = b.start() - a.end() <= 1 ? doc.text().substring(a.start(), b.end()) : a.text() + " … " + b.text();
        add(null, new StatementRecord.Cue(a.start(), b.end(), text, cue.get().lemma(), List.of(a, b)),
                message, isQuoted(message) ? "direct" : "indirect", medium(t, cue.get()), null, s);
    }

    /** English "comment" as the infinitive of "decline" or "refuse" ("declined to comment", "refused to comment further"). */
    private boolean declinedComment(Token t) {
        if (!lang.equals("en") || !"comment".equals(t.lemma()) || !t.baseRel().equals("xcomp") || t.head() < 0) {
            return false;
        }
        String governor = doc.token(t.head()).lemma();
        return "decline".equals(governor) || "refuse".equals(governor);
    }

    /**
     * The speaker of an English participle cue without a subject of its own ("…,” Chaudhry said, adding that …"): the
     * speaker of the statement cued before it in the sentence. Not the subject of a verb above it: the parser hangs
     * such participles anywhere ("Suicide bombers are wearing …, security sources said, adding that …").
     */
    private Party participleSpeaker(Sentence s, Token cue) {
        if (!lang.equals("en") || !cue.text().endsWith("ing")) {
            return null;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            StatementRecord r = out.get(i);
            if (r.cue() != null && r.cue().start() >= s.start() && r.cue().start() < cue.start() && r.speaker() != null) {
                return r.speaker();
            }
        }
        return null;
    }

    /** Demonstratives that take up the sentence before as what was said ("Dies bestätigte …"). */
    static final Set<String> ANAPHORS = Set.of("das", "dies", "dieses");

    /**
     * The demonstrative that opens the cue's sentence and refers back to the previous sentence as
     * its message: "Dies bestätigte der Parteivorsitzende am Abend.", "Das teilte X mit.", "Dies
     * geht aus einer Meldung der dpa hervor.", "Dieses wurde von X angegeben." — the demonstrative
     * right before the cue or its finite auxiliary, not a determiner ("Das Unternehmen teilte mit")
     * and not when the cue has its own clause; else -1.
     */
    private int anaphor(Sentence s, Token cue) {
        int first = s.firstToken();
        if (!lang.equals("de") || s.index() == 0 || s.endToken() - first < 3
                || !ANAPHORS.contains(doc.token(first).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        Token next = doc.token(first + 1);
        boolean verbSecond = next.index() == cue.index() || next.pos().equals("AUX") && next.head() == cue.index();
        if (!verbSecond || clauseComplement(cue.index()) >= 0 || commaClause(cue.index()) >= 0
                || hasMark(cue.index(), "wie", "dass", "ob")) {
            return -1;
        }
        Sentence prev = doc.sentences().get(s.index() - 1);
        return prev.endToken() - prev.firstToken() >= 3 ? first : -1;
    }

    /** The speaker of an anaphoric cue: its subject unless that is the demonstrative, else its agent or source phrase. */
    private int anaphorSpeaker(int verb, int anaphor) {
        int subj = subject(verb);
        if (subj >= 0 && subj != anaphor) {
            return subj;
        }
        int source = obliqueWith(verb, "von", "aus");
        if (source >= 0) {
            return source;
        }
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (c != anaphor && c > verb && (ct.baseRel().equals("nsubj") || ct.baseRel().equals("obj")) && (ct.isNoun() || ct.pos().equals("PRON"))) {
                return c;
            }
        }
        // the parse hung the inverted subject elsewhere: the noun phrase right after the verb or its auxiliary
        Sentence s = doc.sentenceOf(anaphor);
        int after = firstNominalAfter(anaphor + 1, s);
        return after >= 0 && agentive(after) ? after : -1;
    }

    /** The verb's oblique noun phrase with one of these prepositions, or -1. */
    private int obliqueWith(int verb, String... preps) {
        for (int c : doc.children(verb)) {
            if (doc.token(c).baseRel().equals("obl") && doc.token(c).isNoun() && hasCase(c, preps)) {
                return c;
            }
        }
        return -1;
    }

    /** A nominal "als" phrase of the verb ("geht Frankreich als Sieger hervor"), by the parse or by word order in its clause. */
    private boolean alsPhrase(int verb) {
        for (int c : doc.children(verb)) {
            Token x = doc.token(c);
            if (x.text().equalsIgnoreCase("als") && !x.baseRel().equals("mark")) {
                return true;
            }
            for (int m : doc.children(c)) {
                if (!x.isVerb() && m < c && doc.token(m).text().equalsIgnoreCase("als")) {
                    return true; // "als Sieger", the parse's case or mark
                }
            }
        }
        return false;
    }

    /** Statements without a cue within {@code span}: a cue found later that takes up the span decides who said it. */
    private void dropUncued(Span span) {
        out.removeIf(r -> (r.cue() == null || r.form().equals("reported")) && span.contains(r.quote().start())
                && r.quote().end() <= span.end() && r.parent() == null);
    }

    /**
     * Is the verb the predicate of the sentence's main clause (German; English is not restricted)? (Tried: also coordinated main clauses,
     * train and dev Joint 0.1 lower; every clause but relative clauses, 0.2–0.5 lower.)
     * Speech acts in relative or adverbial clauses ("…, die den Vorwurf inzwischen bestätigte")
     * are background, not reported statements (on train 5 of 26 with a relative-pronoun speaker
     * overlap a gold quotation).
     */
    private boolean mainClause(Token verb) {
        return !lang.equals("de") || verb.baseRel().equals("root"); // measured on German news only
    }

    /**
     * Offset of the comma that ends the message when the cue follows it in inverted order
     * ("…“, sagte sie"), else -1.
     */
    private int postposedBoundary(Sentence s, Token cue) {
        int i = cue.index() - 1;
        if (i < s.firstToken()) {
            return -1;
        }
        // English puts the comma inside the quotation: “…,” said Brekelmans.
        if (isCloseQuote(doc.token(i).text().charAt(0)) && i - 1 >= s.firstToken() && doc.token(i - 1).text().equals(",")) {
            int subj = subject(cue.index());
            boolean inverted = subj > cue.index() || subj < 0 && firstNominalAfter(cue.index(), s) > cue.index();
            return inverted ? doc.token(i).end() : -1;
        }
        if (!doc.token(i).text().equals(",") || ownComplementAfter(cue)) {
            return -1;
        }
        // The cue must be followed by its subject (inverted word order), not start a new clause.
        int subj = subject(cue.index());
        boolean inverted = subj > cue.index() || subj < 0 && firstNominalAfter(cue.index(), s) > cue.index()
                || subjectInMessage(s, cue, subj, i);
        if (!inverted || i - s.firstToken() < 2 || noClauseBefore(s, i)) {
            return -1;
        }
        return doc.token(i).start();
    }

    /** Verbs of the cue lexicon with no speech act of their own ({@code light-verbs-de.tsv}). */
    private static final Set<String> LIGHT_VERBS = TsvResource.read("org/lagebild/statements/light-verbs-de.tsv", 1)
            .stream().map(r -> r.req(0, "lemma")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Verbs of characterising, whose quoted phrase is the message ({@code characterisation-verbs-de.tsv}). */
    private static final Set<String> CHARACTERISING = TsvResource.read("org/lagebild/statements/characterisation-verbs-de.tsv", 1)
            .stream().map(r -> r.req(0, "lemma")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Is the lemma a verb of the cue lexicon with no speech act of its own ("haben", "geben"; {@code light-verbs-de.tsv})? */
    public static boolean lightVerb(String lemma) {
        return LIGHT_VERBS.contains(lemma);
    }

    /** Has the verb a separable particle ("stellte sich heraus": a particle verb the lemmatizer may not know)? */
    private boolean hasParticle(int verb) {
        return !doc.childrenWith(verb, "compound:prt").isEmpty();
    }

    /** Threat verbs and the words that name their threat ({@code threat-verbs-de.tsv}). */
    private static final java.util.Map<String, List<String>> THREAT_VERBS = TsvResource.read("org/lagebild/statements/threat-verbs-de.tsv", 2)
            .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r.req(0, "lemma"),
                    r -> List.of(r.req(1, "threat words").split(","))));

    /**
     * Does a threat verb say what is imminent rather than threaten ("Dem HSV droht der Zwangsabstieg", "Der Frachter droht
     * auseinanderzubrechen", "Falls …, droht ihr eine Freiheitsstrafe")? It threatens with "mit"/"damit" in its clause, or a
     * message after a comma or colon ("drohte, ihn zu töten"), quoted or in Konjunktiv I, or a message before it with a
     * speaker after it ("Wir werden sie bezahlen lassen, droht Davutoğlu"). German only.
     */
    private boolean threatUnnamed(Sentence s, Token cue, Span message) {
        List<String> words = THREAT_VERBS.get(cue.lemma());
        if (!lang.equals("de") || words == null || isQuoted(message) || subjunctiveSpan(message, Set.of(Mood.SUBJUNCTIVE_I))) {
            return false;
        }
        for (int i = cue.index() + 1; i < s.endToken() && !doc.token(i).text().equals(","); i++) {
            if (words.contains(doc.token(i).text().toLowerCase(Locale.ROOT))) {
                return false; // "droht damit, …", "drohte der Regierung mit einer Klage"
            }
        }
        for (int c : doc.children(cue.index())) {
            if (words.contains(doc.token(c).text().toLowerCase(Locale.ROOT)) || hasCase(c, words.toArray(String[]::new))) {
                return false; // "Mit einer Klage drohte der Verband"
            }
        }
        int first = doc.tokenAt(message.start());
        if (first < cue.index()) {
            int subj = subject(cue.index());
            return subj < cue.index() || !agentive(subj); // "…, droht Davutoğlu" threatens; "Falls …, droht ihr eine Strafe" not
        }
        return first < 1 || !doc.token(first - 1).text().equals(",") && !doc.token(first - 1).text().equals(":");
    }

    /** Adverbial conjunctions: a clause they open before a post-posed verb is its condition or time, not its message. */
    private static final Set<String> ADVERBIAL_CONJUNCTIONS = Set.of("wenn", "falls", "nachdem", "obwohl", "obgleich",
            "weil", "da", "bevor", "ehe", "sobald", "sofern", "seitdem", "solange", "indem", "zumal");

    /**
     * Is what stands before a German post-posed verb's comma no clause of its own, so that the verb is no post-posed cue
     * ("In einer Videobotschaft, die … eingespielt wurde, sagte Thaksin, …": a fronted phrase with its relative clause;
     * "Wenn Saddam Hussein verurteilt werden sollte, droht ihm …": an adverbial clause)? Quoted words are a message.
     */
    private boolean noClauseBefore(Sentence s, int comma) {
        Span before = trim(Span.of(doc.text(), clauseStart(s, doc.token(comma).start()), doc.token(comma).start()));
        if (!lang.equals("de") || before == null || isQuoted(before) || inQuote(before.start())) {
            return false;
        }
        int first = doc.tokenAt(before.start());
        if (first < 0) {
            return false;
        }
        if (ADVERBIAL_CONJUNCTIONS.contains(doc.token(first).text().toLowerCase(Locale.ROOT))
                && doc.token(first).pos().equals("SCONJ")) {
            // only when the adverbial clause is all there is: "Wenn …, (dann) müssten die Lehrer …, sagt Preitler" is a
            // message, and "Da zeigt sich …" opens with the adverb
            return !doc.token(first + 1).isVerb() && !mainClauseAfterComma(first, comma);
        }
        return phraseWithRelativeClause(first, comma);
    }

    /**
     * Is tokens {@code [first, end)} a phrase with its relative clause, every verb in a relative clause opened after a comma
     * ("In einer Videobotschaft, die … eingespielt wurde", "Günther Platter, der …, der … inne hat")?
     */
    private boolean phraseWithRelativeClause(int first, int end) {
        boolean relative = false;
        boolean sawRelative = false;
        for (int k = first; k < end; k++) {
            Token w = doc.token(k);
            if (w.text().equals(",")) {
                relative = k + 1 < end && (relativeOpener(k + 1) || verbFinalRelative(k + 1, end));
                sawRelative |= relative;
            } else if (w.isVerb() && !relative) {
                return false;
            }
        }
        return sawRelative;
    }

    /**
     * Does a relative clause the tagger opened with an article open at {@code k} ("Im Brief, den Teziç an Chirac geschickt
     * hat, erklärt er": "den" tagged DET)? Its verbs stand only at its end, an auxiliary last ("geschickt hat"); a main
     * clause puts its finite verb second ("die Lage habe sich verschlechtert").
     */
    private boolean verbFinalRelative(int k, int limit) {
        Token w = doc.token(k);
        if (!w.pos().equals("DET") || !RELATIVE_OPENERS.contains(w.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int end = k + 1;
        while (end < limit && !doc.token(end).text().equals(",")) {
            end++;
        }
        int firstVerb = end;
        while (firstVerb > k + 2 && doc.token(firstVerb - 1).isVerb()) {
            firstVerb--;
        }
        for (int i = k + 1; i < firstVerb; i++) {
            if (doc.token(i).isVerb()) {
                return false;
            }
        }
        return firstVerb < end && (end - firstVerb == 1 || doc.token(end - 1).pos().equals("AUX"));
    }

    /** Does a comma between these tokens open a main clause ("…, dann werde das …", "…, wäre das …": a verb first)? */
    private boolean mainClauseAfterComma(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (!doc.token(k).text().equals(",")) {
                continue;
            }
            int next = k + 1;
            String w = doc.token(next).text().toLowerCase(Locale.ROOT);
            if ((w.equals("dann") || w.equals("so")) && next + 1 < to) {
                next++;
            }
            if (doc.token(next).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Does a relative clause open at this token ("die", "in denen", "dessen")? Not an article ("die Maschine"). */
    private boolean relativeOpener(int k) {
        Token w = doc.token(k);
        if (w.pos().equals("ADP") && k + 1 < doc.tokens().size()) {
            w = doc.token(k + 1);
        }
        return RELATIVE_OPENERS.contains(w.text().toLowerCase(Locale.ROOT)) && !w.pos().equals("DET")
                && !w.text().equalsIgnoreCase("was") && !w.text().equalsIgnoreCase("wo") && !w.text().equalsIgnoreCase("wer");
    }

    /**
     * Did the parse give a post-posed German cue the subject of the Konjunktiv or quoted clause before its comma ("Alle
     * Gebiete seien unter Kontrolle, sagte Charles Bouchard", parsed with "Gebiete" as the subject of "sagte")? A finite
     * verb right after a comma and followed by a noun phrase is in inverted order; a subject before the comma is the
     * message's own. Not a verb coordinated with the clause before ("Er kam nach Hause, sagte …": no Konjunktiv).
     */
    private boolean subjectInMessage(Sentence s, Token cue, int subj, int comma) {
        if (!lang.equals("de") || subj < 0 || subj >= comma || firstNominalAfter(cue.index(), s) <= cue.index()) {
            return false;
        }
        Span before = trim(Span.of(doc.text(), clauseStart(s, doc.token(comma).start()), doc.token(comma).start()));
        return before != null && before.contains(doc.token(subj).start()) && (isQuoted(before) || subjunctiveSpan(before));
    }

    /**
     * The "wie" that opens the cue's clause by word order ("Wie die Mitarbeiterin seines Büros,
     * Arminda Thomas, mitteilte, …" / "…, wie er in einem Schreiben bekundete."): at the sentence
     * start or after a comma, at most 20 tokens before the cue, no verb in between, and the clause
     * ends at the cue (its auxiliaries aside); else -1.
     */
    private int wieClauseStart(Sentence s, Token cue) {
        if (!lang.equals("de")) {
            return -1;
        }
        int end = clauseEnd(s, cue.index());
        if (end + 1 < s.endToken() && !doc.token(end + 1).pos().equals("PUNCT")) {
            return -1;
        }
        for (int i = cue.index() - 1; i >= s.firstToken() && i >= cue.index() - 20; i--) {
            Token w = doc.token(i);
            if (w.text().equalsIgnoreCase("wie")) {
                return i == s.firstToken() || doc.token(i - 1).text().equals(",") ? i : -1;
            }
            if (w.isVerb() || w.text().equals(":") || w.text().equals(";") || inQuote(w.start()) && !shortQuotedName(w.start())) {
                return -1;
            }
        }
        return -1;
    }

    /** Comparative heads of a "wie" clause: "so schlimm, wie befürchtet" compares, it does not attribute. */
    private static final Set<String> COMPARATIVE_HEADS = Set.of("so", "genauso", "ebenso");

    /**
     * Does the "wie" after a comma complete a comparison ("nicht so verheerend sein, wie zunächst angenommen", "so
     * beeindruckend klang, wie man es nicht erwartet hatte"): "so" with an adjective or adverb in the clause before?
     */
    private boolean comparison(Sentence s, int wie) {
        if (wie < s.firstToken() + 2 || !doc.token(wie - 1).text().equals(",") || !lang.equals("de")) {
            return false;
        }
        for (int i = wie - 2; i > s.firstToken() && i >= wie - 9 && !doc.token(i).text().equals(","); i--) {
            Token next = doc.token(i);
            if (COMPARATIVE_HEADS.contains(doc.token(i - 1).text().toLowerCase(Locale.ROOT))
                    && (next.pos().equals("ADJ") || next.pos().equals("ADV"))) {
                return true;
            }
        }
        return false;
    }

    /** Is the quotation around {@code offset} a short name ("Wie die „Bild“-Zeitung berichtete") rather than words? */
    private boolean shortQuotedName(int offset) {
        Span q = Quotes.containing(quotes, offset);
        return q != null && q.length() <= 40 && q.text().split("\\s+").length <= 4;
    }

    /**
     * The speaker of a wie-clause the parser read as a prepositional phrase ("Wie der
     * Bundeswahlleiter mitteilte": "Wie … Bundeswahlleiter" as an oblique, no subject): the
     * first noun or pronoun after "wie" (past articles, adjectives and adverbs: "Wie schon die WHO sagte"), else -1.
     */
    private int wieSpeaker(Sentence s, int wie, int cue) {
        for (int i = wie + 1; i < cue && i < s.endToken(); i++) {
            Token t = doc.token(i);
            if (t.isNoun() || t.pos().equals("PRON")) {
                while (i + 1 < cue && doc.token(i + 1).start() == doc.token(i).end()) {
                    i++; // a compound the tokenizer split at its hyphen ("TV-Sender"): its last part is the head
                }
                return i;
            }
            if (!t.pos().equals("DET") && !t.pos().equals("ADJ") && !t.pos().equals("ADV") && !t.pos().equals("PUNCT")) {
                return -1;
            }
        }
        return -1;
    }

    /** The last token of a verb-final clause: the verb and the auxiliaries right after it ("mitgeteilt hatte"). */
    private int clauseEnd(Sentence s, int verb) {
        int end = verb;
        while (end + 1 < s.endToken() && doc.token(end + 1).pos().equals("AUX")) {
            end++;
        }
        return end;
    }

    private boolean containsVerb(Span span) {
        int a = doc.tokenAt(span.start());
        int b = doc.tokenAt(span.end() - 1);
        for (int i = Math.max(a, 0); i >= 0 && i <= b; i++) {
            if (doc.token(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Where the message before a post-posed cue starts: the sentence start or after a colon. */
    private int clauseStart(Sentence s, int boundary) {
        int start = s.start();
        for (Token t : doc.tokensOf(s)) {
            if (t.start() >= boundary) {
                break;
            }
            if ((t.text().equals(":") || t.text().equals(";")) && !inQuote(t.start())) {
                start = t.end();
            }
        }
        return start;
    }

    private int firstNominalAfter(int verb, Sentence s) {
        for (int i = verb + 1; i < s.endToken() && i <= verb + 4; i++) {
            Token t = doc.token(i);
            // a person's name the tagger took for an adjective is a name ("…, sagt Kurz – und …", where the dash is the noun)
            if (t.text().equals("sich")) {
                continue; // the reflexive is never the subject: "äußerte sich Vatikansprecher Navarro-Valls"
            }
            if (t.isNoun() || t.pos().equals("PRON") || personName(i)) {
                return i;
            }
            if (!t.pos().equals("DET") && !t.pos().equals("ADJ") && !t.pos().equals("PUNCT")
                    && !(t.pos().equals("NUM") && Character.isDigit(t.text().charAt(0)))) {
                return -1; // (a number may open the phrase, "sagt der 47-Jährige"; not a quotation mark tagged NUM)
            }
        }
        return -1;
    }

    /** Is token {@code i} part of a person's name the actor resolver found? */
    private boolean personName(int i) {
        ActorIndex.Ref r = actors.at(i);
        return r != null && r.type().equals("PERSON") && r.kind().equals("name");
    }

    /**
     * Can this token be someone who speaks: a resolved actor, a person or organisation, a pronoun,
     * a role or group noun, or a noun with such a name in apposition ("Programmdirektor Wayne Hale")?
     */
    private boolean agentive(int token) {
        if (agentiveWord(token)) {
            return true;
        }
        for (int c : doc.children(token)) {
            String rel = doc.token(c).baseRel();
            if ((rel.equals("appos") || rel.equals("flat")) && c > token && agentiveWord(c) && !doc.token(c).pos().equals("PRON")) {
                return true;
            }
        }
        return false;
    }

    private boolean agentiveWord(int token) {
        Token t = doc.token(token);
        if (actors.at(token) != null || t.pos().equals("PRON")) {
            return true;
        }
        if (!t.ner().equals("O")) {
            return !t.ner().contains("LOC");
        }
        var registry = org.lagebild.actors.registry.ActorRegistry.get();
        return registry.role(t.text(), lang).isPresent() || registry.sectorNoun(t.text(), lang).isPresent()
                || registry.descriptorClass(t.text(), lang).isPresent()
                || lang.equals("de") && t.isNoun() && speakingNoun(t.text().toLowerCase(Locale.ROOT));
    }

    /** Nouns outside the actor registry that make statements in news ({@code speaking-nouns-de.tsv}), lower case. */
    private static final List<String> SPEAKING_NOUNS = TsvResource.read("org/lagebild/statements/speaking-nouns-de.tsv", 2)
            .stream().map(r -> r.req(0, "lemma").toLowerCase(Locale.ROOT)).toList();

    /**
     * The inflected forms of {@link #SPEAKING_NOUNS}, built once ({@link #speakingNoun} runs on every
     * candidate speaker noun): the lemma with a noun ending, and for "-ium"/"-e" lemmas their stem with
     * a plural or feminine ending ("ministerium" → "ministerien", "experte" → "expertin"; the bare stem
     * "zeug" is no "zeuge").
     */
    private static final List<SpeakingForm> SPEAKING_FORMS = speakingForms();

    /** An inflected form of a speaking noun and the length of its lemma (short lemmas need a word boundary). */
    private record SpeakingForm(String word, int lemmaLength) {
    }

    private static List<SpeakingForm> speakingForms() {
        List<String> nounEndings = List.of("", "e", "en", "n", "s", "es", "in", "innen");
        List<String> stemEndings = List.of("en", "in", "innen");
        List<SpeakingForm> out = new ArrayList<>();
        for (String lemma : SPEAKING_NOUNS) {
            String stem = lemma.endsWith("ium") ? lemma.substring(0, lemma.length() - 2)
                    : lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : null;
            for (String ending : nounEndings) {
                out.add(new SpeakingForm(lemma + ending, lemma.length()));
            }
            if (stem != null) {
                for (String ending : stemEndings) {
                    out.add(new SpeakingForm(stem + ending, lemma.length()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Is {@code lower} (an inflected German noun) one of {@link #SPEAKING_NOUNS} or a compound with
     * one as its head ("verteidigungsministeriums", "spd-politiker", "expertinnen")? Short lemmas
     * ("amt") head a closed compound only after a hyphen or a linking "s" that ends a word of its
     * own ("bundesamt", not "samt" or "gesamt"), so that unrelated words ending in the same letters
     * do not count.
     */
    static boolean speakingNoun(String lower) {
        for (SpeakingForm f : SPEAKING_FORMS) {
            if (!lower.endsWith(f.word())) {
                continue;
            }
            int i = lower.length() - f.word().length();
            char before = i > 0 ? lower.charAt(i - 1) : ' ';
            if (i == 0 || before == '-' || f.lemmaLength() >= 5 || before == 's' && i >= 4) {
                return true;
            }
        }
        return false;
    }

    private boolean subjunctiveSpan(Span span) {
        return subjunctiveSpan(span, Set.of(Mood.SUBJUNCTIVE_I, Mood.SUBJUNCTIVE_II));
    }

    /** Has {@code span} a verb in one of {@code moods}? */
    private boolean subjunctiveSpan(Span span, Set<Mood> moods) {
        if (!lang.equals("de")) {
            return false;
        }
        for (int i = Math.max(0, doc.tokenAt(span.start())); i >= 0 && i < doc.tokens().size() && doc.token(i).start() < span.end(); i++) {
            Token t = doc.token(i);
            if (t.isVerb()) {
                var form = GermanVerbs.get().analyse(t.text(), null);
                if (form.isPresent() && moods.contains(form.get().mood())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A reported act whose message has a verb in Konjunktiv I ("Er bot eine Tischreservierung an, da er angeblich noch einen
     * Tisch habe") carries indirect speech: the form is indirect (German only).
     */
    private String reportedForm(String form, Span message) {
        return form.equals("reported") && subjunctiveSpan(message, Set.of(Mood.SUBJUNCTIVE_I)) ? "indirect" : form;
    }

    /** A "dass"/"ob" clause or a Konjunktiv clause below the verb: report content even for weak cues. */
    private boolean hasReportClause(int verb) {
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (!CLAUSE_RELS.contains(ct.baseRel())) {
                continue;
            }
            if (hasMark(c, "dass", "ob", "that")) {
                return true;
            }
            if (lang.equals("de") && subjunctiveClause(c)) {
                return true;
            }
        }
        return misattachedComplement(verb) >= 0 || decisionInfinitive(verb);
    }

    /** Verbs of deciding and intending ({@code decision-verbs-de.tsv}) whose zu-infinitive is the message. */
    private static final Set<String> DECISION_VERBS = TsvResource.read("org/lagebild/statements/decision-verbs-de.tsv", 1)
            .stream().map(r -> r.req(0, "lemma")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Is the lemma a German verb of deciding or intending ({@code decision-verbs-de.tsv})? */
    public static boolean decisionVerb(String lemma) {
        return DECISION_VERBS.contains(lemma);
    }

    /**
     * Does the sentence hold a preposition of the German verb's object that names what was said ("geht von einem
     * Anschlag aus", {@code reported-prepositions-de.tsv})? {@code words} are the sentence's words in lower case.
     */
    public static boolean speechObjectPreposition(String lemma, Set<String> words) {
        String[] preps = SPEECH_OBJECTS.get(lemma);
        if (preps == null) {
            return false;
        }
        for (String p : preps) {
            if (words.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** "beschloss, die Beleuchtung zu reduzieren": a German decision verb with a zu-infinitive complement (xcomp). */
    private boolean decisionInfinitive(int verb) {
        if (!lang.equals("de") || !DECISION_VERBS.contains(doc.token(verb).lemma())) {
            return false;
        }
        for (int c : doc.childrenWith(verb, "xcomp")) {
            Token x = doc.token(c);
            // "zu reduzieren", or "zurückzuholen" with the "zu" inside the particle verb
            boolean zu = x.text().indexOf("zu", 2) > 0 && x.text().endsWith("n");
            for (int m : doc.children(c)) {
                zu |= doc.token(m).text().equals("zu") && m < c;
            }
            if (x.isVerb() && zu) {
                return true;
            }
        }
        return false;
    }

    /**
     * The zu-infinitive of a German cue that says something ({@code strength <= 2}) or decides it
     * ({@code decision-verbs-de.tsv}), found by word order because the parser hangs it anywhere (under the
     * object, as a conjunct): "Die Bahn gab an, den Mitarbeiter nicht mehr einsetzen zu wollen", "Colomer
     * empfahl dem Gericht, der Klage stattzugeben", "Klien wurde vorgeworfen, an der Schlägerei beteiligt
     * gewesen zu sein". The comma must close the cue's own clause (no other verb between them), and the
     * infinitive is the first thing after it: no "um/ohne/statt … zu" (purpose), no finite verb before the
     * infinitive. Conjoined infinitives ("zu sorgen und die Täter zu belangen") belong to it. Null if none.
     */
    private Span infinitive(Sentence s, Token cue, int strength) {
        if (!lang.equals("de") || strength > 2 && !DECISION_VERBS.contains(cue.lemma())) {
            return null;
        }
        int comma = cue.index() + 1;
        for (; comma < s.endToken() && !doc.token(comma).text().equals(","); comma++) {
            Token w = doc.token(comma);
            if (w.pos().equals("VERB") || w.pos().equals("PUNCT") || comma - cue.index() > 12) {
                return null; // another clause, or the sentence ends ("gab an.") before any comma
            }
        }
        int from = comma + 1;
        if (from >= s.endToken() || doc.token(from).pos().equals("SCONJ")
                || INFINITIVE_CONJUNCTIONS.contains(doc.token(from).text().toLowerCase(Locale.ROOT))) {
            return null; // "…, weil …", "…, ob sie etwas zu tun hatten": a finite clause
        }
        int end = -1;
        for (int i = from; i < s.endToken(); i++) {
            Token w = doc.token(i);
            String text = w.text();
            if (text.equals(",") || text.equals(";") || text.equals(":") || w.pos().equals("PUNCT") && end >= 0) {
                break;
            }
            if (zuInfinitive(i)) {
                end = i;
                continue;
            }
            boolean chained = w.isVerb() && i + 1 < s.endToken() && (zuInfinitive(i + 1) || doc.token(i + 1).text().equals("zu")
                    || doc.token(i + 1).isVerb()); // "einsetzen zu wollen", "beteiligt gewesen zu sein"
            if (w.isVerb() && !chained) {
                return null; // a finite clause ("…, die Polizei versuche …", "…, wer etwas zu sagen hat")
            }
        }
        return end < 0 ? null : trim(doc.span(from, end));
    }

    /** Conjunctions whose zu-infinitive is an adverbial ("um … zu", "ohne … zu"), not what was said. */
    private static final Set<String> INFINITIVE_CONJUNCTIONS = Set.of("um", "ohne", "statt", "anstatt", "als", "und", "oder");

    /** A verb in the zu-infinitive: "zu" before it ("zu reduzieren", "zu sein") or inside it ("einzusetzen"). */
    private boolean zuInfinitive(int i) {
        Token w = doc.token(i);
        if (!w.isVerb()) {
            return false;
        }
        boolean zuBefore = i > 0 && doc.token(i - 1).text().equals("zu");
        return zuBefore || zuInside(w);
    }

    /** A zu-infinitive written as one word ("einzusetzen", "zuzugehen"). */
    public static boolean zuInside(Token w) {
        String x = w.text();
        return w.pos().equals("VERB") && x.indexOf("zu", 2) > 0 && x.endsWith("n") && Character.isLowerCase(x.charAt(0));
    }

    /**
     * The clause of a reported speech act without a leading prepositional attribution: in
     * "Nach Angaben Stoltenbergs wiesen die Nato-Staaten … zurück" the outer statement is
     * Stoltenberg's, the reported one starts at the verb.
     */
    private Span withoutAttribution(int verb) {
        int[] r = doc.subtreeRange(verb);
        int from = r[0];
        for (int c : doc.children(verb)) {
            int[] cr = doc.subtreeRange(c);
            if (cr[0] != from) {
                continue;
            }
            for (int i = cr[0]; i <= cr[1]; i++) {
                String w = doc.token(i).text().toLowerCase(Locale.ROOT);
                if (w.equals("angaben") || w.equals("laut") || w.equals("zufolge") || w.equals("according")) {
                    from = cr[1] + 1;
                    break;
                }
            }
        }
        return trim(doc.span(Math.min(from, r[1]), r[1]));
    }

    /** The child of verb {@code t} that forms a multiword cue with it ("bekannt" of "gab … bekannt"), or -1. */
    private int phraseWord(Token t) {
        for (int c : doc.children(t.index())) {
            if (phraseCue(t, c).isPresent()) {
                return c;
            }
        }
        return -1;
    }

    private Optional<Cue> phraseCue(Token verb, int word) {
        return cues.phrase(doc.token(word).text().toLowerCase(Locale.ROOT) + " " + verb.lemma(), lang);
    }

    /**
     * A complement clause the parser attached as a conjunct ("Zeitungen berichteten, es sei
     * gegen den Arzt ermittelt worden") or as a clausal modifier of the verb ("General Sonthi
     * erklärte, die Übergangsverfassung werde … festlegen", parsed as acl): a verb conjunct or
     * modifier right after a comma following the cue, without a coordinating conjunction, with
     * its own subject, a "dass"/"ob" or a Konjunktiv; else -1.
     */
    private int commaClause(int verb) {
        if (!lang.equals("de")) {
            return -1;
        }
        int cueSubject = subject(verb);
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            boolean clause = ct.baseRel().equals("conj") || ct.baseRel().equals("acl"); // acl on a verb is a misparse
            if (c < verb || !clause || !ct.isVerb() || firstChild(c, "cc") >= 0) {
                continue;
            }
            int from = doc.subtreeRange(c)[0];
            int comma = doc.token(from).text().equals(",") ? from : from - 1;
            if (comma <= verb || !doc.token(comma).text().equals(",")) {
                continue;
            }
            int subj = subject(c);
            boolean ownSubject = subj >= 0 && subj != cueSubject && ct.baseRel().equals("conj");
            if (ownSubject || hasMark(c, "dass", "ob") || subjunctiveClause(c)) {
                return c;
            }
        }
        return subjectClause(verb, cueSubject);
    }

    /** Words that open a relative clause after a comma ("die Agentur, die … berichte"), unless articles: no complement. */
    private static final Set<String> RELATIVE_OPENERS = Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen",
            "welche", "welcher", "welches", "welchem", "welchen", "wo", "was", "wer");

    /**
     * A complement clause the parser hung as acl under the cue's inverted subject ("meldete die Nachrichtenagentur
     * „Xinhua“, die Maschine sei … losgeflogen", "meldeten die Internet-Nachrichten der Tagesschau, Feldmann rechne …"):
     * right after a comma, not opened by a relative word, with a subject of its own and a "dass"/"ob" or a
     * Konjunktiv; else -1.
     */
    private int subjectClause(int verb, int cueSubject) {
        if (cueSubject <= verb) {
            return -1; // the clause after a subject before the verb is the subject's own ("Der Minister, der …, sagte")
        }
        int[] range = doc.subtreeRange(cueSubject);
        for (int c = cueSubject; c <= range[1]; c++) {
            Token ct = doc.token(c);
            if (!ct.baseRel().equals("acl") || !ct.isVerb() || ct.head() < cueSubject || ct.head() > range[1]
                    || !doc.token(ct.head()).isNoun() || firstChild(c, "cc") >= 0) {
                continue;
            }
            int from = doc.subtreeRange(c)[0];
            int comma = doc.token(from).text().equals(",") ? from : from - 1;
            if (comma <= verb || !doc.token(comma).text().equals(",") || comma + 1 >= c
                    || RELATIVE_OPENERS.contains(doc.token(comma + 1).text().toLowerCase(Locale.ROOT))
                    && !doc.token(comma + 1).pos().equals("DET")) { // "die Maschine sei …" opens with an article
                continue;
            }
            int subj = org.lagebild.nlp.Syntax.subject(doc, c);
            if (subj > comma && (hasMark(c, "dass", "ob") || subjunctiveClause(c))) {
                return c;
            }
        }
        return -1;
    }

    /** The clausal complement that carries what was said. */
    /**
     * English complements the parser split at their subject, which it made the cue's object: "Others argue
     * Brussels is assuming too much power" (the cue a clausal subject of "assuming"; also of a copula's
     * predicate: "analysts say the foiled cells are a worrying sign") and "Sahaar said the ban on books,
     * though, is of little surprise" (the predicate a loose dependent of the cue). The message runs from that
     * object to the end of the complement; null when the parse is not of either shape.
     */
    private Span invertedComplement(Token cue) {
        if (!lang.equals("en") || cue.lemma() == null || ADDRESSEE_OBJECT_EN.contains(cue.lemma())) {
            return null; // "told VOA other forces have …": the object is whom it was said to
        }
        int obj = doc.child(cue.index(), "obj");
        if (obj < cue.index()) { // none (-1), or before the cue
            return null;
        }
        int objEnd = doc.subtreeRange(obj)[1];
        int predicate = -1;
        if (cue.deprel().equals("csubj") && cue.head() > objEnd) {
            predicate = cue.head();
        } else {
            for (int c : doc.children(cue.index())) {
                String rel = doc.token(c).deprel();
                if (c > objEnd && (rel.equals("dep") || rel.equals("parataxis")) && doc.child(c, "nsubj") < 0) {
                    predicate = c;
                    break;
                }
            }
        }
        if (predicate < 0 || !finite(predicate)) {
            return null; // "rejected the budget, saying …", "praised the summit, described …": a second act
        }
        return trim(doc.span(doc.subtreeRange(obj)[0], doc.subtreeRange(predicate)[1]));
    }

    private static final Set<String> ADDRESSEE_OBJECT_EN = Set.of("tell", "inform", "brief", "assure", "remind", "notify",
            "ask", "urge", "advise");

    /**
     * A predicate with its own finite marker ("is", "were", "has", "will", "may"), or a verb that neither ends in
     * "-ing" nor follows a comma ("Prosecutors say A and B hired …").
     */
    private boolean finite(int predicate) {
        Token p = doc.token(predicate);
        for (int c : doc.children(predicate)) {
            String rel = doc.token(c).deprel();
            if (c < predicate && (rel.equals("aux") || rel.equals("cop"))) {
                return true;
            }
        }
        int first = doc.subtreeRange(predicate)[0];
        return p.pos().equals("VERB") && !p.text().endsWith("ing")
                && !(first > 0 && doc.token(first - 1).text().equals(","));
    }

    /** The complement verb of {@link #invertedComplement}: what is reported ("is assuming"), not a cue. */
    private boolean reportedByInvertedCue(Token verb) {
        if (!lang.equals("en")) {
            return false;
        }
        int csubj = doc.child(verb.index(), "csubj");
        int cueToken = csubj >= 0 ? csubj : verb.deprel().equals("dep") || verb.deprel().equals("parataxis") ? verb.head() : -1;
        if (cueToken < 0) {
            return false;
        }
        Token c = doc.token(cueToken);
        Optional<Cue> cue = c.lemma() == null ? Optional.empty() : cues.verb(c.lemma(), lang);
        Span inverted = cue.isPresent() && cue.get().strength() <= 2 ? invertedComplement(c) : null;
        return inverted != null && inverted.contains(verb.start());
    }

    /**
     * An English cue that says its own message after it ("…, saying the group was on a pace to …", "as the Kremlin said
     * that much remains to be done", "…, signaling its reluctance to …"): the clause before it is not the message, and a
     * participle never stands in inverted order ("…, said Casey Dexter-Lee" does).
     */
    private boolean ownComplementAfter(Token cue) {
        return lang.equals("en") && (clauseComplement(cue.index()) > cue.index()
                || participle(cue) && !hasMark(cue.index(), "as"));
    }

    /** "saying", "signaling"; not "according (to)", whose message is the clause before it. */
    private static boolean participle(Token cue) {
        String w = cue.text().toLowerCase(Locale.ROOT);
        return w.endsWith("ing") && !w.startsWith("accord");
    }

    /** Words that open a content clause even when the tagger misses its verb ("dass die USA … betrachteten"). */
    private static final Set<String> CONTENT_OPENERS = Set.of("dass", "daß", "ob", "wie", "was", "wer", "wo", "warum", "wann",
            "weshalb", "wieso", "weswegen", "welche", "welcher", "welches", "wohin", "woher", "inwiefern");

    /**
     * Is a complement the parse hung as a clause one, not a lone noun phrase ("gab … die Einstellung des Verfahrens
     * bekannt", "Er wurde … erklärt, im Strafrecht ein Status …")? A verb, an opening "dass"/"ob"/w-word, quoted words, a colon before
     * it or a closing "?"/"!" make it one. German only.
     */
    private boolean clauseLike(int clause) {
        Span span = trim(doc.subtreeSpan(clause));
        if (!lang.equals("de") || span == null || isQuoted(span) || containsVerb(span)) {
            return true;
        }
        int first = doc.tokenAt(span.start());
        String last = span.text().substring(span.length() - 1);
        return first <= 0 || CONTENT_OPENERS.contains(doc.token(first).text().toLowerCase(Locale.ROOT))
                || last.equals("?") || last.equals("!") || doc.token(first - 1).text().equals(":"); // "gesagt haben: Zu schön …"
    }

    /**
     * Is a complement the parse hung before the cue a fronted phrase with its relative clause, no clause of its own ("Günther
     * Platter, der …, der … inne hat, sagte …: „…“", "Die Angriffe auf Kirchhoff, der … gehört hatte, wollte er
     * zurückweisen")? Quoted words are a message. German only.
     */
    private boolean frontedPhrase(int clause, Token cue) {
        int[] r = doc.subtreeRange(clause);
        Span span = trim(doc.subtreeSpan(clause));
        return lang.equals("de") && r[1] < cue.index() && span != null && !isQuoted(span) && !inQuote(span.start())
                && phraseWithRelativeClause(r[0], r[1] + 1);
    }

    /** Relative pronouns that also are articles: the tagger may give either reading. */
    private static final Set<String> ARTICLE_RELATIVES = Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen");

    /**
     * Is a complement the parse hung after the cue a relative clause of a noun before it ("bestätigte die Identität des
     * 73-Jährigen, der 1963 untertauchte", "geht aus einer Pressemitteilung hervor, die am 11. Oktober veröffentlicht
     * wurde")? It opens after a comma with a relative pronoun, has no verb before its verb cluster, which ends the clause,
     * and the cluster's last verb is finite and not in Konjunktiv (a weak past form may be either). A content clause puts its finite verb second ("…, die Regierung
     * werde …"), and a relative clause in Konjunktiv carries what was said ("prangert Verbrechen an, die … verübt würden").
     * German only.
     */
    private boolean relativeComplement(int clause, Token cue) {
        int[] r = doc.subtreeRangeWithoutEdgePunct(clause);
        int first = r[0];
        if (!lang.equals("de") || first <= cue.index() || !doc.token(first - 1).text().equals(",")
                || !ARTICLE_RELATIVES.contains(doc.token(first).text().toLowerCase(Locale.ROOT)) || !doc.token(clause).isVerb()
                || doc.token(clause).deprel().equals("xcomp")) {
            return false;
        }
        int last = clause;
        while (last + 1 <= r[1] && doc.token(last + 1).pos().equals("AUX")) {
            last++;
        }
        int start = clause;
        while (start - 1 > first && doc.token(start - 1).pos().equals("VERB")) {
            start--; // "zugestimmt haben muss"; an auxiliary before the full verb is a main clause's ("müsse hingenommen werden")
        }
        for (int i = first + 1; i < start; i++) {
            String w = doc.token(i).text();
            if (doc.token(i).isVerb() || w.equals(",") || w.length() == 1 && (isOpenQuote(w.charAt(0)) || isCloseQuote(w.charAt(0)))) {
                return false; // quoted words are a message: "der Ehemann „konnte und wollte sich … nicht abfinden“"
            }
        }
        String after = last + 1 < doc.tokens().size() ? doc.token(last + 1).text() : ".";
        if (!(after.equals(",") || after.equals(".") || after.equals("und") || after.equals("oder") || last == r[1])
                || doc.token(start - 1).text().equalsIgnoreCase("zu")) {
            return false;
        }
        Token finite = doc.token(last);
        if (finite.text().equalsIgnoreCase(finite.lemma())) {
            return false; // the infinitive's form: "kündigte an, die Aufklärung mit Hochdruck vorantreiben (zu wollen)"
        }
        var form = GermanVerbs.get().analyse(finite.text(), null);
        return form.isPresent() && form.get().finite() && !form.get().mood().isSubjunctive(); // "untertauchte": either
    }

    private int clauseComplement(int verb) {
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (CLAUSE_RELS.contains(ct.baseRel()) && !ct.deprel().equals("xcomp") || ct.deprel().equals("xcomp") && ct.isVerb()) {
                return c;
            }
        }
        return misattachedComplement(verb);
    }

    /**
     * A "dass"/"ob" clause the parser hung on the comma after the cue ("Ärzte ohne Grenzen sagte, dass in Agok …",
     * "Hier stellte es fest, dass …", "dass" a dep of the comma, the clause's words scattered; German only): the message
     * runs from "dass" to the end of the sentence. Null when the cue has no such comma.
     */
    private Span danglingComplement(Token cue) {
        if (!lang.equals("de")) {
            return null;
        }
        for (int comma : doc.children(cue.index())) {
            if (comma < cue.index() || !doc.token(comma).text().equals(",") || comma + 1 >= doc.tokens().size()) {
                continue;
            }
            Token next = doc.token(comma + 1);
            String w = next.text().toLowerCase(Locale.ROOT);
            if (next.head() == comma && (w.equals("dass") || w.equals("ob"))) {
                Sentence s = doc.sentenceOf(cue.index());
                return trim(doc.span(comma + 1, s.endToken() - 1));
            }
        }
        return null;
    }

    /** Nominal dependents of a verb under which the parser may hang the verb's own complement clause. */
    private static final Set<String> NOMINAL_RELS = Set.of("nsubj", "obj", "iobj", "obl");

    /**
     * A "dass"/"ob" clause after the verb that the parser attached as ccomp to one of the verb's
     * nominal dependents instead of the verb ("Im gleichen Interview sagte der Verteidigungsminister,
     * dass …" with the clause under "Verteidigungsminister"; German only): nouns do not take ccomp,
     * so the clause is the verb's. -1 when there is none.
     */
    private int misattachedComplement(int verb) {
        if (!lang.equals("de")) {
            return -1;
        }
        for (int n : doc.children(verb)) {
            String rel = doc.token(n).baseRel();
            if (!NOMINAL_RELS.contains(rel) || !doc.token(n).isNoun()
                    || rel.equals("nsubj") && cues.noun(doc.token(n).text(), lang).isPresent()) {
                continue; // a subject that names what is said has the clause as its own ("Damit bestätigt sich die Befürchtung, dass …")
            }
            for (int c : doc.children(n)) {
                String crel = doc.token(c).baseRel();
                if (c > verb && (crel.equals("ccomp") || crel.equals("acl")) && hasMark(c, "dass", "ob")) {
                    return c;
                }
            }
        }
        return -1;
    }

    private int subject(int verb) {
        int subj = org.lagebild.nlp.Syntax.subject(doc, verb);
        if (subj >= 0 && passivePatient(verb, subj)) {
            subj = -1; // the agent, if any, speaks
        }
        if (subj < 0 && quotedSubject(verb)) {
            subj = doc.child(verb, "nsubj:pass");
        }
        if (subj >= 0 && subj < verb && lang.equals("de") && predicateClause(subj)) {
            // "Früher war die Welt … in Ordnung, …, sagte Kräuter": the parse made the quoted clause's predicate the
            // subject and the speaker an object; the speaker follows the verb
            subj = invertedSubject(verb);
        }
        int dateline = subj >= 0 ? datelineDash(doc.sentenceOf(subj)) : -1;
        if (dateline > subj) {
            // "Wien – Sonja Hammerschmid, …, fordert …", "Berlin – Im Rechtsstreit … hat der Altkanzler … geklagt": the parse
            // took the dateline's place for the subject; the subject is a phrase it hung after the dash if that names
            // someone (a name first: "Wirtschaftskammer-Präsident Christoph Leitl"), else another subject of the verb
            // or the phrase after the finite verb ("Wien – Einen Tag vor … hat der Ministerrat … beschlossen")
            int end = doc.subtreeRange(subj)[1];
            int best = -1;
            int width = 0;
            int name = -1;
            for (int i = dateline + 1; i <= end; i++) {
                Token x = doc.token(i);
                int[] r = doc.subtreeRange(i);
                if ((x.head() <= dateline || x.head() > end) && (x.isNoun() || x.pos().equals("PRON"))) {
                    if (actors.at(i) != null) {
                        name = i;
                        break;
                    }
                    if (r[1] - r[0] + 1 > width) {
                        best = i;
                        width = r[1] - r[0] + 1;
                    }
                }
            }
            best = name >= 0 ? name : best;
            if (best >= 0 && agentive(best)) {
                return best;
            }
            for (int c : doc.childrenWith(verb, "nsubj")) {
                if (c > dateline) {
                    return c;
                }
            }
            return invertedSubject(verb);
        }
        if (subj >= 0 && adverbialPhrase(subj)) {
            // "Am Montag sagte der 81-Jährige", "Am Rande der Konferenz hat der Minister bekanntgegeben":
            // the parse took the fronted adverbial for the subject; the subject follows the finite verb.
            int inverted = invertedSubject(verb);
            Token fronted = doc.token(subj);
            boolean none = inverted < 0 || doc.token(inverted).text().equalsIgnoreCase("es"); // the expletive itself
            if (none && impersonalEs(verb) && fronted.isNoun() && (documentNoun(fronted.lemma()) || agentive(subj))) {
                return subj; // "Im Bericht heißt es, …": with the expletive "es" the fronted source phrase is the source
            }
            return inverted;
        }
        if (subj >= 0) {
            String w = doc.token(subj).text().toLowerCase(Locale.ROOT);
            if (w.equals("es") || w.equals("it")) {
                // "heißt es in einem Positionspapier", "bei Russland Aktuell hieß es": the document or outlet is the source.
                for (int c : doc.children(verb)) {
                    if (doc.token(c).baseRel().equals("obl") && hasCase(c, "in", "bei", "aus")) {
                        return c; // also "aus Regierungskreisen hieß es", "Aus Paris hieß es"
                    }
                }
                int agent = agent(verb); // "hieß es vom Abgeordneten …"
                return agent >= 0 ? agent : sourceAfterEs(subj);
            }
            return subj;
        }
        int agent = agent(verb);
        if (agent < 0 && doc.token(verb).lemma().equals("verlauten")) {
            return obliqueWith(verb, "aus"); // impersonal "Aus Militärkreisen verlautete, dass …", "Wie aus X verlautete"
        }
        return agent;
    }

    /**
     * A subject whose phrase holds a clause of its own (a copula or a subject in it, not inside a relative or other
     * clause attached to the phrase): a predicate the parse took for a noun phrase ("Dieses Turnier ist … eines der
     * besten …, vielen Dank, sagte Thiem").
     */
    private boolean predicateClause(int subj) {
        int[] r = doc.subtreeRange(subj);
        for (int i = r[0]; i <= r[1]; i++) {
            Token x = doc.token(i);
            if (i == subj || !(x.deprel().equals("cop") || x.baseRel().equals("nsubj"))) {
                continue;
            }
            boolean inClause = false;
            for (int h = x.head(), steps = 0; h >= 0 && h != subj && steps < 30; h = doc.token(h).head(), steps++) {
                inClause |= doc.token(h).baseRel().equals("acl") || doc.token(h).isVerb();
            }
            if (!inClause) {
                return true;
            }
        }
        return false;
    }

    /** "zitieren": its passive subject is the one quoted ("Der Sprecher wurde mit den Worten zitiert, …"), who speaks. */
    private boolean quotedSubject(int verb) {
        return lang.equals("de") && "zitieren".equals(doc.token(verb).lemma());
    }

    /**
     * A German passive's subject the parse labelled a plain {@code nsubj} ("Neue Hacker-Kits würden … veröffentlicht",
     * "… würden wieder Schlepperaktivitäten festgestellt"): what is said or found, not who says it. Not "zitieren",
     * whose subject is the one quoted ("Der Vorsitzende wird … zitiert"), nor a perfect with "haben" ("wird es gesagt
     * haben").
     */
    private boolean passivePatient(int verb, int subj) {
        if (!doc.token(subj).deprel().equals("nsubj") || !lang.equals("de") || quotedSubject(verb)
                || !org.lagebild.nlp.Syntax.isPassive(doc, verb)) {
            return false;
        }
        for (int c : doc.children(verb)) {
            if (doc.token(c).baseRel().equals("aux") && "haben".equals(doc.token(c).lemma())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of a German cue verb the parse gave another relation, or -1: beside a reflexive "sich" an agentive
     * object is the subject ("äußerte sich Vatikansprecher Navarro-Valls", "beruft sich die Bank darauf": "sich" is the
     * object); a root verb's agentive "dep" nominal that opens the sentence ("Marktanalyst Robert Halver … kommentierte
     * „…“").
     */
    private int misparsedSubject(Sentence s, int verb) {
        if (!lang.equals("de")) {
            return -1;
        }
        boolean reflexive = false;
        int object = -1;
        int opening = -1;
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.text().equals("sich")) {
                reflexive = true;
            } else if (ct.baseRel().equals("obj") && ct.isNoun()) {
                object = object == -1 ? c : -2; // two objects: no misparse to mend
            } else if (ct.deprel().equals("dep") && ct.isNoun() && c < verb && doc.subtreeRange(c)[0] == s.firstToken()
                    && doc.token(verb).deprel().equals("root") && onlyCommasBetween(doc.subtreeRange(c)[1], verb)) {
                opening = c; // not "Kaiser: Ob es einen Sinn macht, …" (an interview's speaker label)
            }
        }
        if (reflexive && object >= 0 && agentive(object)) {
            return object;
        }
        return opening >= 0 && agentive(opening) ? opening : -1;
    }

    /** Whether only commas stand strictly between tokens {@code a} and {@code b}. */
    private boolean onlyCommasBetween(int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (!doc.token(i).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cue without subject or agent whose "in"/"bei" phrase names a report or document: the document is the source
     * ("In einem Bericht wurde vermutet, dass …", "In der Pressemitteilung wird gefordert, dass …", "Im Jahresbericht
     * steht, dass …"). Not a place or an occasion ("In Berlin wurde bekannt, dass …"), nor a passive with a patient
     * ("Der Vorsitzende wird in einer Presseerklärung zitiert": the one quoted speaks).
     */
    private int sourceAdjunct(int verb) {
        if (!lang.equals("de") || doc.child(verb, "nsubj:pass") >= 0) {
            return -1;
        }
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("obl") && ct.isNoun() && hasCase(c, "in", "im", "bei", "beim")
                    && (sourceNoun(ct.text().toLowerCase(Locale.ROOT)) || documentSource(ct))) {
                return c;
            }
        }
        return -1;
    }

    /** The agent of a passive or impersonal cue: "wurde von X mitgeteilt", "vom Presseamt bekannt gegeben", "was said by X". */
    private int agent(int verb) {
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if ((ct.baseRel().equals("obl") || ct.baseRel().equals("obl:agent")) && hasCase(c, "von", "vom", "by")) {
                return c; // "vom" is "von dem"
            }
        }
        return -1;
    }

    /** Fused preposition and article ("am", "im", "beim" …): a phrase they open is an adverbial, never a subject. */
    private static final Set<String> FUSED_PREPOSITIONS = org.lagebild.nlp.Syntax.FUSED_PREPOSITIONS_DE;

    /** Does the German noun phrase of {@code token} open with a fused preposition ("Am Montag", "Im Interview")? */
    private boolean adverbialPhrase(int token) {
        if (!lang.equals("de")) {
            return false;
        }
        if (doc.token(token).pos().equals("ADV")) {
            return true; // "Sinngemäß hofft Musk …", "Demnach …": an adverb is never the subject
        }
        int first = doc.subtreeRange(token)[0];
        while (first < token && doc.token(first).pos().equals("ADV")) {
            first++; // "Bereits im Dezember 2005 hatte …"
        }
        return FUSED_PREPOSITIONS.contains(written(first));
    }

    /**
     * The word as the text writes it, lower case: CoreNLP's multi-word-token step splits a fused preposition into two
     * words that keep its offsets ("am" → "an" + "dem", "zur" → "zu" + "der"), so on running text the fused forms of
     * {@link #FUSED_PREPOSITIONS} and {@link #ADJUNCT_PREPOSITIONS} are found only here (a corpus's own tokens keep them).
     */
    private String written(int token) {
        Token t = doc.token(token);
        return doc.text().substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    }

    /**
     * The noun of an "in"/"bei" phrase right after the expletive "es" that the parse hung elsewhere
     * ("heißt es in dem Schreiben wörtlich", "heißt es in dem Bericht, der … auflistet"), or -1 (German only).
     */
    private int sourceAfterEs(int es) {
        Sentence s = doc.sentenceOf(es);
        if (!lang.equals("de") || es + 2 >= s.endToken()) {
            return -1;
        }
        String prep = doc.token(es + 1).text().toLowerCase(Locale.ROOT);
        if (!(prep.equals("in") || prep.equals("im") || prep.equals("bei") || prep.equals("beim"))) {
            return -1;
        }
        for (int i = es + 2; i < Math.min(s.endToken(), es + 5); i++) {
            Token x = doc.token(i);
            if (x.isNoun()) {
                return i; // as an "in"/"bei" phrase the parse hangs on the verb, whatever its noun
            }
            if (!x.pos().equals("DET") && !x.pos().equals("ADJ")) {
                return -1;
            }
        }
        return -1;
    }

    /** Has the verb the expletive "es" after it ("heißt es", "hieß es")? */
    private boolean impersonalEs(int verb) {
        for (int c : doc.children(verb)) {
            if (c > verb && doc.token(c).text().equalsIgnoreCase("es") && (doc.token(c).baseRel().equals("expl")
                    || doc.token(c).baseRel().equals("nsubj"))) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase right after the finite verb of {@code verb}'s clause (its auxiliary when it has one), or -1. */
    private int invertedSubject(int verb) {
        int finite = verb;
        for (int c : doc.childrenWith(verb, "aux")) {
            finite = Math.min(finite, c);
        }
        Sentence s = doc.sentenceOf(finite);
        int subj = firstNominalAfter(finite, s);
        return subj >= 0 && !adverbialPhrase(subj) ? subj : -1;
    }

    /** The German verb's prepositional object that names what was said ("warnte vor einer Eskalation"), or -1. */
    private int speechObject(int verb) {
        String[] preps = lang.equals("de") ? SPEECH_OBJECTS.get(doc.token(verb).lemma()) : null;
        if (preps == null) {
            return -1;
        }
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("obl") && ct.isNoun() && hasCase(c, preps)) {
                return c;
            }
        }
        return -1;
    }

    private int nominalMessage(int verb) {
        int speechObject = speechObject(verb);
        if (speechObject >= 0) {
            return speechObject;
        }
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.deprel().equals("obj") && ct.isNoun()) {
                return c;
            }
        }
        // "sprach von …": German parses the preposition as a particle or an oblique.
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("obl") && hasCase(c, "von", "über", "of", "about")) {
                return c;
            }
            // "bezeichnete die Entscheidung als verantwortungsbewusst": the parse makes the object the
            // subject of a predicative "als" complement
            if (lang.equals("de") && ct.baseRel().equals("xcomp") && (ct.text().equalsIgnoreCase("als") || hasCase(c, "als"))
                    && doc.childrenWith(c, "nsubj").stream().anyMatch(n -> doc.token(n).isNoun())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The one quoted phrase without a verb of its own in a German reported act of characterising, outside the subject
     * ("nannte dies einen „Militärputsch“", "bezeichnete die Pläne als „Wortbruch“", "charakterisierte das Opfer als ein
     * „Beispiel …“"; {@code characterisation-verbs-de.tsv}, or right after "als"): the news corpus marks the quoted words
     * as the direct quotation (other reported acts with a quoted phrase, "sprach von einer „…“", "warnte vor einem
     * „…“", it marks either way). Null when there is none or more than one.
     */
    private Span quotedFragment(int verb, Span message) {
        if (!lang.equals("de") || message == null) {
            return null;
        }
        Span found = null;
        for (Span q : quotes) {
            if (q.start() < message.start() || q.end() > message.end()) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = q;
        }
        if (found == null || found.length() < 3) {
            return null;
        }
        Sentence s = doc.sentenceOf(verb);
        boolean afterAls = false; // "als „Wortbruch“", "als ein „Beispiel …“", "als das „größte Ereignis …“"
        for (int i = s.firstToken(); i < s.endToken() && doc.token(i).start() < found.start(); i++) {
            afterAls = doc.token(i).text().equalsIgnoreCase("als") && found.start() - doc.token(i).end() < 12;
        }
        if (!afterAls && !CHARACTERISING.contains(doc.token(verb).lemma())) {
            return null;
        }
        int subject = org.lagebild.nlp.Syntax.subject(doc, verb);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token x = doc.token(i);
            if (x.start() < found.start() || x.end() > found.end()) {
                continue;
            }
            if (x.isVerb() || x.pos().equals("AUX") || subject >= 0 && inSubtree(i, subject)) {
                return null; // a clause of its own, or the subject's name ("Die „Kampagne für ein Freies Tibet“")
            }
        }
        return inner(found);
    }

    /** Is {@code token} in the subtree of {@code head}? */
    private boolean inSubtree(int token, int head) {
        int[] r = doc.subtreeRange(head);
        return token >= r[0] && token <= r[1];
    }

    private Span adjacentQuote(Sentence s, Token cue) {
        Span best = null;
        for (Span q : quotes) {
            if (q.start() < s.start() || q.end() > s.end()) {
                continue;
            }
            String between = q.end() <= cue.start()
                    ? doc.text().substring(q.end(), cue.start())
                    : cue.end() <= q.start() ? doc.text().substring(cue.end(), q.start()) : null;
            if (between != null && between.length() < 60 && (between.contains(",") || between.contains(":"))
                    && (best == null || q.length() > best.length() + 2)) {
                best = inner(q);
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ prepositional cues

    /** A comma or a dash, which open a parenthetical insertion ("…, so Wieland, …", "… – so Canny – …"). */
    private static boolean insertionOpener(Token t) {
        return t.text().equals(",") || isDash(t);
    }

    private static boolean isDash(Token t) {
        return t.text().equals("–") || t.text().equals("—") || t.text().equals("-");
    }

    /**
     * The last token of a "so" insertion opened by a dash (at {@code so}) that closes with a dash followed by a comma or the
     * sentence end ("man sei dankbar – so Canny – , trotzdem …"; the tagger may take the closing dash for part of the name,
     * so it is looked for up to {@code end} + 1), or -1. Between dashes inside a phrase ("und – so der eigene Wunsch – eine
     * „Schärfung …“", "bei der - so seine Version der Zahlen - 1,5 Millionen") it comments on a word, not on a clause.
     */
    private int dashedInsertionEnd(Sentence s, int so, int end) {
        for (int close = so + 1; close <= end + 1 && close < s.endToken(); close++) {
            if (isDash(doc.token(close))) {
                int after = close + 1;
                boolean boundary = after >= s.endToken() || doc.token(after).text().equals(",")
                        || after == s.endToken() - 1 && doc.token(after).pos().equals("PUNCT");
                return boundary && close - 1 > so ? close - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "Der Grund …, so vermutet die Zeitung The Guardian, dürfte …", "…, so bestätigt das Gericht.": a parenthetical
     * insertion of "so", a finite cue verb and its subject after it (verb-first order, as in a post-posed "sagte er") reports
     * the clause around it. The cue is "so" with the verb, the speaker the verb's subject inside the insertion, the message
     * the clause without the insertion. Not after a conditional clause, opened by a subordinating conjunction or a
     * finite verb ("Wenn …, so zeigt die Studie, dass …", "Sollten sie davon erfahren, so gebe es keine Möglichkeit …":
     * a correlative "so" opens the main clause), nor with an object or expletive "es" in the insertion (a main clause,
     * not a parenthetical).
     */
    private boolean soVerbInsertion(Sentence s, Token so, int end) {
        int v = so.index() + 1;
        Token verb = doc.token(v);
        Token opener = doc.token(s.firstToken());
        if (!lang.equals("de") || !verb.pos().equals("VERB") || verb.lemma() == null || cues.verb(verb.lemma(), lang).isEmpty()
                || opener.pos().equals("SCONJ") || opener.isVerb() || opener.pos().equals("AUX")) {
            return false;
        }
        int subj = subject(v);
        if (subj <= v || subj > end) {
            subj = firstNominalAfter(v, s);
        }
        if (subj <= v || subj > end || !agentive(subj) || doc.token(subj).text().equalsIgnoreCase("es")) {
            return false;
        }
        int afterSubject = (doc.token(subj).pos().equals("PRON") ? subj : doc.subtreeRange(subj)[1]) + 1;
        if (afterSubject <= end && !doc.token(afterSubject).pos().equals("ADP") && !doc.token(afterSubject).pos().equals("ADV")) {
            return false; // another phrase after the subject: "…, so definieren sie die Grenzen" is a main clause
        }
        for (int c : doc.children(v)) {
            // besides the subject only adjuncts ("so schrieb diese in einer Stellungnahme"); an object makes a main clause
            String rel = doc.token(c).baseRel();
            boolean subjectWord = c == subj || doc.token(c).text().equalsIgnoreCase("es") || rel.equals("nsubj");
            if (c > v && c <= end && !subjectWord && !rel.equals("obl") && !rel.equals("advmod") && !rel.equals("punct")) {
                return false;
            }
        }
        for (int i = v + 1; i <= end; i++) {
            if (doc.token(i).text().equals("als")) {
                return false; // a predicative complement: "…, so nennt der Designer X als Inspirationsquellen" is a main clause
            }
        }
        Span message = soInsertionMessage(s, so.index() - 1, end);
        if (message == null) {
            return false;
        }
        Span cueSpan = doc.span(so.index(), v);
        StatementRecord.Cue cue = new StatementRecord.Cue(cueSpan.start(), cueSpan.end(), cueSpan.text(), verb.lemma(),
                List.of(Evidence.of(cueSpan)));
        add(party(subj, end), cue, message, isQuoted(message) ? "direct" : "indirect", "unknown", null, s);
        return true;
    }

    /**
     * The clause a "so" insertion from token {@code from} (its comma) to {@code end} reports: it starts at the sentence start
     * or after a colon or semicolon before the insertion. When the words before the insertion have a finite verb, they are
     * the clause ("Der Flug käme … gleich, so bestätigt das Gericht", "Hinter dem Anteil soll … stehen, so versichern Insider,
     * die …": a relative clause after the insertion is the source's); otherwise the insertion stands inside its clause ("Der
     * Grund, so vermutet die Zeitung, dürfte …") and the clause runs on to the sentence end. Null without a verb.
     */
    private Span soInsertionMessage(Sentence s, int from, int end) {
        int start = s.firstToken();
        for (int i = s.firstToken(); i < from; i++) {
            if (doc.token(i).text().equals(":") || doc.token(i).text().equals(";")) {
                start = i + 1;
            }
        }
        boolean verbBefore = false;
        for (int i = start; i < from; i++) {
            Token t = doc.token(i);
            verbBefore |= (t.isVerb() || t.pos().equals("AUX")) && !inQuote(t.start());
        }
        if (verbBefore) {
            return from - 1 >= start ? trim(doc.span(start, from - 1)) : null;
        }
        int last = s.endToken() - 1;
        boolean verbAfter = false;
        for (int i = end + 1; i <= last; i++) {
            verbAfter |= doc.token(i).isVerb() || doc.token(i).pos().equals("AUX");
        }
        return verbAfter && start <= last ? trim(doc.span(start, last)) : null;
    }

    /** "Laut ndr.de": a name the tagger makes an adjective, governed by the German preposition {@code cue}. */
    private boolean governedName(Token cue, int source) {
        Token x = doc.token(source);
        return lang.equals("de") && cue.deprel().equals("case") && cue.head() == source && x.pos().equals("ADJ")
                && !x.ner().equals("O");
    }

    /**
     * "Laut ndr.de …" with "Laut" tagged as the adjective modifying the source: an attributive German adjective is
     * inflected ("die laute Menge"), so an uninflected one opening its noun's phrase is the preposition (not one after
     * the noun's article: "von dem laut Polizei …", a parse that mixes two phrases).
     */
    private boolean uninflectedAttribute(Token t) {
        return lang.equals("de") && t.pos().equals("ADJ") && t.baseRel().equals("amod") && t.head() > t.index()
                && doc.token(t.head()).isNoun() && doc.subtreeRange(t.head())[0] == t.index();
    }

    private void prepositionalCue(Sentence s, Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        int speakerTok = -1;
        int actorTok = -1;
        int cueFrom = t.index();
        int cueTo = t.index();
        if (lang.equals("de")) {
            if (t.isNoun() && hasCase(t.index(), "nach", "gemäß") && (sourceNoun(w) || documentSource(t))) {
                // "Nach Angaben Stoltenbergs": the cue is the preposition, the speaker mention the
                // noun phrase "Angaben Stoltenbergs", the actor its genitive or possessive.
                speakerTok = t.index();
                actorTok = firstChild(t.index(), "nmod", "det:poss");
                cueFrom = caseToken(t.index());
                cueTo = cueFrom;
            } else if ((w.equals("laut") || w.equals("gemäß")) && (t.deprel().equals("case") || uninflectedAttribute(t))
                    && t.index() + 1 < s.endToken()
                    && !doc.token(t.index() + 1).pos().equals("ADP") && !doc.token(t.index() + 1).pos().equals("ADV")) {
                speakerTok = t.head();
            } else if (w.equals("zufolge") && (t.deprel().equals("case") || t.deprel().equals("mark")
                    || t.deprel().equals("compound:prt") && t.head() >= 0 && !cueVerb(doc.token(t.head())))) {
                // (also a postposition the parse made a clause's "mark" or a verb's particle: "haben Medieninformationen
                // zufolge … bezahlt", "warf Medienberichten zufolge … das Handtuch"; not the particle of a cue verb,
                // which takes it with it: "forderte X einer Mitteilung zufolge")
                speakerTok = postpositionObject(t.index(), s);
            } else if (w.equals("so") && t.index() > s.firstToken() && insertionOpener(doc.token(t.index() - 1))
                    && t.index() + 1 < s.endToken()) {
                // "…, so das Ministerium." / "…, so Wieland, …" / "… – so Canny – …": the source follows "so" up to the
                // next comma, dash or the sentence end.
                int end = t.index() + 1;
                while (end + 1 < s.endToken() && !doc.token(end + 1).pos().equals("PUNCT")) {
                    end++;
                }
                Token first = doc.token(t.index() + 1);
                if (isDash(doc.token(t.index() - 1))) {
                    end = dashedInsertionEnd(s, t.index(), end);
                    if (end < 0) {
                        return;
                    }
                }
                if (soVerbInsertion(s, t, end)) {
                    return;
                }
                if (!(first.isNoun() || first.pos().equals("DET") || first.pos().equals("ADJ")) || end - t.index() > 12) {
                    return;
                }
                int head = end;
                for (int i = t.index() + 1; i <= end; i++) {
                    int h = doc.token(i).head();
                    if ((h < t.index() + 1 || h > end) && doc.token(i).isNoun()) {
                        head = i;
                        break;
                    }
                }
                if (!doc.token(head).isNoun()) {
                    return;
                }
                // "so Joachim Banke gegenüber der Onlineausgabe des Spiegels", "so Suttner wörtlich":
                // the source ends before a prepositional phrase or adverb that is not part of the name
                int last = end;
                for (int i = head + 1; i <= end; i++) {
                    Token x = doc.token(i);
                    String xw = x.text().toLowerCase(Locale.ROOT);
                    // (an adjective after the head with no noun after it is adverbial: "so Suttner wörtlich", "so X weiter")
                    if (x.pos().equals("ADV") || x.pos().equals("ADP") && !xw.equals("von") && !xw.equals("vom")
                            || x.pos().equals("ADJ") && i == end) {
                        last = i - 1;
                        break;
                    }
                }
                Span message = clauseMinus(s, t.index() - 1, end);
                if (message == null) {
                    return;
                }
                Span cueSpan = doc.tokenSpan(t.index());
                StatementRecord.Cue cue = new StatementRecord.Cue(cueSpan.start(), cueSpan.end(), cueSpan.text(), "so",
                        List.of(Evidence.of(cueSpan)));
                int addressee = addressees.gegenueber(last + 1, end);
                add(party(head, last), cue, message, isQuoted(message) ? "direct" : "indirect", "unknown",
                        addressee < 0 ? null : party(addressee, addressees.lastToken(addressee, t.index())), s);
                return;
            } else if (w.equals("wonach") && t.index() - 2 >= s.firstToken() && doc.token(t.index() - 1).text().equals(",")) {
                // "Berichte, wonach der Oppositionsführer festgenommen worden sein soll": the noun
                // phrase before the comma is the source, the relative clause after "wonach" the message
                int source = phraseHeadBefore(t.index() - 1, s);
                int verb = t.head();
                if (source < 0 || verb <= t.index() || !doc.token(verb).isVerb()) {
                    return;
                }
                Span message = trim(doc.span(t.index() + 1, Math.max(t.index() + 1, doc.subtreeRange(verb)[1])));
                if (message != null) {
                    add(party(source, t.index() - 2), cueOf(t), message, isQuoted(message) ? "direct" : "indirect", "unknown", null, s);
                }
                return;
            } else if (relativeSource(s, t)) {
                // "Meinungsumfragen, nach denen 72 Prozent der Briten die EU-Verfassung ablehnen": the relative pronoun,
                // whose antecedent is a source noun, is the source (the corpus marks it), the clause after it the message
                int verb = t.head();
                Span message = trim(doc.span(t.index() + 1, Math.max(t.index() + 1, doc.subtreeRange(verb)[1])));
                if (message != null) {
                    add(party(t.index(), t.index()), cueOf(doc.token(t.index() - 1)), message,
                            isQuoted(message) ? "direct" : "indirect", "unknown", null, s);
                }
                return;
            } else if (w.equals("demnach") || w.equals("dem")) {
                // "demnach": the source is the one named before (a statement's speaker, or a document
                // or report the extractor does not take as a speaker: then none)
                if (w.equals("demnach")) {
                    StatementRecord prev = out.isEmpty() ? null : out.get(out.size() - 1);
                    Span message = clauseMinus(s, t.index(), t.index());
                    if (message != null) {
                        add(prev == null ? null : prev.speaker(), cueOf(t), message, "indirect",
                                prev == null ? "unknown" : prev.medium(), null, s);
                    }
                }
                return;
            }
        } else {
            if (w.equals("according") && t.index() + 1 < doc.tokens().size()
                    && doc.token(t.index() + 1).text().equalsIgnoreCase("to")) {
                cueTo = t.index() + 1;
                speakerTok = t.head() >= 0 && doc.token(t.head()).isNoun() ? t.head() : nextNoun(t.index() + 2, s);
            }
        }
        if (speakerTok < 0 || !doc.token(speakerTok).isNoun() && !doc.token(speakerTok).pos().equals("PRON")
                && !governedName(t, speakerTok)) {
            return;
        }
        int[] cueRange = doc.subtreeRange(speakerTok);
        int adjacent = lang.equals("de") && cueRange[1] == speakerTok ? adjacentOwner(speakerTok, s) : -1;
        if (adjacent >= 0) {
            cueRange = new int[] {cueRange[0], ownerEnd(adjacent, s)};
            actorTok = actorTok < 0 ? adjacent : actorTok;
        }
        int from = Math.min(cueFrom, cueRange[0]);
        int sourceEnd = sourceEnd(speakerTok, w.equals("zufolge") && speakerTok < t.index() ? Math.min(cueRange[1], t.index() - 1) : cueRange[1]);
        int to = Math.max(cueTo, sourceEnd);
        int[] relative = speakerTok > cueFrom ? sourceRelativeClause(speakerTok, s) : null;
        if (relative != null && relative[0] <= sourceEnd + 1) {
            // "Nach übereinstimmenden Angaben der New York Times, die sich auf … stützen, kommt …": the relative clause
            // belongs to neither the source nor the message
            sourceEnd = Math.min(sourceEnd, relative[0] - 1);
            to = Math.max(to, relative[1]);
        }
        Span message = clauseMinus(s, from, to);
        if (message == null) {
            return;
        }
        Span cueSpan = doc.span(cueFrom, cueTo);
        StatementRecord.Cue cue = new StatementRecord.Cue(cueSpan.start(), cueSpan.end(), cueSpan.text(), w, List.of(Evidence.of(cueSpan)));
        Party speaker = party(speakerTok, sourceEnd);
        if (adjacent >= 0 && sourceEnd > speakerTok && doc.token(sourceEnd).end() > speaker.end()) {
            Span whole = Span.of(doc.text(), speaker.start(), doc.token(sourceEnd).end()); // beyond the noun's subtree
            speaker = new Party(speaker.actor(), whole.start(), whole.end(), whole.text());
        }
        if (actorTok >= 0 && speaker.actor() == null) {
            Party owner = party(actorTok);
            speaker = new Party(owner.actor(), speaker.start(), speaker.end(), speaker.text());
        }
        if (speaker.actor() == null && actorTok < 0 && lang.equals("de")
                && sourceNoun(doc.token(speakerTok).text().toLowerCase(Locale.ROOT))) {
            // "Seinen Angaben zufolge", "laut Angaben der Beobachtungsstelle": the source noun's owner, as after "nach"
            // (a genitive or "von" phrase; not another phrase the parse hung on it: "den Angaben zufolge um Mikola Rubzew")
            int owner = firstChild(speakerTok, "nmod", "det:poss");
            for (int c : doc.children(speakerTok)) {
                if (owner < 0 && org.lagebild.nlp.Syntax.isPossessive(doc.token(c))) {
                    owner = c; // "Seiner Einschätzung nach": the parser's plain det
                }
            }
            if (owner >= 0 && (caseToken(owner) == owner || hasCase(owner, "von", "vom"))) {
                speaker = new Party(party(owner).actor(), speaker.start(), speaker.end(), speaker.text());
            }
        }
        if (speaker.actor() == null && lang.equals("de")) {
            ActorIndex.Ref owner = ownSource(speakerTok);
            if (owner != null) {
                speaker = new Party(owner.actor(), speaker.start(), speaker.end(), speaker.text());
            }
        }
        int addressee = addressees.gegenueber(cueRange[0], cueRange[1]); // "nach Angaben Seuglings gegenüber dem Weser-Kurier"
        add(speaker, cue, message, isQuoted(message) ? "direct" : "indirect", "unknown",
                addressee < 0 ? null : party(addressee, addressees.lastToken(addressee, t.index())), s);
    }

    /** Whether {@code v} is a verb of the cue lexicon (by its lemma) of strength 1 or 2 ("fordern", not "werfen"). */
    private boolean cueVerb(Token v) {
        return v.isVerb() && v.lemma() != null
                && cues.verb(v.lemma().toLowerCase(Locale.ROOT), lang).filter(c -> c.strength() <= 2).isPresent();
    }

    private static final Set<String> DASHES = Set.of("–", "-", "—");

    private static final Set<String> GENITIVE_OPENERS = Set.of("der", "des", "eines", "einer", "von", "vom", "aus");

    /**
     * The owner of a source noun that the parse hung elsewhere though it follows the noun directly ("wurden nach Angaben
     * der Polizei 18 Menschen getötet": "der Polizei" parsed as the verb's dative): the head noun of a genitive, "von" or
     * "aus" phrase right after it, or of a strong genitive plural ("nach Angaben unabhängiger Experten"); else -1.
     */
    private int adjacentOwner(int noun, Sentence s) {
        if (!sourceNoun(doc.token(noun).text().toLowerCase(Locale.ROOT)) || noun + 2 >= s.endToken()) {
            return -1;
        }
        int i = noun + 1;
        if (!genitiveOpener(i) && !(doc.token(i).pos().equals("ADJ") && genitiveAttribute(i))) {
            return -1;
        }
        for (int k = i; k < Math.min(s.endToken(), i + 4); k++) {
            Token x = doc.token(k);
            if (x.isNoun() || x.pos().equals("PROPN")) {
                return k;
            }
            if (!(x.pos().equals("DET") || x.pos().equals("ADJ") || x.pos().equals("ADP") && k == i)) {
                return -1;
            }
        }
        return -1;
    }

    /** Does token {@code i} open a genitive or "von"/"aus" attribute ("der", "des", "eines", "einer", "von", "vom", "aus")? */
    private boolean genitiveOpener(int i) {
        return GENITIVE_OPENERS.contains(doc.token(i).text().toLowerCase(Locale.ROOT));
    }

    /** The last token of an adjacent owner's phrase: its subtree and a name right after it, up to a verb, number or comma. */
    private int ownerEnd(int owner, Sentence s) {
        int end = Math.max(owner, doc.subtreeRange(owner)[1]);
        while (end + 1 < s.endToken() && doc.token(end + 1).pos().equals("PROPN") && !doc.token(end + 1).ner().equals("O")) {
            end++; // "von Staatsanwalt Molins" with the name parsed apart (a name, not "Experten Senfgas")
        }
        for (int i = owner + 1; i <= end && i < s.endToken(); i++) {
            Token x = doc.token(i);
            if (x.isVerb() || x.pos().equals("AUX") || x.pos().equals("NUM") || x.text().equals(",")
                    || i == owner + 1 && x.pos().equals("NOUN") && x.head() == owner && x.baseRel().equals("appos")) {
                // (a common noun the parse set beside the owner is the clause's: "nach Angaben unabhängiger Experten |
                // Senfgas eingesetzt")
                end = i - 1;
                break;
            }
        }
        while (end > owner && DANGLING.contains(doc.token(end).pos())) {
            end--; // "der Zentralbank im" cut before the number: no preposition without its noun
        }
        return end;
    }

    private static final Set<String> DANGLING = Set.of("ADP", "DET", "ADJ", "CCONJ");

    /**
     * "nach eigenen Angaben", "eigenen Angaben zufolge", "laut eigener Aussage": the source is the subject of the clause
     * the phrase belongs to ("Die USA haben nach eigenen Angaben …", "Zschäpe ist nach eigenen Angaben … geschlagen
     * worden", "der Hacker Marcel Lazar, der nach eigenen Angaben …"). The corpus and the record keep the phrase as the
     * speaker mention; this gives its actor, or null.
     */
    private ActorIndex.Ref ownSource(int noun) {
        boolean own = false;
        for (int c : doc.children(noun)) {
            own |= doc.token(c).baseRel().equals("amod") && doc.token(c).text().toLowerCase(Locale.ROOT).startsWith("eigene");
        }
        // (the clause's predicate; a noun when the parse made the auxiliary's object the root: "Die USA haben nach
        // eigenen Angaben keinen Hinweis")
        int pred = doc.token(noun).head();
        if (!own || pred < 0) {
            return null;
        }
        int subj = org.lagebild.nlp.Syntax.subject(doc, pred);
        if (subj < 0) {
            subj = doc.child(pred, "nsubj:pass"); // the owner of "eigene Angaben" in a passive is its subject too
        }
        if (subj < 0) {
            return null;
        }
        int dateline = datelineDash(doc.sentenceOf(subj));
        if (dateline > subj) {
            // a dateline the parse made the subject ("Athen – Mazedonien hat nach eigenen Angaben …", "München – Die …
            // NSU-Rechtsterroristin Beate Zschäpe ist nach eigenen Angaben …"): the subject is the phrase it hung after the dash
            int after = -1;
            for (int c : doc.children(subj)) {
                if (c > dateline && doc.token(c).isNoun()) {
                    after = c;
                    break;
                }
            }
            if (after < 0) {
                return null;
            }
            subj = after;
        }
        Token st = doc.token(subj);
        if ((st.pos().equals("PRON") || st.pos().equals("DET")) && doc.token(pred).baseRel().equals("acl")
                && org.lagebild.nlp.Syntax.RELATIVE_PRONOUNS_DE.contains(st.text().toLowerCase(Locale.ROOT))) {
            // a relative clause's pronoun: its antecedent, the noun the clause hangs on (not a verb the parse hung an
            // extraposed clause on: "… vom Hacker Marcel Lazar enthüllt, der nach eigenen Angaben …")
            subj = doc.token(pred).head();
            if (!doc.token(subj).isNoun()) {
                return null;
            }
        }
        // (the first part of a compound is not the subject's actor when a name follows: "Der US-Schauspieler Bryan
        // Cranston" is Cranston, not the USA)
        boolean compound = subj + 1 < doc.tokens().size() && doc.token(subj + 1).text().equals("-");
        ActorIndex.Ref named = compound ? titledName(subj) : null;
        if (named != null) {
            return named;
        }
        ActorIndex.Ref ref = actors.at(subj);
        return ref != null ? ref : titledName(subj);
    }

    /**
     * The head of the noun phrase right before a postposition ("ersten Angaben zufolge", "Angaben
     * der Polizei zufolge"): the parse often hangs "zufolge" on a noun of the message instead
     * ("zufolge … vier angreifende Terroristen"); word order is reliable. From the word before,
     * up through nominal attributes to the phrase's head; the parse's head if there is no noun before.
     */
    private int postpositionObject(int post, Sentence s) {
        int i = phraseHeadBefore(post, s);
        return i >= 0 ? i : doc.token(post).head();
    }

    /**
     * The head of the noun phrase that ends right before token {@code end} (a postposition, or the
     * comma before "wonach"): from the word before up through nominal attributes; -1 when that
     * word is no noun or pronoun.
     */
    private int phraseHeadBefore(int end, Sentence s) {
        int i = end - 1;
        if (i < s.firstToken() || isCloseQuote(doc.token(i).text().charAt(0)) && --i < s.firstToken()) {
            return -1;
        }
        if (!(doc.token(i).isNoun() || doc.token(i).pos().equals("PRON"))) {
            return -1;
        }
        for (int steps = 0; steps < 6; steps++) {
            Token x = doc.token(i);
            int h = x.head();
            String rel = x.baseRel();
            boolean compound = i > s.firstToken() && doc.token(i - 1).text().equals("-") && doc.token(i - 1).end() == x.start();
            if (sourceNoun(x.text().toLowerCase(Locale.ROOT)) && !genitiveOpener(doc.subtreeRange(i)[0]) && !compound) {
                break; // the source noun heads the phrase ("die Staatsanwaltschaft | örtlichen Medienberichten zufolge": a noun
                       // before it that the parse hung it on is the clause's subject), unless it is a genitive attribute
                       // itself ("dem Ergebnis einer Studie zufolge")
            }
            int von = vonBefore(i, s);
            if (von > s.firstToken() && doc.token(von - 1).isNoun()) {
                i = von - 1; // "dem Bericht vom Donnerstag zufolge", whatever the parse hung "vom Donnerstag" on
                continue;
            }
            if (h < s.firstToken() || h >= i || !doc.token(h).isNoun()
                    || !(rel.equals("nmod") || rel.equals("appos") || rel.equals("flat"))) {
                break;
            }
            i = h;
        }
        return i;
    }

    /** The "von" ("vom") opening the phrase that ends with noun {@code noun} (articles and adjectives between), or -1. */
    private int vonBefore(int noun, Sentence s) {
        int j = noun - 1;
        while (j >= s.firstToken() && (doc.token(j).pos().equals("DET") || doc.token(j).pos().equals("ADJ")
                || doc.token(j).pos().equals("NUM"))) {
            j--;
        }
        return j >= s.firstToken() && doc.token(j).pos().equals("ADP") && doc.token(j).text().equalsIgnoreCase("von") ? j : -1;
    }

    /**
     * The last token of the source phrase headed by {@code head} (at most {@code max}): the parse
     * often attaches words of the message to the source noun ("nach jüngsten Untersuchungen
     * international geächtete Chemikalien", "gemäß einem Augenzeugen im weiten Umkreis"), so the
     * phrase ends before a preposition other than "von", a verb, an adverb or an adjective right
     * after the noun; genitive attributes, "von"-phrases and names stay.
     */
    private int sourceEnd(int head, int max) {
        for (int i = head + 1; i <= max && i < doc.tokens().size(); i++) {
            Token x = doc.token(i);
            String w = x.text().toLowerCase(Locale.ROOT);
            boolean afterNoun = doc.token(i - 1).isNoun();
            // a preposition ends the phrase when its noun hangs on the source noun itself ("einem
            // Augenzeugen im weiten Umkreis"), not when it qualifies an attribute ("Angaben der
            // US-Botschafterin bei der Nato")
            boolean ownPp = x.pos().equals("ADP") && !w.equals("von") && !w.equals("vom") && !w.equals("aus") && !w.equals("of")
                    && (x.head() < 0 || doc.token(x.head()).head() == head || x.head() == head);
            if (x.isVerb() || x.pos().equals("ADV") || ownPp || x.pos().equals("ADJ") && afterNoun && !genitiveAttribute(i)
                    || afterNoun && newPhrase(i)) {
                return i - 1;
            }
        }
        return max;
    }

    /**
     * A German relative clause right after the source phrase headed by {@code head} ("nach Angaben der Times, die sich auf
     * … stützen, …", "laut einem Artikel von „BBC News“, der sich auf die Daten der IADB beruft, …"): the comma before the
     * relative word (a preposition before it allowed: "bei denen") and the comma that closes the clause right after its
     * verb, or null. Commas after a truncated compound ("Kongress-, Militär- und …") are inside it; any other comma before
     * the closing one means no simple relative clause (an apposition: "laut Müller, der Sprecher des Amtes, …").
     */
    private int[] sourceRelativeClause(int head, Sentence s) {
        if (!lang.equals("de")) {
            return null;
        }
        int open = -1;
        for (int i = head + 1; i + 1 < s.endToken() && i <= head + 12; i++) {
            Token x = doc.token(i);
            if (x.isVerb() || END_PUNCT.contains(x.text())) {
                return null;
            }
            if (x.text().equals(",")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        int rel = open + 1;
        if (doc.token(rel).pos().equals("ADP") && rel + 1 < s.endToken()) {
            rel++;
        }
        if (!org.lagebild.nlp.Syntax.RELATIVE_FORMS_DE.contains(doc.token(rel).text()) && !doc.token(rel).text().equals("deren")
                && !doc.token(rel).text().equals("dessen")) {
            return null;
        }
        for (int k = rel + 1; k < s.endToken() - 1; k++) {
            Token x = doc.token(k);
            if (END_PUNCT.contains(x.text()) || isDash(x)) {
                return null;
            }
            if (!x.text().equals(",")) {
                continue;
            }
            Token before = doc.token(k - 1);
            if (before.isVerb() && k - 1 > rel) {
                // verb-final: no verb before the closing verb group ("dem Direktor der Behörde hatten die Meteorologen …
                // gewarnt," is an apposition without its comma, then the main clause)
                int group = k - 1;
                while (group - 1 > rel && doc.token(group - 1).isVerb()) {
                    group--;
                }
                for (int i = rel + 1; i < group; i++) {
                    if (doc.token(i).isVerb()) {
                        return null;
                    }
                }
                return new int[] {open, k};
            }
            if (!before.text().endsWith("-")) {
                return null;
            }
        }
        return null;
    }

    /** Articles that cannot open a genitive attribute: after a noun they open a phrase of their own. */
    private static final Set<String> NON_GENITIVE_ARTICLES = Set.of("die", "das", "den", "dem", "ein", "einen", "einem");

    /**
     * Does token {@code i}, right after a noun of a German source phrase, open another phrase the parse hung on the source
     * ("laut Angaben des ZDFs die Jahre …", "laut aktueller Statistik 2.232.018 Passagiere"): an article that is no
     * genitive (in lower case: "DIE WELT" is a name), or a number that counts the noun after it ("im Juni 2007", "vom
     * Sommer 2011 müssen …" and "§ 132a StGB" stay)?
     */
    private boolean newPhrase(int i) {
        Token x = doc.token(i);
        if (!lang.equals("de")) {
            return false;
        }
        return x.pos().equals("DET") && NON_GENITIVE_ARTICLES.contains(x.text())
                || x.pos().equals("NUM") && i + 1 < doc.tokens().size() && doc.token(i + 1).pos().equals("NOUN")
                    && doc.token(i + 1).sentence() == x.sentence() && doc.token(i - 1).text().chars().filter(Character::isLetter).count() > 1;
    }

    /**
     * An adjective in the strong genitive plural that opens an attribute of the noun before it
     * ("Angaben libanesischer Sicherheitskreise", "Berichten britischer Zeitungen"), not one of the
     * message ("Untersuchungen international geächtete Chemikalien"): "-er" and a noun right after.
     */
    private boolean genitiveAttribute(int adj) {
        String w = doc.token(adj).text();
        return lang.equals("de") && w.endsWith("er") && adj + 1 < doc.tokens().size() && doc.token(adj + 1).isNoun()
                && doc.token(adj + 1).sentence() == doc.token(adj).sentence();
    }

    /**
     * Nouns that name a source after "nach": "Angaben", "Ansicht", "Untersuchungen",
     * compounds such as "Polizeiangaben" or "Medienberichten" (the lexicon's nouns of
     * strength 1–2, in any inflection or as the head of a compound).
     */
    private boolean sourceNoun(String lower) {
        for (String lemma : sourceNouns()) {
            int i = lower.lastIndexOf(lemma);
            if (i >= 0 && (i == 0 || lemma.length() >= 5)) {
                String rest = lower.substring(i + lemma.length());
                if (rest.isEmpty() || rest.equals("en") || rest.equals("n") || rest.equals("e") || rest.equals("s")
                        || rest.equals("es") || rest.equals("se") || rest.equals("sen")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Document nouns that are a source after "nach" ({@code document-sources-de.tsv}): lemma → also with a definite article. */
    private static final java.util.Map<String, Boolean> DOCUMENT_SOURCES = TsvResource.read("org/lagebild/statements/document-sources-de.tsv", 2)
            .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r.req(0, "lemma").toLowerCase(Locale.ROOT),
                    r -> r.req(1, "definite").equals("yes")));

    /** A German noun lemma as {@code document-sources-de.tsv} lists it: lower case, a compound's part after its last dash. */
    private static String documentKey(String lemma) {
        String lower = lemma.toLowerCase(Locale.ROOT);
        int dash = lower.lastIndexOf('-');
        return dash >= 0 ? lower.substring(dash + 1) : lower;
    }

    /** Whether a German noun lemma names a document that can be a source after "nach"/"gemäß" (for the parse selection). */
    public static boolean documentNoun(String lemma) {
        return DOCUMENT_SOURCES.containsKey(documentKey(lemma));
    }

    /** "nach einem EU-Dokument", "nach dem Grundgesetz": a document noun (or compound) with an article that makes it a source. */
    private boolean documentSource(Token t) {
        Boolean definite = DOCUMENT_SOURCES.get(documentKey(t.lemma() == null ? t.text() : t.lemma()));
        if (definite == null) {
            return false;
        }
        for (int c : doc.childrenWith(t.index(), "det")) {
            String d = doc.token(c).text().toLowerCase(Locale.ROOT);
            if (d.startsWith("ein")) {
                return true;
            }
        }
        return definite;
    }

    private List<String> sourceNouns() {
        List<String> out = SOURCE_NOUNS.get(lang);
        if (out == null) {
            out = cues.all(lang).stream().filter(c -> c.kind() == Cue.Kind.NOUN && c.strength() <= 2)
                    .map(c -> c.lemma().toLowerCase(Locale.ROOT)).toList();
            SOURCE_NOUNS.put(lang, out);
        }
        return out;
    }

    private static final java.util.Map<String, List<String>> SOURCE_NOUNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The sentence minus the token range [from, to] and its punctuation, if what is left is a clause. */
    private Span clauseMinus(Sentence s, int from, int to) {
        int a = s.firstToken();
        int b = s.endToken() - 1;
        if (from <= a + 1) {
            a = to + 1;
        } else if (to >= b - 1) {
            b = from - 1;
        }
        Span span = a <= b ? trim(doc.span(a, b)) : null;
        if (span == null) {
            return null;
        }
        // Must contain a finite verb outside the cue phrase.
        for (int i = a; i <= b; i++) {
            if ((i < from || i > to) && doc.token(i).isVerb()) {
                return span;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ continuation

    /**
     * Are the statements of sentence {@code s} from {@code from} on all cued by the sentence's root, a cue verb in Konjunktiv I
     * ("Er gehe davon aus, dass …", "Dieser behaupte, Spector sei …", "Der 58-Jährige habe darin geschrieben, …")? Konjunktiv
     * I in the main clause marks the whole sentence as reported: it continues the last speaker, and the cue's statement is
     * nested in it (German only; indicative cues, "Er geht davon aus", report the narrator's own account).
     */
    private boolean reportedCue(Sentence s, int from) {
        if (!lang.equals("de")) {
            return false;
        }
        int root = root(s);
        if (root < 0 || inQuote(doc.token(root).start()) || !finiteSubjunctiveI(root)) {
            return false;
        }
        for (int i = from; i < out.size(); i++) {
            StatementRecord.Cue cue = out.get(i).cue();
            if (cue == null || cue.start() != doc.token(root).start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Is the finite verb of {@code root}'s clause in Konjunktiv I: the root itself, or an auxiliary of it with no comma
     * between them ("habe darin geschrieben"; not "Sie sei geschockt, sagte die Königin" with "sei" misparsed as the
     * auxiliary of "sagte")?
     */
    private boolean finiteSubjunctiveI(int root) {
        List<Integer> finite = new ArrayList<>(doc.childrenWith(root, "aux"));
        finite.add(root);
        for (int f : finite) {
            boolean comma = false;
            for (int i = Math.min(f, root); i < Math.max(f, root); i++) {
                comma |= doc.token(i).text().equals(",");
            }
            var form = GermanVerbs.get().analyse(doc.token(f).text(), null);
            if (doc.token(f).isVerb() && !comma && form.isPresent() && form.get().mood() == Mood.SUBJUNCTIVE_I) {
                return true;
            }
        }
        return false;
    }

    /** The last token of sentence {@code s} the parse made a root, or -1. */
    private int root(Sentence s) {
        int root = -1;
        for (Token t : doc.tokensOf(s)) {
            if (t.deprel().equals("root")) {
                root = t.index();
            }
        }
        return root;
    }

    /** "So habe Russland kein Vetorecht …": Konjunktiv without a cue continues the last speaker. */
    private void continuation(Sentence s, StatementRecord previous, int previousSentence) {
        if (!lang.equals("de")) {
            return;
        }
        int root = root(s);
        if (root < 0 || !subjunctiveClause(root)) {
            return;
        }
        Span message = trim(doc.sentenceSpan(s));
        if (message == null || !isQuoted(message) && firstPersonIndicative(root)) {
            return;
        }
        int first = s.firstToken();
        int introducer = isQuoted(message) && isOpenQuote(doc.text().charAt(doc.token(first).start())) ? colonClauseVerb(s, first) : -1;
        if (introducer >= 0) {
            // "Auch die US-Delegationsleiterin … äußerte sich zufrieden über den Bericht: | „Wir haben …“": a quotation after
            // a colon that ends the sentence before is introduced by that clause, not continued from the last statement
            add(party(subject(introducer)), cueOf(doc.token(introducer)), message, "direct", previous.medium(), null, s);
            return;
        }
        add(continuedSpeaker(s, previous, previousSentence), null, message, isQuoted(message) ? "direct" : "indirect_free_indirect",
                previous.medium(), null, s);
    }

    /**
     * Is verb {@code v} the head of a content clause of a cue noun or verb ("wagte die Prognose, bei der Kanzlerwahl würden
     * nicht alle SPD-Abgeordneten … stimmen:")? Its subject is part of what is said, not the one who says it.
     */
    private boolean complementOfCue(int v) {
        Token t = doc.token(v);
        if (!(t.baseRel().equals("acl") || t.baseRel().equals("ccomp")) || t.head() < 0) {
            return false;
        }
        Token h = doc.token(t.head());
        return h.isNoun() && cues.nounForm(h.text(), lang).isPresent()
                || h.pos().equals("VERB") && h.lemma() != null && cues.verb(h.lemma(), lang).isPresent();
    }

    /**
     * Is the offset inside the content of a statement found so far, a message that leaves out its cue ("wagte die Prognose,
     * bei der Kanzlerwahl würden … stimmen:": a verb there is reported, it introduces nothing)? A reported act's message,
     * which holds its own cue ("Sie äußerte sich … zufrieden:"), does not count.
     */
    private boolean inStatement(int offset) {
        for (StatementRecord r : out) {
            boolean content = r.cue() != null && (r.cue().start() < r.quote().start() || r.cue().start() >= r.quote().end());
            if (content && r.quote().start() <= offset && offset < r.quote().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A main clause in Konjunktiv I without a cue and without a statement nearby ("Die
     * Bundeswehr sei eine Armee des Friedens.") is reported speech all the same (Konjunktiv I
     * has hardly another use in news; Konjunktiv II, conditional as often as reported, is left
     * out). The speaker is the agentive subject of the sentence before ("Lammert würdigte die
     * Bundeswehr …"), else unknown.
     */
    private void reportedSubjunctive(Sentence s) {
        if (!lang.equals("de") || s.index() == 0) {
            return;
        }
        int root = root(s);
        if (root < 0 || inQuote(doc.token(root).start()) || firstPersonIndicative(root)) {
            return;
        }
        boolean subjI = subjunctiveClause(root, Mood.SUBJUNCTIVE_I);
        if (!subjI && !(withCandidates && subjunctiveClause(root, Mood.SUBJUNCTIVE_II))) {
            return;
        }
        Span message = trim(doc.sentenceSpan(s));
        if (message == null || isQuoted(message)) {
            return;
        }
        if (subjI) {
            add(previousSubject(s), null, message, "indirect_free_indirect", "unknown", null, s);
        } else {
            // Konjunktiv II is conditional as often as reported
            candidate("uncuedSubjunctiveII", previousSubject(s), null, message, "indirect_free_indirect", "unknown", null, s);
        }
    }

    /**
     * The speaker of a continuation: the last statement's, unless a sentence without a statement
     * stands between them whose main clause has an agentive subject ("Hubert Primus wies den
     * Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig."): the reported words are
     * that subject's, the nearest mention of someone who speaks.
     */
    private Party continuedSpeaker(Sentence s, StatementRecord previous, int previousSentence) {
        Party between = previousSentence < s.index() - 1 ? previousSubject(s) : null;
        return between != null ? between : previous.speaker();
    }

    /** The agentive subject (not a pronoun) of the main clause of the sentence before {@code s} ("Lammert würdigte …"), or null. */
    private Party previousSubject(Sentence s) {
        if (s.index() == 0) {
            return null;
        }
        Party speaker = null;
        for (Token t : doc.tokensOf(doc.sentences().get(s.index() - 1))) {
            if (t.deprel().equals("root") && t.isVerb()) {
                int subj = subject(t.index());
                if (subj >= 0 && agentive(subj) && !doc.token(subj).pos().equals("PRON")) {
                    speaker = party(subj);
                }
            }
        }
        return speaker;
    }

    /**
     * Reportative "sollen": "Im Département sollen drei Lagerhallen abgebrannt sein" reports
     * what someone claims without a cue (free indirect); the source is the last speaker when
     * there is one nearby.
     */
    private void reportative(Sentence s, StatementRecord previous, int previousSentence) {
        if (!lang.equals("de")) {
            return;
        }
        for (Token t : doc.tokensOf(s)) {
            String w = t.text().toLowerCase(Locale.ROOT);
            Token main = t.head() >= 0 ? doc.token(t.head()) : null;
            if (t.pos().equals("AUX") && (w.equals("soll") || w.equals("sollen")) && t.baseRel().equals("aux")
                    && main != null && main.isVerb() && !inQuote(t.start()) && !main.baseRel().equals("acl")
                    && (previous != null || perfectInfinitive(main.index()))) {
                Span message = trim(doc.sentenceSpan(s));
                if (message != null) {
                    add(previous == null ? null : continuedSpeaker(s, previous, previousSentence), null, message, "free_indirect",
                            previous == null ? "unknown" : previous.medium(), null, s);
                }
                return;
            }
        }
    }

    /** "soll … abgebrannt sein", "sollen … geholfen haben": the reportative reading of "sollen". */
    private boolean perfectInfinitive(int verb) {
        for (int c : doc.children(verb)) {
            String w = doc.token(c).text().toLowerCase(Locale.ROOT);
            if (doc.token(c).baseRel().equals("aux") && (w.equals("sein") || w.equals("haben") || w.equals("worden"))) {
                return true;
            }
        }
        return false;
    }

    private boolean subjunctiveClause(int root) {
        return subjunctiveClause(root, Mood.SUBJUNCTIVE_I) || subjunctiveClause(root, Mood.SUBJUNCTIVE_II);
    }

    /** Does the sentence have a quotation mark (its first-person words may be quoted ones)? */
    private boolean hasQuotationMark(Sentence s) {
        for (int i = s.start(); i < s.end(); i++) {
            char c = doc.text().charAt(i);
            if (isOpenQuote(c) || isCloseQuote(c) || c == '\'') {
                return true;
            }
        }
        return false;
    }

    /** German first-person subject pronouns: their Konjunktiv I is the indicative ("ich lehne ab"), but for "sei". */
    private static final Set<String> FIRST_PERSON = Set.of("ich", "wir");

    /** "ich" or "wir", in any case: a clause with such a subject is no reported speech but for "sei". */
    public static boolean isFirstPersonPronoun(String word) {
        return FIRST_PERSON.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A clause with the subject "ich" or "wir" and no form of "sei": its Konjunktiv I reading ("Ich lehne sie ab",
     * "Wir haben Angst") is the indicative, no sign of reported speech. Unquoted, such sentences are an interview's answers.
     */
    private boolean firstPersonIndicative(int root) {
        int subj = subject(root);
        if (subj < 0 || !isFirstPersonPronoun(doc.token(subj).text())) {
            return false;
        }
        List<Integer> verbs = new ArrayList<>(doc.childrenWith(root, "aux"));
        verbs.addAll(doc.childrenWith(root, "cop"));
        verbs.add(root);
        return verbs.stream().noneMatch(v -> doc.token(v).text().toLowerCase(Locale.ROOT).startsWith("sei"));
    }

    /** Is the clause's verb, auxiliary or copula in {@code mood}? */
    private boolean subjunctiveClause(int root, Mood mood) {
        GermanVerbs verbs = GermanVerbs.get();
        List<Integer> candidates = new ArrayList<>();
        candidates.add(root);
        candidates.addAll(doc.childrenWith(root, "aux"));
        candidates.addAll(doc.childrenWith(root, "cop"));
        for (int c : candidates) {
            Token t = doc.token(c);
            if (!t.isVerb()) {
                continue;
            }
            var form = verbs.analyse(t.text(), null);
            if (form.isPresent() && form.get().mood() == mood) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ records

    private void add(Party speaker, StatementRecord.Cue cue, Span message, String form, String medium, Party addressee, Sentence s) {
        add(speaker, cue, message, form, medium, addressee, null, s);
    }

    private void add(Party speaker, StatementRecord.Cue cue, Span message, String form, String medium, Party addressee,
                     Party topic, Sentence s) {
        if (form.equals("direct")) {
            message = unquote(message);
            Span inner = trim(message);
            message = inner == null ? message : inner;
        }
        for (StatementRecord r : out) {
            if (r.quote().start() == message.start() && r.quote().end() == message.end()) {
                return; // same message found by two cues
            }
        }
        if (speaker != null && addressee != null && addressee.start() < speaker.end() && speaker.start() < addressee.end()) {
            addressee = null; // a part of the speaker's name the parse made an object ("schlägt Van der Bellen … vor")
        }
        int dateline = datelineDash(s);
        if (dateline >= 0 && message.start() < doc.token(dateline).end() && message.end() > doc.token(dateline + 1).start()) {
            Span after = trim(Span.of(doc.text(), doc.token(dateline + 1).start(), message.end()));
            message = after == null ? message : after; // "Damaskus – Bei Kämpfen … ist …": the place of writing is not said
        }
        String id = "s" + (++ids);
        out.add(new StatementRecord(id, speaker, cue, Evidence.of(message), reportedForm(form, message), medium, addressee,
                topic, null,
                Evidence.of(doc.sentenceSpan(s))));
    }

    /** The dash after a German dateline opening sentence {@code s} ({@link org.lagebild.nlp.Syntax#datelineDash}), else -1. */
    private int datelineDash(Sentence s) {
        return org.lagebild.nlp.Syntax.datelineDash(doc, s);
    }

    /** A reading the rules reject, kept aside as a candidate of kind {@code kind} (see {@link #candidateKind}). */
    private void candidate(String kind, Party speaker, StatementRecord.Cue cue, Span message, String form, String medium,
                           Party addressee, Sentence s) {
        if (form.equals("direct")) {
            Span inner = trim(unquote(message));
            message = inner == null ? unquote(message) : inner;
        }
        candidates.add(new StatementRecord(CANDIDATE_ID + (candidates.size() + 1) + ":" + kind, speaker, cue, Evidence.of(message),
                reportedForm(form, message), medium, addressee, null, null, Evidence.of(doc.sentenceSpan(s))));
    }

    /** The sentence's widest statement from {@code from} on, not one that {@link #nest} puts inside a verb's statement. */
    private StatementRecord topLevel(int from) {
        StatementRecord best = null;
        for (int i = from; i < out.size(); i++) {
            StatementRecord r = out.get(i);
            boolean inner = false;
            for (int j = from; j < out.size(); j++) {
                inner |= swallows(r, out.get(j));
            }
            if (!inner && (best == null || r.quote().end() - r.quote().start() > best.quote().end() - best.quote().start())) {
                best = r;
            }
        }
        return best != null ? best : out.get(from);
    }

    /**
     * Quoted words inside an indirect or reported message ("es bestünden „erhebliche
     * Meinungsverschiedenheiten“") are the speaker's own words: a nested direct statement
     * with the same speaker and cue.
     */
    private void partialQuotes() {
        int n = out.size();
        for (int i = 0; i < n; i++) {
            StatementRecord r = out.get(i);
            if (r.form().equals("direct")) {
                continue;
            }
            for (Span q : quotes) {
                if (q.start() >= r.quote().start() && q.end() <= r.quote().end() && q.length() < r.quote().end() - r.quote().start() - 2
                        && !quotedName(q)) {
                    Span inner = inner(q);
                    boolean known = false;
                    for (StatementRecord o : out) {
                        known |= o.quote().start() == inner.start() && o.quote().end() == inner.end();
                    }
                    if (!known) {
                        out.add(new StatementRecord("s" + (++ids), r.speaker(), r.cue(), Evidence.of(inner),
                                "direct", r.medium(), r.addressee(), null, null, r.sentence()));
                    }
                }
            }
        }
    }

    /**
     * Quotations outside every statement found so far that are someone's words by their shape:
     * a quoted sentence of four or more words ending in ".", "!" or "?" inside the marks (its
     * speaker is the last one of the previous three sentences), or a quoted phrase of two or more
     * words starting in lower case ("verteidigte die „völlig angemessene Reaktion“"; its speaker
     * the subject of the clause around it). Capitalised short phrases are mostly titles and names
     * and are left out.
     */
    private void freeQuotes() {
        if (!lang.equals("de")) {
            return;
        }
        for (Span q : quotes) {
            Span inner = trim(inner(q));
            int first = doc.tokenAt(q.start());
            if (inner == null || first < 0 || quotedName(q) || covered(q)) {
                continue;
            }
            String[] words = inner.text().split("\\s+");
            String raw = inner(q).text().strip(); // trim() drops the final full stop
            boolean sentence = words.length >= 4 && !raw.isEmpty() && ".!?".indexOf(raw.charAt(raw.length() - 1)) >= 0;
            boolean phrase = words.length >= 2 && Character.isLowerCase(words[0].charAt(0));
            if (!sentence && !phrase) {
                continue;
            }
            Sentence s = doc.sentenceOf(first);
            int introducer = sentence ? colonClauseVerb(s, first) : -1;
            if (introducer >= 0) {
                // "Romney strich heraus: „…“": the clause before the colon introduces the quotation
                Token v = doc.token(introducer);
                add(party(subject(introducer)), cueOf(v), q, "direct", "unknown", null, s);
                continue;
            }
            Party named = sentence ? colonName(first) : null;
            if (named != null) {
                // "BKA-Präsident Ziercke: „…“": a name and a colon, no verb, attribute the quotation
                add(named, null, q, "direct", "unknown", null, s);
                continue;
            }
            Party speaker = sentence ? recentSpeaker(s) : clauseSubject(q, first);
            if (speaker == null && sentence && doc.token(first).index() == s.firstToken()) {
                // a quoted sentence that opens its sentence, no statement nearby: the words of the one
                // the sentence before is about ("Solana äußerte sich zuversichtlich. „Ich gehe davon aus …“")
                speaker = previousSubject(s);
            }
            add(speaker, null, q, "direct", "unknown", null, s);
        }
    }

    /**
     * The verb of the clause that introduces a quotation with a colon ("Obama warb mit den Worten:
     * „…“", "Der Bundestrainer zeigt sich zufrieden: „…“"): the quotation follows a colon in its
     * sentence, and the nearest verb before the colon has an agentive subject and is not itself reported
     * (a message found so far, a cue's content clause: {@link #inStatement}, {@link #complementOfCue}); else -1.
     * The colon may end the sentence before the quotation's when the sentence splitter broke there.
     */
    private int colonClauseVerb(Sentence s, int first) {
        int colon = first - 1;
        if (colon < 0 || !doc.token(colon).text().equals(":")) {
            return -1;
        }
        Sentence clause = doc.sentenceOf(colon);
        if (colon <= clause.firstToken() || clause.index() < s.index() - 1) {
            return -1;
        }
        for (int i = colon - 1; i >= clause.firstToken(); i--) {
            Token t = doc.token(i);
            if (inQuote(t.start()) || t.text().equals(":") || t.text().equals(";")) {
                return -1;
            }
            if (t.pos().equals("VERB") || t.pos().equals("AUX") && t.baseRel().equals("root")) {
                int subj = subject(i);
                return subj >= 0 && agentive(subj) && !inStatement(t.start()) && !complementOfCue(i) ? i : -1;
            }
        }
        return -1;
    }

    private static final int MAX_COLON_NAME_TOKENS = 8;

    /**
     * A short verbless noun phrase that is all its sentence has before the colon that opens the
     * quotation ("BKA-Präsident Ziercke: „…“", "Nina Hagen zur neuen Heimat: „…“", up to a
     * preposition), when one of its nouns can speak; else null. A verb, conjunction or punctuation
     * before the colon makes it a clause or a list, not a name ("Fazit: „…“" names no one).
     */
    private Party colonName(int first) {
        int colon = first - 1;
        if (colon < 0 || !doc.token(colon).text().equals(":")) {
            return null;
        }
        int from = doc.sentenceOf(colon).firstToken();
        if (colon <= from || colon - from > MAX_COLON_NAME_TOKENS) {
            return null;
        }
        int end = colon; // exclusive: the name ends before a preposition
        boolean speaks = false;
        for (int i = from; i < colon; i++) {
            Token t = doc.token(i);
            if (t.isVerb() || t.pos().equals("PUNCT") || t.pos().endsWith("CONJ") || inQuote(t.start())) {
                return null;
            }
            boolean preposition = t.pos().equals("ADP") || FUSED_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT));
            if (preposition && end == colon) {
                end = i;
            }
            // a title before the name ("BKA-Präsident Ziercke") speaks for the phrase
            speaks |= i < end && t.isNoun() && agentive(i);
        }
        if (!speaks) {
            return null;
        }
        Span np = trim(doc.span(from, end - 1));
        ActorIndex.Ref ref = actors.at(end - 1);
        return np == null ? null : new Party(ref == null ? null : ref.actor(), np.start(), np.end(), np.text());
    }

    private boolean covered(Span q) {
        for (StatementRecord r : out) {
            if (r.quote().start() < q.end() && q.start() < r.quote().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker of the last statement in this or the three sentences before, or null; as for a
     * continuation ({@link #continuedSpeaker}), the agentive subject of an uncited sentence just
     * before takes its place ("Sadiq Khan verurteilte die Haltung der Regierung. „Diese Regierung …“").
     */
    private Party recentSpeaker(Sentence s) {
        for (int i = out.size() - 1; i >= 0; i--) {
            StatementRecord r = out.get(i);
            int tok = doc.tokenAt(r.quote().start());
            if (tok >= 0 && r.speaker() != null) {
                int gap = s.index() - doc.sentenceOf(tok).index();
                if (gap >= 0 && gap <= 3) {
                    Party between = gap >= 2 && !hasStatement(s.index() - 1) ? previousSubject(s) : null;
                    return between != null ? between : r.speaker();
                }
            }
        }
        return null;
    }

    /** Does a statement found so far begin in this sentence? */
    private boolean hasStatement(int sentence) {
        for (StatementRecord r : out) {
            int tok = doc.tokenAt(r.quote().start());
            if (tok >= 0 && doc.sentenceOf(tok).index() == sentence) {
                return true;
            }
        }
        return false;
    }

    /** The agentive subject of the nearest clause above the quotation's first word, or null. */
    private Party clauseSubject(Span q, int first) {
        int t = first;
        for (int steps = 0; t >= 0 && steps < 8; steps++, t = doc.token(t).head()) {
            if (doc.token(t).isVerb()) {
                int subj = subject(t);
                if (subj >= 0 && !q.contains(doc.token(subj).start()) && agentive(subj)) {
                    return party(subj);
                }
            }
        }
        return null;
    }

    /**
     * Quotation marks around a name rather than someone's words: "der Zeitung „Automobilwoche“",
     * "der Sonde „Cassini“", "der „Financial Times“" — the quote follows a noun it names, or
     * consists of proper nouns only.
     */
    private boolean quotedName(Span q) {
        int first = doc.tokenAt(q.start());
        if (first < 0) {
            return false;
        }
        Token before = first > 0 ? doc.token(first - 1) : null;
        if (before != null && before.end() <= q.start() && before.isNoun() && before.sentence() == doc.token(first).sentence()) {
            return true;
        }
        boolean allProper = true;
        int words = 0;
        for (int i = first; i < doc.tokens().size() && doc.token(i).start() < q.end(); i++) {
            Token t = doc.token(i);
            if (t.pos().equals("PUNCT")) {
                continue;
            }
            words++;
            allProper &= t.pos().equals("PROPN") || !t.ner().equals("O");
        }
        return words > 0 && allProper;
    }

    /**
     * Post-processing across the statements of a document: a message never runs over the cue
     * of a later statement ("…, dass „…“, erklärte Sherman" ends before "erklärte"); messages
     * inside another message are nested in it; a nested statement whose speaker is an
     * unresolved pronoun ("habe sie deutlich gemacht") inherits the enclosing speaker, because
     * in reported speech the pronoun refers to the reporter's source.
     */
    private void nest() {
        for (int i = 0; i < out.size(); i++) {
            StatementRecord a = out.get(i);
            for (StatementRecord b : out) {
                if (b == a || b.cue() == null) {
                    continue;
                }
                int cue = b.cue().start();
                boolean postposed = b.quote().end() <= cue;
                if (postposed && a.quote().start() < cue && cue < a.quote().end() && a.quote().start() < b.quote().end()) {
                    int end = b.quote().end();
                    if (end < doc.text().length() && isCloseQuote(doc.text().charAt(end))) {
                        end++;
                    }
                    Span cut = trim(Span.of(doc.text(), a.quote().start(), Math.min(end, a.quote().end())));
                    if (cut != null) {
                        a = copy(a, Evidence.of(cut), a.speaker(), a.parent());
                        out.set(i, a);
                    }
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            StatementRecord r = out.get(i);
            StatementRecord parent = null;
            for (StatementRecord p : out) {
                if (swallows(r, p)) {
                    // "Wie Steg mitteilte, ist die Energie nach Auffassung der Kanzlerin unverzichtbar": the
                    // source phrase is inside the reported message, so it is nested in the verb's statement
                    parent = p;
                    r = copy(r, p.quote(), r.speaker(), r.parent());
                    break;
                }
            }
            for (StatementRecord p : parent != null ? List.<StatementRecord>of() : out) {
                if (swallows(p, r)) {
                    continue; // p will be nested in r
                }
                if (p != r && p.quote().start() <= r.quote().start() && r.quote().end() <= p.quote().end()
                        && (p.quote().end() - p.quote().start()) > (r.quote().end() - r.quote().start())) {
                    if (parent == null || p.quote().end() - p.quote().start() < parent.quote().end() - parent.quote().start()) {
                        parent = p;
                    }
                }
            }
            if (parent != null) {
                Party speaker = r.speaker();
                if (speaker != null && speaker.actor() == null && parent.speaker() != null && parent.speaker().actor() != null
                        && isPronoun(speaker)) {
                    speaker = new Party(parent.speaker().actor(), speaker.start(), speaker.end(), speaker.text());
                }
                out.set(i, copy(r, r.quote(), speaker, parent.id()));
            }
        }
    }

    /** Prepositional cues ("nach Angaben", "laut", "zufolge", ", so X"): a source phrase, not a verb. */
    private static final Set<String> PREPOSITIONAL = Set.of("nach", "laut", "zufolge", "gemäß", "so", "according");

    /**
     * Does statement {@code r} of a prepositional cue take in the verb cue of statement {@code p}
     * while {@code p}'s message contains {@code r}'s cue? Then {@code r}'s phrase attributes
     * part of what {@code p}'s speaker said.
     */
    private static boolean swallows(StatementRecord r, StatementRecord p) {
        return r != p && r.cue() != null && p.cue() != null && prepositional(r.cue())
                && !prepositional(p.cue()) && r.quote().start() <= p.cue().start() && p.cue().start() < r.quote().end()
                && p.quote().start() <= r.cue().start() && r.cue().start() < p.quote().end();
    }

    /** The cue is the preposition alone ("nach" of "nach Angaben X", "laut", "zufolge", "so"). */
    private static boolean prepositional(StatementRecord.Cue cue) {
        return PREPOSITIONAL.contains(cue.text().toLowerCase(Locale.ROOT));
    }

    private boolean isPronoun(Party p) {
        int t = doc.tokenAt(p.start());
        return t >= 0 && doc.token(t).pos().equals("PRON");
    }

    private static StatementRecord copy(StatementRecord r, Evidence quote, Party speaker, String parent) {
        return new StatementRecord(r.id(), speaker, r.cue(), quote, r.form(), r.medium(), r.addressee(), r.topic(), parent,
                r.sentence());
    }

    private static boolean isCloseQuote(char c) {
        return c == '“' || c == '”' || c == '"' || c == '«' || c == '»';
    }

    /**
     * A speaker or addressee: the local mention as the text phrases it — the whole noun phrase
     * ("der Nachfolger des zurückgetretenen Airbus-Chefs", "Arni Finnsson, ein Vertreter …"),
     * without a leading preposition — and the canonical actor it refers to, if resolved.
     */
    private Party party(int token) {
        return party(token, Integer.MAX_VALUE);
    }

    /**
     * The person a title heads in the parse ("Der grüne Bildungssprecher Walser", "EU-Steuerkommissar Pierre Moscovici",
     * "Nationalratspräsidentin Doris Bures": the name is the title's appos or flat dependent), or null. A role noun's
     * unnamed person ("Grit Hanneforth, Chefin des Kulturbüros") is not a name.
     */
    private ActorIndex.Ref titledName(int title) {
        if (!doc.token(title).isNoun()) {
            return null;
        }
        for (int c : doc.children(title)) {
            String rel = doc.token(c).baseRel();
            if (c > title && (rel.equals("appos") || rel.equals("flat")) && personName(c)) {
                return actors.at(c);
            }
        }
        for (int c : doc.children(title)) {
            // two titles of one person ("Die frühere ÖIAG-Aufsichtsrätin und jetzige ÖBB-Aufsichtsratschefin Brigitte
            // Ederer"): the name hangs on the second, which has no article of its own ("der Minister und die
            // Kanzlerin Merkel" are two)
            if (c > title && doc.token(c).baseRel().equals("conj") && doc.child(c, "det") < 0 && doc.token(c).isNoun()) {
                ActorIndex.Ref named = titledName(c);
                if (named != null) {
                    return named;
                }
            }
        }
        return null;
    }

    /** A news agency of the registry (its sector is JRN): "der APA", "zur dpa". */
    private boolean newsMedium(int token) {
        ActorIndex.Ref r = actors.at(token);
        return r != null && r.type().equals("ORGANIZATION") && "JRN".equals(r.sector()) && r.kind().equals("name");
    }

    /**
     * The organisation a noun introduces by the name right after it ("die staatliche Nachrichtenagentur Anadolu", "die
     * Hilfsorganisation Care"): the name is the noun's appos or flat dependent. Null otherwise.
     */
    private ActorIndex.Ref namedOrganisation(int noun) {
        int next = noun + 1;
        if (!doc.token(noun).isNoun() || next >= doc.tokens().size() || doc.token(next).head() != noun) {
            return null;
        }
        String rel = doc.token(next).baseRel();
        ActorIndex.Ref r = actors.at(next);
        return (rel.equals("appos") || rel.equals("flat")) && r != null && r.type().equals("ORGANIZATION")
                && r.kind().equals("name") ? r : null;
    }

    /**
     * A relative pronoun after ", nach" ("Gerüchte, nach denen …", "Studien, nach denen …") that opens a clause on a source
     * noun of the cue lexicon or a document noun: not "die Pause, nach der …" or "ein Abkommen, nach dem …".
     */
    private boolean relativeSource(Sentence s, Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!(w.equals("denen") || w.equals("der") || w.equals("dem")) || !t.pos().equals("PRON")
                || t.index() - 2 < s.firstToken() || !doc.token(t.index() - 1).text().equalsIgnoreCase("nach")
                || !doc.token(t.index() - 2).text().equals(",") || t.head() <= t.index() || !doc.token(t.head()).isVerb()) {
            return false;
        }
        // the antecedent is the noun before the comma or one it hangs on ("Meinungsumfragen im Land, nach denen …")
        int antecedent = t.index() - 3;
        for (int steps = 0; steps < 3 && antecedent >= s.firstToken() && doc.token(antecedent).isNoun(); steps++) {
            Token a = doc.token(antecedent);
            if (sourceNoun(a.text().toLowerCase(Locale.ROOT)) || documentSource(a)) {
                return true;
            }
            boolean attribute = a.baseRel().equals("nmod") || a.baseRel().equals("appos") || a.baseRel().equals("flat");
            antecedent = attribute && a.head() < antecedent ? a.head() : -1;
        }
        return false;
    }

    /**
     * The actor of a relative pronoun's antecedent ("Kurt Beck, der erklärte, …", "Tedros, who said …"): the noun its
     * relative clause hangs on, or null. The mention stays the pronoun, as the text (and the news corpus, about as
     * often as not) has it.
     */
    private ActorIndex.Ref relativeAntecedent(int token) {
        Token t = doc.token(token);
        String w = t.text().toLowerCase(Locale.ROOT);
        boolean relative = lang.equals("de") ? org.lagebild.nlp.Syntax.RELATIVE_PRONOUNS_DE.contains(w)
                : w.equals("who") || w.equals("which");
        if (!relative || !(t.pos().equals("PRON") || t.pos().equals("DET")) || t.head() < 0) {
            return null;
        }
        Token clause = doc.token(t.head());
        ActorIndex.Ref named = nameBeforeComma(token);
        if (named != null) {
            return named;
        }
        if (!clause.baseRel().equals("acl") || clause.head() < 0 || !doc.token(clause.head()).isNoun()
                || token != doc.subtreeRange(t.head())[0] && !(token == doc.subtreeRange(t.head())[0] + 1
                        && doc.token(token - 1).text().equals(","))) {
            return null; // (the pronoun opens the clause: not a demonstrative "der" inside it)
        }
        // a person the antecedent names in apposition or coordination before the clause ("Bundeskanzler und SPÖ-Chef
        // Werner Faymann, der …"; not a possessor: "Gee's mother, who …"), else the antecedent's own actor
        int[] np = doc.subtreeRange(clause.head());
        for (int i = np[0]; i < Math.min(np[1] + 1, token); i++) {
            if (personName(i) && namedBy(clause.head(), i)) {
                return actors.at(i);
            }
        }
        ActorIndex.Ref ref = actors.at(clause.head());
        return ref != null ? ref : titledName(clause.head());
    }

    /**
     * The actor an English name right before ", which" or ", who" stands for ("tension with Washington, which claims
     * …", "administered from Mauritius, which argues …", "Patricia Lamou, who says …"): the parser often hangs such a
     * clause on the verb or the phrase the name is part of; a non-restrictive relative clause after a name is about
     * the name, place names included. Null when no name with an actor precedes the comma (and always in German).
     */
    private ActorIndex.Ref nameBeforeComma(int pronoun) {
        if (!lang.equals("en") || pronoun < 2 || !doc.token(pronoun - 1).text().equals(",")
                || !doc.token(pronoun - 2).pos().equals("PROPN") || doc.token(pronoun - 2).sentence() != doc.token(pronoun).sentence()) {
            return null;
        }
        return actors.at(pronoun - 2);
    }

    /** Is {@code name} the phrase {@code head} itself, or below it through apposition, flat names and conjuncts only? */
    private boolean namedBy(int head, int name) {
        return below(head, name, true);
    }

    /** Is {@code name} {@code head} or below it through appos and flat relations, and conjuncts when {@code conjuncts}? */
    private boolean below(int head, int name, boolean conjuncts) {
        int i = name;
        for (int steps = 0; i != head && i >= 0 && steps < 8; steps++) {
            String rel = doc.token(i).baseRel();
            if (!rel.equals("appos") && !rel.equals("flat") && !(conjuncts && rel.equals("conj"))) {
                return false;
            }
            i = doc.token(i).head();
        }
        return i == head;
    }

    /**
     * A person named in apposition below a phrase with no actor of its own ("des Straßburger Touristikchefs
     * Jean-Jacques Gsell", parsed with "Straßburger" as the head): through appos and flat relations only, not a
     * conjunct or a genitive (another person). Null when there is none.
     */
    private ActorIndex.Ref apposedName(int head) {
        int[] r = doc.subtreeRange(head);
        for (int i = head + 1; i <= r[1]; i++) {
            if (personName(i) && apposedTo(head, i)) {
                return actors.at(i);
            }
        }
        return null;
    }

    /** Is {@code name} below {@code head} through appos and flat relations only (no conjunct: "Das State Department, der Sicherheitsrat, Minister Carter")? */
    private boolean apposedTo(int head, int name) {
        return below(head, name, false);
    }

    /** Office nouns that speak for their owner ({@code office-nouns-de.tsv}), lower case. */
    private static final Set<String> OFFICE_NOUNS = TsvResource.read("org/lagebild/statements/office-nouns-de.tsv", 1)
            .stream().map(r -> r.req(0, "noun").toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The actor an office noun speaks for ("Netanyahus Büro", "das Büro des Ministerpräsidenten", "das Team von
     * Trump"): its genitive, possessive or "von" owner's actor, else null (German only).
     */
    private ActorIndex.Ref officeOwner(int token) {
        Token t = doc.token(token);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!lang.equals("de") || !t.pos().equals("NOUN") || !(OFFICE_NOUNS.contains(w)
                || (w.endsWith("es") && OFFICE_NOUNS.contains(w.substring(0, w.length() - 2)))
                || (w.endsWith("s") && OFFICE_NOUNS.contains(w.substring(0, w.length() - 1))))) {
            return null;
        }
        for (int c : doc.children(token)) {
            Token ct = doc.token(c);
            boolean poss = ct.deprel().equals("det:poss");
            boolean genitive = ct.baseRel().equals("nmod") && (caseToken(c) == c || hasCase(c, "von", "vom"));
            if (!poss && !genitive) {
                continue;
            }
            ActorIndex.Ref owner = actors.at(c);
            if (owner == null && !poss) {
                owner = titledName(c);
            }
            if (owner == null && !poss) {
                owner = apposedName(c);
            }
            return owner != null && !owner.locative() ? owner : null;
        }
        return null;
    }

    /** {@link #party(int)} ending at token {@code last} at the latest. */
    private Party party(int token, int last) {
        ActorIndex.Ref ref = actors.at(token);
        if (ref == null) {
            ref = titledName(token);
        }
        if (ref == null) {
            ref = namedOrganisation(token);
        }
        ActorIndex.Ref antecedent = ref == null ? relativeAntecedent(token) : null; // the actor only, not the span
        if (ref == null && antecedent == null) {
            antecedent = apposedName(token);
        }
        if (ref == null && antecedent == null) {
            antecedent = officeOwner(token);
        }
        Token tk = doc.token(token);
        if (!tk.isNoun() && !tk.pos().equals("PRON") && personName(token)) {
            // a name the tagger took for another word class heads no phrase of its own ("…, sagt Kurz – und fügt an")
            return new Party(ref.actor(), ref.mention().start(), ref.mention().end(), ref.mention().text());
        }
        int[] r = doc.subtreeRange(token);
        int from = r[0];
        int to = Math.max(token, Math.min(r[1], last));
        // without a leading preposition (with its fixed part: "according to") or attribution adverb ("nach", ", so Murtha") ...
        while (from < token && (doc.token(from).deprel().equals("case") || doc.token(from).pos().equals("PUNCT")
                || doc.token(from).deprel().equals("fixed") && from > r[0] && doc.token(from - 1).deprel().equals("case")
                || lang.equals("de") && FUSED_PREPOSITIONS.contains(doc.token(from).text().toLowerCase(Locale.ROOT)) // "Im Bericht"
                || doc.token(from).text().equalsIgnoreCase("so") && doc.token(from).pos().equals("ADV")
                || doc.token(from).text().equalsIgnoreCase("laut") && uninflectedAttribute(doc.token(from)))) {
            from++;
        }
        int dateline = datelineDash(doc.sentenceOf(token));
        if (dateline >= from && dateline < token) {
            from = dateline + 1; // "Wien – Die Vorsitzende …": the dateline the parse hung on the subject
        }
        // ... a relative clause after a comma ("Frank Sichau, der als … fungiert") ...
        for (int c : doc.children(token)) {
            int[] cr = doc.subtreeRange(c);
            // (the comma before a relative clause belongs to the clause's own subtree, or precedes it)
            int comma = doc.token(cr[0]).text().equals(",") ? cr[0] : cr[0] - 1;
            // (or a verb's complement clause the parse hung on the speaker: see misattachedComplement)
            String rel = doc.token(c).baseRel();
            if ((rel.equals("acl") || rel.equals("ccomp")) && cr[0] > token && comma > from && doc.token(comma).text().equals(",")) {
                to = Math.min(to, comma - 1);
            }
        }
        if (lang.equals("de")) {
            // ... a focus particle before it ("Auch der Minister", "Selbst die Zeitung") and adjuncts
            // of the clause the parse hung on it ("Möllring am Dienstag in Hannover", "Seibert in Berlin") ...
            for (int i = from; i < token; i++) {
                if (doc.token(i).text().equals(":") || clauseVerb(doc.token(i))) {
                    from = i + 1; // "Die so genannte „Reichensteuer“: Die SPD …"; "Bei einem Anschlag … sind örtlichen
                                  // Medienberichten zufolge …" (the parse made the source noun the root)
                } else if (i > from && doc.token(i).text().equalsIgnoreCase("so") && doc.token(i).pos().equals("ADV")
                        && doc.token(i - 1).text().equals(",")) {
                    from = i + 1; // "„Der Bär ist …“, so Schnappauf", with the quotation parsed as the name's dependent
                }
            }
            while (from < token && (focusParticle(from, token, to) || doc.token(from).pos().equals("CCONJ")
                    && !CORRELATIVES.contains(doc.token(from).text().toLowerCase(Locale.ROOT)))) {
                from++; // also "Und Sozialminister Alois Stöger …", "Aber auch Meier-Tanos"; not "sowohl X als auch Y"
            }
            if (to - from <= MAX_PARTY_TOKENS) { // longer ones are parse errors, see below
                to = beforeAdjunct(token, from, to);
                to = Math.max(to, appositionEnd(from, to));
                int edition = Math.min(ownEditionEnd(token, to), Math.max(to, last));
                to = edition - from <= MAX_PARTY_TOKENS ? Math.max(to, edition) : to;
            }
        }
        // ... and a trailing postposition ("Berichten zufolge", "ihrer Meinung nach")
        while (to > token && (doc.token(to).deprel().equals("case") || doc.token(to).pos().equals("PUNCT"))) {
            to--;
        }
        Span np = to - from > MAX_PARTY_TOKENS ? null : trim(doc.span(from, to));
        if (np == null || ref != null && !np.overlaps(ref.mention())) {
            np = ref != null ? ref.mention() : doc.tokenSpan(token);
        } else if (ref != null && (ref.mention().start() < np.start() || ref.mention().end() > np.end())) {
            // the whole name where the parse split it ("schlägt Van der Bellen … vor" with "der Bellen" an object)
            np = Span.of(doc.text(), Math.min(np.start(), ref.mention().start()), Math.max(np.end(), ref.mention().end()));
        }
        if (ref != null && np.end() > ref.mention().end()) {
            int next = doc.tokenAt(ref.mention().end() - 1) + 1;
            while (next > 0 && next < doc.tokens().size() && doc.token(next).start() < ref.mention().end()) {
                next++;
            }
            ActorIndex.Ref other = next > 0 && next < doc.tokens().size() ? actors.at(next) : null;
            if (other != null && !other.actor().equals(ref.actor()) && other.type().equals("PERSON")
                    && other.kind().equals("name") && ref.type().equals("PERSON") && ref.kind().equals("name")
                    && other.mention().start() >= ref.mention().end()) {
                // another person's name the parse hung on the speaker's ("forderte Kickl Van der Bellen auf"; not "Der
                // Vorsitzende Richter Klaus Tolksdorf", a description before a name)
                np = Span.of(doc.text(), np.start(), ref.mention().end());
            }
        }
        if (lang.equals("de")) {
            np = balanced(np);
        }
        return new Party(ref != null ? ref.actor() : antecedent != null ? antecedent.actor() : null, np.start(), np.end(), np.text());
    }

    /**
     * A verb of a clause rather than of a noun phrase: an auxiliary or copula, or a verb heading a clause (a participle
     * inside a phrase, "die vom Ministerium beauftragte Studie", is an attribute).
     */
    private static boolean clauseVerb(Token t) {
        return t.pos().equals("AUX") || t.pos().equals("VERB") && CLAUSE_RELATIONS.contains(t.baseRel());
    }

    /** The first word of a two-part conjunction, part of the coordination it opens. */
    private static final Set<String> CORRELATIVES = Set.of("sowohl", "weder", "entweder");

    private static final Set<String> CLAUSE_RELATIONS = Set.of("root", "conj", "parataxis", "ccomp", "advcl", "xcomp");

    /** Prepositions that open an adjunct of the clause (time, place, addressee, medium) rather than part of a name. */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("am", "gegenüber", "zur", "zum", "während");

    /** An adverb opening the mention that modifies its head or the clause ("Auch", "Selbst", "Einzig"), not an attribute ("bisher unbestätigten"). */
    private boolean focusParticle(int i, int head, int to) {
        Token x = doc.token(i);
        return x.pos().equals("ADV") && Character.isLetter(x.text().charAt(0)) && (x.head() == head || x.head() < i || x.head() > to);
    }

    /**
     * The last token of the mention headed by {@code head} in [from, to] before a colon, an adverb or
     * verb of the clause ("Stoiber heute selbst", "der Minister sagte am Montag"), or a phrase opened by
     * an adjunct preposition ("am Montag", "gegenüber der Zeitung"); "in"-phrases stay, as the corpus
     * keeps them ("Ein Regierungssprecher in Berlin").
     */
    private int beforeAdjunct(int head, int from, int to) {
        for (int i = head + 1; i <= to; i++) {
            Token x = doc.token(i);
            String w = x.text().toLowerCase(Locale.ROOT);
            if (w.equals(":")) {
                return i - 1;
            }
            int h = x.head();
            boolean outside = h < from || h > to;
            if ((x.pos().equals("ADV") && Character.isLetter(x.text().charAt(0)) || x.isVerb() || x.pos().equals("AUX")) && outside) {
                return i - 1;
            }
            // in a name's flat chain the parser tags the preposition PROPN ("Die NATO am Montag"): still the
            // adjunct after a noun outside a named entity ("Frankfurt am Main" is one; "des am Montag
            // zurückgetretenen Chefs" an attribute)
            if (CHANNEL_PREPOSITIONS.contains(w) && x.pos().equals("ADP") && doc.token(head).isNoun() && channelAfter(i, to)) {
                // "Wendy Sherman auf Twitter", "Nasrallah im libanesischen Fernsehen"; in "heißt es in dem Schreiben"
                // the phrase under the pronoun is the source itself
                return i - 1;
            }
            if (ADJUNCT_PREPOSITIONS.contains(w) && (x.pos().equals("ADP")
                    || x.ner().equals("O") && (doc.token(i - 1).isNoun() || doc.token(i - 1).text().equals(")")))) {
                return i - 1;
            }
            // the same fused form split by the parse ("Abwerzger an dem Mittwoch", written "am"), not before a place's
            // name ("Frankfurt am Main"); "zum"/"zur" only before a name, the addressee ("zur APA", "zum STANDARD"), not
            // before a noun of an attribute ("der Stiftung zur Erforschung …", "der sein Team zum zweiten Sieg …")
            String fused = written(i);
            if (ADJUNCT_PREPOSITIONS.contains(fused) && !fused.equals(w) && x.pos().equals("ADP")
                    && (doc.token(i - 1).isNoun() || doc.token(i - 1).text().equals(")"))
                    && !(x.head() > i && doc.token(x.head()).ner().equals("LOCATION"))
                    && (fused.equals("am") || x.head() > i && doc.token(x.head()).pos().equals("PROPN"))) {
                return i - 1;
            }
        }
        return to;
    }

    /** Prepositions that open a phrase naming the channel of a statement ({@code channels-de.tsv}). */
    private static final Set<String> CHANNEL_PREPOSITIONS = Set.of("in", "im", "auf", "bei", "via");

    /** Channel nouns ({@code channels-de.tsv}), lower case. */
    private static final List<String> CHANNELS = TsvResource.read("org/lagebild/statements/channels-de.tsv", 1)
            .stream().map(r -> r.req(0, "word").toLowerCase(Locale.ROOT)).toList();

    /** Is there a channel noun, or a compound headed by one, within three words after the preposition at {@code prep}? */
    private boolean channelAfter(int prep, int to) {
        for (int j = prep + 1; j <= Math.min(to, prep + 3); j++) {
            Token x = doc.token(j);
            if (x.isNoun()) {
                String w = x.text().toLowerCase(Locale.ROOT);
                for (String c : CHANNELS) {
                    // the noun itself with a case or plural ending, or a compound ending in it
                    if (w.startsWith(c) && w.length() - c.length() <= 2 || w.endsWith(c) && w.length() > c.length()) {
                        return true;
                    }
                }
                return false; // the phrase's first noun decides
            }
        }
        return false;
    }

    /** A news outlet's own online edition or site ({@code editions-de.tsv}), lower case. */
    private static final List<String> EDITIONS = TsvResource.read("org/lagebild/statements/editions-de.tsv", 1)
            .stream().map(r -> r.req(0, "word").toLowerCase(Locale.ROOT)).toList();

    /**
     * The last token of an outlet's own edition or site right after the subject mention ending at {@code last} ("die
     * „Automobilwoche“ in ihrer Onlineausgabe vom 7. April", "der AK Vorratsdatenspeicherung auf seiner Website"), which
     * names the source with the outlet; {@code last} when there is none. The parse hangs the phrase on the verb.
     */
    private int ownEditionEnd(int head, int last) {
        int prep = last + 1;
        if (prep + 2 >= doc.sentenceOf(last).endToken() || prepositionalSource(head)) {
            return last;
        }
        String p = doc.token(prep).text().toLowerCase(Locale.ROOT);
        String poss = doc.token(prep + 1).text().toLowerCase(Locale.ROOT);
        Token noun = doc.token(prep + 2);
        if (!(p.equals("in") || p.equals("auf")) || !(poss.startsWith("sein") || poss.startsWith("ihr"))
                || !noun.isNoun() || !(noun.head() == doc.token(head).head() || noun.head() == head)
                || !edition(noun.text().toLowerCase(Locale.ROOT))) {
            return last;
        }
        return Math.max(noun.index(), doc.subtreeRange(noun.index())[1]);
    }

    /** A source in a prepositional phrase ("laut Angaben des Spiegel", "nach Angaben …"), not the subject of a "wie" clause. */
    private boolean prepositionalSource(int head) {
        for (int c : doc.childrenWith(head, "case")) {
            if (!doc.token(c).text().equalsIgnoreCase("wie")) {
                return true;
            }
        }
        return false;
    }

    private static boolean edition(String w) {
        for (String e : EDITIONS) {
            if (w.equals(e) || w.startsWith(e) && w.length() - e.length() <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an appositive noun phrase after a comma ("X, der Trainer Ghanas", "X, ein Klimaexperte"). */
    private static final Set<String> APPOSITION_ARTICLES = Set.of("der", "die", "das", "des", "dem", "den",
            "ein", "eine", "einer", "eines", "einem");

    /**
     * The last token of an apposition set off by a comma right after the mention ending at {@code
     * last} ("Ursula Castrup, die Leiterin der Fachstelle", "der Investor, Larry A. Silverstein"), as
     * the corpus includes it; {@code last} when there is none. The apposition is a noun phrase up to
     * the next comma or the sentence end: one with a verb (a relative or complement clause, "…, die
     * Regierung werde …"), a conjunction or a pronoun is none.
     */
    private int appositionEnd(int from, int last) {
        int comma = last + 1;
        Sentence s = doc.sentenceOf(last);
        if (comma + 1 >= s.endToken() || !doc.token(comma).text().equals(",")) {
            return last;
        }
        Token first = doc.token(comma + 1);
        if (!(first.isNoun() || first.pos().equals("DET") && APPOSITION_ARTICLES.contains(first.text().toLowerCase(Locale.ROOT)))) {
            return last;
        }
        int end = comma + 1;
        for (; end < s.endToken(); end++) {
            Token x = doc.token(end);
            String w = x.text();
            if (w.equals(",") || w.equals(".") || w.equals(":") || w.equals(";") || w.equals("!") || w.equals("?")) {
                break;
            }
            if (x.isVerb() || x.pos().equals("PRON") || x.pos().equals("CCONJ") || x.pos().equals("SCONJ") || end - comma > 12) {
                return last;
            }
        }
        // the apposition is what hangs on the mention; a phrase of the clause after it ("…, Peter Hahn,
        // die Politik in einem Brief …" as object, "…, der Trainer Ghanas nach dem Spiel zufrieden") is not
        int stop = end;
        for (int i = comma + 1; i < stop; i++) {
            int top = i;
            for (int steps = 0; steps < 16 && doc.token(top).head() > comma && doc.token(top).head() < end; steps++) {
                top = doc.token(top).head();
            }
            int h = doc.token(top).head();
            if (!doc.token(top).pos().equals("PUNCT") && (h < from || h > last)) {
                stop = Math.min(stop, doc.subtreeRange(top)[0]);
            }
        }
        for (int i = stop - 1; i > comma; i--) {
            if (doc.token(i).isNoun()) {
                return i;
            }
        }
        return last;
    }

    /**
     * A mention with its brackets and quotation marks closed as the text closes them: "Renate
     * Künast (Grüne)" rather than "Renate Künast (Grüne", "der Organisation „DotAsia“", and a
     * name quoted as a whole with its marks ("„Die Zeit“").
     */
    private Span balanced(Span np) {
        String text = doc.text();
        int a = np.start();
        int b = np.end();
        String inner = text.substring(a, b);
        long open = inner.chars().filter(c -> c == '(').count() - inner.chars().filter(c -> c == ')').count();
        if (open == 1 && nextNonSpace(b) >= 0 && text.charAt(nextNonSpace(b)) == ')') {
            b = nextNonSpace(b) + 1;
        }
        long quotesOpen = inner.chars().filter(c -> c == '„').count() - inner.chars().filter(c -> c == '“').count();
        int after = nextNonSpace(b);
        int close = quotesOpen == 1 && !openMarkAfterNoun(inner, a) ? quotedNameEnd(b) : -1;
        if (quotesOpen == 1 && after >= 0 && text.charAt(after) == '“') {
            b = after + 1;
        } else if (close > 0) {
            b = close; // the parse cut a quoted name ("der Organisation „Ärzte ohne Grenzen“")
        } else if (quotesOpen == 0 && after >= 0 && text.charAt(after) == '“') {
            int before = previousNonSpace(a);
            if (before >= 0 && text.charAt(before) == '„') {
                a = before;
                b = after + 1;
            }
        } else if (quotesOpen == 0 && after >= 0 && text.charAt(after) == '„'
                && quotedNameAfterNoun(b, after + 1, quotedNameEnd(after + 1) - 1)) {
            // the parse left out the quoted name of the mention's noun ("die Internet-Nachrichtensite „Golem“")
            b = quotedNameEnd(after + 1);
        } else if (after >= 0 && text.startsWith("''", after)) {
            // the same with two apostrophes for the marks ("die Tageszeitung ''La Nacion''"): the closing pair the mention
            // lacks, or a whole quoted name after its noun
            int pairs = (inner.length() - inner.replace("''", "").length()) / 2;
            int closing = text.indexOf("''", after + 2);
            if (pairs % 2 == 1) {
                b = after + 2;
            } else if (pairs == 0 && closing > 0 && closing - after <= MAX_QUOTED_NAME && quotedNameAfterNoun(b, after + 2, closing)) {
                b = closing + 2;
            }
        } else if (quotesOpen == -1 && inner.stripTrailing().endsWith("“")) {
            // a quoted name whose opening mark the mention starts after ("„France Football“ meldete": "France Football“")
            int before = previousNonSpace(a);
            if (before >= 0 && text.charAt(before) == '„') {
                a = before;
            }
        }
        return a == np.start() && b == np.end() ? np : Span.of(text, a, b);
    }

    /** Offset of the last non-space character before {@code offset}, or -1. */
    private int previousNonSpace(int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(doc.text().charAt(i))) {
            i--;
        }
        return i;
    }

    /**
     * Does the mention ({@code inner}, starting at {@code a}) end with an opening mark right after a
     * noun ("Angaben der Staatsanwaltschaft Krefeld „")? The marks then open the message's words, not a
     * name the mention's article or preposition introduces ("die „Initiativ Roude Léiw“").
     */
    private boolean openMarkAfterNoun(String inner, int a) {
        String stripped = inner.stripTrailing();
        if (!stripped.endsWith("„")) {
            return false;
        }
        int before = doc.tokenAt(a + stripped.length() - 1) - 1;
        return before >= 0 && !doc.token(before).pos().equals("DET") && !doc.token(before).pos().equals("ADP");
    }

    /**
     * Are the quoted words from {@code from} to {@code close} (the closing mark's offset) a name that the mention ending at
     * {@code end} introduces ("die Internet-Nachrichtensite „Golem“", "der Video-Produktionsfirma „Shui Jing Shi“")? The
     * mention ends in a common noun; the marks close in the same sentence; the words are at most five, none a verb, each
     * capitalised but for short function words inside ("„Occupy Central with Peace and Love“"), and no word follows the
     * closing mark directly. Quoted words with a verb after a source are its message ("Angaben der Polizei „…“").
     */
    private boolean quotedNameAfterNoun(int end, int from, int close) {
        int last = doc.tokenAt(previousNonSpace(end));
        int first = doc.tokenAt(nextNonSpace(from) < 0 ? from : nextNonSpace(from));
        if (close <= from || last < 0 || first < 0 || !doc.token(last).pos().equals("NOUN")
                || doc.token(first).sentence() != doc.token(last).sentence()) {
            return false;
        }
        int next = close + (doc.text().startsWith("''", close) ? 2 : 1);
        if (next < doc.text().length() && (Character.isLetterOrDigit(doc.text().charAt(next)) || doc.text().charAt(next) == '-')) {
            return false; // "„engine cutoff“-Sensoren" is a compound, not a name after the noun
        }
        int words = 0;
        for (int i = first; i < doc.tokens().size() && doc.token(i).end() <= close; i++) {
            Token t = doc.token(i);
            if (t.pos().equals("PUNCT")) {
                continue;
            }
            boolean upper = Character.isUpperCase(t.text().charAt(0)) || Character.isDigit(t.text().charAt(0));
            if (t.isVerb() || t.pos().equals("AUX") || !upper && (words == 0 || t.text().length() > 4) || ++words > 5) {
                return false;
            }
        }
        return words > 0;
    }

    /** Longest quoted name a mention is completed to, in characters. */
    private static final int MAX_QUOTED_NAME = 40;

    /**
     * The end (after the closing mark) of a quoted name that a mention ending at {@code from} has
     * opened: the next "“" within {@link #MAX_QUOTED_NAME} characters in the same sentence, with no
     * other opening mark or sentence end before it; -1 if there is none.
     */
    private int quotedNameEnd(int from) {
        String text = doc.text();
        int tok = doc.tokenAt(from > 0 ? from - 1 : from);
        int limit = Math.min(text.length(), from + MAX_QUOTED_NAME);
        if (tok >= 0) {
            limit = Math.min(limit, doc.sentenceOf(tok).end());
        }
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                return i + 1;
            }
            if (c == '„' || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return -1;
            }
        }
        return -1;
    }

    /** The offset of the first non-whitespace character at or after {@code from} (at most two spaces on), or -1. */
    private int nextNonSpace(int from) {
        String text = doc.text();
        for (int i = from; i < text.length() && i <= from + 2; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Longer "noun phrases" are parse errors swallowing clauses; the head word stands in. */
    private static final int MAX_PARTY_TOKENS = 25;

    /**
     * The topic of an English cue verb ({@link StatementTopics}): the phrase, and as its actor that of its head, else of
     * its possessor or by-agent ("President Buhari's health", "accusations by the US"); a thing has no actor.
     */
    private Party topic(int verb) {
        int head = topics.ofVerb(verb);
        if (head < 0) {
            return null;
        }
        Party p = party(head, topics.lastToken(head));
        if (p.actor() != null) {
            return p;
        }
        for (int c : doc.children(head)) {
            ActorIndex.Ref ref = actors.at(c);
            String rel = doc.token(c).deprel();
            if (ref != null && (rel.equals("nmod:poss") || rel.equals("nmod") && hasCase(c, "by"))) {
                return new Party(ref.actor(), p.start(), p.end(), p.text());
            }
        }
        return p;
    }

    private Party addressee(int verb, int speaker, Span message, String form) {
        if (lang.equals("de")) {
            int a = addressees.ofVerb(verb, speaker, message, form.equals("reported"));
            return a < 0 ? null : party(a, addressees.lastToken(a, verb));
        }
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.deprel().equals("iobj") || ct.deprel().equals("obl:arg") && hasCase(c, "gegenüber")
                    || ct.baseRel().equals("obl") && hasCase(c, "gegenüber", "to")) {
                return party(c);
            }
        }
        int to = topics.attitudeTo(verb);
        return to >= 0 && agentive(to) ? party(to) : null;
    }

    private StatementRecord.Cue cueOf(Token verb) {
        return cueOf(verb, -1);
    }

    /** The verb first (its offset locates the cue), then its separable particle and {@code phraseWord} (the other word of a multiword cue, or -1). */
    private StatementRecord.Cue cueOf(Token verb, int phraseWord) {
        List<Evidence> parts = new ArrayList<>();
        parts.add(Evidence.of(doc.tokenSpan(verb.index())));
        for (int c : doc.children(verb.index())) {
            if (doc.token(c).deprel().equals("compound:prt") || c == phraseWord) {
                parts.add(Evidence.of(doc.tokenSpan(c)));
            }
        }
        Evidence first = parts.get(0);
        int end = parts.stream().mapToInt(Evidence::end).max().orElse(first.end());
        String text = parts.size() == 1 ? first.text()
                : String.join(" … ", parts.stream().map(Evidence::text).toList());
        return new StatementRecord.Cue(first.start(), end, text, verb.lemma(), parts);
    }

    /** Writing when the clause names a written channel ("auf Twitter", "in einem Brief"), else the cue's medium. */
    private String medium(Token verb, Cue cue) {
        Sentence s = doc.sentenceOf(verb.index());
        for (int i = Math.max(s.firstToken(), verb.index() - 8); i < Math.min(s.endToken(), verb.index() + 10); i++) {
            Token t = doc.token(i);
            if (inQuote(t.start()) || !WRITING_MARKERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = Math.max(s.firstToken(), i - 3); j < i; j++) {
                String p = doc.token(j).text().toLowerCase(Locale.ROOT);
                if (p.equals("auf") || p.equals("in") || p.equals("per") || p.equals("via") || p.equals("on")) {
                    return "writing";
                }
            }
        }
        return cue.medium().name().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ span helpers

    private boolean inQuote(int offset) {
        return Quotes.containing(quotes, offset) != null;
    }

    /** Is most of the message inside quotation marks? */
    private boolean isQuoted(Span message) {
        int inside = 0;
        for (Span q : quotes) {
            int a = Math.max(q.start(), message.start());
            int b = Math.min(q.end(), message.end());
            if (b > a) {
                inside += b - a;
            }
        }
        return inside >= 0.9 * message.length();
    }

    private Span unquote(Span message) {
        for (Span q : quotes) {
            if (q.start() <= message.start() + 1 && message.end() - 1 <= q.end()
                    && q.overlaps(message)) {
                return inner(q);
            }
        }
        return message;
    }

    private Span inner(Span q) {
        return Span.of(doc.text(), q.start() + 1, q.end() - 1);
    }

    /** Trims whitespace and clause punctuation (commas, colons, final period) at both ends. */
    private Span trim(Span s) {
        String text = doc.text();
        int a = s.start();
        int b = s.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || ",:;–-".indexOf(text.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",:;.–-".indexOf(text.charAt(b - 1)) >= 0)) {
            b--;
        }
        // Balance a dangling opening/closing quotation mark.
        if (b > a && isOpenQuote(text.charAt(a)) && Quotes.containing(quotes, a) != null
                && Quotes.containing(quotes, a).end() > b) {
            b = Math.min(Quotes.containing(quotes, a).end(), text.length());
        }
        return b > a ? Span.of(text, a, b) : null;
    }

    private static boolean isOpenQuote(char c) {
        return c == '„' || c == '“' || c == '"' || c == '»' || c == '«';
    }

    private boolean hasCase(int token, String... preps) {
        for (int c : doc.children(token)) {
            Token ct = doc.token(c);
            if (ct.deprel().equals("case")) {
                String p = ct.text().toLowerCase(Locale.ROOT);
                for (String x : preps) {
                    if (p.equals(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean hasMark(int token, String... marks) {
        return org.lagebild.nlp.Syntax.hasMark(doc, token, marks);
    }

    /** The preposition of {@code token}'s phrase, also a postposition ("seiner Meinung nach": the cue is "nach"), or the token. */
    private int caseToken(int token) {
        for (int c : doc.children(token)) {
            if (doc.token(c).deprel().equals("case")) {
                return c;
            }
        }
        return token;
    }

    private int firstChild(int token, String... rels) {
        for (int c : doc.children(token)) {
            for (String r : rels) {
                if (doc.token(c).deprel().equals(r) || doc.token(c).baseRel().equals(r)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private int nextNoun(int from, Sentence s) {
        for (int i = from; i < s.endToken(); i++) {
            if (doc.token(i).isNoun()) {
                return i;
            }
        }
        return -1;
    }
}

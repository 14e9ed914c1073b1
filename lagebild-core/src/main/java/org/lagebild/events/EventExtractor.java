package org.lagebild.events;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lagebild.actors.ActorIndex;
import org.lagebild.actors.registry.ActorRegistry;
import org.lagebild.data.TsvResource;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Evidence;
import org.lagebild.model.EventRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Syntax;
import org.lagebild.nlp.Token;
import org.lagebild.nlp.morph.GermanVerbs;
import org.lagebild.nlp.morph.Tense;
import org.lagebild.nlp.morph.VerbForm;
import org.lagebild.places.Gazetteer;
import org.lagebild.places.Place;
import org.lagebild.text.Span;
import org.lagebild.time.PublicationDate;
import org.lagebild.time.TimeExpression;

/**
 * PLOVER event coding on the dependency parse. A trigger (verb lemma or event noun from the
 * lexicon) gives type and mode; source and target come from the syntactic roles the lexicon
 * names for it (subject, object, dative, prepositional object), with passives, control verbs
 * ("wirft Russland vor, … zusammengezogen zu haben") and genitive owners of nominal events
 * ("die Forderungen Moskaus"). Events without any resolved actor are dropped: a wrong event
 * is worse than a missing one.
 */
public final class EventExtractor {
    private static final Set<String> NEG_DE = Set.of("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals");
    private static final Set<String> NEG_EN = Set.of("not", "n't", "no", "never");
    private static final Set<String> FUTURE_DE = Set.of("wollen", "sollen", "werden", "planen", "beabsichtigen", "wollte");
    private static final Set<String> FUTURE_EN = Set.of("will", "shall", "plan", "intend", "going", "threaten", "vow",
            "promise", "pledge", "want", "prepare", "consider", "offer", "willing", "ready", "prepared", "aim", "seek");
    /**
     * English verbs whose complement is a policy option weighed, not an act or an intent ("is considering
     * sending aid", "is exploring the possibility of transferring helicopters"): CAMEO 014 (consider policy
     * option), a neutral statement in CAMEO's classes.
     */
    private static final Set<String> CONSIDERING_EN = Set.of("consider", "explore", "contemplate", "mull", "weigh");
    /** Nouns through which an option is weighed: "explore the possibility of …". */
    private static final Set<String> OPTION_NOUNS_EN = Set.of("possibility", "option", "idea", "prospect", "feasibility");
    /** English verbs whose infinitive complement did not happen: "declined to resign", "refused to lift the ban". */
    private static final Set<String> REFUSING_EN = Set.of("refuse", "decline", "fail");
    private static final Set<String> COND_DE = Set.of("falls", "wenn", "sofern", "sollte", "würde", "würden");
    /** English conditions and modals of possibility: "could impose restrictions", "may make some compromises". */
    private static final Set<String> COND_EN = Set.of("if", "unless", "would", "could", "might", "may", "should");
    /**
     * The relations to an ob-clause's verb of a noun that is what the question asks about: its object or passive
     * subject. Not an active subject ("ob sein Dementi noch aktuell sei": the denial was made).
     */
    private static final Set<String> QUESTIONED_ROLES = Set.of("obj", "nsubj:pass");
    /**
     * German nouns of evidence for an act that is only inferred ("Alle Anzeichen deuteten auf einen Terroranschlag hin",
     * "keine Hinweise auf einen Terroranschlag"), as OPTION_NOUNS_EN are for a weighed one. Not "Beweis": proof of an act
     * that happened is mostly about who did it ("Beweise für den Mord").
     */
    private static final Set<String> EVIDENCE_NOUNS_DE = Set.of("hinweis", "hinweise", "hinweisen", "anzeichen", "indiz",
            "indizien", "beleg", "belege", "belegen");
    private static final Set<String> EVIDENCE_PREPS_DE = Set.of("auf", "für");
    /** Verbs whose object, not subject, is the understood subject of their infinitive clause. */
    private static final Set<String> OBJECT_CONTROL = Set.of("vorwerfen", "auffordern", "bitten", "zwingen",
            "beschuldigen", "verdächtigen", "drängen", "ermutigen", "accuse", "urge", "ask", "force", "call");
    /** "nach Beratungen", "bei Gesprächen", "an Gesprächen": the subject took part. */
    private static final Set<String> PARTICIPATION_PREPS = Set.of("nach", "bei", "an", "während", "in", "after", "during", "at");
    /**
     * English support verbs whose subject is the actor of their event-noun object. Verbs with their
     * own trigger rows ("sign", "impose", "provide") are left out so one event is not coded twice.
     * Approving or authorising an act is the approver's act, as CAMEO codes it ("a judge approved the
     * extradition of …" is 063 judicial cooperation by the court). Who joins a strike, a protest or talks takes part in
     * them ("workers joined the strike", session 33).
     */
    private static final Set<String> SUPPORT_EN = Set.of("launch", "start", "begin", "continue", "carry", "conduct",
            "stage", "mount", "hold", "make", "step", "resume", "intensify", "escalate", "wage", "lead",
            "announce", "express", "voice", "lodge", "file", "extend", "declare", "issue", "give",
            "deliver", "initiate", "undertake", "unleash", "order", "observe", "set", "perform", "approve", "authorize",
            "authorise", "join");
    /**
     * German support verbs whose subject is the actor of their event-noun object ("erhob Anklage",
     * "nahm Ermittlungen auf", "übte Kritik", "signalisierten Ablehnung"; who plans or admits an attack made it:
     * "soll den Terroranschlag geplant haben", "hat acht Vergewaltigungen zugegeben"; "legt UNICEF einige Forderungen vor",
     * "brachte Vorwürfe vor", session 32). Verbs with their own trigger
     * rows for such objects ("verhängen" Sanktionen) are left out so one event is not coded twice.
     */
    private static final Set<String> SUPPORT_DE = Set.of("erheben", "aufnehmen", "einleiten", "führen", "durchführen",
            "beginnen", "starten", "fortsetzen", "abhalten", "üben", "äußern", "stellen", "aussprechen", "erteilen",
            "verüben", "begehen", "unternehmen", "leisten", "signalisieren", "bekunden", "richten", "ankündigen",
            "planen", "vorbereiten", "zugeben", "gestehen", "vorlegen", "vorbringen");
    /** Verbs of sparing whose negation with an event noun in "mit" is a litotes ("sparte nicht mit Kritik"). */
    private static final Set<String> LITOTES_DE = Set.of("sparen", "geizen");
    /** Verbs of entering that make their subject the actor of an event noun with "in" ("in den Streik treten"). */
    private static final Set<String> ENTER_DE = Set.of("treten", "eintreten");
    /** Adverbs of direction or nearness that take a place with "von" ("südlich von Kairo"). */
    private static final Set<String> COMPASS_DE = Set.of("nördlich", "südlich", "östlich", "westlich", "nordöstlich",
            "nordwestlich", "südöstlich", "südwestlich", "unweit", "nahe");
    /** Prepositions of a place phrase; "throughout" and "across" name the place itself ("killings throughout Darfur"). */
    private static final Set<String> PLACE_PREPS = Set.of("in", "im", "an", "am", "bei", "auf", "vor", "nahe", "unweit",
            "at", "near", "on", "throughout", "across");
    /**
     * Prepositions of an event or time phrase that may name the place further down ("during the
     * offensive in Afghanistan", "während der Kämpfe in Mariupol"), though never themselves a place.
     */
    private static final Set<String> NESTED_PLACE_PREPS = Set.of("during", "while", "within", "inside", "outside",
            "während", "nach", "bei", "after");

    private final AnnotatedDocument doc;
    private final ActorIndex actors;
    private final List<StatementRecord> statements;
    private final List<TimeExpression> times;
    private final PublicationDate pub;
    private final String lang;
    private final EventLexicon lexicon = EventLexicon.get();
    private final Gazetteer places = Gazetteer.get();
    private Set<String> articleCountries;
    /** PLOVER types coded so far in this document: a definite event noun of such a type re-mentions it. */
    private final Set<String> codedTypes = new java.util.HashSet<>();
    /** Noun keys coded as events so far, with the row that coded them: a definite re-mention needs no constraint. */
    private final java.util.Map<String, Trigger> codedNouns = new java.util.HashMap<>();
    /** Whether the document has coded a military withdrawal: its definite withdrawal nouns then re-mention it. */
    private boolean withdrawalCoded;
    /** Whether the document has coded a bombing: its explosions are then that attack, not accidents. */
    private boolean bombing;

    public EventExtractor(AnnotatedDocument doc, ActorIndex actors, List<StatementRecord> statements,
                          List<TimeExpression> times, PublicationDate pub) {
        this.doc = doc;
        this.actors = actors;
        this.statements = statements;
        this.times = times;
        this.pub = pub;
        this.lang = doc.lang();
    }

    public List<EventRecord> extract() {
        List<EventRecord> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : doc.tokensOf(s)) {
                boolean readNoun = verbReadNoun(t, s);
                EventRecord e = t.isVerb() && !readNoun ? verbEvent(t)
                        : t.pos().equals("NOUN") || initialCommonNoun(t, s) || readNoun ? nounEvent(t)
                        : t.pos().equals("ADJ") ? adjectiveEvent(t) : null;
                if (e != null) {
                    out.add(withId(e, "e" + (out.size() + 1)));
                    codedTypes.add(e.type());
                    withdrawalCoded |= e.type().equals("RETREAT") && "withdraw".equals(e.mode());
                    bombing |= e.type().equals("ASSAULT") && "explosives".equals(e.mode());
                    courtCase |= "allege".equals(e.mode()) || "convict".equals(e.mode());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ verbal events

    /**
     * "kam es … zu Krawallen": the German tagger reads a capitalised event noun after "zu" as an infinitive ("Krawallen"
     * VERB with "zu" as its mark). A capitalised word inside the sentence (not after a full stop, quotation mark, colon
     * or dash, where a verb may be capitalised) with such a mark and an event-noun row is taken as that noun.
     */
    private boolean verbReadNoun(Token t, Sentence s) {
        if (!lang.equals("de") || !t.isVerb() || t.index() == s.firstToken() || t.text().isEmpty()
                || !Character.isUpperCase(t.text().charAt(0)) || doc.token(t.index() - 1).text().endsWith(".")
                || doc.token(t.index() - 1).text().matches("[„\"«»:(–-]") || doc.child(t.index(), "mark") < 0) {
            return false;
        }
        return nounKeys(t.text()).stream().anyMatch(k -> !lexicon.noun(k, lang).isEmpty() || !compoundHead(k, lang).isEmpty());
    }

    /**
     * "Cooperation between the Philippines and the United States … were strengthened": the English tagger reads a
     * capitalised common noun that opens a sentence as a name. An untagged first word that is an event noun of the
     * lexicon is taken as that noun.
     */
    private boolean initialCommonNoun(Token t, Sentence s) {
        return lang.equals("en") && t.index() == s.firstToken() && t.pos().equals("PROPN") && "O".equals(t.ner())
                && !lexicon.noun(lower(t.text()), lang).isEmpty();
    }


    private EventRecord verbEvent(Token v) {
        if (v.lemma() == null || requested(v) || claimsLives(v) || lang.equals("en") && investigatedBySending(v)) {
            return null;
        }
        EventRecord demand = demand(v);
        if (demand != null) {
            return demand;
        }
        EventRecord sentenced = sentenceReceived(v);
        if (sentenced != null) {
            return sentenced;
        }
        List<Trigger> triggers = new ArrayList<>(phrases(v));
        triggers.addAll(lexicon.verb(v.lemma().toLowerCase(Locale.ROOT), lang));
        String particle = strayParticle(v);
        if (particle != null) {
            triggers.addAll(0, lexicon.verb(particle + v.lemma().toLowerCase(Locale.ROOT), lang));
        }
        for (Trigger tr : triggers) {
            if (!constraintOk(tr, v.index()) || showing(tr, v) || question(tr, v) || denial(tr, v) || impending(tr, v)
                    || struck(tr, v) || counsel(tr, v) || suicide(tr, v) || reflexiveDative(tr, v) || challenged(tr, v)
                    || harmWithoutAttack(tr, v) || research(tr, v) || attendance(tr, v) || greeting(tr, v)
                    || foughtProblem(tr, v) || othersFighting(tr, v) || claimedAttack(tr, v) || genericMan(tr, v)
                    || incompatible(tr, v) || ability(tr, v)) {
                continue;
            }
            List<Arg> source = new ArrayList<>();
            List<Arg> target = new ArrayList<>();
            verbParticipants(tr, v, source, target);
            // an open "ihnen" alone ("wo ihnen geholfen wird"), or the actor of an "um … zu" clause alone ("verkaufte …,
            // um seine Familie zu unterstützen"), fills a role of an event but makes none
            boolean sourceless = source.isEmpty() || purposeSourceOnly(v, source);
            if (sourceless && (target.isEmpty() || onlyObjectPronouns(target)) && !tr.standalone()
                    && !coordinatedWithSameType(v, tr) && !agentlessPassive(tr, v, triggers)) {
                List<Arg> phrase = phraseSource(v.index());
                if (phrase.isEmpty()) {
                    continue;
                }
                if (source.isEmpty()) {
                    source.addAll(phrase);
                }
            }
            return build(tr, v, source, target);
        }
        return null;
    }

    /**
     * A German werden-passive without an agent reports an attack, a coercive act or an accusation even when its patient
     * is a thing or a number ("wurde beschlagnahmt", "wurden … 680 PKK-Kämpfer getötet", "Bemängelt werden außerdem …",
     * "was Mladić vorgeworfen wird"): news names the victim or the charge and leaves the doer out. Only a lemma whose
     * rows are all of that one type: "verurteilt" without its sentence is the court's conviction, not criticism. Agentless
     * passives of the other types are often generic or administrative ("wurden 25 Sprachen angeboten", "muss geholfen
     * werden", "wurde vereinbart"; docs/EVALUATION.md, session 19).
     */
    private boolean agentlessPassive(Trigger tr, Token v, List<Trigger> rows) {
        int shared = sharedPassive(v.index());
        return lang.equals("de") && AGENTLESS_TYPES.contains(tr.type().name())
                && rows.stream().allMatch(r -> r.type() == tr.type())
                && (Syntax.isWerdenPassive(doc, v.index()) || shared >= 0 && Syntax.isWerdenPassive(doc, shared))
                && agentOf(v.index()) < 0 && (shared < 0 || passiveAgent(shared) < 0) && !noOne(v);
    }

    private static final Set<String> AGENTLESS_TYPES = Set.of("ASSAULT", "COERCE", "ACCUSE");

    /** "Verletzt wurde niemand": the patient is no one, so nothing happened to anyone. */
    private boolean noOne(Token v) {
        for (int c : doc.children(v.index())) {
            Token ct = doc.token(c);
            if ((ct.baseRel().startsWith("nsubj") || ct.baseRel().equals("obj")) && NO_ONE_DE.contains(lower(ct.text()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NO_ONE_DE = Set.of("niemand", "keiner", "keine", "nichts");

    /**
     * A reported "must" is a demand (CAMEO 10): "Russia says Israel must end attacks on Syria", "said the
     * government must ensure security": the speaker demands it of the clause's subject, and the act
     * demanded is not coded as having happened. Triggered at "must", coded as the lexicon's "demand" row;
     * only in a complement clause of a verb whose subject is an actor (a bare "Israel must end …" names no one demanding).
     */
    private EventRecord demand(Token v) {
        // "dep": the parser often leaves "says Israel must end …" unlabelled, with "Israel" as the object of "says"
        if (!lang.equals("en") || !(v.baseRel().equals("ccomp") || v.baseRel().equals("dep")) || v.head() < 0
                || !doc.token(v.head()).isVerb()) {
            return null;
        }
        int must = -1;
        for (int c : doc.children(v.index())) {
            if (doc.token(c).baseRel().equals("aux") && doc.token(c).text().equalsIgnoreCase("must")) {
                must = c;
            }
        }
        if (must < 0) {
            return null;
        }
        Trigger tr = lexicon.verb("demand", lang).stream().findFirst().orElse(null);
        if (tr == null) {
            return null;
        }
        List<Arg> source = new ArrayList<>();
        collect(Syntax.subject(doc, v.head()), source);
        if (source.isEmpty()) {
            return null;
        }
        List<Arg> target = new ArrayList<>();
        int subject = Syntax.subject(doc, v.index());
        int obj = doc.child(v.head(), "obj");
        int demanded = subject >= 0 ? subject : obj >= 0 && obj < must ? obj : -1;
        collect(demanded, target);
        if (demanded >= 0 && SPEAKER_SIDE_EN.contains(lower(doc.token(demanded).text()))) {
            return null; // "we must see …": no one else is asked to act
        }
        return build(tr, doc.token(must), source, target);
    }

    /**
     * "she asked", "rhetorically asked aloud: 'Who is dead?'": "ask" with no one asked, no infinitive and no for-phrase
     * asks a question (a quotation cue), it requests nothing.
     */
    private boolean question(Trigger tr, Token v) {
        if (!lang.equals("en") || tr.pos() != Trigger.Pos.VERB || !tr.lemma().equals("ask")) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            Token ct = doc.token(c);
            String rel = ct.baseRel();
            if (rel.equals("obj") || rel.equals("iobj") || rel.equals("xcomp") || ct.deprel().equals("nsubj:pass")
                    || (rel.equals("obl") || rel.equals("advcl")) && "for".equals(Syntax.caseOf(doc, c))
                    || Syntax.hasMark(doc, c, "for", "to")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speaker's own side: "we must see …" commits or exhorts, it demands of no one else. Not "you": "you must first
     * obtain permission" is a rule someone sets.
     */
    private static final Set<String> SPEAKER_SIDE_EN = Set.of("we", "i", "us");

    /**
     * "demonstrieren" with a clause or an object that is no actor is the other sense, "to show" ("um zu
     * demonstrieren, wie weltoffen China sei", "ihre Macht zu demonstrieren"); an actor object is a
     * misparsed subject ("haben 25.000 Menschen … demonstriert").
     */
    private boolean showing(Trigger tr, Token v) {
        if (lang.equals("en") && tr.pos() == Trigger.Pos.VERB && tr.lemma().equals("demonstrate")) {
            // "to demonstrate the Quad's naval strength", "would demonstrate resolve": protesters have no object
            int obj = doc.child(v.index(), "obj");
            return obj >= 0 && actors.at(obj) == null || doc.child(v.index(), "ccomp") >= 0;
        }
        if (!lang.equals("de") || tr.pos() != Trigger.Pos.VERB || !tr.lemma().equals("demonstrieren")) {
            return false;
        }
        int obj = doc.child(v.index(), "obj");
        if (doc.child(v.index(), "ccomp") >= 0 || obj >= 0 && actors.at(obj) == null || shownClause(v) || shownQuality(v)) {
            return true;
        }
        // "demonstrieren, wie weltoffen …", however the parser attached the clause
        int next = v.index() + 2;
        return next < doc.tokens().size() && doc.token(next).sentence() == v.sentence()
                && doc.token(v.index() + 1).text().equals(",")
                && SHOWN_CLAUSE.contains(doc.token(next).text().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SHOWN_CLAUSE = Set.of("wie", "dass", "was");

    /**
     * "wie er gegenüber Bloomberg demonstriert", "ein Video, in dem demonstriert wird, wie sich die Sperre umgehen
     * lässt", "Das demonstrierte am Abend auch der Präsident": "demonstrieren" in a wie-clause of its own, with a
     * wie/dass/ob clause below it (whatever relation the parser gave it), or with a demonstrative "das"/"dies" as its
     * subject shows something; protesters are no "das".
     */
    private boolean shownClause(Token v) {
        for (int c : doc.children(v.index())) {
            Token d = doc.token(c);
            String rel = d.baseRel();
            if (rel.equals("mark") && lower(d.text()).equals("wie")
                    || rel.startsWith("nsubj") && SHOWN_SUBJECTS_DE.contains(lower(d.text()))) {
                return true;
            }
            if (rel.equals("advcl") || rel.equals("ccomp") || rel.equals("csubj")) {
                for (int m : doc.children(c)) {
                    if (doc.token(m).baseRel().equals("mark") && SHOWN_MARKS_DE.contains(lower(doc.token(m).text()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> SHOWN_SUBJECTS_DE = Set.of("das", "dies", "dieses", "was");
    private static final Set<String> SHOWN_MARKS_DE = Set.of("wie", "dass", "ob");

    /**
     * "Die Regierung demonstriert … Einigkeit" (the parser hung "Einigkeit" on another noun): a quality a `shown` row of
     * nonevent-contexts-de.tsv names in the sentence of "demonstrieren" is what is shown, unless the verb has a
     * gegen- or für-phrase ("demonstrierten gegen die Übermacht").
     */
    private boolean shownQuality(Token v) {
        for (int c : doc.children(v.index())) {
            String cs = Syntax.caseOf(doc, c);
            if (doc.token(c).baseRel().equals("obl") && cs != null && PROTESTED_CASES_DE.contains(lower(cs))) {
                return false;
            }
        }
        for (Token t : doc.tokensOf(doc.sentenceOf(v.index()))) {
            if (contextNoun(t.index(), SHOWN_WORDS_DE)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PROTESTED_CASES_DE = Set.of("gegen", "für");

    /**
     * "auf die Demonstration permanenter Verletzlichkeit des … Gegners", "eine Demonstration der Stärke": the noun
     * "Demonstration" with a `shown` quality as its genitive is a show, no protest ("Demonstration der Identitären"
     * stays).
     */
    private boolean shownDemonstration(Trigger tr, Token n) {
        if (!lang.equals("de") || !tr.type().name().equals("PROTEST") || !lower(n.text()).startsWith("demonstration")) {
            return false;
        }
        for (int c : doc.children(n.index())) {
            if (doc.token(c).baseRel().equals("nmod") && Syntax.caseOf(doc, c) == null && contextNoun(c, SHOWN_WORDS_DE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "muss man … die Wirtschaftsflüchtlinge zurückschicken", "eine Liste …, in die man Migranten zurückschicken kann",
     * "könne man ihn anzeigen, ja auch verhaften", "also kann man mich auch nicht begnadigen": a German verb whose
     * subject is the impersonal "man" with a modal (können, müssen, sollen, dürfen) says what can or must be done in
     * general, no act (guidelines: generic statements, policies; the content of a demand is no event of its own). A
     * conjunct infinitive without a subject of its own shares its head's. Not "wollen": "In Moskau will man …" names an
     * institution's plan.
     */
    private boolean genericMan(Trigger tr, Token v) {
        if (!lang.equals("de") || !infinitive(v)) {
            return false;
        }
        int clause = v.index();
        while (doc.token(clause).baseRel().equals("conj") && doc.token(clause).head() >= 0
                && doc.child(clause, "nsubj") < 0 && infinitive(doc.token(doc.token(clause).head()))) {
            clause = doc.token(clause).head();
        }
        boolean man = false;
        boolean modal = false;
        for (int c : doc.children(clause)) {
            Token d = doc.token(c);
            if (d.baseRel().startsWith("nsubj") && lower(d.text()).equals("man")) {
                man = true;
            }
            if (d.baseRel().equals("aux") && d.lemma() != null && GENERIC_MODALS_DE.contains(lower(d.lemma()))) {
                modal = true;
            }
        }
        return man && modal;
    }

    private static final Set<String> GENERIC_MODALS_DE = Set.of("können", "müssen", "sollen", "dürfen");

    /**
     * The verb is written as its infinitive, as under a modal ("zurückschicken könne"); a participle coordinated with
     * such an infinitive belongs to another clause ("hatte beklagt, dass man … nicht speichern dürfe und der SPÖ
     * vorgeworfen, …": the parser hung "vorgeworfen" on "speichern").
     */
    private static boolean infinitive(Token v) {
        return v.lemma() != null && lower(v.text()).equals(lower(v.lemma()));
    }

    /**
     * "Der Plan … würde EU-Recht widersprechen", "Das widerspricht der Verfassung": "widersprechen" with a law, rule or
     * principle (a `norm` noun of harm-nonevents-de.tsv, also a compound ending in it) as its dative, subject or
     * object (the parser mixes them up) is incompatibility, no rejection.
     */
    private boolean incompatible(Trigger tr, Token v) {
        if (!lang.equals("de") || !tr.lemma().equals("widersprechen")) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            String rel = doc.token(c).baseRel();
            if (!rel.startsWith("nsubj") && !rel.equals("obj") && !rel.equals("iobj") && !rel.equals("obl")) {
                continue;
            }
            if ("norm".equals(harmClass(c))) {
                return true;
            }
            for (int f : doc.children(c)) {
                if (doc.token(f).deprel().equals("flat") && "norm".equals(harmClass(f))) {
                    return true; // "EU-Recht" parsed as "EU" with a flat "Recht"
                }
            }
        }
        return false;
    }

    /**
     * "ein Anwalt, der in der Lage sei, Druck auf die Behörden auszuüben", "Die Armee ist imstande, die Stadt
     * anzugreifen": a German zu-infinitive below "in der Lage sein", "imstande", "fähig" (or their negations) names what
     * someone can do, no act (guidelines: abilities and generic statements are no events; eval/dev4-de-events).
     */
    private boolean ability(Trigger tr, Token v) {
        if (!lang.equals("de") || !v.baseRel().equals("xcomp") || v.head() < 0) {
            return false;
        }
        Token h = doc.token(v.head());
        if (h.pos().equals("ADJ") && ABILITY_ADJ_DE.contains(lower(h.text()))) {
            return true;
        }
        for (int c : doc.children(h.index())) {
            if (lower(doc.token(c).text()).equals("lage") && "in".equals(Syntax.caseOf(doc, c))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ABILITY_ADJ_DE = Set.of("imstande", "außerstande", "fähig", "unfähig");

    /**
     * "Wien – Verhandlungen am laufenden Band stehen … auf der Tagesordnung des Obersten Gerichtshofs", "Das Gericht
     * will sich … in einer Dringlichkeitssitzung mit dem Fall befassen", "Der FPÖ-Chef erschien nicht zu der
     * Verhandlung" (in a report of his trial): a German "Verhandlung" or "…sitzung" without a mit-, zwischen- or
     * über-phrase in a sentence with a court word (`court` rows of nonevent-contexts-de.tsv), or the singular
     * "Verhandlung" in an article with one, is a court hearing, no talks.
     */
    private boolean courtHearing(Trigger tr, Token n) {
        if (!lang.equals("de") || !tr.type().name().equals("CONSULT")) {
            return false;
        }
        String w = lower(n.text());
        boolean hearing = w.startsWith("verhandlung");
        if (!hearing && !w.endsWith("sitzung") && !w.endsWith("sitzungen")) {
            return false;
        }
        for (int c : doc.children(n.index())) {
            String cs = Syntax.caseOf(doc, c);
            if (cs != null && NEGOTIATED_CASES_DE.contains(lower(cs))) {
                return false;
            }
        }
        for (Token t : doc.tokensOf(doc.sentenceOf(n.index()))) {
            if (courtWord(t)) {
                return true;
            }
        }
        if (!w.equals("verhandlung")) {
            return false;
        }
        for (Token t : doc.tokens()) {
            if (courtWord(t)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGOTIATED_CASES_DE = Set.of("mit", "zwischen", "über");

    /**
     * A German dateline place: a proper name before the dash of a dateline ({@link org.lagebild.nlp.Syntax#datelineDash}:
     * "Wien – …", "Centennial/Aurora – …"); it names where the article was written, no actor of the sentence's event.
     */
    private boolean dateline(int token) {
        return doc.token(token).pos().equals("PROPN")
                && token < org.lagebild.nlp.Syntax.datelineDash(doc, doc.sentenceOf(token));
    }

    /** A court word: its text (after the last hyphen) a `court` row, or ending in a row that begins with "*". */
    private static boolean courtWord(Token t) {
        if (!t.isNoun()) {
            return false;
        }
        String w = lower(t.text());
        return listedWord(w.substring(w.lastIndexOf('-') + 1), COURT_WORDS_DE, NOUN_ENDINGS_DE);
    }

    /**
     * Whether a lower-case word is an entry of a nonevent-contexts-de.tsv list with one of {@code endings}; an entry
     * "*x" matches a word ending in x (with such an ending), as "*studie" matches "Sicherheitsstudie".
     */
    private static boolean listedWord(String w, List<String> entries, List<String> endings) {
        for (String e : entries) {
            for (String ending : endings) {
                if (e.startsWith("*") ? w.endsWith(e.substring(1) + ending) : w.equals(e + ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Acht Tote forderte ein Sprengstoffanschlag", "der Anschlag forderte 20 Todesopfer": "fordern" with a
     * death toll claims lives, no demand; the event noun next to it is then no requested content either.
     */
    private boolean claimsLives(Token v) {
        if (!lang.equals("de") || v.lemma() == null || !v.lemma().equalsIgnoreCase("fordern")) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            Token ct = doc.token(c);
            String rel = ct.baseRel();
            if ((rel.equals("obj") || rel.equals("nsubj")) && TOLL_DE.contains(ct.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TOLL_DE = Set.of("tote", "toten", "todesopfer", "opfer", "menschenleben",
            "leben", "verletzte", "verletzten", "schwerverletzte", "schwerverletzten", "verwundete", "verwundeten");

    /**
     * "dass Kenia ein Anschlag droht", "Ihm droht eine Freiheitsstrafe": "drohen" with a subject that is
     * no actor means "impend"; only an actor threatens.
     */
    private boolean impending(Trigger tr, Token v) {
        if (!lang.equals("de") || !tr.lemma().equals("drohen")) {
            return false;
        }
        if (penaltyImpends(v)) {
            return true;
        }
        // "doch droht sie nun zu scheitern", "Die Frachter drohten abzutreiben", "Merkel droht die Mehrheit zu verlieren":
        // what may happen to the subject, whoever it is; a threat sets off its infinitive with a comma ("Er drohte,
        // die Gespräche abzubrechen")
        int inf = doc.child(v.index(), "xcomp");
        if (inf > v.index() && doc.token(inf).isVerb() && java.util.stream.IntStream.range(v.index() + 1, inf)
                .noneMatch(i -> doc.token(i).text().equals(","))) {
            return true;
        }
        int subj = doc.child(v.index(), "nsubj");
        boolean thing = subj >= 0 && THING_PRONOUNS_DE.contains(lower(doc.token(subj).text()))
                && argument(v.index(), "obl:mit") < 0; // "das Regime, das mit Vergeltung drohte" threatens
        if (subj >= 0 && (doc.token(subj).isNoun() || thing) && actors.at(subj) == null) {
            return true; // "was … an der Grenze droht", "Das droht nun auch Deutschland"
        }
        // "drohen" takes no accusative: "droht dem 66-Jährigen die Todesstrafe" parsed with the dative as the subject
        // and what impends as the object, known by its nominative article ("Türkei droht Kurden" is a threat), or a
        // plural verb with an object that has no article at all ("Russland drohen weitere Sanktionen")
        int obj = doc.child(v.index(), "obj");
        if (obj >= 0 && THING_PRONOUNS_DE.contains(lower(doc.token(obj).text())) && argument(v.index(), "obl:mit") < 0) {
            return true; // "Was Griechenland droht, ist ungewiss"
        }
        return obj >= 0 && doc.token(obj).isNoun() && actors.at(obj) == null && (nominativeArticle(obj)
                || plural(v.index()) && doc.childrenWith(obj, "det").isEmpty() && !"PROPN".equals(doc.token(obj).pos()));
    }

    /** Pronouns that stand for a thing or a state of affairs, never for who threatens ("was", "das"). */
    private static final Set<String> THING_PRONOUNS_DE = Set.of("was", "das", "dies", "es", "welches");

    /**
     * "Ihm droht eine Freiheitsstrafe", "drohen Demirtaş bis zu 24 Jahre Haft": the penalty the law provides impends,
     * whatever the parse made subject and object; no one threatens. "droht Polen mit Strafen" (an oblique) is a threat.
     */
    private boolean penaltyImpends(Token v) {
        for (int c : doc.children(v.index())) {
            String rel = doc.token(c).baseRel();
            if (!rel.equals("nsubj") && !rel.equals("obj")) {
                continue;
            }
            if (Syntax.caseOf(doc, c) == null && "penalty".equals(harmClass(c))) {
                return true;
            }
            for (int cc : doc.children(c)) { // "30 Jahre Haft": the penalty may hang below the number of years
                if (doc.token(cc).isNoun() && Syntax.caseOf(doc, cc) == null && "penalty".equals(harmClass(cc))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A killing or injury in an accident or a disaster ("bei einem Verkehrsunfall getötet", "von einem Blitz getroffen",
     * "Bei einem Zusammenstoß zwischen einem Moped und …"), of an animal ("andere Tiere töten") or of a norm ("dass der
     * Kodex nicht verletzt werde") is no attack (guidelines: accidents, disasters, deaths without an agent are no
     * events). The nouns are data: harm-nonevents-de.tsv. A conjunct shares its head's obliques ("erfasst und getötet").
     */
    private boolean harmWithoutAttack(Trigger tr, Token v) {
        if (!lang.equals("de") || !tr.type().name().equals("ASSAULT")) {
            return false;
        }
        List<Integer> verbs = new ArrayList<>(List.of(v.index()));
        if (v.baseRel().equals("conj") && doc.token(v.head()).isVerb()) {
            verbs.add(v.head());
        }
        for (int verb : verbs) {
            int agent = agentOf(verb);
            for (int c : doc.children(verb)) {
                int noun = c;
                for (int antecedent : relativeNouns(c)) { // "die Havarie, bei der … ums Leben kamen"
                    noun = harmClass(noun) == null ? antecedent : noun;
                }
                String harm = harmClass(noun);
                if (harm == null) {
                    continue;
                }
                Token ct = doc.token(c);
                boolean oblique = ct.baseRel().equals("obl") || ct.baseRel().equals("nmod");
                boolean patient = verb == v.index() && (ct.baseRel().equals("obj") || ct.deprel().equals("nsubj:pass"));
                // "gegen die Korruption vorgehen": what a verb acts against
                boolean against = verb == v.index() && oblique && "gegen".equals(Syntax.caseOf(doc, c));
                boolean hit = switch (harm) {
                    case "accident" -> oblique;
                    case "collision" -> oblique && hasVehicle(noun);
                    case "vehicle", "nature" -> c == agent;
                    // an animal killing or killed: "Wölfe rissen Schafe", "dass … Jäger aus der Tierwelt andere Tiere töten"
                    case "animal" -> patient || verb == v.index() && ct.baseRel().startsWith("nsubj");
                    case "norm" -> patient;
                    case "problem" -> patient || against;
                    default -> false;
                };
                if (hit) {
                    return true;
                }
            }
            if (datelineAccident(verb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ein Angriff auf verbriefte Bürgerrechte", "Angriffe auf die Pressefreiheit", "der Kampf gegen die Korruption": what
     * a German attack noun is aimed at (its auf- or gegen-phrase) is a norm or a social ill of harm-nonevents-de.tsv, so no
     * one is attacked: a metaphor or a policy, as for the objects of attack verbs in {@link #harmWithoutAttack}.
     */
    private boolean aimedAtNormOrProblem(Trigger tr, Token n) {
        if (!lang.equals("de") || !tr.type().name().equals("ASSAULT")) {
            return false;
        }
        for (int c : doc.children(n.index())) {
            String prep = Syntax.caseOf(doc, c);
            if (!doc.token(c).baseRel().equals("nmod") && !doc.token(c).baseRel().equals("obl")
                    || !"auf".equals(prep) && !"gegen".equals(prep)) {
                continue;
            }
            for (int conj : Syntax.conjuncts(doc, c)) { // "auf verbriefte Bürgerrechte, ja, auf die … Grundordnung"
                String harm = harmClass(conj);
                if ("norm".equals(harm) || "problem".equals(harm)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "958 Gewalttaten", "der Anteil der Gewalttaten", "Gewalttaten … stiegen um 72 Prozent": a crime category of
     * harm-nonevents-de.tsv that is counted (a number in digits), the genitive of a statistic noun (or its head, as the
     * parser sometimes makes it) or the subject of a verb of change is a statistic, no act. "die jüngsten Gewalttaten im Westjordanland" stays an attack.
     */
    private boolean countedCrime(Trigger tr, Token n) {
        if (!lang.equals("de") || !tr.type().name().equals("ASSAULT") || !"category".equals(harmClass(n.index()))) {
            return false;
        }
        for (int c : doc.children(n.index())) {
            if (doc.token(c).baseRel().equals("nummod") && doc.token(c).text().matches(".*\\d.*")
                    // "die Zahl rechter Gewalttaten … gestiegen" parsed with the crime noun heading the clause
                    || Syntax.caseOf(doc, c) == null && "statistic".equals(harmClass(c))) {
                return true;
            }
        }
        if (n.head() < 0) {
            return false;
        }
        Token head = doc.token(n.head());
        if (n.baseRel().equals("nmod") && Syntax.caseOf(doc, n.index()) == null && "statistic".equals(harmClass(head.index()))) {
            return true;
        }
        return n.baseRel().equals("nsubj") && head.isVerb() && head.lemma() != null
                && "change".equals(HARM_NONEVENTS_DE.get(lower(head.lemma())));
    }

    /**
     * "to fight the Ebola epidemic", "battling corruption", "fight against poverty": what an English attack verb is
     * aimed at is a disease, a social ill or a disaster (harm-nonevents-en.tsv), so no one is attacked.
     */
    private boolean foughtProblem(Trigger tr, Token v) {
        if (!lang.equals("en") || !tr.type().name().equals("ASSAULT")) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            Token ct = doc.token(c);
            boolean aimed = ct.baseRel().equals("obj") || ct.deprel().equals("nsubj:pass")
                    || ct.baseRel().equals("obl") && "against".equals(Syntax.caseOf(doc, c));
            if (aimed && problem(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "to stop Israel's heinous and cruel attacks": an English ceasefire verb (halt, stop, end the fighting) de-escalates
     * the subject's own fighting; an object that names another party as its owner is someone else's attack, which stays.
     */
    private boolean othersFighting(Trigger tr, Token v) {
        if (!lang.equals("en") || !"ceasefire".equals(tr.mode()) || !tr.constrained()) {
            return false;
        }
        int obj = doc.child(v.index(), "obj");
        int owner = obj < 0 ? -1 : doc.child(obj, "nmod:poss");
        return owner >= 0 && !doc.token(owner).pos().equals("PRON") && !doc.token(owner).pos().equals("DET");
    }

    /** The noun or one of its compound modifiers ("the Ebola epidemic", "COVID-19") is a problem of harm-nonevents-en.tsv. */
    private boolean problem(int noun) {
        List<Integer> words = new ArrayList<>(List.of(noun));
        for (int c : doc.children(noun)) {
            if (doc.token(c).deprel().equals("compound")) {
                words.add(c);
            }
        }
        for (int w : words) {
            Token t = doc.token(w);
            if ("problem".equals(HARM_NONEVENTS_EN.get(lower(t.text()))) || "problem".equals(HARM_NONEVENTS_EN.get(lower(t.lemma())))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Map<String, String> HARM_NONEVENTS_EN = TsvResource.read(
            "org/lagebild/events/harm-nonevents-en.tsv", TsvResource.Layout.columns(3).withOptionalTrailing()).stream()
            .collect(java.util.stream.Collectors.toMap(r -> r.get(0), r -> r.get(1)));

    /**
     * "Virgen – Bei einem Zusammenstoß zwischen einem Moped und … ist … ein 15-Jähriger getötet worden", "Neu-Delhi - Bei
     * einem Busunglück …": after a dateline the parser hangs the sentence-initial oblique on the place name, a nominal
     * dependent of the verb.
     */
    private boolean datelineAccident(int verb) {
        for (int c : doc.children(verb)) {
            if (!doc.token(c).isNoun()) {
                continue;
            }
            for (int cc : doc.children(c)) {
                String harm = harmClass(cc);
                if (doc.token(cc).baseRel().equals("nmod")
                        && ("accident".equals(harm) || "collision".equals(harm) && hasVehicle(cc))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Zusammenstoß zwischen einem Moped und …": a party of the collision is a vehicle. */
    private boolean hasVehicle(int collision) {
        for (int p : doc.children(collision)) {
            if ("vehicle".equals(harmClass(p))) {
                return true;
            }
        }
        return false;
    }

    /** The class of harm-nonevents-de.tsv a noun belongs to, or null: exact, or for some classes a compound's head. */
    private String harmClass(int token) {
        Token t = doc.token(token);
        if (!t.isNoun()) {
            return null;
        }
        List<String> keys = new ArrayList<>(nounKeys(t.text()));
        if (t.lemma() != null) {
            keys.addAll(nounKeys(t.lemma()));
        }
        for (String key : keys) {
            String exact = HARM_NONEVENTS_DE.get(key);
            if (exact != null) {
                return exact;
            }
        }
        for (String key : keys) {
            for (var e : HARM_NONEVENTS_DE.entrySet()) {
                if (HARM_COMPOUND_CLASSES.contains(e.getValue()) && key.endsWith(e.getKey())
                        && key.length() - e.getKey().length() >= MIN_PERSON_MODIFIER) {
                    return e.getValue(); // "Verkehrsunfall", "Freiheitsstrafe", "Völkerrecht"
                }
            }
        }
        return null;
    }

    private static final java.util.Map<String, String> HARM_NONEVENTS_DE = TsvResource.read(
            "org/lagebild/events/harm-nonevents-de.tsv", TsvResource.Layout.columns(3).withOptionalTrailing()).stream()
            .collect(java.util.stream.Collectors.toMap(r -> r.get(0), r -> r.get(1)));

    /** Classes whose nouns also count as the head of a closed compound. */
    private static final Set<String> HARM_COMPOUND_CLASSES = Set.of("accident", "category", "collision", "norm", "penalty",
            "problem");

    private boolean nominativeArticle(int noun) {
        for (int c : doc.children(noun)) {
            if (doc.token(c).baseRel().equals("det") && NOMINATIVE_DETS_DE.contains(lower(doc.token(c).text()))) {
                return true;
            }
        }
        return false;
    }

    /** Articles that cannot be dative ("der" can: "droht der Regierung"). */
    private static final Set<String> NOMINATIVE_DETS_DE = Set.of("die", "das", "ein", "eine", "kein", "keine");

    /**
     * "bekannte sich zu dem Raketenangriff", "Zu der Tat bekannte sich niemand": who professes an attack or a deed claims
     * it; the attack's own event codes it, and no support is declared (the commitment row of "sich bekennen zu" is for
     * "bekennt sich zur europäischen Integration"; session 32).
     */
    private boolean claimedAttack(Trigger tr, Token v) {
        if (!lang.equals("de") || !CLAIM_DE.contains(tr.lemma())) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            Token ct = doc.token(c);
            if (!(ct.baseRel().equals("obl") || ct.baseRel().equals("nmod")) || !"zu".equals(Syntax.caseOf(doc, c))) {
                continue;
            }
            for (String key : nounKeys(ct.lemma() == null ? ct.text() : ct.lemma())) {
                List<Trigger> rows = lexicon.noun(key, lang);
                if (CLAIMED_DE.contains(key) || (rows.isEmpty() ? compoundHead(key, lang) : rows).stream()
                        .anyMatch(t -> t.type().name().equals("ASSAULT"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs of professing whose zu-object may be a claimed attack. */
    private static final Set<String> CLAIM_DE = Set.of("bekennen");
    /** Nouns a group claims besides attack words: "bekannte sich zu der Tat". */
    private static final Set<String> CLAIMED_DE = Set.of("tat", "urheberschaft", "verantwortung");

    /**
     * "ihren Mandanten vor Gericht zu verteidigen": defence counsel's work, and "verteidigt sich gegen die
     * Vorwürfe": answering accusations; neither is political support.
     */
    private boolean counsel(Trigger tr, Token v) {
        if (!lang.equals("de") || !tr.lemma().equals("verteidigen")) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            String w = doc.token(c).text().toLowerCase(Locale.ROOT);
            if (doc.token(c).baseRel().equals("obj") && (w.startsWith("mandant") || w.startsWith("angeklagt") || w.equals("sich"))
                    || doc.token(c).baseRel().equals("obl") && w.equals("gericht")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Gefordert sieht der Klubchef auch die Sozialpartner", "fühlt sich gefordert": the participle with "sehen" or
     * "fühlen" says someone is challenged, not that anyone demands anything.
     */
    private boolean challenged(Trigger tr, Token v) {
        if (!lang.equals("de") || !tr.lemma().equals("fordern") || !v.text().equalsIgnoreCase("gefordert")) {
            return false;
        }
        List<Integer> near = new ArrayList<>();
        near.add(v.head());
        for (int c : doc.children(v.index())) {
            near.add(c);
        }
        return near.stream().anyMatch(k -> k >= 0 && CHALLENGED_DE.contains(lower(doc.token(k).lemma())));
    }

    private static final Set<String> CHALLENGED_DE = Set.of("sehen", "fühlen");

    /** "wird von Schlägen getroffen": passive "treffen" is being hit, not a meeting. */
    private boolean struck(Trigger tr, Token v) {
        return lang.equals("de") && tr.lemma().equals("treffen") && tr.type().name().equals("CONSULT")
                && Syntax.isPassive(doc, v.index());
    }

    /**
     * "rejected accusations of racism", "dismissed the claims": rejecting what was said about oneself is a
     * denial (a statement, CAMEO 01), not the rejection of a proposal or demand that PLOVER's REJECT means.
     */
    private boolean denial(Trigger tr, Token v) {
        if (!lang.equals("en") || !tr.type().name().equals("REJECT")) {
            return false;
        }
        int obj = Syntax.isPassive(doc, v.index()) ? Syntax.passiveSubject(doc, v.index()) : doc.child(v.index(), "obj");
        int clause = doc.child(v.index(), "ccomp");
        if (obj < 0 && clause >= 0) {
            // "rejected accusation she is covering up details": without "that" the parser makes the noun a loose
            // dependent of the content clause
            obj = doc.child(clause, "dep");
        }
        String lemma = obj < 0 || doc.token(obj).lemma() == null ? "" : doc.token(obj).lemma().toLowerCase(Locale.ROOT);
        return DENIED_EN.contains(lemma);
    }

    /** "rejected accusations of racism", "denied charges that he ran a hit squad": what is denied did not happen. */
    private boolean deniedContent(Token noun) {
        if (!lang.equals("en") || noun.head() < 0 || !noun.baseRel().equals("obj")) {
            return false;
        }
        String verb = doc.token(noun.head()).lemma();
        return verb != null && DENYING_EN.contains(verb.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> DENYING_EN = Set.of("reject", "deny", "dismiss", "refute");

    private static final Set<String> DENIED_EN = Set.of("accusation", "allegation", "claim", "charge", "criticism",
            "report", "rumor", "rumour", "suggestion", "speculation");

    /**
     * An event noun that is the object of a verb coding the same event ("verhängte Sanktionen gegen
     * ihn", "unterzeichneten ein Abkommen"): the verb's event is this mention; coding the noun too would
     * count one event twice.
     */
    private boolean codedByVerb(Token noun, Trigger tr) {
        int amount = tr.type().name().equals("AID") ? aidAmount(noun) : -1;
        if (amount >= 0 && CURRENCY_NOUNS_EN.contains(lower(doc.token(amount).text()))) {
            noun = doc.token(amount); // "provided 20 million dollars in aid": the verb's row takes the amount and codes it
        }
        if (noun.head() < 0 || !(noun.baseRel().equals("obj") || noun.deprel().equals("nsubj:pass"))) {
            return false;
        }
        Token verb = doc.token(noun.head());
        if (!verb.isVerb() || verb.lemma() == null) {
            return false;
        }
        // English: also a verb of another type whose constraint names the noun ("lifted a travel ban",
        // "violated the ceasefire", "suspended talks"): the noun is what the verb's event ends or breaks.
        List<Trigger> rows = lexicon.verb(verb.lemma().toLowerCase(Locale.ROOT), lang);
        return rows.stream().anyMatch(t -> (t.type() == tr.type() || lang.equals("en")) && t.constrained()
                && constraintOk(t, verb.index()) && !othersFighting(t, verb) && codesItself(t, verb, rows))
                || lang.equals("de") && phraseNamesNoun(verb, noun, tr);
    }

    /**
     * "verkündete das Urteil gegen …": a German phrase row of the noun's type whose words are the verb and this noun codes
     * the event at the verb, so the noun is no second event.
     */
    private boolean phraseNamesNoun(Token verb, Token noun, Trigger tr) {
        String word = lower(doc.text().substring(noun.start(), noun.end()));
        for (Trigger p : phrases(verb)) {
            if (p.type() == tr.type() && List.of(lower(p.lemma()).split("\\s+")).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a German verb row finds the participants that make it an event on its own (its roles, or the shapes that
     * need none: standalone, a coordinated verb of its type, an agentless passive). A row that does not ("eine Klage
     * durch Sony einbrachte" with the agent on the noun, "Sanktionen gegen Russland wurden verhängt") codes nothing, so
     * it must not keep the noun from coding the event with the noun's own participants. English keeps the plain test.
     */
    private boolean codesItself(Trigger t, Token verb, List<Trigger> rows) {
        if (!lang.equals("de") || t.standalone() || coordinatedWithSameType(verb, t) || agentlessPassive(t, verb, rows)) {
            return true;
        }
        List<Arg> source = new ArrayList<>();
        List<Arg> target = new ArrayList<>();
        verbParticipants(t, verb, source, target);
        return !source.isEmpty() || !target.isEmpty();
    }

    /** A verb row's source and target as the verb path codes them: its roles, unresolved ones kept, the noun's target. */
    private void verbParticipants(Trigger tr, Token v, List<Arg> source, List<Arg> target) {
        verbArgs(tr, v, source, target);
        keepUnresolved(source, target, (s, t) -> verbArgs(tr, v, s, t));
        objectNounTarget(tr, v, source, target);
    }

    /**
     * "reichte Klage gegen die Regierung ein", "verhängte Sanktionen gegen Russland" with the gegen-phrase on the noun: a
     * German verb row whose constraint names its event-noun object codes that noun's event ({@link #codedByVerb}), so
     * the noun's target is the event's target when the verb has none of its own.
     */
    private void objectNounTarget(Trigger tr, Token v, List<Arg> source, List<Arg> target) {
        if (!lang.equals("de") || !target.isEmpty() || !tr.constrained()) {
            return;
        }
        for (int c : doc.children(v.index())) {
            Token o = doc.token(c);
            if (!o.pos().equals("NOUN") || !(o.baseRel().equals("obj") || o.deprel().equals("nsubj:pass"))) {
                continue;
            }
            for (String key : nounKeys(o.lemma() == null ? o.text() : o.lemma())) {
                for (Trigger nt : lexicon.noun(key, lang)) {
                    if (nt.type() != tr.type()) {
                        continue;
                    }
                    List<Arg> found = new ArrayList<>();
                    collectRecipient(argument(o.index(), nt.targetRole()), nt.targetRole(), found);
                    found.removeIf(a -> source.stream().anyMatch(s -> s.mention().equals(a.mention())));
                    if (!found.isEmpty()) {
                        target.addAll(found);
                        return;
                    }
                }
            }
        }
    }

    /**
     * A separable particle the parser attached below the verb instead of to it ("nahmen den Betreiber
     * … vorläufig fest": "fest" under "vorläufig"), when the verb has none of its own; else null.
     */
    private String strayParticle(Token v) {
        if (!lang.equals("de") || doc.child(v.index(), "compound:prt") >= 0) {
            return null;
        }
        for (Token t : doc.tokensOf(doc.sentenceOf(v.index()))) {
            if (!t.deprel().equals("compound:prt") || t.head() < 0 || doc.token(t.head()).isVerb()) {
                continue;
            }
            int h = t.head();
            for (int guard = 0; h >= 0 && guard < 3 && !doc.token(h).isVerb(); guard++) {
                h = doc.token(h).head();
            }
            if (h == v.index()) {
                return t.text().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * A verb coordinated with a verb that is a trigger of the same type needs no actor of its own
     * ("zehn Menschen erschossen und 110 weitere verletzt"): the first verb's event makes the sense clear.
     */
    private boolean coordinatedWithSameType(Token v, Trigger tr) {
        if (!v.deprel().equals("conj") || v.head() < 0) {
            return false;
        }
        Token first = doc.token(v.head());
        if (!first.isVerb() || first.lemma() == null) {
            return false;
        }
        for (Trigger t : lexicon.verb(first.lemma().toLowerCase(Locale.ROOT), lang)) {
            if (t.type() == tr.type() && constraintOk(t, first.index())) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ participle attributes

    /** Types whose participle attribute describes what was done to the noun ("die festgenommenen Demonstranten"). */
    private static final Set<String> PATIENT_TYPES = Set.of("ASSAULT", "COERCE", "SANCTION", "RETREAT");
    private static final String[] ADJ_ENDINGS = {"en", "em", "er", "es", "e"};

    /**
     * A German passive participle the tagger read as an adjective ("Die Leichen wurden verstümmelt": ADJ with
     * "wurden" as its aux:pass) is the verb of its clause; other adjectives can only be attributive participles.
     */
    private EventRecord adjectiveEvent(Token adj) {
        String lemma = passiveParticiple(adj);
        return lemma == null ? participleEvent(adj) : verbEvent(new Token(adj.index(), adj.sentence(), adj.start(),
                adj.end(), adj.text(), "VERB", adj.ner(), adj.head(), adj.deprel(), lemma));
    }

    private String passiveParticiple(Token adj) {
        if (!lang.equals("de") || doc.child(adj.index(), "aux:pass") < 0 && sharedPassive(adj.index()) < 0) {
            return null;
        }
        return bareParticipleLemma(adj.text());
    }

    /** The verb of an uninflected past participle ("verstümmelt" → verstümmeln), or null. */
    public static String bareParticipleLemma(String word) {
        return GermanVerbs.get().analyses(word.toLowerCase(Locale.ROOT), null).stream()
                .filter(f -> f.tense() == Tense.PARTICIPLE && !f.guessed()).map(VerbForm::lemma).findFirst().orElse(null);
    }

    /**
     * A German past participle used as an attribute ("die entführten Entwicklungshelfer", "getötete
     * Soldaten"): guidelines: such attributes are events of their own, the modified noun is the patient.
     * Only rows of the patient types, without a lexicon constraint unless it restricts the object and the
     * noun satisfies it ("entlassen" of prisoners, not of employees).
     */
    private EventRecord participleEvent(Token adj) {
        if (!lang.equals("de") || !adj.deprel().equals("amod") || adj.head() < 0 || !doc.token(adj.head()).isNoun()) {
            return null;
        }
        String lemma = participleLemma(adj.text());
        if (lemma == null) {
            return null;
        }
        Token noun = doc.token(adj.head());
        int agent = participleAgent(adj);
        for (Trigger tr : lexicon.verb(lemma, lang)) {
            if (agent >= 0 && AGENT_ATTRIBUTE_TYPES.contains(tr.type().name()) && !tr.constrained()) {
                // "dem von ihm geforderten Strafmaß", "die von der Opposition kritisierte Reform": the agent did it
                List<Arg> source = new ArrayList<>();
                collect(agent, source);
                if (source.isEmpty()) {
                    continue;
                }
                List<Arg> target = new ArrayList<>();
                if ("obj".equals(tr.targetRole())) {
                    collect(noun.index(), target);
                }
                return build(tr, adj, source, target);
            }
            // "die verbotene PKK", "gesperrte Konten": a restriction's participle names a standing state
            if (!(PATIENT_TYPES.contains(tr.type().name()) || charge(tr)) || "restrict".equals(tr.mode())
                    || !objectConstraintOk(tr, noun)) {
                continue;
            }
            List<Arg> target = new ArrayList<>();
            collect(noun.index(), target);
            if (target.isEmpty()) {
                keepUnresolved(new ArrayList<>(), target, (s, t) -> collect(noun.index(), t));
            }
            if (target.isEmpty() && (!tr.standalone() || charge(tr))) {
                continue;
            }
            return build(tr, adj, new ArrayList<>(), target);
        }
        return null;
    }

    /** Speech acts whose participle attribute is an event when the attribute names its agent with "von" or "durch". */
    private static final Set<String> AGENT_ATTRIBUTE_TYPES = Set.of("REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN");

    /** The von- or durch-phrase of a participle attribute ("von ihm" in "dem von ihm geforderten Strafmaß"), or -1. */
    private int participleAgent(Token adj) {
        for (int c : doc.children(adj.index())) {
            String rel = doc.token(c).baseRel();
            String p = Syntax.caseOf(doc, c);
            if ((rel.equals("obl") || rel.equals("nmod")) && ("von".equals(p) || "durch".equals(p))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A charge row (ACCUSE:allege: "anklagen", "beschuldigen"): its participle attribute names the accused ("der
     * angeklagte Ziehvater", "die beschuldigten Polizisten"), an event only when that noun is a person or group.
     */
    private static boolean charge(Trigger tr) {
        return tr.type().name().equals("ACCUSE") && "allege".equals(tr.mode());
    }

    /** The verb of an inflected German past participle ("getöteten" → "töten"), or null. */
    public static String participleLemma(String adjective) {
        String w = adjective.toLowerCase(Locale.ROOT);
        for (String ending : ADJ_ENDINGS) {
            if (w.endsWith(ending) && w.length() > ending.length() + 4) {
                return GermanVerbs.get().analyses(w.substring(0, w.length() - ending.length()), null).stream()
                        .filter(f -> f.tense() == Tense.PARTICIPLE && !f.guessed()).map(VerbForm::lemma)
                        .findFirst().orElse(null);
            }
        }
        return null;
    }

    /** No constraint, or one on the object that the (participle-modified) noun satisfies. */
    private static boolean objectConstraintOk(Trigger tr, Token noun) {
        Trigger.Constraint con = tr.constraint();
        if (con == null) {
            return true;
        }
        if (con.reflexive() || !con.role().equals("obj")) {
            return false;
        }
        for (String key : nounKeys(noun.lemma() == null ? noun.text() : noun.lemma())) {
            if (con.accepts("obj", key)) {
                return true;
            }
        }
        return con.accepts("obj", noun.text().toLowerCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------ nominal events

    private EventRecord nounEvent(Token n) {
        if (unrealisedContent(n) || negligent(n) || deniedContent(n) || restated(n) || instrumental(n) || interview(n)
                || conditionalConsent(n)) {
            return null;
        }
        String written = hyphenated(n);
        List<String> keys = new ArrayList<>(nounKeys(written));
        if (!written.equals(n.text())) {
            keys.addAll(nounKeys(n.text()));
        }
        Trigger attack = null;
        String attackKey = null;
        for (String key : keys) {
            List<Trigger> rows = lexicon.noun(key, lang);
            boolean compound = rows.isEmpty();
            if (compound) {
                rows = compoundHead(key, lang); // "Großdemonstration", "Brandanschlag"
            }
            for (Trigger tr : rows) {
                boolean constraintMet = constraintOk(tr, n.index());
                boolean forcesNamed = compound && !constraintMet && forcesNamed(tr, key);
                if (!constraintMet && !forcesNamed || codedByVerb(n, tr) || aimedAtNormOrProblem(tr, n) || countedCrime(tr, n)
                        || courtHearing(tr, n) || shownDemonstration(tr, n)) {
                    continue;
                }
                List<Arg> source = new ArrayList<>();
                List<Arg> target = new ArrayList<>();
                nounArgs(tr, n, source, target);
                if (source.isEmpty() && target.isEmpty() && tr.type().name().equals("ASSAULT")) {
                    target.addAll(victim(deathCause(n)));
                }
                keepUnresolved(source, target, (s, t) -> nounArgs(tr, n, s, t));
                if (source.isEmpty() != target.isEmpty()) {
                    possessiveOwner(tr, n, source, target);
                }
                if (source.isEmpty() && target.isEmpty() && !tr.standalone() && !forcesNamed && !reMention(tr, n)) {
                    int verb = supportVerb(n);
                    source.addAll(verb >= 0 ? phraseSource(verb) : List.of());
                    if (source.isEmpty()) {
                        possessiveOwner(tr, n, source, target); // no one else: the possessive alone takes part
                    }
                    if (source.isEmpty() && target.isEmpty()) {
                        if (attack == null && (duringAttack(tr, n) || pluralFighting(tr, n))) {
                            attack = tr; // kept only if no other row finds the actors ("Kämpfe zwischen A und B")
                            attackKey = key;
                        }
                        continue;
                    }
                }
                codedNouns.putIfAbsent(key, tr);
                return build(tr, n, source, target);
            }
        }
        if (attack != null) {
            codedNouns.putIfAbsent(attackKey, attack);
            return nounEventAs(attack, n);
        }
        for (String key : keys) {
            Trigger earlier = codedNouns.get(key);
            if (earlier != null && reMention(earlier, n) && !codedByVerb(n, earlier) && !aimedAtNormOrProblem(earlier, n)
                    && !countedCrime(earlier, n) && !courtHearing(earlier, n) && !shownDemonstration(earlier, n)) {
                // the same event noun again, now without what made it an event the first time ("Im Prozess
                // gegen X … Der Prozess wurde fortgesetzt", "die Explosion einer Autobombe … Die Explosion")
                return nounEventAs(earlier, n);
            }
        }
        EventRecord trial = trial(n);
        if (trial != null) {
            return trial;
        }
        return bombing || bombNamed() ? explosion(n, keys) : null;
    }

    /**
     * "Bei einem Angriff auf ein Krankenhaus wurden zwei Pfleger getötet", "durch einen Bombenangriff zerstört": an attack
     * in whose course something happened took place, also when no attacker or target is named (German only). Not the
     * singular "Kampf", which is as often a struggle ("beim Kampf gegen Steuerflucht"); a durch-phrase only on a verb
     * ("Schäden durch Kämpfe" is a kind of damage). Docs/EVALUATION.md, session 20.
     */
    private boolean duringAttack(Trigger tr, Token n) {
        if (!lang.equals("de") || !tr.type().name().equals("ASSAULT") || n.head() < 0 || lower(n.text()).matches(".*kampf(e?s)?")) {
            return false;
        }
        String prep = Syntax.caseOf(doc, n.index());
        return "bei".equals(prep) || "beim".equals(prep) || "durch".equals(prep) && doc.token(n.head()).isVerb();
    }

    /**
     * "Dort hatte es heftige Kämpfe gegeben", "setzen sich die Kämpfe fort": the plural "Kämpfe" on its own is armed
     * fighting, an event without named sides (like "Gefechte"); the singular "Kampf" is as often a struggle ("Kampf gegen
     * Korruption") and compounds are mostly none ("Machtkämpfe", "WM-Kämpfe"), so only the plain plural word counts, and
     * not in a durch-phrase ("Schäden durch Kämpfe" is a kind of damage, as in {@link #duringAttack}).
     */
    private boolean pluralFighting(Trigger tr, Token n) {
        return lang.equals("de") && tr.type().name().equals("ASSAULT") && lower(hyphenated(n)).matches("kämpfen?")
                && !"durch".equals(Syntax.caseOf(doc, n.index()));
    }

    /**
     * "mit Hilfe der Schulsprecher", "mit Unterstützung der Antiterroreinheit festgenommen": a bare "mit Hilfe" or "mit
     * Unterstützung" says by whose means something was done, not that aid or support was given (German only).
     */
    private boolean instrumental(Token n) {
        if (!lang.equals("de") || doc.child(n.index(), "det") >= 0) {
            return false;
        }
        int c = doc.child(n.index(), "case");
        String prep = c >= 0 ? doc.token(c).text().toLowerCase(Locale.ROOT) : "";
        String word = lower(n.text());
        return INSTRUMENTAL_DE.contains(word) && prep.equals("mit") || JOINTLY_DE.contains(word) && prep.equals("in");
    }

    private static final Set<String> INSTRUMENTAL_DE = Set.of("hilfe", "unterstützung");
    /**
     * "in Zusammenarbeit mit den Mitgliedstaaten eine Strategie erstellen", "Servus Krone in Zusammenarbeit mit der
     * Kronen Zeitung": a bare "in Zusammenarbeit mit" says jointly with whom something is done, as "mit Hilfe" says by
     * whose means; the event is what is done (session 27, two such records on 10kGNAD, neither an act of cooperation).
     */
    private static final Set<String> JOINTLY_DE = Set.of("zusammenarbeit", "kooperation");

    /**
     * "sagte X im Gespräch mit dem STANDARD", "im Gespräch mit der APA", "im Gespräch mit der Frankfurter Allgemeinen
     * Sonntagszeitung": a conversation with a news medium is an interview, not a consultation (German only). The medium
     * is a registry news organisation (sector JRN) or a phrase headed by, or ending in, a medium noun.
     */
    private boolean interview(Token n) {
        if (!lang.equals("de") || !lower(n.text()).startsWith("gespräch")) {
            return false;
        }
        for (int c : doc.children(n.index())) {
            if (!"mit".equals(Syntax.caseOf(doc, c))) {
                continue;
            }
            ActorIndex.Ref r = actors.at(c);
            if (r != null && "JRN".equals(r.sector())) {
                return true;
            }
            int[] range = doc.subtreeRange(c);
            for (int t = c; t <= range[1]; t++) {
                String w = lower(doc.token(t).text());
                if (doc.token(t).isNoun() && MEDIUM_DE.stream().anyMatch(w::endsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "ohne ihre Zustimmung kann kein Präsident gewählt werden", "Nur mit der Zustimmung der betroffenen Personen ist
     * eine Veröffentlichung … erlaubt" (eval/dev11-de-events): consent named as a condition, lacking ("ohne") or
     * required ("nur mit"), is no approval given (German only).
     */
    private boolean conditionalConsent(Token n) {
        if (!lang.equals("de") || !CONSENT_DE.contains(lower(n.text()))) {
            return false;
        }
        String prep = Syntax.caseOf(doc, n.index());
        if ("ohne".equals(prep)) {
            return true;
        }
        return "mit".equals(prep) && doc.childrenWith(n.index(), "advmod").stream()
                .anyMatch(c -> lower(doc.token(c).text()).equals("nur"));
    }

    /** German consent nouns for {@link #conditionalConsent}. */
    private static final Set<String> CONSENT_DE = Set.of("zustimmung");

    /** Endings of German news-medium nouns ("Tageszeitung", "Nachrichtenmagazin", "Fernsehsender"). */
    private static final Set<String> MEDIUM_DE = Set.of("zeitung", "zeitschrift", "magazin", "nachrichtenagentur",
            "presseagentur", "sender", "blatt", "nachrichten", "fernsehen", "rundfunk"); // not "Atomenergie-Agentur"

    /** Set once the article has coded a charge or a conviction: its trial nouns then name that court case. */
    private boolean courtCase;
    /** Court-case nouns (written, lower case) and their lexicon lemma: the trial is a charge, the verdict a conviction. */
    private static final java.util.Map<String, String> TRIAL_DE = java.util.Map.of("prozess", "prozess", "prozesses",
            "prozess", "urteil", "urteil", "urteils", "urteil");

    /** Verbs of a verdict not yet given ("das Urteil wurde vertagt", "erwarten das Urteil"). */
    private static final Set<String> POSTPONED_DE = Set.of("verschieben", "vertagen", "aufschieben", "erwarten");

    /**
     * "… ist vor Gericht gestellt worden … Der Prozess wurde vertagt", "… angeklagt … gegen den Prozess protestierten":
     * after a charge or conviction in the same article, a definite "Prozess" or "Urteil" is that court case, also
     * without the gegen-actor its lexicon row needs elsewhere ("der Prozess" is also a process, "das Urteil" an opinion).
     * Only the plain words: "der Friedensprozess" is no trial.
     */
    private EventRecord trial(Token n) {
        String lemma = TRIAL_DE.get(n.text().toLowerCase(Locale.ROOT));
        if (!lang.equals("de") || !courtCase || lemma == null || !definite(n) || described(n)) {
            return null;
        }
        Token head = n.head() >= 0 ? doc.token(n.head()) : null;
        if (head != null && head.isVerb() && (!phrases(head).isEmpty() // "das Urteil … gesprochen": the phrase codes it
                || lemma.equals("urteil") && POSTPONED_DE.contains(lower(head.lemma())))) { // no verdict yet
            return null;
        }
        for (int c : doc.children(n.index())) {
            if (lemma.equals("urteil") && doc.token(c).deprel().equals("amod") && lower(doc.token(c).text()).startsWith("erwartet")) {
                return null; // "das erwartete Urteil"
            }
        }
        for (Trigger tr : lexicon.noun(lemma, lang)) {
            if ((tr.type().name().equals("ACCUSE") || tr.type().name().equals("SANCTION")) && !codedByVerb(n, tr)) {
                return nounEventAs(tr, n);
            }
        }
        return null;
    }

    /**
     * "Die Explosion war so heftig", "eine weitere Explosion vor einem Polizeigebäude": after a bombing in the
     * same article an explosion or detonation without a named bomb is that attack (or another one); elsewhere
     * it may be an accident and needs the bomb ("die Explosion einer Autobombe").
     */
    private EventRecord explosion(Token n, List<String> keys) {
        for (String key : keys) {
            if (!EXPLOSION_DE.contains(key)) {
                continue;
            }
            for (Trigger tr : lexicon.noun(key, lang)) {
                if (tr.type().name().equals("ASSAULT") && !codedByVerb(n, tr)) {
                    return nounEventAs(tr, n);
                }
            }
        }
        return null;
    }

    /** The event noun coded by this row, with whatever actors its roles find (none needed). */
    private EventRecord nounEventAs(Trigger tr, Token n) {
        List<Arg> source = new ArrayList<>();
        List<Arg> target = new ArrayList<>();
        nounArgs(tr, n, source, target);
        return build(tr, n, source, target);
    }

    private static final Set<String> EXPLOSION_DE = Set.of("explosion", "detonation");
    /** Explosive devices: an article naming one anywhere reports its explosions as that bombing. */
    private static final Set<String> BOMB_DE = Set.of("bombe", "sprengsatz", "sprengsätze", "sprengladung",
            "sprengkörper", "handgranate", "granate", "autobombe", "paketbombe", "briefbombe", "nagelbombe", "rohrbombe");
    private Boolean bombNamed;

    /**
     * "Bei einer Explosion in einer Metro-Haltestelle … Ein Sprengsatz … ist explodiert": German articles that
     * name an explosive device (before or after) report their explosions as attacks; an article about an explosion
     * that names no device ("Explosion im Airbus-Werk") may report an accident.
     */
    private boolean bombNamed() {
        if (bombNamed == null) {
            bombNamed = false;
            if (lang.equals("de")) {
                for (Token t : doc.tokens()) {
                    String w = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
                    if (t.pos().equals("NOUN") && (BOMB_DE.contains(w) || w.endsWith("bombe") && !w.endsWith("fliegerbombe"))) {
                        bombNamed = true;
                        break;
                    }
                }
            }
        }
        return bombNamed;
    }

    /**
     * Whether a noun stands in a place phrase ("am Hauptbahnhof", "in der alten Kaserne"): by its case marker, or, in a
     * sentence left unparsed, by the words before it (a place preposition, then only articles and adjectives).
     */
    private boolean afterPlacePrep(int noun) {
        String p = Syntax.caseOf(doc, noun);
        if (p != null) {
            return PLACE_PREPS.contains(p);
        }
        int sentence = doc.token(noun).sentence();
        for (int t = noun - 1; t >= 0 && t >= noun - 4 && doc.token(t).sentence() == sentence; t--) {
            Token b = doc.token(t);
            if (b.pos().equals("ADP")) {
                return PLACE_PREPS.contains(b.text().toLowerCase(Locale.ROOT));
            }
            if (!(b.pos().equals("DET") || b.pos().equals("ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The verb "es kam zu" carries an event noun with ("Dort war es … zu einer Schlägerei gekommen"): its place is
     * the event's; or -1.
     */
    private int carrierOf(int noun) {
        Token n = doc.token(noun);
        if (n.isVerb() || n.head() < 0 || !ZU.contains(String.valueOf(Syntax.caseOf(doc, noun)))) {
            return -1;
        }
        return "kommen".equals(lower(doc.token(n.head()).lemma())) ? n.head() : -1;
    }

    /** Words after "dort" that make it an origin or direction ("von dort aus", "dorthin"), not a place. */
    private static final Set<String> DIRECTION_PARTICLES = Set.of("aus", "hin", "her");

    /**
     * A definite event noun of a type the document has already coded ("… Staatsbesuch … dem Treffen",
     * "Im Prozess gegen X … Der Prozess wurde fortgesetzt", "die Proteste"): guidelines: a re-mention
     * is an event of its own, also without actors. Only types whose nouns name acts; "das Abkommen"
     * (AGREE) names a document, "die Hilfe" (AID) or "die Unterstützung" (SUPPORT) often a thing, "die
     * Kooperation" (COOPERATE) a standing relation.
     */
    private boolean reMention(Trigger tr, Token n) {
        if (lang.equals("en")) {
            return (REMENTION_TYPES.contains(tr.type().name()) && codedTypes.contains(tr.type().name())
                    || withdrawalReMention(tr))
                    && !NO_REMENTION_EN.contains(lower(n.text())) && !Character.isUpperCase(n.text().charAt(0))
                    && definiteEn(n) && !described(n);
        }
        return lang.equals("de") && REMENTION_TYPES.contains(tr.type().name()) && codedTypes.contains(tr.type().name())
                && !NO_REMENTION_DE.contains(tr.lemma()) && definite(n) && !described(n);
    }

    /**
     * A withdrawal noun ("withdrawal", "drawdown", "pullout") after a military withdrawal was coded: "The Taliban
     * praised the withdrawal of U.S. troops … the foreign troop withdrawal started", "the troop drawdown". Not the
     * whole RETREAT type: "the ceasefire" or "the release" after one is as often a proposal or another sense.
     */
    private boolean withdrawalReMention(Trigger tr) {
        return withdrawalCoded && tr.type().name().equals("RETREAT") && "withdraw".equals(tr.mode())
                && tr.pos() == Trigger.Pos.NOUN;
    }

    /**
     * An English noun with a definite or demonstrative article ("the talks", "these attacks"), as the German
     * {@link #definite}; not "that" (a conjunction the tagger may attach as a determiner).
     */
    private boolean definiteEn(Token n) {
        for (int c : doc.children(n.index())) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("det") && DEFINITE_EN.contains(lower(ct.text()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEFINITE_EN = Set.of("the", "this", "these", "those");

    /**
     * English nouns that name a re-mentioned act only with their actor: "the threat of new measures", "poses the
     * biggest threat" name a danger as often as a threat made.
     */
    private static final Set<String> NO_REMENTION_EN = Set.of("threat", "threats");

    /** Nouns that name a rejection only with its actor: "die Absage" alone is as often a cancellation (of a parade). */
    private static final Set<String> NO_REMENTION_DE = Set.of("Absage");

    /**
     * The subject of a copula predicate ("die Gespräche seien offen gewesen", "der Angriff war ein Fehler"):
     * a judgement on an event already reported, not a report of one.
     */
    private boolean described(Token n) {
        return n.baseRel().equals("nsubj") && n.head() >= 0 && !doc.token(n.head()).isVerb();
    }

    private static final Set<String> REMENTION_TYPES = Set.of("ASSAULT", "PROTEST", "CONSULT", "ACCUSE", "COERCE",
            "REQUEST", "REJECT", "THREATEN", "SANCTION");

    /** A definite, demonstrative or possessive article, or a preposition fused with one ("beim", "zum"). */
    private boolean definite(Token n) {
        for (int c : doc.children(n.index())) {
            Token ct = doc.token(c);
            // the written word: a fused "Im" may be split into "In dem"
            String w = doc.text().substring(ct.start(), ct.end()).toLowerCase(Locale.ROOT);
            if (ct.baseRel().equals("det") && (DEFINITE_DE.contains(w) || w.startsWith("dies") || w.startsWith("jen")
                        || ct.deprel().equals("det:poss") && !patient(n)) // "mit ihrer Forderung", not "ihre Forderungen erfüllen"
                    || ct.baseRel().equals("case") && FUSED_DE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEFINITE_DE = Set.of("der", "die", "das", "dem", "den", "des");

    /** The object or passive subject of a verb: "ihre Forderungen erfüllen" is about the demand, no re-mention of it. */
    private boolean patient(Token n) {
        return n.head() >= 0 && doc.token(n.head()).isVerb() && (n.baseRel().equals("obj") || n.deprel().equals("nsubj:pass"));
    }
    /** Not "im" or "am": "im Gespräch sein" is "under discussion", "am Rande" a place. */
    private static final Set<String> FUSED_DE = Set.of("beim", "zum", "zur", "vom", "ins");

    /**
     * The written hyphenated compound a noun ends ("EU-Gipfels", "Nato-Truppenabzug", "cease-fire"): the tokenizer
     * splits it at the hyphen, but the lexicon lists some such compounds whole.
     */
    private String hyphenated(Token n) {
        int i = n.index();
        if (i < 2 || !doc.token(i - 1).text().equals("-")
                || doc.token(i - 1).end() != n.start() || doc.token(i - 2).end() != doc.token(i - 1).start()
                || doc.token(i - 2).sentence() != n.sentence()) {
            return n.text();
        }
        return doc.text().substring(doc.token(i - 2).start(), n.end());
    }

    /**
     * The subject of the verb a nominal event is an oblique of ("sagte … nach Beratungen"), or the
     * object of a support verb ("launched an assault on", "held talks with", "carried out attacks").
     */
    private int governingSubject(Token noun, Trigger tr) {
        int support = supportVerb(noun);
        if (support >= 0) {
            if (Syntax.isPassive(doc, support)) {
                return lang.equals("de") ? agentOf(support) : -1; // "wurde … von der Staatsanwaltschaft Anklage erhoben"
            }
            int subj = Syntax.subject(doc, support);
            if (subj == noun.index()) {
                return swappedSubject(noun);
            }
            return subj >= 0 ? subj : controller(support);
        }
        int taking = participation(noun);
        if (taking >= 0) {
            int subj = lang.equals("de") ? participantDe(taking) : Syntax.subject(doc, taking);
            return subj >= 0 ? subj : controller(taking);
        }
        int responsible = heldResponsible(noun);
        if (responsible >= 0) {
            return responsible;
        }
        String type = tr.type().name();
        int claimant = type.equals("ASSAULT") ? claimant(noun) : -1;
        if (claimant >= 0) {
            return claimant;
        }
        if (!(type.equals("CONSULT") || type.equals("ASSAULT") || type.equals("COOPERATE"))) {
            return -1;
        }
        String prep = Syntax.caseOf(doc, noun.index());
        if (!noun.baseRel().equals("obl") || noun.head() < 0 || !doc.token(noun.head()).isVerb()
                || prep == null || !PARTICIPATION_PREPS.contains(prep)) {
            return -1;
        }
        if (type.equals("ASSAULT") && prep.equals("nach")) {
            return -1; // "Nach drei Explosionen … nahmen Polizisten einen Tatverdächtigen fest": who reacts, not who attacked
        }
        if (type.equals("ASSAULT") && dying(doc.token(noun.head()))) {
            return -1; // "der Vater … starb bei einem Selbstmordanschlag": the victim (deathCause), not the attacker
        }
        return Syntax.subject(doc, noun.head());
    }

    /** "fahrlässige Tötung", "fahrlässige Körperverletzung": negligence is an accident, not an attack. */
    private boolean negligent(Token noun) {
        for (int c : doc.children(noun.index())) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("amod") && ct.text().toLowerCase(Locale.ROOT).startsWith("fahrlässig")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event noun that names what is demanded, offered, threatened, sought or called off rather than what happened
     * ("forderte die Unterstützung der Nationalgarde", "rufen … zu Warnstreiks auf", "forderte die Gewerkschaft zu
     * Verhandlungen auf", "hat neue Anschläge angedroht", "bemühten sich um die Freilassung", "die Demonstration
     * abzusagen"): guidelines: the content of a request is not an event of its own, and a cancelled one did not happen.
     */
    private boolean unrealisedContent(Token noun) {
        if (lang.equals("de") && wanted(noun)) {
            return true;
        }
        if (lang.equals("de") && (contentOfObject(noun) || requestedByNoun(noun))) {
            return true;
        }
        boolean subject = noun.deprel().equals("nsubj");
        if (!lang.equals("de") || noun.head() < 0 || !(noun.baseRel().equals("obj") || noun.baseRel().equals("obl")
                || noun.deprel().equals("nsubj:pass") || subject)) {
            return false;
        }
        Token verb = carriedVerb(doc.token(noun.head()));
        if (!verb.isVerb() || verb.lemma() == null) {
            return false;
        }
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        if (subject) {
            // "hat dieser neue Terroranschläge angedroht", parsed with the threatened attacks as the subject
            return lemma.equals("androhen");
        }
        if (lemma.equals("drohen") && !noun.baseRel().equals("obl")) {
            return false; // "Den Verkehrsbetrieben droht ein Streik": what impends, which the gold codes as future
        }
        if (NOT_REALISED_DE.contains(lemma)) {
            return true;
        }
        if (CUT_DE.contains(lemma) && lexicon.noun(noun.lemma() == null ? noun.text() : noun.lemma(), lang).stream()
                .anyMatch(t -> t.type().name().equals("SUPPORT") || t.type().name().equals("AID"))) {
            return true;
        }
        if (claimsLives(verb)) {
            return false;
        }
        if (lemma.equals("suchen") && !noun.baseRel().equals("obl")) {
            return true; // "das Gespräch suchen" (but "bei dem Treffen wurde nach einer Lösung gesucht")
        }
        // requested, offered, agreed or threatened ("steht für weitere Verhandlungen bereit", "drohte mit Sanktionen"):
        // not (yet) happened
        return lexicon.verb(lemma, lang).stream().anyMatch(t -> t.type().name().equals("REQUEST")
                || t.type().name().equals("AGREE") || t.type().name().equals("THREATEN"));
    }

    /**
     * The participle a misparsed auxiliary carries ("Die PAD hatte zu einer Demonstration … aufgerufen", parsed
     * with "hatte" as the verb and "aufgerufen" as its xcomp or conjunct), else the verb itself.
     */
    private Token carriedVerb(Token verb) {
        if (!verb.isVerb() || !CARRIERS_DE.contains(lower(verb.lemma()))) {
            return verb;
        }
        int participle = doc.child(verb.index(), "xcomp");
        participle = participle >= 0 ? participle : doc.child(verb.index(), "conj");
        return participle >= 0 && doc.token(participle).isVerb() ? doc.token(participle) : verb;
    }

    /**
     * "die Forderung nach dem Rücktritt des Ministers", "einen Appell an die Hilfe des Königs", "der Aufruf zum
     * Generalstreik": the prepositional phrase of a request noun is what is requested.
     */
    private boolean requestedByNoun(Token noun) {
        String prep = Syntax.caseOf(doc, noun.index());
        if (!noun.baseRel().equals("nmod") || noun.head() < 0 || prep == null || !REQUESTED_PREPS_DE.contains(prep)) {
            return false;
        }
        Token request = doc.token(noun.head());
        return request.isNoun() && typesOf(request).contains("REQUEST");
    }

    /**
     * "Bei dem Haftbefehl handelt es sich um den ersten Haftbefehl des IStGH": the um-noun says what the bei-noun
     * is; when both are events of one type they are one mention, coded on the first.
     */
    private boolean restated(Token noun) {
        if (!lang.equals("de") || !noun.baseRel().equals("obl") || noun.head() < 0 || !"um".equals(Syntax.caseOf(doc, noun.index()))
                || !"handeln".equals(lower(doc.token(noun.head()).lemma()))) {
            return false;
        }
        for (int c : doc.children(noun.head())) {
            Token topic = doc.token(c);
            if (c != noun.index() && topic.isNoun() && topic.baseRel().equals("obl") && "bei".equals(Syntax.caseOf(doc, c))
                    && !java.util.Collections.disjoint(typesOf(topic), typesOf(noun))) {
                return true;
            }
        }
        return false;
    }

    /** The PLOVER types the lexicon gives the noun (or its compound head). */
    private Set<String> typesOf(Token noun) {
        Set<String> types = new java.util.HashSet<>();
        for (String key : nounKeys(noun.lemma() == null ? noun.text() : noun.lemma())) {
            List<Trigger> rows = lexicon.noun(key, lang);
            (rows.isEmpty() ? compoundHead(key, lang) : rows).forEach(t -> types.add(t.type().name()));
        }
        return types;
    }

    private static final Set<String> REQUESTED_PREPS_DE = Set.of("nach", "zu", "um", "an", "für");

    /**
     * "forderte die Gewerkschaft zu neuen Verhandlungen auf", "drohte den Kämpfern mit Luftschlägen": the zu-phrase
     * of a request verb or the mit-phrase of a threat that the parser hangs on the addressee is the content.
     */
    private boolean contentOfObject(Token noun) {
        String prep = Syntax.caseOf(doc, noun.index());
        String type = "zu".equals(prep) ? "REQUEST" : "mit".equals(prep) ? "THREATEN" : null;
        if (type == null || !noun.baseRel().equals("nmod") || noun.head() < 0) {
            return false;
        }
        Token addressee = doc.token(noun.head());
        if (!addressee.baseRel().equals("obj") || addressee.head() < 0) {
            return false;
        }
        Token verb = carriedVerb(doc.token(addressee.head()));
        return verb.isVerb() && verb.lemma() != null && lexicon.verb(lower(verb.lemma()), lang).stream()
                .anyMatch(t -> t.type().name().equals(type));
    }

    /** Relations of a noun's article and adjectives before it. */
    private static final Set<String> NOUN_PREMODIFIERS = Set.of("det", "amod", "nummod");

    /**
     * An event noun right after "wollen" ("Die Kidnapper wollen die Freilassung von …"; the parser reads the modal
     * without a verb as an auxiliary or copula of some later word): what is wanted, a demand, not an event.
     */
    private boolean wanted(Token noun) {
        int i = noun.index() - 1;
        while (i >= 0 && doc.token(i).head() == noun.index() && NOUN_PREMODIFIERS.contains(doc.token(i).baseRel())) {
            i--; // the noun's article and adjectives, not a preposition ("wollten bei dem Treffen …")
        }
        if (i < 0 || i >= noun.index() || doc.token(i).sentence() != noun.sentence() || doc.token(i).lemma() == null
                || !doc.token(i).lemma().equalsIgnoreCase("wollen")) {
            return false;
        }
        Token modal = doc.token(i);
        // not the modal of a verb ("wollte den Protesten … den Boden entziehen")
        return noun.head() == i || !modal.deprel().equals("aux") || modal.head() < 0 || !doc.token(modal.head()).isVerb();
    }

    /**
     * The dative of "drohen" or "bevorstehen" whose subject is the event noun ("Den BVG droht ein Streik", "dass Kenia
     * ein Anschlag droht"), or -1: who the impending event will hit (German only).
     */
    private int impendingFor(Token noun) {
        return besideSubjectOf(noun, IMPENDING_ON_DE, c -> (doc.token(c).deprel().equals("obl:arg")
                || doc.token(c).deprel().equals("iobj")) && Syntax.caseOf(doc, c) == null);
    }

    /**
     * The first child of the German verb whose subject the event noun is — a verb of {@code lemmas} — that {@code
     * wanted} accepts, or -1.
     */
    private int besideSubjectOf(Token noun, Set<String> lemmas, java.util.function.IntPredicate wanted) {
        if (!lang.equals("de") || noun.head() < 0 || !noun.baseRel().equals("nsubj")) {
            return -1;
        }
        Token verb = doc.token(noun.head());
        if (!verb.isVerb() || verb.lemma() == null || !lemmas.contains(lower(verb.lemma()))) {
            return -1;
        }
        for (int c : doc.children(verb.index())) {
            if (wanted.test(c)) {
                return c;
            }
        }
        return -1;
    }

    private static final Set<String> IMPENDING_ON_DE = Set.of("drohen", "bevorstehen");

    /**
     * The von- or aus-phrase of "kommen" whose subject is the event noun ("Kritik kam von der Opposition", "Protest
     * kommt aus Paris"), or -1: where an event comes from is who does it (German only).
     */
    private int comesFrom(Token noun) {
        return besideSubjectOf(noun, COMING_DE, c -> doc.token(c).baseRel().equals("obl")
                && FROM_DE.contains(String.valueOf(Syntax.caseOf(doc, c))));
    }

    private static final Set<String> COMING_DE = Set.of("kommen");

    private static final Set<String> FROM_DE = Set.of("von", "vom", "aus");

    /** An event noun that is the object of a verb of receiving ("erhielt Kritik", "erntete Lob"). */
    private boolean received(Token noun) {
        if (!lang.equals("de") || noun.head() < 0 || !noun.baseRel().equals("obj")) {
            return false;
        }
        Token verb = doc.token(noun.head());
        return verb.isVerb() && verb.lemma() != null && RECEIVE_DE.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The subject of an English "die" whose cause the noun names ("died due to continued torture", "died as a
     * result of the torture to which he was subjected", "died of torture"), or -1: the one who died is the victim of
     * an attack noun that names no actor.
     */
    private int deathCause(Token noun) {
        if (lang.equals("de") && noun.head() >= 0 && dying(doc.token(noun.head()))
                && DEATH_CAUSE_DE.contains(String.valueOf(Syntax.caseOf(doc, noun.index())))) {
            return Syntax.subject(doc, noun.head()); // "starb bei einem Selbstmordanschlag", "kam bei dem Angriff ums Leben"
        }
        if (!lang.equals("en") || noun.head() < 0) {
            return -1;
        }
        String prep = Syntax.caseOf(doc, noun.index());
        Token head = doc.token(noun.head());
        if ("of".equals(prep) && "result".equalsIgnoreCase(head.lemma()) && head.head() >= 0) {
            prep = Syntax.caseOf(doc, head.index()); // "as a result of": the noun hangs on "result"
            head = doc.token(head.head());
        }
        for (int c : doc.children(noun.index())) {
            Token m = doc.token(c);
            if (m.deprel().startsWith("compound") && ILLNESS_EN.contains(m.text().toLowerCase(Locale.ROOT))) {
                return -1; // "died of a heart attack"
            }
        }
        boolean cause = prep != null && DEATH_CAUSE_EN.contains(prep);
        return cause && head.isVerb() && "die".equalsIgnoreCase(head.lemma()) ? Syntax.subject(doc, head.index()) : -1;
    }

    /** German prepositions of an event in which someone died ("bei einem Anschlag", "durch einen Luftangriff"). */
    private static final Set<String> DEATH_CAUSE_DE = Set.of("bei", "beim", "durch", "infolge");

    /**
     * A German verb of dying or suffering harm, whose subject is a victim: "sterben", "umkommen", "ums Leben kommen",
     * "erleiden" (Verletzungen).
     */
    private boolean dying(Token verb) {
        if (!lang.equals("de") || !verb.isVerb()) {
            return false;
        }
        String lemma = lower(verb.lemma());
        if (DYING_DE.contains(lemma)) {
            return true;
        }
        if (!lemma.equals("kommen")) {
            return false;
        }
        for (int c : doc.children(verb.index())) {
            if (lower(doc.token(c).text()).equals("leben")) {
                return true; // "ums Leben kommen"
            }
        }
        return false;
    }

    private static final Set<String> DYING_DE = Set.of("sterben", "umkommen", "erleiden");

    /** Prepositions that give a cause of death (the first word of "due to", "because of", "as a result of"). */
    private static final Set<String> DEATH_CAUSE_EN = Set.of("of", "from", "due", "because", "as", "under");

    /** Modifiers that make an attack noun an illness ("heart attack", "asthma attack"). */
    private static final Set<String> ILLNESS_EN = Set.of("heart", "asthma", "panic", "anxiety", "epileptic");

    /** The victim at a subject token: its actor, else its noun phrase (no pronoun, place or date). */
    private List<Arg> victim(int subj) {
        if (subj < 0) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>();
        collect(subj, out);
        Token t = doc.token(subj);
        if (out.isEmpty() && t.pos().equals("NOUN") || out.isEmpty() && t.pos().equals("PROPN") && !Syntax.isPlace(t)) {
            out.add(new Arg(null, nounPhrase(subj)));
        }
        return out;
    }

    private static final Set<String> RECEIVE_DE = Set.of("erhalten", "bekommen", "ernten", "einstecken");

    /**
     * "Sie erhielten Haftstrafen", "Die höchste Strafe erhielt der Angeklagte X": receiving a sentence is being
     * sentenced (SANCTION:convict, the receiver the target). The sentences are those of "verurteilen zu …"
     * (the constraint of that lexicon row); the receiver must be an actor, so "erhielt eine Strafe" alone is no event.
     */
    private EventRecord sentenceReceived(Token v) {
        if (!lang.equals("de") || !RECEIVE_DE.contains(v.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Trigger row = lexicon.verb("verurteilen", lang).stream()
                .filter(t -> t.type().name().equals("SANCTION") && t.constraint() != null
                        && t.constraint().role().equals("obl:zu"))
                .findFirst().orElse(null);
        if (row == null) {
            return null;
        }
        int subject = doc.child(v.index(), "nsubj");
        int object = doc.child(v.index(), "obj");
        if (object < 0) {
            object = doc.child(v.index(), "obl:arg"); // the fronted sentence's receiver as the parser labels it
        }
        for (int[] pair : new int[][] {{object, subject}, {subject, object}}) { // the parser swaps a fronted object
            if (pair[0] < 0 || pair[1] < 0 || !isSentence(row, pair[0])) {
                continue;
            }
            List<Arg> target = new ArrayList<>();
            collect(pair[1], target);
            if (!target.isEmpty()) {
                return build(row, v, List.of(), target);
            }
        }
        return null;
    }

    /** A German noun naming a court sentence ("Haftstrafen"): its sentence is parsed for {@link #sentenceReceived}. */
    public static boolean sentenceNoun(String word) {
        return word.endsWith("strafe") || word.endsWith("strafen");
    }

    private boolean isSentence(Trigger sentencing, int noun) {
        Token t = doc.token(noun);
        for (String key : nounKeys(t.lemma() == null ? t.text() : t.lemma())) {
            if (sentencing.constraint().accepts("obl:zu", key) && key.contains("strafe")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose event-noun object did not (yet) happen: sought, wanted, called off, ended, prevented. */
    private static final Set<String> NOT_REALISED_DE = Set.of("bemühen", "absagen", "abblasen", "beenden", "einstellen",
            "verhindern", "vereiteln", "anstreben", "erwägen", "wollen", "wünschen", "erhoffen");

    /**
     * Verbs that suspend or cut support or aid: their SUPPORT or AID noun object is not given ("ihre finanzielle
     * Unterstützung … auszusetzen", eval/dev12-de-events; session 34). Not for other events: strikes suspended
     * ("sollen die Arbeitskämpfe zunächst ausgesetzt werden") are coded as strikes (eval/dev-de-events).
     */
    private static final Set<String> CUT_DE = Set.of("aussetzen", "streichen", "kürzen");

    /**
     * The support verb an event noun is the object of ("erhob Anklage", "nahm Ermittlungen auf",
     * "launched an assault"), or -1. German passives make the noun the subject ("wurde Anklage erhoben").
     */
    private int supportVerb(Token noun) {
        boolean de = lang.equals("de");
        if (de && noun.head() >= 0 && noun.baseRel().equals("obl") && "in".equals(Syntax.caseOf(doc, noun.index()))) {
            // "traten in den Streik", "in Verhandlungen eintreten": the subject enters the event
            Token verb = doc.token(noun.head());
            String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            return ENTER_DE.contains(lemma) ? verb.index() : -1;
        }
        if (de && litotes(noun)) {
            return noun.head(); // "sparte nicht mit Kritik": the subject criticised
        }
        if (!de && noun.head() >= 0 && answerable(noun)) {
            return noun.head(); // "Los Zetas has been responsible for mass killings"
        }
        int measure = !de ? measureHead(noun) : -1;
        if (measure >= 0) {
            return supportVerb(doc.token(measure)); // "carried out a series of airstrikes", "conducting 13 rounds of tests"
        }
        if (de && swappedSubject(noun) >= 0) {
            return noun.head(); // "Ablehnung signalisierten die Gelbhemden"
        }
        if (noun.head() < 0 || !(noun.baseRel().equals("obj") || de && noun.deprel().equals("nsubj:pass"))) {
            return -1;
        }
        Token verb = doc.token(noun.head());
        String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
        if (de && IMPOSE_DE.contains(lemma) && !Syntax.isPassive(doc, verb.index())) {
            // "hat … ein einmonatiges Demonstrationsverbot verhängt": a support verb only where none of its own rows
            // takes the object ("verhängte Sanktionen" is coded on the verb)
            return lexicon.verb(lemma, lang).stream().anyMatch(t -> t.constrained() && constraintOk(t, verb.index()))
                    ? -1 : verb.index();
        }
        return (de ? SUPPORT_DE : SUPPORT_EN).contains(lemma) && (de || !Syntax.isPassive(doc, verb.index()))
                ? verb.index() : -1;
    }

    /**
     * The noun an English event noun counts or groups in its of-phrase ("a series of airstrikes", "13 rounds of missile
     * tests", "a wave of arrests"): what the verb does to that noun it does to the events; or -1.
     */
    private int measureHead(Token noun) {
        if (noun.head() < 0 || !noun.baseRel().equals("nmod") || !"of".equals(Syntax.caseOf(doc, noun.index()))) {
            return -1;
        }
        Token head = doc.token(noun.head());
        return head.pos().equals("NOUN") && MEASURE_NOUNS_EN.contains(lower(head.lemma() == null ? head.text() : head.lemma()))
                ? head.index() : -1;
    }

    /** Nouns that count or group events: a verb's object "a series of attacks" is the attacks. */
    private static final Set<String> MEASURE_NOUNS_EN = Set.of("series", "wave", "round", "spate", "string", "barrage",
            "flurry", "volley", "salvo", "succession");

    /**
     * German verbs of imposing whose subject imposes the ban, curfew or emergency of its object ("verhängte ein
     * Demonstrationsverbot", "verhängt den Ausnahmezustand"); they have trigger rows of their own for sanctions and
     * sentences, so they lend their subject only to an object those rows do not take (session 27).
     */
    private static final Set<String> IMPOSE_DE = Set.of("verhängen");

    /**
     * German puts the object first as often as the subject ("Ablehnung signalisierten die Gelbhemden", "Kritik übte
     * die Opposition"), and the parser then reads the event noun in front as the subject of the support verb and the
     * actor after it as the object. The actor object of an active support verb whose "subject" is an event noun
     * before it is the real subject; -1 when the sentence is not of that shape.
     */
    private int swappedSubject(Token noun) {
        if (!noun.deprel().equals("nsubj") || noun.head() <= noun.index()) {
            return -1;
        }
        Token verb = doc.token(noun.head());
        String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
        if (!SUPPORT_DE.contains(lemma) || Syntax.isPassive(doc, verb.index())) {
            return -1;
        }
        int obj = doc.child(verb.index(), "obj");
        return obj > verb.index() && actors.at(obj) != null ? obj : -1;
    }

    /** Relations that lead out of the phrases saying what a deployment is for (other clauses, the subject). */
    private static final Set<String> PURPOSE_BREAKS = Set.of("nsubj", "nsubj:pass", "ccomp", "parataxis", "acl:relcl",
            "conj", "csubj");
    /** Prepositions of phrases that say when or why, not as what ("after an attack on peacekeepers"). */
    private static final Set<String> NOT_PURPOSE_PREPS = Set.of("after", "before", "following", "despite", "since", "amid",
            "against", "over", "because");

    /**
     * Whether troops sent or deployed go as peacekeepers ("deployed 500 soldiers … as part of the UN peacekeeping
     * mission", "announced the deployment of 230 troops to Liberia on a peacekeeping mission", "peacekeeping
     * troops"): CAMEO codes that 074 (provide peacekeeping), material cooperation, not a mobilisation (154). Looks
     * in the trigger's phrases and those of a noun's support verb, three levels down, not into other clauses.
     */
    private boolean peacekeeping(Token trigger) {
        return purpose(trigger, ct -> {
            String lemma = ct.lemma() == null ? "" : ct.lemma().toLowerCase(Locale.ROOT);
            return lemma.startsWith("peacekeep") || lemma.startsWith("peace-keep");
        }) >= 0;
    }

    /** English verbs of sending people somewhere. */
    private static final Set<String> SENDING_EN = Set.of("send", "dispatch", "deploy");

    /**
     * The infinitive "investigate" (or "probe") that says what people sent are for ("sent seven experts to investigate the
     * attacks", "sent teams … in a rush to investigate the rebel forces"), or -1. CAMEO codes such a sending as the
     * investigation (09), not as aid.
     */
    private int investigation(Token trigger) {
        if (!lang.equals("en") || !trigger.isVerb() || !SENDING_EN.contains(lower(trigger.lemma()))) {
            return -1;
        }
        return purpose(trigger, ct -> ct.isVerb() && (lower(ct.lemma()).equals("investigate") || lower(ct.lemma()).equals("probe"))
                && doc.child(ct.index(), "mark") >= 0 && lower(doc.token(doc.child(ct.index(), "mark")).text()).equals("to"));
    }

    /** A sending verb coded as aid whose {@link #investigation} is {@code v}: that event codes the investigation. */
    private boolean investigatedBySending(Token v) {
        int up = v.head();
        for (int depth = 0; depth < 4 && up >= 0; depth++, up = doc.token(up).head()) {
            Token u = doc.token(up);
            if (investigation(u) == v.index() && lexicon.verb(lower(u.lemma()), lang).stream()
                    .anyMatch(tr -> tr.type().name().equals("AID") && constraintOk(tr, u.index()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token in the phrases of {@code trigger} (and of a noun's support verb) that {@code wanted} accepts, three
     * levels down, not into other clauses, the subject, a non-"to" adverbial clause or phrases of when or why; or -1.
     */
    private int purpose(Token trigger, java.util.function.Predicate<Token> wanted) {
        List<Integer> level = new ArrayList<>(List.of(trigger.index()));
        int support = trigger.isNoun() ? supportVerb(trigger) : -1;
        if (support >= 0) {
            level.add(support);
        }
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                for (int c : doc.children(t)) {
                    Token ct = doc.token(c);
                    String prep = Syntax.caseOf(doc, c);
                    int mark = ct.baseRel().equals("advcl") ? doc.child(c, "mark") : -1;
                    if (PURPOSE_BREAKS.contains(ct.deprel()) || c == trigger.index()
                            || prep != null && NOT_PURPOSE_PREPS.contains(prep.toLowerCase(Locale.ROOT))
                            || ct.baseRel().equals("advcl") && (mark < 0 || !doc.token(mark).text().equalsIgnoreCase("to"))) {
                        continue;
                    }
                    if (wanted.test(ct)) {
                        return c;
                    }
                    next.add(c);
                }
            }
            level = next;
        }
        return -1;
    }

    /**
     * Who is "verantwortlich für" a German event noun, or -1: the subject of "ist verantwortlich für einen
     * Bombenanschlag", the passive subject of "wurden für Raketenangriffe verantwortlich gemacht", the object of
     * "macht die Rebellen für den Anschlag verantwortlich" (the parser hangs the für-phrase on that object).
     */
    private int heldResponsible(Token noun) {
        if (!lang.equals("de") || noun.head() < 0 || !"für".equals(Syntax.caseOf(doc, noun.index()))) {
            return -1;
        }
        Token head = doc.token(noun.head());
        if (responsibleWord(head)) {
            int subj = Syntax.subject(doc, head.index());
            Token verb = head.head() >= 0 ? doc.token(head.head()) : null;
            if (subj >= 0 || verb == null || !"machen".equals(lower(verb.lemma()))) {
                return subj;
            }
            return Syntax.isPassive(doc, verb.index()) ? Syntax.passiveSubject(doc, verb.index())
                    : doc.child(verb.index(), "obj");
        }
        if (head.baseRel().equals("obj") && head.head() >= 0 && "machen".equals(lower(doc.token(head.head()).lemma()))) {
            for (int c : doc.children(head.head())) {
                if (responsibleWord(doc.token(c))) {
                    return head.index();
                }
            }
        }
        return -1;
    }

    /** English nouns through which a group claims an attack: "claimed responsibility for the attack". */
    private static final Set<String> CLAIM_NOUNS_EN = Set.of("responsibility", "credit");

    /** English verbs whose object or for-phrase of responsibility names an attack its subject carried out. */
    private static final Set<String> CLAIM_VERBS_EN = Set.of("claim", "admit", "accept");

    /**
     * Who claims an English attack noun, or -1: the subject of "claimed the bombing", of "claimed (accepted, admitted)
     * responsibility for the attack", of "took credit for the attack" — the by-phrase of "attacks were claimed by
     * Islamic State". A claim of an attack is made by whoever carried it out.
     */
    private int claimant(Token noun) {
        if (!lang.equals("en") || noun.head() < 0) {
            return -1;
        }
        int verb = noun.head();
        Token head = doc.token(verb);
        if (CLAIM_NOUNS_EN.contains(lower(head.text())) && "for".equals(Syntax.caseOf(doc, noun.index()))
                && head.baseRel().equals("obj") && head.head() >= 0) {
            verb = head.head();
            if (!(CLAIM_VERBS_EN.contains(lower(doc.token(verb).lemma())) || "take".equals(lower(doc.token(verb).lemma())))) {
                return -1;
            }
        } else if (!"claim".equals(lower(head.lemma())) || !(noun.deprel().equals("obj") || noun.deprel().equals("nsubj:pass"))) {
            return -1;
        }
        if (!doc.token(verb).isVerb() || doc.token(verb).baseRel().equals("csubj") || claimedClause(verb)) {
            return -1; // "claimed the attack on the station was staged": a claim about the attack, misparsed
        }
        if (noun.deprel().equals("nsubj:pass")) {
            return agentOf(verb); // "Past attacks were claimed by Islamic State"
        }
        int subj = Syntax.subject(doc, verb);
        return subj >= 0 ? subj : controller(verb);
    }

    /** Whether an English verb of claiming has a clause below it: then it claims that something is so. */
    private boolean claimedClause(int verb) {
        for (int c : doc.children(verb)) {
            if (Set.of("ccomp", "dep", "parataxis", "xcomp").contains(doc.token(c).baseRel()) && doc.token(c).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean responsibleWord(Token t) {
        return t.pos().equals("ADJ") && "verantwortlich".equals(lower(t.text()));
    }

    /** English verbs whose subject takes part in the event noun of their in- or to-phrase ("join": in- or for-phrase). */
    private static final Set<String> PARTICIPATING_EN = Set.of("participate", "contribute", "engage", "join");

    /**
     * The English verb through which its subject takes part in an event noun ("Azerbaijani troops participate in
     * peacekeeping operations", "is ready to contribute to the operation", "will join U.S. President Donald Trump …
     * for three-way talks", session 33), or -1.
     */
    private int participation(Token noun) {
        if (lang.equals("de")) {
            return participationDe(noun);
        }
        if (!noun.baseRel().equals("obl") || noun.head() < 0 || !doc.token(noun.head()).isVerb()
                || !PARTICIPATING_EN.contains(String.valueOf(doc.token(noun.head()).lemma()))) {
            return -1;
        }
        String prep = Syntax.caseOf(doc, noun.index());
        boolean join = "join".equals(doc.token(noun.head()).lemma());
        return "in".equals(prep) || !join && "to".equals(prep) || join && "for".equals(prep) ? noun.head() : -1;
    }

    /**
     * The German word through which its subject takes part in the event noun of its an-phrase, or -1: "beteiligt
     * sein", "sich beteiligen" ("war die Staatsanwaltschaft an den Ermittlungen beteiligt"), "teilnehmen" ("An diesen
     * Gesprächen werden die Außenminister … teilnehmen", "nahm an den Protesten teil"). Not an attributive
     * participle ("die an den Gesprächen beteiligten Staaten": the participle is no clause of its own).
     */
    private int participationDe(Token noun) {
        if (noun.head() < 0 || !"an".equals(Syntax.caseOf(doc, noun.index()))
                || !(noun.baseRel().equals("obl") || noun.baseRel().equals("nmod"))) {
            return -1;
        }
        Token head = doc.token(noun.head());
        String w = lower(head.text());
        boolean taking = head.isVerb() || head.pos().equals("ADJ") && !head.baseRel().equals("amod");
        boolean takingPart = w.startsWith("beteilig") || w.startsWith("teilnehm") || w.startsWith("teilzunehm")
                || w.equals("teilgenommen") || head.isVerb() && (lower(head.lemma()).equals("teilnehmen")
                || particle(head.index(), "teil") && lower(head.lemma()).equals("nehmen"));
        return taking && takingPart ? head.index() : -1;
    }

    /** The subject of a German participation word; a future "werden" read as a passive auxiliary leaves it as nsubj:pass. */
    private int participantDe(int taking) {
        int subj = Syntax.subject(doc, taking);
        return subj >= 0 ? subj : doc.child(taking, "nsubj:pass");
    }

    /**
     * An English event noun or gerund held against the subject of "responsible for" or "guilty of" ("Kony and the
     * LRA are responsible for mass killings", "is guilty of violating the ceasefire agreement"): CAMEO codes the
     * act with that subject as its actor.
     */
    private boolean answerable(Token t) {
        Token adj = doc.token(t.head());
        String lemma = adj.lemma() == null ? "" : adj.lemma().toLowerCase(Locale.ROOT);
        String prep = Syntax.caseOf(doc, t.index());
        if (prep == null && t.isVerb()) {
            int mark = doc.child(t.index(), "mark");
            prep = mark < 0 ? null : doc.token(mark).text().toLowerCase(Locale.ROOT);
        }
        return adj.pos().equals("ADJ") && ("responsible".equals(lemma) && "for".equals(prep)
                || "guilty".equals(lemma) && "of".equals(prep));
    }

    /**
     * The target phrase the parser attached to the verb instead of the event noun: with a support verb
     * any phrase of the target role ("erhob Anklage gegen einen 49-Jährigen"); with another verb only the
     * phrase right after the noun ("nach einem Treffen der Organisatoren mit dem Premierminister").
     */
    private int verbPhraseTarget(Token noun, String role) {
        if (role == null || !role.startsWith("obl:") || noun.head() < 0
                || !doc.token(noun.head()).isVerb()) {
            return -1;
        }
        int verb = noun.head();
        int pp = argument(verb, role);
        if (pp < 0) {
            return -1;
        }
        if (supportVerb(noun) >= 0 || runsAgainst(noun)) {
            return pp;
        }
        int[] own = doc.subtreeRange(noun.index());
        int[] phrase = doc.subtreeRange(pp);
        return phrase[0] == own[1] + 1 ? pp : -1;
    }

    /**
     * A German event noun that is the subject of "laufen" ("Gegen den Sohn läuft bereits ein Verfahren", "laufen
     * Ermittlungen noch gegen einen weiteren Mitarbeiter"): the verb's gegen-phrase is the noun's, wherever it stands
     * (session 35, the fronted gegen-phrases of eval/dev-de-events and dev12).
     */
    private boolean runsAgainst(Token noun) {
        return lang.equals("de") && noun.isNoun() && noun.head() >= 0 && noun.baseRel().equals("nsubj")
                && "laufen".equals(lower(doc.token(noun.head()).lemma()));
    }

    /**
     * Standalone noun triggers that end a German compound ("Großdemonstration" → "Demonstration"):
     * the head is at least five letters and the modifier at least three. Only standalone rows, whose
     * head word is an event whatever modifies it ("Kampf" is not: "Wahlkampf").
     */
    public static List<Trigger> compoundHead(String key, String lang) {
        EventLexicon lexicon = EventLexicon.get();
        if (!lang.equals("de") || key.startsWith("wahl")) {
            return List.of(); // "Wahlkundgebung" is a campaign rally, not a protest
        }
        boolean self = key.startsWith("selbst"); // "Selbsttötung" is a suicide, "Selbstmordattentat" an attack
        for (int i = 3; i <= key.length() - 4; i++) {
            String head = key.substring(i);
            if (i == 5 && key.startsWith("nicht")) {
                continue; // "Nichtanerkennung", "Nichteinmischung": the negation of the head's event, not the event
            }
            if (head.length() == 4 && i < 4) {
                continue; // a four-letter head needs a modifier of four letters or more: "Frauenmord", not "Rufmord"
            }
            List<Trigger> rows = lexicon.noun(head, lang).stream()
                    .filter(t -> t.standalone() || !LOOSE_COMPOUND_HEADS.contains(head) || needsActor(t))
                    .filter(t -> head.length() > 4 || t.standalone())
                    .filter(t -> !self || head.length() + 6 < key.length() || !t.type().name().equals("ASSAULT")).toList();
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        return seriesOf(lexicon, key, lang);
    }

    /** Heads of a compound that names a series of the events its first part names ("Festnahmewelle", "Anschlagserie"). */
    private static final List<String> SERIES_HEADS_DE = List.of("serie", "welle");

    /**
     * The standalone rows of the event noun that a series compound begins with, with or without the linking "s"
     * ("Festnahmewelle", "Verhaftungswelle", "Anschlagserie"); none for other first parts ("Hitzewelle", "Krimiserie").
     */
    private static List<Trigger> seriesOf(EventLexicon lexicon, String key, String lang) {
        for (String series : SERIES_HEADS_DE) {
            if (!key.endsWith(series)) {
                continue;
            }
            String first = key.substring(0, key.length() - series.length());
            for (String k : first.endsWith("s") ? List.of(first, first.substring(0, first.length() - 1)) : List.of(first)) {
                List<Trigger> rows = lexicon.noun(k, lang).stream().filter(Trigger::standalone).toList();
                if (k.length() >= 4 && !rows.isEmpty()) {
                    return rows;
                }
            }
        }
        return List.of();
    }

    /**
     * Heads whose compounds are often no event ("Wettkampf", "Nachbarschaftshilfe", "Sonderangebot"):
     * only their standalone rows, and rows whose constraint asks for an actor dependent, count in
     * compounds ("Kriegsverbrecherprozess gegen Ratko Mladić"; "Friedensprozess" has no gegen-actor).
     * Other heads' compounds ("Beitrittsverhandlungen", "Tarifverhandlungen") keep the head's rows,
     * which (unless standalone) still need an actor.
     */
    private static final Set<String> LOOSE_COMPOUND_HEADS = Set.of("kampf", "kämpf", "hilfe", "angebot", "lieferung",
            "zusage", "kredit", "abkommen", "besuch", "treffen", "spiel", "protest", "kritik", "verbot", "klage",
            "versprechen", "einigung", "vereinbarung", "unterstützung", "prozess", "aufruf", "abzug", "rückzug");

    /** A row whose constraint names only actors ("obl:gegen:@actor"): the dependent anchors even a loose compound. */
    private static boolean needsActor(Trigger t) {
        return t.constrained() && !t.constraint().lemmas().isEmpty()
                && t.constraint().lemmas().stream().allMatch(l -> l.startsWith("@"));
    }

    /**
     * Lookup keys for a German noun form: itself and plausible singulars ("Kämpfen" → "kampf"). No "-er":
     * no event noun forms its plural so, and stripping it turns agent nouns into events ("Kämpfer",
     * "Attentäter" → "attentat", "Mörder" → "mord", "Besucher" → "besuch").
     */
    public static List<String> nounKeys(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        keys.add(w);
        for (String suffix : new String[] {"en", "n", "e", "s", "es", "nen"}) { // "es": genitive "Mordes"
            if (w.endsWith(suffix) && w.length() > suffix.length() + 3) {
                String stem = w.substring(0, w.length() - suffix.length());
                keys.add(stem);
                String plain = stem.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u');
                if (!plain.equals(stem)) {
                    keys.add(plain); // umlaut plurals: Kämpfe → Kampf
                }
                String lastPlain = lastUmlautPlain(stem);
                if (!lastPlain.equals(stem) && !lastPlain.equals(plain)) {
                    keys.add(lastPlain); // only the plural's umlaut: Überfälle → Überfall, Rückzüge → Rückzug
                }
            }
        }
        return keys;
    }

    /** The word with its last umlaut (the one a plural adds) undone: "überfäll" → "überfall". */
    private static String lastUmlautPlain(String stem) {
        int last = Math.max(stem.lastIndexOf('ä'), Math.max(stem.lastIndexOf('ö'), stem.lastIndexOf('ü')));
        if (last < 0) {
            return stem;
        }
        char plain = switch (stem.charAt(last)) {
            case 'ä' -> 'a';
            case 'ö' -> 'o';
            default -> 'u';
        };
        return stem.substring(0, last) + plain + stem.substring(last + 1);
    }

    private void verbArgs(Trigger tr, Token v, List<Arg> source, List<Arg> target) {
        int shared = sharedPassive(v.index());
        boolean passive = Syntax.isPassive(doc, v.index()) || shared >= 0 || lang.equals("en")
                && ("obj".equals(tr.targetRole()) || "obj".equals(tr.themeRole())) && Syntax.reducedPassive(doc, v.index());
        if (passive) {
            int agent = passiveAgent(v.index());
            collect(agent >= 0 || shared < 0 ? agent : passiveAgent(shared), source);
            // German datives stay datives in the passive ("was Mladić vorgeworfen wird").
            int dative = "iobj".equals(tr.targetRole()) ? argument(v.index(), "iobj") : -1;
            if (dative < 0 && "iobj".equals(tr.targetRole()) && lang.equals("de")) {
                dative = misparsedDative(v.index()); // "Dem Mitbegründer der Grünen werden … vorgeworfen"
            }
            if (dative < 0 && lang.equals("de") && tr.targetRole() != null && tr.targetRole().startsWith("obl:")
                    && !"obj".equals(tr.themeRole())) {
                // a verb without an accusative has an impersonal passive: its prepositional object stays the
                // target and there is no subject ("Gegen Fazio wird … ermittelt")
                dative = argument(v.index(), tr.targetRole());
            }
            int patient = dative >= 0 ? dative : Syntax.passiveSubject(doc, v.index());
            if (patient < 0 && lang.equals("de")) {
                // the parser often labels the passive subject "obj" ("wurden … zehn Menschen erschossen"), and a
                // coordinated participle shares the first one's ("sind … festgenommen und angeklagt worden")
                patient = doc.child(v.index(), "obj");
                if (patient < 0) {
                    patient = ellipticCount(v.index()); // "… getötet und 97 weitere verletzt": not the first verb's subject
                }
                if (patient < 0 && v.deprel().equals("conj") && v.head() >= 0 && Syntax.isPassive(doc, v.head())
                        && doc.child(v.index(), "aux:pass") < 0) { // "… getötet und mehr als 30 wurden verletzt": own clause
                    patient = Syntax.passiveSubject(doc, v.head());
                }
                if (patient < 0 && v.deprel().equals("conj") && v.head() >= 0 && doc.token(v.head()).isVerb()
                        && !Syntax.isPassive(doc, v.head()) && doc.child(v.index(), "aux:pass") >= 0) {
                    // "Magnitski hatte … beschuldigt, wurde dann … festgenommen": a passive conjunct of an active verb
                    // without a subject of its own is said of the first verb's subject
                    patient = Syntax.subject(doc, v.head());
                }
                if (patient < 0 && shared >= 0) {
                    patient = Syntax.passiveSubject(doc, shared); // "wurden … Menschen ermordet, verstümmelt, vergewaltigt"
                }
                if (patient < 0) {
                    patient = countedOblique(v.index());
                }
                if (patient < 0) {
                    patient = countedDeterminer(shared >= 0 ? shared : v.index());
                }
            }
            if (lang.equals("de") && patient >= 0 && cited(patient)) {
                patient = -1; // "wurde Medienberichten zufolge ein Algerier festgenommen": the source the parse made the subject
            }
            collect(patient, target);
            if (target.isEmpty() && lang.equals("de") && patient >= 0) {
                collect(secondPassiveSubject(v.index(), patient), target);
            }
        } else {
            collect("nsubj".equals(tr.sourceRole()) ? Syntax.subject(doc, v.index())
                    : argument(v.index(), tr.sourceRole()), source);
            if (source.isEmpty() && (tr.sourceRole() == null || tr.sourceRole().startsWith("nsubj"))) {
                collect(controller(v.index()), source);
            }
            if (source.isEmpty() && lang.equals("en") && "nsubj".equals(tr.sourceRole())) {
                Arg speaker = reportingSpeaker(v.index());
                if (speaker != null) {
                    source.add(speaker); // "the group announced it will return the weapons depots"
                }
            }
            int subj = Syntax.subject(doc, v.index());
            int inverted = source.isEmpty() && lang.equals("de") && "nsubj".equals(tr.sourceRole())
                    && SPEECH_TYPES.contains(tr.type().name()) ? invertedSpeaker(v) : -1;
            if (inverted >= 0) {
                collect(inverted, source); // "…, beklagte EU-Justizkommissarin Vera Jourova": the speaker, not the target
                return;
            }
            if (source.isEmpty() && lang.equals("de") && subj < 0 && "nsubj".equals(tr.sourceRole())
                    && !"obj".equals(tr.targetRole()) && !"obj".equals(tr.themeRole())) {
                // a verb that takes no object: its "object" is a misparsed subject ("haben am Samstag mehr als
                // 7.500 Menschen gegen … demonstriert")
                collect(doc.child(v.index(), "obj"), source);
            }
            if (source.isEmpty() && lang.equals("de") && subj >= 0 && "obj".equals(tr.targetRole())
                    && PATIENT_TYPES.contains(tr.type().name()) && placeSubject(v.index(), subj)) {
                // "Die Polizei hat das Armenviertel gestürmt" parsed with the place as subject: the actor acts on it
                collect(doc.child(v.index(), "obj"), source);
                return;
            }
            collectRecipient(argument(v.index(), tr.targetRole()), tr.targetRole(), target);
            if (target.isEmpty() && "obj".equals(tr.targetRole()) && v.deprel().equals("conj") && v.head() >= 0
                    && doc.token(v.head()).isVerb() && doc.child(v.index(), "obj") < 0) {
                collect(doc.child(v.head(), "obj"), target); // "erstochen und anschließend missbraucht"
            }
            if (target.isEmpty() && lang.equals("en") && tr.targetRole() != null && tr.targetRole().startsWith("obl:")
                    && particle(v.index(), tr.targetRole().substring(4))) {
                collect(doc.child(v.index(), "obj"), target); // "called on the government": "on" parsed as a particle
            }
            if (target.isEmpty() && lang.equals("en") && tr.targetRole() != null && tr.targetRole().startsWith("obl:")) {
                // "called on Libya's government to crack down": the preposition parsed as the infinitive's mark and
                // the addressee as its subject
                collect(markedSubject(v.index(), tr.targetRole().substring(4)), target);
            }
            if (target.isEmpty() && lang.equals("en") && tr.targetRole() != null && tr.targetRole().startsWith("obl:")) {
                collect(objectPhraseParty(v.index(), tr.targetRole().substring(4)), target);
            }
            if (target.isEmpty() && lang.equals("en") && (tr.targetRole() == null || tr.targetRole().isEmpty())
                    && tr.type().name().equals("REQUEST") && tr.themeRole() != null && tr.themeRole().startsWith("obl:")) {
                collect(partyObject(v.index()), target); // "pushed Iraq for a constitution": whom the appeal presses
            }
            if (target.isEmpty() && lang.equals("en") && "iobj".equals(tr.targetRole())) {
                collectRecipient(argument(v.index(), "obl:to"), "obl:to", target); // "pledged support to the Palestinian people"
            }
            if (target.isEmpty() && lang.equals("en") && TRANSFER_TYPES.contains(tr.type().name())
                    && recipientPhrase(v.index(), tr) >= 0) {
                // "withdrew peacekeepers from Sinai", "lifted sanctions against Sudan": where the thing goes to or
                // comes from is the recipient, not the thing (its phrase is the target when it names no actor)
                collect(recipientPhrase(v.index(), tr), target);
                return;
            }
            int nested = target.isEmpty() ? nestedTarget(v, tr) : -1;
            if (nested >= 0) {
                collect(nested, target); // "provided $2 million in assistance to Fiji"
                if (!target.isEmpty()) {
                    return;
                }
            }
            if (target.isEmpty() && tr.themeRole() != null && !tr.type().name().equals("MOBILIZE")) {
                // "rejected Trump's decision", "freed the prisoners", "einen Beitritt der Türkei ablehnen",
                // "gegen die Regierung demonstrieren": an actor theme, or the actor owning it, is whom the
                // event is directed at (CAMEO's target). Not the troops a mobilisation moves: they are the
                // mobiliser's own ("Russland hat 100.000 Soldaten zusammengezogen").
                collect(argument(v.index(), tr.themeRole()), target);
            }
        }
        if ((reciprocal(tr) || mutual(v, tr)) && target.isEmpty() && source.size() > 1) {
            target.addAll(source); // "bekämpfen sich A und B", "Polizisten und Bandenmitglieder beschossen sich"
        }
    }

    /** Event types of what is said: a speaker can be inverted after the words he says. */
    private static final Set<String> SPEECH_TYPES = Set.of("ACCUSE", "REJECT", "SUPPORT", "AGREE", "REQUEST",
            "THREATEN", "CONCEDE");

    /**
     * The speaker inverted after the clause he is reported to say, which the parser reads as the verb's object
     * ("Die Bereitschaft der Bürgermeister ist enden wollend, kritisiert Gabi Sprickler-Falschlunger", "…, beklagte
     * EU-Justizkommissarin Vera Jourova"), or -1: a verb right after a comma that found no actor as its subject
     * (the parser often makes it a conjunct of the reported clause's verb), whose only object is an actor right
     * after it and ends the sentence. Not a verb with a dative or a second object ("…, warf die Opposition der
     * Regierung vor"), nor a conjunct that shares an actor subject ("Die Opposition ging auf die Straße, kritisierte
     * die Regierung": the caller has that source already).
     */
    private int invertedSpeaker(Token v) {
        int i = v.index();
        if (i == 0 || !doc.token(i - 1).text().equals(",") || doc.token(i - 1).sentence() != v.sentence()
                || doc.child(i, "iobj") >= 0 || doc.child(i, "mark") >= 0 || doc.childrenWith(i, "obj").size() != 1) {
            return -1;
        }
        int obj = doc.child(i, "obj");
        int[] range = doc.subtreeRange(obj);
        if (range[0] != i + 1 || !doc.token(obj).isNoun()) {
            return -1;
        }
        for (int k = range[1] + 1; k < doc.tokens().size() && doc.token(k).sentence() == v.sentence(); k++) {
            String pos = doc.token(k).pos();
            if (!pos.equals("ADV") && !pos.equals("PUNCT") && !(pos.equals("ADJ") && doc.token(k).head() == i)) {
                return -1; // "…, kritisierte Steinhart weiters.": only adverbs may follow the speaker
            }
        }
        List<Arg> speaker = new ArrayList<>();
        collect(obj, speaker);
        return speaker.isEmpty() ? -1 : obj;
    }

    /**
     * Another of several German passive subjects, or -1: the parser splits "innerhalb der ersten Tage der
     * Militäroperation 35 Talibankämpfer getötet" into two, the first no actor.
     */
    private int secondPassiveSubject(int verb, int first) {
        int[] children = doc.children(verb);
        for (int i = children.length - 1; i >= 0; i--) { // the one nearest the verb: the first is often a dateline place
            int c = children[i];
            if (c != first && doc.token(c).deprel().equals("nsubj:pass") && !cited(c)) {
                return c;
            }
        }
        return -1;
    }

    /** "der Menschenrechtsorganisation Cepadho zufolge": a source cited, whatever the parser attached "zufolge" to. */
    private boolean cited(int noun) {
        int last = Math.min(noun + 3, doc.tokens().size() - 1);
        for (int i = noun + 1; i <= last && doc.token(i).sentence() == doc.token(noun).sentence(); i++) {
            if (lower(doc.token(i).text()).equals("zufolge")) {
                return true;
            }
        }
        return false;
    }

    /** The first "obl:arg" of {@code verb} without a preposition that {@code fits}: a dative the parser did not label "iobj", or -1. */
    private int unlabelledDative(int verb, java.util.function.IntPredicate fits) {
        for (int c : doc.children(verb)) {
            if (doc.token(c).deprel().equals("obl:arg") && Syntax.caseOf(doc, c) == null && fits.test(c)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The dative of a German passive the parser did not label "iobj": an "obl:arg" without a preposition ("Dem
     * Mitbegründer … werden Verbrechen vorgeworfen"), or the one of two passive subjects that names an actor or a
     * person ("Verbrechen werden Bemba und dem MLC … zur Last gelegt"); or -1.
     */
    private int misparsedDative(int verb) {
        int dative = unlabelledDative(verb, c -> doc.token(c).isNoun() || personalPronoun(c));
        if (dative >= 0) {
            return dative;
        }
        List<Integer> subjects = new ArrayList<>();
        for (int c : doc.children(verb)) {
            if (doc.token(c).deprel().equals("nsubj:pass")) {
                subjects.add(c);
            }
        }
        for (int c : subjects.size() > 1 ? subjects : List.<Integer>of()) {
            List<Arg> found = new ArrayList<>();
            collect(c, found);
            if (!found.isEmpty() || personNoun(c)) {
                return c;
            }
            for (int k : doc.children(c)) {
                if (doc.token(k).deprel().equals("conj") && (actors.at(k) != null || personNoun(k))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * A counted noun the parser made an oblique of a passive verb that has no subject: "waren über 200 Menschen
     * getötet worden" reads "über" as a preposition; the counted people are the passive subject. Not a
     * prepositional phrase ("mit 200 Schüssen getötet") nor a time ("vor 20 Jahren").
     */
    private int countedOblique(int verb) {
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            String cs = Syntax.caseOf(doc, c);
            if (ct.baseRel().equals("obl") && ct.isNoun() && (cs == null || cs.equals("über"))
                    && doc.child(c, "nummod") >= 0 && notTime(c) >= 0) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The counted people of a German passive participle coordinated with another passive verb, when the count stands
     * without a noun and the parser made it an oblique or an adverb ("wurden 23 Gläubige getötet und 97 weitere
     * verletzt": "97" an obl, "weitere" an advmod; "wurde ein Mensch getötet und mehr als 30 wurden verletzt"): the
     * pronominal "weitere", else the bare cardinal (not a year nor a preposition's object); or -1.
     */
    private int ellipticCount(int verb) {
        Token v = doc.token(verb);
        if (!lang.equals("de") || !v.deprel().equals("conj") || v.head() < 0 || !Syntax.isPassive(doc, v.head())) {
            return -1;
        }
        int number = -1;
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (c > verb) {
                break;
            }
            if (ct.pos().equals("ADJ") && (ct.baseRel().equals("advmod") || ct.baseRel().equals("obl"))
                    && COUNTED_PEOPLE_DE.contains(lower(ct.text()))) {
                return c;
            }
            if (ct.pos().equals("NUM") && ct.baseRel().equals("obl") && Syntax.caseOf(doc, c) == null && !yearLike(ct.text())) {
                number = c;
            }
        }
        int first = Syntax.passiveSubject(doc, v.head());
        first = first >= 0 ? first : doc.child(v.head(), "obj");
        // a bare number counts what the first verb's subject names: people, not "zwölf Autos … und 13 zerstört"
        return first >= 0 && (actors.at(first) != null || personNoun(first)) ? number : -1;
    }

    /** A four-digit number a year may be written as ("1979"). */
    private static boolean yearLike(String w) {
        return YEAR.matcher(w).matches();
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[0-9]{3}|20[0-9]{2}");

    /**
     * A quantity word for people the tagger read as the determiner of a passive participle ("wurden viele
     * eingeschüchtert, bedroht und … abgehalten": "viele" a det of "eingeschüchtert"), or -1.
     */
    private int countedDeterminer(int verb) {
        for (int c : doc.children(verb)) {
            if (c < verb && doc.token(c).deprel().equals("det") && countedPeople(c)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether the event's participants act on each other although its lexicon row is not reciprocal: German
     * participants named by "zwischen" ("Gefechte zwischen A und B"), or a verb with a German reflexive object
     * ("A und B beschossen sich").
     */
    private boolean mutual(Token trigger, Trigger tr) {
        if (!lang.equals("de")) {
            return false;
        }
        if ("nmod:zwischen".equals(tr.sourceRole())) {
            return !trigger.isVerb();
        }
        if (!trigger.isVerb() || !"obj".equals(tr.targetRole())) {
            return false;
        }
        int obj = doc.child(trigger.index(), "obj");
        return obj >= 0 && doc.token(obj).text().equals("sich");
    }

    /**
     * A German killing verb whose object is its own subject ("habe sich selbst getötet", "erschoss sich anschließend"):
     * a suicide, which the guidelines do not count; "beschossen sich gegenseitig" stays a mutual attack.
     */
    private boolean suicide(Trigger tr, Token v) {
        if (!lang.equals("de") || !tr.type().name().equals("ASSAULT")) {
            return false;
        }
        int obj = doc.child(v.index(), "obj");
        int subj = doc.child(v.index(), "nsubj");
        if (obj < 0 || !doc.token(obj).text().equals("sich") || subj >= 0 && doc.child(subj, "conj") >= 0
                || v.baseRel().equals("conj") && (doc.token(v.head()).isNoun() || doc.child(v.head(), "obj") >= 0)) {
            return false; // "hat zwölf Menschen und anschließend sich selbst erschossen": the parse splits off the victims
        }
        boolean self = false;
        for (int c : doc.children(v.index())) {
            String w = doc.token(c).text().toLowerCase(Locale.ROOT);
            if (w.equals("gegenseitig") || w.equals("einander")) {
                return false;
            }
            self |= w.equals("selbst");
        }
        return self || SELF_KILLING.contains(lower(v.lemma()));
    }

    /**
     * A German row whose target is the dative, with the reflexive "sich" in that place: the subject acts on itself, and
     * the verb means something else ("der Vater verbietet sich jedwede Unterbrechung": he will not have it, no ban on
     * anyone; "wirft sich vor"). Rows that need the reflexive say so in their constraint; "sich gegenseitig" is mutual.
     */
    private boolean reflexiveDative(Trigger tr, Token v) {
        if (!lang.equals("de") || !"iobj".equals(tr.targetRole()) || tr.constrained() && tr.constraint().reflexive()) {
            return false;
        }
        boolean self = false;
        for (int c : doc.children(v.index())) {
            Token ct = doc.token(c);
            String w = lower(ct.text());
            if (w.equals("gegenseitig") || w.equals("einander")) {
                return false; // "FPÖ und Grüne warfen sich gegenseitig ein böses Spiel vor": each accuses the other
            }
            self |= ct.text().equals("sich") && (ct.baseRel().equals("obj") || ct.baseRel().equals("iobj")
                    || ct.baseRel().equals("expl") || ct.baseRel().equals("obl"));
        }
        return self;
    }

    private static final Set<String> SELF_KILLING = Set.of("töten", "umbringen", "erschießen", "erhängen", "erstechen",
            "vergiften");

    private boolean particle(int verb, String word) {
        int prt = doc.child(verb, "compound:prt");
        return prt >= 0 && doc.token(prt).text().equalsIgnoreCase(word);
    }

    /**
     * "Mhlanga's arrest", "Khalil's deportation", "the hostages' release": an English possessive of an arrest,
     * deportation or release noun without an of-phrase is who suffers it; with one it is the doer ("Israel's
     * release of prisoners"). The lexicon's source role is then not read.
     */
    private boolean possessivePatientEn(Trigger tr, Token n) {
        return lang.equals("en") && "nmod:poss".equals(tr.sourceRole())
                && PATIENT_POSSESSIVE_MODES_EN.contains(String.valueOf(tr.mode())) && argument(n.index(), "nmod:of") < 0
                && (tr.targetRole() == null || argument(n.index(), tr.targetRole()) < 0);
    }

    private static final Set<String> PATIENT_POSSESSIVE_MODES_EN = Set.of("arrest", "deport", "release");

    /** Types of English event nouns a name compound before them can be the doer of ("U.S. sanctions on Turkey"). */
    private static final Set<String> AGENT_MODIFIER_TYPES_EN = Set.of("ASSAULT", "COERCE", "SANCTION", "THREATEN",
            "MOBILIZE", "PROTEST", "REQUEST", "ACCUSE", "REJECT", "SUPPORT");

    /**
     * The doer a country or organisation name compounded before an English event noun names when nothing else does,
     * only when the noun has its target phrase too ("U.S. sanctions on Turkey", "Israel airstrikes on Gaza"): without
     * one the name is as often who is hit ("Iran sanctions") or a place; a capital is a place there ("the Kabul attack
     * … against civilians"), not its government. Not for meetings, agreements and aid, whose
     * modifier names a topic or the recipient ("Syria peace talks", "Ukraine aid").
     */
    private void agentModifier(Token n, boolean hasTarget, List<Arg> source) {
        if (!hasTarget) {
            return;
        }
        for (int c : doc.children(n.index())) {
            Token ct = doc.token(c);
            ActorIndex.Ref r = actors.at(c);
            if (r != null && !r.locative() && r.kind().equals("name") && c < n.index() && ct.deprel().equals("compound")
                    && ct.pos().equals("PROPN")
                    && (r.type().equals("COUNTRY") || r.type().equals("ORGANIZATION"))) {
                collect(c, source);
            }
        }
    }

    /**
     * The von-agent of a German attributive participle of carrying out or imposing that modifies an event noun: "die von
     * Russland verhängten Sanktionen", "von bewaffneten Gruppen ausgeübte sexuelle Gewalt", "der von den Rebellen
     * verübte Anschlag" — the agent of the participle is the actor of the event the noun names; or -1. Only verbs that do
     * what the noun names (support verbs, "verhängen", "ausüben", "anwenden"): the agent of "die von der Regierung
     * kritisierten Angriffe" is no attacker.
     */
    private int participleAgent(int noun) {
        boolean en = lang.equals("en");
        for (int c : en ? performedParticiples(noun) : doc.children(noun)) {
            Token ct = doc.token(c);
            if (!en && !(ct.baseRel().equals("amod") || ct.baseRel().equals("acl") && ct.isVerb())) {
                continue;
            }
            String verb = ct.isVerb() && ct.lemma() != null ? lower(ct.lemma()) : participleLemma(ct.text());
            if (!en && (verb == null || !(SUPPORT_DE.contains(verb) || PERFORMING_DE.contains(verb)))) {
                continue;
            }
            for (int a : doc.children(c)) {
                Token at = doc.token(a);
                String prep = Syntax.caseOf(doc, a);
                if (at.isNoun() && (at.deprel().equals("obl:agent") || (at.baseRel().equals("obl") || at.baseRel().equals("nmod"))
                        && (en ? "by".equals(prep) : "von".equals(prep) || "vom".equals(prep)))) {
                    return a;
                }
            }
        }
        return -1;
    }

    /** Verbs of imposing or exercising whose participle's agent is the actor of the noun it modifies (with SUPPORT_DE). */
    private static final Set<String> PERFORMING_DE = Set.of("verhängen", "ausüben", "anwenden", "erlassen");

    /**
     * English past participles in a reduced relative on an event noun whose verb does what the noun names (support
     * verbs and {@link #PERFORMING_EN}): "an offensive launched by forces", "sanctions imposed on China", "attacks
     * carried out by the group". Not "-ing" forms, not relative clauses with their own subject ("the attack that
     * the army condemned").
     */
    private int[] performedParticiples(int noun) {
        List<Integer> out = new ArrayList<>();
        for (int c : doc.children(noun)) {
            Token ct = doc.token(c);
            String form = lower(ct.text());
            String verb = ct.lemma() == null ? null : lower(ct.lemma());
            if (ct.isVerb() && ct.deprel().equals("acl") && verb != null && !form.equals(verb) && !form.endsWith("ing")
                    && (SUPPORT_EN.contains(verb) || PERFORMING_EN.contains(verb))) {
                out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** English verbs of imposing or committing whose participle's agent is the actor of the noun it modifies. */
    private static final Set<String> PERFORMING_EN = Set.of("impose", "level", "commit", "perpetrate", "inflict", "enforce");

    /**
     * The party an English performed participle's on- or against-phrase names: "sanctions imposed by the EU on
     * Russia", "restrictions imposed on China" (a name or a known actor, no thing); -1 if none.
     */
    private int participleParty(int noun) {
        for (int c : performedParticiples(noun)) {
            int on = partyOn(c);
            if (on >= 0) {
                return on;
            }
        }
        return -1;
    }

    /**
     * "seine Ablehnung der Regierung", "die Ablehnung Israels durch die Palästinenser": a German rejection noun whose
     * genitive after it may be who rejects or what is rejected; beside a possessive or a durch-phrase, which name who
     * rejects, the genitive is what is rejected and no source.
     */
    private boolean ownedRejection(Trigger tr, Token n) {
        if (!lang.equals("de") || !tr.type().name().equals("REJECT") || !"nmod:gen".equals(tr.sourceRole())) {
            return false;
        }
        int gen = argument(n.index(), "nmod:gen");
        return gen > n.index() && (argument(n.index(), "nmod:durch") >= 0 || argument(n.index(), "nmod:poss") >= 0
                || possessivePronoun(n) >= 0);
    }

    /**
     * A row whose source is an of-phrase naming forces ("the withdrawal of U.S. troops"): the forces act only when no
     * possessive or by-phrase names who moves them.
     */
    private static boolean forcesOf(Trigger tr) {
        return "nmod:of".equals(tr.sourceRole()) && tr.constrained() && "nmod:of".equals(tr.constraint().role());
    }

    /** "seine Festnahme", "sein Haftbefehl": where the genitive is the patient, so is the possessive. */
    private static boolean possessiveIsPatient(Trigger tr) {
        return "nmod:gen".equals(tr.targetRole()) || "arrest".equals(tr.mode()) || "deport".equals(tr.mode());
    }

    private void nounArgs(Trigger tr, Token n, List<Arg> source, List<Arg> target) {
        boolean patientEn = possessivePatientEn(tr, n);
        boolean possIsPatient = possessiveIsPatient(tr) || patientEn;
        if (lang.equals("en") && forcesOf(tr)) {
            // "Russia's withdrawal of troops", "the withdrawal of forces by America": the forces' owner acts
            collect(argument(n.index(), "nmod:poss"), source);
            if (source.isEmpty()) {
                collect(argument(n.index(), "nmod:by"), source);
            }
        }
        if (source.isEmpty() && !patientEn && !ownedRejection(tr, n)) {
            collect(argument(n.index(), tr.sourceRole()), source);
        }
        if (source.isEmpty() && !possIsPatient) {
            collect(argument(n.index(), "nmod:poss"), source);
        }
        if (source.isEmpty()) {
            // "a bombing by the Islamic State", "die Festnahme … durch die Polizei"
            collect(argument(n.index(), lang.equals("en") ? "nmod:by" : "nmod:durch"), source);
        }
        collectRecipient(argument(n.index(), tr.targetRole()), tr.targetRole(), target);
        if (target.isEmpty() && possIsPatient) {
            collect(argument(n.index(), "nmod:poss"), target);
        }
        if (target.isEmpty()) {
            collectRecipient(verbPhraseTarget(n, tr.targetRole()), tr.targetRole(), target);
        }
        if (target.isEmpty() && lang.equals("en") && (attackOn(tr) || sanctionOn(tr) && !askedOrThreatened(n))) {
            // "a missile attack against a military base", "sweeping new sanctions against Turkey"
            collect(argument(n.index(), "obl:against"), target);
        }
        if (target.isEmpty() && lang.equals("en") && n.head() >= 0 && supportVerb(n) == n.head()) {
            collect(argument(n.head(), "iobj"), target); // "gave Putin a stern warning", "gives Putin a deadline"
        }
        if (source.isEmpty() && lang.equals("en") && AGENT_MODIFIER_TYPES_EN.contains(tr.type().name())) {
            agentModifier(n, !target.isEmpty(), source);
        }
        if (source.isEmpty()) {
            // "die von Russland verhängten Sanktionen", "an offensive launched by forces in Puntland"
            collect(participleAgent(n.index()), source);
        }
        if (target.isEmpty() && lang.equals("en")) {
            collect(participleParty(n.index()), target); // "sanctions imposed by the EU on Russia"
        }
        if (target.isEmpty() && lang.equals("de") && "obl:gegen".equals(tr.themeRole())) {
            // "Massenproteste gegen den Ministerpräsidenten"; not "Verhandlungen über Resolutionen des Rates"
            collect(argument(n.index(), tr.themeRole()), target);
            if (target.isEmpty()) {
                collect(verbPhraseTarget(n, tr.themeRole()), target); // "um den Protesten gegen ihn den Boden zu entziehen"
            }
        }
        if (target.isEmpty() && source.size() > 1 && mutual(n, tr)) {
            target.addAll(source); // "Feuergefechte zwischen Sunniten und Schiiten": both sides are source and target
        }
        if (target.isEmpty()) {
            collect(impendingFor(n), target); // "Den BVG droht ein Streik": who the impending event will hit
        }
        if (source.isEmpty()) {
            collect(comesFrom(n), source); // "Kritik kam von der Opposition"
        }
        if (target.isEmpty() && received(n)) {
            collect(Syntax.subject(doc, n.head()), target); // "Musharraf erhielt Kritik": he is criticised
            return;
        }
        int amount = tr.type().name().equals("AID") ? aidAmount(n) : -1;
        if (amount >= 0) {
            // "pledged $50 million in aid to Ukraine": the giver is the verb's subject, the recipient may be the amount's
            if (target.isEmpty()) {
                collectRecipient(argument(amount, "nmod:to"), "obl:to", target);
            }
            if (target.isEmpty()) {
                collectRecipient(argument(amount, "nmod:for"), "obl:to", target); // a country there is the recipient, no place
            }
            int verb = doc.token(amount).head();
            if (target.isEmpty()) {
                collectRecipient(argument(n.index(), "nmod:for"), "obl:to", target);
            }
            if (target.isEmpty()) {
                collectRecipient(argument(verb, "obl:to"), "obl:to", target); // "provided $20 million in aid to Yemen"
            }
            if (source.isEmpty()) {
                int subj = Syntax.subject(doc, verb);
                collect(subj >= 0 ? subj : controller(verb), source);
            }
        }
        if (source.isEmpty() && governingSubject(n, tr) >= 0) {
            // "nach fast fünfstündigen Beratungen in Brüssel" / "Bei den Gesprächen mit X habe
            // sie …": participants of a nominal event include the subject of its clause.
            collect(governingSubject(n, tr), source);
        }
    }

    /**
     * Codes one token with a trigger the caller chose (the learned classifier re-typing or adding
     * an event), ignoring the trigger's lexicon constraint; actors from the trigger's roles as in
     * {@link #extract()}. Null when no actor is found: events need an actor.
     */
    public EventRecord codeAs(int token, Trigger tr) {
        Token t = doc.token(token);
        List<Arg> source = new ArrayList<>();
        List<Arg> target = new ArrayList<>();
        if (t.isVerb()) {
            verbArgs(tr, t, source, target);
        } else {
            nounArgs(tr, t, source, target);
        }
        return source.isEmpty() && target.isEmpty() ? null : build(tr, t, source, target);
    }

    // ------------------------------------------------------------------ record

    private EventRecord build(Trigger tr, Token trigger, List<Arg> source, List<Arg> target) {
        if (lang.equals("de") && !tr.standalone() && !SPORT_KEPT_TYPES.contains(tr.type().name())
                && (sportReport() || productOrReviewReport() && !political(source) && !political(target))) {
            return null; // "verteidigt den Titel", "der verletzte Torhüter", "Begegnungen mit Djokovic": sport, no event
        }
        if (lang.equals("en") && tr.type().name().equals("MOBILIZE") && peacekeeping(trigger)) {
            List<Trigger> rows = tr.pos() == Trigger.Pos.NOUN ? lexicon.noun(tr.lemma(), lang) : lexicon.verb(tr.lemma(), lang);
            tr = rows.stream().filter(r -> "074".equals(r.cameo())).findFirst().orElse(tr);
        }
        Trigger sending = tr;
        boolean probe = tr.type().name().equals("AID") && investigation(trigger) >= 0 && !lexicon.verb("investigate", lang).isEmpty();
        if (probe) {
            // the people sent investigate: coded as the investigation, directed at where they are sent ("sent experts to
            // Alabama to investigate the accident"); the people sent are no target
            tr = lexicon.verb("investigate", lang).get(0);
            int to = target.isEmpty() ? nounArg(recipientPhrase(trigger.index(), sending)) : -1;
            target = new ArrayList<>(target);
            collectRecipient(to, "obl:to", target);
            if (target.isEmpty() && to >= 0) {
                target.add(new Arg(null, nounPhrase(to)));
            }
        }
        if (target.isEmpty() && lang.equals("en") && !probe) {
            target = phraseTarget(tr, trigger, source);
        }
        int clause = clauseHead(trigger.index());
        Sentence s = doc.sentenceOf(trigger.index());
        int inferredFrom = evidenceNoun(trigger);
        boolean denied = inferredFrom >= 0 && negatedNoun(inferredFrom);
        boolean negated = denied || negated(trigger.index()) && !litotes(trigger);
        Trigger refusal = negated && !denied ? refusedAid(tr, trigger) : null;
        if (refusal != null) {
            tr = refusal; // "hat angekündigt, keine finanzielle Hilfe mehr leisten zu wollen": a refusal, not an aid denied
            negated = false;
        }
        boolean future = future(trigger.index());
        boolean considered = considered(trigger.index());
        boolean hypothetical = considered || inferredFrom >= 0 && !denied || questioned(trigger) || hypothetical(trigger.index())
                || feared(trigger) || urged(trigger.index()) || requestedNoun(trigger);
        EventRecord.EventDate date = date(trigger.index(), clause, s);
        boolean historical = historical(date);
        EventRecord.Location location = destination(sending, trigger.index());
        if (location == null) {
            locating = tr;
            location = location(trigger.index(), clause);
            locating = null;
        }
        if (location == null && studyFinding(trigger, source)) {
            return null; // a finding placed at a named place reports the happening there: "Schätzungen zufolge … in Darfur"
        }
        String statement = statementOf(trigger.start());
        Span evidence = clauseSpan(clause, s);
        Set<String> src = new LinkedHashSet<>();
        source.stream().filter(a -> a.actor() != null).forEach(a -> src.add(a.actor()));
        Set<String> tgt = new LinkedHashSet<>();
        target.stream().filter(a -> a.actor() != null).forEach(a -> tgt.add(a.actor()));
        if (!reciprocal(tr) && !mutual(trigger, tr)) {
            tgt.removeAll(src);
        }
        List<Evidence> srcMentions = mentions(source, src);
        List<Evidence> tgtMentions = mentions(target, tgt);
        PloverType type = tr.type();
        return new EventRecord(null, type.name(), emptyToNull(tr.mode()), contexts(tr),
                type.quadName(), type.score(tr.mode()),
                considered ? CONSIDER_CAMEO : emptyToNull(tr.cameo()), List.copyOf(src), List.copyOf(tgt), negated, future,
                hypothetical, historical, date, location, statement,
                new EventRecord.Trigger(trigger.start(), trigger.end(), trigger.text(), trigger.lemma()),
                Evidence.of(evidence), srcMentions, tgtMentions);
    }

    /**
     * Whether the German document is a sport report: at least {@link #SPORT_WORDS_MIN} different sport words of
     * nonevent-contexts-de.tsv
     * occur in it (parts of hyphenated words count: "EM-Qualispiel"). Its titles are defended, its players injured and
     * beaten, its teams received and backed; the guidelines code no sport. Crime-justice and protest events
     * ({@link #SPORT_KEPT_TYPES}) and standalone rows ("Anschlag") are coded in it all the same: a player arrested, an
     * association's officials accused, fans protesting, a bombing that cancelled a match.
     */
    private boolean sportReport() {
        if (sportReport == null) {
            sportReport = SPORT_WORDS.occurring(doc) >= SPORT_WORDS_MIN;
        }
        return sportReport;
    }

    private Boolean sportReport;

    /**
     * Whether the German document is a product report or a review: at least {@link #SPORT_WORDS_MIN} different
     * product words ("Smartphone", "Akku", "Betriebssystem", "Konsole") or review words ("Regisseur", "Drehbuch",
     * "Protagonist", "Album") of nonevent-contexts-de.tsv occur in it, each list counted on its own. Its devices attack,
     * its makers promise and apologise, its reviewers praise, its heroes kill: the same types as in a sport report are
     * coded ({@link #SPORT_KEPT_TYPES}, standalone rows), so a lawsuit, an arrest or a bombing still is.
     */
    private boolean productOrReviewReport() {
        if (productOrReviewReport == null) {
            productOrReviewReport = PRODUCT_WORDS.occurring(doc) >= SPORT_WORDS_MIN
                    || REVIEW_WORDS.occurring(doc) >= SPORT_WORDS_MIN;
        }
        return productOrReviewReport;
    }

    private Boolean productOrReviewReport;

    /**
     * Whether one of the arguments is a named actor of politics: a country, a state or armed body, a party, or a person
     * whose office is one of them. Their demands and refusals in a culture or technology article stay events ("die
     * Bundesregierung wurde aufgefordert, dem Sänger die Einreise zu verweigern", the FBI's demand on Apple).
     */
    private boolean political(List<Arg> args) {
        for (Arg arg : args) {
            String id = arg.actor();
            // a named actor, not a group noun (the soldiers and rebels of a film plot); a person by the sector of the
            // office ("EU-Parlamentarierin Julia Reda": LEG), not any title ("Volvo-Chef Hakan Samuelsson")
            if (id == null || id.startsWith("group:")) {
                continue;
            }
            String sector = actors.sector(id);
            if ("COUNTRY".equals(actors.type(id)) || sector != null && POLITICAL_SECTORS.contains(sector)) {
                return true;
            }
        }
        return false;
    }

    /** Sectors of the state, armed bodies and parties (sectors.tsv), whose acts are political wherever reported. */
    private static final Set<String> POLITICAL_SECTORS = Set.of("GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY", "OPP",
            "REB", "UAF");

    /**
     * A word list of nonevent-contexts-de.tsv matched case-sensitively against token texts and the parts of hyphenated
     * tokens ("EM-Qualispiel"): an entry is a word, or ends in "*" and matches every word it begins.
     */
    private record ContextWords(Set<String> words, List<String> prefixes) {
        static ContextWords of(String cls) {
            List<String> entries = contextWords(cls);
            return new ContextWords(entries.stream().filter(w -> !w.endsWith("*"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                    entries.stream().filter(w -> w.endsWith("*")).map(w -> w.substring(0, w.length() - 1)).toList());
        }

        /** The entry the word is, or begins with, or null. */
        String entry(String word) {
            if (words.contains(word)) {
                return word;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return prefix;
                }
            }
            return null;
        }

        /** How many different entries occur in the document. */
        int occurring(AnnotatedDocument doc) {
            Set<String> seen = new java.util.HashSet<>();
            for (Token t : doc.tokens()) {
                for (String part : t.text().split("-")) {
                    String e = entry(part);
                    if (e != null) {
                        seen.add(e);
                    }
                }
            }
            return seen.size();
        }
    }

    private static final int SPORT_WORDS_MIN = 4;
    private static final Set<String> SPORT_KEPT_TYPES = Set.of("ACCUSE", "COERCE", "SANCTION", "PROTEST");
    private static final List<TsvResource.Row> CONTEXT_WORDS_DE = TsvResource.read(
            "org/lagebild/events/nonevent-contexts-de.tsv", TsvResource.Layout.columns(3).withOptionalTrailing());
    /** Research words of nonevent-contexts-de.tsv, matched as a lower-case word or its end ("Politikwissenschafter"). */
    private static final List<String> RESEARCH_WORDS_DE = contextWords("research");

    private static List<String> contextWords(String cls) {
        return CONTEXT_WORDS_DE.stream().filter(r -> r.get(1).equals(cls)).map(r -> r.get(0)).toList();
    }

    /**
     * "Forscher der Macquarie University untersuchten …", "hat der Politikwissenschafter Lorenzo Vidino untersucht",
     * "Im Rahmen seiner Dissertation untersuchte Knünz …": German "untersuchen" and "ermitteln" in a sentence with a
     * research word of nonevent-contexts-de.tsv report research (or a finding), no inquiry; not with a gegen-phrase
     * ("ermittelt gegen den Forscher").
     */
    private boolean research(Trigger tr, Token v) {
        if (!lang.equals("de") || !RESEARCH_VERBS_DE.contains(tr.lemma())) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            if (doc.token(c).baseRel().equals("obl") && "gegen".equals(Syntax.caseOf(doc, c))) {
                return false;
            }
        }
        for (Token t : doc.tokensOf(doc.sentenceOf(v.index()))) {
            String w = lower(t.text());
            if (t.isNoun() && RESEARCH_WORDS_DE.stream().anyMatch(w::endsWith)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RESEARCH_VERBS_DE = Set.of("untersuchen", "ermitteln");

    /** Finding words of nonevent-contexts-de.tsv: "Studie", "Umfrage", "Statistik", "Schätzung"; "*studie" ends a word. */
    private static final List<String> FINDING_WORDS_DE = contextWords("finding");

    /**
     * "gibt es eine Schätzung, wonach … 53.000 Kinder ermordet wurden", "UNICEF schätzt die Zahl der Kinder, die sexuell
     * missbraucht werden, auf …", "Zwei Umfragen … ergaben eine große Mehrheit für ein Abkommen": a German event without
     * any source whose clause reports what a study, survey, statistic or estimate found (a finding word of
     * nonevent-contexts-de.tsv governing the trigger, or the subject, or a laut/nach/zufolge/gemäß/in phrase, of a word
     * governing it, or the genitive of such a subject: "der Titel einer Studie"; or a governing "schätzen" with a
     * statistic noun as object) is what the finding counts or describes, no act (guidelines: generic or counted
     * statements), unless the event is placed ("Schätzungen zufolge seien … in Darfur … Kinder in Kampfhandlungen
     * verwickelt gewesen", eval/dev3-de-events: the fighting there is an event). A finding elsewhere in the sentence does not count ("Gegen X, der lange die Umfragen anführte, laufen
     * Ermittlungen"), nor one that is a reason ("wegen einer Studie … vorgeworfen"), nor an event with a source.
     */
    private boolean studyFinding(Token trigger, List<Arg> source) {
        if (!lang.equals("de") || !source.isEmpty()) {
            return false;
        }
        Set<Integer> governing = new java.util.HashSet<>();
        for (int i = trigger.index(); i >= 0 && governing.add(i); i = doc.token(i).head()) {
            Token g = doc.token(i);
            if (g.isVerb() && "schätzen".equals(g.lemma())) {
                for (int c : doc.children(i)) {
                    if (doc.token(c).baseRel().equals("obj") && "statistic".equals(harmClass(c))) {
                        return true;
                    }
                }
            }
        }
        for (Token t : doc.tokensOf(doc.sentenceOf(trigger.index()))) {
            if (!t.isNoun() || !findingWord(t.text())) {
                continue;
            }
            if (governing.contains(t.index()) || t.head() >= 0 && governing.contains(t.head()) && findingRelation(t.index())) {
                return true;
            }
            Token head = t.head() >= 0 ? doc.token(t.head()) : null;
            if (head != null && t.baseRel().equals("nmod") && head.baseRel().startsWith("nsubj") && head.head() >= 0
                    && governing.contains(head.head())) {
                return true;
            }
        }
        return false;
    }

    /** A finding noun as a subject or a source phrase ("laut der Studie", "der Studie zufolge", "in zwei Umfragen"). */
    private boolean findingRelation(int token) {
        Token t = doc.token(token);
        if (t.baseRel().startsWith("nsubj")) {
            return true;
        }
        String c = Syntax.caseOf(doc, token);
        return (t.baseRel().equals("obl") || t.baseRel().equals("nmod"))
                && (c == null || FINDING_CASES_DE.contains(lower(c)));
    }

    private static final Set<String> FINDING_CASES_DE = Set.of("laut", "nach", "zufolge", "gemäß", "in");

    /** A finding word: the text's last hyphen-separated part (trailing hyphens ignored) a `finding` row, no ending. */
    private static boolean findingWord(String text) {
        String w = lower(text.replaceFirst("-+$", ""));
        return listedWord(w.substring(w.lastIndexOf('-') + 1), FINDING_WORDS_DE, List.of(""));
    }

    /**
     * "besucht die Schule", "besuchten 9.500 Schüler 450 Workshops", "besuchen … ein Gymnasium", "um ihre Familien zu
     * besuchen", "seine Eltern besuchen ihn": German "besuchen" with a school, course or class as its object
     * (attendance words of nonevent-contexts-de.tsv), or with one's family as its object or subject (family words),
     * reports attendance or a private visit, no visit of the guidelines.
     */
    private boolean attendance(Trigger tr, Token v) {
        if (!lang.equals("de") || !tr.lemma().equals("besuchen")) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            // the subject too: "besuchen 17 Prozent aller Pflichtschüler Klassen …" is parsed with "Klassen" as subject
            String rel = doc.token(c).baseRel();
            if ((rel.equals("obj") || rel.equals("nsubj"))
                    && (contextNoun(c, ATTENDANCE_WORDS_DE) || contextNoun(c, FAMILY_WORDS_DE))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun's lower-case lemma or text (after its last hyphen) is a word of the list or its plural or genitive, or
     * ends in one of four letters or more: "Schulen", "Berufsschulen", "Volksschulklasse", "Workshops" (German lemmas
     * keep the noun's number).
     */
    private boolean contextNoun(int token, List<String> words) {
        Token t = doc.token(token);
        if (!t.isNoun()) {
            return false;
        }
        for (String w : new String[] {lower(t.lemma() == null ? t.text() : t.lemma()), lower(t.text())}) {
            String head = w.substring(w.lastIndexOf('-') + 1);
            for (String e : words) {
                for (String ending : NOUN_ENDINGS_DE) {
                    String form = e + ending;
                    if (head.equals(form) || e.length() >= 4 && head.endsWith(form)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final List<String> NOUN_ENDINGS_DE = List.of("", "n", "en", "s", "es", "e", "er");

    private static final List<String> ATTENDANCE_WORDS_DE = contextWords("attendance");
    /** Qualities one shows ("Einigkeit demonstrieren"), court words ("Gerichtshof"): nonevent-contexts-de.tsv. */
    private static final List<String> SHOWN_WORDS_DE = contextWords("shown");
    private static final List<String> COURT_WORDS_DE = contextWords("court");
    private static final List<String> FAMILY_WORDS_DE = contextWords("family");
    private static final List<String> GREETED_WORDS_DE = contextWords("greeted");

    /**
     * "begrüßte den millionsten Besucher", "begrüßen Flüchtlinge", "wo sie von Präsidentin Dalia Grybauskaite begrüßt
     * wurden": German "begrüßen" with a person or group of people as its object (the subject of a passive) is a
     * greeting, no approval; a decision, plan or proposal as its object ("begrüßte die Idee") stays SUPPORT.
     */
    private boolean greeting(Trigger tr, Token v) {
        if (!lang.equals("de") || !tr.lemma().equals("begrüßen")) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            String rel = doc.token(c).deprel();
            if ((rel.equals("obj") || rel.equals("nsubj:pass") && Syntax.isPassive(doc, v.index()))
                    && (personNoun(c) || personalPronoun(c) || personActor(c) || contextNoun(c, GREETED_WORDS_DE))) {
                return true;
            }
        }
        return false;
    }

    /** The token is the mention of a person or a group of people the resolver knows. */
    private boolean personActor(int token) {
        ActorIndex.Ref ref = actors.at(token);
        return ref != null && !ref.locative() && (ref.type().equals("PERSON") || ref.type().equals("GROUP"));
    }
    private static final ContextWords SPORT_WORDS = ContextWords.of("sport");
    private static final ContextWords PRODUCT_WORDS = ContextWords.of("product");
    private static final ContextWords REVIEW_WORDS = ContextWords.of("review");

    /** An actor argument: the actor id (null for a noun phrase that names no known actor) and the mention that gave it. */
    private record Arg(String actor, Span mention) {
    }

    /** Relations that end a target noun phrase: clauses and loose attachments after the noun. */
    private static final Set<String> PHRASE_BREAKS = Set.of("acl:relcl", "parataxis", "punct", "dep", "advcl", "cc", "case");
    /** CoreNLP NER tags of time expressions. */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * English events whose recipient names no actor the resolver knows keep the text's noun phrase as
     * the target mention (without an actor id), as CAMEO coders mark it: "killed another ethnic Chechen",
     * "rejected the draft truce resolution", "apprehended a Lebanese man". The phrase is the argument of
     * the target role, else of the theme role, else the object (for a passive verb its subject);
     * pronouns, clauses and the source's own words are no target.
     */
    private List<Arg> phraseTarget(Trigger tr, Token trigger, List<Arg> source) {
        int t = trigger.index();
        int arg = -1;
        if (trigger.isVerb() && Syntax.isPassive(doc, t)) {
            if (TRANSFER_TYPES.contains(tr.type().name()) && tr.targetRole() != null && tr.targetRole().startsWith("obl:")) {
                arg = nounArg(notTime(argument(t, tr.targetRole()))); // "a sarcophagus was returned to Egypt": not the thing
            }
            arg = arg >= 0 ? arg : Syntax.passiveSubject(doc, t);
        } else {
            arg = notTime(argument(t, ownRole(tr.targetRole())));
            if (arg < 0 && trigger.isVerb() && "iobj".equals(tr.targetRole())) {
                // "offered logistical support to French operations": the dative's to-phrase, not the thing offered
                arg = nounArg(notTime(argument(t, "obl:to")));
            }
            if (arg < 0 && trigger.isVerb() && TRANSFER_TYPES.contains(tr.type().name())) {
                arg = recipientPhrase(t, tr); // "withdrew peacekeepers from Sinai", "returned 12 skulls to Peru"
            }
            if (arg < 0 && trigger.isVerb()) {
                arg = nestedTarget(trigger, tr); // "lifted sanctions on Abkhazia", "called for sanctions against X"
            }
            if (arg < 0 && trigger.isVerb() && TRANSFER_TYPES.contains(tr.type().name())) {
                arg = placeOfThing(t); // "imposed blockades in some parts of west Darfur": the place, not the thing
            }
            for (String role : new String[] {tr.themeRole(), trigger.isVerb() ? "obj" : null}) {
                if (arg < 0) {
                    arg = notTime(argument(t, ownRole(role)));
                }
            }
            if (arg < 0 && !trigger.isVerb()) {
                arg = verbPhraseTarget(trigger, tr.targetRole());
            }
            if (arg < 0 && !trigger.isVerb()) {
                // "held a demonstration at the university against the siege": what the event is about, on its support verb
                arg = verbPhraseTarget(trigger, tr.themeRole());
            }
            if (arg < 0 && !trigger.isVerb() && tr.type().name().equals("PROTEST")) {
                arg = protested(trigger.index()); // "started a hunger strike to protest the policy"
            }
            if (arg < 0 && !trigger.isVerb() && attackOn(tr)) {
                arg = notTime(argument(t, "obl:against")); // "attacks against civilian and military targets"
            }
            int xcomp = trigger.isVerb() ? doc.child(t, "xcomp") : -1;
            if (arg < 0 && xcomp >= 0 && doc.token(xcomp).isVerb()) {
                // "refuse to lift sanctions on Abkhazia", "threatened to shell Haifa": the intended act's recipient,
                // for a threat also its object (what an agreed or refused act is done to is rarely a party)
                arg = recipientPhrase(xcomp, null);
                arg = arg >= 0 ? arg : nestedRecipient(doc.child(xcomp, "obj"), false); // "refuse to lift sanctions on Abkhazia"
                arg = arg >= 0 ? arg : partyOn(xcomp); // "refuse to remove sanctions on the Iranian regime" (on the verb)
                arg = arg >= 0 ? arg : restrictedOn(doc.child(xcomp, "obj")); // "refuses to remove the ban on Indian channels"
                arg = arg >= 0 || !tr.type().name().equals("THREATEN") ? arg : argument(xcomp, "obj");
            }
        }
        if (nounArg(arg) < 0) {
            return List.of(); // "lifted a ban on Tuesday": a date is no recipient
        }
        int agent = DISAPPROVING_TYPES.contains(tr.type().name()) ? byAgent(arg) : -1;
        if (agent < 0 && DISAPPROVING_TYPES.contains(tr.type().name()) && lang.equals("en") && trigger.isVerb()
                && !Syntax.isPassive(doc, t) && agentOf(t) >= 0 && namesParty(agentOf(t))) {
            agent = agentOf(t); // "condemned the attack on the embassy by militants": an active verb's by-phrase is its object's
        }
        if (agent >= 0) {
            List<Arg> doer = new ArrayList<>();
            collect(agent, doer);
            if (!doer.isEmpty()) {
                return doer;
            }
            arg = agent;
        }
        Span phrase = nounPhrase(arg);
        for (Arg a : source) {
            if (a.mention().start() < phrase.end() && phrase.start() < a.mention().end()) {
                return List.of();
            }
        }
        return List.of(new Arg(null, phrase));
    }

    /** Types whose target is the party disapproved of. */
    private static final Set<String> DISAPPROVING_TYPES = Set.of("ACCUSE", "REJECT", "PROTEST");

    /**
     * "condemned the attack on the embassy by militants", "a hunger strike against violations by the Louisville Metro
     * Police Department", "protest the policy imposed by the Trump administration": the party that did the condemned or
     * protested act, named in a by-phrase of the act noun or of its participle; -1 if none names a party.
     */
    private int byAgent(int noun) {
        for (int c : doc.children(noun)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("nmod") && "by".equals(Syntax.caseOf(doc, c)) && namesParty(c)) {
                return c;
            }
            if (ct.baseRel().equals("acl") && ct.isVerb()) {
                for (int a : doc.children(c)) {
                    String rel = doc.token(a).baseRel();
                    if ((rel.equals("obl") || rel.equals("nmod")) && "by".equals(Syntax.caseOf(doc, a)) && namesParty(a)) {
                        return a;
                    }
                }
            }
        }
        return strandedBy(noun); // "the attack on the embassy by militants"
    }

    /**
     * What a protest noun's purpose or manner clause protests ("started a hunger strike to protest the immigration
     * policy", "has started a hunger strike, protesting the state's unemployment system"): the object or against-phrase
     * of a "protest" verb below the noun or its support verb; or -1.
     */
    private int protested(int noun) {
        int support = supportVerb(doc.token(noun));
        for (int head : new int[] {noun, support}) {
            for (int c : head < 0 ? new int[0] : doc.children(head)) {
                Token ct = doc.token(c);
                String rel = ct.baseRel();
                if (ct.isVerb() && "protest".equalsIgnoreCase(ct.lemma())
                        && (rel.equals("advcl") || rel.equals("xcomp") || rel.equals("acl") || rel.equals("conj"))) {
                    int obj = nounArg(argument(c, "obj"));
                    return obj >= 0 ? obj : nounArg(argument(c, "obl:against"));
                }
            }
        }
        return -1;
    }

    /** An English attack noun whose target is its on-phrase: an against-phrase names the same ("attacks against X"). */
    private static boolean attackOn(Trigger tr) {
        return tr.type().name().equals("ASSAULT") && "obl:on".equals(tr.targetRole());
    }

    /**
     * A sanction noun whose row takes its on-phrase as target ("sanctions on Iran", "an embargo on"): English says the
     * same with "against" ("sanctions against Turkey", "an arms embargo against Eritrea"), as it does for attacks
     * (session 33, VOA).
     */
    private static boolean sanctionOn(Trigger tr) {
        return tr.type().name().equals("SANCTION") && tr.pos() == Trigger.Pos.NOUN && "obl:on".equals(tr.targetRole());
    }

    /**
     * The object or oblique of a verb that asks for, offers or threatens it ("called for sanctions against Myanmar's
     * military companies", "threatened sanctions against Turkey"): the verb's event is the one that happened, the
     * noun's act is not (yet) done, so its against-phrase makes no event of it.
     */
    private boolean askedOrThreatened(Token n) {
        if (n.head() < 0 || !(n.baseRel().equals("obj") || n.baseRel().equals("obl"))) {
            return false;
        }
        Token verb = doc.token(n.head());
        if (!verb.isVerb() || verb.lemma() == null) {
            return false;
        }
        List<Trigger> rows = new ArrayList<>(phrases(verb)); // "call for"
        rows.addAll(lexicon.verb(lower(verb.lemma()), lang));
        return rows.stream().anyMatch(t -> t.type().name().equals("REQUEST") || t.type().name().equals("AGREE")
                || t.type().name().equals("THREATEN"));
    }

    /** A lexicon role that names a phrase of the trigger's own, or null for subjects and clauses. */
    private static String ownRole(String role) {
        return role == null || role.startsWith("nsubj") || role.equals("xcomp") || role.equals("ccomp") ? null : role;
    }

    /** The token if it heads a noun phrase that is no time expression, else -1. */
    private int nounArg(int arg) {
        return arg < 0 || !doc.token(arg).isNoun() ? -1 : notTime(arg);
    }

    /** The token unless it is part of a time expression ("on Tuesday", also where the NER tagger left it untagged), else -1. */
    private int notTime(int arg) {
        if (arg < 0 || TIME_TAGS.contains(doc.token(arg).ner())) {
            return -1;
        }
        Token a = doc.token(arg);
        for (TimeExpression te : times) {
            if (te.start() < a.end() && a.start() < te.end()) {
                return -1;
            }
        }
        return arg;
    }

    /**
     * PLOVER types whose English object is the thing given, withdrawn or withheld while CAMEO coders mark
     * the party or place it goes to or comes from as the target ("suspended aid deliveries in Nigeria").
     */
    private static final Set<String> TRANSFER_TYPES = Set.of("AID", "RETREAT", "SANCTION", "COOPERATE");
    /**
     * Prepositions of a transfer's recipient or origin, in order of preference; not "on", which names a topic as
     * often ("share intelligence on the battlefield"), and rows that mean it name it as their target role.
     */
    private static final List<String> RECIPIENT_PREPS_EN = List.of("to", "from", "against", "with", "into", "in", "for");

    /**
     * Nouns of set prepositional phrases that name no party or place: "in exchange for", "in protest at", "in
     * recognition of", "in an attempt to".
     */
    private static final Set<String> IDIOM_NOUNS_EN = Set.of("exchange", "return", "recognition", "attempt", "protest",
            "relation", "response", "addition", "order", "bid", "effort", "support", "solidarity", "retaliation",
            "accordance", "line", "light", "view", "part", "favour", "favor", "case", "connection", "compliance", "time");

    /**
     * A noun of a set phrase ({@link #IDIOM_NOUNS_EN}, lower-case {@code lemma}) in its singular form: the idioms are
     * singular ("in part", "in return"), a plural names things ("in parts of Kashmir", "in some parts of west Darfur").
     */
    private boolean idiomNoun(int noun, String lemma) {
        return IDIOM_NOUNS_EN.contains(lemma) && doc.token(noun).text().equalsIgnoreCase(lemma);
    }

    /**
     * The verb's first oblique noun phrase (no time, no set phrase) with a recipient preposition, in
     * {@link #RECIPIENT_PREPS_EN} order; for a release ({@code tr} of mode release) only a to-phrase: who is freed
     * "from a jail" is the target, the jail is not.
     */
    private int recipientPhrase(int verb, Trigger tr) {
        boolean release = tr != null && "release".equals(tr.mode());
        for (String prep : release ? List.of("to") : RECIPIENT_PREPS_EN) {
            int a = nounArg(argument(verb, "obl:" + prep));
            String lemma = a < 0 || doc.token(a).lemma() == null ? "" : doc.token(a).lemma().toLowerCase(Locale.ROOT);
            if (a >= 0 && !idiomNoun(a, lemma)) {
                return a;
            }
        }
        return -1;
    }

    /** Whether a token names a party: a name, or a mention of a known actor (not a thing or a time). */
    private boolean namesParty(int token) {
        return doc.token(token).pos().equals("PROPN") || actors.at(token) != null;
    }

    /** The verb's object when it is a name or a known actor, else -1. */
    private int partyObject(int verb) {
        int obj = doc.child(verb, "obj");
        return obj >= 0 && namesParty(obj) ? obj : -1;
    }

    /**
     * The row's prepositional target phrase that the parser hung on the verb's object rather than on the verb, when it
     * names a party (a name or a known actor): "shared evidence with India this week against David Headley" (not the
     * against-phrase). Not a thing ("shared data with the app"), not an of-phrase: that is the object's own part or
     * owner ("pulls out most of its soldiers"); -1 if none.
     */
    private int objectPhraseParty(int verb, String prep) {
        int obj = prep.equals("of") ? -1 : doc.child(verb, "obj");
        for (int c : obj < 0 ? new int[0] : doc.children(obj)) {
            if (doc.token(c).baseRel().equals("nmod") && prep.equals(Syntax.caseOf(doc, c))
                    && namesParty(c)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * What a restriction is on when it names no party: the on-phrase of a noun whose own event row takes its
     * on-phrase as target ("the ban on Indian television channels", "a ban on imports of British beef"), as CAMEO
     * coders mark it for an agreed or refused lifting; -1 if the noun has no such row or phrase.
     */
    private int restrictedOn(int thing) {
        Token t = thing < 0 ? null : doc.token(thing);
        if (t == null || !t.isNoun() || t.lemma() == null
                || lexicon.noun(t.lemma().toLowerCase(Locale.ROOT), lang).stream().noneMatch(r -> "obl:on".equals(r.targetRole()))) {
            return -1;
        }
        for (int c : doc.children(thing)) {
            if (doc.token(c).baseRel().equals("nmod") && "on".equals(Syntax.caseOf(doc, c)) && nounArg(c) >= 0) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The on- or against-phrase of an agreed, refused or threatened act's verb when it names a party (a name or a known
     * actor): the parser hangs "sanctions on the Iranian regime" there as often as on the noun. Not a thing ("refused
     * to vote on the resolution"), not a time; -1 if none.
     */
    private int partyOn(int verb) {
        for (String prep : List.of("on", "against")) {
            int a = nounArg(argument(verb, "obl:" + prep));
            if (a >= 0 && namesParty(a)) {
                return a;
            }
        }
        return -1;
    }

    /**
     * English transfers and appeals whose recipient is a dependent of the thing given, withheld or asked for, not of
     * the verb: "provided $2 million in assistance to Fiji", "lifted sanctions on Abkhazia", "called for sanctions
     * against Myanmar's companies". The thing is the verb's object, for an appeal its theme or for-phrase; a
     * release keeps its to-phrase only ("freed prisoners from a jail"). -1 for other types and verbs.
     */
    private int nestedTarget(Token v, Trigger tr) {
        if (!lang.equals("en") || !v.isVerb() || Syntax.isPassive(doc, v.index())) {
            return -1;
        }
        String type = tr.type().name();
        if (TRANSFER_TYPES.contains(type)) {
            return nestedRecipient(doc.child(v.index(), "obj"), "release".equals(tr.mode()));
        }
        if (!type.equals("REQUEST")) {
            return -1;
        }
        int thing = argument(v.index(), ownRole(tr.themeRole()));
        return nestedRecipient(thing >= 0 && !doc.token(thing).isVerb() ? thing : argument(v.index(), "obl:for"), false);
    }

    /**
     * Where an English transfer, lift or imposition goes when no phrase names its recipient, as CAMEO coders mark it
     * rather than the thing itself: a place in an in-phrase of the verb's object ("imposed blockades in some parts of
     * west Darfur", "lifted a state of emergency in northern parts of South Sudan") or, below a to-infinitive of
     * purpose, the party helped or the place ("gave 352.5 million euros to promote … development in Ethiopia",
     * "earmarked aid to help Haiti cope"). The in-phrase must hold a place name or a country; -1 if none.
     */
    private int placeOfThing(int verb) {
        int obj = doc.child(verb, "obj");
        int place = obj < 0 ? -1 : placeIn(obj, 3);
        if (place >= 0) {
            return place;
        }
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            int mark = doc.child(c, "mark");
            if (ct.isVerb() && (ct.baseRel().equals("advcl") || ct.baseRel().equals("xcomp"))
                    && mark >= 0 && doc.token(mark).text().equalsIgnoreCase("to")) {
                int helped = doc.child(c, "obj");
                if (helped >= 0 && nounArg(helped) >= 0 && actors.at(helped) != null) {
                    return helped; // "to help Haiti cope"
                }
                place = placeIn(c, 4);
                if (place >= 0) {
                    return place;
                }
            }
        }
        return -1;
    }

    /**
     * The nearest in-phrase below {@code head} (at most {@code depth} relations down, not into a relative or
     * coordinated clause) whose noun phrase holds a place name or a country within two relations; -1 if none.
     */
    private int placeIn(int head, int depth) {
        List<Integer> level = List.of(head);
        for (int d = 0; d < depth && !level.isEmpty(); d++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                for (int c : doc.children(t)) {
                    Token ct = doc.token(c);
                    if (PURPOSE_BREAKS.contains(ct.deprel()) || ct.deprel().equals("punct")) {
                        continue;
                    }
                    String lemma = ct.lemma() == null ? "" : ct.lemma().toLowerCase(Locale.ROOT);
                    if ((ct.baseRel().equals("nmod") || ct.baseRel().equals("obl")) && "in".equals(Syntax.caseOf(doc, c))
                            && nounArg(c) >= 0 && !idiomNoun(c, lemma) && holdsPlace(c)) {
                        return c;
                    }
                    next.add(c);
                }
            }
            level = next;
        }
        return -1;
    }

    /** Whether the noun or a word at most two relations below it names a place or a country. */
    private boolean holdsPlace(int noun) {
        List<Integer> level = List.of(noun);
        for (int d = 0; d < 3 && !level.isEmpty(); d++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                ActorIndex.Ref r = actors.at(t);
                if (Syntax.isPlace(doc.token(t)) || r != null && (r.type().equals("COUNTRY") || r.type().equals("LOCATION"))) {
                    return true;
                }
                for (int c : doc.children(t)) {
                    if (!PURPOSE_BREAKS.contains(doc.token(c).deprel())) {
                        next.add(c);
                    }
                }
            }
            level = next;
        }
        return false;
    }

    /** Prepositions of a recipient inside the thing's phrase: not "in" or "from" (places there name where, not whom). */
    private static final Set<String> NESTED_RECIPIENT_PREPS_EN = Set.of("to", "against", "on", "with");
    /** Relations below a thing that lead out of its noun phrase. */
    private static final Set<String> NESTED_BREAKS = Set.of("acl", "acl:relcl", "advcl", "parataxis", "ccomp", "xcomp",
            "punct", "cc", "conj", "case", "appos");

    /**
     * The nearest party below {@code thing} (at most three relations down, not inside a clause or another
     * prepositional phrase) with a recipient preposition: a name or a known actor, no time and no set phrase ("in
     * exchange for"); only a to-phrase when {@code toOnly}. Things are no recipients ("restrictions on printing
     * books", "an end to violence"). -1 if none.
     */
    private int nestedRecipient(int thing, boolean toOnly) {
        if (thing < 0) {
            return -1;
        }
        List<Integer> level = List.of(thing);
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                List<Integer> performed = java.util.Arrays.stream(performedParticiples(t)).boxed().toList();
                for (int c : doc.children(t)) {
                    Token ct = doc.token(c);
                    if (NESTED_BREAKS.contains(ct.deprel()) && !performed.contains(c)) {
                        continue; // but into "sanctions imposed on China"
                    }
                    String cs = Syntax.caseOf(doc, c);
                    String lemma = ct.lemma() == null ? "" : ct.lemma().toLowerCase(Locale.ROOT);
                    boolean phrase = ct.baseRel().equals("nmod") || ct.baseRel().equals("obl") && doc.token(t).isVerb();
                    if (phrase && cs != null && (toOnly ? cs.equals("to") : NESTED_RECIPIENT_PREPS_EN.contains(cs))
                            && nounArg(c) >= 0 && !idiomNoun(c, lemma) && namesParty(c)) {
                        return c;
                    }
                    if (!phrase) {
                        next.add(c); // not into another phrase: "a hearing over a dispute with Somalia"
                    }
                }
            }
            level = next;
        }
        return -1;
    }

    /** The subject of a clause below the verb introduced by {@code word} as its mark ("called on X to act"), or -1. */
    private int markedSubject(int verb, String word) {
        for (int c : doc.children(verb)) {
            String rel = doc.token(c).baseRel();
            int mark = doc.child(c, "mark");
            if ((rel.equals("advcl") || rel.equals("xcomp")) && mark >= 0 && doc.token(mark).text().equalsIgnoreCase(word)) {
                return doc.child(c, "nsubj");
            }
        }
        return -1;
    }

    /**
     * An English event whose participants name no actor the resolver knows keeps its subject's noun phrase
     * as the source mention (without an actor id): "a car bomb in Kiev killed …", "Los Zetas cartel has
     * carried out …", "A Kansas woman has started a hunger strike". For a passive verb its by-agent. No
     * pronouns, places, or dates.
     */
    private List<Arg> phraseSource(int verb) {
        if (!lang.equals("en")) {
            return List.of();
        }
        int subj = Syntax.isPassive(doc, verb) ? agentOf(verb) : Syntax.subject(doc, verb);
        if (subj < 0 || TIME_TAGS.contains(doc.token(subj).ner()) || Syntax.isPlace(doc.token(subj)) || actors.at(subj) != null) {
            return List.of();
        }
        Token head = doc.token(subj);
        String lemma = head.lemma() == null ? "" : head.lemma().toLowerCase(Locale.ROOT);
        if (!head.pos().equals("PROPN") && !(head.pos().equals("NOUN") && AGENT_NOUNS_EN.contains(lemma))) {
            return List.of(); // "the law targeted …", "the internet helps": abstract subjects act on nobody
        }
        return List.of(new Arg(null, nounPhrase(subj)));
    }

    /**
     * Common nouns that may head a source phrase without being a known actor: groups and people
     * the actor resolver leaves unnamed, and the weapons CAMEO codes as the attacker ("a car bomb").
     */
    private static final Set<String> AGENT_NOUNS_EN = Set.of("group", "cartel", "gang", "man", "woman", "men", "women",
            "member", "gunman", "gunmen", "assailant", "attacker", "bomber", "hacker", "jihadist", "bomb", "blast",
            "explosion", "airstrike", "strike", "missile", "rocket", "drone", "tribunal", "court", "team", "agency",
            "country", "countries", "nation", "nations", "ally", "allies");

    /** The noun's phrase: its subtree without clauses and loose attachments (an iterative walk; parses of untrusted text can be deep). */
    private Span nounPhrase(int noun) {
        int lo = noun;
        int hi = noun;
        for (int c : doc.children(noun)) {
            if (PHRASE_BREAKS.contains(doc.token(c).deprel())) {
                continue;
            }
            int[] r = doc.subtreeRangeWithoutEdgePunct(c);
            lo = Math.min(lo, r[0]);
            hi = Math.max(hi, r[1]);
        }
        return doc.span(lo, hi);
    }

    /** Distinct mention spans of the arguments whose actor was kept, and of noun phrases without an actor. */
    private static List<Evidence> mentions(List<Arg> args, Set<String> kept) {
        List<Evidence> out = new ArrayList<>();
        for (Arg a : args) {
            Evidence e = Evidence.of(a.mention());
            if ((a.actor() == null || kept.contains(a.actor())) && !out.contains(e)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** The event with another id. */
    public static EventRecord withId(EventRecord e, String id) {
        return new EventRecord(id, e.type(), e.mode(), e.context(), e.quad(), e.intensity(), e.cameo(), e.source(),
                e.target(), e.negated(), e.future(), e.hypothetical(), e.historical(), e.date(), e.location(),
                e.statement(), e.trigger(), e.evidence(), e.sourceMentions(), e.targetMentions());
    }

    private List<String> contexts(Trigger tr) {
        List<String> c = new ArrayList<>();
        if (tr.context() != null && !tr.context().isBlank()) {
            c.add(tr.context());
            return c;
        }
        switch (tr.type().name()) {
            case "MOBILIZE", "ASSAULT" -> c.add("military");
            case "CONSULT", "AGREE", "REQUEST", "REJECT", "ACCUSE", "CONCEDE", "COOPERATE" -> c.add("diplomatic");
            default -> {
            }
        }
        return c;
    }

    // ------------------------------------------------------------------ arguments

    /**
     * Resolves a lexicon role below {@code head}: "nsubj", "obj", "iobj", "obl:von" (oblique with
     * that preposition; for nouns the same as "nmod:von"), "nmod:gen" (genitive attribute, no
     * preposition), "nmod:poss" (possessive determiner).
     */
    private int argument(int head, String role) {
        if (role == null || role.isBlank()) {
            return -1;
        }
        String rel = role;
        String prep = null;
        int colon = role.indexOf(':');
        if (colon > 0 && !role.equals("nsubj:pass") && !role.equals("obl:agent")) {
            rel = role.substring(0, colon);
            prep = role.substring(colon + 1);
        }
        boolean noun = !doc.token(head).isVerb();
        for (int c : doc.children(head)) {
            Token ct = doc.token(c);
            String base = ct.baseRel();
            boolean relOk = base.equals(rel) || ct.deprel().equals(rel)
                    || (noun || rel.equals("obl") || rel.equals("nmod")) && prep != null
                        && (base.equals("obl") || base.equals("nmod")) && (rel.equals("obl") || rel.equals("nmod"));
            if ("poss".equals(prep) && ct.deprel().equals("det:poss")) {
                return c;
            }
            if (!relOk) {
                continue;
            }
            String cs = Syntax.caseOf(doc, c);
            // German "die Festnahme von Milinkewitsch": a von-phrase stands in for the genitive of a noun.
            boolean vonGenitive = noun && lang.equals("de") && "gen".equals(prep) && "von".equals(cs);
            if (prep != null && prep.equalsIgnoreCase(cs) && notTime(c) < 0) {
                continue; // "called on Tuesday on X to …": a time phrase that shares the preposition is no argument
            }
            if (prep == null || "gen".equals(prep) && cs == null || vonGenitive || prep.equalsIgnoreCase(cs)
                    || "poss".equals(prep) && ct.deprel().equals("nmod:poss")) {
                return c;
            }
        }
        // German UD often labels a dative object "obj" or "obl" without a preposition.
        if (rel.equals("iobj")) {
            for (int c : doc.children(head)) {
                Token ct = doc.token(c);
                if ((ct.baseRel().equals("obj") || ct.baseRel().equals("obl")) && Syntax.caseOf(doc, c) == null && actors.at(c) != null) {
                    return c;
                }
                if (lang.equals("de") && ct.deprel().equals("obl:arg") && Syntax.caseOf(doc, c) == null
                        && apposedName(c) != null) {
                    return c; // "gratulierte dem Chef-Mafiajäger Piero Grasso": the name in apposition
                }
            }
        }
        return -1;
    }

    /** English subject pronouns that, in a reported clause, stand for the one who reports it. */
    private static final Set<String> SPEAKER_PRONOUNS_EN = Set.of("it", "they", "he", "she", "we", "i");

    /**
     * The speaker of the statement whose message holds an English verb with a bare pronoun subject ("Russia said it
     * had expelled two diplomats", "the group announced it will return the depots"): who says "it will" reports
     * its own act. The speaker's mention, with its actor where resolved; null for other subjects, a speaker that is
     * itself a pronoun, or a verb outside any message.
     */
    private Arg reportingSpeaker(int verb) {
        int subj = Syntax.subject(doc, verb);
        if (subj < 0) {
            subj = controller(verb); // "said it wants to lift the sanctions"
        }
        String pronoun = subj < 0 ? "" : doc.token(subj).text().toLowerCase(Locale.ROOT);
        if (subj < 0 || !doc.token(subj).pos().equals("PRON") || !SPEAKER_PRONOUNS_EN.contains(pronoun)
                || pronoun.equals("it") && !hasArgument(verb)) { // an expletive "it": "it helps if there is …"
            return null;
        }
        int at = doc.token(verb).start();
        StatementRecord best = null;
        for (StatementRecord st : statements) {
            if (st.quote() != null && st.quote().start() <= at && at < st.quote().end() && st.speaker() != null
                    && (best == null || st.quote().end() - st.quote().start() < best.quote().end() - best.quote().start())) {
                best = st;
            }
        }
        int clause = verb;
        while ((doc.token(clause).deprel().equals("xcomp") || doc.token(clause).deprel().equals("conj"))
                && doc.token(clause).head() >= 0 && doc.token(doc.token(clause).head()).isVerb()) {
            clause = doc.token(clause).head(); // "said it would lift and not reimpose", "said it wants to lift"
        }
        int cue = doc.token(clause).head();
        // only the message's own clause: in "sent troops after it pulls out …, the White House says" "it" is not the speaker
        if (best == null || cue < 0 || !doc.token(clause).deprel().equals("ccomp") || best.cue() == null
                || doc.token(cue).start() < best.cue().start() || doc.token(cue).start() >= best.cue().end()) {
            return null;
        }
        StatementRecord.Party p = best.speaker();
        int speakerToken = doc.tokenAt(p.start());
        if (speakerToken < 0 || doc.token(speakerToken).pos().equals("PRON")
                || Character.isLowerCase(p.text().charAt(0)) && !p.text().contains(" ") // "Mauritius, which argues it …"
                || p.start() <= doc.token(subj).start() && doc.token(subj).start() < p.end()) {
            return null;
        }
        return new Arg(p.actor(), new Span(p.start(), p.end(), p.text()));
    }

    /** Whether the verb has an object: what it does to whom or what is said ("it had killed ten people"). */
    private boolean hasArgument(int verb) {
        for (int c : doc.children(verb)) {
            String rel = doc.token(c).baseRel();
            if (rel.equals("obj") || rel.equals("iobj")) {
                return true;
            }
        }
        return false;
    }

    /** Subject of a non-finite verb: the object of a governing "vorwerfen"-type verb, else its subject. */
    private int controller(int verb) {
        Token v = doc.token(verb);
        int h = v.head();
        if (h >= 0 && lang.equals("en") && answerable(v)) {
            return Syntax.subject(doc, h); // "India army was guilty of violating the ceasefire agreement"
        }
        if (h >= 0 && lang.equals("en") && v.baseRel().equals("advcl") && participle(v) && doc.token(h).isVerb()) {
            // "Russia retaliated by expelling ten diplomats": an English participle adjunct without a
            // subject of its own has the subject of the clause it modifies
            return Syntax.subject(doc, h);
        }
        if (h >= 0 && lang.equals("de")) {
            int german = controllerDe(v);
            if (german != NO_CONTROLLER) {
                return german;
            }
        }
        if (h < 0 || !(v.baseRel().equals("xcomp") || v.baseRel().equals("ccomp") || v.deprel().equals("acl"))) {
            return -1;
        }
        int obj = doc.child(h, "iobj");
        if (obj < 0) {
            obj = doc.child(h, "obj");
        }
        String governor = doc.token(h).lemma() == null ? "" : doc.token(h).lemma().toLowerCase(Locale.ROOT);
        if (obj >= 0 && actors.at(obj) != null && OBJECT_CONTROL.contains(governor)) {
            return obj;
        }
        int own = infinitiveSubjectEn(v, obj, governor);
        if (own != NO_CONTROLLER) {
            return own;
        }
        int subj = doc.child(h, "nsubj");
        Token ht = doc.token(h);
        if (subj < 0 && lang.equals("en") && v.deprel().equals("acl") && ht.pos().equals("NOUN") && ht.baseRel().equals("obj")
                && ht.head() >= 0) {
            // "issued a statement calling on the government to …": who issued the statement calls
            subj = Syntax.subject(doc, ht.head());
        }
        return subj;
    }

    /**
     * English verbs of saying and asking whose object before an infinitive is that infinitive's subject ("told the rebels
     * to leave", "urged the council to press …"), with "say" for a misparse of "says the decision to dissolve …" (the
     * noun's infinitive). Not verbs that take an object and a purpose ("cites historic records to back its claims"),
     * nor verbs of causing ("ordered troops to fire", "forced"), whose subject CAMEO codes as the source.
     */
    private static final Set<String> INFINITIVE_OBJECT_EN = Set.of("say", "tell", "urge", "ask", "call", "advise", "warn",
            "remind", "encourage", "invite", "request", "persuade", "press", "pressure");

    /**
     * The own subject of an English infinitive below a saying or addressing verb ("told the rebels to leave", "urged
     * like-minded individuals to co-sign", "called on democratic nations to form"): that object or on-phrase before the
     * infinitive, whether or not an actor — not the saying verb's subject, who only asks. {@link #NO_CONTROLLER} otherwise.
     */
    private int infinitiveSubjectEn(Token v, int obj, String governor) {
        if (!lang.equals("en") || !v.baseRel().equals("xcomp") || !INFINITIVE_OBJECT_EN.contains(governor)) {
            return NO_CONTROLLER;
        }
        int own = obj >= 0 ? obj : argument(v.head(), "obl:on");
        return own >= 0 && own < v.index() ? own : NO_CONTROLLER;
    }

    /** A German "um … zu" infinitive clause ("…, um gegen die Asylpolitik zu protestieren"). */
    private boolean purposeInfinitive(Token v) {
        return lang.equals("de") && v.baseRel().equals("advcl") && v.head() >= 0 && Syntax.hasMark(doc, v.index(), "um")
                && Syntax.hasMark(doc, v.index(), "zu");
    }

    /** Whether {@code source} is just what the controller of an "um … zu" infinitive without a subject gave. */
    private boolean purposeSourceOnly(Token v, List<Arg> source) {
        if (!purposeInfinitive(v) || Syntax.subject(doc, v.index()) >= 0) {
            return false;
        }
        List<Arg> controlling = new ArrayList<>();
        collect(controller(v.index()), controlling);
        return !controlling.isEmpty() && controlling.equals(source);
    }

    /** {@link #controllerDe} found no German reading: the general rule applies. */
    private static final int NO_CONTROLLER = -2;

    /**
     * Nouns of intending or attempting whose zu-infinitive is done by the one who has or makes the intention ("hatten
     * Pläne, Anschläge gegen Politiker zu verüben", "unternahm den Versuch, … zu stürmen"). Not nouns of ordering or
     * demanding ("gab den Befehl, … zu töten", "lehnte die Forderung ab, … freizulassen"): others are to act there.
     */
    private static final Set<String> INTENTION_NOUNS_DE = Set.of("plan", "pläne", "plänen", "absicht", "versuch",
            "vorhaben", "entschluss", "bereitschaft");

    /**
     * The understood subject of a German zu-infinitive where the general rule (the governor's subject, or an actor
     * object of an object-control verb) misses it, else {@link #NO_CONTROLLER}: (a) an object-control verb in the
     * passive — its dative ("Ihm wird vorgeworfen, seine Tochter … vergewaltigt zu haben") or, without one, its passive
     * subject ("wurde von Kenias Regierung beschuldigt, die Anschläge verübt zu haben"); its active dative or object
     * also when that is a pronoun or person noun the resolver left open; (b) "um … zu" of an active clause: its subject
     * ("setzte die Polizei Tränengas ein, um die Menge zu zerstreuen"); (c) the infinitive of an intention noun that is
     * the object of a verb: that verb's subject ("hatten Pläne, Anschläge … zu verüben").
     */
    private int controllerDe(Token v) {
        int h = v.head();
        Token ht = doc.token(h);
        String governor = lower(ht.lemma());
        if ((v.baseRel().equals("xcomp") || v.baseRel().equals("ccomp")) && OBJECT_CONTROL.contains(governor)) {
            boolean passive = Syntax.isPassive(doc, h);
            int dative = doc.child(h, "iobj");
            if (dative < 0) { // "Ihm wird vorgeworfen": the parser's label for a dative without preposition
                dative = unlabelledDative(h, c -> doc.token(c).isNoun() || doc.token(c).pos().equals("PRON"));
            }
            int object = dative >= 0 ? dative : passive ? Syntax.passiveSubject(doc, h) : doc.child(h, "obj");
            if (object >= 0 && (actors.at(object) != null || personalPronoun(object) || personNoun(object))) {
                return object;
            }
            return NO_CONTROLLER;
        }
        if (purposeInfinitive(v) && ht.isVerb() && !Syntax.isPassive(doc, h)) {
            int subj = Syntax.subject(doc, h);
            List<Arg> found = new ArrayList<>();
            collect(subj, found);
            // a resolved actor only: an open pronoun is as often a thing or an animal ("um andere Fische zu überfallen")
            return found.stream().anyMatch(a -> a.actor() != null) ? subj : -1;
        }
        if (v.deprel().equals("acl") && ht.isNoun() && INTENTION_NOUNS_DE.contains(lower(ht.text()))
                && doc.child(h, "nsubj") < 0 && ht.baseRel().equals("obj") && ht.head() >= 0 && doc.token(ht.head()).isVerb()
                && !Syntax.isPassive(doc, ht.head())) {
            return Syntax.subject(doc, ht.head());
        }
        return NO_CONTROLLER;
    }

    /** An English -ing form without a subject, auxiliary or conditional marker of its own. */
    private boolean participle(Token v) {
        if (!v.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
            return false;
        }
        for (int c : doc.children(v.index())) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("nsubj") || ct.baseRel().equals("aux") || ct.deprel().equals("mark")
                    && COND_EN.contains(ct.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The agent phrase of a passive verb or of its werden head ("von US-Truppen"), or -1. */
    private int passiveAgent(int verb) {
        int agent = agentOf(verb);
        agent = agent >= 0 ? agent : agentOf(Syntax.passiveClause(doc, verb));
        return agent >= 0 ? agent : strandedBy(verb);
    }

    /**
     * An English by-phrase naming a party that the parser hung on a thing or place below the act instead of on the act:
     * "have been threatened with economic consequences by China", "condemned the attack on the embassy by militants".
     * Only below a prepositional dependent that is no event noun of the lexicon (an event noun has its own agent: "accused
     * of the killing of a journalist by soldiers"); -1 if none (and always in German).
     */
    private int strandedBy(int head) {
        if (!lang.equals("en") || head < 0) {
            return -1;
        }
        for (int c : doc.children(head)) {
            Token ct = doc.token(c);
            String rel = ct.baseRel();
            if (!(rel.equals("obl") || rel.equals("nmod")) || !ct.isNoun() || "by".equals(Syntax.caseOf(doc, c))
                    || !lexicon.noun(lower(ct.lemma()), lang).isEmpty()) {
                continue;
            }
            for (int g : doc.children(c)) {
                if (doc.token(g).baseRel().equals("nmod") && "by".equals(Syntax.caseOf(doc, g)) && namesParty(g)) {
                    return g;
                }
            }
        }
        return -1;
    }

    /**
     * A German participle coordinated with a passive one and without an auxiliary of its own shares its passive: "wurde
     * … von einer Anti-Terroreinheit gestellt und getötet", "wurden unzählige Menschen ermordet, verstümmelt,
     * vergewaltigt". Returns the passive conjunct the chain leads to (whose agent and patient it has), or -1.
     */
    private int sharedPassive(int verb) {
        int v = verb;
        while (lang.equals("de") && doc.token(v).deprel().equals("conj") && doc.token(v).head() >= 0 && ownAux(v) < 0
                && Syntax.isParticiple(lower(doc.token(v).text()))) {
            int head = doc.token(v).head();
            if (Syntax.isPassive(doc, head)) {
                return v == verb && Syntax.isPassive(doc, verb) ? -1 : head;
            }
            v = head;
        }
        return -1;
    }

    private int ownAux(int verb) {
        for (int c : doc.children(verb)) {
            if (doc.token(c).baseRel().equals("aux") || doc.token(c).baseRel().equals("cop")) {
                return c;
            }
        }
        return -1;
    }

    private int agentOf(int verb) {
        for (int c : doc.children(verb)) {
            String p = Syntax.caseOf(doc, c);
            if (doc.token(c).baseRel().equals("obl") && ("von".equals(p) || "durch".equals(p) || "by".equals(p))) {
                return c;
            }
        }
        return -1;
    }

    /** Adds the actor of {@code token}, of its conjuncts, and of a genitive owner when the noun itself is none. */
    /**
     * {@link #collect} for a target role; an English to-phrase target may be a country that the actor
     * resolver reads as a place ("issued an ultimatum to Sudan", "suspended flights to Armenia"):
     * there "to" names the recipient.
     */
    private void collectRecipient(int token, String role, List<Arg> into) {
        ActorIndex.Ref ref = token < 0 ? null : actors.at(token);
        if (lang.equals("en") && "obl:to".equals(role) && ref != null && ref.locative() && !ref.type().equals("LOCATION")) {
            into.add(new Arg(ref.actor(), ref.mention()));
            for (int c : doc.children(token)) {
                if (doc.token(c).deprel().equals("conj")) {
                    collectRecipient(c, role, into); // "an ultimatum to India and Pakistan": the to-phrase's conjuncts too
                }
            }
            return;
        }
        collect(token, into);
    }

    private void collect(int token, List<Arg> into) {
        if (token < 0) {
            return;
        }
        if (lang.equals("de") && dateline(token) && doc.child(token, "appos") >= 0) {
            // "Wien – Vizekanzler Reinhold Mitterlehner (ÖVP) kritisiert …", "Rom – Hunderte italienische Kleinsparer …
            // haben … demonstriert": the parser makes the dateline place the subject and the sentence's subject its
            // apposition. When that names no actor ("Brüssel – Die EU-Fischereiminister haben sich … geeinigt"), or
            // there is none, the place stays: dropping it lost more right events than wrong ones on 10kGNAD
            int before = into.size();
            collect(doc.child(token, "appos"), into);
            if (into.size() > before) {
                return;
            }
        }
        ActorIndex.Ref ref = actors.at(token);
        if (ref == null && lang.equals("de") && (doc.token(token).pos().equals("PRON") || demonstrativeSubject(token))) {
            int antecedent = pronounAntecedent(token);
            if (antecedent >= 0) {
                ref = actors.at(antecedent);
                if (ref != null && !ref.locative() && !ref.type().equals("LOCATION")) {
                    // the mention is the pronoun, as in the guidelines' spans
                    into.add(new Arg(ref.actor(), doc.tokenSpan(token)));
                    return;
                }
                ref = null;
            }
        }
        if (ref == null && lang.equals("en")) {
            int antecedent = relativeAntecedentEn(token);
            ActorIndex.Ref a = antecedent < 0 ? null : actors.at(antecedent);
            if (a != null && !a.locative() && !a.type().equals("LOCATION")) {
                into.add(new Arg(a.actor(), a.mention())); // "rebels who attacked …": the antecedent's mention
                return;
            }
        }
        if (ref == null && lang.equals("de") && doc.token(token).pos().equals("PRON")) {
            // German only: on the English dev half such sources cost 0.2 points of source overlap F1
            String speaker = speakerActor(token);
            if (speaker != null) {
                into.add(new Arg(speaker, doc.tokenSpan(token)));
                return;
            }
        }
        ActorIndex.Ref named = lang.equals("de") ? apposedName(token) : null;
        if (ref == null && trialParty(token)) {
            into.add(new Arg(null, doc.tokenSpan(token))); // "hat die Anklage … gefordert": a party, no registry actor
        } else if (ref == null && personalPronoun(token)) {
            into.add(new Arg(null, doc.tokenSpan(token))); // "Außerdem forderte er ein Lösegeld": a person left unresolved
        } else if (named != null) {
            into.add(new Arg(named.actor(), named.mention())); // "den Ministerpräsidenten Thaksin Shinawatra": the name
        } else if (ref != null && !ref.locative() && !ref.type().equals("LOCATION")) {
            into.add(new Arg(ref.actor(), ref.mention()));
        } else if (ref == null) {
            int before = into.size();
            for (int c : doc.children(token)) {
                Token ct = doc.token(c);
                String cs = Syntax.caseOf(doc, c);
                boolean ownerCase = cs == null || cs.equals("aus") || cs.equals("von") || cs.equals("of") || cs.equals("from")
                        || cs.equals("by") || ct.deprel().equals("nmod:poss"); // "Trump's decision"
                if ((ct.baseRel().equals("nmod") && ownerCase) || ct.deprel().equals("flat")
                        || lang.equals("en") && (ct.deprel().equals("compound") || ct.deprel().equals("appos")
                            || ct.deprel().equals("dep"))) {
                    ActorIndex.Ref owner = actors.at(c);
                    for (int cc : doc.children(c)) {
                        // "by the Islamic State group": the name is a compound of the owner noun.
                        String rel = doc.token(cc).deprel();
                        if (owner == null && lang.equals("en") && (rel.equals("compound") || rel.equals("flat"))) {
                            owner = actors.at(cc);
                        }
                    }
                    int counted = owner == null ? countedOf(c) : -1;
                    int phrase = counted >= 0 ? counted : c;
                    if (phrase != c) {
                        owner = actors.at(phrase); // "Tens of thousands of Sudanese": the of-phrase below the count noun
                    }
                    if (owner != null && !owner.locative()) {
                        into.add(new Arg(owner.actor(), owner.mention()));
                        for (int cc : doc.children(phrase)) {
                            ActorIndex.Ref next = doc.token(cc).deprel().equals("conj") ? actors.at(cc) : null;
                            if (next != null && !next.locative()) {
                                into.add(new Arg(next.actor(), next.mention())); // "a number of Syrians, Iraqis and Afghans"
                            }
                        }
                        break;
                    }
                }
            }
            if (into.size() == before && keepUnresolved && (personNoun(token) || countedPeople(token))) {
                into.add(new Arg(null, nounPhrase(token))); // "von Gefängniswärtern misshandelt": a person, no registry actor
            }
        }
        for (int c : doc.children(token)) {
            if (doc.token(c).deprel().equals("conj")) {
                collect(c, into);
            }
        }
    }

    /** English verbs of giving an amount of money: "pledged $50 million in aid to Ukraine". */
    private static final Set<String> GIVING_EN = Set.of("pledge", "provide", "give", "send", "offer", "promise", "donate",
            "allocate", "commit", "earmark", "deliver", "contribute", "grant", "announce", "approve");

    /** Currency names an English amount of aid is counted in. */
    private static final Set<String> CURRENCY_NOUNS_EN = Set.of("dollar", "dollars", "euro", "euros", "pound", "pounds");

    /** Currency words an English amount of aid is counted in: the "$", "€", "£" symbols and their names. */
    private static final Set<String> CURRENCIES_EN = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("$", "€", "£"), CURRENCY_NOUNS_EN.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The amount of money an English aid noun's in-phrase belongs to, when that amount is the object of an active verb of
     * giving ("pledged $50 million in aid", "provided 10 million euros in humanitarian aid"), or -1.
     */
    private int aidAmount(Token n) {
        if (!lang.equals("en") || n.head() < 0 || !"in".equals(Syntax.caseOf(doc, n.index()))) {
            return -1;
        }
        Token amount = doc.token(n.head());
        if (!CURRENCIES_EN.contains(lower(amount.text())) || !amount.deprel().equals("obj") || amount.head() < 0) {
            return -1;
        }
        Token verb = doc.token(amount.head());
        return verb.isVerb() && GIVING_EN.contains(lower(verb.lemma())) && !Syntax.isPassive(doc, verb.index())
                ? amount.index() : -1;
    }

    /** English count nouns whose of-phrase names who is counted: "tens of thousands of Sudanese". */
    private static final Set<String> COUNT_NOUNS_EN = Set.of("tens", "dozens", "scores", "hundreds", "thousands", "millions");

    /**
     * The of-phrase below an English count noun in an of-phrase ("Tens of thousands of Sudanese": "Sudanese" below
     * "thousands"), -1 if {@code token} is no such count noun.
     */
    private int countedOf(int token) {
        if (!lang.equals("en") || !COUNT_NOUNS_EN.contains(lower(doc.token(token).text()))
                || !"of".equals(Syntax.caseOf(doc, token))) {
            return -1;
        }
        for (int c : doc.children(token)) {
            if (doc.token(c).baseRel().equals("nmod") && "of".equals(Syntax.caseOf(doc, c))) {
                return c;
            }
        }
        return -1;
    }

    /** Parties of a trial named by their role: "die Anklage" and "die Verteidigung" are also the charge and defence. */
    private static final Set<String> TRIAL_PARTIES_DE = Set.of("anklage", "verteidigung", "nebenklage", "anklagebehörde");

    /**
     * "Im Prozess gegen X hat die Anklage sieben Jahre Haft gefordert", "die Forderung der Verteidigung": in an article
     * that has coded a charge or conviction, the definite subject or genitive owner "Anklage"/"Verteidigung" is that
     * trial's party; elsewhere (and as an object: "lehnte die Anklage ab") it is the charge or a country's defence.
     */
    private boolean trialParty(int token) {
        Token t = doc.token(token);
        if (!lang.equals("de") || !courtCase || !t.pos().equals("NOUN") || !TRIAL_PARTIES_DE.contains(lower(t.text()))
                || !(t.deprel().equals("nsubj") || t.deprel().equals("nmod") && Syntax.caseOf(doc, token) == null)) {
            return false;
        }
        for (int c : doc.children(token)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("det") && DEFINITE_DE.contains(lower(ct.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named in apposition to a common noun ("den früheren Ministerpräsidenten Rafik al-Hariri", "der
     * Sprecher von X, Pawel Maschejka,"): the name is the actor the guidelines mark; null when there is none.
     */
    private ActorIndex.Ref apposedName(int noun) {
        // also a name apposed to a misread PROPN head that is no actor ("der ehemalige Siemens-Vorstand Thomas Ganswindt")
        if (!doc.token(noun).pos().equals("NOUN") && !(doc.token(noun).pos().equals("PROPN") && actors.at(noun) == null)) {
            return null;
        }
        for (int c : doc.children(noun)) {
            if (c > noun && doc.token(c).deprel().equals("appos") && doc.token(c).pos().equals("PROPN")) {
                ActorIndex.Ref r = actors.at(c);
                if (r != null && r.type().equals("PERSON")) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The antecedent of a German relative pronoun ("Kozulins, der … aufgerufen haben soll": the noun the
     * relative clause modifies) or of a plural "sie" the actor resolver leaves open (the latest group
     * subject in this or the previous sentence), or -1.
     */
    private int pronounAntecedent(int token) {
        Token t = doc.token(token);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (Syntax.RELATIVE_PRONOUNS_DE.contains(w) && t.head() >= 0) {
            Token clause = doc.token(t.head());
            if (clause.deprel().startsWith("acl") && clause.head() >= 0 && clause.head() < token) {
                return clause.head() < token && doc.token(clause.head()).isVerb()
                        ? precedingActor(token) : clause.head();
            }
            return -1;
        }
        if (demonstrativeSubject(token)) {
            return lastNamed(token);
        }
        if (!w.equals("sie") || t.head() < 0 || !plural(t.head())) {
            return -1;
        }
        int sentence = t.sentence();
        for (int i = token - 1; i >= 0 && doc.token(i).sentence() >= sentence - 1; i--) {
            Token c = doc.token(i);
            ActorIndex.Ref r = actors.at(i);
            if (r != null && r.type().equals("GROUP") && c.baseRel().equals("nsubj")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The relative clause's noun when the parser hung the clause on the verb ("ging gegen Demonstranten in
     * Teheran vor, die … demonstrierten"): the nearest actor before the comma that is no place, a few tokens back.
     */
    private int precedingActor(int relative) {
        Sentence s = doc.sentenceOf(relative);
        int first = doc.tokensOf(s).get(0).index();
        for (int i = relative - 1; i >= first && i >= relative - 6; i--) {
            Token t = doc.token(i);
            if (t.isVerb() && !t.deprel().equals("compound:prt")) {
                return -1;
            }
            ActorIndex.Ref r = actors.at(i);
            if (r != null && !r.locative() && !r.type().equals("LOCATION") && !r.type().equals("COUNTRY")
                    && (t.pos().equals("NOUN") || t.pos().equals("PROPN"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The nouns a German relative pronoun may stand for, none if it is no relative pronoun: the noun its clause modifies
     * and the noun right before the comma that opens the clause (the parser often hangs the clause on the head of a
     * larger phrase: "der Prozess um den Unfall, bei dem …"). Lexicon constraints and the accident guard read these
     * nouns, as they would read the noun in a main clause ("eine Bombe, die … gezündet worden war", "die Havarie, bei
     * der … ums Leben kamen").
     */
    private List<Integer> relativeNouns(int pronoun) {
        Token t = doc.token(pronoun);
        if (!lang.equals("de") || !t.pos().equals("PRON") || !Syntax.RELATIVE_FORMS_DE.contains(lower(t.text())) || t.head() < 0) {
            return List.of();
        }
        Token clause = doc.token(t.head());
        if (!clause.deprel().startsWith("acl") || clause.head() < 0 || clause.head() > pronoun) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        if (doc.token(clause.head()).isNoun()) {
            out.add(clause.head());
        }
        int i = pronoun - 1;
        while (i > 0 && doc.token(i).pos().equals("ADP")) {
            i--; // "bei dem", "durch die"
        }
        if (i > 0 && doc.token(i).text().equals(",") && doc.token(i - 1).isNoun() && !out.contains(i - 1)) {
            out.add(i - 1);
        }
        return out;
    }

    private static final Set<String> RELATIVE_PRONOUNS_EN = Set.of("who", "which", "that", "whom");

    /**
     * The token an English relative pronoun that opens its clause stands for, or -1: a name right before ", who" /
     * ", which" (the parser often hangs such a clause on the verb or a larger phrase: "tension with Washington, which
     * claims …"), else a person named in apposition to the noun the clause modifies ("Evans Revere, a former official
     * who had negotiated …"), else that noun ("rebels who attacked the town"). Not a noun after the pronoun, and not a
     * demonstrative or complementiser "that" (only a pronoun whose clause is a relative clause counts).
     */
    private int relativeAntecedentEn(int pronoun) {
        Token t = doc.token(pronoun);
        if (!lang.equals("en") || !RELATIVE_PRONOUNS_EN.contains(lower(t.text())) || t.head() < 0
                || !(t.pos().equals("PRON") || t.pos().equals("DET"))) {
            return -1;
        }
        Token clause = doc.token(t.head());
        int open = doc.subtreeRange(t.head())[0];
        if (!clause.deprel().equals("acl:relcl") || clause.head() < 0 || clause.head() > pronoun
                || pronoun != open && !(pronoun == open + 1 && doc.token(open).text().equals(","))) {
            return -1;
        }
        if (pronoun >= 2 && doc.token(pronoun - 1).text().equals(",") && doc.token(pronoun - 2).pos().equals("PROPN")
                && actors.at(pronoun - 2) != null) {
            return pronoun - 2;
        }
        int head = clause.head();
        if (!doc.token(head).isNoun()) {
            return -1;
        }
        Token ht = doc.token(head);
        if (ht.baseRel().equals("appos") && ht.head() >= 0 && ht.head() < head) {
            ActorIndex.Ref r = actors.at(ht.head()); // "Evans Revere, a former … official who had negotiated …"
            if (r != null && r.type().equals("PERSON") && r.kind().equals("name")) {
                return ht.head();
            }
        }
        int[] np = doc.subtreeRange(head);
        for (int i = np[0]; i < pronoun && i < head; i++) {
            ActorIndex.Ref r = actors.at(i);
            if (r != null && r.type().equals("PERSON") && r.kind().equals("name") && apposedTo(head, i)) {
                return i;
            }
        }
        return head;
    }

    /** Is {@code name} below {@code head} through apposition, flat names and conjuncts only (or {@code head} below it)? */
    private boolean apposedTo(int head, int name) {
        for (int[] p : new int[][] {{name, head}, {head, name}}) {
            int i = p[0];
            for (int steps = 0; i != p[1] && i >= 0 && steps < 8; steps++) {
                String rel = doc.token(i).baseRel();
                if (!rel.equals("appos") && !rel.equals("flat") && !rel.equals("conj")) {
                    break;
                }
                i = doc.token(i).head();
            }
            if (i == p[1]) {
                return true;
            }
        }
        return false;
    }

    /** The noun a relative clause headed by {@code verb} refers to, through its relative-pronoun subject; or -1. */
    private int relativeAntecedent(int verb) {
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("nsubj") && ct.pos().equals("PRON") && Syntax.RELATIVE_PRONOUNS_DE.contains(ct.text().toLowerCase(Locale.ROOT))) {
                return pronounAntecedent(c);
            }
        }
        return -1;
    }

    /** Set while an event that found no actor looks again for arguments that denote people (German only). */
    private boolean keepUnresolved;

    /**
     * Fills a German role that found no actor from the same argument search run again, now keeping an argument that
     * denotes a person or group without being a registry actor as an unresolved mention ("Häftlinge wurden von
     * Gefängniswärtern geschlagen", "von einem Sondereinsatzkommando festgenommen"): issue 4 keeps unknown persons
     * with what the text says about them. A role with a known actor keeps it alone.
     */
    private void keepUnresolved(List<Arg> source, List<Arg> target, java.util.function.BiConsumer<List<Arg>, List<Arg>> search) {
        if (!lang.equals("de") || !source.isEmpty() && !target.isEmpty()) {
            return;
        }
        List<Arg> s = new ArrayList<>();
        List<Arg> t = new ArrayList<>();
        keepUnresolved = true;
        try {
            search.accept(s, t);
        } finally {
            keepUnresolved = false;
        }
        if (source.isEmpty()) {
            source.addAll(s);
        }
        if (target.isEmpty()) {
            target.addAll(t);
        }
    }

    /**
     * Whether a German noun denotes a person or group of people: a person or organisation name the NER tagger found,
     * a role noun (roles-de.tsv), a group noun (sector-nouns.tsv) or an agent noun (person-nouns-de.tsv), also as the
     * head of a closed compound ("Ratspräsident", "Straftäter"). Abstract nouns ("die Regelung") are none.
     */
    private boolean personNoun(int token) {
        Token t = doc.token(token);
        if (!t.isNoun() || Syntax.isPlace(t) || notTime(token) < 0) {
            return false;
        }
        if (PERSON_TAGS.contains(t.ner())) {
            return true;
        }
        String w = t.text();
        int dash = w.lastIndexOf('-');
        String head = dash >= 0 ? w.substring(dash + 1) : w;
        if (head.isEmpty() || !Character.isUpperCase(head.charAt(0))) {
            return false;
        }
        if (ActorRegistry.get().sectorNoun(head, "de").isPresent()) {
            return true; // the registry's own compound rule ("Grenzsoldaten"; not "Stadtführung")
        }
        String key = head.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= key.length() - MIN_PERSON_HEAD; i = i == 0 ? MIN_PERSON_MODIFIER : i + 1) {
            String part = key.substring(i);
            String form = personForm(part);
            if (form != null && !modifierAllowed(form, key.substring(0, i), dash >= 0)
                    || form == null && ActorRegistry.get().role(Character.toUpperCase(part.charAt(0)) + part.substring(1), "de")
                        .isEmpty()) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * Whether a listed person noun keeps its person sense after {@code modifier} (empty: the noun alone, {@code hyphen}:
     * it ends a hyphenated word). Most do in any compound; a row may name the only modifiers it takes
     * (person-nouns-de.tsv, column 2): "Tochter" and "Mutter" of a company are its subsidiary and parent ("Kredite an
     * Landestöchter", "die Siemens-Tochter"), "Stieftochter", "Kindsmutter" are persons.
     */
    private static boolean modifierAllowed(String form, String modifier, boolean hyphen) {
        List<String> allowed = PERSON_NOUN_MODIFIERS.get(form);
        if (allowed == null || allowed.isEmpty()) {
            return true;
        }
        return modifier.isEmpty() && !hyphen || allowed.stream().anyMatch(modifier::endsWith);
    }

    /**
     * A German quantity word standing for people ("Tausende wurden inhaftiert", "Viele von ihnen wurden erschossen",
     * "Andere wurden festgenommen"): the guidelines mark these spans as the actor when no actor is named. Not relative
     * pronouns: "Staatsbürger, die … reisen" made a travelling relative clause a meeting on dev.
     */
    private boolean countedPeople(int token) {
        Token t = doc.token(token);
        if (lang.equals("de") && t.pos().equals("NUM") && t.head() >= 0 && ellipticCount(t.head()) == token) {
            return true; // "… getötet und mehr als 30 wurden verletzt": a bare count beside the first verb's people
        }
        if (!lang.equals("de") || !COUNTED_PEOPLE_DE.contains(lower(t.text()))
                || !Set.of("DET", "PRON", "NOUN", "ADJ").contains(t.pos())
                || token > 0 && THING_QUANTIFIERS_DE.contains(lower(doc.token(token - 1).text()))) {
            return false; // "alles andere wird sich ergeben"
        }
        for (int c : doc.children(token)) {
            if (doc.token(c).pos().equals("NOUN") && !personNoun(c)) {
                return false; // "einige dieser Anlagen": things counted
            }
        }
        return true;
    }

    private static final Set<String> THING_QUANTIFIERS_DE = Set.of("alles", "etwas", "nichts", "vieles");

    private static final Set<String> COUNTED_PEOPLE_DE = Set.of("andere", "viele", "einige", "mehrere", "wenige",
            "zahlreiche", "tausende", "hunderte", "dutzende", "zehntausende", "hunderttausende", "weitere", "weiterer");

    /** The listed form of an agent noun, its genitive (-s, -es) or, after -er/-el, its dative plural (-n); or null. */
    private static String personForm(String w) {
        if (PERSON_NOUNS_DE.contains(w)) {
            return w;
        }
        for (String end : new String[] {"es", "s"}) {
            if (w.endsWith(end) && PERSON_NOUNS_DE.contains(w.substring(0, w.length() - end.length()))) {
                return w.substring(0, w.length() - end.length());
            }
        }
        String plural = w.substring(0, Math.max(0, w.length() - 1));
        return (w.endsWith("ern") || w.endsWith("eln")) && PERSON_NOUNS_DE.contains(plural) ? plural : null;
    }

    private static final List<TsvResource.Row> PERSON_NOUN_ROWS = TsvResource.read("org/lagebild/events/person-nouns-de.tsv",
            TsvResource.Layout.columns(2).withOptionalTrailing());
    /** Agent and group nouns that name people without naming an actor: see person-nouns-de.tsv. */
    private static final Set<String> PERSON_NOUNS_DE = PERSON_NOUN_ROWS.stream()
            .flatMap(r -> TsvResource.alternatives(r.get(0)).stream()).collect(java.util.stream.Collectors.toSet());
    /** Form → the only compound modifiers it keeps its person sense with (column 2; none listed: any). */
    private static final java.util.Map<String, List<String>> PERSON_NOUN_MODIFIERS = PERSON_NOUN_ROWS.stream()
            .flatMap(r -> TsvResource.alternatives(r.get(0)).stream()
                    .map(f -> java.util.Map.entry(f, TsvResource.alternatives(r.get(1)))))
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue, (a, b) -> a));
    private static final Set<String> PERSON_TAGS = Set.of("PERSON", "ORGANIZATION", "I-PER", "B-PER", "I-ORG", "B-ORG");
    private static final int MIN_PERSON_MODIFIER = 3;
    private static final int MIN_PERSON_HEAD = 4;

    /**
     * A German personal pronoun for a person or group ("er", "sie", and the object forms "ihm", "ihn", "ihnen") that
     * neither the resolver nor the statements resolved: the guidelines code its span as the actor. Not "es" (mostly a
     * thing or expletive), not "ihr" (as often the possessive or the plural "you"), not a polite "Ihnen" inside a
     * sentence (the reader addressed).
     */
    private boolean personalPronoun(int token) {
        Token t = doc.token(token);
        return demonstrativeSubject(token)
                || lang.equals("de") && t.pos().equals("PRON") && PERSONAL_DE.contains(t.text().toLowerCase(Locale.ROOT))
                && !(t.text().equals("Ihnen") && token > 0 && doc.token(token - 1).sentence() == t.sentence()
                    && !doc.token(token - 1).text().matches("[„\"«»:(–-]")); // "Was wurde Ihnen versprochen?": the reader
    }

    private static final Set<String> PERSONAL_DE = Set.of("er", "sie", "ihm", "ihn", "ihnen");
    /** German demonstrative pronouns that take up the last-named person or group as a clause's subject. */
    private static final Set<String> DEMONSTRATIVE_DE = Set.of("diese", "dieser");

    /**
     * "Diese baten ihn um Zigaretten", "hat dieser neue Terroranschläge … angedroht": a demonstrative pronoun standing
     * alone as the subject refers to the last person or group named before it, as "er" and "sie" do (German uses it for
     * the one named last, not the topic).
     */
    private boolean demonstrativeSubject(int token) {
        Token t = doc.token(token);
        return lang.equals("de") && (t.pos().equals("PRON") || t.pos().equals("DET")) && t.deprel().equals("nsubj")
                && DEMONSTRATIVE_DE.contains(t.text().toLowerCase(Locale.ROOT)) // the tagger often reads it as a determiner
                && lastNoun(token) >= 0 && (namedActor(lastNoun(token)) || personNoun(lastNoun(token)));
    }

    /**
     * The noun named last before a demonstrative (in its sentence or the one before; times skipped), or -1: what the
     * demonstrative takes up. "Wird diese geöffnet …" after "eine Datei", "Diese verbietet …" after "die Regelung" are
     * things, not actors.
     */
    private int lastNoun(int pronoun) {
        int sentence = doc.token(pronoun).sentence();
        for (int i = pronoun - 1; i >= 0 && doc.token(i).sentence() >= sentence - 1; i--) {
            Token c = doc.token(i);
            if (c.isNoun() && !TIME_TAGS.contains(c.ner()) && notTime(i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean namedActor(int token) {
        ActorIndex.Ref r = actors.at(token);
        return r != null && !r.locative() && !r.type().equals("LOCATION") && !r.type().equals("COUNTRY");
    }

    /** The actor a demonstrative subject takes up, or -1 when the noun named last is a person the resolver does not know. */
    private int lastNamed(int pronoun) {
        int noun = lastNoun(pronoun);
        return noun >= 0 && namedActor(noun) ? noun : -1;
    }
    /** The object forms of {@link #PERSONAL_DE}: they fill a role of an event that has another, and make none alone. */
    private static final Set<String> OBJECT_PRONOUNS_DE = Set.of("ihm", "ihn", "ihnen");

    /** Whether every mention in {@code args} (at least one) is an unresolved German object pronoun ("ihm", "ihnen"). */
    private boolean onlyObjectPronouns(List<Arg> args) {
        return lang.equals("de") && !args.isEmpty() && args.stream().allMatch(a -> a.actor() == null
                && OBJECT_PRONOUNS_DE.contains(lower(a.mention().text())));
    }

    /**
     * The German third-person possessive of an event noun ("ihre Unterstützung für den Iran-Deal", "setzen … ihre
     * Angriffe fort", "deren Angriffe"), or -1: its owner takes part in the event even when no actor is resolved for it
     * (docs/EVALUATION.md, session 20). Not the object of a verb that meets it ("bis die Regierung ihre Forderungen
     * erfüllt habe"): that owner is someone else, and the demand is no event here.
     */
    private int possessivePronoun(Token n) {
        if (!lang.equals("de") || patient(n) && MET_DE.contains(lower(doc.token(n.head()).lemma()))) {
            return -1;
        }
        for (int c : doc.children(n.index())) {
            Token ct = doc.token(c);
            if ((ct.deprel().equals("det:poss") || ct.deprel().equals("nmod:poss"))
                    && POSSESSIVE_DE.contains(ct.text().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * An event noun's unresolved possessive takes its role, as a span, when that role is empty: "seine Festnahme" names
     * the patient, "ihre Forderung" the actor; with the other role found, "deren Angriffe auf die IS-Jihadisten" (the
     * target found, "deren" the source), "seine Festnahme durch die Polizei" (the source found, "seine" the target). Not a
     * possessive a role already has as its mention.
     */
    private void possessiveOwner(Trigger tr, Token n, List<Arg> source, List<Arg> target) {
        List<Arg> own = possessiveIsPatient(tr) ? target : source;
        int owner = own.isEmpty() ? possessivePronoun(n) : -1;
        if (owner < 0) {
            return;
        }
        Token o = doc.token(owner);
        boolean used = java.util.stream.Stream.concat(source.stream(), target.stream())
                .anyMatch(a -> a.mention() != null && a.mention().start() < o.end() && o.start() < a.mention().end());
        if (!used) {
            own.add(new Arg(null, doc.tokenSpan(owner)));
        }
    }

    /** Verbs that meet a demand or a condition. */
    private static final Set<String> MET_DE = Set.of("erfüllen", "nachkommen", "entsprechen");

    private static final Set<String> POSSESSIVE_DE = Set.of("sein", "seine", "seinen", "seinem", "seiner", "seines",
            "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "deren", "dessen");


    /** German plural finite verbs end in -en/-n ("steckten", "haben"); checked on the auxiliary when there is one. */
    private boolean plural(int verb) {
        int aux = doc.child(verb, "aux");
        String v = doc.token(aux >= 0 ? aux : verb).text().toLowerCase(Locale.ROOT);
        return v.endsWith("en") || v.endsWith("ern") || v.endsWith("eln") || v.equals("sind");
    }

    /** Lexicon constraint: a dependent with that relation and lemma ("zusammenziehen" + obj Soldaten). */
    private boolean constraintOk(Trigger tr, int head) {
        Trigger.Constraint con = tr.constraint();
        if (con == null) {
            return true;
        }
        if (con.reflexive()) {
            for (int c : doc.children(head)) {
                String w = doc.token(c).text().toLowerCase(Locale.ROOT);
                if (w.equals("sich") || w.endsWith("selves") || w.equals("each")) {
                    return true;
                }
            }
            return false;
        }
        String rel = con.role();
        for (int c : constraintCandidates(head, rel)) {
            Token ct = doc.token(c);
            boolean relOk = ct.deprel().equals(rel) || ct.baseRel().equals(rel)
                    || (rel.startsWith(ct.baseRel() + ":") || rel.startsWith("obl:") && ct.baseRel().equals("nmod"))
                        && rel.substring(rel.indexOf(':') + 1).equalsIgnoreCase(Syntax.caseOf(doc, c))
                    // passive: the subject carries the object
                    || rel.equals("obj") && ct.deprel().equals("nsubj:pass")
                    // "bezeichnete das Abkommen als Meilenstein" parsed with "als" as the xcomp: its noun or adjective
                    || rel.equals("xcomp") && ct.head() != head && doc.token(ct.head()).baseRel().equals("xcomp")
                    // no subject: the parser made it the object ("ist am Donnerstag eine Autobombe explodiert")
                    || rel.equals("nsubj") && ct.baseRel().equals("obj") && doc.child(head, "nsubj") < 0
                    // "provided over €3.5 million": the quantity's preposition parsed as the verb's modifier
                    || rel.equals("obj") && lang.equals("en") && ct.deprel().equals("advmod") && ct.pos().equals("ADP");
            if (!relOk) {
                continue;
            }
            List<Integer> words = new ArrayList<>();
            List<Integer> antecedents = relativeNouns(c);
            for (int w : antecedents.isEmpty() ? List.of(c) : antecedents) {
                words.addAll(framedWords(quantityWords(w)));
            }
            for (int x : words) {
                Token xt = doc.token(x);
                if (actorConstraint(con, x)) {
                    return true;
                }
                String lemma = xt.lemma() == null ? xt.text() : xt.lemma();
                for (String key : nounKeys(lemma)) {
                    if (con.accepts(con.role(), key)) {
                        return true;
                    }
                }
                if (con.accepts(con.role(), hyphenated(xt).toLowerCase(Locale.ROOT))) {
                    return true; // "broke the cease-fire", split at the hyphen by the tokenizer
                }
                // Compounds: "Offensivwaffen" ends in an accepted lemma "waffe".
                String w = xt.text().toLowerCase(Locale.ROOT);
                for (String accepted : con.lemmas()) {
                    if (accepted.length() >= 4 && w.contains(accepted)) {
                        return true;
                    }
                }
            }
        }
        return judgementAs(con, head);
    }

    /** Constraint relations of the German "bezeichnete X als Y" rows: the judgement Y, however the parser attached it. */
    private static final Set<String> AS_ROLES_DE = Set.of("obl:als", "xcomp", "advcl");

    /**
     * A German judgement verb's als-phrase read through misparses: "bezeichnete er als sinnlos" (the adjective made the
     * verb's modifier, "als" its case), "als „zutiefst verlogen und heuchlerisch“" (the closing quotation mark made the
     * noun, the adjectives its modifiers), "als einen „beschämenden Deal“", "stufte das Gesetz als verfassungswidrig ein"
     * ("als" made the predicate, the adjective below it). The words of the phrase are its head, its conjuncts and, for a
     * noun or a quotation mark, the adjectives that modify it; a listed judgement word among them meets the constraint.
     */
    private boolean judgementAs(Trigger.Constraint con, int head) {
        if (!lang.equals("de") || !AS_ROLES_DE.contains(con.role()) || !doc.token(head).isVerb()) {
            return false;
        }
        List<Integer> phrases = new ArrayList<>();
        for (int c : doc.children(head)) {
            Token ct = doc.token(c);
            if ("als".equals(Syntax.caseOf(doc, c))) {
                phrases.add(c);
            } else if (ct.pos().equals("ADP") && lower(ct.text()).equals("als")) {
                for (int cc : doc.children(c)) {
                    if (!Set.of("punct", "det", "case").contains(doc.token(cc).baseRel())) {
                        phrases.add(cc);
                    }
                }
            }
        }
        for (int p : phrases) {
            List<Integer> words = new ArrayList<>();
            for (int w : Syntax.conjuncts(doc, p)) {
                words.add(w);
                if (doc.token(w).isNoun() || doc.token(w).text().matches("[„“\"«»]")) {
                    for (int m : doc.children(w)) {
                        if (doc.token(m).baseRel().equals("amod")) {
                            words.addAll(Syntax.conjuncts(doc, m));
                        }
                    }
                }
            }
            for (int w : words) {
                Token wt = doc.token(w);
                String lemma = wt.lemma() == null ? wt.text() : wt.lemma();
                String form = lower(wt.text());
                String stem = form.replaceAll("(e|em|en|er|es)$", "");
                if (con.lemmas().contains(lower(lemma)) || con.lemmas().contains(form)
                        || wt.pos().equals("ADJ") && con.lemmas().contains(stem)) {
                    return true; // "als einen „beschämenden Deal“": the inflected adjective
                }
            }
        }
        return false;
    }

    /**
     * A closed compound whose first part names the forces that a mobilisation row's noun constraint asks of a dependent:
     * "Polizeieinsatz" is an "Einsatz von Polizei", "Truppenverlegung" a "Verlegung von Truppen"; the word names the
     * actor, so it needs no other. Only MOBILIZE rows (on 10kGNAD the other types' compounds were business or topics:
     * "nach der Vertragsunterzeichnung"), only rows the compound reached through its head, only lexical (not actor)
     * entries, a first part of four letters or more (a linking "s" or hyphen dropped).
     */
    private static boolean forcesNamed(Trigger tr, String key) {
        Trigger.Constraint con = tr.constraint();
        String head = tr.lemma().toLowerCase(Locale.ROOT);
        if (con == null || con.reflexive() || !tr.type().name().equals("MOBILIZE") || !con.role().startsWith("nmod")
                || !key.endsWith(head)) {
            return false;
        }
        String modifier = key.substring(0, key.length() - head.length());
        modifier = modifier.endsWith("-") ? modifier.substring(0, modifier.length() - 1) : modifier;
        List<String> forms = modifier.endsWith("s") ? List.of(modifier, modifier.substring(0, modifier.length() - 1))
                : List.of(modifier);
        for (String form : forms) {
            if (form.length() < 4) {
                continue;
            }
            for (String key2 : nounKeys(form)) {
                if (con.accepts(con.role(), key2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * English nouns that frame what their compound modifier names: "violated the ceasefire agreement" violates
     * a ceasefire, "lifted the embargo order" lifts an embargo. A constraint is also met by such a modifier.
     */
    private static final Set<String> FRAME_NOUNS_EN = Set.of("agreement", "accord", "deal", "pact", "order", "line",
            "regime", "arrangement", "package");

    /** The words plus the compound modifiers of those that are English frame nouns. */
    private List<Integer> framedWords(List<Integer> words) {
        if (!lang.equals("en")) {
            return words;
        }
        List<Integer> out = new ArrayList<>(words);
        for (int w : words) {
            String lemma = doc.token(w).lemma();
            if (lemma != null && FRAME_NOUNS_EN.contains(lemma.toLowerCase(Locale.ROOT))) {
                for (int c : doc.children(w)) {
                    if (doc.token(c).deprel().equals("compound")) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** Parts of speech that head their own phrase: a constraint is checked on them directly. */
    private static final Set<String> PHRASE_HEAD_POS = Set.of("NOUN", "PROPN", "PRON", "VERB");

    /** English nouns of amount whose of-phrase names what is meant: a constraint is also met by that phrase. */
    private static final Set<String> PARTITIVE_EN = Set.of("%", "percent", "bulk", "part", "most", "half", "third",
            "share", "portion", "ton", "tonne", "batch", "shipment", "consignment", "amount", "quantity", "dozen",
            "hundred", "thousand", "million", "number");

    /** Relations through which an English quantity or determiner reaches its noun: "an additional $2 million in assistance". */
    private static final Set<String> QUANTITY_RELS = Set.of("amod", "dep", "nummod", "nmod", "compound");

    /**
     * The words a constraint on {@code token} is checked against: the token and its conjuncts, and where
     * an English parse made a determiner, adjective, symbol or number the head ("provided an additional
     * $2 million in assistance", "gave some of the military equipment"), the words below it, at most
     * three relations down.
     */
    private List<Integer> quantityWords(int token) {
        List<Integer> out = new ArrayList<>(Syntax.conjuncts(doc, token));
        if (!lang.equals("en")) {
            return out;
        }
        if (PARTITIVE_EN.contains(lower(doc.token(token).lemma()))) {
            for (int c : doc.children(token)) { // "supplied 94% of military equipment", "the bulk of the aid"
                if (doc.token(c).baseRel().equals("nmod") && "of".equals(Syntax.caseOf(doc, c))) {
                    out.addAll(Syntax.conjuncts(doc, c));
                }
            }
        }
        if (PHRASE_HEAD_POS.contains(doc.token(token).pos())) {
            return out;
        }
        List<Integer> level = List.of(token);
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                for (int c : doc.children(t)) {
                    if (QUANTITY_RELS.contains(doc.token(c).baseRel())) {
                        next.add(c);
                    }
                }
            }
            out.addAll(next);
            level = next;
        }
        return out;
    }

    /**
     * The dependents a constraint may be met by: the trigger's own, and for a prepositional
     * constraint also those of its object, where the parser often attaches the phrase ("griff den
     * Kanzler mit scharfen Formulierungen an"); for an English object split at a coordinated modifier
     * also the noun it modifies ({@link Syntax#splitCompoundHead}); for a subject constraint on an English verb without a
     * subject, the controller ("troops have begun leaving Afghanistan", "continued to attack").
     */
    private List<Integer> constraintCandidates(int head, String rel) {
        List<Integer> out = new ArrayList<>();
        if (rel.equals("obl:gegen") && runsAgainst(doc.token(head))) {
            out.addAll(doc.childrenWith(doc.token(head).head(), "obl")); // "Gegen den Sohn läuft bereits ein Verfahren"
        }
        if (rel.equals("nsubj") && lang.equals("en") && doc.token(head).isVerb() && doc.child(head, "nsubj") < 0) {
            int controller = controller(head);
            if (controller >= 0) {
                out.add(controller);
            }
        }
        for (int c : doc.children(head)) {
            out.add(c);
            int split = rel.equals("obj") && lang.equals("en") && doc.token(c).baseRel().equals("obj")
                    ? Syntax.splitCompoundHead(doc, c) : -1;
            if (split >= 0) {
                out.add(split); // "lifted the trade and travel restrictions"
            }
            if (rel.equals("xcomp") && doc.token(c).baseRel().equals("xcomp") && doc.token(c).pos().equals("ADP")) {
                for (int cc : doc.children(c)) { // "als" made the head of "als Meilenstein"
                    out.add(cc);
                }
            }
            if (rel.startsWith("obl:") && doc.token(c).baseRel().equals("obj")) {
                for (int cc : doc.children(c)) {
                    if (doc.token(cc).baseRel().equals("nmod")) {
                        out.add(cc);
                    }
                }
            }
        }
        out.addAll(sharedArguments(head, rel));
        return out;
    }

    /**
     * The arguments a German coordinated verb shares with the verb it is coordinated with, for the relation a constraint
     * names, when it has none of its own: "Er wurde zum Polizeipräsidium gebracht und dort vernommen" (the passive subject
     * "Er"), "wurden unzählige Menschen ermordet, verstümmelt, vergewaltigt" (the first participle's subject). Only the
     * subject, and in the passive the subject that carries the object: an active conjunct's object is its own
     * ("besiegte X und trifft nun auf Y"), as are the other relations.
     */
    private List<Integer> sharedArguments(int verb, String rel) {
        Token v = doc.token(verb);
        if (!lang.equals("de") || !v.isVerb() || !v.deprel().equals("conj") || v.head() < 0 || !doc.token(v.head()).isVerb()
                || !(rel.equals("obj") || rel.equals("nsubj"))) {
            return List.of();
        }
        if (rel.equals("obj") && !Syntax.isPassive(doc, verb) && !Syntax.isPassive(doc, v.head())) {
            return List.of(); // an active conjunct's object is its own ("besiegte X und trifft nun auf Y")
        }
        Set<String> carriers = rel.equals("obj") ? Set.of("obj", "nsubj:pass") : Set.of("nsubj");
        for (int c : doc.children(verb)) {
            if (carriers.contains(doc.token(c).deprel()) || carriers.contains(doc.token(c).baseRel())) {
                return List.of(); // its own
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int c : doc.children(v.head())) {
            if (carriers.contains(doc.token(c).deprel()) || carriers.contains(doc.token(c).baseRel())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Constraint entries naming actors rather than lemmas: "@actor" by any actor, "@person" by a person or a group
     * of people ("released journalist Mesale Tolu", "released the detained leaders"), "@mil" etc.
     * by an actor of that sector ("deployed the 82nd Airborne Division").
     */
    /**
     * Whether {@code token} is what a passive verb or an event noun is done to: the passive subject (or the object the
     * parser gave a passive verb), or a gegen-phrase of a noun. Not the object of an active verb: an active clause names
     * its doer, and ambiguous verbs whose constraint asks for an actor ("Leute treffen", "zur Aufmerksamkeit zwingen")
     * are generic or figurative with a mere person noun as object.
     */
    private boolean undergoer(int token) {
        Token t = doc.token(token);
        if (t.head() < 0) {
            return false;
        }
        Token head = doc.token(t.head());
        if (head.isVerb() && "gegen".equals(Syntax.caseOf(doc, token)) && "laufen".equals(lower(head.lemma()))) {
            return true; // "Gegen den Sohn läuft bereits ein Verfahren": see runsAgainst
        }
        if (head.isVerb() || head.pos().equals("ADJ")) {
            return (t.deprel().equals("nsubj:pass") || t.baseRel().equals("obj")) && Syntax.isPassive(doc, head.index());
        }
        return head.isNoun() && "gegen".equals(Syntax.caseOf(doc, token));
    }

    private boolean actorConstraint(Trigger.Constraint con, int token) {
        ActorIndex.Ref ref = actors.at(token);
        if (ref == null && lang.equals("de") && (personNoun(token) || personalPronoun(token)) && undergoer(token)) {
            // "Spezialeinheiten … wurden zugezogen", "Er wurde … vernommen", "der Prozess gegen den Ziehvater": people the
            // text names by a person or group noun or a pronoun, without an actor the resolver knows, meet a person or
            // actor requirement as the patient of a passive or the gegen-phrase of an event noun
            return con.lemmas().stream().anyMatch(l -> l.equals("@actor") || l.equals("@person"));
        }
        if (ref == null && lang.equals("de")) {
            ref = apposedName(token); // "das laufende Verfahren gegen das Model Gina-Lisa Lohfink": the name in apposition
        }
        if (ref == null || ref.locative()) {
            return false;
        }
        for (String l : con.lemmas()) {
            if (!l.startsWith("@")) {
                continue;
            }
            String want = l.substring(1);
            if (want.equals("actor")) {
                return true; // any actor the resolver knows ("Zusammenstöße zwischen Demonstranten und Polizei")
            }
            if (want.equals("person") ? ref.type().equals("PERSON") || ref.type().equals("GROUP")
                    : want.equalsIgnoreCase(ref.sector())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Map<String, java.util.Map<String, List<Trigger>>> PHRASES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Phrase triggers by their verb: the last word in German ("ums Leben kommen"), the first in English ("call for"). */
    private static java.util.Map<String, List<Trigger>> phraseIndex(String lang) {
        java.util.Map<String, List<Trigger>> index = new java.util.HashMap<>();
        for (Trigger tr : EventLexicon.get().all(lang)) {
            if (tr.pos() == Trigger.Pos.PHRASE) {
                String[] words = tr.lemma().toLowerCase(Locale.ROOT).split("\\s+");
                index.computeIfAbsent(words[verbPosition(words, lang)], k -> new ArrayList<>()).add(tr);
            }
        }
        return index;
    }

    private static int verbPosition(String[] phraseWords, String lang) {
        return lang.equals("en") ? 0 : phraseWords.length - 1;
    }

    private static boolean reciprocal(Trigger tr) {
        return tr.constraint() != null && tr.constraint().reflexive()
                || tr.notes() != null && tr.notes().toLowerCase(Locale.ROOT).contains("reciprocal");
    }

    /**
     * Multiword triggers of this verb ("ums Leben kommen", "call for"): every other word must occur
     * among the verb's dependents or theirs.
     */
    private List<Trigger> phrases(Token v) {
        List<Trigger> out = new ArrayList<>();
        for (Trigger tr : PHRASES.computeIfAbsent(lang, EventExtractor::phraseIndex)
                .getOrDefault(v.lemma().toLowerCase(Locale.ROOT), List.of())) {
            String[] words = tr.lemma().toLowerCase(Locale.ROOT).split("\\s+");
            int[] range = doc.subtreeRange(v.index());
            int verb = verbPosition(words, lang);
            if (lang.equals("de") && rightBefore(words, v)) {
                out.add(tr); // "für schuldig befunden": the words in a row before the verb, however attached
                continue;
            }
            int[] at = new int[words.length];
            java.util.Arrays.fill(at, -1);
            for (int i = 0; i < words.length; i++) {
                if (i == verb) {
                    continue;
                }
                for (int t = range[0]; t <= range[1] && at[i] < 0; t++) {
                    Token tt = doc.token(t);
                    String surface = doc.text().substring(tt.start(), tt.end()).toLowerCase(Locale.ROOT);
                    if (surface.equals(words[i]) && t != v.index() && (tt.head() == v.index() || doc.token(tt.head()).head() == v.index()
                            && (lang.equals("de") || !sameVerb(v, doc.token(tt.head())))) // "making effort to make vaccines available"
                            && (lang.equals("de") || englishPhraseWord(v.index(), t))) {
                        at[i] = t;
                    }
                }
            }
            if (lang.equals("de")) {
                chainedPhraseWords(words, verb, at, range);
            }
            boolean all = true;
            for (int i = 0; i < words.length; i++) {
                all &= i == verb || at[i] >= 0;
            }
            if (all) {
                out.add(tr);
            }
        }
        return out;
    }

    /**
     * A German phrase's preposition found below the phrase's own adjective, however deep: "befand das Gericht die
     * Angeklagten für schuldig", parsed with "schuldig" under the object and "für" under "schuldig"
     * (eval/dev11-de-events; session 34), is "für schuldig befinden". Only a preposition under an adjective or adverb:
     * chaining under a noun ("ums Leben kommen") matched accidents and statistics on unseen 10kGNAD text ("kam ein
     * 60-Jähriger in einer überschwemmten Tiefgarage ums Leben"), and "zur Verfügung stellen" a yacht owner's money.
     * Fills {@code at} (token of each phrase word, -1 where none) in place.
     */
    private void chainedPhraseWords(String[] words, int verb, int[] at, int[] range) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < words.length; i++) {
                if (i == verb || at[i] >= 0) {
                    continue;
                }
                for (int t = range[0]; t <= range[1] && at[i] < 0; t++) {
                    Token tt = doc.token(t);
                    if (tt.head() < 0 || !tt.pos().equals("ADP") || !ADJECTIVAL.contains(doc.token(tt.head()).pos())
                            || !doc.text().substring(tt.start(), tt.end()).toLowerCase(Locale.ROOT).equals(words[i])) {
                        continue;
                    }
                    for (int j = 0; j < words.length; j++) {
                        if (j != i && j != verb && at[j] == tt.head()) {
                            at[i] = t;
                            grew = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    /** Word classes a chained phrase preposition may hang on ({@link #chainedPhraseWords}). */
    private static final Set<String> ADJECTIVAL = Set.of("ADJ", "ADV");

    /** A phrase word under another verb of the same lemma belongs to that verb, which codes the phrase itself. */
    private static boolean sameVerb(Token v, Token other) {
        return other.isVerb() && lower(other.lemma()).equals(lower(v.lemma()));
    }

    /** Word classes of a phrase trigger's prepositions and particles. */
    private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "PART", "SCONJ", "ADV");

    /**
     * An English phrase's preposition or particle follows its verb ("called on the government", "pushed hard for")
     * and is not the preposition of a time phrase: "Trump on Tuesday called the ambassador a stupid guy" is no "call
     * on". Nouns may come first ("an agreement was reached"); a word that is itself a trigger verb is no phrase word.
     */
    private boolean englishPhraseWord(int verb, int word) {
        Token w = doc.token(word);
        if (!PARTICLE_TAGS.contains(w.pos())) {
            // "let free the 27-year old …" with "free" parsed as a verb: that verb codes the event with its own object
            return !(w.isVerb() && w.lemma() != null && doc.child(word, "obj") >= 0 && !lexicon.verb(lower(w.lemma()), lang).isEmpty());
        }
        return word > verb && !(w.deprel().equals("case") && w.head() >= 0 && TIME_TAGS.contains(doc.token(w.head()).ner()));
    }

    /** Whether a German phrase's other words are the written words right before its verb, in order. */
    private boolean rightBefore(String[] words, Token v) {
        int first = v.index() - (words.length - 1);
        if (first < 0 || words.length < 2) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            Token t = doc.token(first + i);
            if (t.sentence() != v.sentence()
                    || !doc.text().substring(t.start(), t.end()).toLowerCase(Locale.ROOT).equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ modifiers

    /**
     * A German event noun in the mit-phrase of a negated verb of sparing ("sparte nicht mit Kritik", "geizte nicht mit
     * Lob"): the litotes says the criticism or praise was given, so it is not negated, and the verb's subject gave it.
     */
    private boolean litotes(Token noun) {
        if (!lang.equals("de") || !noun.isNoun() || noun.head() < 0 || !noun.baseRel().equals("obl")
                || !"mit".equals(Syntax.caseOf(doc, noun.index()))) {
            return false;
        }
        Token verb = doc.token(noun.head());
        if (!LITOTES_DE.contains(lower(verb.lemma()))) {
            return false;
        }
        for (int c : doc.children(verb.index())) {
            if (doc.token(c).baseRel().equals("advmod") && NEG_DE.contains(lower(doc.token(c).text()))) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(int trigger) {
        if (lang.equals("en") && (paused(trigger) || insteadOf(trigger))) {
            return true;
        }
        Set<String> neg = lang.equals("de") ? NEG_DE : NEG_EN;
        for (int h : headAndAux(trigger)) {
            String lemma = doc.token(h).lemma();
            if (h != trigger && lang.equals("en") && lemma != null && REFUSING_EN.contains(lemma.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (int c : doc.children(h)) {
                Token ct = doc.token(c);
                String w = ct.text().toLowerCase(Locale.ROOT);
                if ((ct.baseRel().equals("advmod") || ct.deprel().equals("det") || ct.deprel().equals("neg")) && neg.contains(w)) {
                    return true;
                }
                if (ct.baseRel().equals("obj") || ct.baseRel().equals("nsubj")) {
                    for (int cc : doc.children(c)) {
                        if (doc.token(cc).deprel().equals("det") && neg.contains(doc.token(cc).text().toLowerCase(Locale.ROOT))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** English nouns of a halted act: "a pause in aid to Ukraine" is aid not given. */
    private static final Set<String> PAUSE_NOUNS_EN = Set.of("pause", "halt", "freeze");
    private static final Set<String> PAUSE_PREPS_EN = Set.of("in", "on", "of");

    /** An English event noun in the in/on/of-phrase of a pause noun ("the pause in aid", "a pause in the tariffs"). */
    private boolean paused(int trigger) {
        Token t = doc.token(trigger);
        String prep = t.isNoun() && t.head() >= 0 ? Syntax.caseOf(doc, trigger) : null;
        return prep != null && PAUSE_PREPS_EN.contains(prep) && t.baseRel().equals("nmod")
                && PAUSE_NOUNS_EN.contains(lower(doc.token(t.head()).lemma()));
    }

    /**
     * An English act done "instead of" another is not the one done: "instead of calling for an Asian NATO", "have gone
     * to vehicle repairs instead of to direct aid to refugees" (the phrase on the trigger or on the verb of its object).
     */
    private boolean insteadOf(int trigger) {
        Token t = doc.token(trigger);
        int verb = t.baseRel().equals("obj") && t.head() >= 0 ? t.head() : -1;
        for (int h : verb >= 0 ? new int[] {trigger, verb} : new int[] {trigger}) {
            for (int c : doc.children(h)) {
                if (lower(doc.token(c).text()).equals("instead") && doc.childrenWith(c, "fixed").stream()
                        .anyMatch(f -> lower(doc.token(f).text()).equals("of"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The German evidence noun an event noun is inferred from, or -1: its head ("keine Hinweise auf einen Terroranschlag")
     * or, for an auf/für-phrase on a verb, the verb's subject or object ("Für einen Terroranschlag gebe es keine
     * Hinweise", "Alle Anzeichen deuteten auf einen Terroranschlag hin"). Guidelines: an inferred act is hypothetical,
     * one whose evidence is denied negated ("Ein Tatverdacht bestehe … nicht mehr").
     */
    private int evidenceNoun(Token t) {
        int prep = lang.equals("de") && t.isNoun() && t.head() >= 0 ? doc.child(t.index(), "case") : -1;
        if (prep < 0 || !EVIDENCE_PREPS_DE.contains(lower(doc.token(prep).text()))) {
            return -1;
        }
        Token head = doc.token(t.head());
        if (head.isNoun()) {
            return evidenceWord(head) ? head.index() : -1;
        }
        if (!head.isVerb() || !t.baseRel().equals("obl")) {
            return -1;
        }
        for (int c : doc.children(head.index())) {
            Token ct = doc.token(c);
            if ((ct.baseRel().equals("nsubj") || ct.baseRel().equals("obj")) && evidenceWord(ct)) {
                return c;
            }
        }
        return -1;
    }

    /** An evidence noun that is no phrase of its own: not "mit Hinweis auf", "unter Hinweis auf" (referring to). */
    private boolean evidenceWord(Token t) {
        return t.isNoun() && (EVIDENCE_NOUNS_DE.contains(lower(t.lemma())) || EVIDENCE_NOUNS_DE.contains(lower(t.text())))
                && doc.child(t.index(), "case") < 0;
    }

    /**
     * A German act an indirect question asks about: the verb of an ob-clause, its object or passive subject, the um-phrase
     * of "ob es sich … um … handelt" (which the parser may hang on another noun: "ob es sich bei den Explosionen um
     * einen Unfall oder einen Anschlag handelte"); guidelines: possible, so hypothetical. Not another noun ("ob ein
     * Bezug zu den Anschlagsversuchen besteht": the attempts happened; "ob es sich bei der Bluttat um ein
     * Sexualdelikt handeln könnte": the crime happened; "ob das Dementi … die Menschen erreicht": the denial was made).
     */
    private boolean questioned(Token t) {
        if (!lang.equals("de")) {
            return false;
        }
        Token a = t.baseRel().equals("conj") && t.head() >= 0 ? doc.token(t.head()) : t;
        int verb = a.isVerb() ? a.index() : a.isNoun() && QUESTIONED_ROLES.contains(a.deprel()) ? a.head() : -1;
        int prep = doc.child(a.index(), "case");
        if (a.isNoun() && prep >= 0 && lower(doc.token(prep).text()).equals("um")) {
            for (verb = a.head(); verb >= 0 && doc.token(verb).isNoun(); verb = doc.token(verb).head()) {
                // up through the nouns the um-phrase hangs on to the clause's verb
            }
            verb = verb >= 0 && lower(doc.token(verb).lemma()).equals("handeln") ? verb : -1; // not "ob der Streit um …"
        }
        int mark = verb < 0 ? -1 : doc.child(verb, "mark");
        return mark >= 0 && lower(doc.token(mark).text()).equals("ob");
    }

    /** A noun with a negating determiner: "keine Hinweise". */
    private boolean negatedNoun(int noun) {
        for (int c : doc.children(noun)) {
            if (doc.token(c).deprel().equals("det") && NEG_DE.contains(lower(doc.token(c).text()))) {
                return true;
            }
        }
        return false;
    }

    private boolean future(int trigger) {
        if (intended(trigger)) {
            return true;
        }
        int taking = participation(doc.token(trigger));
        if (taking >= 0) {
            return future(taking); // "is ready to contribute to the peacekeeping operation"
        }
        Set<String> fut = lang.equals("de") ? FUTURE_DE : FUTURE_EN;
        if (Syntax.isPassive(doc, trigger) && !hasModalAux(trigger)) {
            return false; // "wurden getötet": "werden" forms a passive here, not a future
        }
        if (lang.equals("de") && doc.token(trigger).isNoun()) {
            int occurring = impendingNoun(trigger);
            if (occurring == IMPENDING) {
                return true;
            }
            if (occurring >= 0) {
                return future(occurring); // "Dann soll ein Protestmarsch … stattfinden"
            }
        }
        List<Integer> chain = headAndAux(trigger);
        if (lang.equals("de") && chain.stream().anyMatch(this::perfectInfinitive)) {
            return false; // "soll … getötet haben", "sollen … getötet worden sein": reported, not to come
        }
        for (int h : chain) {
            Token t = doc.token(h);
            if (h != trigger && t.lemma() != null && fut.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (int c : doc.children(h)) {
                Token ct = doc.token(c);
                if (ct.baseRel().equals("aux") && ct.lemma() != null && fut.contains(ct.lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (ct.baseRel().equals("aux") && fut.contains(ct.text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A German verb with a perfect infinitive ("getötet haben", "getötet worden sein"): a modal with it reports the past.
     * Not "zu kämpfen haben" (has to fight), whose verb is an infinitive ("verübt zu haben" is a perfect infinitive).
     */
    private boolean perfectInfinitive(int verb) {
        Token v = doc.token(verb);
        if (v.isVerb() && v.lemma() != null && lower(v.text()).equals(lower(v.lemma())) && zuInfinitive(v)) {
            return false;
        }
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("aux") && (ct.text().equals("haben") || ct.text().equals("sein"))) {
                return true;
            }
        }
        return false;
    }

    private static final int IMPENDING = -2;

    /**
     * A German event noun that is still to come (guidelines: "drohende Räumung" is future): a planned, impending or
     * announced one ("eine für morgen geplante Demonstration", "den bevorstehenden Arbeitskampf", "Auf ihn kommt eine
     * Anklage … zu", "ist ein Treffen … geplant", "Den Piloten erwartet eine Anklage") gives {@link #IMPENDING}; the
     * subject of a verb of taking place ("soll ein Protestmarsch … stattfinden") gives that verb, whose tense decides;
     * else -1.
     */
    private int impendingNoun(int noun) {
        for (int c : doc.children(noun)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("amod") && PLANNED_DE.stream().anyMatch(lower(ct.text())::startsWith)) {
                return IMPENDING;
            }
        }
        Token n = doc.token(noun);
        if (n.head() < 0 || !n.baseRel().startsWith("nsubj") || !doc.token(n.head()).isVerb()) {
            return -1;
        }
        String lemma = lower(doc.token(n.head()).lemma() == null ? "" : doc.token(n.head()).lemma());
        if (IMPENDING_DE.contains(lemma) || n.deprel().equals("nsubj:pass") && PLANNING_DE.contains(lemma)) {
            return IMPENDING;
        }
        return OCCURRING_DE.contains(lemma) ? n.head() : -1;
    }

    private static final List<String> PLANNED_DE = List.of("geplant", "bevorstehend", "anstehend", "angekündigt",
            "drohend", "angedroht");
    private static final Set<String> IMPENDING_DE = Set.of("drohen", "bevorstehen", "anstehen", "erwarten", "zukommen");
    private static final Set<String> PLANNING_DE = Set.of("planen", "ankündigen", "vorsehen", "erwarten");
    private static final Set<String> OCCURRING_DE = Set.of("stattfinden", "beginnen", "andauern", "dauern");

    /**
     * A German clause that is what someone offers, promises, announces, plans or threatens ("bietet an, sein Amt
     * niederzulegen", "kündigte an, … anzusprechen", "drohte, die Grenze zu schließen"): not (yet) happened.
     */
    private boolean intended(int trigger) {
        Token t = doc.token(trigger);
        if (!lang.equals("de") || !t.isVerb() || !complementClause(t)) {
            return false;
        }
        Token head = doc.token(t.head());
        String lemma = head.lemma() == null ? "" : head.lemma().toLowerCase(Locale.ROOT);
        return INTENT_DE.contains(lemma) || lexicon.verb(lemma, lang).stream()
                .anyMatch(x -> x.type().name().equals("AGREE") || x.type().name().equals("THREATEN"));
    }

    /** A complement clause of its head verb; a zu-infinitive the parser made a conjunct ("forderte … auf, zurückzutreten"). */
    private boolean complementClause(Token v) {
        if (v.head() < 0) {
            return false;
        }
        if (v.baseRel().equals("xcomp") || v.baseRel().equals("ccomp")) {
            return true;
        }
        return v.baseRel().equals("conj") && doc.token(v.head()).isVerb() && zuInfinitive(v);
    }

    private boolean zuInfinitive(Token v) {
        for (int c : doc.children(v.index())) {
            if (doc.token(c).text().equals("zu") && doc.token(c).baseRel().equals("mark")) {
                return true; // "zu unterstützen"
            }
        }
        String w = v.text().toLowerCase(Locale.ROOT);
        String lemma = v.lemma() == null ? "" : v.lemma().toLowerCase(Locale.ROOT);
        for (int i = w.indexOf("zu", 1); i > 0; i = w.indexOf("zu", i + 1)) {
            if ((w.substring(0, i) + w.substring(i + 2)).equals(lemma)) {
                return true; // "zurückzutreten", "anzugreifen"
            }
        }
        return false;
    }

    /** Verbs of ordering that the lexicon does not code as requests, whose zu-infinitive is only ordered. */
    private static final Set<String> ORDER_DE = Set.of("beauftragen", "anweisen", "befehlen");

    private static final Set<String> INTENT_DE = Set.of("ankündigen", "beabsichtigen", "vorhaben", "planen",
            "beschließen", "erwägen", "vorschlagen", "anstreben");

    /**
     * A German clause that is what someone demands, calls for or orders ("rief sie auf, die Regierung zu unterstützen",
     * "forderte, dass er zurücktritt", "hatte seinen Sohn beauftragt, seine Tochter zu töten"): guidelines: the
     * content of a request is no event of its own.
     */
    private boolean requested(Token v) {
        if (!lang.equals("de") || !complementClause(v)) {
            return false;
        }
        Token head = doc.token(v.head());
        return head.isVerb() && head.lemma() != null && (ORDER_DE.contains(lower(head.lemma())) && zuInfinitive(v)
                || lexicon.verb(head.lemma().toLowerCase(Locale.ROOT), lang).stream()
                .anyMatch(x -> x.type().name().equals("REQUEST")));
    }

    /**
     * A German aid event negated under "wollen" is a refusal of aid (guidelines: "refusing aid → REJECT (assist)";
     * CAMEO 122): "hat der IWF angekündigt, keine finanzielle Hilfe mehr leisten zu wollen" (eval/dev12-de-events).
     * Aid merely not given ("erhielten keine Hilfe") stays a negated aid event. Returns the REJECT:assist trigger, or
     * null.
     */
    private Trigger refusedAid(Trigger tr, Token trigger) {
        if (!lang.equals("de") || !tr.type().name().equals("AID") || !willed(trigger.index())) {
            return null;
        }
        return lexicon.verb("verweigern", lang).stream().filter(r -> r.type().name().equals("REJECT")).findFirst()
                .map(r -> new Trigger(tr.lemma(), tr.lang(), tr.pos(), r.type(), "assist", "122", r.context(),
                        tr.sourceRole(), tr.targetRole(), tr.themeRole(), tr.constraint(), tr.notes(), tr.standalone()))
                .orElse(null);
    }

    /** Whether the verb is governed by "wollen": its auxiliary ("leisten zu wollen", "will … liefern") or its head. */
    private boolean willed(int verb) {
        for (int c : doc.children(verb)) {
            String w = doc.token(c).lemma() == null ? "" : doc.token(c).lemma().toLowerCase(Locale.ROOT);
            if (doc.token(c).baseRel().equals("aux") && (w.equals("wollen") || w.equals("will"))) {
                return true;
            }
        }
        Token t = doc.token(verb);
        if (t.head() < 0 || !t.baseRel().equals("xcomp")) {
            return false;
        }
        Token head = doc.token(t.head());
        return head.lemma() != null && head.lemma().equalsIgnoreCase("wollen");
    }

    private boolean hasModalAux(int verb) {
        for (int c : doc.children(verb)) {
            String w = doc.token(c).lemma() == null ? "" : doc.token(c).lemma().toLowerCase(Locale.ROOT);
            if (doc.token(c).baseRel().equals("aux") && (w.equals("wollen") || w.equals("sollen") || w.equals("will"))) {
                return true;
            }
        }
        return false;
    }

    /** CAMEO 014, consider policy option. */
    private static final String CONSIDER_CAMEO = "014";

    /**
     * An English act that is only weighed: the trigger is the complement of a considering verb, directly
     * ("considering sending aid", which the parser may attach as acl) or through an option noun ("exploring
     * the possibility of sending troops").
     */
    private boolean considered(int trigger) {
        Token t = doc.token(trigger);
        if (!lang.equals("en") || t.head() < 0) {
            return false;
        }
        Token head = doc.token(t.head());
        String rel = t.baseRel();
        if (head.isVerb() && (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl") || rel.equals("obj") && t.isVerb())) {
            return considering(head); // a gerund may be parsed as the object: "considering sending aid"
        }
        if (head.isVerb() && rel.equals("advcl") && t.isVerb() && considering(head)) {
            // "considering giving money to …" parsed as an adverbial gerund, and the option's purpose ("considering
            // sending aid … to help victims"): neither is done yet. Not a clause with another conjunction ("after").
            int mark = doc.child(trigger, "mark");
            return mark < 0 ? t.text().toLowerCase(Locale.ROOT).endsWith("ing") : lower(doc.token(mark).text()).equals("to");
        }
        return head.isNoun() && OPTION_NOUNS_EN.contains(lower(head.lemma())) && (rel.equals("acl") || rel.equals("nmod"))
                && head.baseRel().equals("obj") && considering(doc.token(head.head()));
    }

    private static boolean considering(Token verb) {
        return verb.isVerb() && CONSIDERING_EN.contains(lower(verb.lemma()));
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /**
     * An English act that someone urges, calls for or asks of another ("urged Russia to accept a ceasefire", "called for
     * the Taliban to lift the travel ban", "urge Afghanistan to hold … and cooperate"), or is only inclined or reluctant
     * to do ("inclined to support the deal", "its reluctance to endorse"): not done, so hypothetical. Climbs
     * coordinations, nested infinitives and by-clauses ("to reciprocate by agreeing") up to the urging word.
     */
    private boolean urged(int trigger) {
        if (!lang.equals("en")) {
            return false;
        }
        int t = trigger;
        for (int guard = 0; guard < 5; guard++) {
            Token tt = doc.token(t);
            if (tt.head() < 0) {
                return false;
            }
            Token head = doc.token(tt.head());
            String rel = tt.baseRel();
            // an explicit "to": "a militia called the anti-Balaka fought back" is no call
            boolean infinitive = Syntax.hasMark(doc, t, "to");
            if (infinitive && (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("advcl") || rel.equals("acl"))
                    && URGING_EN.contains(lower(head.lemma()))) {
                return true;
            }
            if (!(rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl") && Syntax.hasMark(doc, t, "by"))) {
                return false;
            }
            t = tt.head();
        }
        return false;
    }

    /**
     * An English event noun that is what an urging verb asks for ("called for Zamora's immediate release", "push for
     * Lai's release", "appealed for a ceasefire"): not done, so hypothetical.
     */
    private boolean requestedNoun(Token n) {
        if (!lang.equals("en") || !n.isNoun() || n.head() < 0 || !n.baseRel().equals("obl")
                || !"for".equals(Syntax.caseOf(doc, n.index()))) {
            return false;
        }
        Token head = doc.token(n.head());
        return head.isVerb() && URGING_EN.contains(lower(head.lemma()));
    }

    /** Words whose infinitive is wanted, not done: urging verbs and nouns, inclination and reluctance. */
    private static final Set<String> URGING_EN = Set.of("urge", "call", "ask", "press", "appeal", "request", "demand",
            "encourage", "implore", "beg", "exhort", "pressure", "push", "want", "inclined", "reluctant", "reluctance",
            "willing", "willingness", "ready", "readiness", "unwilling", "plea");

    private boolean hypothetical(int trigger) {
        Set<String> cond = lang.equals("de") ? COND_DE : COND_EN;
        int t = trigger;
        for (int guard = 0; t >= 0 && guard < 50; guard++) {
            for (int c : doc.children(t)) {
                Token ct = doc.token(c);
                if ((ct.deprel().equals("mark") || ct.baseRel().equals("aux")) && cond.contains(ct.text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            if (doc.token(t).baseRel().equals("advcl") || doc.token(t).deprel().equals("root")) {
                break;
            }
            t = doc.token(t).head();
        }
        return false;
    }

    /**
     * A German event someone fears or warns of ("befürchtet einen Anschlag", "warnte vor Anschlägen", "aus Angst vor
     * einem Übergriff", "befürchten, dass die Rebellen angreifen"): the guidelines flag what is feared as hypothetical.
     */
    private boolean feared(Token t) {
        if (!lang.equals("de") || t.head() < 0) {
            return false;
        }
        Token head = doc.token(t.head());
        if (t.isNoun() && "vor".equals(Syntax.caseOf(doc, t.index()))) {
            // not the passive "Serbien war vor dem Angriff nicht gewarnt worden": forewarned of what then happened
            return head.isVerb() && FEARING_DE.contains(lower(head.lemma())) && !Syntax.isPassive(doc, head.index())
                    || head.isNoun() && FEAR_NOUNS_DE.contains(lower(head.text()));
        }
        if (t.isNoun() && t.baseRel().equals("obj")) {
            return head.isVerb() && FEARING_DE.contains(lower(head.lemma()));
        }
        if (t.isNoun() && !(t.baseRel().equals("nsubj") || t.deprel().equals("nsubj:pass"))) {
            return false; // "befürchtet, dass nach dem Anschlag weitere folgen": the attack happened
        }
        Token clause = doc.token(clauseHead(t.index()));
        return clause.deprel().equals("ccomp") && clause.head() >= 0 && doc.token(clause.head()).isVerb()
                && FEARING_CLAUSE_DE.contains(lower(doc.token(clause.head()).lemma()));
    }

    private static final Set<String> FEARING_DE = Set.of("befürchten", "fürchten", "warnen");
    /** "warnte, dass die Angriffe zugenommen hätten" may report a fact; a fear's clause does not. */
    private static final Set<String> FEARING_CLAUSE_DE = Set.of("befürchten", "fürchten");
    private static final Set<String> FEAR_NOUNS_DE = Set.of("angst", "furcht", "sorge", "sorgen", "warnung", "warnungen");

    /** The trigger, its governing verbs up the xcomp/aux chain ("stationieren zu wollen"). */
    private List<Integer> headAndAux(int trigger) {
        List<Integer> out = new ArrayList<>();
        int t = trigger;
        for (int guard = 0; t >= 0 && guard < 4; guard++) {
            out.add(t);
            Token tt = doc.token(t);
            if (!(tt.baseRel().equals("xcomp") || tt.deprel().equals("obj") && tt.isNoun())) {
                break;
            }
            t = tt.head();
        }
        return out;
    }

    private EventRecord.EventDate date(int trigger, int clause, Sentence s) {
        int[] range = doc.subtreeRange(clause);
        int from = doc.token(range[0]).start();
        int to = doc.token(range[1]).end();
        TimeExpression best = null;
        int inSentence = 0;
        TimeExpression only = null;
        for (TimeExpression t : times) {
            if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
                continue;
            }
            if (t.start() >= s.start() && t.end() <= s.end()) {
                inSentence++;
                only = t;
                if (t.start() >= from && t.end() <= to) {
                    best = t;
                }
            }
        }
        if (best == null && inSentence == 1) {
            best = only;
        }
        if (best == null) {
            return new EventRecord.EventDate(null, null, false, null);
        }
        return new EventRecord.EventDate(best.value(), best.granularity() == null ? null : best.granularity().label(),
                best.resolved(), best.text());
    }

    private boolean historical(EventRecord.EventDate date) {
        if (date.value() == null || pub == null || date.value().length() < 4) {
            return false;
        }
        try {
            int year = Integer.parseInt(date.value().substring(0, 4));
            return year < pub.year() - 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private EventRecord.Location location(int trigger, int clause) {
        EventRecord.Location l = location(trigger, clause, true);
        if (l == null && lang.equals("de") && !aboutNoun(trigger) && surfaceLocated()) {
            l = surfacePlace(trigger); // only for the event itself, not for the verbs and clauses it borrows from
        }
        return l;
    }

    /**
     * Whether the event may take a place phrase the parse hung elsewhere ({@link #surfacePlace}): a material event or
     * a meeting or visit, whose place is where it happens; not another verbal event ("sich auf Fangquoten für Fischarten
     * im Atlantik und in der Nordsee geeinigt", "unterstützt vom Betreiber Kinder in Wien").
     */
    private boolean surfaceLocated() {
        return locating != null && (locating.type().quadClass() == 2 || locating.type().quadClass() == 4
                || locating.type().name().equals("CONSULT"));
    }

    /**
     * {@code simultaneous}: whether a temporal als-clause may lend its place. The lent place is looked up with
     * false, and the flag passes down every recursive lookup, so an als-clause that is also a conjunct of its main
     * clause cannot send the lookup back and forth.
     */
    private EventRecord.Location location(int trigger, int clause, boolean simultaneous) {
        List<Integer> heads = List.of(trigger, clause, doc.token(trigger).head());
        boolean about = aboutNoun(trigger);
        for (int h : heads) {
            if (h < 0 || about && h != trigger) {
                continue; // "protestierten in Tikrit gegen den Prozess": the trial was not in Tikrit
            }
            for (int c : doc.children(h)) {
                Token ct = doc.token(c);
                if (!(ct.baseRel().equals("obl") || ct.baseRel().equals("nmod") || ct.baseRel().equals("advmod"))) {
                    continue;
                }
                if ((h == trigger || carrierOf(trigger) == h) && ct.baseRel().equals("advmod") && ct.text().equals("Dort")
                        && lang.equals("de")
                        && Syntax.caseOf(doc, c) == null && !(c + 1 < doc.tokens().size()
                            && DIRECTION_PARTICLES.contains(doc.token(c + 1).text()))) { // not "von dort aus" (origin)
                    EventRecord.Location there = there(c);
                    if (there != null) {
                        return there;
                    }
                }
                String p = Syntax.caseOf(doc, c);
                if (lang.equals("de") && ct.baseRel().equals("obl") && notTime(c) < 0) {
                    // "gegen 13.50 Uhr Ortszeit in Palmanova", "am Montag in Kabul": the parser hangs the place on the time
                    int nested = placeToken(c, 2);
                    String nestedCase = nested >= 0 ? Syntax.caseOf(doc, nested) : null;
                    if (nested >= 0 && nested > c && nestedCase != null && PLACE_PREPS.contains(nestedCase)) {
                        Span sp = nameSpan(nested);
                        return placed(null, sp.text(), sp, nested);
                    }
                }
                if ("gegen".equals(p) && lang.equals("de")) {
                    // "Luftangriffe gegen Bengasi (fliegen)": a town attacked is where it happens; a country
                    // attacked ("Operationen gegen Libyen") stays the target
                    ActorIndex.Ref ref = actors.at(c);
                    if (ref != null ? ref.type().equals("LOCATION") : Syntax.isPlace(ct) && places.resolve(ct.text(), lang, null,
                            articleCountries()).filter(pl -> !pl.isCountry()).isPresent()) {
                        Span sp = ref != null ? ref.mention() : nameSpan(c);
                        return placed(ref != null ? ref.actor() : null, ref != null ? actors.name(ref.actor()) : sp.text(), sp, c);
                    }
                    continue;
                }
                if (h == trigger && "von".equals(p) && ct.baseRel().equals("nmod") && !doc.token(trigger).isVerb()) {
                    // "die Belagerung von Sarajevo": a named place as the event noun's von-genitive
                    ActorIndex.Ref ref = actors.at(c);
                    if (ref != null && ref.type().equals("LOCATION")) {
                        return placed(ref.actor(), actors.name(ref.actor()), ref.mention(), c);
                    }
                    if (ref == null && Syntax.isPlace(ct)) { // a place name the actor registry does not hold
                        Span sp = nameSpan(c);
                        return placed(null, sp.text(), sp, c);
                    }
                    if (lang.equals("de") && namedAfterPlace(trigger, c)) {
                        Span sp = nameWithFlats(c);
                        return placed(null, sp.text(), sp, c);
                    }
                }
                if (ct.baseRel().equals("advmod") && COMPASS_DE.contains(ct.text().toLowerCase(Locale.ROOT))) {
                    // "Südlich von Kairo", "60 Kilometer nördlich von Erigabo"
                    for (int cc : doc.children(c)) {
                        int place = doc.token(cc).baseRel().equals("nmod") ? placeToken(cc, 1) : -1;
                        if (place >= 0) {
                            Span sp = nameSpan(place);
                            return placed(null, sp.text(), sp, place);
                        }
                    }
                    continue;
                }
                if (p != null && !PLACE_PREPS.contains(p) && NESTED_PLACE_PREPS.contains(p)) {
                    int nested = Syntax.isPlace(ct) ? -1 : placeToken(c, 2);
                    if (nested >= 0) {
                        Span sp = nameSpan(nested);
                        return placed(null, sp.text(), sp, nested);
                    }
                }
                boolean withdrawnFrom = "aus".equals(p) && h == trigger && lang.equals("de") && withdrawal(trigger);
                if (p == null || !PLACE_PREPS.contains(p) && !withdrawnFrom) {
                    continue;
                }
                EventRecord.Location named = phrasePlace(c);
                if (named == null && "bei".equals(p) && lang.equals("de") && doc.token(trigger).isVerb() && eventNoun(ct)) {
                    named = inPlaceBelow(c); // "Bei einem Selbstmordattentat auf zwei Hotels in Jakarta wurden … getötet"
                    if (named == null) {
                        named = happenedPlace(c); // "bei einem Angriff auf X, welcher sich in Y zugetragen hat, … getötet"
                    }
                }
                if (named != null) {
                    return named;
                }
            }
        }
        if (lang.equals("de") && withdrawal(trigger)) {
            int obj = doc.child(trigger, "obj"); // "Truppen aus Afghanistan abziehen", parsed as the troops' origin
            for (int c : obj >= 0 ? doc.children(obj) : new int[0]) {
                EventRecord.Location from = "aus".equals(Syntax.caseOf(doc, c)) ? phrasePlace(c) : null;
                if (from != null) {
                    return from;
                }
            }
        }
        Token tt = doc.token(trigger);
        EventRecord.Location l = patientPlace(trigger);
        if (l == null && lang.equals("de") && locatingStatement()) {
            // "forderten die Machthaber in China auf", "die Korruption in der Provinz Sa'da angeprangert": what an
            // accusation, demand or rejection is about lies elsewhere; who speaks is where the subject's own place
            // phrase says ("Die Opposition in Griechenland warf Tsipras vor")
            l = subjectPlace(trigger);
        } else if (l == null) {
            l = argumentPlace(trigger);
        }
        if (l == null && !tt.isVerb() && lang.equals("de")) {
            l = modifierPlace(trigger, 2); // "die Tötungen am 11. Juli in Srebrenica": the place hangs below the date
        }
        if (l == null && tt.isVerb() && tt.deprel().startsWith("acl")) {
            int antecedent = relativeAntecedent(trigger);
            if (antecedent >= 0) {
                l = modifierPlace(antecedent, 1); // "gegen Demonstranten in Teheran vor, die … demonstrierten"
            }
        }
        if (l == null && tt.isVerb() && tt.deprel().equals("conj") && tt.head() >= 0 && doc.token(tt.head()).isVerb()) {
            l = argumentPlace(tt.head()); // "Mitglieder einer Gruppe in Michigan sind festgenommen und angeklagt worden"
            if (l == null && lang.equals("de")) {
                l = location(tt.head(), tt.head(), simultaneous); // "im Nationalpark … um sich geschossen und … erschossen"
            }
        }
        if (l == null && !tt.isVerb() && lang.equals("de")) {
            l = conjunctPlace(trigger); // "nach einer Besetzung und Geiselnahme in der US-Botschaft"
        }
        if (l == null && !tt.isVerb() && lang.equals("de")) {
            l = happenedPlace(trigger); // "Kriegsverbrechen vorgeworfen, die er in der Zentralafrikanischen Republik begangen"
        }
        if (l == null && lang.equals("de")) {
            l = reachedPlace(trigger); // "zur Vernehmung nach Bangkok gebracht", "nach Sobibór deportiert und ermordet"
        }
        if (l == null && !doc.token(trigger).isVerb() && !about) {
            int verb = verbAncestor(trigger);
            if (verb >= 0 && verb != clause) {
                l = location(verb, verb, simultaneous); // "Bei Kämpfen … wurden in Kairo … erschossen"
            }
        }
        int verb = tt.isVerb() ? trigger : clause;
        if (l == null && lang.equals("de") && !doc.token(verb).deprel().equals("root")) {
            l = relativePlace(verb); // "zum Gefängnis Okrestino, in dem Oppositionsanhänger inhaftiert sind"
        }
        if (l == null && lang.equals("de") && !tt.isVerb()) {
            l = nounInRelativePlace(trigger, verb); // "Medien in Afrika, wo die Quote der Festnahme … hoch ist"
        }
        if (l == null && simultaneous && lang.equals("de")) {
            l = simultaneousPlace(trigger, clause);
        }
        if (l == null && lang.equals("de") && !about) {
            l = courtPlace(trigger, clause);
        }
        return l != null ? l : commonNounPlace(about ? List.of(trigger) : heads);
    }

    /**
     * The last resort for a parse that hung the event's place phrase on another word ("Bei einem Selbstmordattentat auf
     * zwei Luxushotels in Jakarta wurden sieben Menschen getötet" with "machte … reden" as the attack's verb; "Anschläge
     * in Nairobi und Mombasa geplant", with the attacks as a conjunct of "sein"): the first "in"-phrase (not "in die",
     * "in das": a direction) with a place name in the trigger's stretch of the sentence between punctuation marks. An
     * event noun takes only the phrase right after it. Not a phrase below another event noun, which is that event's
     * place ("nach dem Anschlag in Kabul"; a bei-phrase's event is the verb's scene), nor below a phrase the event is
     * about ("sprach sich für … Hilfeleistungen für die Opfer der Flut in Myanmar aus"). Not for verbal conflicts, whose
     * objects' places are not their own.
     */
    private EventRecord.Location surfacePlace(int trigger) {
        Token tt = doc.token(trigger);
        int sentence = tt.sentence();
        int lo = trigger;
        int hi = trigger;
        while (lo - 1 >= 0 && doc.token(lo - 1).sentence() == sentence && !STRETCH_ENDS.contains(doc.token(lo - 1).text())) {
            lo--;
        }
        while (hi + 1 < doc.tokens().size() && doc.token(hi + 1).sentence() == sentence
                && !STRETCH_ENDS.contains(doc.token(hi + 1).text()) && !verbConjunction(hi + 1)) {
            hi++; // "war 1938 deportiert worden und verstarb 1941 in Dachau": the next clause's place
        }
        int next = trigger + 1;
        while (next <= hi && doc.token(next).pos().equals("AUX")) {
            next++;
        }
        if (tt.isVerb() && next <= hi && doc.token(next).pos().equals("CCONJ")) {
            hi = trigger; // "will … die Vertretung im Hauptquartier wieder öffnen sowie das Büro in Moskau": after the
                          // clause-final verb, a coordinated phrase of its own
        }
        for (int i = tt.isVerb() ? lo : trigger + 1; i <= (tt.isVerb() ? hi : Math.min(hi, trigger + 1)); i++) {
            Token it = doc.token(i);
            if (!it.text().equalsIgnoreCase("in") || !it.deprel().equals("case") || i + 1 <= hi
                    && (doc.token(i + 1).text().equals("die") || doc.token(i + 1).text().equals("das"))) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(hi, i + 3); j++) {
                Token jt = doc.token(j);
                ActorIndex.Ref ref = actors.at(j);
                // a hyphenated name the actor registry does not hold must be in the gazetteer (not "in den
                // Petrobras-Korruptionsskandal", tagged as a place)
                boolean place = placeRef(ref) && !insideName(j) || ref == null && Syntax.isPlace(jt)
                        && (!nameSpan(j).text().contains("-")
                            || places.resolve(nameSpan(j).text(), lang, null, articleCountries()).isPresent());
                if (place && !elsewhere(j, trigger)) {
                    Span sp = ref != null ? ref.mention() : nameSpan(j);
                    return placed(ref != null ? ref.actor() : null, ref != null ? actors.name(ref.actor()) : sp.text(), sp, j);
                }
                if (place || !(jt.pos().equals("DET") || jt.pos().equals("ADJ"))) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Whether a place token hangs, before any verb, below another event noun than {@code trigger} (unless in a
     * bei-phrase: "Bei einem Anschlag auf … in Jakarta wurden … getötet") or below a phrase with a preposition of
     * another event or of what an event is about ("nach", "wegen", "für", "gegen" …).
     */
    private boolean elsewhere(int place, int trigger) {
        int t = doc.token(place).head();
        for (int guard = 0; t >= 0 && t != trigger && guard < 8; guard++) {
            Token n = doc.token(t);
            if (n.isVerb()) {
                return n.deprel().equals("amod"); // "Der in Brüssel geborene Hauptverdächtige wird gesucht"
            }
            String p = String.valueOf(Syntax.caseOf(doc, t)).toLowerCase(Locale.ROOT);
            if ((ABOUT_PREPS_DE.contains(p) || OTHER_EVENT_PREPS.contains(p)) && notTime(t) >= 0 // not "gegen 9.30 Uhr"
                    || n.pos().equals("ADJ") && n.deprel().equals("amod") // "Der in Brüssel geborene Hauptverdächtige"
                    || n.isNoun() && eventNoun(n) && !p.equals("bei")) {
                return true;
            }
            t = n.head();
        }
        return false;
    }

    /** Whether the token is a coordinating conjunction of a verb (the start of a coordinated clause). */
    private boolean verbConjunction(int token) {
        Token t = doc.token(token);
        return t.deprel().equals("cc") && t.head() >= 0 && doc.token(t.head()).isVerb();
    }

    /** Marks that end the stretch of a sentence {@link #surfacePlace} searches. */
    private static final Set<String> STRETCH_ENDS = Set.of(",", ";", ":", "(", ")", "–", "—", "„", "“", "\"", "»", "«");

    /**
     * The town of the court that judges or tries ("urteilte ein Londoner Gericht", "wurde von einem Wiener Gericht
     * verurteilt", "sich vor der Schwurgerichtskammer des Landgerichts München II verantworten", "forderte am Bozner
     * Landesgericht drei Jahre Haft"): a town adjective on the court, or a town name in its own name; the court is the
     * event's subject, agent or place phrase. A last resort
     * after every place phrase; a court without a town ("der Oberste Gerichtshof") gives none.
     */
    private EventRecord.Location courtPlace(int trigger, int clause) {
        for (int h : List.of(trigger, clause)) {
            for (int c : doc.children(h)) {
                Token ct = doc.token(c);
                String p = Syntax.caseOf(doc, c);
                boolean role = ct.baseRel().equals("nsubj") || ct.deprel().equals("obl:agent")
                        || ct.baseRel().equals("obl") && p != null && PLACE_PREPS.contains(p); // "am Bozner Landesgericht"
                // the tagger may read "Bozner Landesgericht" as a name: the adjective heads it, the court is flat below
                List<Integer> words = new ArrayList<>(List.of(c));
                words.addAll(doc.childrenWith(c, "flat"));
                if (!role || !ct.isNoun() || words.stream().map(w -> lower(doc.token(w).text()))
                        .noneMatch(w -> w.contains("gericht") || w.contains("tribunal"))) {
                    continue;
                }
                words.addAll(doc.childrenWith(c, "amod"));
                for (int m : words) {
                    Token mt = doc.token(m);
                    Optional<Place> town = places.townOfAdjective(mt.text());
                    if (town.isPresent()) {
                        return located(null, town.get().name(), doc.tokenSpan(m), town.get());
                    }
                }
                int seat = courtSeat(c, 3);
                if (seat >= 0) {
                    return placed(null, doc.token(seat).text(), doc.tokenSpan(seat), seat);
                }
            }
        }
        return null;
    }

    /** A town name in a court's own name ("des Landgerichts München II"), down to {@code depth} levels. */
    private int courtSeat(int noun, int depth) {
        for (int c : doc.children(noun)) {
            Token ct = doc.token(c);
            if (!(ct.baseRel().equals("nmod") || ct.deprel().equals("appos") || ct.deprel().equals("flat"))) {
                continue;
            }
            if (ct.pos().equals("PROPN") && places.resolve(ct.text(), lang, null, articleCountries())
                    .filter(Place::isTown).isPresent()) {
                return c;
            }
            int deeper = depth > 1 ? courtSeat(c, depth - 1) : -1;
            if (deeper >= 0) {
                return deeper;
            }
        }
        return -1;
    }

    private static final Set<String> RELATIVE_PLACE_DE = Set.of("dem", "der", "denen", "welchem", "welcher", "welchen");

    /**
     * The place a relative clause's "in dem"/"in denen"/"wo" refers to: the place named right before the comma that
     * opens the clause ("in den Südprovinzen Thailands ab, in denen … Unruhen verursacht wurden"). The relative
     * word must hang (at most two steps) on the event verb of that clause; a non-place antecedent gives nothing
     * ("die Partei, in der er aktiv war").
     */
    private EventRecord.Location relativePlace(int verb) {
        int sentence = doc.token(verb).sentence();
        for (int i = verb - 1; i > 0 && doc.token(i).sentence() == sentence; i--) {
            Token t = doc.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean wo = w.equals("wo") && doc.token(i - 1).text().equals(",");
            // not a fused article: ", im Norden wurden …" is split into "in dem" with one offset
            boolean prepRel = i + 1 < verb && i >= 2 && doc.token(i - 1).text().equals(",")
                    && PLACE_PREPS.contains(w) && RELATIVE_PLACE_DE.contains(doc.token(i + 1).text().toLowerCase(Locale.ROOT))
                    && doc.token(i + 1).start() != t.start();
            if (!(wo ? below(i, verb, 1) : prepRel && below(i + 1, verb, 2))) {
                continue;
            }
            int a = i - 2;
            while (a >= 0 && doc.token(a).sentence() == sentence && (doc.token(a).pos().equals("PUNCT")
                    || doc.token(a).deprel().equals("compound:prt") || doc.token(a).pos().equals("ADP"))) {
                a--; // "… Thailands ab, in denen": the particle of the main verb (no noun phrase ends in a preposition)
            }
            if (a < 0 || doc.token(a).sentence() != sentence) {
                return null;
            }
            ActorIndex.Ref ref = actors.at(a);
            if (placeRef(ref)) {
                return placed(ref.actor(), actors.name(ref.actor()), ref.mention(), a);
            }
            Token at = doc.token(a);
            if (ref == null && Syntax.isPlace(at)) {
                Span sp = nameSpan(a);
                return placed(null, sp.text(), sp, a);
            }
            if (ref == null && at.pos().equals("NOUN") && placeNoun(at.text())) {
                return new EventRecord.Location(null, at.text(), null, at.start(), at.end(), at.text(), null, null, null);
            }
            return null;
        }
        return null;
    }

    /**
     * The place of a relative clause ("wo", "in dem") whose predicate an event noun hangs below, at most two steps
     * up through nominal modifiers, subjects and objects ("in Afrika, wo die Quote der Festnahme von Journalisten
     * besonders hoch ist"): see {@link #relativePlace}; {@code clause} is the noun's head, already tried.
     */
    private EventRecord.Location nounInRelativePlace(int noun, int clause) {
        int pred = doc.token(noun).head();
        for (int k = 0; k < 2 && pred >= 0 && !doc.token(pred).deprel().startsWith("acl"); k++) {
            Token pt = doc.token(pred);
            pred = pt.baseRel().equals("nmod") || pt.baseRel().equals("nsubj") || pt.baseRel().equals("obj") ? pt.head() : -1;
        }
        return pred >= 0 && pred != clause && doc.token(pred).deprel().startsWith("acl") ? relativePlace(pred) : null;
    }

    /** Whether {@code token} hangs on {@code ancestor} within {@code steps} head steps. */
    private boolean below(int token, int ancestor, int steps) {
        int t = token;
        for (int k = 0; k < steps && t >= 0; k++) {
            t = doc.token(t).head();
            if (t == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A temporal "als"-clause happens where its main clause does, and the other way round ("Die Unruhen im Stadtteil
     * Mokattam waren ausgebrochen, als … protestierten"; "Zur Explosion kam es, als der Bus … an der Kreuzung … hielt").
     * The clause is found on the surface (", als … verb"), since the parser often makes "als" a preposition. Not other
     * subordinate clauses ("nachdem", "weil"): those may lie elsewhere.
     */
    private EventRecord.Location simultaneousPlace(int trigger, int clause) {
        int verb = doc.token(trigger).isVerb() ? trigger : clause;
        Token v = doc.token(verb);
        if (alsAt(verb) >= 0 && v.head() >= 0 && doc.token(v.head()).isVerb()) {
            return location(v.head(), v.head(), false);
        }
        for (int c : doc.children(verb)) {
            int als = doc.token(c).isVerb() && c > verb ? alsAt(c) : -1;
            if (als < 0) {
                continue;
            }
            EventRecord.Location l = location(c, c, false);
            for (int t = als + 1; l == null && t < c; t++) {
                String p = Syntax.caseOf(doc, t);
                l = p != null && PLACE_PREPS.contains(p) ? phrasePlace(t) : null; // the parse left the clause flat
            }
            return l;
        }
        return null;
    }

    /** The "als" that opens the (verb-final) subordinate clause ending in {@code verb}, or -1. */
    private int alsAt(int verb) {
        int sentence = doc.token(verb).sentence();
        for (int t = verb - 1; t >= 0 && doc.token(t).sentence() == sentence; t--) {
            Token tk = doc.token(t);
            if (tk.text().equals(",")) {
                return -1;
            }
            if (tk.text().equalsIgnoreCase("als")
                    && (t == 0 || doc.token(t - 1).sentence() != sentence || doc.token(t - 1).text().equals(","))) {
                return t;
            }
        }
        return -1;
    }

    /** A noun the German lexicon codes as an event, whole or by its compound head ("Selbstmordattentat"). */
    private boolean eventNoun(Token n) {
        for (String key : nounKeys(n.text())) {
            if (!lexicon.noun(key, lang).isEmpty() || !compoundHead(key, lang).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place an event noun's own in-phrase names, on it or on its noun dependent ("bei einem Anschlag auf zwei
     * Hotels in Jakarta"): where a verb reports the victims of that event, it happened there.
     */
    private EventRecord.Location inPlaceBelow(int noun) {
        for (int c : doc.children(noun)) {
            if (!doc.token(c).baseRel().equals("nmod")) {
                continue;
            }
            EventRecord.Location l = "in".equals(Syntax.caseOf(doc, c)) ? phrasePlace(c) : null;
            for (int cc : l == null ? doc.children(c) : new int[0]) {
                if (l == null && doc.token(cc).baseRel().equals("nmod") && "in".equals(Syntax.caseOf(doc, cc))) {
                    l = phrasePlace(cc);
                }
            }
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    /**
     * The place of a relative clause that says where the event noun's event happened ("Kriegsverbrechen …, die er in
     * der Zentralafrikanischen Republik begangen haben soll"; "bei einem Angriff auf einen Stützpunkt, welcher sich in
     * der Provinz Helmand zugetragen hat"). The parser hangs the clause on the noun, on a noun below it or on the
     * verb the noun is subject or object of; the clause needs a relative pronoun and a verb of happening or
     * committing, so "Anschläge, die er in Berlin verurteilte" gets none.
     */
    private EventRecord.Location happenedPlace(int noun) {
        Token n = doc.token(noun);
        List<Integer> hosts = new ArrayList<>(List.of(noun));
        for (int c : doc.children(noun)) {
            if (doc.token(c).baseRel().equals("nmod")) {
                hosts.add(c);
            }
        }
        if ((n.baseRel().equals("nsubj") || n.baseRel().equals("obj")) && n.head() >= 0) {
            hosts.add(n.head());
        }
        for (int h : hosts) {
            for (int c : doc.children(h)) {
                Token ct = doc.token(c);
                if (c < noun || !ct.baseRel().equals("acl") || !HAPPENED_DE.contains(lower(ct.lemma())) || !relativeClause(c)) {
                    continue;
                }
                for (int cc : doc.children(c)) {
                    String p = Syntax.caseOf(doc, cc);
                    EventRecord.Location l = doc.token(cc).baseRel().equals("obl") && p != null && PLACE_PREPS.contains(p)
                            ? phrasePlace(cc) : null;
                    if (l != null) {
                        return l;
                    }
                }
                return commonNounPlace(List.of(c));
            }
        }
        return null;
    }

    /** Verbs that say where an event took place or was committed: see {@link #happenedPlace}. */
    private static final Set<String> HAPPENED_DE = Set.of("stattfinden", "zutragen", "ereignen", "geschehen",
            "passieren", "begehen", "verüben", "abspielen", "auftreten", "ausbrechen");

    /** Whether a clause's subject or object is a relative pronoun ("die", "welcher"). */
    private boolean relativeClause(int verb) {
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if ((ct.baseRel().equals("nsubj") || ct.baseRel().equals("obj")) && c < verb
                    && (ct.pos().equals("PRON") || ct.pos().equals("DET"))
                    && Syntax.RELATIVE_PRONOUNS_DE.contains(ct.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a person or group is brought, when the event happens on arrival: an event noun that is the purpose of the
     * bringing ("zur Vernehmung nach Bangkok gebracht", "zu Gesprächen nach Moskau gereist"), or a verb coordinated
     * after a verb of transport ("nach Sobibór deportiert und … ermordet"). The place is the "nach"-phrase of that verb.
     * Not a verb after any movement ("floh nach Frankreich und wurde … verurteilt").
     */
    private EventRecord.Location reachedPlace(int trigger) {
        Token t = doc.token(trigger);
        int verb = t.head();
        if (verb < 0 || !doc.token(verb).isVerb()) {
            return null;
        }
        boolean purpose = !t.isVerb() && t.baseRel().equals("obl") && ZU.contains(String.valueOf(Syntax.caseOf(doc, trigger)));
        boolean after = t.isVerb() && t.deprel().equals("conj") && trigger > verb
                && TRANSPORT_DE.contains(lower(doc.token(verb).lemma()));
        if (!purpose && !after) {
            return null;
        }
        for (int c : doc.children(verb)) {
            if (doc.token(c).baseRel().equals("obl") && "nach".equals(Syntax.caseOf(doc, c))) {
                EventRecord.Location l = phrasePlace(c);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }

    /** Verbs that take persons somewhere: see {@link #reachedPlace}. */
    private static final Set<String> TRANSPORT_DE = Set.of("bringen", "deportieren", "verschleppen", "überstellen",
            "ausliefern", "abschieben", "überführen", "verlegen", "transportieren", "entführen", "ausfliegen");

    /** "Truppen aus Afghanistan abziehen", "der Abzug aus dem Irak": a withdrawal happens where it leaves. */
    private boolean withdrawal(int trigger) {
        Token t = doc.token(trigger);
        String lemma = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
        return WITHDRAWAL_DE.contains(lemma) || lemma.endsWith("abzug");
    }

    private static final Set<String> WITHDRAWAL_DE = Set.of("abziehen", "zurückziehen", "abzug", "rückzug");

    /**
     * A named place that an attack, search or closure is done to ("die Nuklearanlage Sellafield wurde abgeriegelt",
     * "hat das Armenviertel Vila Cruzeiro gestürmt"): its object or passive subject, or a subject that is a place
     * (the parser swaps subject and object when both are neuter or feminine). Places are no actors: not the target.
     */
    private EventRecord.Location patientPlace(int trigger) {
        Token t = doc.token(trigger);
        if (!lang.equals("de") || !t.isVerb()) {
            return null;
        }
        for (int c : doc.children(trigger)) {
            String rel = doc.token(c).deprel();
            if (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("nsubj")) {
                Span place = placeArgument(c);
                if (place != null && (!rel.equals("nsubj") || placeSubject(trigger, c))) {
                    return placed(null, place.text(), place, c);
                }
            }
        }
        int obj = doc.child(trigger, "obj");
        if (obj < 0 && t.deprel().equals("xcomp") && t.head() >= 0 && CARRIERS_DE.contains(lower(doc.token(t.head()).lemma()))) {
            // "ließ das Dorf Dudschail bombardieren", "hatte Misrata … angegriffen" (parsed with "hatte" as the verb):
            // the object of the causative or of the misparsed auxiliary is the participle's
            int carried = doc.child(t.head(), "obj");
            Span place = carried < 0 ? null : placeArgument(carried);
            if (place != null) {
                return placed(null, place.text(), place, carried);
            }
        }
        return null;
    }

    /** Verbs whose object the parser gives them instead of their infinitive or participle ("ließ … bombardieren"). */
    private static final Set<String> CARRIERS_DE = Set.of("lassen", "haben");

    /**
     * "Das Massaker von Srebrenica", "des Massakers von Dudschail": the named-entity tagger marks the whole as one event
     * name (MISC), so the von-name is no place to it; a name after "von" inside the event noun's own name is where
     * the event happened. Not a person or organisation the actor registry holds ("die Morde von Assad").
     */
    private boolean namedAfterPlace(int noun, int von) {
        Token n = doc.token(noun);
        Token v = doc.token(von);
        ActorIndex.Ref ref = actors.at(von);
        // an actor named by the von-name alone (the tagger's whole event name may be one too), unless the
        // gazetteer holds it as a place
        boolean actor = ref != null && !placeRef(ref) && ref.mention().start() >= v.start() && (ref.type().equals("PERSON")
                || places.resolve(v.text(), lang, null, articleCountries()).isEmpty());
        return n.ner().equals("MISC") && v.ner().equals("MISC") && v.pos().equals("PROPN") && !actor
                && von > noun && von - noun <= 3;
    }

    /** The token and the flat names after it ("Den Haag"). */
    private Span nameWithFlats(int token) {
        int last = token;
        for (int c : doc.children(token)) {
            if (doc.token(c).deprel().equals("flat") && c == last + 1) {
                last = c;
            }
        }
        return doc.span(token, last);
    }

    /** Whether the active subject {@code subj} of {@code verb} is a place standing where its actor object should be. */
    private boolean placeSubject(int verb, int subj) {
        if (Syntax.isPassive(doc, verb) || placeArgument(subj) == null) {
            return false;
        }
        int obj = doc.child(verb, "obj");
        ActorIndex.Ref ref = obj < 0 ? null : actors.at(obj);
        return ref != null && !ref.locative() && !ref.type().equals("LOCATION") && !ref.type().equals("COUNTRY");
    }

    /**
     * The name span of an argument that is a place and no actor: a place name ("Sarajevo"), or a noun followed by
     * one ("das Armenviertel Vila Cruzeiro", "die Nuklearanlage Sellafield"); else null. Countries are actors.
     */
    private Span placeArgument(int arg) {
        ActorIndex.Ref ref = actors.at(arg);
        if (ref != null && !ref.type().equals("LOCATION")) {
            return null;
        }
        Token a = doc.token(arg);
        for (int c : doc.children(arg)) {
            Token ct = doc.token(c);
            if (c == arg + 1 && ct.deprel().equals("appos") && Syntax.isPlace(ct)) {
                return nameSpan(c);
            }
        }
        return a.pos().equals("PROPN") && Syntax.isPlace(a) ? nameSpan(arg) : null;
    }

    /**
     * Where persons are deported, forces sent or a protest march goes: the "nach"-phrase ("nach München
     * ausgeliefert", "Truppen nach Mali entsandt"), for marches also "zu" ("ein Protestmarsch zum Hauptquartier").
     * Guidelines: a destination is the location when the act is completed there.
     */
    private EventRecord.Location destination(Trigger tr, int trigger) {
        boolean march = march(tr);
        if (!lang.equals("de") || !("deport".equals(tr.mode()) || tr.type().name().equals("MOBILIZE") || march)) {
            return null;
        }
        for (int c : doc.children(trigger)) {
            String rel = doc.token(c).baseRel();
            String p = Syntax.caseOf(doc, c);
            boolean toward = "nach".equals(p) || march && p != null && (p.equals("zu") || p.equals("zum") || p.equals("zur"));
            EventRecord.Location named = (rel.equals("obl") || march && rel.equals("nmod")) && toward ? phrasePlace(c) : null;
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    /** A protest march ("Protestmarsch", "Demonstrationszug", "marschieren"): it ends at its destination. */
    private static boolean march(Trigger tr) {
        String l = tr.lemma().toLowerCase(Locale.ROOT);
        return tr.type().name().equals("PROTEST") && (l.contains("marsch") || l.endsWith("zug"));
    }

    /** The named place a place phrase gives: an actor that is a place, else a place name within it; or null. */
    private EventRecord.Location phrasePlace(int phrase) {
        ActorIndex.Ref ref = actors.at(phrase);
        if (placeRef(ref)) {
            return placed(ref.actor(), actors.name(ref.actor()), ref.mention(), phrase);
        }
        int place = placeToken(phrase, 2);
        if (place < 0) {
            return null;
        }
        Span sp = nameSpan(place);
        return placed(null, sp.text(), sp, place);
    }

    /**
     * Nouns that name a place without being a name ("Hauptstadt", "Botschaft"), parts of a place ("Zentrum", "Norden")
     * and compounds of them that name none ("Videobotschaft"), each with its kind: see place-nouns-de.tsv.
     */
    private static final Map<String, String> PLACE_NOUNS_DE = TsvResource.read("org/lagebild/events/place-nouns-de.tsv", 2)
            .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r.get(0), r -> r.get(1)));

    /**
     * A German place phrase of the event whose noun names a place but no place name ("in der Belgrader
     * Innenstadt", "auf der Ferieninsel"): the last resort, after every named place.
     */
    private EventRecord.Location commonNounPlace(List<Integer> heads) {
        if (!lang.equals("de")) {
            return null;
        }
        for (int h : heads) {
            if (h < 0) {
                continue;
            }
            for (int c : doc.children(h)) {
                Token ct = doc.token(c);
                String p = Syntax.caseOf(doc, c);
                if (ct.baseRel().equals("obl") || ct.baseRel().equals("nmod")) {
                    if (p != null && PLACE_PREPS.contains(p) && ct.pos().equals("NOUN") && placeNoun(ct.text())) {
                        int first = c;
                        for (int m : doc.children(c)) {
                            if (m < first && doc.token(m).deprel().equals("amod")) {
                                first = m; // "Belgrader Innenstadt"
                            }
                        }
                        int named = townInPlaceNoun(c);
                        if (named >= 0) { // "vor einem Regierungsgebäude in Kupang": the name, not the building
                            return placed(null, doc.token(named).text(), doc.tokenSpan(named), named);
                        }
                        Span bordering = borderedPlace(c);
                        if (bordering == null && !namedCommonPlace(c)) {
                            continue; // "in der Disco", "auf ein improvisiertes Flüchtlingslager": no place name
                        }
                        Span sp = doc.span(first, namedAfter(c));
                        if (bordering != null) {
                            sp = Span.of(doc.text(), sp.start(), bordering.end()); // "an der Grenze zur Ukraine"
                        }
                        return new EventRecord.Location(null, sp.text(), null, sp.start(), sp.end(), sp.text(),
                                null, null, null);
                    }
                }
            }
        }
        return null;
    }


    private static final java.util.regex.Pattern KNOWN_PLACE_DET_DE = java.util.regex.Pattern.compile(
            "der|die|das|dem|den|des|(dies|jen|sein|ihr|unser|eur|dessen|deren).*");

    /**
     * Whether a place noun's phrase names the place (the guidelines' "named facility or district"): a name after it
     * ("im Gefängnis Okrestino"), a town or country adjective or another capitalised adjective before it ("in der
     * Belgrader Innenstadt", "auf afghanischem Gebiet"), a name owning it ("in Spencers Villa") or a compound
     * beginning with a name ("in der US-Botschaft"), or a definite or demonstrative phrase, which refers to a place
     * the text knows ("auf der Ferieninsel", "in dieser Region", "vor dem Gerichtsgebäude"). An indefinite one names
     * none ("auf ein improvisiertes Flüchtlingslager", "in verschiedenen Bahnhöfen", "in einer Diskothek").
     */
    private boolean namedCommonPlace(int noun) {
        Token n = doc.token(noun);
        if (namedAfter(noun) > noun) {
            return true;
        }
        int dash = n.text().indexOf('-');
        if (dash > 0 && Character.isUpperCase(n.text().charAt(0)) && Character.isUpperCase(n.text().charAt(dash - 1))
                || dash > 0 && places.resolve(n.text().substring(0, dash), lang, null, articleCountries()).isPresent()) {
            return true; // "US-Botschaft", "Kabul-Stadion"
        }
        String p = String.valueOf(Syntax.caseOf(doc, noun)).toLowerCase(Locale.ROOT);
        List<Integer> below = new ArrayList<>();
        for (int c : doc.children(noun)) {
            below.add(c);
        }
        for (int c : n.head() >= 0 ? doc.children(n.head()) : new int[0]) {
            if (c <= noun + 4) {
                below.add(c); // the parse often hangs the in-phrase on the verb
            }
        }
        for (int c : below) {
            Token ct = doc.token(c);
            String cp = Syntax.caseOf(doc, c);
            if (c > noun && ct.baseRel().matches("nmod|obl") && cp != null && PLACE_PREPS.contains(cp) && ct.pos().equals("NOUN")
                    && placeNoun(ct.text()) && namedCommonPlace(c)) {
                return true; // "vor einem Regierungsgebäude in der Innenstadt": the building of a known place
            }
        }
        if (Syntax.FUSED_PREPOSITIONS_DE.contains(p)) {
            return true; // "im Gerichtssaal", "am Hauptbahnhof"
        }
        for (int m : doc.children(noun)) {
            Token mt = doc.token(m);
            if (m > noun) {
                continue;
            }
            if (mt.baseRel().equals("det") && KNOWN_PLACE_DET_DE.matcher(mt.text().toLowerCase(Locale.ROOT)).matches()) {
                return true; // "auf der Ferieninsel", "in dieser Region", "in seiner Heimatstadt": a place known to the text
            }
            if (mt.deprel().equals("amod") && (Character.isUpperCase(mt.text().charAt(0))
                    || places.countryOfAdjective(mt.text()).isPresent())) {
                return true;
            }
            if (mt.pos().equals("PROPN") && mt.baseRel().equals("nmod")) {
                return true; // "in Spencers Villa"
            }
        }
        return false;
    }

    /**
     * A one-word place name in the in-phrase of a common-noun place ("vor einem Regierungsgebäude in Kupang"), which
     * the guidelines' place name prefers to the building: a proper noun the gazetteer holds, which the NER tags as a
     * place or leaves untagged and which names no actor other than a place; or -1.
     */
    private int townInPlaceNoun(int noun) {
        for (int c : doc.children(noun)) {
            Token ct = doc.token(c);
            ActorIndex.Ref ref = actors.at(c);
            if (c > noun && ct.baseRel().equals("nmod") && "in".equals(Syntax.caseOf(doc, c)) && ct.pos().equals("PROPN")
                    && (Syntax.isPlace(ct) || ct.ner().equals("O")) && (ref == null || placeRef(ref))
                    && doc.childrenWith(c, "flat").isEmpty()
                    && places.resolve(ct.text(), lang, null, articleCountries()).isPresent()) {
                return c;
            }
        }
        return -1;
    }

    private static final Set<String> ZU = Set.of("zu", "zum", "zur");

    /**
     * The place named by a zu-phrase of a place noun ("Grenze zur Ukraine", "Zufahrt zum Flughafen Kabul"), or null.
     * The span of the location then reads as the text does; no country is set, since a border or an approach
     * lies on either side.
     */
    private Span borderedPlace(int noun) {
        for (int c : doc.children(noun)) {
            if (c > noun && doc.token(c).baseRel().equals("nmod")
                    && ZU.contains(String.valueOf(Syntax.caseOf(doc, c)))) {
                ActorIndex.Ref ref = actors.at(c);
                if (placeRef(ref)) {
                    return ref.mention();
                }
                if (Syntax.isPlace(doc.token(c))) {
                    return nameSpan(c);
                }
            }
        }
        return null;
    }

    /** The trigger of the event whose location {@link #location(int, int)} looks up, while it runs; else null. */
    private Trigger locating;

    /** Whether the location looked up is that of a verbal event (quad classes 1 and 3: an accusation, a demand). */
    private boolean locatingVerbal() {
        return locating != null && (locating.type().quadClass() == 1 || locating.type().quadClass() == 3);
    }

    /**
     * Whether the location looked up is that of a verbal conflict (an accusation, a demand, a rejection, a threat; not
     * an investigation, which happens where its object is), whose objects' places are not its own.
     */
    private boolean locatingStatement() {
        return locating != null && locating.type().quadClass() == 3 && !"investigate".equals(locating.mode());
    }

    /** The place phrase of the event's active subject, one level down ("Der Oberste Gerichtshof in den USA"). */
    private EventRecord.Location subjectPlace(int trigger) {
        for (int c : doc.children(trigger)) {
            if (doc.token(c).deprel().equals("nsubj")) { // not a passive subject: "Die Führung in Kiew wurde kritisiert"
                return modifierPlace(c, 1);
            }
        }
        return null;
    }

    /**
     * A German event noun as an argument or modifier of a verbal event ("verurteilte den Anschlag in Kabul", "die
     * Kritik an den Festnahmen in Minsk"): the place below it is where that other event was, not where it was
     * condemned or criticised. A material event shares the place of the event it acts on ("löste eine Demonstration in
     * Kairo auf").
     */
    private boolean otherEvent(int noun) {
        Token n = doc.token(noun);
        return locatingVerbal() && lang.equals("de") && n.isNoun() && eventNoun(n);
    }

    /** An actor mention used as a place: a place name, or a country or city named where something happens. */
    private static boolean placeRef(ActorIndex.Ref ref) {
        // a demonym names people, not their country: "des Völkermordes an den Armeniern" is no place (session 27)
        return ref != null && !"demonym".equals(ref.kind()) && (ref.locative() || ref.type().equals("LOCATION") || ref.type().equals("COUNTRY"));
    }

    /**
     * The last token of a proper name right after a place noun ("im Gefängnis Okrestino", "zum Polizeihauptquartier
     * Thailands"), so that the location holds the name; else the noun itself.
     */
    private int namedAfter(int noun) {
        int last = noun;
        for (int c : doc.children(noun)) {
            Token ct = doc.token(c);
            boolean name = ct.pos().equals("PROPN") && (ct.deprel().equals("flat") || ct.deprel().equals("appos")
                    || ct.baseRel().equals("nmod") && Syntax.caseOf(doc, c) == null);
            if (c == last + 1 && name) {
                last = c;
                for (int f : doc.children(c)) {
                    if (f == last + 1 && doc.token(f).pos().equals("PROPN")) {
                        last = f; // "Lake District"
                    }
                }
            }
        }
        return last;
    }

    private static boolean placeNoun(String word) {
        return placeKinds(word).contains("place");
    }

    /**
     * Whether a genitive or von-name below the noun may be a place: below a place noun or a part of a place ("im
     * Zentrum Kabuls", "in der Hauptstadt von Mali"), not below any other noun ("bei einem Treffen der Regierung Malis").
     */
    private static boolean placeOrPart(Token noun) {
        Set<String> kinds = placeKinds(noun.text());
        return kinds.contains("place") || kinds.contains("part");
    }

    /** The kinds of place-nouns-de.tsv the word's forms have: for each form, that of the longest noun it ends with. */
    private static Set<String> placeKinds(String word) {
        Set<String> kinds = new HashSet<>();
        for (String key : nounKeys(word.replace("-", ""))) {
            String best = null;
            for (String noun : PLACE_NOUNS_DE.keySet()) {
                if (key.endsWith(noun) && (best == null || noun.length() > best.length())) {
                    best = noun;
                }
            }
            if (best != null) {
                kinds.add(PLACE_NOUNS_DE.get(best));
            }
        }
        return kinds;
    }

    /**
     * The nearest verb above a noun, at most three steps up, or -1; also -1 when the noun is linked
     * to it as an earlier or other event ("Nach dem Anschlag forderte X in Berlin …": Berlin is not
     * where the attack was).
     */
    private int verbAncestor(int token) {
        int t = token;
        for (int guard = 0; t >= 0 && guard < 3; guard++) {
            String p = Syntax.caseOf(doc, t);
            if (p != null && OTHER_EVENT_PREPS.contains(p)) {
                return -1;
            }
            t = doc.token(t).head();
            if (t >= 0 && doc.token(t).isVerb()) {
                return t;
            }
        }
        return -1;
    }

    /**
     * Whether a German event noun is what its verb is about or against rather than an event in the verb's scene
     * ("protestierten in Tikrit gegen den Prozess", "muss sich wegen Mordes vor einem Gericht in Los Angeles
     * verantworten"): the verb's place is not the noun's.
     */
    private boolean aboutNoun(int noun) {
        Token n = doc.token(noun);
        return lang.equals("de") && !n.isVerb() && n.baseRel().equals("obl")
                && ABOUT_PREPS_DE.contains(String.valueOf(Syntax.caseOf(doc, noun)).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ABOUT_PREPS_DE = Set.of("gegen", "wegen", "über", "für");

    private static final Set<String> OTHER_EVENT_PREPS = Set.of("nach", "vor", "seit", "wegen", "trotz", "infolge",
            "after", "before", "since", "despite");

    /**
     * A place the parser attached to the event's subject, object or gegen-target rather than to the event ("Mitglieder
     * einer Gruppe im US-Bundesstaat Michigan sind festgenommen worden"): a place phrase among the
     * nominal modifiers of the argument, down to two levels.
     */
    private EventRecord.Location argumentPlace(int trigger) {
        for (int c : doc.children(trigger)) {
            String rel = doc.token(c).baseRel();
            if (otherEvent(c)) {
                continue; // "verurteilte den Anschlag in Kabul": Kabul is where the attack was, not the condemnation
            }
            // the target of "ging gewaltsam gegen Demonstranten in Teheran vor" counts like an object, and so does
            // the recipient of "stattete den Truppen in Kunduz einen Besuch ab"
            if (rel.equals("nsubj") || rel.equals("obj") || rel.equals("obl") && "gegen".equals(Syntax.caseOf(doc, c))
                    || rel.equals("iobj") || doc.token(c).deprel().equals("obl:arg") && lang.equals("de")
                    // "agreed to a ceasefire in Hodeidah": the event noun the verb agrees to is where it applies
                    || rel.equals("obl") && lang.equals("en") && "to".equals(Syntax.caseOf(doc, c)) && eventNoun(doc.token(c))) {
                EventRecord.Location l = modifierPlace(c, 2);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }

    /**
     * "… an der Kreuzung in Togliatti. Dort seien auch viele Passanten verletzt worden": guidelines: the place
     * "dort" refers to. Only a sentence-initial "Dort" on the trigger itself (or on "es kam zu" carrying it), and only
     * the latest place the sentence before names, else its latest place-noun phrase (a "dort" inside a sentence often
     * points past the places next to it); the location
     * keeps the span of "dort" and the name and coordinates of that place. Null when none is named there.
     */
    private EventRecord.Location there(int dort) {
        int sentence = doc.token(dort).sentence();
        if (dort == 0 || doc.token(dort - 1).sentence() == sentence) {
            return null;
        }
        for (int t = dort - 1; t >= 0 && doc.token(t).sentence() == sentence - 1; t--) {
            ActorIndex.Ref ref = actors.at(t);
            EventRecord.Location l = null;
            if (placeRef(ref)) {
                l = placed(ref.actor(), actors.name(ref.actor()), ref.mention(), t);
            } else if (ref == null && Syntax.isPlace(doc.token(t))) {
                Span sp = nameSpan(t);
                l = placed(null, sp.text(), sp, t);
            }
            if (l != null) {
                Token d = doc.token(dort);
                return new EventRecord.Location(l.actor(), l.name(), l.country(), d.start(), d.end(), d.text(),
                        l.lat(), l.lon(), l.geonamesId());
            }
        }
        // no name: the latest place-noun phrase ("… die Lage am Hauptbahnhof … Dort war es zu einer Schlägerei gekommen")
        for (int t = dort - 1; t >= 0 && doc.token(t).sentence() == sentence - 1; t--) {
            Token pt = doc.token(t);
            if (pt.pos().equals("NOUN") && placeNoun(pt.text()) && actors.at(t) == null && afterPlacePrep(t)) {
                Token d = doc.token(dort);
                return new EventRecord.Location(null, pt.text(), null, d.start(), d.end(), d.text(), null, null, null);
            }
        }
        return null;
    }

    /** The place phrase of a coordinated event noun, which the parser attaches to one conjunct only. */
    private EventRecord.Location conjunctPlace(int noun) {
        Token n = doc.token(noun);
        if (n.deprel().equals("conj") && n.head() >= 0 && doc.token(n.head()).isNoun()) {
            return modifierPlace(n.head(), 1);
        }
        for (int c : doc.children(noun)) {
            if (doc.token(c).deprel().equals("conj") && doc.token(c).isNoun()) {
                EventRecord.Location l = modifierPlace(c, 1);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }

    private EventRecord.Location modifierPlace(int noun, int depth) {
        for (int c : doc.children(noun)) {
            Token ct = doc.token(c);
            if (!ct.baseRel().equals("nmod")) {
                continue;
            }
            String p = Syntax.caseOf(doc, c);
            if (p != null && PLACE_PREPS.contains(p)) {
                ActorIndex.Ref ref = actors.at(c);
                if (ref != null && (ref.locative() || ref.type().equals("LOCATION"))) {
                    return placed(ref.actor(), actors.name(ref.actor()), ref.mention(), c);
                }
                int place = placeToken(c, 2);
                if (place >= 0) {
                    Span sp = nameSpan(place);
                    return placed(null, sp.text(), sp, place);
                }
            }
            EventRecord.Location deeper = depth > 1 && !otherEvent(c) ? modifierPlace(c, depth - 1) : null;
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /**
     * The location with the gazetteer's reading of the mention: its text first ("in Moskau" is
     * Moscow, although the actor is Russia), in the country a modifier names ("im westfranzösischen
     * Brest", "the southern Iraqi city of Basra"), else the country of a country actor.
     */
    private EventRecord.Location placed(String actor, String name, Span mention, int token) {
        Optional<Place> place = places.resolve(mention.text(), lang, statedCountry(token), articleCountries());
        if (place.isEmpty() && actor != null) {
            place = places.country(actor.split("-", 2)[0]);
        }
        return located(actor, name, mention, place.orElse(null));
    }

    /** The location of {@code mention} with the gazetteer entry {@code p}'s country and coordinates, if any. */
    private static EventRecord.Location located(String actor, String name, Span mention, Place p) {
        return new EventRecord.Location(actor, name, p == null ? null : p.country(), mention.start(), mention.end(),
                mention.text(), p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.geonamesId());
    }

    /** The country an adjective on the place or on its head noun names ("westfranzösischen", "Iraqi city of"). */
    private String statedCountry(int token) {
        Token t = doc.token(token);
        List<Integer> nouns = t.head() >= 0 && (t.baseRel().equals("nmod") || t.deprel().equals("appos"))
                ? List.of(token, t.head()) : List.of(token);
        for (int n : nouns) {
            for (int c : doc.children(n)) {
                if (doc.token(c).deprel().equals("amod")) {
                    Optional<String> country = places.countryOfAdjective(doc.token(c).text());
                    if (country.isPresent()) {
                        return country.get();
                    }
                }
            }
        }
        return null;
    }

    /** The countries the article's actors are or belong to, which disambiguate place names. */
    private Set<String> articleCountries() {
        if (articleCountries == null) {
            Set<String> c = new LinkedHashSet<>();
            for (ActorRecord a : actors.records()) {
                if (a.type().equals("COUNTRY") && a.code() != null) {
                    c.add(a.code());
                }
                if (a.country() != null) {
                    c.add(a.country());
                }
            }
            articleCountries = Set.copyOf(c);
        }
        return articleCountries;
    }

    /** The place token with its neighbours of the same NER tag: "New York", "Kodori Gorge". */
    private Span nameSpan(int place) {
        Sentence s = doc.sentenceOf(place);
        String tag = doc.token(place).ner();
        int first = place;
        int last = place;
        List<Token> tokens = doc.tokensOf(s);
        int lo = tokens.get(0).index();
        int hi = tokens.get(tokens.size() - 1).index();
        while (first - 1 >= lo && doc.token(first - 1).ner().equals(tag) && last - first < 5) {
            first--;
        }
        while (last + 1 <= hi && doc.token(last + 1).ner().equals(tag) && last - first < 5) {
            last++;
        }
        return doc.span(first, last);
    }

    /**
     * A place name at {@code token}, or inside a common-noun place phrase ("the town of Sumisip",
     * "southern Kandahar province", "in an ambush in the town of Sumisip"): the token, or a name
     * dependent down to {@code depth} levels, that NER tags as a place.
     */
    private int placeToken(int token, int depth) {
        return placeToken(token, depth, true);
    }

    /**
     * {@code self}: whether the token and its names may be the place, or only an in-phrase below it (below a genitive
     * owner: "nach Angaben von Interpol in Korat", not "der Regierung Malis" with "Malis" in apposition).
     */
    private int placeToken(int token, int depth, boolean self) {
        if (insideName(token)) {
            return -1; // "im Rahmen der Organisation für Sicherheit und Zusammenarbeit in Europa": no place
        }
        if (self && Syntax.isPlace(doc.token(token))) {
            return token;
        }
        if (depth <= 0) {
            return -1;
        }
        for (int c : doc.children(token)) {
            Token ct = doc.token(c);
            String cs = Syntax.caseOf(doc, c);
            boolean nameDep = ct.deprel().equals("compound") || ct.deprel().equals("flat") || ct.deprel().equals("appos")
                    || ct.baseRel().equals("nmod") && ("of".equals(cs) || "in".equals(cs) || "near".equals(cs)
                        || "at".equals(cs))
                    // "im Norden von Somalia", "in der Nähe Bagdads"
                    || lang.equals("de") && ct.baseRel().equals("nmod") && (cs == null || "von".equals(cs));
            // below any other noun a genitive names an owner, no place ("bei einem Treffen der Regierung Malis"), but a
            // place phrase may hang on it ("nach Angaben von Interpol in Korat")
            // ("die Anschläge von Paris": an event noun's von-name is where it happened; "in Österreich Transparenz"
            // misparsed with the name before its head is no genitive)
            boolean owner = lang.equals("de") && ct.baseRel().equals("nmod") && (cs == null || "von".equals(cs))
                    && c > token && !placeOrPart(doc.token(token)) && !("von".equals(cs) && eventNoun(doc.token(token)));
            boolean inPhrase = ct.baseRel().equals("nmod") && cs != null && PLACE_PREPS.contains(cs);
            int found = nameDep && (self || inPhrase) ? placeToken(c, depth - 1, !owner) : -1;
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    /** Whether the token is part of a longer name of an actor that is no place (an organisation named after one). */
    private boolean insideName(int token) {
        ActorIndex.Ref ref = actors.at(token);
        Token t = doc.token(token);
        return ref != null && !placeRef(ref) && (ref.mention().start() < t.start() || ref.mention().end() > t.end());
    }

    /**
     * The actor the statements resolved a pronoun speaker to: a cataphoric "sie" ("Bei den Gesprächen … habe
     * sie deutlich gemacht, …, erklärte Wendy Sherman") has no antecedent for the actor resolver, but the
     * reported statement it speaks in inherits the reporter's source.
     */
    private String speakerActor(int token) {
        Token t = doc.token(token);
        for (StatementRecord st : statements) {
            StatementRecord.Party p = st.speaker();
            if (p != null && p.actor() != null && p.start() == t.start() && p.end() == t.end()) {
                return p.actor();
            }
        }
        return null;
    }

    private String statementOf(int offset) {
        String best = null;
        int bestLen = Integer.MAX_VALUE;
        for (StatementRecord st : statements) {
            if (st.quote().start() <= offset && offset < st.quote().end() && st.quote().end() - st.quote().start() < bestLen) {
                best = st.id();
                bestLen = st.quote().end() - st.quote().start();
            }
        }
        return best;
    }

    private int clauseHead(int token) {
        Token t = doc.token(token);
        if (lang.equals("en") && t.baseRel().equals("aux") && t.head() >= 0) {
            return t.head(); // a demand's "must": the clause is its verb's
        }
        if (t.isVerb()) {
            return token;
        }
        int h = t.head();
        return h >= 0 ? h : token;
    }

    private Span clauseSpan(int clause, Sentence s) {
        Token c = doc.token(clause);
        if (c.deprel().equals("root")) {
            return Syntax.trimmed(doc, doc.sentenceSpan(s));
        }
        return Syntax.trimmed(doc, doc.subtreeSpan(clause));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}


package org.lagebild.forums;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.actors.ActorIndex;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;
import org.lagebild.model.ForumRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Syntax;
import org.lagebild.nlp.Token;
import org.lagebild.quantities.Quantity;
import org.lagebild.text.Span;
import org.lagebild.time.TimeExpression;

/**
 * Diplomatic forums as records. Forum mentions are forum nouns ("Treffen", "Beratungen",
 * "talks"), meeting verbs with participants ("beriet mit den EU-Verteidigungsministern") and
 * standing bodies someone takes part in ("nahm am Nato-Russland-Rat teil"). Each mention joins
 * the forum last mentioned (the last one of the same body when it names one) unless it is marked
 * as another one ("weitere Gespräche", "ein Treffen") or conflicts with it in body, date, place,
 * planned/held or, for "zwischen A und B", participants. Participants, place, date and duration
 * come from the mention's noun phrase and clause; outcomes from the sentences that mention it.
 * Forums with nothing but a noun ("für weitere Verhandlungen bereit") are dropped.
 */
public final class ForumExtractor {
    private static final Set<String> PARTICIPATION_PREPS = Set.of("nach", "bei", "an", "während", "in", "auf",
            "after", "during", "at");
    private static final Set<String> MEDIUM_PREPS = Set.of("per", "via", "by", "über");
    private static final Set<String> PLACE_PREPS = Set.of("in", "im", "at", "an");
    private static final Set<String> FUTURE_AUX = Set.of("sollen", "wollen", "werden", "will", "shall", "plan");
    private static final Set<String> FRAME_NOUNS = Set.of("rahmen", "framework");

    private final AnnotatedDocument doc;
    private final ActorIndex actors;
    private final Map<String, ActorRecord> records = new HashMap<>();
    private final List<EventRecord> events;
    private final List<StatementRecord> statements;
    private final List<TimeExpression> times;
    private final List<Quantity> quantities;
    private final String lang;
    private final ForumLexicon lex;

    public ForumExtractor(AnnotatedDocument doc, ActorIndex actors, List<EventRecord> events,
                          List<StatementRecord> statements, List<TimeExpression> times, List<Quantity> quantities) {
        this.doc = doc;
        this.actors = actors;
        this.events = events;
        this.statements = statements;
        this.times = times;
        this.quantities = quantities;
        this.lang = doc.lang();
        this.lex = ForumLexicon.of(lang);
        for (ActorRecord r : actors.records()) {
            records.putIfAbsent(r.id(), r);
        }
    }

    /** A mention with what it says about its forum. */
    private record Mention(int token, String kind, String body, boolean verb, boolean fresh, boolean future,
                           boolean between, List<ForumRecord.Participant> participants, ForumRecord.Place place,
                           ForumRecord.ForumDate date, ForumRecord.Duration duration) {
    }

    /** A forum being assembled. */
    private static final class Forum {
        final String kind;
        String body;
        final boolean future;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, ForumRecord.Participant> participants = new LinkedHashMap<>();
        final Set<Integer> sentences = new LinkedHashSet<>();
        ForumRecord.Place place;
        ForumRecord.ForumDate date;
        ForumRecord.Duration duration;

        Forum(Mention first) {
            kind = first.kind();
            future = first.future();
        }

        void add(Mention m, int sentence) {
            mentions.add(m);
            sentences.add(sentence);
            if (body == null) {
                body = m.body();
            }
            m.participants().forEach(this::addParticipant);
            place = place != null ? place : m.place();
            date = date != null ? date : m.date();
            duration = duration != null ? duration : m.duration();
        }

        void addParticipant(ForumRecord.Participant p) {
            ForumRecord.Participant old = participants.get(p.actor());
            if (old == null || old.representsEvidence() == null && p.representsEvidence() != null) {
                participants.put(p.actor(), p);
            }
        }

        boolean substantial() {
            return body != null || !participants.isEmpty() || place != null || date != null;
        }
    }

    public List<ForumRecord> extract() {
        List<Forum> forums = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            boolean mentioned = false;
            for (Token t : doc.tokensOf(s)) {
                Mention m = mention(t);
                if (m != null) {
                    place(m, forums).add(m, s.index());
                    mentioned = true;
                }
            }
            if (!mentioned && !forums.isEmpty()) {
                partners(s, forums.get(forums.size() - 1));
            }
        }
        List<ForumRecord> out = new ArrayList<>();
        for (Forum f : forums) {
            if (f.substantial()) {
                out.add(record(f, "f" + (out.size() + 1)));
            }
        }
        return out;
    }

    /** The forum a mention belongs to: the last one (of its body), or a new one. */
    private Forum place(Mention m, List<Forum> forums) {
        Forum candidate = null;
        for (int i = forums.size() - 1; i >= 0 && candidate == null; i--) {
            Forum f = forums.get(i);
            if (m.body() == null || m.body().equals(f.body)) {
                candidate = f;
            }
        }
        if (m.fresh() || candidate == null || !compatible(m, candidate)) {
            Forum f = new Forum(m);
            forums.add(f);
            return f;
        }
        return candidate;
    }

    private static boolean compatible(Mention m, Forum f) {
        // A held forum does not continue a planned one, except through a plain definite noun ("an den
        // informellen Gesprächen" after "wo er … beraten wollte").
        boolean plainNoun = !m.verb() && m.date() == null && f.future && !m.future();
        if (m.future() != f.future && !plainNoun || m.body() != null && f.body != null && !m.body().equals(f.body)) {
            return false;
        }
        if (m.date() != null && f.date != null && conflict(m.date().value(), f.date.value())) {
            return false;
        }
        if (m.place() != null && f.place != null && !m.place().name().equals(f.place.name())) {
            return false;
        }
        boolean overlap = m.participants().stream().anyMatch(p -> f.participants.containsKey(p.actor()));
        if ((m.between() || m.verb() && m.body() == null) && !overlap) {
            return false; // "Verhandlungen zwischen A und B", "X beriet mit Y": a forum of its own
        }
        return true;
    }

    /** Two dates conflict when their common calendar part differs ("2022-01-12" vs "2022-01-13", "2019-07"). */
    private static boolean conflict(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        int n = Math.min(Math.min(a.length(), b.length()), 10);
        if (n < 4 || a.contains("W") != b.contains("W")) {
            return !a.substring(0, Math.min(4, n)).equals(b.substring(0, Math.min(4, n)));
        }
        return !a.substring(0, n).equals(b.substring(0, n));
    }

    // ------------------------------------------------------------------ mentions

    private Mention mention(Token t) {
        if (t.isNoun()) {
            return nounMention(t);
        }
        if (t.isVerb() && t.lemma() != null) {
            return verbMention(t);
        }
        return null;
    }

    private Mention nounMention(Token n) {
        String kind = forumKind(n);
        if (kind == null) {
            return null;
        }
        String caseWord = Syntax.caseOf(doc, n.index());
        if (caseWord != null && MEDIUM_PREPS.contains(caseWord) && !n.baseRel().equals("obj")) {
            return null; // "per Videoschalte": the medium, not a forum
        }
        ActorIndex.Ref self = actors.at(n.index());
        String body = self != null && isBody(self.actor()) ? self.actor() : null;
        boolean bodyOnly = body != null;
        if (bodyOnly && !attends(n)) {
            return null; // "Der Nato-Russland-Rat war 2002 ins Leben gerufen worden": the body, not a meeting
        }
        List<ForumRecord.Participant> ps = new ArrayList<>();
        boolean between = false;
        boolean fresh = false;
        for (int c : doc.children(n.index())) {
            Token ct = doc.token(c);
            String cs = Syntax.caseOf(doc, c);
            String rel = ct.baseRel();
            if ((rel.equals("det") || rel.equals("amod")) && lex.isFresh(ct.text())) {
                fresh = true;
            }
            if (rel.equals("nmod") || lang.equals("en") && rel.equals("compound")) {
                boolean owner = cs == null || cs.equals("of") || cs.equals("von");
                boolean with = "mit".equals(cs) || "with".equals(cs);
                boolean betweenCase = "zwischen".equals(cs) || "between".equals(cs);
                if (owner || with || betweenCase) {
                    for (int x : Syntax.conjuncts(doc, c)) {
                        ActorIndex.Ref ref = agent(x);
                        if (ref == null) {
                            continue;
                        }
                        if (owner && body == null && isBody(ref.actor())) {
                            body = ref.actor();
                        } else {
                            ps.add(participant(ref, "participant", null));
                        }
                    }
                    between |= betweenCase;
                }
            }
        }
        if (body != null) {
            ActorIndex.Ref b = bodyRef(n, body);
            if (b != null) {
                ps.add(0, participant(b, "body", null));
            }
        }
        int head = n.head();
        if (head >= 0 && doc.token(head).isVerb()) {
            Token v = doc.token(head);
            String lemma = v.lemma() == null ? "" : v.lemma().toLowerCase(Locale.ROOT);
            boolean heldOrAttended = n.baseRel().equals("obl") || n.baseRel().equals("obj");
            if (lex.attend.contains(lemma) && heldOrAttended) { // "nahm am Rat teil", "are holding talks"
                attendees(head, ps);
            } else if (n.baseRel().equals("obl") && caseWord != null && PARTICIPATION_PREPS.contains(caseWord)) {
                int subj = Syntax.subject(doc, head);
                ActorIndex.Ref ref = subj < 0 ? null : agent(subj);
                if (ref != null) {
                    ps.add(participant(ref, "participant", null)); // "sagte … nach den Beratungen"
                }
            }
        }
        framework(n.index(), ps);
        int clause = clauseOf(n.index());
        return new Mention(n.index(), kind, body, false, fresh, future(clause, fresh, n.index()), between, ps,
                place(n.index(), clause), date(clause), duration(n.index(), clause));
    }

    private Mention verbMention(Token v) {
        String lemma = v.lemma().toLowerCase(Locale.ROOT);
        String kind = lex.verbs.get(lemma);
        if (kind == null) {
            return null;
        }
        List<ForumRecord.Participant> ps = new ArrayList<>();
        String body = null;
        int subj = Syntax.subject(doc, v.index());
        if (subj < 0 && v.baseRel().equals("xcomp") && v.head() >= 0) {
            subj = Syntax.subject(doc, v.head()); // "Er hatte … getagt" parsed as xcomp of "hatte"
        }
        boolean reflexive = false;
        int partners = 0;
        for (int x : subj < 0 ? List.<Integer>of() : Syntax.conjuncts(doc, subj)) {
            ActorIndex.Ref ref = agent(x);
            if (ref != null && isBody(ref.actor()) && body == null) {
                body = ref.actor();
                ps.add(participant(ref, "body", null));
            } else if (ref != null) {
                ps.add(participant(ref, "participant", null));
            }
        }
        int subjects = ps.size();
        for (int c : doc.children(v.index())) {
            Token ct = doc.token(c);
            String cs = Syntax.caseOf(doc, c);
            String w = ct.text().toLowerCase(Locale.ROOT);
            reflexive |= w.equals("sich") || w.equals("uns") || w.equals("each");
            boolean with = (ct.baseRel().equals("obl") || ct.baseRel().equals("nmod")) && ("mit".equals(cs) || "with".equals(cs));
            boolean object = ct.baseRel().equals("obj") && (lemma.equals("treffen") || lemma.equals("meet"));
            if (with || object) {
                for (int x : Syntax.conjuncts(doc, c)) {
                    ActorIndex.Ref ref = agent(x);
                    if (ref != null) {
                        ps.add(participant(ref, "participant", null));
                        partners++;
                    }
                }
            }
        }
        // "treffen"/"meet" and "beraten"/"verhandeln" need a partner, several subjects or a body; "tagen" a body.
        boolean ok = body != null || partners > 0 || subjects > 1
                || reflexive && subjects > 0 && !lemma.equals("tagen");
        if (!ok || subjects == 0 && partners == 0 && body == null) {
            return null;
        }
        framework(v.index(), ps);
        int clause = v.baseRel().equals("xcomp") && v.head() >= 0 ? v.head() : v.index();
        return new Mention(v.index(), kind, body, true, false, future(clause, false, v.index()), false, ps,
                place(v.index(), clause), date(clause), duration(v.index(), clause));
    }

    /** The forum kind of a noun, or null: lexicon nouns, their plurals and compounds, bodies named "…-Rat". */
    private String forumKind(Token n) {
        String w = surface(n).toLowerCase(Locale.ROOT);
        if (lex.excluded.contains(w)) {
            return null;
        }
        if (lang.equals("en")) {
            for (int c : doc.children(n.index())) {
                if (doc.token(c).deprel().equals("compound") && lex.excluded.contains(doc.token(c).text().toLowerCase(Locale.ROOT))) {
                    return null; // "press conference"
                }
            }
        }
        int dash = w.lastIndexOf('-');
        String last = dash >= 0 ? w.substring(dash + 1) : w;
        for (String key : keys(last)) {
            ForumLexicon.Noun noun = null;
            boolean plural = !key.equals(last);
            for (Map.Entry<String, ForumLexicon.Noun> e : lex.nouns.entrySet()) {
                ForumLexicon.Noun cand = e.getValue();
                boolean whole = key.equals(cand.word());
                boolean compound = (cand.compound() || cand.kind().equals("council")) && key.endsWith(cand.word())
                        && key.length() > cand.word().length() + 2;
                if (whole || compound) {
                    noun = cand;
                    break;
                }
            }
            if (noun == null || noun.pluralOnly() && !plural) {
                continue;
            }
            if (noun.kind().equals("council") && !isBodyMention(n)) {
                continue; // "Rat" only as a named body ("Nato-Russland-Rat", "Sicherheitsrat")
            }
            return noun.kind();
        }
        return null;
    }

    /** The word with its hyphenated flat parts, which the tokenizer splits ("Nato" "-" "Russland" "-" "Rat"). */
    private String surface(Token n) {
        int end = n.end();
        for (int c : doc.children(n.index())) {
            Token ct = doc.token(c);
            boolean part = ct.deprel().equals("flat") || ct.deprel().equals("punct") && ct.text().equals("-");
            boolean adjacent = ct.start() == end || ct.start() == end + 1 && doc.text().charAt(end) == '-';
            if (c > n.index() && part && adjacent) {
                end = ct.end();
            }
        }
        return doc.text().substring(n.start(), end);
    }

    private boolean isBodyMention(Token n) {
        ActorIndex.Ref ref = actors.at(n.index());
        return ref != null && isBody(ref.actor());
    }

    /** An organisation without a country of its own: a body that meets (NRC, OSCE, NATO, UNSC). */
    private boolean isBody(String actor) {
        ActorRecord r = records.get(actor);
        return r != null && r.type().equals("ORGANIZATION") && r.country() == null;
    }

    private static List<String> keys(String w) {
        List<String> keys = new ArrayList<>();
        keys.add(w);
        for (String suffix : new String[] {"en", "n", "e", "s", "es"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                keys.add(w.substring(0, w.length() - suffix.length()));
            }
        }
        return keys;
    }

    private boolean attends(Token n) {
        int h = n.head();
        return h >= 0 && doc.token(h).lemma() != null && lex.attend.contains(doc.token(h).lemma().toLowerCase(Locale.ROOT));
    }

    /** The mention of the body: the noun itself or its genitive. */
    private ActorIndex.Ref bodyRef(Token n, String body) {
        ActorIndex.Ref self = actors.at(n.index());
        if (self != null && self.actor().equals(body)) {
            return self;
        }
        for (int c : doc.children(n.index())) {
            ActorIndex.Ref ref = agent(c);
            if (ref != null && ref.actor().equals(body)) {
                return ref;
            }
        }
        return null;
    }

    /** "Für Deutschland nahm X am Rat teil": the subject takes part, representing the für-phrase. */
    private void attendees(int verb, List<ForumRecord.Participant> ps) {
        ActorIndex.Ref represents = null;
        for (int c : doc.children(verb)) {
            String cs = Syntax.caseOf(doc, c);
            if (doc.token(c).baseRel().equals("obl") && ("für".equals(cs) || "for".equals(cs) || "on behalf".equals(cs))) {
                represents = actors.at(c);
            }
        }
        int subj = Syntax.subject(doc, verb);
        for (int x : subj < 0 ? List.<Integer>of() : Syntax.conjuncts(doc, subj)) {
            ActorIndex.Ref ref = agent(x);
            if (ref != null) {
                ps.add(participant(ref, "participant", represents));
            }
        }
    }

    /** "im Rahmen der OSZE", "in the framework of the OSCE": the organisation that frames the talks. */
    private void framework(int token, List<ForumRecord.Participant> ps) {
        List<Integer> scope = new ArrayList<>(List.of(token));
        if (doc.token(token).head() >= 0) {
            scope.add(doc.token(token).head());
        }
        for (int h : scope) {
            for (int c : doc.children(h)) {
                Token ct = doc.token(c);
                if (ct.lemma() == null || !FRAME_NOUNS.contains(ct.text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (int g : doc.children(c)) {
                    ActorIndex.Ref ref = agent(g);
                    if (ref != null) {
                        ps.add(participant(ref, "framework", null));
                    }
                }
            }
        }
    }

    /** Participants named by partner nouns in a sentence without a forum mention ("den Gesprächspartnern aus Moskau"). */
    private void partners(Sentence s, Forum f) {
        boolean found = false;
        for (Token t : doc.tokensOf(s)) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!t.isNoun() || keys(w).stream().noneMatch(lex.partners::contains)) {
                continue;
            }
            ActorIndex.Ref self = agent(t.index());
            if (self != null) {
                f.addParticipant(participant(self, "member", null));
                found = true;
            }
            for (int c : doc.children(t.index())) {
                String cs = Syntax.caseOf(doc, c);
                if (!doc.token(c).baseRel().equals("nmod") || !(cs == null || cs.equals("aus") || cs.equals("from") || cs.equals("of"))) {
                    continue;
                }
                for (int x : Syntax.conjuncts(doc, c)) {
                    ActorIndex.Ref ref = agent(x);
                    if (ref != null) {
                        f.addParticipant(participant(ref, "member", null));
                        found = true;
                    }
                }
            }
        }
        if (found) {
            f.sentences.add(s.index());
        }
    }

    private ForumRecord.Participant participant(ActorIndex.Ref ref, String role, ActorIndex.Ref represents) {
        String rep;
        Evidence repEvidence = null;
        if (represents != null && !represents.actor().equals(ref.actor())) {
            rep = represents.actor();
            repEvidence = Evidence.of(represents.mention());
        } else {
            rep = representsOf(ref.actor());
        }
        return new ForumRecord.Participant(ref.actor(), actors.name(ref.actor()), role, rep,
                Evidence.of(ref.mention()), repEvidence);
    }

    /** Whom an actor acts for, by the registry: a person's organisation or country; a government's country. */
    private String representsOf(String actor) {
        ActorRecord r = records.get(actor);
        if (r == null) {
            return null;
        }
        if (r.type().equals("COUNTRY")) {
            return r.id();
        }
        return r.affiliation() != null ? r.affiliation() : r.country();
    }

    /** An agent actor (not a place use) at a token. */
    private ActorIndex.Ref agent(int token) {
        ActorIndex.Ref ref = actors.at(token);
        return ref == null || ref.locative() || ref.type().equals("LOCATION") ? null : ref;
    }

    // ------------------------------------------------------------------ attributes

    private int clauseOf(int token) {
        int h = doc.token(token).head();
        return h >= 0 && doc.token(h).isVerb() ? h : token;
    }

    private boolean future(int clause, boolean fresh, int token) {
        String marker = null;
        for (int c : doc.children(token)) {
            if (lex.isFresh(doc.token(c).text()) && !doc.token(c).baseRel().equals("det")) {
                marker = doc.token(c).text();
            }
        }
        if (fresh && marker != null) {
            return true; // "weitere Gespräche", "nächstes Treffen"
        }
        if (!doc.token(clause).isVerb() || Syntax.isPassive(doc, clause)) {
            return false;
        }
        for (int c : doc.children(clause)) {
            Token ct = doc.token(c);
            String l = ct.lemma() == null ? "" : ct.lemma().toLowerCase(Locale.ROOT);
            if (ct.baseRel().equals("aux") && FUTURE_AUX.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private ForumRecord.Place place(int token, int clause) {
        for (int h : new int[] {token, clause}) {
            for (int c : doc.children(h)) {
                Token ct = doc.token(c);
                String cs = Syntax.caseOf(doc, c);
                if ((ct.baseRel().equals("nmod") || ct.baseRel().equals("obl")) && cs != null && PLACE_PREPS.contains(cs)) {
                    ForumRecord.Place p = placeAt(c);
                    if (p != null) {
                        return p;
                    }
                }
                if (ct.text().equalsIgnoreCase("wo") || ct.text().equalsIgnoreCase("where")) {
                    ForumRecord.Place p = relativePlace(h);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** "im westfranzösischen Brest erwartet, wo er … beraten wollte": the place the relative clause hangs on. */
    private ForumRecord.Place relativePlace(int clause) {
        int h = doc.token(clause).head();
        if (h < 0) {
            return null;
        }
        ForumRecord.Place p = placeAt(h);
        if (p != null) {
            return p;
        }
        for (int c : doc.children(h)) {
            String cs = Syntax.caseOf(doc, c);
            if (doc.token(c).baseRel().equals("obl") && cs != null && PLACE_PREPS.contains(cs)) {
                p = placeAt(c);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private ForumRecord.Place placeAt(int token) {
        ActorIndex.Ref ref = actors.at(token);
        if (ref != null && (ref.locative() || ref.type().equals("LOCATION"))) {
            return new ForumRecord.Place(ref.actor(), actors.name(ref.actor()), Evidence.of(ref.mention()));
        }
        Token t = doc.token(token);
        if (ref == null && Syntax.isPlace(t)) {
            Span s = doc.tokenSpan(token);
            return new ForumRecord.Place(null, s.text(), Evidence.of(s));
        }
        return null;
    }

    /** A calendar date or time inside the clause. */
    private ForumRecord.ForumDate date(int clause) {
        int[] r = doc.subtreeRange(clause);
        int from = doc.token(r[0]).start();
        int to = doc.token(r[1]).end();
        for (TimeExpression t : times) {
            if (("DATE".equals(t.type()) || "TIME".equals(t.type())) && t.start() >= from && t.end() <= to) {
                return new ForumRecord.ForumDate(t.value(), t.granularity() == null ? null : t.granularity().label(),
                        t.resolved(), new Evidence(t.start(), t.end(), t.text()));
            }
        }
        return null;
    }

    /** A quantity of hours, minutes, days or weeks in the noun phrase ("fast fünfstündigen") or clause. */
    private ForumRecord.Duration duration(int token, int clause) {
        for (int h : new int[] {token, clause}) {
            int[] r = doc.subtreeRange(h);
            int from = doc.token(r[0]).start();
            int to = doc.token(r[1]).end();
            for (Quantity q : quantities) {
                if (q.start() < from || q.end() > to || q.unit() == null || q.upper() != null) {
                    continue;
                }
                String designator = lex.unit(q.unit());
                if (designator == null || q.value() <= 0 || q.value() > 10_000) {
                    continue;
                }
                String n = q.value() == Math.rint(q.value()) ? String.valueOf((long) q.value()) : String.valueOf(q.value());
                String iso = designator.equals("H") || designator.equals("M") ? "PT" + n + designator : "P" + n + designator;
                return new ForumRecord.Duration(iso, q.approximate(), q.qualifier(), new Evidence(q.start(), q.end(), q.text()));
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ record and outcomes

    private ForumRecord record(Forum f, String id) {
        List<ForumRecord.Mention> ms = new ArrayList<>();
        Set<Integer> triggers = new LinkedHashSet<>();
        for (Mention m : f.mentions) {
            Token t = doc.token(m.token());
            triggers.add(t.start());
            Span phrase = m.verb() ? doc.tokenSpan(m.token()) : doc.subtreeSpan(m.token());
            String word = surface(t);
            ms.add(new ForumRecord.Mention(new Evidence(t.start(), t.start() + word.length(), word), Evidence.of(Syntax.trimmed(doc, phrase))));
        }
        return new ForumRecord(id, f.kind, f.body, List.copyOf(ms), List.copyOf(f.participants.values()), f.place,
                f.date, f.duration, f.future, outcomes(f, triggers));
    }

    private List<ForumRecord.Outcome> outcomes(Forum f, Set<Integer> triggers) {
        List<ForumRecord.Outcome> out = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int s : f.sentences) {
            spans.add(doc.sentenceSpan(doc.sentences().get(s)));
        }
        Set<String> said = new LinkedHashSet<>();
        for (StatementRecord st : statements) {
            boolean inForumSentence = st.sentence() != null && spans.stream()
                    .anyMatch(sp -> st.sentence().start() < sp.end() && sp.start() < st.sentence().end());
            boolean byParticipant = st.speaker() != null && st.speaker().actor() != null
                    && f.participants.containsKey(st.speaker().actor());
            if (inForumSentence && byParticipant && st.parent() == null) {
                said.add(st.id());
                out.add(new ForumRecord.Outcome("statement", st.id(), st.form(), st.quote()));
            }
        }
        for (EventRecord e : events) {
            if (e.trigger() == null) {
                continue;
            }
            int at = e.trigger().start();
            Evidence ev = new Evidence(e.trigger().start(), e.trigger().end(), e.trigger().text());
            if (triggers.contains(at) && e.type().equals("CONSULT")) {
                out.add(new ForumRecord.Outcome("consult", e.id(), e.type(), ev));
            } else if (e.statement() != null && said.contains(e.statement())
                    || spans.stream().anyMatch(sp -> sp.start() <= at && at < sp.end()) && !otherForum(e)) {
                out.add(new ForumRecord.Outcome("event", e.id(), e.type(), ev));
            }
        }
        List<Span> texts = new ArrayList<>(spans);
        for (StatementRecord st : statements) {
            if (said.contains(st.id()) && st.quote() != null) {
                texts.add(new Span(st.quote().start(), st.quote().end(), st.quote().text()));
            }
        }
        results(texts, out);
        return List.copyOf(out);
    }

    /** A CONSULT event whose trigger is another forum's word is that forum's, not an outcome of this one. */
    private boolean otherForum(EventRecord e) {
        if (!e.type().equals("CONSULT")) {
            return false;
        }
        int t = doc.tokenAt(e.trigger().start());
        return t >= 0 && mention(doc.token(t)) != null;
    }

    /** Result phrases in the forum's sentences and statements, longest first, without overlaps. */
    private void results(List<Span> texts, List<ForumRecord.Outcome> out) {
        List<int[]> taken = new ArrayList<>();
        for (ForumLexicon.OutcomePhrase p : lex.outcomes) {
            for (Span sp : texts) {
                int first = doc.tokenAt(sp.start());
                for (int i = Math.max(first, 0); i < doc.tokens().size() && doc.token(i).start() < sp.end(); i++) {
                    int end = matchAt(i, p.words(), sp.end());
                    if (end < 0) {
                        continue;
                    }
                    int a = doc.token(i).start();
                    int b = doc.token(end).end();
                    if (taken.stream().anyMatch(x -> x[0] < b && a < x[1])) {
                        continue;
                    }
                    taken.add(new int[] {a, b});
                    out.add(new ForumRecord.Outcome("result", null, p.label(), new Evidence(a, b, doc.text().substring(a, b))));
                }
            }
        }
    }

    private int matchAt(int i, List<String> words, int limit) {
        int t = i;
        for (int w = 0; w < words.size(); w++, t++) {
            if (t >= doc.tokens().size() || doc.token(t).end() > limit
                    || !doc.token(t).text().toLowerCase(Locale.ROOT).equals(words.get(w))) {
                return -1;
            }
            if (w > 0 && doc.token(t).start() == doc.token(t - 1).start()) {
                return -1; // split multi-word tokens share offsets
            }
        }
        return t - 1;
    }
}

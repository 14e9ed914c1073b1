package org.lagebild.statements.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lagebild.actors.ActorIndex;
import org.lagebild.model.Evidence;
import org.lagebild.model.StatementRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Token;

/**
 * Applies a learned {@link EventModel} to the rule system's statements on the analyse path.
 * The model works on the same parse the rules used, so its token indices are the analysis's
 * own tokens. As in the corpus predictor, a model event replaces the rule statement at the same
 * cue (message, speaker, form, medium), a model event at a cue the rules missed becomes a new
 * statement, and rule statements whose cue the model did not tag stay, as do nested partial
 * quotations.
 */
public final class ModelStatements {
    private static final Map<String, String> FORMS = Map.of("Direct", "direct", "Indirect", "indirect",
            "FreeIndirect", "free_indirect", "IndirectFreeIndirect", "indirect_free_indirect", "Reported", "reported");
    private static final Map<String, String> MEDIA = Map.of("Speech", "speech", "Writing", "writing", "Thought", "thought");
    private static final String QUOTE_MARKS = "„“”\"»«‚‘";

    private ModelStatements() {
    }

    public static List<StatementRecord> apply(EventModel model, AnnotatedDocument doc, ActorIndex actors,
                                              List<StatementRecord> rules) {
        List<Event> ruleEvents = new ArrayList<>();
        List<StatementRecord> ruleOf = new ArrayList<>();
        for (StatementRecord s : rules) {
            Event e = toEvent(doc, s);
            if (e != null) {
                ruleEvents.add(e);
                ruleOf.add(s);
            }
        }
        Map<StatementRecord, StatementRecord> refined = new java.util.IdentityHashMap<>();
        List<StatementRecord> added = new ArrayList<>();
        TreeSet<Integer> modelCues = new TreeSet<>();
        for (Event predicted : model.predict(doc, ruleEvents)) {
            Event m = model.inScheme(predicted, "news");
            SortedSet<Integer> quote = trimQuoteMarks(doc, m.role("quote"));
            if (quote.isEmpty() || m.cue().isEmpty()) {
                continue; // a statement needs a message
            }
            modelCues.addAll(m.cue());
            StatementRecord rule = null;
            for (int i = 0; i < ruleEvents.size() && rule == null; i++) {
                if (ruleOf.get(i).parent() == null && !refined.containsKey(ruleOf.get(i))
                        && ruleEvents.get(i).cue().stream().anyMatch(m.cue()::contains)) {
                    rule = ruleOf.get(i);
                }
            }
            if (rule != null) {
                refined.put(rule, statement(doc, actors, m, quote, rule, rule.id()));
            } else {
                added.add(statement(doc, actors, m, quote, null, "s" + (rules.size() + added.size() + 1)));
            }
        }
        // rule order first (refined in place), then the model's new statements; a top-level rule statement
        // at a cue the model tagged otherwise is dropped; nested partial quotations (the model only tags
        // top-level ones) stay with their parent
        List<StatementRecord> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            StatementRecord s = rules.get(i);
            StatementRecord r = refined.get(s);
            int k = ruleOf.indexOf(s);
            if (r != null) {
                out.add(r);
            } else if (k < 0 || s.parent() != null || ruleEvents.get(k).cue().stream().noneMatch(modelCues::contains)) {
                out.add(s);
            }
        }
        out.addAll(added);
        java.util.Set<String> ids = new java.util.HashSet<>();
        out.forEach(s -> ids.add(s.id()));
        out.replaceAll(s -> s.parent() == null || ids.contains(s.parent()) ? s : s.withParent(null));
        return out;
    }

    private static StatementRecord statement(AnnotatedDocument doc, ActorIndex actors, Event m, SortedSet<Integer> quote,
                                             StatementRecord rule, String id) {
        Evidence message = Evidence.of(doc.span(quote.first(), quote.last()));
        StatementRecord.Party speaker = party(doc, actors, m.role("speaker"));
        if (speaker == null && rule != null) {
            speaker = rule.speaker();
        }
        StatementRecord.Party addressee = party(doc, actors, m.role("addressee"));
        if (addressee == null && rule != null) {
            addressee = rule.addressee();
        }
        // the parliament model has no form or medium classifier (null labels)
        String form = m.form() != null && FORMS.containsKey(m.form()) ? FORMS.get(m.form()) : rule != null ? rule.form() : "indirect";
        String medium = m.medium() != null && MEDIA.containsKey(m.medium()) ? MEDIA.get(m.medium())
                : rule != null ? rule.medium() : "speech";
        StatementRecord.Cue cue = rule != null ? rule.cue() : cue(doc, m);
        int head = m.cueHead(doc);
        Evidence sentence = rule != null ? rule.sentence() : Evidence.of(doc.sentenceSpan(doc.sentenceOf(head)));
        return new StatementRecord(id, speaker, cue, message, form, medium, addressee, rule != null ? rule.topic() : null,
                rule != null ? rule.parent() : null, sentence);
    }

    /** A cue the rules did not find: its contiguous runs of tokens, lemma of its head. */
    private static StatementRecord.Cue cue(AnnotatedDocument doc, Event m) {
        SortedSet<Integer> tokens = new TreeSet<>(m.cue());
        tokens.addAll(m.role("cuepart"));
        List<Evidence> parts = new ArrayList<>();
        int runStart = -1;
        int prev = -2;
        for (int t : tokens) {
            if (t != prev + 1 && runStart >= 0) {
                parts.add(Evidence.of(doc.span(runStart, prev)));
                runStart = -1;
            }
            if (runStart < 0) {
                runStart = t;
            }
            prev = t;
        }
        parts.add(Evidence.of(doc.span(runStart, prev)));
        Evidence whole = Evidence.of(doc.span(tokens.first(), tokens.last()));
        String text = parts.stream().map(Evidence::text).reduce((a, b) -> a + " … " + b).orElse("");
        return new StatementRecord.Cue(whole.start(), whole.end(), text, doc.token(m.cueHead(doc)).lemma(), parts);
    }

    /** The span of the tokens, resolved to the actor of the first token inside an actor mention. */
    private static StatementRecord.Party party(AnnotatedDocument doc, ActorIndex actors, SortedSet<Integer> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        String actor = null;
        for (int t : tokens) {
            ActorIndex.Ref ref = actors.at(t);
            if (ref != null) {
                actor = ref.actor();
                break;
            }
        }
        Evidence e = Evidence.of(doc.span(tokens.first(), tokens.last()));
        return new StatementRecord.Party(actor, e.start(), e.end(), e.text());
    }

    /** The rule statement as an event in parse-token space, or null when its cue covers no token. */
    static Event toEvent(AnnotatedDocument doc, StatementRecord s) {
        if (s.cue() == null) {
            return null;
        }
        SortedSet<Integer> cue = new TreeSet<>();
        for (Evidence part : s.cue().parts()) {
            cue.addAll(tokensIn(doc, part.start(), part.end()));
        }
        if (cue.isEmpty()) {
            return null;
        }
        Map<String, SortedSet<Integer>> roles = new TreeMap<>();
        roles.put("quote", s.quote() == null ? new TreeSet<>() : tokensIn(doc, s.quote().start(), s.quote().end()));
        roles.put("speaker", s.speaker() == null ? new TreeSet<>() : tokensIn(doc, s.speaker().start(), s.speaker().end()));
        roles.put("addressee", s.addressee() == null ? new TreeSet<>() : tokensIn(doc, s.addressee().start(), s.addressee().end()));
        roles.get("quote").removeAll(cue);
        String form = FORMS.entrySet().stream().filter(f -> f.getValue().equals(s.form())).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        String medium = MEDIA.entrySet().stream().filter(f -> f.getValue().equals(s.medium())).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        return new Event(cue, roles, form, medium);
    }

    private static SortedSet<Integer> tokensIn(AnnotatedDocument doc, int from, int to) {
        SortedSet<Integer> out = new TreeSet<>();
        for (Token t : doc.tokens()) {
            if (t.start() < to && t.end() > from) {
                out.add(t.index());
            }
        }
        return out;
    }

    /** Statements quote without the quotation marks (the corpus includes them). */
    private static SortedSet<Integer> trimQuoteMarks(AnnotatedDocument doc, SortedSet<Integer> quote) {
        TreeSet<Integer> q = new TreeSet<>(quote);
        while (!q.isEmpty() && isQuoteMark(doc.token(q.first()).text())) {
            q.pollFirst();
        }
        while (!q.isEmpty() && isQuoteMark(doc.token(q.last()).text())) {
            q.pollLast();
        }
        return q;
    }

    /** A one-character quotation mark token (German, English and French marks). */
    static boolean isQuoteMark(String s) {
        return s.length() == 1 && QUOTE_MARKS.indexOf(s.charAt(0)) >= 0;
    }
}

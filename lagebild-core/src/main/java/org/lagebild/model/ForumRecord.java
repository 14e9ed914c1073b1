package org.lagebild.model;

import java.util.List;

/**
 * A diplomatic forum: one meeting, round of talks, summit or council session, gathered from all
 * the places the text mentions it ("das Treffen des Nato-Russland-Rats" … "nach fast fünfstündigen
 * Beratungen in Brüssel" … "am Nato-Russland-Rat teil"). Every field carries its evidence.
 *
 * @param kind         meeting, talks, negotiations, consultations, summit, council, conference or session
 *                     (of the first mention; data file {@code forums/forums-<lang>.tsv})
 * @param body         actor id of the standing body that meets (NRC, OSCE, UNSC), or null
 * @param mentions     every mention of the forum, first one first
 * @param participants who took part, each with whom they represent
 * @param future       announced or planned, not (yet) held ("weitere Gespräche soll es … geben")
 * @param outcomes     what came out of it: its CONSULT event, statements and events of its sentences,
 *                     result phrases ("ohne erkennbare Annäherung")
 */
public record ForumRecord(String id, String kind, String body, List<Mention> mentions, List<Participant> participants,
                          Place place, ForumDate date, Duration duration, boolean future, List<Outcome> outcomes) {

    /** A mention: the forum word ("Beratungen", "beraten") and its noun phrase or clause. */
    public record Mention(Evidence trigger, Evidence phrase) {
    }

    /**
     * A participant: actor id of the person, state, organisation or group; {@code represents} the
     * actor it acts for ("Für Deutschland" → DEU; else the affiliation or country the registry
     * gives), with the span that says so when the text states it ({@code representsEvidence}).
     * {@code role}: body (the council itself), member (delegations, "die 30 Nato-Staaten"),
     * participant, framework ("im Rahmen der OSZE").
     */
    public record Participant(String actor, String name, String role, String represents, Evidence mention,
                              Evidence representsEvidence) {
    }

    /** Where: a place actor id when known, its name, and the mention. */
    public record Place(String actor, String name, Evidence evidence) {
    }

    /** When: a normalised time value (as in {@code times}) and the expression it comes from. */
    public record ForumDate(String value, String granularity, boolean resolved, Evidence evidence) {
    }

    /**
     * How long: an ISO-8601 duration ("PT5H"), approximate for "fast", "rund", "mehr als" (qualifier
     * as in {@code quantities}: approx, more_than, …).
     */
    public record Duration(String value, boolean approximate, String qualifier, Evidence evidence) {
    }

    /**
     * One outcome. {@code kind}: consult (the forum's own CONSULT event), statement (a participant's
     * statement in a sentence mentioning the forum), event (another event in such a sentence or
     * reported in such a statement), result (a result phrase). {@code ref} is the event or
     * statement id, null for results; {@code label} the event type or the result label
     * (agreement, no_agreement, disagreement).
     */
    public record Outcome(String kind, String ref, String label, Evidence evidence) {
    }
}

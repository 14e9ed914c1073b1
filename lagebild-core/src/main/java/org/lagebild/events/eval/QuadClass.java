package org.lagebild.events.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lagebild.events.EventLexicon;
import org.lagebild.events.PloverType;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.StatementRecord;

/**
 * The five coarse CAMEO classes of the ConfliBERT CAMEO set (Phoenix "quad class" with a
 * neutral class): 0 neutral statements and appeals (CAMEO 01–02), 1 verbal cooperation
 * (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13 and 16, reduce relations),
 * 4 material conflict (14, 15, 17–20). The labels are not documented in the data; this reading
 * follows from its sentences (class 0: "suggested", "seek support"; 2: "released", "provided
 * training"; 3: "rejected", "vetoed", and "expelled", "suspended aid" throughout; 4: "killed",
 * "burned the flag").
 */
public final class QuadClass {
    public static final List<String> NAMES = List.of("neutral", "verbal cooperation", "material cooperation",
            "verbal conflict", "material conflict");

    private QuadClass() {
    }

    /** Class of a CAMEO code by its two-digit root, or -1 for a code outside 01–20. */
    public static int ofCameo(String code) {
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return -1;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root >= 1 && root <= 2) {
            return 0;
        }
        if (root >= 3 && root <= 5) {
            return 1;
        }
        if (root >= 6 && root <= 8) {
            return 2;
        }
        if (root >= 9 && root <= 13 || root == 16) {
            return 3;
        }
        return root >= 14 && root <= 20 ? 4 : -1;
    }

    /**
     * The event's class: from its CAMEO code, else from its PLOVER type's CAMEO root, read as CAMEO
     * codes announced and refused acts: a cooperation that is negated is a rejection (CAMEO 12, "will
     * not lift the ban"), a material act still to come is an intent (03, "will return weapons") or,
     * for material conflict, a threat (13, "will begin a new military operation").
     */
    public static int of(EventRecord e) {
        int c = ofCameo(e.cameo());
        if (c < 0) {
            c = EventLexicon.get().type(e.type()).map(PloverType::cameoRoot).map(QuadClass::ofCameo).orElse(-1);
        }
        if (e.negated() && (c == 1 || c == 2)) {
            return 3;
        }
        if (!e.negated() && (e.future() || e.hypothetical()) && (c == 2 || c == 4)) {
            return c - 1;
        }
        return c;
    }

    /**
     * The class of an analysed sentence: its main event's, else neutral (CAMEO 01, make a public
     * statement) when it reports a statement, else -1 (nothing coded). A main event that is what someone
     * claims, denies or expresses ("claimed responsibility for the attack", "claimed that they had attacked the
     * school", "expressed his wish that the king would help") is neutral too: CAMEO codes the statement (015, 016,
     * 012/013/018), not the act.
     */
    public static int ofSentence(Analysis a) {
        Optional<EventRecord> main = main(a.events());
        if (main.isPresent() && claimed(main.get(), a.statements())) {
            return 0;
        }
        return main.map(QuadClass::of).orElse(a.statements().isEmpty() ? -1 : 0);
    }

    /**
     * Cues whose message CAMEO codes as the statement itself, not as the acts it mentions: claiming (015, claim
     * responsibility), denying (016, deny responsibility) and expressing concern, hope or condolences (012, 013, 018:
     * "expressed condolences over a fire that killed 100 people").
     */
    private static final java.util.Set<String> STATEMENT_CUES = java.util.Set.of("claim", "deny", "express", "voice");

    /** The event follows a claim, denial or expression cue, in that statement's message. */
    static boolean claimed(EventRecord e, List<StatementRecord> statements) {
        int at = e.trigger().start();
        return statements.stream().anyMatch(s -> s.cue() != null && s.cue().lemma() != null
                && STATEMENT_CUES.contains(s.cue().lemma().toLowerCase(java.util.Locale.ROOT))
                && s.cue().start() < at && s.quote() != null && s.quote().start() <= at && at < s.quote().end());
    }

    /**
     * The sentence's main event: the one whose evidence (its clause) is longest, so a main-clause
     * event wins over one in a relative or infinitive clause; ties go to the earlier trigger.
     */
    public static Optional<EventRecord> main(List<EventRecord> events) {
        return events.stream().filter(e -> of(e) >= 0)
                .max(Comparator.<EventRecord>comparingInt(e -> e.evidence() == null ? 0 : e.evidence().end() - e.evidence().start())
                        .thenComparing(Comparator.<EventRecord>comparingInt(e -> e.trigger().start()).reversed()));
    }
}

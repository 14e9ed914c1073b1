package org.lagebild.events.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lagebild.events.eval.PetrarchRecords.Coding;
import org.lagebild.events.eval.PetrarchRecords.Record;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.StatementRecord;

/**
 * The rules on the PETRARCH validation records ({@code shared/data/events-en-petrarch}, MIT): a held-out English
 * check nobody tuned on. Per record, the sentence's class and main event (as on ConfliBERT, {@link QuadClass}) against
 * the gold codings: class right when it is the class of one of them, CAMEO root likewise (a sentence that only
 * reports a statement has root 01); on records whose gold has no event, whether the rules code none; and source and
 * target country where the gold actor code is a country the registry can produce.
 */
public final class PetrarchEval {
    static final String DIR = "data/events-en-petrarch";
    /** AFP/GigaWord-style sentences with Phoenix (real-world) actor codes. */
    static final String VALIDATION = "PETR2_GSR_validation.UniversalPetrarch.xml";
    /**
     * Mostly constructed sentences; the actors are those of {@link #UNIT_ACTORS}, largely invented, and the event
     * codes those of its verb dictionary, which by its own header "started out as part of a KEDS dictionary -- hence
     * most of the codes are WEIS, not CAMEO" ("restore full diplomatic ties" is 064, WEIS's grant of diplomatic
     * relations, CAMEO's sharing of intelligence). So its classes and roots are not scored, only its no-event records
     * and the actors.
     */
    static final String UNIT = "PETR.UnitTest.records.xml";
    static final String UNIT_ACTORS = "PETR.Validate.actors.txt";

    private PetrarchEval() {
    }

    /**
     * Role agreement on records whose gold names a registry country in that role: {@code fit} such records,
     * {@code predicted} of them where the main event (or statement) has an actor with a country in that role,
     * {@code agree} where one of those countries is a gold one.
     */
    public record Role(int fit, int predicted, int agree) {
        Role plus(boolean f, boolean p, boolean a) {
            return new Role(fit + (f ? 1 : 0), predicted + (f && p ? 1 : 0), agree + (f && a ? 1 : 0));
        }

        String format(String name) {
            return String.format(Locale.ROOT, "%s country: %d records fit, predicted in %d, agrees in %d (%.1f%% of fitting, "
                    + "%.1f%% of predicted)", name, fit, predicted, agree, pct(agree, fit), pct(agree, predicted));
        }
    }

    /**
     * One file's tally: {@code cameo} whether its codes are CAMEO codes; {@code classes} over records with gold events
     * (when they are), {@code rootAgree} of them whose main event's
     * CAMEO root is a gold one; {@code noEvent} records whose gold has no event, {@code quiet} of them with no event
     * coded ({@code statementOnly}: of those, a statement reported).
     */
    public record Score(String file, boolean cameo, ClassScore classes, int rootAgree, int noEvent, int quiet, int statementOnly,
                        Role source, Role target) {
        static Score empty(String file, boolean cameo) {
            return new Score(file, cameo, new ClassScore(), 0, 0, 0, 0, new Role(0, 0, 0), new Role(0, 0, 0));
        }

        public String format() {
            long n = classes.total();
            String head = "  [" + file + "] " + (cameo ? (n + noEvent) + " usable records: " + n + " with gold events, "
                    + noEvent + " without\n" + classes.format("    ")
                    + String.format(Locale.ROOT, "    CAMEO root agrees: %d/%d (%.1f%%)%n", rootAgree, n, pct(rootAgree, n))
                    : "codes from a WEIS-based dictionary: class and root not scored\n");
            return head + String.format(Locale.ROOT, "    no-event records: no event coded in %d/%d (%.1f%%; %d of them a statement)%n",
                    quiet, noEvent, pct(quiet, noEvent), statementOnly)
                    + "    " + source.format("source") + "\n    " + target.format("target") + "\n";
        }
    }

    /** Scores both files below {@code shared}; empty when the folder is absent. */
    public static List<Score> run(Path shared, Function<String, Analysis> analyze, Consumer<String> progress,
                                  PrintWriter errors, int limit) throws IOException {
        Path dir = shared.resolve(DIR);
        List<Score> out = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve(VALIDATION)) || !Files.isRegularFile(dir.resolve(UNIT))) {
            return out;
        }
        Set<String> real = PetrarchRecords.realCountries(Files.readString(dir.resolve(UNIT_ACTORS), StandardCharsets.UTF_8));
        out.add(score(dir, VALIDATION, true, c -> true, analyze, progress, errors, limit));
        out.add(score(dir, UNIT, false, real::contains, analyze, progress, errors, limit));
        return out;
    }

    private static Score score(Path dir, String file, boolean cameo, Predicate<String> real, Function<String, Analysis> analyze,
                               Consumer<String> progress, PrintWriter errors, int limit) throws IOException {
        List<Record> records = PetrarchRecords.read(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
        if (limit > 0 && records.size() > limit) {
            records = records.subList(0, limit);
        }
        Score s = Score.empty(file, cameo);
        int n = 0;
        for (Record r : records) {
            progress.accept("PETRARCH " + (++n) + "/" + records.size());
            s = add(s, r, analyze.apply(r.text()), real, errors);
        }
        return s;
    }

    /** {@code s} with one record's outcome added (and listed on {@code errors}, when given). */
    static Score add(Score s, Record r, Analysis a, Predicate<String> real, PrintWriter errors) {
        if (r.noEvent()) {
            boolean quiet = a.events().isEmpty();
            if (errors != null) {
                errors.printf("PETR %s %s gold none pred %s | %s%n", r.id(), quiet ? "ok" : "EXTRA",
                        a.events().stream().map(e -> e.type() + ":" + e.cameo() + "'" + e.trigger().text() + "'").toList(), r.text());
            }
            return new Score(s.file(), s.cameo(), s.classes(), s.rootAgree(), s.noEvent() + 1, s.quiet() + (quiet ? 1 : 0),
                    s.statementOnly() + (quiet && !a.statements().isEmpty() ? 1 : 0), s.source(), s.target());
        }
        int predicted = QuadClass.ofSentence(a);
        Set<Integer> gold = new LinkedHashSet<>();
        Set<String> roots = new LinkedHashSet<>();
        for (Coding c : r.codings()) {
            gold.add(QuadClass.ofCameo(c.cameo()));
            roots.add(root(c.cameo()));
        }
        gold.remove(-1);
        boolean classed = s.cameo() && !gold.isEmpty(); // else no gold code inside CAMEO 01–20
        if (classed) {
            s.classes().add(gold.contains(predicted) ? predicted : gold.iterator().next(), predicted);
        }
        Optional<EventRecord> main = QuadClass.main(a.events());
        String root = predicted == 0 && (main.isEmpty() || QuadClass.claimed(main.get(), a.statements())) ? "01"
                : main.map(e -> root(e.cameo())).orElse(null);
        boolean rootOk = classed && root != null && roots.contains(root);
        Set<String> src = new LinkedHashSet<>();
        Set<String> tgt = new LinkedHashSet<>();
        if (main.isPresent()) {
            main.get().source().forEach(id -> country(a, id).ifPresent(src::add));
            main.get().target().forEach(id -> country(a, id).ifPresent(tgt::add));
        } else if (!a.statements().isEmpty()) {
            StatementRecord st = a.statements().get(0);
            country(a, st.speaker()).ifPresent(src::add);
            country(a, st.addresseeOrTopic()).ifPresent(tgt::add);
        }
        Set<String> goldSrc = new LinkedHashSet<>();
        Set<String> goldTgt = new LinkedHashSet<>();
        for (Coding c : r.codings()) {
            PetrarchRecords.country(c.source(), real).ifPresent(goldSrc::add);
            PetrarchRecords.country(c.target(), real).ifPresent(goldTgt::add);
        }
        if (errors != null) {
            errors.printf("PETR %s %s gold %s pred %d root %s S%s T%s (gold S%s T%s) via %s | %s%n", r.id(),
                    !classed ? "-" : gold.contains(predicted) ? "ok" : "CLASS", r.codings().stream().map(c -> c.cameo() + " " + c.source()
                            + ">" + c.target()).toList(), predicted, root, src, tgt, goldSrc, goldTgt,
                    main.map(e -> e.type() + " '" + e.trigger().text() + "'").orElse(a.statements().isEmpty() ? "nothing" : "statement"),
                    r.text());
        }
        return new Score(s.file(), s.cameo(), s.classes(), s.rootAgree() + (rootOk ? 1 : 0), s.noEvent(), s.quiet(), s.statementOnly(),
                s.source().plus(!goldSrc.isEmpty(), !src.isEmpty(), src.stream().anyMatch(goldSrc::contains)),
                s.target().plus(!goldTgt.isEmpty(), !tgt.isEmpty(), tgt.stream().anyMatch(goldTgt::contains)));
    }

    /** The two-digit CAMEO root of a code, or null. */
    static String root(String cameo) {
        return cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2);
    }

    private static Optional<String> country(Analysis a, StatementRecord.Party p) {
        return p == null || p.actor() == null ? Optional.empty() : country(a, p.actor());
    }

    /** The country of a document actor: its own code for a country, else the country it belongs to. */
    private static Optional<String> country(Analysis a, String id) {
        for (ActorRecord r : a.actors()) {
            if (r.id().equals(id)) {
                return Optional.ofNullable(r.country() != null ? r.country() : "COUNTRY".equals(r.type()) ? r.code() : null);
            }
        }
        return Optional.empty();
    }

    private static double pct(double a, double b) {
        return b > 0 ? 100 * a / b : 0;
    }
}

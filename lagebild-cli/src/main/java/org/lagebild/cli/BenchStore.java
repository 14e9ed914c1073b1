package org.lagebild.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lagebild.ingest.Document;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.store.Store;
import org.lagebild.time.PublicationDate;

/**
 * Fills a store for load tests with varied copies of real analysed articles: each copy gets a
 * marker line appended to its text (a new text, so a new article id; all offsets stay valid),
 * its publication date and day-precise event dates shifted by the same random number of days,
 * and its actors permuted among the actors of the same type seen in the seed articles. Copies
 * are stored in batches in one transaction each ({@link Store#putAll}), without NLP.
 */
final class BenchStore {
    private static final int BATCH = 2000;
    /** Copies' dates spread over this many days before and after the seed article's date. */
    private static final int DATE_SPREAD_DAYS = 3 * 365;

    private final List<Analysis> seeds;
    private final Map<String, List<ActorRecord>> actorsByType = new HashMap<>();
    private final Random random;

    BenchStore(List<Analysis> seeds, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed articles");
        }
        this.seeds = List.copyOf(seeds);
        this.random = new Random(seed);
        Map<String, ActorRecord> seen = new LinkedHashMap<>();
        for (Analysis a : seeds) {
            for (ActorRecord r : a.actors()) {
                seen.putIfAbsent(r.id(), r);
            }
        }
        for (ActorRecord r : seen.values()) {
            actorsByType.computeIfAbsent(String.valueOf(r.type()), k -> new ArrayList<>()).add(r);
        }
    }

    /** Adds copies until the store holds at least {@code targetEvents} events; returns copies added. */
    long fill(Store store, long targetEvents, PrintWriter err) {
        long events = store.stats().events();
        long copies = 0;
        long start = System.nanoTime();
        long lastReport = start;
        long first = events;
        long lastEvents = events;
        int seq = 0;
        while (events < targetEvents) {
            List<Store.Entry> batch = new ArrayList<>(BATCH);
            long batchEvents = 0;
            for (int i = 0; i < BATCH && events + batchEvents < targetEvents; i++) {
                Analysis a = copy(seeds.get(seq % seeds.size()), seq);
                seq++;
                batch.add(new Store.Entry(a, document(a)));
                batchEvents += a.events().size();
            }
            int stored = store.putAll(batch);
            copies += stored;
            events = store.stats().events();
            long now = System.nanoTime();
            if (now - lastReport > 10_000_000_000L || events >= targetEvents) {
                // rates of this run only: a resumed store's earlier events are not counted
                double s = (now - start) / 1e9;
                err.printf("lagebild: bench store: %,d events, %,d articles added, %.0f s, %.0f events/s "
                                + "(last %.0f s: %.0f events/s)%n", events, copies, s, (events - first) / Math.max(s, 1e-9),
                        (now - lastReport) / 1e9, (events - lastEvents) / Math.max((now - lastReport) / 1e9, 1e-9));
                err.flush();
                lastReport = now;
                lastEvents = events;
            }
        }
        return copies;
    }

    private static Document document(Analysis a) {
        return new Document(a.id(), a.text(), a.lang(), PublicationDate.parse(a.date()).orElse(null), a.title(),
                a.url(), a.id());
    }

    /** Copy number {@code n} of an analysis, varied as described on the class. */
    Analysis copy(Analysis a, int n) {
        int shift = random.nextInt(2 * DATE_SPREAD_DAYS + 1) - DATE_SPREAD_DAYS;
        Map<String, ActorRecord> swap = permutation(a);
        List<ActorRecord> actors = new ArrayList<>();
        for (ActorRecord r : a.actors()) {
            ActorRecord to = swap.getOrDefault(r.id(), r);
            actors.add(to.withMentions(r.mentions()));
        }
        List<StatementRecord> statements = new ArrayList<>();
        for (StatementRecord s : a.statements()) {
            statements.add(new StatementRecord(s.id(), party(s.speaker(), swap), s.cue(), s.quote(), s.form(),
                    s.medium(), party(s.addressee(), swap), party(s.topic(), swap), s.parent(), s.sentence()));
        }
        List<EventRecord> events = new ArrayList<>();
        for (EventRecord e : a.events()) {
            EventRecord.EventDate d = e.date() == null ? null : new EventRecord.EventDate(shiftValue(e.date().value(), shift),
                    e.date().granularity(), e.date().resolved(), e.date().text());
            events.add(new EventRecord(e.id(), e.type(), e.mode(), e.context(), e.quad(), e.intensity(), e.cameo(),
                    ids(e.source(), swap), ids(e.target(), swap), e.negated(), e.future(), e.hypothetical(),
                    e.historical(), d, e.location(), e.statement(), e.trigger(), e.evidence(), e.sourceMentions(),
                    e.targetMentions()));
        }
        String text = a.text() + "\n\n[Lagebild benchmark copy " + n + "]";
        String id = "bench-" + n + "-" + a.id();
        return new Analysis(id, a.lang(), shiftValue(a.date(), shift), a.dateGranularity(), a.title(), a.url(), text,
                actors, statements, events, a.forums(), a.times(), a.quantities(), a.excluded());
    }

    /** Each actor of the article mapped to a random distinct actor of the same type (seen anywhere). */
    private Map<String, ActorRecord> permutation(Analysis a) {
        Map<String, ActorRecord> out = new HashMap<>();
        Map<String, List<ActorRecord>> pools = new HashMap<>();
        for (ActorRecord r : a.actors()) {
            List<ActorRecord> pool = pools.computeIfAbsent(String.valueOf(r.type()), t -> {
                List<ActorRecord> p = new ArrayList<>(actorsByType.getOrDefault(t, List.of()));
                Collections.shuffle(p, random);
                return p;
            });
            // Take the next unused actor of the type so two actors of one article stay distinct.
            ActorRecord to = pool.isEmpty() ? r : pool.remove(pool.size() - 1);
            out.put(r.id(), to);
        }
        return out;
    }

    private static StatementRecord.Party party(StatementRecord.Party p, Map<String, ActorRecord> swap) {
        if (p == null || p.actor() == null || !swap.containsKey(p.actor())) {
            return p;
        }
        return new StatementRecord.Party(swap.get(p.actor()).id(), p.start(), p.end(), p.text());
    }

    private static List<String> ids(List<String> ids, Map<String, ActorRecord> swap) {
        if (ids == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(swap.containsKey(id) ? swap.get(id).id() : id);
        }
        return out;
    }

    /** A YYYY-MM-DD value shifted by {@code days}; YYYY-MM by whole months; anything else unchanged. */
    static String shiftValue(String value, int days) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value).plusDays(days).toString();
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return java.time.YearMonth.parse(value).plusMonths(Math.round(days / 30.4)).toString();
            }
        } catch (java.time.DateTimeException e) {
            return value;
        }
        return value;
    }
}

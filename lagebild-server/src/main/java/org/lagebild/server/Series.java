package org.lagebild.server;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lagebild.store.EventRow;
import org.lagebild.store.Store;
import org.lagebild.time.PublicationDate;

/**
 * Event counts per time interval for a dyad: per PLOVER quad class, mean intensity, and the
 * article volume of the interval to normalise by. Events are bucketed by their article's
 * publication day, the same axis as the volume (an event's own date is often unresolved or in
 * the past). Articles and events without a day-precise publication date are counted as undated.
 */
final class Series {
    /** The PLOVER quad classes in their conventional order. */
    static final List<String> QUADS = List.of("verbal cooperation", "material cooperation", "verbal conflict",
            "material conflict");
    /** Longest series returned; longer ranges must be narrowed or use a coarser interval. */
    static final int MAX_BUCKETS = 3_700;

    enum Interval {
        DAY, WEEK;

        LocalDate start(LocalDate d) {
            return this == DAY ? d : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        LocalDate next(LocalDate start) {
            return this == DAY ? start.plusDays(1) : start.plusWeeks(1);
        }

        long count(LocalDate firstStart, LocalDate lastStart) {
            return this == DAY ? ChronoUnit.DAYS.between(firstStart, lastStart) + 1
                    : ChronoUnit.WEEKS.between(firstStart, lastStart) + 1;
        }
    }

    /**
     * One interval. {@code quad} counts events per quad class ("other" for events without one);
     * the per-article values are null when the interval has no articles.
     */
    record Bucket(String start, String end, int events, Map<String, Integer> quad, Double meanIntensity,
                  int articles, Double eventsPerArticle, Map<String, Double> quadPerArticle) {
    }

    record Undated(int events, int articles) {
    }

    record Result(String interval, String from, String to, List<Bucket> buckets, Undated undated) {
    }

    /** Whether an event counts: "asserted" drops negated, hypothetical, future and historical ones. */
    static boolean asserted(EventRow e) {
        return !e.negated() && !e.hypothetical() && !e.future() && !e.historical();
    }

    /**
     * @param events       the events to count (already filtered by dyad and modality)
     * @param articleDates publication dates (as stored) of all articles in the range
     * @param from         first day, or null for the first event's day
     * @param to           last day, or null for the last event's day
     * @throws ApiException 400 when the range has more than {@link #MAX_BUCKETS} intervals
     */
    static Result build(List<EventRow> events, List<String> articleDates, Interval interval, LocalDate from,
                        LocalDate to) {
        Map<List<Object>, double[]> perDayQuad = new LinkedHashMap<>();
        long undatedEvents = 0;
        for (EventRow e : events) {
            Optional<LocalDate> day = day(e.date());
            if (day.isEmpty()) {
                undatedEvents++;
                continue;
            }
            double[] v = perDayQuad.computeIfAbsent(java.util.Arrays.asList(day.get(), e.quad()), k -> new double[3]);
            v[0]++;
            if (e.intensity() != null && Double.isFinite(e.intensity())) {
                v[1] += e.intensity();
                v[2]++;
            }
        }
        List<Store.QuadDay> days = new ArrayList<>();
        perDayQuad.forEach((k, v) -> days.add(new Store.QuadDay((LocalDate) k.get(0), (String) k.get(1), (long) v[0],
                v[1], (long) v[2])));
        Map<LocalDate, Long> volume = new TreeMap<>();
        long undatedArticles = 0;
        for (String d : articleDates) {
            Optional<LocalDate> day = day(d);
            if (day.isEmpty()) {
                undatedArticles++;
            } else {
                volume.merge(day.get(), 1L, Long::sum);
            }
        }
        return build(new Store.EventDays(days, undatedEvents), new Store.ArticleDays(volume, undatedArticles), interval,
                from, to);
    }

    /**
     * The series from the Store's aggregates ({@link Store#eventDays}, {@link Store#articleDays}).
     *
     * @throws ApiException 400 when the range has more than {@link #MAX_BUCKETS} intervals
     */
    static Result build(Store.EventDays events, Store.ArticleDays articles, Interval interval, LocalDate from,
                        LocalDate to) {
        TreeMap<LocalDate, Acc> acc = new TreeMap<>();
        for (Store.QuadDay d : events.days()) {
            if (!outside(d.day(), from, to)) {
                acc.computeIfAbsent(interval.start(d.day()), k -> new Acc()).add(d);
            }
        }
        int undatedEvents = (int) events.undated();
        int undatedArticles = (int) articles.undated();
        LocalDate first = from != null ? interval.start(from) : acc.isEmpty() ? null : acc.firstKey();
        LocalDate last = to != null ? interval.start(to) : acc.isEmpty() ? null : acc.lastKey();
        if (first == null || last == null) {
            // an open range with no dated events: nothing to anchor the series on
            return new Result(interval.name().toLowerCase(java.util.Locale.ROOT), str(from), str(to), List.of(),
                    new Undated(undatedEvents, undatedArticles));
        }
        long n = interval.count(first, last);
        if (n > MAX_BUCKETS) {
            throw ApiException.badRequest(from != null ? "from" : "interval", "the range has " + n + " "
                    + interval.name().toLowerCase(java.util.Locale.ROOT) + " intervals, at most " + MAX_BUCKETS
                    + " are served; narrow from/to or use interval=week");
        }
        Map<LocalDate, Integer> volume = new TreeMap<>();
        articles.days().forEach((day, count) -> {
            if (!outside(day, from, to)) {
                volume.merge(interval.start(day), count.intValue(), Integer::sum);
            }
        });
        List<Bucket> buckets = new ArrayList<>();
        for (LocalDate s = first; !s.isAfter(last); s = interval.next(s)) {
            Acc a = acc.getOrDefault(s, new Acc());
            int count = volume.getOrDefault(s, 0);
            Map<String, Double> perArticle = new LinkedHashMap<>();
            a.quad.forEach((q, c) -> perArticle.put(q, count == 0 ? null : (double) c / count));
            buckets.add(new Bucket(s.toString(), interval.next(s).minusDays(1).toString(), a.events, a.quad,
                    a.intensities == 0 ? null : a.intensitySum / a.intensities, count,
                    count == 0 ? null : (double) a.events / count, perArticle));
        }
        return new Result(interval.name().toLowerCase(java.util.Locale.ROOT), first.toString(),
                interval.next(last).minusDays(1).toString(), buckets, new Undated(undatedEvents, undatedArticles));
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static boolean outside(LocalDate d, LocalDate from, LocalDate to) {
        return from != null && d.isBefore(from) || to != null && d.isAfter(to);
    }

    private static Optional<LocalDate> day(String publicationDate) {
        return publicationDate == null ? Optional.empty()
                : PublicationDate.parse(publicationDate).flatMap(PublicationDate::localDate);
    }

    /** Running totals of one interval. */
    private static final class Acc {
        int events;
        final Map<String, Integer> quad = new LinkedHashMap<>();
        double intensitySum;
        int intensities;

        Acc() {
            for (String q : QUADS) {
                quad.put(q, 0);
            }
        }

        void add(Store.QuadDay d) {
            events += (int) d.events();
            quad.merge(d.quad() == null || d.quad().isBlank() ? "other" : d.quad(), (int) d.events(), Integer::sum);
            intensitySum += d.intensitySum();
            intensities += (int) d.intensities();
        }
    }
}

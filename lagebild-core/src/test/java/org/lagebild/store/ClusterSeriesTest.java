package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.ingest.Document;
import org.lagebild.model.Analysis;
import org.lagebild.model.Evidence;
import org.lagebild.model.EventRecord;
import org.lagebild.time.PublicationDate;

/**
 * The cluster-counted series from the stored first mentions ({@link Store#clusterDays}) equals
 * the scan it replaced: all of a dyad's events paged from the Store, one per cluster (the mention
 * published first), bucketed by publication day. On a random store with many multi-mention
 * clusters, flags, undated and month-dated articles; also after the table is rebuilt on open.
 */
class ClusterSeriesTest {
    private static final List<String> ACTORS = List.of("NATO", "RUS", "UKR", "EU");
    private static final List<String> QUADS = Arrays.asList("verbal cooperation", "material conflict", null);
    private static final String TEXT = "Die Nato und Russland beraten. Die EU und die Ukraine warnen. Es gab Drohungen. ";

    @TempDir
    Path dir;

    @Test
    void clusterSeriesEqualsTheScanOfTheDyadsEvents() throws Exception {
        Random r = new Random(7);
        try (Store s = Store.open(StoreConfig.embedded(dir))) {
            List<Store.Entry> batch = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                Store.Entry e = article(r, i);
                if (i % 3 == 0) {
                    assertTrue(s.put(e.analysis(), e.document())); // both write paths
                } else {
                    batch.add(e);
                }
            }
            assertEquals(batch.size(), s.putAll(batch));
            assertTrue(multiMentionClusters(s) > 5, "the fixture should cluster mentions");
            compareAll(s);
        }
        // An older store: the table is empty and not recorded as filled; opening fills it.
        try (Connection c = DriverManager.getConnection(Store.embeddedUrl(dir)); Statement st = c.createStatement()) {
            st.execute("DELETE FROM cluster_firsts");
            st.execute("DELETE FROM store_meta WHERE name = 'cluster_firsts'");
        }
        try (Store s = Store.open(StoreConfig.embedded(dir))) {
            compareAll(s);
        }
    }

    private static void compareAll(Store s) {
        List<List<String>> filters = new ArrayList<>();
        filters.add(null);
        ACTORS.forEach(a -> filters.add(List.of(a)));
        filters.add(List.of("NATO", "EU"));
        filters.add(List.of("RUS", "UKR", "NATO"));
        LocalDate[][] ranges = {{null, null}, {LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 12)},
            {LocalDate.of(2022, 1, 10), null}, {null, LocalDate.of(2022, 1, 8)}};
        for (List<String> sources : filters) {
            for (List<String> targets : filters) {
                for (boolean asserted : new boolean[] {true, false}) {
                    for (LocalDate[] range : ranges) {
                        String what = sources + " -> " + targets + " asserted=" + asserted + " " + Arrays.toString(range);
                        assertEquals(scan(s, sources, targets, asserted, range[0], range[1]),
                                normalise(s.clusterDays(sources, targets, asserted, range[0], range[1])), what);
                    }
                }
            }
        }
    }

    private static int multiMentionClusters(Store s) {
        Map<String, Integer> n = new TreeMap<>();
        List<EventRow> all = s.events(EventQuery.all().page(Page.of(Page.MAX_LIMIT, 0)));
        s.eventClusterIds(all).values().forEach(c -> n.merge(c, 1, Integer::sum));
        return (int) n.values().stream().filter(v -> v > 1).count();
    }

    /** What the series endpoint computed before: page through the dyads' events, first mention per cluster. */
    private static String scan(Store s, List<String> sources, List<String> targets, boolean asserted, LocalDate from,
                               LocalDate to) {
        Map<String, EventRow> events = new LinkedHashMap<>();
        for (String src : sources == null ? Arrays.asList((String) null) : sources) {
            for (String tgt : targets == null ? Arrays.asList((String) null) : targets) {
                for (int off = 0; ; off += 1000) {
                    List<EventRow> page = s.events(new EventQuery(src, tgt, null, null, null, Page.of(1000, off)));
                    for (EventRow e : page) {
                        if (!asserted || !e.negated() && !e.hypothetical() && !e.future() && !e.historical()) {
                            events.putIfAbsent(e.articleId() + "\u0000" + e.eventId(), e);
                        }
                    }
                    if (page.size() < 1000) {
                        break;
                    }
                }
            }
        }
        List<EventRow> all = new ArrayList<>(events.values());
        all.sort(Comparator.comparing(EventRow::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EventRow::articleId).thenComparing(EventRow::eventId));
        Map<String, String> clusterOf = s.eventClusterIds(all);
        Map<String, EventRow> first = new LinkedHashMap<>();
        for (EventRow e : all) {
            String k = e.articleId() + "\u0000" + e.eventId();
            first.putIfAbsent(clusterOf.getOrDefault(k, k), e);
        }
        List<Store.QuadDay> days = new ArrayList<>();
        long undated = 0;
        for (EventRow e : first.values()) {
            LocalDate day = e.date() == null ? null : PublicationDate.parse(e.date()).flatMap(PublicationDate::localDate)
                    .orElse(null);
            if (day == null) {
                undated++;
            } else if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
                boolean has = e.intensity() != null;
                days.add(new Store.QuadDay(day, e.quad(), 1, has ? e.intensity() : 0, has ? 1 : 0));
            }
        }
        return normalise(new Store.EventDays(days, undated));
    }

    /** Per (day, quad): clusters, intensity sum and count; then the undated count. */
    private static String normalise(Store.EventDays d) {
        Map<String, double[]> m = new TreeMap<>();
        for (Store.QuadDay q : d.days()) {
            double[] v = m.computeIfAbsent(q.day() + " " + q.quad(), k -> new double[3]);
            v[0] += q.events();
            v[1] += q.intensitySum();
            v[2] += q.intensities();
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append('=').append((long) v[0]).append('/')
                .append(Math.round(v[1] * 1000)).append('/').append((long) v[2]).append('\n'));
        return sb.append("undated=").append(d.undated()).toString();
    }

    /** A random article: 1-4 events of 3 types among 4 actors in a 3-week window, so mentions cluster. */
    private static Store.Entry article(Random r, int n) {
        String text = TEXT + "Meldung " + n + ".";
        LocalDate pubDay = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(20));
        int kind = r.nextInt(10);
        PublicationDate pub = kind == 0 ? null : kind == 1 ? PublicationDate.parse("2022-01").orElseThrow()
                : PublicationDate.parse(pubDay.toString()).orElseThrow();
        StoreFixtures.Builder b = new StoreFixtures.Builder("a" + n, text, "de", pub, null);
        Analysis base = b.build().analysis();
        List<EventRecord> events = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        int at = text.indexOf("beraten");
        for (int i = 0; i < count; i++) {
            String type = List.of("CONSULT", "REJECT", "THREATEN").get(r.nextInt(3));
            String date = r.nextInt(3) == 0 ? null : pubDay.minusDays(r.nextInt(3)).toString();
            double intensity = r.nextInt(4) == 0 ? Double.NaN : r.nextInt(10) - 5;
            events.add(new EventRecord("e" + i, type, null, List.of(), QUADS.get(r.nextInt(QUADS.size())),
                    Double.isNaN(intensity) ? null : intensity, null, someActors(r), someActors(r),
                    r.nextInt(6) == 0, r.nextInt(6) == 0, r.nextInt(8) == 0, false,
                    date == null ? null : new EventRecord.EventDate(date, "day", true, null), null, null,
                    new EventRecord.Trigger(at, at + 7, "beraten", "beraten"), new Evidence(at, at + 7, "beraten"),
                    List.of(), List.of()));
        }
        Analysis a = new Analysis(base.id(), base.lang(), base.date(), base.dateGranularity(), null, null, text,
                base.actors(), base.statements(), events, base.forums(), List.of(), List.of(), List.of());
        return new Store.Entry(a, new Document("a" + n, text, "de", pub, null, null, "a" + n));
    }

    private static List<String> someActors(Random r) {
        List<String> out = new ArrayList<>();
        for (String a : ACTORS) {
            if (r.nextInt(3) == 0) {
                out.add(a);
            }
        }
        return out;
    }
}

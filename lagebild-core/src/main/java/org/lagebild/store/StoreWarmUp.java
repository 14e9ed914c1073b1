package org.lagebild.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.lagebild.ingest.Document;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.Evidence;
import org.lagebild.model.ForumRecord;
import org.lagebild.model.QuantityRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.model.TimeRecord;
import org.lagebild.time.PublicationDate;

/**
 * Runs the embedded store's write path on synthetic articles in a scratch store while an ingest's
 * first analysis waits for its models, so that the first real batch finds the code compiled: in a
 * fresh JVM the store's threads need 2-4x the CPU for their first 60 articles that they need for
 * the next 60 (docs/BENCHMARKS.md, sessions 12-14). It covers what an article's store does: schema,
 * id, analysis codec, MinHash, rows, person aliases, near-duplicates, event and statement clusters,
 * forums, cluster firsts, group commit, checkpoint, full-text index (German or English), close.
 * The scratch store is a fresh temporary directory, deleted afterwards: nothing reaches the
 * user's store. The synthetic articles are generated text about invented people, never stored.
 */
public final class StoreWarmUp {
    /** Name of the warm-up's thread (per-thread CPU figures keep it apart from the store's). */
    public static final String THREAD = "lagebild-store-warmup";
    /** Articles per scratch transaction, as a group commit of an ingest holds at a few articles/s. */
    static final int BATCH = 8;
    /** At most this many articles: the models of a cold start load in a few seconds. */
    static final int MAX_ARTICLES = 64;

    private StoreWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread; it ends at {@link #MAX_ARTICLES} or after the article
     * during which {@code stop} turned true, and never fails the caller (a problem only ends it).
     *
     * @param lang "de", "en", or null for both alternately
     */
    public static Thread start(String lang, BooleanSupplier stop) {
        Thread t = new Thread(() -> {
            try {
                run(Files.createTempDirectory("lagebild-warmup"), lang, MAX_ARTICLES, stop);
            } catch (IOException | RuntimeException | LinkageError e) {
                // a warm-up is optional: the ingest stores the same without it
            }
        }, THREAD);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Stores up to {@code max} synthetic articles into a scratch store in {@code dir}, deleted again; returns how many. */
    static int run(Path dir, String lang, int max, BooleanSupplier stop) throws IOException {
        int stored = 0;
        try (Store s = Store.open(StoreConfig.embedded(dir))) {
            Synthetic articles = new Synthetic(lang, new Random(dir.hashCode()));
            while (stored < max && !stop.getAsBoolean()) {
                int n = Math.min(BATCH, max - stored);
                stored += s.putAll(new Iterator<>() {
                    int left = n;

                    @Override
                    public boolean hasNext() {
                        return left > 0 && !stop.getAsBoolean();
                    }

                    @Override
                    public Store.Entry next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        left--;
                        return articles.next();
                    }
                });
            }
        } finally {
            delete(dir);
        }
        return stored;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Varied articles with valid offsets: statements of invented people (some only by surname, for
     * the aliases), events between states and organisations on days that recur across articles
     * (clusters), a forum, times, quantities, and every seventh article a copy of the one before
     * with a line added (a near-duplicate).
     */
    static final class Synthetic {
        private static final String[][] STATES = {{"DEU", "Deutschland", "Germany"}, {"RUS", "Russland", "Russia"},
                {"UKR", "Ukraine", "Ukraine"}, {"FRA", "Frankreich", "France"}, {"POL", "Polen", "Poland"},
                {"NATO", "Nato", "NATO"}, {"EU", "EU", "EU"}};
        private static final String[] FIRST = {"Lena", "Jonas", "Miriam", "Tobias", "Clara", "Felix"};
        private static final String[] LAST = {"Amberg", "Kessler", "Lindqvist", "Moravec", "Ostrander", "Vellinga"};
        /** PLOVER type, quad class, intensity, CAMEO code, German and English trigger. */
        private static final String[][] EVENTS = {{"CONSULT", "verbal cooperation", "1.0", "040", "traf", "met"},
                {"ACCUSE", "verbal conflict", "-2.0", "112", "beschuldigte", "accused"},
                {"THREATEN", "verbal conflict", "-4.0", "130", "drohte", "threatened"},
                {"SUPPORT", "verbal cooperation", "3.0", "051", "unterstützte", "supported"},
                {"ASSAULT", "material conflict", "-9.0", "190", "griff", "attacked"}};
        private static final String[] WORDS_DE = {"Regierung", "Grenze", "Gespräche", "Sanktionen", "Truppen",
                "Verhandlungen", "Sicherheit", "Wirtschaft", "Hilfe", "Lage", "Gipfel", "Vertrag", "Woche", "Minister",
                "Abkommen", "Region", "Angriff", "Energie", "Bündnis", "Erklärung"};
        private static final String[] WORDS_EN = {"government", "border", "talks", "sanctions", "troops",
                "negotiations", "security", "economy", "aid", "situation", "summit", "treaty", "week", "minister",
                "agreement", "region", "attack", "energy", "alliance", "statement"};

        private final String fixedLang;
        private final Random random;
        private int count;
        private Store.Entry previous;

        Synthetic(String lang, Random random) {
            this.fixedLang = lang;
            this.random = random;
        }

        Store.Entry next() {
            count++;
            if (previous != null && count % 7 == 0) {
                Analysis p = previous.analysis();
                String text = p.text() + "\n\n" + (p.lang().equals("de") ? "Aktualisiert." : "Updated.");
                previous = entry(new Analysis(p.id() + "-copy", p.lang(), p.date(), p.dateGranularity(), p.title(),
                        null, text, p.actors(), p.statements(), p.events(), p.forums(), p.times(), p.quantities(),
                        p.excluded()));
            } else {
                previous = entry(article(fixedLang != null ? fixedLang : count % 2 == 0 ? "de" : "en"));
            }
            return previous;
        }

        private static Store.Entry entry(Analysis a) {
            PublicationDate pub = PublicationDate.parse(a.date()).orElse(null);
            return new Store.Entry(a, new Document(a.id(), a.text(), a.lang(), pub, a.title(), null, a.id()));
        }

        private Analysis article(String lang) {
            boolean de = lang.equals("de");
            LocalDate published = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(20));
            Text t = new Text();
            List<ActorRecord> actors = new ArrayList<>();
            List<StatementRecord> statements = new ArrayList<>();
            List<EventRecord> events = new ArrayList<>();
            List<TimeRecord> times = new ArrayList<>();
            List<QuantityRecord> quantities = new ArrayList<>();
            List<ForumRecord> forums = new ArrayList<>();
            String[] a = STATES[random.nextInt(STATES.length)];
            String[] b = STATES[(List.of(STATES).indexOf(a) + 1 + random.nextInt(STATES.length - 1)) % STATES.length];
            List<ActorRecord.MentionRecord> aMentions = new ArrayList<>();
            List<ActorRecord.MentionRecord> bMentions = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                filler(t, de);
                if (s % 3 == 0) {
                    // "A traf B am 5. März 2024."
                    String[] ev = EVENTS[random.nextInt(EVENTS.length)];
                    LocalDate day = published.minusDays(random.nextInt(4));
                    Evidence src = t.add(de ? a[1] : a[2]);
                    t.add(" ");
                    Evidence trigger = t.add(de ? ev[4] : ev[5]);
                    t.add(" ");
                    Evidence tgt = t.add(de ? b[1] : b[2]);
                    t.add(de ? " am " : " on ");
                    Evidence when = t.add(de ? day.getDayOfMonth() + ". März 2024" : "March " + day.getDayOfMonth() + ", 2024");
                    t.add(". ");
                    aMentions.add(new ActorRecord.MentionRecord(src.start(), src.end(), src.text(), "name", false));
                    bMentions.add(new ActorRecord.MentionRecord(tgt.start(), tgt.end(), tgt.text(), "name", false));
                    times.add(new TimeRecord(when.start(), when.end(), when.text(), "DATE", day.toString(), "day", true, null));
                    events.add(new EventRecord("e" + events.size(), ev[0], null, List.of(), ev[1],
                            Double.valueOf(ev[2]), ev[3], List.of(a[0]), List.of(b[0]), false, false, false, false,
                            new EventRecord.EventDate(day.toString(), "day", true, when.text()), null, null,
                            new EventRecord.Trigger(trigger.start(), trigger.end(), trigger.text(), trigger.text()),
                            new Evidence(src.start(), when.end(), t.text(src.start(), when.end())),
                            List.of(src), List.of(tgt)));
                } else if (s % 3 == 1) {
                    // "Lena Amberg sagte, …" (every other speaker by surname only: the aliases)
                    String last = LAST[random.nextInt(LAST.length)];
                    String name = random.nextBoolean() ? FIRST[random.nextInt(FIRST.length)] + " " + last : last;
                    String id = "person:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
                    Evidence speaker = t.add(name);
                    t.add(" ");
                    Evidence cue = t.add(de ? "sagte" : "said");
                    t.add(de ? ", " : " that ");
                    Evidence quote = t.add(de ? "die " + word(true) + " sei " + word(true) + " gewesen"
                            : "the " + word(false) + " had been " + word(false));
                    t.add(". ");
                    if (actors.stream().noneMatch(r -> r.id().equals(id))) {
                        actors.add(new ActorRecord(id, name, "PERSON", null, null, null, null, null, null, List.of(),
                                List.of(new ActorRecord.MentionRecord(speaker.start(), speaker.end(), name, "name", false))));
                    }
                    statements.add(new StatementRecord("s" + statements.size(),
                            new StatementRecord.Party(id, speaker.start(), speaker.end(), name),
                            new StatementRecord.Cue(cue.start(), cue.end(), cue.text(), cue.text(), List.of(cue)),
                            quote, "indirect", "speech", null, null,
                            new Evidence(speaker.start(), quote.end(), t.text(speaker.start(), quote.end()))));
                } else if (s == 2) {
                    // "Rund 300 Soldaten kamen zu den Gesprächen." (a quantity and a forum)
                    Evidence q = t.add((de ? "Rund " : "About ") + (100 + random.nextInt(900)) + (de ? " Soldaten" : " soldiers"));
                    t.add(de ? " kamen zu den " : " came to the ");
                    Evidence forum = t.add(de ? "Gesprächen" : "talks");
                    t.add(". ");
                    quantities.add(new QuantityRecord(q.start(), q.end(), q.text(), 100, null, true, "approx",
                            de ? "Soldaten" : "soldiers"));
                    forums.add(new ForumRecord("f0", "negotiations", null, List.of(new ForumRecord.Mention(forum, forum)),
                            List.of(), null, null, null, false, List.of()));
                }
            }
            actors.add(new ActorRecord(a[0], a[2], a[0].length() == 3 ? "COUNTRY" : "ORGANIZATION", a[0], null, null,
                    null, null, null, List.of(), aMentions));
            actors.add(new ActorRecord(b[0], b[2], b[0].length() == 3 ? "COUNTRY" : "ORGANIZATION", b[0], null, null,
                    null, null, null, List.of(), bMentions));
            String text = t.toString();
            String title = text.substring(0, text.indexOf(' ', 40));
            return new Analysis("warm-up-" + count, lang, published.toString(), "day", title, null, text, actors,
                    statements, events, forums, times, quantities, List.of());
        }

        /** A sentence of four to nine random words (the vocabulary the index and MinHash see). */
        private void filler(Text t, boolean de) {
            StringBuilder s = new StringBuilder(de ? "Die " : "The ");
            for (int i = 4 + random.nextInt(6); i > 0; i--) {
                s.append(word(de)).append(i > 1 ? " " : ". ");
            }
            t.add(s.toString());
        }

        private String word(boolean de) {
            String[] words = de ? WORDS_DE : WORDS_EN;
            return words[random.nextInt(words.length)];
        }
    }

    /** A text being written, handing out the offsets of each part. */
    private static final class Text {
        private final StringBuilder text = new StringBuilder();

        Evidence add(String part) {
            int start = text.length();
            text.append(part);
            return new Evidence(start, text.length(), part);
        }

        String text(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

package org.lagebild.store;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.ingest.Document;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.Evidence;
import org.lagebild.model.EventRecord;
import org.lagebild.model.ForumRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.time.PublicationDate;

/** Hand-built analyses with valid offsets, so store tests need no NLP models. */
final class StoreFixtures {
    /** A document and its analysis. */
    record Article(Document document, Analysis analysis) {
        String id() {
            return Store.articleId(document.text());
        }
    }

    private StoreFixtures() {
    }

    static final String GERMAN = "Die Verhandlungen zwischen der Nato und Russland sind gescheitert. "
            + "Nato-Generalsekretär Jens Stoltenberg sagte, es gebe erhebliche Meinungsverschiedenheiten mit Moskau. "
            + "Schon 2021 hatte die Nato die Forderungen Moskaus zurückgewiesen.";

    static final String ENGLISH = "European leaders are rearming the continent. "
            + "\"Europe must take responsibility for its own security\", Commission President Ursula von der Leyen said. "
            + "Russia threatened the European Union on Tuesday.";

    /** German, published in January 2022: a consultation on 12 January and a rejection in 2021. */
    static Article german() {
        return german("nato.txt", GERMAN, "Verhandlungen in Brüssel");
    }

    /** The German fixture's analysis over another text that contains all its spans (a syndicated copy). */
    static Article german(String source, String text, String title) {
        Builder b = new Builder(source, text, "de", PublicationDate.parse("2022-01").orElseThrow(), title);
        b.actor("NATO", "Nato", "ORGANIZATION", "NATO", "Nato");
        b.actor("RUS", "Russland", "COUNTRY", "RUS", "Russland", "Moskau");
        b.actor("person:jens-stoltenberg", "Jens Stoltenberg", "PERSON", null, "Jens Stoltenberg");
        b.statement("s1", "person:jens-stoltenberg", "Nato-Generalsekretär Jens Stoltenberg", "sagte",
                "es gebe erhebliche Meinungsverschiedenheiten mit Moskau");
        b.event("e1", "CONSULT", List.of("NATO"), List.of("RUS"), "2022-01-12", "Verhandlungen", null);
        b.event("e2", "REJECT", List.of("NATO"), List.of("RUS"), "2021", "zurückgewiesen", null);
        b.locate("e1", "Moskau", "RUS", 55.75222, 37.61556, 524901L); // GeoNames' Moscow
        b.forum("f1", "negotiations", "Verhandlungen", "e1", "NATO", "RUS");
        return b.build();
    }

    /** English, published on 4 March 2025: a statement and a threat without its own date. */
    static Article english() {
        Builder b = new Builder("voa.txt", ENGLISH, "en", PublicationDate.parse("2025-03-04").orElseThrow(), null);
        b.actor("EU", "European Union", "ORGANIZATION", "EU", "European Union");
        b.actor("RUS", "Russia", "COUNTRY", "RUS", "Russia");
        b.actor("person:ursula-von-der-leyen", "Ursula von der Leyen", "PERSON", null, "Ursula von der Leyen");
        b.statement("s1", "person:ursula-von-der-leyen", "Commission President Ursula von der Leyen", "said",
                "Europe must take responsibility for its own security", "its own security");
        b.event("e1", "THREATEN", List.of("RUS"), List.of("EU"), null, "threatened", null);
        return b.build();
    }

    /** Builds an analysis whose offsets are found in the text, so they are always consistent. */
    static final class Builder {
        private final String source;
        private final String text;
        private final String lang;
        private final PublicationDate date;
        private final String title;
        private final List<ActorRecord> actors = new ArrayList<>();
        private final List<StatementRecord> statements = new ArrayList<>();
        private final List<EventRecord> events = new ArrayList<>();
        private final List<ForumRecord> forums = new ArrayList<>();

        Builder(String source, String text, String lang, PublicationDate date, String title) {
            this.source = source;
            this.text = text;
            this.lang = lang;
            this.date = date;
            this.title = title;
        }

        private Evidence span(String part) {
            int at = text.indexOf(part);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + part);
            }
            return new Evidence(at, at + part.length(), part);
        }

        Builder actor(String id, String name, String type, String code, String... mentions) {
            List<ActorRecord.MentionRecord> ms = new ArrayList<>();
            for (String m : mentions) {
                Evidence e = span(m);
                ms.add(new ActorRecord.MentionRecord(e.start(), e.end(), m, "name", false));
            }
            actors.add(new ActorRecord(id, name, type, code, null, null, null, null, null, List.of(), ms));
            return this;
        }

        /** The actor {@code id}, added before, with this affiliation. */
        Builder affiliation(String id, String affiliation) {
            actors.replaceAll(a -> a.id().equals(id) ? new ActorRecord(a.id(), a.name(), a.type(), a.code(), a.country(),
                    affiliation, a.sector(), a.gender(), a.wikidata(), a.roles(), a.mentions()) : a);
            return this;
        }

        Builder statement(String id, String actor, String speaker, String cue, String quote) {
            return statement(id, actor, speaker, cue, quote, null);
        }

        /** A statement about {@code topic} (a thing: no actor), or about nothing named when null. */
        Builder statement(String id, String actor, String speaker, String cue, String quote, String topic) {
            Evidence sp = span(speaker);
            Evidence c = span(cue);
            Evidence q = span(quote);
            Evidence t = topic == null ? null : span(topic);
            statements.add(new StatementRecord(id, new StatementRecord.Party(actor, sp.start(), sp.end(), speaker),
                    new StatementRecord.Cue(c.start(), c.end(), cue, cue, List.of(c)), q, "indirect", "speech",
                    null, t == null ? null : new StatementRecord.Party(null, t.start(), t.end(), topic), null, q));
            return this;
        }

        Builder event(String id, String type, List<String> source, List<String> target, String dateValue,
                      String trigger, String statement) {
            Evidence t = span(trigger);
            events.add(new EventRecord(id, type, null, List.of(), "verbal cooperation", 1.0, "040", source, target,
                    false, false, false, false,
                    new EventRecord.EventDate(dateValue, dateValue == null ? null : "day", dateValue != null, null),
                    null, statement, new EventRecord.Trigger(t.start(), t.end(), trigger, trigger), t, List.of(), List.of()));
            return this;
        }

        /** Gives event {@code id} a location at the first occurrence of {@code place} in the text. */
        Builder locate(String id, String place, String country, double lat, double lon, Long geonamesId) {
            Evidence at = span(place);
            events.replaceAll(e -> !e.id().equals(id) ? e : new EventRecord(e.id(), e.type(), e.mode(), e.context(),
                    e.quad(), e.intensity(), e.cameo(), e.source(), e.target(), e.negated(), e.future(),
                    e.hypothetical(), e.historical(), e.date(),
                    new EventRecord.Location(null, place, country, at.start(), at.end(), place, lat, lon, geonamesId),
                    e.statement(), e.trigger(), e.evidence(), e.sourceMentions(), e.targetMentions()));
            return this;
        }

        /** A forum with its participants (all "participant" of themselves) and one consult outcome. */
        Builder forum(String id, String kind, String trigger, String consultEvent, String... participants) {
            Evidence t = span(trigger);
            List<ForumRecord.Participant> ps = new ArrayList<>();
            for (String p : participants) {
                ActorRecord a = actors.stream().filter(r -> r.id().equals(p)).findFirst().orElseThrow();
                ActorRecord.MentionRecord m = a.mentions().get(0);
                ps.add(new ForumRecord.Participant(p, a.name(), "participant", p, new Evidence(m.start(), m.end(), m.text()), null));
            }
            forums.add(new ForumRecord(id, kind, null, List.of(new ForumRecord.Mention(t, t)), ps, null, null, null, false,
                    List.of(new ForumRecord.Outcome("consult", consultEvent, "CONSULT", t))));
            return this;
        }

        Article build() {
            Document d = new Document(source, text, lang, date, title, null, source);
            Analysis a = new Analysis(source, lang, date == null ? null : date.toString(),
                    date == null ? null : date.granularity().label(), title, null, text, actors, statements,
                    events, List.copyOf(forums), List.of(), List.of(), List.of());
            return new Article(d, a);
        }
    }
}

package org.lagebild.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.lagebild.ingest.Document;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.report.JsonOutput;
import org.lagebild.store.DateSpan;
import org.lagebild.store.Store;
import org.lagebild.time.PublicationDate;

/**
 * Flattens an analysis into the rows of the Parquet tables, with the columns (names, meaning,
 * order) of the store's tables in {@code org/lagebild/store/schema.sql}: {@code articles},
 * {@code actors} (the store's {@code article_actors}), {@code statements} and {@code events}.
 * Differences: articles have no {@code ingested_at} (set when loaded into a store), and events
 * carry their source and target actor ids as arrays instead of a separate {@code event_actors}.
 *
 * <p>One analysed document is one {@link #RESULT} row: the article columns plus nested arrays
 * of its statements, events and actors, so that analysis runs once and each table is a
 * projection of the same rows.
 */
final class AnalysisRows {
    private static final DataType STR = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType DATE = DataTypes.DateType;
    private static final DataType BOOL = DataTypes.BooleanType;

    static final StructType ARTICLE = new StructType()
            .add("id", STR).add("source_id", STR).add("lang", STR).add("pub_date", STR)
            .add("pub_granularity", STR).add("pub_from", DATE).add("pub_to", DATE).add("title", STR)
            .add("url", STR).add("body", STR).add("analysis", STR);

    static final StructType ACTOR = new StructType()
            .add("article_id", STR, false).add("actor_id", STR).add("name", STR).add("name_key", STR)
            .add("type", STR).add("code", STR).add("country", STR).add("affiliation", STR).add("sector", STR)
            .add("mentions", INT, false);

    static final StructType STATEMENT = new StructType()
            .add("article_id", STR, false).add("statement_id", STR).add("seq", INT, false)
            .add("speaker_actor", STR).add("speaker_name", STR).add("speaker_name_key", STR)
            .add("speaker_text", STR).add("speaker_start", INT).add("speaker_end", INT).add("cue", STR)
            .add("cue_lemma", STR).add("quote", STR).add("quote_start", INT).add("quote_end", INT)
            .add("form", STR).add("medium", STR).add("addressee_actor", STR).add("addressee_text", STR)
            .add("parent_id", STR).add("pub_from", DATE).add("pub_to", DATE)
            .add("topic_actor", STR).add("topic_text", STR);

    static final StructType EVENT = new StructType()
            .add("article_id", STR, false).add("event_id", STR).add("seq", INT, false).add("type", STR)
            .add("mode", STR).add("quad", STR).add("intensity", DataTypes.DoubleType).add("cameo", STR)
            .add("negated", BOOL, false).add("future", BOOL, false).add("hypothetical", BOOL, false)
            .add("historical", BOOL, false).add("date_value", STR).add("date_granularity", STR)
            .add("date_resolved", BOOL, false).add("date_text", STR).add("location_actor", STR)
            .add("location_name", STR).add("location_country", STR).add("statement_id", STR)
            .add("trigger_text", STR).add("trigger_lemma", STR).add("evidence", STR).add("evidence_start", INT)
            .add("evidence_end", INT).add("pub_from", DATE).add("pub_to", DATE).add("when_from", DATE)
            .add("when_to", DATE).add("source", DataTypes.createArrayType(STR))
            .add("target", DataTypes.createArrayType(STR));

    /** Failed documents: where they came from and why. */
    static final StructType FAILURE = new StructType()
            .add("source_id", STR).add("source", STR).add("error", STR);

    /** One document's outcome; {@code error} is null exactly when the analysis succeeded. */
    static final StructType RESULT = withNested();

    private static StructType withNested() {
        StructType t = ARTICLE;
        t = t.add("statements", DataTypes.createArrayType(STATEMENT))
                .add("events", DataTypes.createArrayType(EVENT))
                .add("actors", DataTypes.createArrayType(ACTOR));
        for (String f : List.of("source", "error")) {
            t = t.add(f, STR);
        }
        return t;
    }

    private AnalysisRows() {
    }

    /** The {@link #RESULT} row of an analysed document. */
    static Row result(Document d, Analysis a) {
        String id = Store.articleId(d.text());
        PublicationDate pub = Store.publicationDate(a, d);
        DateSpan span = DateSpan.of(pub);
        Map<String, ActorRecord> actors = new LinkedHashMap<>();
        for (ActorRecord r : a.actors()) {
            actors.putIfAbsent(r.id(), r);
        }
        List<Object> v = new ArrayList<>(article(id, d, a, pub, span));
        // Arrays, not lists: Spark's row encoder takes Java arrays for array columns.
        v.add(statements(id, a, span, actors).toArray(new Row[0]));
        v.add(events(id, a, span).toArray(new Row[0]));
        v.add(actors(id, actors).toArray(new Row[0]));
        v.add(d.source());
        v.add(null);
        return RowFactory.create(v.toArray());
    }

    /** The {@link #RESULT} row of a document that could not be read or analysed. */
    static Row failed(String sourceId, String source, String error) {
        Object[] v = new Object[RESULT.size()];
        v[RESULT.fieldIndex("source_id")] = sourceId;
        v[RESULT.fieldIndex("source")] = source;
        v[RESULT.fieldIndex("error")] = Objects.requireNonNull(error);
        return RowFactory.create(v);
    }

    private static List<Object> article(String id, Document d, Analysis a, PublicationDate pub, DateSpan span) {
        String json;
        try {
            json = JsonOutput.mapper().writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("analysis not serialisable", e);
        }
        return java.util.Arrays.asList(id, d.id(), a.lang(), pub == null ? null : pub.toString(),
                pub == null ? null : pub.granularity().label(), from(span), to(span), a.title(), a.url(), a.text(),
                json);
    }

    private static List<Row> actors(String id, Map<String, ActorRecord> actors) {
        List<Row> rows = new ArrayList<>();
        for (ActorRecord r : actors.values()) {
            rows.add(RowFactory.create(id, r.id(), r.name(), Store.key(r.name()), r.type(), r.code(), r.country(),
                    r.affiliation(), r.sector(), r.mentions() == null ? 0 : r.mentions().size()));
        }
        return rows;
    }

    private static List<Row> statements(String id, Analysis a, DateSpan span, Map<String, ActorRecord> actors) {
        List<Row> rows = new ArrayList<>();
        int seq = 0;
        for (StatementRecord s : a.statements()) {
            StatementRecord.Party sp = s.speaker();
            ActorRecord actor = sp == null || sp.actor() == null ? null : actors.get(sp.actor());
            String name = actor == null ? null : actor.name();
            rows.add(RowFactory.create(id, s.id(), seq++,
                    sp == null ? null : sp.actor(), name, Store.key(name), sp == null ? null : sp.text(),
                    sp == null ? null : sp.start(), sp == null ? null : sp.end(),
                    s.cue() == null ? null : s.cue().text(), s.cue() == null ? null : s.cue().lemma(),
                    s.quote() == null ? null : s.quote().text(), s.quote() == null ? null : s.quote().start(),
                    s.quote() == null ? null : s.quote().end(), s.form(), s.medium(),
                    s.addressee() == null ? null : s.addressee().actor(),
                    s.addressee() == null ? null : s.addressee().text(), s.parent(), from(span), to(span),
                    s.topic() == null ? null : s.topic().actor(), s.topic() == null ? null : s.topic().text()));
        }
        return rows;
    }

    private static List<Row> events(String id, Analysis a, DateSpan span) {
        List<Row> rows = new ArrayList<>();
        int seq = 0;
        for (EventRecord e : a.events()) {
            EventRecord.EventDate ed = e.date();
            DateSpan own = ed == null ? null : DateSpan.ofValue(ed.value());
            DateSpan when = own != null ? own : span;
            rows.add(RowFactory.create(id, e.id(), seq++,
                    e.type() == null ? "" : e.type().toUpperCase(Locale.ROOT), e.mode(), e.quad(), e.intensity(),
                    e.cameo(), e.negated(), e.future(), e.hypothetical(), e.historical(),
                    ed == null ? null : ed.value(), ed == null ? null : ed.granularity(), ed != null && ed.resolved(),
                    ed == null ? null : ed.text(),
                    e.location() == null ? null : e.location().actor(),
                    e.location() == null ? null : e.location().name(),
                    e.location() == null ? null : e.location().country(), e.statement(),
                    e.trigger() == null ? null : e.trigger().text(), e.trigger() == null ? null : e.trigger().lemma(),
                    e.evidence() == null ? null : e.evidence().text(),
                    e.evidence() == null ? null : e.evidence().start(),
                    e.evidence() == null ? null : e.evidence().end(),
                    from(span), to(span), from(when), to(when), distinct(e.source()), distinct(e.target())));
        }
        return rows;
    }

    /** Actor ids once each, in order, as the store's event_actors keeps them. */
    private static String[] distinct(List<String> ids) {
        if (ids == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (String s : new LinkedHashSet<>(ids)) {
            if (s != null) {
                out.add(s);
            }
        }
        return out.toArray(new String[0]);
    }

    private static Date from(DateSpan s) {
        return s == null ? null : sqlDate(s.from());
    }

    private static Date to(DateSpan s) {
        return s == null ? null : sqlDate(s.to());
    }

    private static Date sqlDate(LocalDate d) {
        return Date.valueOf(d);
    }
}

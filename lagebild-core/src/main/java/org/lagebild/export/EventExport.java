package org.lagebild.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.EventRecord;
import org.lagebild.store.StoredArticle;
import org.lagebild.time.PublicationDate;

/**
 * The events of one stored article as export records: PLOVER/POLECAT-shaped maps (written as
 * JSON Lines) and GDELT 2.0 event-table rows. Both are built from the stored analysis, so they
 * carry everything the analysis has (context, actor attributes, location, evidence offsets).
 */
public final class EventExport {
    /** GDELT 2.0 event table columns, in the codebook's order. */
    public static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
            "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
            "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
            "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
            "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
            "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
            "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");
    private static final List<String> QUADS = List.of("verbal cooperation", "material cooperation",
            "verbal conflict", "material conflict");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final StoredArticle article;
    private final Map<String, ActorRecord> actors = new HashMap<>();

    public EventExport(StoredArticle article) {
        this.article = article;
        for (ActorRecord a : article.analysis().actors()) {
            actors.putIfAbsent(a.id(), a);
        }
    }

    public List<EventRecord> events() {
        return article.analysis().events();
    }

    /** The event's day: its own resolved calendar day, else the article's publication day, else null. */
    LocalDate day(EventRecord e) {
        if (e.date() != null && e.date().resolved() && e.date().value() != null) {
            Optional<PublicationDate> d = PublicationDate.parse(e.date().value());
            if (d.isPresent() && d.get().day() != null) {
                return d.get().localDate().orElse(null);
            }
        }
        return publicationDay();
    }

    private LocalDate publicationDay() {
        Optional<PublicationDate> p = PublicationDate.parse(article.meta().date());
        return p.isPresent() && p.get().day() != null ? p.get().localDate().orElse(null) : null;
    }

    /** The PLOVER record of one event; keys follow the PLOVER/POLECAT field names where one exists. */
    public Map<String, Object> plover(EventRecord e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", article.meta().id() + ":" + e.id());
        LocalDate day = day(e);
        r.put("date", day != null ? day.toString() : article.meta().date());
        boolean own = e.date() != null && e.date().resolved();
        r.put("date_resolved", own);
        r.put("date_value", e.date() == null ? null : e.date().value());
        r.put("date_granularity", e.date() == null ? null : e.date().granularity());
        r.put("date_text", e.date() == null ? null : e.date().text());
        r.put("event", e.type());
        r.put("mode", e.mode());
        r.put("context", e.context() == null ? List.of() : e.context());
        r.put("actor", entities(e.source()));
        r.put("recipient", entities(e.target()));
        r.put("event_loc", location(e.location()));
        r.put("event_text", e.trigger() == null ? null : e.trigger().text());
        r.put("quad_code", quadCode(e.quad()));
        r.put("quad_class", e.quad());
        r.put("event_scale", e.intensity());
        r.put("cameo", e.cameo());
        r.put("negated", e.negated());
        r.put("future", e.future());
        r.put("hypothetical", e.hypothetical());
        r.put("historical", e.historical());
        r.put("text", e.evidence() == null ? null : e.evidence().text());
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("start", e.evidence() == null ? null : e.evidence().start());
        info.put("end", e.evidence() == null ? null : e.evidence().end());
        info.put("trigger_start", e.trigger() == null ? null : e.trigger().start());
        info.put("trigger_end", e.trigger() == null ? null : e.trigger().end());
        r.put("text_info", info);
        r.put("statement", e.statement());
        r.put("article_id", article.meta().id());
        Map<String, Object> cite = new LinkedHashMap<>();
        cite.put("url", article.meta().url());
        cite.put("language", article.meta().lang());
        cite.put("title", article.meta().title());
        cite.put("source_id", article.meta().sourceId());
        cite.put("publication_date", article.meta().date());
        r.put("cite_info", cite);
        r.put("coder", "lagebild");
        return r;
    }

    private List<Map<String, Object>> entities(List<String> ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            ActorRecord a = actors.get(id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entity_id", id);
            m.put("entity_text", a == null ? null : a.name());
            m.put("entity_type", a == null ? null : a.type());
            m.put("code", a == null ? null : a.code());
            m.put("country", a == null ? null : a.country());
            m.put("sector", a == null ? null : a.sector());
            m.put("affiliation", a == null ? null : a.affiliation());
            m.put("gender", a == null ? null : a.gender());
            m.put("office", a == null || a.roles() == null || a.roles().isEmpty() ? null : a.roles().get(0).title());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> location(EventRecord.Location l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("extracted_place", l.text());
        m.put("resolved_place", l.name());
        m.put("entity_id", l.actor());
        m.put("country_code", l.country());
        m.put("start", l.start());
        m.put("end", l.end());
        return m;
    }

    private static Integer quadCode(String quad) {
        int i = quad == null ? -1 : QUADS.indexOf(quad);
        return i < 0 ? null : i + 1;
    }

    /** The GDELT row of one event ({@link #GDELT_COLUMNS}); empty strings where we have no value. */
    public List<String> gdelt(EventRecord e) {
        String[] v = new String[GDELT_COLUMNS.size()];
        java.util.Arrays.fill(v, "");
        v[0] = Long.toString(globalId(article.meta().id() + ":" + e.id()));
        LocalDate day = day(e);
        if (day != null) {
            v[1] = String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            v[2] = String.format("%04d%02d", day.getYear(), day.getMonthValue());
            v[3] = Integer.toString(day.getYear());
            v[4] = String.format(java.util.Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0);
        }
        actor(v, 5, first(e.source()));
        actor(v, 15, first(e.target()));
        if (e.cameo() != null && !e.cameo().isBlank()) {
            String c = e.cameo().strip();
            v[26] = c;
            v[27] = c.substring(0, Math.min(3, c.length()));
            v[28] = c.substring(0, Math.min(2, c.length()));
        }
        Integer quad = quadCode(e.quad());
        v[29] = quad == null ? "" : quad.toString();
        v[30] = e.intensity() == null ? "" : e.intensity().toString();
        v[31] = "1";
        v[32] = "1";
        v[33] = "1";
        if (e.location() != null) {
            boolean country = e.location().actor() != null && e.location().actor().equals(e.location().country());
            v[50] = country ? "1" : "";
            v[51] = nz(e.location().name());
            v[52] = nz(e.location().country());
        }
        if (article.meta().ingestedAt() != null) {
            v[59] = ADDED.format(Instant.parse(article.meta().ingestedAt()));
        }
        v[60] = nz(article.meta().url());
        List<String> row = new ArrayList<>(v.length);
        for (String s : v) {
            row.add(tsvSafe(s));
        }
        return row;
    }

    private void actor(String[] v, int at, String id) {
        if (id == null) {
            return;
        }
        ActorRecord a = actors.get(id);
        String code = a == null ? null : a.code();
        String country = a == null ? null : a.country();
        String sector = a == null ? null : a.sector();
        boolean org = a != null && "ORGANIZATION".equals(a.type());
        // GDELT's actor code is country (or group) code followed by role codes, e.g. RUSGOV.
        String base = code != null ? code : country;
        v[at] = base == null ? "" : base + (sector == null || code != null ? "" : sector);
        v[at + 1] = a == null || a.name() == null ? id : a.name();
        v[at + 2] = nz(country != null ? country : (a != null && "COUNTRY".equals(a.type()) ? code : null));
        v[at + 3] = org ? nz(code) : "";
        v[at + 7] = nz(sector);
    }

    private static String first(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** GDELT's TSV has no quoting: tabs and line breaks inside a value become spaces. */
    static String tsvSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }

    /** A positive 63-bit id from the record's string id (GDELT ids are integers). */
    static long globalId(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xFF);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

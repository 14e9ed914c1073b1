package org.lagebild.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Validated query parameters; anything malformed becomes a 400 naming the parameter. */
final class Params {
    /** Largest page a list endpoint returns; larger requested limits are capped to it. */
    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 50;
    /** Deepest offset served; deeper paging should narrow the query instead. */
    static final int MAX_OFFSET = 9_500;
    /** Longest accepted text parameter (queries, actor names), in chars. */
    static final int MAX_TEXT = 500;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** A trimmed text parameter; null when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name, "longer than " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    /** An ISO day (YYYY-MM-DD); null when absent. */
    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "not a date (YYYY-MM-DD): " + ApiException.excerpt(v));
        }
    }

    /** Both ends of a date range, checked to be in order. */
    LocalDate[] range() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from", "after 'to' (" + from + " > " + to + ")");
        }
        return new LocalDate[] {from, to};
    }

    int limit() {
        Integer v = integer("limit");
        if (v == null) {
            return DEFAULT_LIMIT;
        }
        if (v < 1) {
            throw ApiException.badRequest("limit", "must be at least 1: " + v);
        }
        return Math.min(v, MAX_LIMIT);
    }

    int offset() {
        Integer v = integer("offset");
        if (v == null) {
            return 0;
        }
        if (v < 0) {
            throw ApiException.badRequest("offset", "must not be negative: " + v);
        }
        if (v > MAX_OFFSET) {
            throw ApiException.badRequest("offset", "must be at most " + MAX_OFFSET + ": " + v);
        }
        return v;
    }

    /** One of the allowed values (case-insensitive, returned lower-case), or the default when absent. */
    String choice(String name, Set<String> allowed, String dflt) {
        String v = text(name);
        if (v == null) {
            return dflt;
        }
        String k = v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(k)) {
            throw ApiException.badRequest(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList())
                    + ", not " + ApiException.excerpt(v));
        }
        return k;
    }

    private Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        if (!v.matches("[+-]?\\d{1,9}")) {
            throw ApiException.badRequest(name, "not an integer: " + ApiException.excerpt(v));
        }
        return Integer.parseInt(v);
    }
}

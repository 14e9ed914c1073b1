package org.lagebild.store;

import java.time.LocalDate;

/**
 * Events filter; null fields do not filter.
 *
 * @param source actor id (exact) or actor name (case-insensitive) among the event's sources
 * @param target the same among its targets
 * @param type   PLOVER type (CONSULT, REJECT, …), case-insensitive
 * @param from   first day (inclusive) the event's date must overlap; an event without a
 *               calendar date counts with its article's publication date
 * @param to     last day (inclusive)
 * @param located only events whose location has coordinates (the event map)
 */
public record EventQuery(String source, String target, String type, LocalDate from, LocalDate to, Page page,
                         boolean located) {
    public EventQuery {
        page = page == null ? Page.FIRST : page;
    }

    public EventQuery(String source, String target, String type, LocalDate from, LocalDate to, Page page) {
        this(source, target, type, from, to, page, false);
    }

    public EventQuery located(boolean l) {
        return new EventQuery(source, target, type, from, to, page, l);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null);
    }

    public EventQuery source(String s) {
        return new EventQuery(s, target, type, from, to, page, located);
    }

    public EventQuery target(String t) {
        return new EventQuery(source, t, type, from, to, page, located);
    }

    public EventQuery type(String t) {
        return new EventQuery(source, target, t, from, to, page, located);
    }

    public EventQuery between(LocalDate f, LocalDate t) {
        return new EventQuery(source, target, type, f, t, page, located);
    }

    public EventQuery page(Page p) {
        return new EventQuery(source, target, type, from, to, p, located);
    }
}

package org.lagebild.store;

/** Limit and offset of a query; the limit is capped so no query returns unbounded rows. */
public record Page(int limit, int offset) {
    public static final int MAX_LIMIT = 10_000;
    public static final Page FIRST = new Page(100, 0);

    public Page {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    public static Page of(int limit, int offset) {
        return new Page(limit, offset);
    }

    /** Rows needed to serve this page from the start. */
    int end() {
        return limit + offset;
    }
}

package org.lagebild.model;

/** A temporal expression normalised against the publication date. */
public record TimeRecord(int start, int end, String text, String type, String value, String granularity,
                         boolean resolved, String reason) {
}

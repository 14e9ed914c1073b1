package org.lagebild.model;

/** A part of the text excluded from analysis (credit, caption, signature, heading, meta line). */
public record Region(int start, int end, String kind, String text) {
}

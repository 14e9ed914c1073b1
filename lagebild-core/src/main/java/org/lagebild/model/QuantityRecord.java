package org.lagebild.model;

/** A number with its unit noun ("rund 100.000 Soldaten" → 100000, approximate, "Soldaten"). */
public record QuantityRecord(int start, int end, String text, double value, Double upper, boolean approximate,
                             String qualifier, String unit) {
}

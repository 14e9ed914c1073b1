package org.lagebild.quantities;

/**
 * A quantity stated in text: the span {@code [start, end)} covers modifier, number and unit noun;
 * {@code value} is the number as a double (the lower bound for ranges, with {@code upper} the upper
 * bound); {@code qualifier} is one of exact, approx, more_than, less_than, at_least, at_most, up_to,
 * range; {@code approximate} tells whether the value is not exact. {@code unit} is the surface
 * unit noun ("Soldaten"; an ISO currency code for a symbol such as "$"), located at
 * {@code [unitStart, unitEnd)}, and {@code unitLemma} its normalised lemma when known.
 */
public record Quantity(int start, int end, String text, double value, boolean approximate, String qualifier,
                       Double upper, String unit, Integer unitStart, Integer unitEnd, String unitLemma) {
}

package org.actionplan.core.indicator;

/**
 * What an indicator measures.
 */
public enum IndicatorType {
    /** A count or amount ("Numri i..."). */
    NUMBER,
    /** A percentage, ideally with numerator and denominator ("Përqindja..."). */
    PERCENTAGE,
    /** A yes/no milestone: a product exists or not ("Ekzistenca e...", 0 → 1). */
    MILESTONE,
    /** A qualitative judgement or ordinal score. */
    QUALITATIVE
}

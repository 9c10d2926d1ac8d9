package org.actionplan.core.indicator;

/**
 * How a target value is to be read.
 */
public enum Comparator {
    /** The value or more ("të paktën"). */
    AT_LEAST,
    /** The value or less ("jo më shumë se"). */
    AT_MOST,
    /** Exactly the value. */
    EXACTLY,
    /** An increase over the previous value, with no number ("Rritës"). */
    INCREASE,
    /** A decrease from the previous value, with no number. */
    DECREASE
}

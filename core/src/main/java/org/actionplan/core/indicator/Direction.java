package org.actionplan.core.indicator;

/**
 * Which way an indicator should move.
 */
public enum Direction {
    /** Higher is better. */
    INCREASE,
    /** Lower is better. */
    DECREASE,
    /** Stay at the target level. */
    MAINTAIN,
    /** The document does not say. */
    UNSPECIFIED
}

package org.actionplan.scoring;

/**
 * How an indicator stands against its target trajectory.
 */
public enum Rating {
    /** Attainment at least the on-track threshold (default: within 15% of the trajectory). */
    ON_TRACK,
    /** Attainment at least the at-risk threshold, below on track. */
    AT_RISK,
    /** Attainment below the at-risk threshold. */
    OFF_TRACK,
    /** Not enough data to say: no measurement, no usable target or baseline, or a qualitative value. Never zero. */
    NO_DATA
}

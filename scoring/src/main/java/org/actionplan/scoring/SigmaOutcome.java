package org.actionplan.scoring;

/**
 * How one activity enters the SIGMA implementation rate of a period.
 */
public enum SigmaOutcome {
    /** Not planned for completion in the period (or not in force at its start): outside the rate. */
    NOT_PLANNED,
    /** Planned and achieved: completed, or ongoing and on schedule (or completed). */
    ACHIEVED,
    /** Planned and not achieved (including cancelled or unreported ones, if the policy says so). */
    NOT_ACHIEVED,
    /** Planned but without any status update, and left out by the policy. */
    UNREPORTED,
    /** Planned but cancelled, and left out by the policy. */
    CANCELLED
}

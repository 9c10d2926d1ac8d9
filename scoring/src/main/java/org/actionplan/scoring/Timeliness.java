package org.actionplan.scoring;

/**
 * Where an activity stands against its timeframes for a period, read with the conventions of the core
 * time model (a fuzzy period is due on its last day: {@code 2009-mid} on 31 August 2009).
 */
public enum Timeliness {
    /** Due before the period began and neither completed nor cancelled by its end. */
    OVERDUE,
    /** Due within the period. */
    DUE_IN_PERIOD,
    /** Due after the period ends. */
    NOT_YET_DUE,
    /** Continuous, open-ended or recurring without a due date inside the period. */
    ONGOING,
    /** Due before the period began and completed or cancelled by its end. */
    CLOSED_EARLIER,
    /** No timeframe could be read: none given, or only text no rule understood. */
    UNKNOWN
}

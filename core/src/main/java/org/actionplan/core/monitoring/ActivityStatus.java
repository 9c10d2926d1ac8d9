package org.actionplan.core.monitoring;

/**
 * The implementation status of an activity as a monitoring report states it.
 */
public enum ActivityStatus {
    /** Not started (Albanian <i>nuk ka filluar</i>). */
    NOT_STARTED,
    /** Started and on schedule (<i>në proces, sipas afatit</i>). */
    IN_PROGRESS_ON_SCHEDULE,
    /** Started but behind schedule (<i>në proces, me vonesë</i>). */
    IN_PROGRESS_DELAYED,
    /** Completed (<i>realizuar</i>). */
    COMPLETED,
    /** Partially completed, with no further work planned in the period (<i>realizuar pjesërisht</i>). */
    PARTIALLY_COMPLETED,
    /** Cancelled: will not be implemented. */
    CANCELLED,
    /** Postponed to a later period. */
    POSTPONED;

    /**
     * Tells whether work has started: in progress, completed or partially completed.
     *
     * @return true if started
     */
    public boolean isStarted() {
        return this == IN_PROGRESS_ON_SCHEDULE || this == IN_PROGRESS_DELAYED || this == COMPLETED
                || this == PARTIALLY_COMPLETED;
    }
}

package org.actionplan.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.actionplan.core.Checks;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.Reported;
import org.actionplan.core.monitoring.StatusUpdate;

/**
 * One activity assessed for a period. This class is immutable and thread-safe.
 *
 * @param activityId  the activity id, not null
 * @param timeliness  where it stands against its timeframes, not null
 * @param dueDate  the last due date from its dated timeframes, null if none
 * @param inForceAtStart  whether it was in force on the first day of the period
 * @param status  the status update used (latest whose reporting period ends by the period's end), null if none
 * @param sigma  how it enters the implementation rate, not null
 * @param score  its roll-up score 0 to 1, null if not in the roll-up or no data
 * @param plannedCost  its planned cost over all years, null if not quantified
 * @param lead  the lead institution's id (or the name as written when unresolved), null if none
 */
public record ActivityAssessment(String activityId, Timeliness timeliness, LocalDate dueDate, boolean inForceAtStart,
        Reported<StatusUpdate> status, SigmaOutcome sigma, BigDecimal score, BigDecimal plannedCost, String lead) {

    /**
     * Creates an assessment.
     *
     * @throws NullPointerException if a required value is null
     */
    public ActivityAssessment {
        Checks.notNull(activityId, "activityId");
        Checks.notNull(timeliness, "timeliness");
        Checks.notNull(sigma, "sigma");
    }

    /**
     * Tells whether the activity is overdue at the end of the period: past its deadline and not closed. That is
     * {@link Timeliness#OVERDUE} (due before the period, neither completed nor cancelled by its end), or
     * {@link Timeliness#DUE_IN_PERIOD} with a status at the period's end other than completed or cancelled (no
     * status at all included). The institution scorecards count these; an ongoing activity is never overdue.
     *
     * @return true if overdue at the period's end
     */
    public boolean overdue() {
        if (timeliness == Timeliness.OVERDUE) {
            return true;
        }
        if (timeliness != Timeliness.DUE_IN_PERIOD) {
            return false;
        }
        ActivityStatus s = status == null ? null : status.value().status();
        return s != ActivityStatus.COMPLETED && s != ActivityStatus.CANCELLED;
    }
}

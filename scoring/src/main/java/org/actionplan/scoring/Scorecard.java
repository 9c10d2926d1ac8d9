package org.actionplan.scoring;

import java.util.List;

import org.actionplan.core.Checks;

/**
 * The scores of a plan for several periods, with what could not be matched to the plan.
 * This class is immutable and thread-safe.
 *
 * @param planId  the plan id, not null
 * @param policy  the policy used, not null
 * @param periods  one score per period, in the order asked, may be empty
 * @param unmatchedActivityIds  ids with status updates that are not top-level activities of the plan
 *        (sub-activities or unknown ids), sorted; never silently dropped
 * @param unmatchedIndicatorIds  ids with measurements that are not indicators of the plan, sorted
 */
public record Scorecard(String planId, ScoringPolicy policy, List<PeriodScore> periods,
        List<String> unmatchedActivityIds, List<String> unmatchedIndicatorIds) {

    /**
     * Creates a scorecard.
     *
     * @throws NullPointerException if a required value is null
     */
    public Scorecard {
        Checks.notNull(planId, "planId");
        Checks.notNull(policy, "policy");
        periods = Checks.list(periods, "periods");
        unmatchedActivityIds = Checks.list(unmatchedActivityIds, "unmatchedActivityIds");
        unmatchedIndicatorIds = Checks.list(unmatchedIndicatorIds, "unmatchedIndicatorIds");
    }
}

package org.actionplan.scoring;

import java.util.List;

import org.actionplan.core.Checks;
import org.actionplan.core.time.CalendarPeriod;

/**
 * Everything scored for one period, evaluated at the period's last day. This class is immutable and thread-safe.
 *
 * @param period  the period, not null
 * @param implementation  the SIGMA implementation rate, not null
 * @param objectives  the SIGMA objective fulfilment rate, not null
 * @param rollUp  the weighted roll-up from activities to the plan, not null
 * @param activities  each top-level activity assessed, in plan order, may be empty
 * @param targets  indicator targets due in the period and the next target of each indicator, in plan order
 * @param budget  budget execution per year (plan's first year to the period's year), for all, per source
 *        and per group, sorted, may be empty
 * @param institutions  scorecards per lead institution, sorted by id with no-lead last, may be empty
 */
public record PeriodScore(CalendarPeriod period, ImplementationRate implementation, FulfilmentRate objectives,
        NodeScore rollUp, List<ActivityAssessment> activities, List<TargetAssessment> targets, List<BudgetLine> budget,
        List<InstitutionScorecard> institutions) {

    /**
     * Creates a period score.
     *
     * @throws NullPointerException if a required value is null
     */
    public PeriodScore {
        Checks.notNull(period, "period");
        Checks.notNull(implementation, "implementation");
        Checks.notNull(objectives, "objectives");
        Checks.notNull(rollUp, "rollUp");
        activities = Checks.list(activities, "activities");
        targets = Checks.list(targets, "targets");
        budget = Checks.list(budget, "budget");
        institutions = Checks.list(institutions, "institutions");
    }
}

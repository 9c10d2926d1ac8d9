package org.actionplan.reporting;

import org.actionplan.core.Checks;
import org.actionplan.core.Plan;
import org.actionplan.reporting.internal.ActionPlanBuilder;
import org.actionplan.reporting.internal.MatrixBuilder;
import org.actionplan.reporting.internal.TimelineBuilder;

/**
 * The report builders: pure functions from a plan (and engine results) to a {@link Report}.
 * <p>
 * Labels are in the language of {@link ReportOptions#locale()} (English or Albanian); plan texts are shown in
 * the plan's own language, followed by a translation where the plan gives one. Render the result with
 * {@link ReportFormat#render(Report)}.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Builds the action-plan table in the annex layout: per top-level goal, code, activity, expected results,
     * indicators, means of verification, responsible, supporting, timeframe, cost and funding source, grouped by
     * the hierarchy.
     *
     * @param plan  the plan, not null
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report actionPlan(Plan plan, ReportOptions options) {
        return ActionPlanBuilder.build(Checks.notNull(plan, "plan"), Checks.notNull(options, "options"));
    }

    /**
     * Builds the responsibility matrix: institutions against objectives with their responsible and supporting
     * roles and the cost they lead; names not resolved to the institution registry are listed.
     *
     * @param plan  the plan, not null
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report responsibilityMatrix(Plan plan, ReportOptions options) {
        return MatrixBuilder.build(Checks.notNull(plan, "plan"), Checks.notNull(options, "options"));
    }

    /**
     * Builds the timeline: the activities' timeframes as a Gantt chart per top-level goal, ongoing and fuzzy
     * timeframes drawn as such, unreadable ones listed.
     *
     * @param plan  the plan, not null
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report timeline(Plan plan, ReportOptions options) {
        return TimelineBuilder.build(Checks.notNull(plan, "plan"), Checks.notNull(options, "options"));
    }
}

package org.actionplan.reporting;

import org.actionplan.core.Checks;
import java.util.List;

import org.actionplan.core.Plan;
import org.actionplan.core.validation.ValidationReport;
import org.actionplan.costing.AuditFinding;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.scoring.PeriodScore;
import org.actionplan.reporting.internal.ActionPlanBuilder;
import org.actionplan.reporting.internal.AuditBuilder;
import org.actionplan.reporting.internal.CostingSummaryBuilder;
import org.actionplan.reporting.internal.MatrixBuilder;
import org.actionplan.reporting.internal.ProgressBuilder;
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

    /**
     * Builds the costing summary in the layout of Albania's 2024-2025 plan: summary (total, MTBP, foreign funding
     * with donors, later budget, gap and gap %, current and capital split, funded share, converted total when
     * {@link ReportOptions#conversion()} is set), charts, shares by goal, the costing table per goal, objective,
     * measure and activity with per-year current, capital and total, and the activities without a cost amount.
     *
     * @param costs  the plan's costs from the costing engine ({@code PlanCosts.of(plan)}), not null
     * @param gaps  the sign convention of the gaps shown: {@link GapConvention#COST_MINUS_FUNDING} (a shortfall
     *        is positive) or {@link GapConvention#FUNDING_MINUS_COST} (as Albania prints it), not null
     * @param options  the options, not null
     * @return the report, never null
     * @throws IllegalArgumentException if the conversion rate does not involve the plan's currency
     */
    public static Report costingSummary(PlanCosts costs, GapConvention gaps, ReportOptions options) {
        return CostingSummaryBuilder.build(Checks.notNull(costs, "costs"), Checks.notNull(gaps, "gaps"),
                Checks.notNull(options, "options"));
    }

    /**
     * Builds the implementation progress report of a period with the contents SIGMA expects: executive summary
     * (implementation rate and SIGMA points, objective fulfilment rate), indicators by objective (baseline,
     * target, actual, achievement, rating, comment), activity status and delays with the lead institution, the
     * overdue list, budget execution by source and institution scorecards. If any monitoring report of the history
     * is illustrative, the report opens with a notice saying so.
     *
     * @param plan  the plan, not null
     * @param history  the monitoring history that was scored, not null
     * @param score  the scoring engine's result for the period ({@code ScoringEngine.score(plan, history, period)}),
     *        not null
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report progress(Plan plan, MonitoringHistory history, PeriodScore score, ReportOptions options) {
        return ProgressBuilder.build(Checks.notNull(plan, "plan"), Checks.notNull(history, "history"),
                Checks.notNull(score, "score"), Checks.notNull(options, "options"));
    }

    /**
     * Builds the audit report: a summary (errors and warnings, declared figures by verdict, the SIGMA action-plan
     * quality score with its five criteria), the validation findings grouped by severity (errors first) and
     * ordered by location path, with their message in the report language, and the declared figures against the
     * computed ones (source location, figure, scope, metric, declared as printed, computed, difference, verdict),
     * mismatches and spreadsheet error tokens first, matches last.
     *
     * @param plan  the plan, not null
     * @param validation  the validator's report on the plan ({@code PlanValidator.validate(plan)}), not null
     * @param figures  the costing audit of the plan's declared figures ({@code CostAudit.audit(costs, printed)}),
     *        not null, without null elements
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report audit(Plan plan, ValidationReport validation, List<AuditFinding> figures,
            ReportOptions options) {
        return AuditBuilder.build(Checks.notNull(plan, "plan"), Checks.notNull(validation, "validation"),
                Checks.list(Checks.notNull(figures, "figures"), "figures"), Checks.notNull(options, "options"));
    }
}

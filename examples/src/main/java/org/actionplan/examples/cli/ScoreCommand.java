package org.actionplan.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.actionplan.core.Plan;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.reporting.Block;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;
import org.actionplan.scoring.ActivityAssessment;
import org.actionplan.scoring.FulfilmentRate;
import org.actionplan.scoring.ImplementationRate;
import org.actionplan.scoring.InstitutionScorecard;
import org.actionplan.scoring.PeriodScore;
import org.actionplan.scoring.Scorecard;
import org.actionplan.scoring.ScoringEngine;
import org.actionplan.scoring.SigmaOutcome;
import org.actionplan.scoring.Timeliness;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code actionplan score [PLAN] [--monitoring FILE...] [--period 2024H2] [--format FORMAT]}: implementation
 * scorecard.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score implementation from monitoring reports: SIGMA implementation rate and plan score.")
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanWithMonitoring input;

    @Option(names = "--period", paramLabel = "PERIOD", description = "the period to score, e.g. 2024H2 or 2025 (default: each report's period)")
    String period;

    @Mixin
    OutputOptions output;

    /**
     * The JSON output of {@code score --format json} (docs/cli.md).
     *
     * @param plan  the plan id
     * @param illustrative  whether any monitoring report used is marked illustrative (invented data)
     * @param reports  the monitoring reports read, in the order given
     * @param periods  one score per period scored, in order
     * @param unmatchedActivityIds  ids with status updates that are not top-level activities of the plan
     * @param unmatchedIndicatorIds  ids with measurements that are not indicators of the plan
     */
    public record Output(String plan, boolean illustrative, List<ReportRef> reports, List<Period> periods,
            List<String> unmatchedActivityIds, List<String> unmatchedIndicatorIds) {
        /** Reads an absent list as empty. */
        public Output {
            reports = OutputOptions.list(reports);
            periods = OutputOptions.list(periods);
            unmatchedActivityIds = OutputOptions.list(unmatchedActivityIds);
            unmatchedIndicatorIds = OutputOptions.list(unmatchedIndicatorIds);
        }
    }

    /**
     * A monitoring report read.
     *
     * @param id  the report id
     * @param period  the reporting period, such as {@code 2024H2}
     * @param asOf  the date the data are as of, null if not stated
     * @param illustrative  whether the report is marked illustrative
     */
    public record ReportRef(String id, CalendarPeriod period, LocalDate asOf, boolean illustrative) {
    }

    /**
     * The score of one period.
     *
     * @param period  the period, such as {@code 2024H2}
     * @param implementation  the SIGMA implementation rate and its counts (scoring's {@code ImplementationRate})
     * @param objectives  the targets of section indicators due in the period and met (scoring's {@code FulfilmentRate})
     * @param planScore  the weighted roll-up of activity scores to the plan, 0 to 1, null without data
     * @param institutions  scorecards per lead institution (scoring's {@code InstitutionScorecard})
     * @param activities  each top-level activity, in plan order
     */
    public record Period(CalendarPeriod period, ImplementationRate implementation, FulfilmentRate objectives,
            BigDecimal planScore, List<InstitutionScorecard> institutions, List<Activity> activities) {
        /** Reads an absent list as empty. */
        public Period {
            institutions = OutputOptions.list(institutions);
            activities = OutputOptions.list(activities);
        }
    }

    /**
     * Where one activity stands in a period.
     *
     * @param id  the activity id
     * @param timeliness  where it stands against its timeframes
     * @param dueDate  the last due date of its dated timeframes, null if none
     * @param status  the status reported, null if unreported
     * @param statusReport  the id of the report the status comes from, null if unreported
     * @param sigma  how it enters the implementation rate
     * @param score  its roll-up score 0 to 1, null without data
     * @param lead  the lead institution's id (or the name as written when unresolved), null if none
     */
    public record Activity(String id, Timeliness timeliness, LocalDate dueDate, ActivityStatus status,
            String statusReport, SigmaOutcome sigma, BigDecimal score, String lead) {
    }

    @Override
    public Integer call() {
        Plan p = input.plan(spec.commandLine().getErr());
        output.lang();
        List<MonitoringReport> reports = input.reports(p);
        if (reports.isEmpty()) {
            throw new InputException("no monitoring reports for plan '" + p.id() + "': give --monitoring FILE...");
        }
        List<CalendarPeriod> periods = new ArrayList<>();
        if (period != null) {
            try {
                periods.add(CalendarPeriod.parse(period));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage(), e);
            }
        } else {
            reports.forEach(r -> periods.add(r.period()));
        }
        boolean illustrative = reports.stream().anyMatch(MonitoringReport::illustrative);
        Scorecard card = ScoringEngine.withDefaults().score(p, MonitoringHistory.of(reports), periods);
        switch (output.format) {
            case text -> {
                StringBuilder sb = new StringBuilder();
                if (illustrative) {
                    sb.append("NOTE: the monitoring data are ILLUSTRATIVE (invented), not real reports.\n");
                }
                for (PeriodScore s : card.periods()) {
                    sb.append(s.period()).append(": ").append(describe(s)).append('\n');
                }
                output.writeText(spec, sb.toString());
            }
            case json -> output.writeJson(spec, new Output(p.id(), illustrative,
                    reports.stream().map(r -> new ReportRef(r.id(), r.period(), r.asOf(), r.illustrative())).toList(),
                    card.periods().stream().map(ScoreCommand::period).toList(), card.unmatchedActivityIds(),
                    card.unmatchedIndicatorIds()));
            default -> output.writeReport(spec, report(p, card, illustrative));
        }
        return 0;
    }

    private static Period period(PeriodScore s) {
        List<Activity> activities = new ArrayList<>();
        for (ActivityAssessment a : s.activities()) {
            activities.add(new Activity(a.activityId(), a.timeliness(), a.dueDate(),
                    a.status() == null ? null : a.status().value().status(),
                    a.status() == null ? null : a.status().reportId(), a.sigma(), a.score(), a.lead()));
        }
        return new Period(s.period(), s.implementation(), s.objectives(), planScore(s), s.institutions(), activities);
    }

    private static BigDecimal planScore(PeriodScore s) {
        return s.rollUp() == null ? null : s.rollUp().score();
    }

    private Report report(Plan p, Scorecard card, boolean illustrative) {
        List<Column> columns = List.of(Column.of("period", output.label("period"), ColumnType.TEXT),
                Column.of("planned", output.label("planned"), ColumnType.NUMBER),
                Column.of("counted", output.label("counted"), ColumnType.NUMBER),
                Column.of("achieved", output.label("achieved"), ColumnType.NUMBER),
                Column.of("unreported", output.label("unreported"), ColumnType.NUMBER),
                Column.of("rate", output.label("rate"), ColumnType.PERCENT),
                Column.of("points", output.label("points"), ColumnType.NUMBER),
                Column.of("cost_weighted_rate", output.label("costRate"), ColumnType.PERCENT),
                Column.of("objectives_rate", output.label("objectives"), ColumnType.PERCENT),
                Column.of("plan_score", output.label("planScore"), ColumnType.PERCENT));
        List<Row> rows = new ArrayList<>();
        for (PeriodScore s : card.periods()) {
            ImplementationRate i = s.implementation();
            rows.add(Row.data(0, Value.text(s.period().toString()), Value.count(i.planned()), Value.count(i.counted()),
                    Value.count(i.achieved()), Value.count(i.unreported()), percentValue(i.rate()),
                    i.points() == null ? Value.empty() : Value.count(i.points()), percentValue(i.costWeightedRate()),
                    percentValue(s.objectives().rate()), percentValue(planScore(s))));
        }
        List<Block> blocks = new ArrayList<>();
        if (illustrative) {
            blocks.add(new Block.Notice(Block.NoticeKind.ILLUSTRATIVE, output.label("score.illustrative")));
        }
        blocks.add(new Table("score", output.label("score.table"), columns, rows, output.label("score.note")));
        return output.report("score", "score.title", p, output.label("score.section"), blocks);
    }

    // A fraction 0 to 1 shown in percentage points with one decimal (rounded half-even by the renderer).
    private static Value percentValue(BigDecimal fraction) {
        return fraction == null ? Value.empty() : Value.percent(fraction.movePointRight(2), 1);
    }

    static String describe(PeriodScore s) {
        var i = s.implementation();
        return "implementation rate " + (i.rate() == null ? "n/a" : percentText(i.rate())) + " (" + i.achieved() + " of "
                + i.counted() + " due activities achieved; " + i.unreported() + " unreported), SIGMA points "
                + (i.points() == null ? "n/a" : i.points()) + ", plan score "
                + (s.rollUp() == null || s.rollUp().score() == null ? "n/a" : percentText(s.rollUp().score()));
    }

    private static String percentText(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}

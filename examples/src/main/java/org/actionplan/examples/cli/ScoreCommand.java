package org.actionplan.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.actionplan.core.Plan;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.scoring.PeriodScore;
import org.actionplan.scoring.ScoringEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code actionplan score [PLAN] [--monitoring FILE...] [--period 2024H2]}: implementation scorecard. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score implementation from monitoring reports: SIGMA implementation rate and plan score.")
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanWithMonitoring input;

    @Option(names = "--period", paramLabel = "PERIOD", description = "the period to score, e.g. 2024H2 or 2025 (default: each report's period)")
    String period;

    @Override
    public Integer call() {
        Plan p = input.plan();
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
        PrintWriter out = spec.commandLine().getOut();
        if (reports.stream().anyMatch(MonitoringReport::illustrative)) {
            out.println("NOTE: the monitoring data are ILLUSTRATIVE (invented), not real reports.");
        }
        MonitoringHistory history = MonitoringHistory.of(reports);
        for (PeriodScore s : ScoringEngine.withDefaults().score(p, history, periods).periods()) {
            out.println(s.period() + ": " + describe(s));
        }
        out.flush();
        return 0;
    }

    static String describe(PeriodScore s) {
        var i = s.implementation();
        return "implementation rate " + (i.rate() == null ? "n/a" : percent(i.rate())) + " (" + i.achieved() + " of "
                + i.counted() + " due activities achieved; " + i.unreported() + " unreported), SIGMA points "
                + (i.points() == null ? "n/a" : i.points()) + ", plan score "
                + (s.rollUp() == null || s.rollUp().score() == null ? "n/a" : percent(s.rollUp().score()));
    }

    static String percent(java.math.BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}

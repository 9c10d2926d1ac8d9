package org.actionplan.examples.programs;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.actionplan.core.Plan;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.scoring.ImplementationRate;
import org.actionplan.scoring.PeriodScore;
import org.actionplan.scoring.ScoringEngine;

/**
 * Scores implementation of the Albanian plan 2024-2025 in the second half of 2024 from the bundled monitoring
 * reports. Those reports are ILLUSTRATIVE: invented data that show the engine, not real monitoring results.
 */
public final class ScoreMonitoring {

    private ScoreMonitoring() {
    }

    /**
     * Runs the example.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Prints the SIGMA implementation rate of 2024H2.
     *
     * @param out  where to print, not null
     * @return the period score, never null
     */
    public static PeriodScore run(PrintStream out) {
        Plan plan = Bundled.plan("albania-nap-2024-2025");
        // the history holds every report up to the period: statuses carry over from one report to the next
        List<MonitoringReport> reports = new ArrayList<>();
        for (String period : List.of("2024H1", "2024H2")) {
            reports.add(Bundled.read("monitoring/" + plan.id() + "-" + period + ".json", MonitoringReport.class));
        }
        PeriodScore score = ScoringEngine.withDefaults().score(plan, MonitoringHistory.of(reports),
                CalendarPeriod.half(2024, 2));
        ImplementationRate rate = score.implementation();
        out.println("NOTE: illustrative monitoring data: " + reports.stream().allMatch(MonitoringReport::illustrative));
        out.println(score.period() + ": " + rate.achieved() + " of " + rate.counted() + " due activities achieved, "
                + rate.unreported() + " unreported");
        out.println("implementation rate " + (rate.rate() == null ? "n/a" : rate.rate().toPlainString())
                + ", SIGMA points " + rate.points());
        return score;
    }
}

package org.actionplan.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.actionplan.core.Plan;
import org.actionplan.core.monitoring.MonitoringReport;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs shared by the commands that read a plan and its monitoring reports ({@code score}, {@code report}). */
final class PlanWithMonitoring {

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    String plan;

    @Option(names = "--monitoring", arity = "1..*", paramLabel = "FILE",
            description = "monitoring report files (default for the default plan: its illustrative reports)")
    List<Path> monitoring;

    /** Reads the plan: a file or a bundled plan id, the default plan if none was given; progress for big files. */
    Plan plan(PrintWriter progress) {
        return Inputs.plan(plan, progress);
    }

    /** Reads the monitoring reports given, or the bundled ones of the plan. */
    List<MonitoringReport> reports(Plan p) {
        return Inputs.monitoring(monitoring, p.id());
    }
}

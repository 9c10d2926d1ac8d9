package org.actionplan.examples.programs;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

import org.actionplan.core.Plan;
import org.actionplan.core.validation.Finding;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.core.validation.Severity;
import org.actionplan.core.validation.ValidationReport;

/** Loads the bundled Albanian plan 2024-2025 from the class path and validates it. */
public final class LoadAndValidate {

    private LoadAndValidate() {
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
     * Validates the plan and prints the findings by severity and the SIGMA quality score.
     *
     * @param out  where to print, not null
     * @return the validation report, never null
     */
    public static ValidationReport run(PrintStream out) {
        Plan plan = Bundled.plan("albania-nap-2024-2025");
        ValidationReport report = PlanValidator.validate(plan);
        Map<Severity, Integer> bySeverity = new TreeMap<>();
        for (Finding f : report.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        out.println(plan.id() + ": " + report.findings().size() + " findings " + bySeverity);
        out.println("errors " + report.errorCount() + ", warnings " + report.warningCount());
        out.println("SIGMA quality score " + report.sigma().score() + "/5");
        return report;
    }
}

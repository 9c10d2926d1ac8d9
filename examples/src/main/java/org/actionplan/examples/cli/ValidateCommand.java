package org.actionplan.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.validation.Finding;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.core.validation.SigmaQuality;
import org.actionplan.core.validation.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code actionplan validate [PLAN]}: checks a plan and lists the findings; exit code 1 if there are errors.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a plan: structure, codes, responsibility, timeframes, costs, indicators.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    private String plan;

    @Option(names = "--format", description = "text, md, csv or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    private Format format;

    @Option(names = "--lang", description = "en or sq (default: ${DEFAULT-VALUE})", defaultValue = "en")
    private String lang;

    /**
     * The JSON output of {@code validate --format json}.
     *
     * @param plan  the plan id
     * @param errors  the number of errors
     * @param warnings  the number of warnings
     * @param findings  the findings in validator order
     * @param sigma  the SIGMA action-plan quality score
     */
    public record Output(String plan, int errors, int warnings, List<Finding> findings, SigmaQuality sigma) {
    }

    @Override
    public Integer call() {
        Plan p = Inputs.plan(plan);
        ValidationReport report = PlanValidator.validate(p);
        PrintWriter out = spec.commandLine().getOut();
        boolean sq = "sq".equals(lang);
        switch (format) {
            case json -> out.print(PlanJson.write(new Output(p.id(), report.errorCount(), report.warningCount(),
                    report.findings(), report.sigma())));
            case csv -> {
                out.println("severity,rule,path,message");
                for (Finding f : report.findings()) {
                    out.println(String.join(",", f.severity().name(), Text.csv(f.rule()), Text.csv(f.path()),
                            Text.csv(sq ? f.messageSq() : f.message())));
                }
            }
            case md -> {
                out.println("# Validation of " + p.id());
                out.println();
                out.println(report.errorCount() + " errors, " + report.warningCount() + " warnings, SIGMA quality "
                        + report.sigma().score() + "/5.");
                out.println();
                out.println("| Severity | Rule | Where | Message |");
                out.println("|---|---|---|---|");
                for (Finding f : report.findings()) {
                    out.println("| " + f.severity() + " | " + f.rule() + " | " + Text.md(f.path()) + " | "
                            + Text.md(sq ? f.messageSq() : f.message()) + " |");
                }
            }
            case text -> {
                for (Finding f : report.findings()) {
                    out.println(f.severity() + " " + f.rule() + " " + f.path() + ": " + (sq ? f.messageSq() : f.message()));
                }
                out.println(p.id() + ": " + report.errorCount() + " errors, " + report.warningCount()
                        + " warnings, SIGMA action-plan quality " + report.sigma().score() + "/5");
            }
            default -> throw new InputException("validate does not write " + format + "; use text, md, csv or json");
        }
        out.flush();
        return report.hasErrors() ? 1 : 0;
    }
}

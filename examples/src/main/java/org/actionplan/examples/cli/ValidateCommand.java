package org.actionplan.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.validation.Finding;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.core.validation.SigmaQuality;
import org.actionplan.core.validation.ValidationReport;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code actionplan validate [PLAN] [--format FORMAT]}: checks a plan and lists the findings; exit code 1 if there are errors.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a plan: structure, codes, responsibility, timeframes, costs, indicators.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    private String plan;

    @Mixin
    OutputOptions output;

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
        /** Reads an absent list as empty. */
        public Output {
            findings = OutputOptions.list(findings);
        }
    }

    @Override
    public Integer call() {
        Plan p = Inputs.plan(plan, spec.commandLine().getErr());
        boolean sq = "sq".equals(output.lang());
        ValidationReport report = PlanValidator.validate(p);
        String summary = report.errorCount() + " errors, " + report.warningCount()
                + " warnings, SIGMA action-plan quality " + report.sigma().score() + "/5";
        switch (output.format) {
            case json -> output.writeJson(spec, new Output(p.id(), report.errorCount(), report.warningCount(),
                    report.findings(), report.sigma()));
            case text -> {
                StringBuilder sb = new StringBuilder();
                for (Finding f : report.findings()) {
                    sb.append(f.severity()).append(' ').append(f.rule()).append(' ').append(f.path()).append(": ")
                            .append(sq ? f.messageSq() : f.message()).append('\n');
                }
                sb.append(p.id()).append(": ").append(summary).append('\n');
                output.writeText(spec, sb.toString());
            }
            default -> {
                List<Column> columns = List.of(Column.of("severity", output.label("severity"), ColumnType.TEXT),
                        Column.of("rule", output.label("rule"), ColumnType.TEXT),
                        Column.of("path", output.label("path"), ColumnType.TEXT),
                        Column.of("message", output.label("message"), ColumnType.TEXT),
                        Column.of("value", output.label("value"), ColumnType.TEXT));
                List<Row> rows = new ArrayList<>();
                for (Finding f : report.findings()) {
                    rows.add(Row.data(0, Value.text(f.severity().name()), Value.text(f.rule()), Value.text(f.path()),
                            Value.text(sq ? f.messageSq() : f.message()),
                            f.value() == null ? Value.empty() : Value.text(f.value())));
                }
                String note = String.format(Locale.ROOT, output.label("validate.note"), report.errorCount(),
                        report.warningCount(), report.sigma().score());
                Table table = new Table("findings", output.label("validate.table"), columns, rows, note);
                output.writeReport(spec, output.report("validation", "validate.title", p, output.label("validate.section"),
                        List.of(table)));
            }
        }
        return report.hasErrors() ? 1 : 0;
    }
}

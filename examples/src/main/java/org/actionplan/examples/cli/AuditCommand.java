package org.actionplan.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.SourceRef;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.costing.AuditFinding;
import org.actionplan.costing.AuditFinding.Verdict;
import org.actionplan.costing.CostAudit;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code actionplan audit [PLAN] [--all] [--format FORMAT]}: checks the plan's published figures against the computed
 * ones.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit the figures a plan publishes (subtotals, totals, shares, error cells) against the computed ones.")
public final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    String plan;

    @Option(names = "--all", description = "list matching and unaudited figures too (default: only the problems)")
    boolean all;

    @Mixin
    OutputOptions output;

    /**
     * The JSON output of {@code audit --format json} (docs/cli.md).
     *
     * @param plan  the plan id
     * @param gapConvention  the sign convention gaps are computed in ({@code FUNDING_MINUS_COST}, as printed)
     * @param audited  the number of published figures audited
     * @param counts  the number of figures per verdict, every verdict present, in verdict order
     * @param findings  the findings listed: the problems, or every figure with {@code --all}; in plan order
     */
    public record Output(String plan, GapConvention gapConvention, int audited, Map<Verdict, Integer> counts,
            List<Item> findings) {
        /** Reads an absent list as empty. */
        public Output {
            findings = OutputOptions.list(findings);
        }
    }

    /**
     * One audited figure.
     *
     * @param verdict  the verdict
     * @param id  the declared figure's id
     * @param metric  what the figure claims to measure
     * @param scope  the section or activity id it refers to, or {@code plan}
     * @param year  the fiscal year, null for the whole period
     * @param category  current or capital, null for both
     * @param source  the funding source kind, null for all
     * @param unit  a currency code or {@code %}, null if none
     * @param printed  the cell as printed
     * @param declared  the value read from it, null if none
     * @param computed  the value the engine computes for its place, null if it cannot
     * @param difference  declared minus computed, null unless both exist
     * @param location  where it was printed, null if not recorded
     * @param problem  whether the verdict is a problem (anything but MATCH and NOT_AUDITED)
     * @param message  a one-line explanation
     */
    public record Item(Verdict verdict, String id, Metric metric, String scope, Integer year, EconomicCategory category,
            FundingSourceKind source, String unit, String printed, BigDecimal declared, BigDecimal computed,
            BigDecimal difference, SourceRef location, boolean problem, String message) {
    }

    @Override
    public Integer call() {
        Plan p = Inputs.plan(plan, spec.commandLine().getErr());
        output.lang();
        GapConvention convention = GapConvention.FUNDING_MINUS_COST;
        List<AuditFinding> findings = CostAudit.audit(PlanCosts.of(p), convention);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        List<AuditFinding> listed = new ArrayList<>();
        for (AuditFinding f : findings) {
            counts.merge(f.verdict(), 1, Integer::sum);
            if (all || f.isProblem()) {
                listed.add(f);
            }
        }
        String summary = findings.size() + " published figures audited: " + nonZero(counts);
        switch (output.format) {
            case text -> {
                StringBuilder sb = new StringBuilder();
                for (AuditFinding f : listed) {
                    sb.append(f.verdict()).append(' ').append(f.figure().id()).append(" printed '")
                            .append(f.figure().printed()).append('\'')
                            .append(f.computed() == null ? "" : " computed " + f.computed().toPlainString())
                            .append(f.figure().location() == null ? "" : " at " + f.figure().location())
                            .append(": ").append(f.message()).append('\n');
                }
                sb.append(p.id()).append(": ").append(summary).append('\n');
                output.writeText(spec, sb.toString());
            }
            case json -> output.writeJson(spec, new Output(p.id(), convention, findings.size(), counts,
                    listed.stream().map(AuditCommand::item).toList()));
            default -> output.writeReport(spec, report(p, listed, findings.size(), counts));
        }
        return 0;
    }

    private static Item item(AuditFinding f) {
        DeclaredFigure d = f.figure();
        return new Item(f.verdict(), d.id(), d.metric(), d.scope(), d.year(), d.category(), d.source(), d.unit(),
                d.printed(), d.value(), f.computed(), f.difference(), d.location(), f.isProblem(), f.message());
    }

    private Report report(Plan p, List<AuditFinding> listed, int audited, Map<Verdict, Integer> counts) {
        List<Column> columns = List.of(Column.of("verdict", output.label("verdict"), ColumnType.TEXT),
                Column.of("figure", output.label("figure"), ColumnType.TEXT),
                Column.of("printed", output.label("printed"), ColumnType.TEXT),
                Column.of("computed", output.label("computed"), ColumnType.NUMBER),
                Column.of("difference", output.label("difference"), ColumnType.NUMBER),
                Column.of("location", output.label("location"), ColumnType.TEXT),
                Column.of("message", output.label("message"), ColumnType.TEXT));
        List<Row> rows = new ArrayList<>();
        for (AuditFinding f : listed) {
            rows.add(Row.data(0, Value.text(f.verdict().name()), Value.text(f.figure().id()),
                    Value.text(f.figure().printed()), number(f.computed()), number(f.difference()),
                    f.figure().location() == null ? Value.empty() : Value.text(f.figure().location().toString()),
                    Value.text(f.message())));
        }
        String note = String.format(java.util.Locale.ROOT, output.label("audit.note"), audited, nonZero(counts));
        Table table = new Table("audit", output.label(all ? "audit.all" : "audit.problems"), columns, rows, note);
        return output.report("audit", "audit.title", p, output.label("audit.section"), List.of(table));
    }

    // Shows a computed value at its own scale: amounts exactly, percentages two decimals beyond the printed ones.
    private static Value number(BigDecimal v) {
        return v == null ? Value.empty() : Value.number(v, Math.max(0, Math.min(10, v.scale())));
    }

    private static Map<Verdict, Integer> nonZero(Map<Verdict, Integer> counts) {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        counts.forEach((k, v) -> {
            if (v > 0) {
                m.put(k, v);
            }
        });
        return m;
    }
}

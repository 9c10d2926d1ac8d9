package org.actionplan.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.actionplan.core.Plan;
import org.actionplan.costing.AuditFinding;
import org.actionplan.costing.CostAudit;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code actionplan audit [PLAN]}: checks the plan's published figures against the computed ones. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit the figures a plan publishes (subtotals, totals, shares, error cells) against the computed ones.")
public final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    String plan;

    @Option(names = "--all", description = "list matching figures too")
    boolean all;

    @Override
    public Integer call() {
        Plan p = Inputs.plan(plan);
        List<AuditFinding> findings = CostAudit.audit(PlanCosts.of(p), GapConvention.FUNDING_MINUS_COST);
        PrintWriter out = spec.commandLine().getOut();
        Map<AuditFinding.Verdict, Integer> counts = new TreeMap<>();
        for (AuditFinding f : findings) {
            counts.merge(f.verdict(), 1, Integer::sum);
            if (all || f.verdict() != AuditFinding.Verdict.MATCH) {
                out.println(f.verdict() + " " + f.figure().id() + " printed '" + f.figure().printed() + "'"
                        + (f.computed() == null ? "" : " computed " + f.computed().toPlainString())
                        + (f.figure().location() == null ? "" : " at " + f.figure().location())
                        + (f.message() == null ? "" : ": " + f.message()));
            }
        }
        out.println(p.id() + ": " + findings.size() + " published figures audited: " + counts);
        out.flush();
        return 0;
    }
}

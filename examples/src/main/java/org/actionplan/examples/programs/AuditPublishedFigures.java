package org.actionplan.examples.programs;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.actionplan.costing.AuditFinding;
import org.actionplan.costing.CostAudit;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;

/** Audits the figures the Albanian plan 2024-2025 publishes (totals, subtotals, shares) against computed ones. */
public final class AuditPublishedFigures {

    private AuditPublishedFigures() {
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
     * Prints the number of figures by verdict and the first three mismatches.
     *
     * @param out  where to print, not null
     * @return the findings, never null
     */
    public static List<AuditFinding> run(PrintStream out) {
        PlanCosts costs = PlanCosts.of(Bundled.plan("albania-nap-2024-2025"));
        // the plan prints gaps as funding minus cost, in parentheses when negative
        List<AuditFinding> findings = CostAudit.audit(costs, GapConvention.FUNDING_MINUS_COST);
        Map<AuditFinding.Verdict, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.verdict(), 1, Integer::sum));
        out.println(findings.size() + " figures audited: " + counts);
        findings.stream().filter(f -> f.verdict() == AuditFinding.Verdict.MISMATCH).limit(3)
                .forEach(f -> out.println("MISMATCH " + f.figure().id() + " printed '" + f.figure().printed()
                        + "' computed " + (f.computed() == null ? "-" : f.computed().toPlainString())));
        return findings;
    }
}

package org.actionplan.core.validation;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.actionplan.core.Checks;

/**
 * The result of validating a plan: the findings in a stable order and the plan's SIGMA quality score.
 * This class is immutable and thread-safe.
 *
 * @param findings  the findings, in the order described on {@link PlanValidator}, not null
 * @param sigma  the SIGMA action-plan quality score, not null
 */
public record ValidationReport(List<Finding> findings, SigmaQuality sigma) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if an argument or a finding is null
     */
    public ValidationReport {
        findings = Checks.list(Checks.notNull(findings, "findings"), "findings");
        Checks.notNull(sigma, "sigma");
    }

    /**
     * Tells whether any finding is an error.
     *
     * @return true if at least one finding has severity {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /**
     * Counts the errors.
     *
     * @return the number of findings with severity error
     */
    public int errorCount() {
        return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /**
     * Counts the warnings.
     *
     * @return the number of findings with severity warning
     */
    public int warningCount() {
        return findings.size() - errorCount();
    }

    /**
     * Counts the findings per rule id.
     *
     * @return the counts, sorted by rule id, never null
     */
    public SortedMap<String, Integer> countsByRule() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        return counts;
    }

    /**
     * Returns the findings of one rule.
     *
     * @param rule  the rule id, not null
     * @return the findings, in report order, never null
     */
    public List<Finding> withRule(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}

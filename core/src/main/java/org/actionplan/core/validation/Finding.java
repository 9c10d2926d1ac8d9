package org.actionplan.core.validation;

import org.actionplan.core.Checks;

/**
 * One thing validation found in a plan: where, which rule, and what, in English and Albanian.
 * <p>
 * {@code rule} is a stable id listed in {@code docs/validation-rules.md} (e.g. {@code activity.no-lead}); tools
 * may rely on it. {@code path} locates the node from the plan, e.g.
 * {@code goals[1].children[0].activities[3].cost.years[2024]} (indexes are 0-based positions in the lists); the
 * messages also name the node by its code and id. This class is immutable and thread-safe.
 *
 * @param severity  error or warning, not null
 * @param rule  the stable rule id, not blank
 * @param path  where in the plan, empty for the plan itself, not null
 * @param message  the message in English, not blank
 * @param messageSq  the message in Albanian, not blank
 * @param value  the offending value as text, may be null
 */
public record Finding(Severity severity, String rule, String path, String message, String messageSq, String value) {

    /**
     * Creates a finding.
     *
     * @throws IllegalArgumentException if the rule or a message is blank
     */
    public Finding {
        Checks.notNull(severity, "severity");
        Checks.notBlank(rule, "rule");
        Checks.notNull(path, "path");
        Checks.notBlank(message, "message");
        Checks.notBlank(messageSq, "messageSq");
    }
}

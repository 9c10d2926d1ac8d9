package org.actionplan.core.monitoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.actionplan.core.Checks;
import org.actionplan.core.LocalizedText;

/**
 * What a monitoring report says about one activity: its status, optionally how far it is, what was spent
 * and the evidence.
 * This class is immutable and thread-safe.
 *
 * @param activityId  the id of the activity in the plan, not blank
 * @param status  the status, not null
 * @param percentComplete  the share done in percent, 0 to 100, normalised; null if not stated
 * @param spent  the amounts spent per source and year, at most one per source and year, may be empty
 * @param evidence  references to evidence (document numbers, links), may be empty
 * @param comment  the reporter's comment, may be null
 */
public record StatusUpdate(String activityId, ActivityStatus status, BigDecimal percentComplete,
        List<Expenditure> spent, List<String> evidence, LocalizedText comment) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates a status update.
     *
     * @throws IllegalArgumentException if the id is blank, the percentage is outside 0 to 100, or a source
     *         and year are given twice
     * @throws NullPointerException if the status or an element is null
     */
    public StatusUpdate {
        Checks.notBlank(activityId, "activityId");
        Checks.notNull(status, "status");
        percentComplete = Checks.nonNegative(percentComplete, "percentComplete");
        if (percentComplete != null && percentComplete.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percentComplete must not be above 100: " + percentComplete.toPlainString());
        }
        spent = Checks.list(spent, "spent");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spent.size(); i++) {
            Expenditure e = spent.get(i);
            if (!seen.add(e.source() + "/" + e.year())) {
                throw new IllegalArgumentException("spent[" + i + "] repeats source " + e.source() + " in year " + e.year());
            }
        }
        evidence = Checks.list(evidence, "evidence");
    }

    /**
     * Creates a status update with only a status.
     *
     * @param activityId  the activity id, not blank
     * @param status  the status, not null
     * @return the update, never null
     */
    public static StatusUpdate of(String activityId, ActivityStatus status) {
        return new StatusUpdate(activityId, status, null, List.of(), List.of(), null);
    }

    /**
     * Returns the total spent over all sources and years.
     *
     * @return the total, zero if nothing is reported, never null
     */
    public BigDecimal totalSpent() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Expenditure e : spent) {
            sum = sum.add(e.amount());
        }
        return Checks.decimal(sum);
    }
}

package org.actionplan.scoring;

import java.math.BigDecimal;

/**
 * The scorecard of one lead institution for a period. This class is immutable and thread-safe.
 *
 * @param institution  the lead institution's id (or its name as written if unresolved); null for activities
 *        with no lead
 * @param due  activities planned for completion in the period (the implementation-rate denominator before
 *        exclusions)
 * @param completed  of those, achieved
 * @param overdue  activities whose due date has passed by the period's end and that are neither completed nor
 *        cancelled (due earlier or in the period)
 * @param implementationRate  the implementation rate of its activities, null if nothing is counted
 * @param planned  planned cost of its activities for the period's year
 * @param spent  reported spending of its activities for the period's year
 * @param budgetExecution  spent over planned, null if planned is zero
 */
public record InstitutionScorecard(String institution, int due, int completed, int overdue,
        BigDecimal implementationRate, BigDecimal planned, BigDecimal spent, BigDecimal budgetExecution) {
}

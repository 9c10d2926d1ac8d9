package org.actionplan.scoring;

import java.math.BigDecimal;

import org.actionplan.core.money.FundingSourceKind;

/**
 * Budget execution for a year, optionally for one source or one top-level group: planned against spent,
 * in the plan's currency. Amounts are exact sums, never rounded. This class is immutable and thread-safe.
 * <p>
 * For all sources, planned is the activities' yearly cost; for one source, it is the identified funding of
 * that source and year. Spent is what the status updates in force report for that year.
 *
 * @param year  the fiscal year
 * @param source  the funding source kind, null for all sources
 * @param groupId  the id of the top-level section, null for the whole plan
 * @param planned  the planned amount, zero if nothing is quantified
 * @param spent  the amount spent, zero if nothing is reported
 * @param rate  spent over planned at the policy scale, null if planned is zero
 * @param unquantified  activities in scope with no planned amount for the year (not added as zero)
 */
public record BudgetLine(int year, FundingSourceKind source, String groupId, BigDecimal planned, BigDecimal spent,
        BigDecimal rate, int unquantified) {
}

package org.actionplan.core.monitoring;

import java.math.BigDecimal;

import org.actionplan.core.Checks;
import org.actionplan.core.money.FundingSourceKind;

/**
 * An amount spent on an activity from one kind of source in one fiscal year, in the report's currency.
 * <p>
 * Amounts are cumulative within the year up to the report's as-of date: a later report for the same
 * activity and period replaces the earlier figure, it does not add to it.
 * This class is immutable and thread-safe.
 *
 * @param source  the kind of source, not null
 * @param year  the fiscal year, 1000 to 9999
 * @param amount  the non-negative amount spent, normalised, not null
 */
public record Expenditure(FundingSourceKind source, int year, BigDecimal amount) {

    /**
     * Creates an expenditure.
     *
     * @throws IllegalArgumentException if the amount is negative or the year out of range
     * @throws NullPointerException if the source or the amount is null
     */
    public Expenditure {
        Checks.notNull(source, "source");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range 1000-9999: " + year);
        }
        amount = Checks.nonNegative(Checks.notNull(amount, "amount"), "amount");
    }

    /**
     * Creates an expenditure from a decimal string.
     *
     * @param source  the kind of source, not null
     * @param year  the fiscal year
     * @param amount  the amount, e.g. {@code "1500.50"}, not null
     * @return the expenditure, never null
     * @throws NumberFormatException if the amount is not a number
     */
    public static Expenditure of(FundingSourceKind source, int year, String amount) {
        return new Expenditure(source, year, new BigDecimal(Checks.notNull(amount, "amount")));
    }
}

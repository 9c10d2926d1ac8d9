package org.actionplan.core.money;

import java.math.BigDecimal;

import org.actionplan.core.Checks;

/**
 * The cost of one fiscal year, split current and capital, as the document gives it.
 * <p>
 * Each amount may be absent (null), which means "not given", never zero. {@code total} is the total
 * the document printed (e.g. "Kosto Total"); it is kept as printed, even where it differs from
 * current + capital, so that validation can report the difference. Amounts are non-negative and
 * normalised (trailing zeros stripped), in the currency of the enclosing {@link CostEstimate}.
 * This class is immutable and thread-safe.
 *
 * @param current  the current cost, may be null
 * @param capital  the capital cost, may be null
 * @param total  the printed total, may be null
 */
public record YearCost(BigDecimal current, BigDecimal capital, BigDecimal total) {

    /**
     * Creates a year's cost.
     *
     * @throws IllegalArgumentException if an amount is negative
     */
    public YearCost {
        current = Checks.nonNegative(current, "current");
        capital = Checks.nonNegative(capital, "capital");
        total = Checks.nonNegative(total, "total");
        // A printed total usually equals current (capital zero) or capital: share the immutable instance
        if (total != null && total.equals(current)) {
            total = current;
        } else if (total != null && total.equals(capital)) {
            total = capital;
        }
    }

    /**
     * Creates a year's cost from current and capital amounts, with no printed total.
     *
     * @param current  the current cost, may be null
     * @param capital  the capital cost, may be null
     * @return the cost, never null
     */
    public static YearCost of(BigDecimal current, BigDecimal capital) {
        return new YearCost(current, capital, null);
    }

    /**
     * Tells whether any amount is given.
     *
     * @return true if current, capital or total is given
     */
    public boolean isQuantified() {
        return current != null || capital != null || total != null;
    }

    /**
     * Returns the total as computed: current + capital where either is given, else the printed total.
     *
     * @return the amount, null if nothing is given
     */
    public BigDecimal computedTotal() {
        if (current == null && capital == null) {
            return total;
        }
        BigDecimal sum = BigDecimal.ZERO;
        if (current != null) {
            sum = sum.add(current);
        }
        if (capital != null) {
            sum = sum.add(capital);
        }
        return Checks.decimal(sum);
    }
}

package org.actionplan.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.actionplan.core.Checks;

/**
 * The indicative cost of an activity (Albanian <i>kostot treguese</i>) and its identified funding.
 * <p>
 * {@code years} holds the cost per fiscal year, split current/capital; {@code funding} the sources with
 * or without amounts; {@code items} an optional bottom-up calculation; {@code text} the cost cell as
 * printed (e.g. Kosovo's "kosto administrative" or "donatorë"). An estimate with no amount anywhere is
 * <em>unquantified</em>: engines count it, they never add it as zero.
 * This class is immutable and thread-safe.
 *
 * @param currency  the currency of every amount, not null
 * @param years  the cost per fiscal year, sorted by year, may be empty
 * @param funding  the funding lines in document order, may be empty
 * @param items  the bottom-up cost items, may be empty
 * @param text  the cost cell as printed, may be null
 */
public record CostEstimate(Currency currency, SortedMap<Integer, YearCost> years, List<FundingLine> funding,
        List<CostItem> items, String text) {

    /**
     * Creates an estimate.
     *
     * @throws NullPointerException if the currency or an element is null
     */
    public CostEstimate {
        Checks.notNull(currency, "currency");
        years = Checks.sortedMap(years, "years");
        funding = Checks.list(funding, "funding");
        items = Checks.list(items, "items");
    }

    /**
     * Creates an estimate from yearly costs and funding lines.
     *
     * @param currency  the currency, not null
     * @param years  the yearly costs, not null
     * @param funding  the funding lines, not null
     * @return the estimate, never null
     */
    public static CostEstimate of(Currency currency, Map<Integer, YearCost> years, List<FundingLine> funding) {
        // sorted once here; the constructor then copies the sorted map in linear time
        return new CostEstimate(currency, Checks.sortedMap(years, "years"), funding, List.of(), null);
    }

    /**
     * Creates an estimate that has no amount, only the printed text and the sources it names.
     *
     * @param currency  the currency of the plan, not null
     * @param text  the cost cell as printed, not null
     * @param funding  the sources named, not null
     * @return the estimate, never null
     */
    public static CostEstimate unquantified(Currency currency, String text, List<FundingLine> funding) {
        return new CostEstimate(currency, null, funding, List.of(), Checks.notNull(text, "text"));
    }

    /**
     * Tells whether any yearly cost amount is given.
     *
     * @return true if at least one year has an amount
     */
    public boolean isQuantified() {
        for (YearCost y : years.values()) {
            if (y.isQuantified()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the total cost over all years: the sum of each year's computed total.
     *
     * @return the total, null if no year has an amount
     */
    public BigDecimal total() {
        BigDecimal sum = null;
        for (YearCost y : years.values()) {
            BigDecimal t = y.computedTotal();
            if (t != null) {
                sum = sum == null ? t : sum.add(t);
            }
        }
        return Checks.decimal(sum);
    }

    /**
     * Returns the total cost as money.
     *
     * @return the total, null if no year has an amount
     * @throws ArithmeticException if an amount has more decimals than the currency allows
     */
    public Money totalMoney() {
        BigDecimal t = total();
        return t == null ? null : Money.of(t, currency);
    }
}

package org.actionplan.costing;

import java.math.BigDecimal;

import org.actionplan.core.money.Money;

/**
 * The sign convention of a financing gap, for display and for reading published figures.
 * <p>
 * The engine computes {@code gap = cost - identified funding}: positive means a shortfall
 * ({@link #COST_MINUS_FUNDING}). Albania's 2024-2025 plan prints {@code funding - cost}, so its shortfalls
 * are negative, e.g. {@code (3,340,000)} ({@link #FUNDING_MINUS_COST}).
 */
public enum GapConvention {
    /** Cost minus funding: a shortfall is positive. The engine's own convention. */
    COST_MINUS_FUNDING,
    /** Funding minus cost: a shortfall is negative (as printed in Albania 2024-2025). */
    FUNDING_MINUS_COST;

    /**
     * Expresses a gap computed as cost minus funding in this convention.
     *
     * @param costMinusFunding  the gap as cost minus funding, not null
     * @return the gap in this convention, never null
     */
    public Money apply(Money costMinusFunding) {
        return this == COST_MINUS_FUNDING ? costMinusFunding : costMinusFunding.negated();
    }

    /**
     * Expresses a gap (or gap share) computed as cost minus funding in this convention.
     *
     * @param costMinusFunding  the value as cost minus funding, not null
     * @return the value in this convention, never null
     */
    public BigDecimal apply(BigDecimal costMinusFunding) {
        return this == COST_MINUS_FUNDING ? costMinusFunding : costMinusFunding.negate();
    }
}

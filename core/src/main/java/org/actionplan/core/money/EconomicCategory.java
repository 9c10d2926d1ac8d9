package org.actionplan.core.money;

/**
 * The economic nature of a cost: current (Albanian <i>korente</i>) or capital (<i>kapitale</i>).
 */
public enum EconomicCategory {
    /** Recurrent spending: salaries, training, travel, services. */
    CURRENT,
    /** Investment: buildings, equipment. */
    CAPITAL,
    /** The document gives an amount without saying which. */
    UNSPECIFIED
}

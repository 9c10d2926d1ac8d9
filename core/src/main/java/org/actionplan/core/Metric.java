package org.actionplan.core;

/**
 * What a declared (published) figure claims to measure.
 */
public enum Metric {
    /** A cost: total or per year and category. */
    COST,
    /** Identified funding: total or per source. */
    FUNDING,
    /** The financing gap (cost minus funding, or as printed). */
    GAP,
    /** The gap as a percentage of cost. */
    GAP_SHARE,
    /** A group's share of the total cost, in percent. */
    COST_SHARE,
    /** The capital share of cost, in percent. */
    CAPITAL_SHARE,
    /** The funded share of cost, in percent. */
    FUNDED_SHARE,
    /** A cost converted to another currency. */
    COST_CONVERTED,
    /** A count (of activities, measures, institutions). */
    COUNT,
    /** Anything else: kept, not audited. */
    OTHER
}

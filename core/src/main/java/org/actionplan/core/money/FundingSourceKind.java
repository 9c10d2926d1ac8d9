package org.actionplan.core.money;

/**
 * The kind of a funding source (Albanian <i>burimi i financimit</i>).
 */
public enum FundingSourceKind {
    /** State budget already within the medium-term budget programme (PBA / MTBP). */
    STATE_BUDGET_MTBP,
    /** State budget to be planned beyond the current MTBP window (e.g. "Buxheti 2026-2030"). */
    STATE_BUDGET_LATER,
    /** State budget, window not stated ("e buxhetuar", "Buxheti i shtetit"). */
    STATE_BUDGET,
    /** Absorbed by the institutions' regular administrative budgets ("kosto administrative"); no separate amount. */
    ADMINISTRATIVE,
    /** Foreign funding: donors, international projects ("Financim i huaj", "donatorë"). */
    FOREIGN,
    /** Local government budgets. */
    LOCAL_BUDGET,
    /** Any other source. */
    OTHER
}

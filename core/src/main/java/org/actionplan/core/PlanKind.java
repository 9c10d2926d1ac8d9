package org.actionplan.core;

/**
 * What kind of document a plan is.
 */
public enum PlanKind {
    /** A strategy ("Strategjia"). */
    STRATEGY,
    /** An action plan ("Plani i Veprimit", "PKV"). */
    ACTION_PLAN,
    /** A strategy with its action plan in one document. */
    STRATEGY_WITH_ACTION_PLAN
}

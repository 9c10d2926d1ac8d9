package org.actionplan.core;

/**
 * How a plan relates to another plan.
 */
public enum RelationKind {
    /** The other plan is the strategy this plan implements. */
    PARENT_STRATEGY,
    /** This plan is an integral part of the other. */
    INTEGRAL_PART_OF,
    /** The other plan is an integral part of this one. */
    HAS_PART,
    /** The other plan came before this one. */
    PREDECESSOR,
    /** The other plan follows this one. */
    SUCCESSOR,
    /** Any other relation. */
    RELATED
}

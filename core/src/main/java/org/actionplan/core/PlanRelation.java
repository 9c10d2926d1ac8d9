package org.actionplan.core;

/**
 * A relation from a plan to another plan. This class is immutable and thread-safe.
 *
 * @param kind  the relation, not null
 * @param plan  the other plan's id, not blank
 * @param title  the other plan's title, may be null
 * @param note  a remark, may be null
 */
public record PlanRelation(RelationKind kind, String plan, LocalizedText title, String note) {

    /**
     * Creates a relation.
     *
     * @throws IllegalArgumentException if the plan id is blank
     */
    public PlanRelation {
        Checks.notNull(kind, "kind");
        Checks.notBlank(plan, "plan");
    }
}

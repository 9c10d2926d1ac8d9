package org.actionplan.core;

/**
 * The plan-specific name of one level of its hierarchy, e.g. GOAL = "Qëllimi i Politikës" / "Policy goal".
 * This class is immutable and thread-safe.
 *
 * @param kind  the section kind, or null for the activity level
 * @param label  the label, not null
 */
public record LevelDefinition(SectionKind kind, LocalizedText label) {

    /**
     * Creates a level definition.
     *
     * @throws NullPointerException if the label is null
     */
    public LevelDefinition {
        Checks.notNull(label, "label");
    }
}

package org.actionplan.core;

/**
 * The kind of a grouping level of a plan's hierarchy. Activities are not sections.
 */
public enum SectionKind {
    /** A pillar ("Shtylla": Prevention, Protection, Prosecution, Coordination). */
    PILLAR,
    /** A strategic or policy goal ("Objektivi strategjik", "Qëllimi i Politikës", "Synimi strategjik"). */
    GOAL,
    /** A specific objective ("Objektivi specifik"). */
    OBJECTIVE,
    /** A (priority) measure ("Masë prioritare"). */
    MEASURE,
    /** Any other grouping. */
    OTHER
}

package org.actionplan.core;

/**
 * A recorded amendment of a plan. Activities added or withdrawn carry their own dates
 * ({@link Activity#addedOn()}, {@link Activity#withdrawnOn()}); this records the decision.
 * This class is immutable and thread-safe.
 *
 * @param date  the date it took effect, not null
 * @param description  what changed, not null
 */
public record Amendment(java.time.LocalDate date, LocalizedText description) {

    /**
     * Creates an amendment.
     *
     * @throws NullPointerException if an argument is null
     */
    public Amendment {
        Checks.notNull(date, "date");
        Checks.notNull(description, "description");
    }
}

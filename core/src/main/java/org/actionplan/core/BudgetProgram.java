package org.actionplan.core;

/**
 * A budget programme (Albanian <i>programi buxhetor</i>), e.g. {@code 10430 Përkujdesi Social}.
 * This class is immutable and thread-safe.
 *
 * @param code  the programme code as printed, not blank
 * @param name  the programme name, not null
 * @param institution  the id of the institution that runs it, may be null
 * @param text  the cell as printed, may be null
 */
public record BudgetProgram(String code, LocalizedText name, String institution, String text) {

    /**
     * Creates a budget programme.
     *
     * @throws IllegalArgumentException if the code is blank
     */
    public BudgetProgram {
        Checks.notBlank(code, "code");
        Checks.notNull(name, "name");
    }
}

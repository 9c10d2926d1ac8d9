package org.actionplan.core.money;

import java.math.BigDecimal;

import org.actionplan.core.Checks;

/**
 * One identified source of funding for an activity, with or without an amount.
 * <p>
 * A source named without an amount ({@code donatorë}, {@code e buxhetuar}, {@code kosto administrative})
 * has a null amount: it is information, not zero. This class is immutable and thread-safe.
 *
 * @param source  the kind of source, not null
 * @param year  the fiscal year, may be null (whole period or not stated)
 * @param category  current or capital, may be null (not stated)
 * @param amount  the non-negative amount in the estimate's currency, may be null (not quantified)
 * @param donor  the donor's name, may be null
 * @param project  the project's name, may be null
 * @param text  the text as printed, may be null
 */
public record FundingLine(FundingSourceKind source, Integer year, EconomicCategory category, BigDecimal amount,
        String donor, String project, String text) {

    /**
     * Creates a funding line.
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public FundingLine {
        Checks.notNull(source, "source");
        amount = Checks.nonNegative(amount, "amount");
    }

    /**
     * Creates a quantified funding line.
     *
     * @param source  the kind of source, not null
     * @param year  the fiscal year
     * @param category  the category, not null
     * @param amount  the amount, not null
     * @return the line, never null
     */
    public static FundingLine of(FundingSourceKind source, int year, EconomicCategory category, BigDecimal amount) {
        return new FundingLine(source, year, Checks.notNull(category, "category"), Checks.notNull(amount, "amount"),
                null, null, null);
    }

    /**
     * Creates a funding line that names a source without an amount.
     *
     * @param source  the kind of source, not null
     * @param text  the text as printed, not null
     * @return the line, never null
     */
    public static FundingLine unquantified(FundingSourceKind source, String text) {
        return new FundingLine(source, null, null, null, null, null, Checks.notNull(text, "text"));
    }

    /**
     * Tells whether the line has an amount.
     *
     * @return true if quantified
     */
    public boolean isQuantified() {
        return amount != null;
    }
}

package org.actionplan.core;

import java.math.BigDecimal;
import java.util.Locale;

import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingSourceKind;

/**
 * A figure as a document printed it: a subtotal row, a summary number, a percentage in the prose, or a
 * spreadsheet error token such as {@code #REF!}.
 * <p>
 * Published numbers are claims to check: the costing module audits each one against the value it
 * computes for the same place ({@code scope}, {@code year}, {@code category}, {@code source}).
 * {@code printed} is kept verbatim ({@code "(3,340,000)"}, {@code "-8.81%"}, {@code "ERROR:#REF!"});
 * {@code value} is its reading as a number, null for an error token or an unreadable cell.
 * This class is immutable and thread-safe.
 *
 * @param id  an identifier unique in the plan, not blank
 * @param metric  what it claims to measure, not null
 * @param scope  the id of the node it refers to, or {@code "plan"} for the whole plan, not blank
 * @param year  the fiscal year, null for the whole period
 * @param category  current or capital, null for both
 * @param source  the funding source kind, null for all or not applicable
 * @param printed  the cell or phrase as printed, not null
 * @param value  the value read from it (signed as printed), may be null; its scale is the printed precision
 *               ({@code 6,000.00} reads as {@code 6000.00}, which the audit's tolerance uses), except that a
 *               negative scale is brought to 0 ({@code 1E+3} becomes {@code 1000}) so the value round-trips
 *               equal through JSON
 * @param unit  the unit: a currency code or {@code "%"}, may be null
 * @param location  where it was printed, may be null
 * @param note  a remark, may be null
 */
public record DeclaredFigure(String id, Metric metric, String scope, Integer year, EconomicCategory category,
        FundingSourceKind source, String printed, BigDecimal value, String unit, SourceRef location, String note) {

    /** The scope that refers to the whole plan. */
    public static final String PLAN_SCOPE = "plan";

    /**
     * Creates a declared figure.
     *
     * @throws IllegalArgumentException if id or scope is blank, or the value has more than
     *         {@link Checks#MAX_DIGITS} digits before or after the decimal point
     */
    public DeclaredFigure {
        Checks.notBlank(id, "id");
        Checks.notNull(metric, "metric");
        Checks.notBlank(scope, "scope");
        Checks.notNull(printed, "printed");
        value = value != null && value.scale() < 0 ? Checks.decimal(value) : Checks.bounded(value, "value");
    }

    /**
     * Returns the spreadsheet error token in the printed text, if any ({@code #REF!}, {@code #DIV/0!},
     * {@code #VALUE!}, {@code #N/A}, {@code #NAME?}, {@code #NUM!}, {@code #NULL!}).
     *
     * @return the token, null if the printed text holds none
     */
    public String errorToken() {
        return spreadsheetError(printed);
    }

    /**
     * Finds a spreadsheet error token in a cell's text.
     *
     * @param text  the text, may be null
     * @return the token, e.g. {@code #REF!}, or null if there is none
     */
    public static String spreadsheetError(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        for (String token : new String[] {"#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"}) {
            if (upper.contains(token)) {
                return token;
            }
        }
        return null;
    }
}

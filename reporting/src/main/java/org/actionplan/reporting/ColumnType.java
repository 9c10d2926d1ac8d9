package org.actionplan.reporting;

/**
 * The type of a table column, which decides alignment and number format in every renderer.
 */
public enum ColumnType {
    /** Free text, left-aligned. */
    TEXT,
    /** An amount of money, right-aligned, with grouping; the currency is carried by the values. */
    MONEY,
    /** A percentage, stored in percentage points ({@code 12.5} means 12.5%). */
    PERCENT,
    /** A plain number (counts, indicator values), right-aligned. */
    NUMBER,
    /** A calendar date. */
    DATE;

    /**
     * Tells whether the column holds numbers.
     *
     * @return true for money, percent and number columns
     */
    public boolean isNumeric() {
        return this == MONEY || this == PERCENT || this == NUMBER;
    }
}

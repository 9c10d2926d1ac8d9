package org.actionplan.examples.importer;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

import org.actionplan.core.DeclaredFigure;

/**
 * An amount cell as printed in a costing table, and its reading.
 * <p>
 * Understands the spreadsheet conventions of the seeds: thousands separators ({@code 3,340,000}),
 * accounting negatives in parentheses ({@code (3,340,000)}), a minus sign ({@code -69582000}), a lone
 * dash or an empty cell for "nothing", percentages ({@code -8.81%}) and spreadsheet error tokens
 * ({@code ERROR:#REF!}), which are kept as printed with no value.
 * This class is immutable and thread-safe.
 *
 * @param printed  the cell as printed, not null
 * @param kind  how the cell reads, not null
 * @param value  the number read (signed; a percentage as its number of percent), null unless kind is
 *        {@link Kind#NUMBER} or {@link Kind#PERCENT}
 */
public record AmountCell(String printed, Kind kind, BigDecimal value) {

    /** How an amount cell reads. */
    public enum Kind {
        /** A number (possibly negative, possibly in parentheses). */
        NUMBER,
        /** A percentage such as {@code -8.81%}; the value is in percent. */
        PERCENT,
        /** A lone dash: printed "nothing", read as zero by spreadsheet convention but kept apart. */
        DASH,
        /** An empty cell. */
        EMPTY,
        /** A spreadsheet error token such as {@code #REF!}. */
        ERROR,
        /** Text that is none of the above. */
        TEXT
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})*(\\.\\d+)?|[+-]?\\d+(\\.\\d+)?");

    /**
     * Creates a cell.
     *
     * @throws NullPointerException if printed or kind is null
     */
    public AmountCell {
        Objects.requireNonNull(printed, "printed must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
    }

    /**
     * Reads a cell.
     *
     * @param printed  the cell as printed, not null
     * @return the reading, never null
     */
    public static AmountCell parse(String printed) {
        String s = Objects.requireNonNull(printed, "printed must not be null").strip();
        if (s.isEmpty()) {
            return new AmountCell(printed, Kind.EMPTY, null);
        }
        if (DeclaredFigure.spreadsheetError(s) != null) {
            return new AmountCell(printed, Kind.ERROR, null);
        }
        if (s.equals("-") || s.equals("–")) {
            return new AmountCell(printed, Kind.DASH, null);
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (!NUMBER.matcher(s).matches()) {
            return new AmountCell(printed, Kind.TEXT, null);
        }
        BigDecimal value = new BigDecimal(s.replace(",", ""));
        if (negative) {
            value = value.negate();
        }
        return new AmountCell(printed, percent ? Kind.PERCENT : Kind.NUMBER, value);
    }

    /**
     * Tells whether the cell is empty or a dash.
     *
     * @return true if the cell prints nothing
     */
    public boolean isNothing() {
        return kind == Kind.EMPTY || kind == Kind.DASH;
    }

    /**
     * Returns the value as a non-negative amount for a cost or funding field: the number, or zero for a
     * dash.
     *
     * @return the amount, null if the cell is empty, unreadable, negative or an error
     */
    public BigDecimal amountOrNull() {
        if (kind == Kind.DASH) {
            return BigDecimal.ZERO;
        }
        return kind == Kind.NUMBER && value.signum() >= 0 ? value : null;
    }
}

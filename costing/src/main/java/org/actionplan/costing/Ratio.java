package org.actionplan.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact ratio of two amounts, such as a group's share of the total or the funded share of a cost.
 * <p>
 * The ratio is kept as numerator and denominator, so no precision is lost; it is rounded only when shown:
 * {@link #percent(int)} rounds HALF_EVEN at the given number of decimals. {@link #matchesPercent(BigDecimal)}
 * compares a printed percentage at its printed precision. A ratio with a zero denominator is undefined
 * (a spreadsheet would print {@code #DIV/0!}). This class is immutable and thread-safe.
 *
 * @param numerator  the numerator, not null
 * @param denominator  the denominator, not null
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

    /**
     * Creates a ratio.
     *
     * @throws NullPointerException if an argument is null
     */
    public Ratio {
        Objects.requireNonNull(numerator, "numerator must not be null");
        Objects.requireNonNull(denominator, "denominator must not be null");
    }

    /**
     * Tells whether the ratio is defined: its denominator is not zero.
     *
     * @return true if defined
     */
    public boolean isDefined() {
        return denominator.signum() != 0;
    }

    /**
     * Returns the ratio in percent, rounded HALF_EVEN.
     *
     * @param decimals  the number of decimals of the percentage, at least 0
     * @return the percentage, e.g. {@code -8.81}
     * @throws ArithmeticException if the ratio is undefined
     */
    public BigDecimal percent(int decimals) {
        return percent(decimals, RoundingMode.HALF_EVEN);
    }

    /**
     * Returns the ratio in percent, rounded with a given mode.
     *
     * @param decimals  the number of decimals of the percentage, at least 0
     * @param rounding  the rounding mode, not null
     * @return the percentage
     * @throws ArithmeticException if the ratio is undefined
     */
    public BigDecimal percent(int decimals, RoundingMode rounding) {
        check();
        return numerator.movePointRight(2).divide(denominator, decimals, rounding);
    }

    /**
     * Returns the ratio as a decimal fraction to a precision.
     *
     * @param context  the precision and rounding, not null
     * @return the value, e.g. {@code 0.0881}
     * @throws ArithmeticException if the ratio is undefined
     */
    public BigDecimal value(MathContext context) {
        check();
        return numerator.divide(denominator, context);
    }

    /**
     * Tells whether a printed percentage matches this ratio at the printed precision: the exact percentage lies
     * within half a unit of the printed value's last decimal, bounds included (so both HALF_UP and HALF_EVEN
     * roundings of a tie match). {@code -8.81} matches -3,340,000 / 37,891,894 = -8.8145...%.
     *
     * @param printed  the printed percentage in percent points, not null; its scale is the printed precision
     * @return true if it matches; false if it does not or the ratio is undefined
     */
    public boolean matchesPercent(BigDecimal printed) {
        if (!isDefined()) {
            return false;
        }
        // |100 n / d - p| <= 0.5 * 10^-s  <=>  |100 n - p d| <= 0.5 * 10^-s * |d|
        BigDecimal diff = numerator.movePointRight(2).subtract(printed.multiply(denominator)).abs();
        BigDecimal tolerance = new BigDecimal("0.5").movePointLeft(Math.max(0, printed.scale())).multiply(denominator.abs());
        return diff.compareTo(tolerance) <= 0;
    }

    private void check() {
        if (!isDefined()) {
            throw new ArithmeticException("ratio " + numerator.toPlainString() + " / 0 is undefined");
        }
    }

    @Override
    public String toString() {
        return numerator.toPlainString() + " / " + denominator.toPlainString();
    }
}

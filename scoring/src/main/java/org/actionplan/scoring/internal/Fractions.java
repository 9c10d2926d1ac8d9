package org.actionplan.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact rates and their rounding: every division rounds {@code HALF_EVEN} to a stated scale, once.
 * Not part of the stable API.
 */
public final class Fractions {

    /** The scale of intermediate values (trajectories, attainment) before the final rounding. */
    public static final int WORK_SCALE = 12;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fractions() {
    }

    /**
     * Divides, rounding {@code HALF_EVEN}.
     *
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not null
     * @param scale  the scale of the result
     * @return the quotient, null if the denominator is zero
     */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, int scale) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, scale, RoundingMode.HALF_EVEN);
    }

    /**
     * Divides two counts.
     *
     * @param numerator  the numerator
     * @param denominator  the denominator
     * @param scale  the scale of the result
     * @return the quotient, null if the denominator is zero
     */
    public static BigDecimal divide(long numerator, long denominator, int scale) {
        return divide(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), scale);
    }

    /**
     * Clamps a value to 0 to 1.
     *
     * @param value  the value, may be null
     * @return the clamped value, null if the value was null
     */
    public static BigDecimal clampUnit(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
    }

    /**
     * Rounds to a scale {@code HALF_EVEN}.
     *
     * @param value  the value, may be null
     * @param scale  the scale
     * @return the rounded value, null if the value was null
     */
    public static BigDecimal round(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * Returns the SIGMA points of an implementation rate, compared exactly: above 90% 5, 70% to 90% 4,
     * 50% up to 70% 3, 30% up to 50% 1, below 30% 0.
     *
     * @param achieved  the achieved count
     * @param counted  the counted activities, positive
     * @return the points
     */
    public static int sigmaPoints(long achieved, long counted) {
        long percentTimesCount = achieved * 100;
        if (percentTimesCount > 90 * counted) {
            return 5;
        }
        if (percentTimesCount >= 70 * counted) {
            return 4;
        }
        if (percentTimesCount >= 50 * counted) {
            return 3;
        }
        if (percentTimesCount >= 30 * counted) {
            return 1;
        }
        return 0;
    }

    /**
     * Returns the linear SIGMA score {@code (rate - 25%) / (90% - 25%)}, clamped to 0 to 1, from the exact
     * fraction: {@code (100 a - 25 c) / (65 c)}.
     *
     * @param achieved  the achieved count
     * @param counted  the counted activities, positive
     * @param scale  the scale of the result
     * @return the score
     */
    public static BigDecimal linearScore(long achieved, long counted, int scale) {
        BigDecimal v = divide(BigDecimal.valueOf(100 * achieved - 25 * counted), BigDecimal.valueOf(65 * counted), scale);
        return clampUnit(v).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * Converts a ratio to a percentage.
     *
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not null
     * @return 100 numerator / denominator at the working scale, null if the denominator is zero
     */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return divide(numerator.multiply(HUNDRED), denominator, WORK_SCALE);
    }
}

package org.actionplan.core.indicator;

import java.math.BigDecimal;

import org.actionplan.core.Checks;

/**
 * A value of an indicator: a number, a percentage, a ratio, a yes/no flag or a text.
 */
public sealed interface IndicatorValue
        permits IndicatorValue.NumberValue, IndicatorValue.PercentValue, IndicatorValue.RatioValue,
        IndicatorValue.FlagValue, IndicatorValue.TextValue {

    /**
     * Returns the value as a number, where it has one: a number, a percentage (in percent), a ratio's
     * quotient in percent, 1 or 0 for a flag.
     *
     * @return the number, null for a text or a ratio with a zero denominator
     */
    BigDecimal numeric();

    /**
     * A number. This class is immutable and thread-safe.
     *
     * @param value  the value, normalised, not null
     */
    record NumberValue(BigDecimal value) implements IndicatorValue {
        /**
         * Creates a number.
         *
         * @throws NullPointerException if value is null
         */
        public NumberValue {
            value = Checks.decimal(Checks.notNull(value, "value"));
        }

        @Override
        public BigDecimal numeric() {
            return value;
        }
    }

    /**
     * A percentage, e.g. {@code 55} for 55%. This class is immutable and thread-safe.
     *
     * @param percent  the percentage, normalised, not null
     */
    record PercentValue(BigDecimal percent) implements IndicatorValue {
        /**
         * Creates a percentage.
         *
         * @throws NullPointerException if percent is null
         */
        public PercentValue {
            percent = Checks.decimal(Checks.notNull(percent, "percent"));
        }

        @Override
        public BigDecimal numeric() {
            return percent;
        }
    }

    /**
     * A ratio of two counts, for percentage indicators that roll up as sums. This class is immutable and thread-safe.
     *
     * @param numerator  the non-negative numerator, not null
     * @param denominator  the non-negative denominator, not null
     */
    record RatioValue(BigDecimal numerator, BigDecimal denominator) implements IndicatorValue {
        /**
         * Creates a ratio.
         *
         * @throws IllegalArgumentException if a part is negative
         */
        public RatioValue {
            numerator = Checks.nonNegative(Checks.notNull(numerator, "numerator"), "numerator");
            denominator = Checks.nonNegative(Checks.notNull(denominator, "denominator"), "denominator");
        }

        @Override
        public BigDecimal numeric() {
            if (denominator.signum() == 0) {
                return null;
            }
            return Checks.decimal(numerator.multiply(BigDecimal.valueOf(100))
                    .divide(denominator, 10, java.math.RoundingMode.HALF_EVEN));
        }
    }

    /**
     * A yes/no milestone. This class is immutable and thread-safe.
     *
     * @param achieved  whether the milestone is reached
     */
    record FlagValue(boolean achieved) implements IndicatorValue {
        @Override
        public BigDecimal numeric() {
            return achieved ? BigDecimal.ONE : BigDecimal.ZERO;
        }
    }

    /**
     * A qualitative value. This class is immutable and thread-safe.
     *
     * @param text  the text, not null
     */
    record TextValue(String text) implements IndicatorValue {
        /**
         * Creates a text value.
         *
         * @throws NullPointerException if text is null
         */
        public TextValue {
            Checks.notNull(text, "text");
        }

        @Override
        public BigDecimal numeric() {
            return null;
        }
    }
}

package org.actionplan.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class IndicatorValueTests {

    @Test
    void numericValueOfEachKind() {
        assertThat(new IndicatorValue.NumberValue(new BigDecimal("50.0")).numeric()).isEqualTo(new BigDecimal("50"));
        assertThat(new IndicatorValue.PercentValue(new BigDecimal("55.50")).numeric()).isEqualTo(new BigDecimal("55.5"));
        assertThat(new IndicatorValue.FlagValue(true).numeric()).isEqualTo(BigDecimal.ONE);
        assertThat(new IndicatorValue.FlagValue(false).numeric()).isEqualTo(BigDecimal.ZERO);
        assertThat(new IndicatorValue.TextValue("i mirë").numeric()).isNull();
    }

    @Test
    void aRatioIsAPercentageRoundedHalfEvenToTenDecimals() {
        assertThat(new IndicatorValue.RatioValue(new BigDecimal("1"), new BigDecimal("4")).numeric())
                .isEqualTo(new BigDecimal("25"));
        assertThat(new IndicatorValue.RatioValue(new BigDecimal("1"), new BigDecimal("3")).numeric())
                .isEqualTo(new BigDecimal("33.3333333333"));
        assertThat(new IndicatorValue.RatioValue(new BigDecimal("2"), new BigDecimal("3")).numeric())
                .isEqualTo(new BigDecimal("66.6666666667"));
        assertThat(new IndicatorValue.RatioValue(BigDecimal.ONE, BigDecimal.ZERO).numeric()).isNull();
    }

    @Test
    void rejectsNegativeRatioPartsAndNulls() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IndicatorValue.RatioValue(new BigDecimal("-1"), BigDecimal.ONE))
                .withMessageContaining("numerator");
        assertThatNullPointerException().isThrownBy(() -> new IndicatorValue.NumberValue(null));
        assertThatNullPointerException().isThrownBy(() -> new IndicatorValue.TextValue(null));
    }
}

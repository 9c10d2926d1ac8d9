package org.actionplan.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class RatioTests {

    private static Ratio r(String n, String d) {
        return new Ratio(new BigDecimal(n), new BigDecimal(d));
    }

    @Test
    void albaniasGoalOneGapShareRoundsToThePrintedValue() {
        Ratio gap = r("-3340000", "37891894");
        assertThat(gap.percent(2)).isEqualByComparingTo("-8.81");
        assertThat(gap.matchesPercent(new BigDecimal("-8.81"))).isTrue();
        assertThat(gap.matchesPercent(new BigDecimal("-8.82"))).isFalse();
        assertThat(gap.matchesPercent(new BigDecimal("-8.8"))).isTrue();
    }

    @Test
    void aTieMatchesBothNeighboursAndDisplayRoundsHalfEven() {
        Ratio eighth = r("1", "8");
        assertThat(eighth.matchesPercent(new BigDecimal("13"))).isTrue();
        assertThat(eighth.matchesPercent(new BigDecimal("12"))).isTrue();
        assertThat(eighth.matchesPercent(new BigDecimal("11"))).isFalse();
        assertThat(eighth.percent(0)).isEqualByComparingTo("12");
        assertThat(eighth.percent(0, RoundingMode.HALF_UP)).isEqualByComparingTo("13");
        assertThat(eighth.value(MathContext.DECIMAL64)).isEqualByComparingTo("0.125");
    }

    @Test
    void aRatioOverZeroIsUndefined() {
        Ratio undefined = r("5", "0");
        assertThat(undefined.isDefined()).isFalse();
        assertThat(undefined.matchesPercent(BigDecimal.ZERO)).isFalse();
        assertThatThrownBy(() -> undefined.percent(2)).isInstanceOf(ArithmeticException.class).hasMessageContaining("undefined");
        assertThat(undefined.toString()).isEqualTo("5 / 0");
    }
}

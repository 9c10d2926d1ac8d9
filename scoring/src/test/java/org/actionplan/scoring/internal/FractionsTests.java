package org.actionplan.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionsTests {

    @ParameterizedTest
    @CsvSource({
        "91, 100, 5", "90, 100, 4", "70, 100, 4", "69, 100, 3", "50, 100, 3", "49, 100, 1", "30, 100, 1", "29, 100, 0",
        "0, 3, 0", "3, 3, 5", "2, 3, 3", "1, 3, 1"})
    void sigmaBandsCompareExactlyWithTheBoundaryInTheLowerBandAbove90(long achieved, long counted, int points) {
        assertThat(Fractions.sigmaPoints(achieved, counted)).isEqualTo(points);
    }

    @ParameterizedTest
    @CsvSource({"25, 100, 0.000000", "90, 100, 1.000000", "10, 100, 0.000000", "100, 100, 1.000000",
        "50, 100, 0.384615", "2, 3, 0.641026"})
    void linearScaleRunsFrom25To90Percent(long achieved, long counted, String expected) {
        // 2/3: (66.667 - 25) / 65 = 0.641026
        assertThat(Fractions.linearScore(achieved, counted, 6)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void divisionRoundsHalfEvenAndZeroDenominatorIsNull() {
        assertThat(Fractions.divide(1, 8, 2)).isEqualTo(new BigDecimal("0.12"));
        assertThat(Fractions.divide(3, 8, 2)).isEqualTo(new BigDecimal("0.38"));
        assertThat(Fractions.divide(1, 0, 2)).isNull();
        assertThat(Fractions.percent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Fractions.clampUnit(new BigDecimal("1.5"))).isEqualTo(BigDecimal.ONE);
        assertThat(Fractions.clampUnit(new BigDecimal("-0.5"))).isEqualTo(BigDecimal.ZERO);
        assertThat(Fractions.clampUnit(null)).isNull();
        assertThat(Fractions.round(null, 2)).isNull();
    }
}

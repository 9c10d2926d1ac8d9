package org.actionplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExchangeRateTests {

    /** Albania's 2024-2025 plan: "110 lekë për 1 euro". */
    private static final ExchangeRate EUR_ALL_110 = ExchangeRate.of("EUR", "ALL", "110");

    static Stream<Arguments> data_convert() {
        return Stream.of(
                // base to quote: multiply, exact here
                Arguments.of("EUR 2.34", RoundingMode.HALF_EVEN, "ALL 257.40"),
                Arguments.of("EUR 1000.00", RoundingMode.UNNECESSARY, "ALL 110000.00"),
                // quote to base: divide, rounded to the base currency's 2 decimals with the mode given
                Arguments.of("ALL 110000.00", RoundingMode.UNNECESSARY, "EUR 1000.00"),
                Arguments.of("ALL 100.00", RoundingMode.HALF_EVEN, "EUR 0.91"),   // 0.90909...
                Arguments.of("ALL 100.00", RoundingMode.DOWN, "EUR 0.90"),
                Arguments.of("ALL 0.55", RoundingMode.HALF_EVEN, "EUR 0.00"),     // 0.005 -> even
                Arguments.of("ALL 1.65", RoundingMode.HALF_EVEN, "EUR 0.02"),     // 0.015 -> even
                Arguments.of("ALL 3340000.00", RoundingMode.HALF_EVEN, "EUR 30363.64")); // 30363.6363...
    }

    @ParameterizedTest
    @MethodSource("data_convert")
    void convertsInBothDirectionsRoundingAsTold(String from, RoundingMode mode, String to) {
        assertThat(EUR_ALL_110.convert(Money.parse(from), mode)).isEqualTo(Money.parse(to));
    }

    @Test
    void refusesToRoundWhenToldNotTo() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> EUR_ALL_110.convert(Money.parse("ALL 100.00"), RoundingMode.UNNECESSARY));
    }

    @Test
    void refusesMoneyInAThirdCurrency() {
        assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> EUR_ALL_110.convert(Money.parse("USD 1.00"), RoundingMode.HALF_EVEN))
                .withMessageContaining("USD").withMessageContaining("EUR");
    }

    @Test
    void rateIsPositiveBetweenTwoCurrenciesAndNormalised() {
        assertThat(ExchangeRate.of("EUR", "ALL", "110.00").rate()).isEqualTo(new BigDecimal("110"));
        assertThat(ExchangeRate.of("EUR", "ALL", "110.00")).isEqualTo(EUR_ALL_110);
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("EUR", "ALL", "0")).withMessageContaining("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("EUR", "ALL", "-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("EUR", "EUR", "1")).withMessageContaining("two currencies");
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRate.of("EUR", "XYZ", "1")).withMessageContaining("XYZ");
    }

    @Test
    void toStringStatesDateAndSource() {
        ExchangeRate rate = new ExchangeRate(Money.currency("EUR"), Money.currency("ALL"), new BigDecimal("110"),
                LocalDate.of(2024, 1, 31), "PKV 2024-2025");
        assertThat(rate).hasToString("1 EUR = 110 ALL on 2024-01-31 (PKV 2024-2025)");
        assertThat(EUR_ALL_110).hasToString("1 EUR = 110 ALL");
    }
}

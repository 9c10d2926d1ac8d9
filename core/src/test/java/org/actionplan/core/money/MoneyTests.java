package org.actionplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    private static final Currency ALL = Currency.getInstance("ALL");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Money ALL_100 = Money.parse("ALL 100.00");
    private static final Money ALL_250_50 = Money.parse("ALL 250.50");
    private static final Money EUR_2_34 = Money.parse("EUR 2.34");
    private static final Money EUR_MINUS_2_34 = Money.parse("EUR -2.34");
    private static final Money JPY_5 = Money.parse("JPY 5");

    //-----------------------------------------------------------------------
    static Stream<Arguments> data_scale() {
        return Stream.of(
                Arguments.of("100", ALL, "100.00"),
                Arguments.of("100.0", ALL, "100.00"),
                Arguments.of("100.000", ALL, "100.00"),
                Arguments.of("2.3", EUR, "2.30"),
                Arguments.of("1E+3", EUR, "1000.00"),
                Arguments.of("5", JPY, "5"),
                Arguments.of("5.0", JPY, "5"));
    }

    @ParameterizedTest
    @MethodSource("data_scale")
    void amountAlwaysHasTheCurrencyScale(String amount, Currency currency, String expected) {
        Money money = Money.of(new BigDecimal(amount), currency);
        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(money.amount().scale()).isEqualTo(currency.getDefaultFractionDigits());
    }

    @Test
    void equalValuesGivenWithDifferentScalesAreEqual() {
        assertThat(Money.of("100", "ALL")).isEqualTo(ALL_100).hasSameHashCodeAs(ALL_100);
        assertThat(Money.of("100.0", "ALL")).isEqualTo(Money.of(new BigDecimal("100.000"), ALL));
    }

    @Test
    void refusesToRoundSilently() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.of("2.345", "EUR"))
                .withMessageContaining("2.345").withMessageContaining("EUR").withMessageContaining("rounding");
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.of("1.005", "EUR"))
                .withMessage("amount 1.005 has more decimals than EUR allows (2); give a rounding mode");
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.parse("JPY 5.5"));
    }

    static Stream<Arguments> data_rounding() {
        return Stream.of(
                Arguments.of("2.345", RoundingMode.HALF_EVEN, "EUR 2.34"),
                Arguments.of("2.355", RoundingMode.HALF_EVEN, "EUR 2.36"),
                Arguments.of("2.345", RoundingMode.HALF_UP, "EUR 2.35"),
                Arguments.of("2.349", RoundingMode.DOWN, "EUR 2.34"),
                Arguments.of("-2.345", RoundingMode.HALF_EVEN, "EUR -2.34"));
    }

    @ParameterizedTest
    @MethodSource("data_rounding")
    void roundsOnlyWithTheModeGiven(String amount, RoundingMode mode, String expected) {
        assertThat(Money.of(new BigDecimal(amount), EUR, mode)).isEqualTo(Money.parse(expected));
    }

    //-----------------------------------------------------------------------
    @ParameterizedTest
    @ValueSource(strings = {"ALL 100.00", "EUR -2.34", "JPY 5", "ALL 3340000.00", "EUR 0.00", "ALL 123456789012345678.90"})
    void parseAndToStringRoundTrip(String text) {
        Money money = Money.parse(text);
        assertThat(money).hasToString(text);
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @Test
    void toStringIsNeverScientific() {
        assertThat(Money.of(new BigDecimal("1E+10"), ALL)).hasToString("ALL 10000000000.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALL100", "100 ALL", "AL 100", "ALL ", "ALL abc", "ALL  100", ""})
    void parseRejectsTextNotInTheCanonicalForm(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(text)).withMessageContaining(text.trim());
    }

    @Test
    void refusesAmountsWhosePlainFormWouldHaveMoreThanAHundredDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("EUR 1E+99999999"))
                .withMessage("amount must have at most 100 digits before the decimal point: 1E+99999999");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("EUR 1E-99999999"))
                .withMessage("amount must have at most 100 digits after the decimal point: 1E-99999999");
        assertThatIllegalArgumentException().isThrownBy(
                () -> Money.of(new BigDecimal("1E-99999999"), ALL, java.math.RoundingMode.HALF_EVEN))
                .withMessageContaining("after the decimal point");
        assertThat(Money.parse("EUR 1E+97")).hasToString("EUR 1" + "0".repeat(97) + ".00");
    }

    @Test
    void unknownCurrencyIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("XYZ 1.00"))
                .withMessageContaining("unknown currency code 'XYZ'");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.currency("lek"))
                .withMessageContaining("'lek'");
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Money.of((BigDecimal) null, ALL)).withMessageContaining("amount");
        assertThatNullPointerException().isThrownBy(() -> Money.of(BigDecimal.ONE, null)).withMessageContaining("currency");
        assertThatNullPointerException().isThrownBy(() -> Money.parse(null)).withMessageContaining("text");
        assertThatNullPointerException().isThrownBy(() -> ALL_100.plus(null));
    }

    //-----------------------------------------------------------------------
    @Test
    void minorUnitsFollowTheCurrency() {
        assertThat(Money.ofMinor(234, EUR)).isEqualTo(EUR_2_34);
        assertThat(EUR_2_34.toMinor()).isEqualTo(234);
        assertThat(Money.ofMinor(5, JPY)).isEqualTo(JPY_5);
        assertThat(JPY_5.toMinor()).isEqualTo(5);
        assertThat(Money.ofMinor(-1, ALL)).hasToString("ALL -0.01");
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Money.parse("ALL 123456789012345678.90").toMinor());
    }

    @Test
    void arithmeticWithinOneCurrency() {
        assertThat(ALL_100.plus(ALL_250_50)).isEqualTo(Money.parse("ALL 350.50"));
        assertThat(ALL_100.minus(ALL_250_50)).isEqualTo(Money.parse("ALL -150.50"));
        assertThat(ALL_100.plus(Money.zero(ALL))).isSameAs(ALL_100);
        assertThat(ALL_100.minus(Money.zero(ALL))).isSameAs(ALL_100);
        assertThat(EUR_2_34.negated()).isEqualTo(EUR_MINUS_2_34);
        assertThat(EUR_2_34.multipliedBy(new BigDecimal("1.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("EUR 3.51"));
        assertThat(EUR_2_34.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("EUR 1.17"));
        assertThat(Money.sum(ALL, List.of(ALL_100, ALL_250_50, ALL_100))).isEqualTo(Money.parse("ALL 450.50"));
        assertThat(Money.sum(EUR, List.of())).isEqualTo(Money.zero(EUR));
    }

    @Test
    void queriesAndComparison() {
        assertThat(Money.zero(ALL).isZero()).isTrue();
        assertThat(ALL_100.isZero()).isFalse();
        assertThat(EUR_MINUS_2_34.isNegative()).isTrue();
        assertThat(EUR_2_34.isNegative()).isFalse();
        assertThat(ALL_100).isLessThan(ALL_250_50);
        assertThat(ALL_100.compareTo(Money.of("100", "ALL"))).isZero();
        assertThat(ALL_100.currency()).isEqualTo(ALL);
        assertThat(ALL_100).isNotEqualTo(Money.parse("EUR 100.00")).isNotEqualTo("ALL 100.00");
    }

    static Stream<Arguments> data_mismatch() {
        return Stream.of(
                Arguments.of("addition", (Runnable) () -> ALL_100.plus(EUR_2_34)),
                Arguments.of("subtraction", (Runnable) () -> ALL_100.minus(EUR_2_34)),
                Arguments.of("comparison", (Runnable) () -> ALL_100.compareTo(EUR_2_34)),
                Arguments.of("addition", (Runnable) () -> Money.sum(ALL, List.of(ALL_100, EUR_2_34))));
    }

    @ParameterizedTest
    @MethodSource("data_mismatch")
    void mixingCurrenciesThrowsNamingBoth(String operation, Runnable action) {
        assertThatExceptionOfType(CurrencyMismatchException.class).isThrownBy(action::run)
                .withMessageContaining("ALL").withMessageContaining("EUR").withMessageContaining(operation)
                .satisfies(e -> {
                    assertThat(e.getFirstCurrency()).isEqualTo(ALL);
                    assertThat(e.getSecondCurrency()).isEqualTo(EUR);
                });
    }
}

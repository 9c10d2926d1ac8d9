package org.actionplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

class MoneyTests {

    private static final java.util.Currency ALL = Money.currency("ALL");
    private static final java.util.Currency EUR = Money.currency("EUR");

    @Test
    void amountsTakeTheCurrencyScaleWithoutRounding() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("3340000", "ALL")).hasToString("ALL 3340000.00");
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.of("1.005", "EUR"))
                .withMessage("amount 1.005 has more decimals than EUR allows (2); give a rounding mode");
        assertThat(Money.of(new BigDecimal("1.005"), EUR, RoundingMode.HALF_EVEN).amount()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void parseReadsWhatToStringWrites() {
        Money m = Money.of("-1234.56", "EUR");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("EUR12")).withMessageContaining("'CCY amount'");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("EUR 1x")).withMessage("not a decimal amount in 'EUR 1x'");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.currency("XYZ"))
                .withMessageStartingWith("unknown currency code 'XYZ'");
    }

    @Test
    void arithmeticIsExactAndKeepsTheCurrency() {
        Money a = Money.of("10.10", "EUR");
        Money b = Money.ofMinor(205, EUR);
        assertThat(a.plus(b)).isEqualTo(Money.of("12.15", "EUR"));
        assertThat(a.minus(b)).isEqualTo(Money.of("8.05", "EUR"));
        assertThat(a.plus(Money.zero(EUR))).isSameAs(a);
        assertThat(a.minus(Money.zero(EUR))).isSameAs(a);
        assertThat(a.negated().isNegative()).isTrue();
        assertThat(Money.zero(EUR).isZero()).isTrue();
        assertThat(b.toMinor()).isEqualTo(205);
        assertThat(a.multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("3.36", "EUR"));
        assertThat(Money.sum(EUR, List.of(a, b, b))).isEqualTo(Money.of("14.20", "EUR"));
        assertThat(a.compareTo(b)).isPositive();
        assertThat(a).isEqualTo(Money.of("10.1", "EUR")).hasSameHashCodeAs(Money.of("10.1", "EUR"));
        assertThat(a.currency()).isEqualTo(EUR);
    }

    @Test
    void mixingCurrenciesFails() {
        assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "ALL")));
        assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> Money.of("1", "EUR").compareTo(Money.zero(ALL)));
    }
}

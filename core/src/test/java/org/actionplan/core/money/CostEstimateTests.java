package org.actionplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CostEstimateTests {

    private static final Currency ALL = Currency.getInstance("ALL");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void anUnquantifiedEstimateHasNoTotalNotAZeroOne() {
        CostEstimate estimate = CostEstimate.unquantified(ALL, "kosto administrative",
                List.of(FundingLine.unquantified(FundingSourceKind.ADMINISTRATIVE, "kosto administrative")));
        assertThat(estimate.isQuantified()).isFalse();
        assertThat(estimate.total()).isNull();
        assertThat(estimate.totalMoney()).isNull();
        assertThat(estimate.text()).isEqualTo("kosto administrative");
        assertThat(estimate.funding()).singleElement().satisfies(f -> assertThat(f.isQuantified()).isFalse());
    }

    @Test
    void yearsWithoutAmountsDoNotMakeAnEstimateQuantified() {
        CostEstimate estimate = CostEstimate.of(ALL, Map.of(2024, YearCost.of(null, null)), List.of());
        assertThat(estimate.isQuantified()).isFalse();
        assertThat(estimate.total()).isNull();
    }

    @Test
    void totalSumsTheYearsWhichAreSorted() {
        CostEstimate estimate = CostEstimate.of(ALL, Map.of(
                2025, YearCost.of(new BigDecimal("10"), new BigDecimal("5")),
                2024, YearCost.of(new BigDecimal("100"), BigDecimal.ZERO),
                2026, YearCost.of(null, null)), List.of());
        assertThat(estimate.years().keySet()).containsExactly(2024, 2025, 2026);
        assertThat(estimate.isQuantified()).isTrue();
        assertThat(estimate.total()).isEqualTo(new BigDecimal("115"));
        assertThat(estimate.totalMoney()).isEqualTo(Money.parse("ALL 115.00"));
    }

    @Test
    void totalMoneyRefusesAmountsFinerThanTheCurrency() {
        CostEstimate estimate = CostEstimate.of(EUR, Map.of(2024, YearCost.of(new BigDecimal("1.005"), null)), List.of());
        assertThat(estimate.total()).isEqualTo(new BigDecimal("1.005"));
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(estimate::totalMoney);
    }

    @Test
    void rejectsMissingCurrencyAndNullElements() {
        assertThatNullPointerException().isThrownBy(() -> CostEstimate.of(null, Map.of(), List.of()))
                .withMessageContaining("currency");
        assertThatNullPointerException().isThrownBy(() -> CostEstimate.of(ALL, Map.of(), Arrays.asList((FundingLine) null)))
                .withMessageContaining("funding[0]");
        assertThatNullPointerException().isThrownBy(() -> CostEstimate.unquantified(ALL, null, List.of()))
                .withMessageContaining("text");
    }
}

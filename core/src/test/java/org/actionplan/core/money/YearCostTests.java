package org.actionplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class YearCostTests {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void anUnknownAmountIsNotZero() {
        YearCost unknown = YearCost.of(null, null);
        YearCost zero = YearCost.of(BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(unknown.isQuantified()).isFalse();
        assertThat(unknown.computedTotal()).isNull();
        assertThat(zero.isQuantified()).isTrue();
        assertThat(zero.computedTotal()).isEqualTo(BigDecimal.ZERO);
        assertThat(unknown).isNotEqualTo(zero);
    }

    @Test
    void computedTotalAddsWhatIsGivenAndFallsBackToThePrintedTotal() {
        assertThat(YearCost.of(d("1000000"), d("250000.50")).computedTotal()).isEqualTo(d("1250000.5"));
        assertThat(YearCost.of(d("1000"), null).computedTotal()).isEqualTo(d("1000"));
        assertThat(YearCost.of(null, d("500")).computedTotal()).isEqualTo(d("500"));
        assertThat(new YearCost(null, null, d("700")).computedTotal()).isEqualTo(d("700"));
        // a printed total that disagrees is kept as printed, not used
        YearCost disagreeing = new YearCost(d("100"), d("0"), d("120"));
        assertThat(disagreeing.total()).isEqualTo(d("120"));
        assertThat(disagreeing.computedTotal()).isEqualTo(d("100"));
    }

    @Test
    void amountsAreNormalisedSoEqualValuesAreEqual() {
        assertThat(YearCost.of(d("3340000.00"), d("0.0"))).isEqualTo(YearCost.of(d("3340000"), BigDecimal.ZERO));
        assertThat(YearCost.of(d("3340000.00"), null).current()).isEqualTo(d("3340000")).satisfies(v -> assertThat(v.scale()).isZero());
        assertThat(YearCost.of(d("2.50"), null).current()).isEqualTo(d("2.5"));
    }

    @Test
    void aPrintedTotalEqualToAnAmountSharesItsInstance() {
        YearCost currentOnly = new YearCost(d("454000"), d("0"), d("454000.00"));
        assertThat(currentOnly.total()).isSameAs(currentOnly.current());
        YearCost capitalOnly = new YearCost(d("0"), d("12.50"), d("12.5"));
        assertThat(capitalOnly.total()).isSameAs(capitalOnly.capital());
        YearCost neither = new YearCost(d("100"), d("20"), d("120"));
        assertThat(neither.total()).isEqualTo(d("120")).isNotSameAs(neither.current()).isNotSameAs(neither.capital());
    }

    @Test
    void negativeAmountsAreRejectedNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> YearCost.of(d("-1"), null))
                .withMessage("current must not be negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> YearCost.of(null, d("-0.01")))
                .withMessageContaining("capital");
        assertThatIllegalArgumentException().isThrownBy(() -> new YearCost(null, null, d("-5")))
                .withMessageContaining("total");
    }
}

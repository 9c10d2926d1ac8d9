package org.actionplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FundingLineTests {

    @Test
    void aNamedSourceWithoutAmountIsUnquantified() {
        FundingLine line = FundingLine.unquantified(FundingSourceKind.FOREIGN, "donatorë");
        assertThat(line.isQuantified()).isFalse();
        assertThat(line.amount()).isNull();
        assertThat(line.year()).isNull();
        assertThat(line.text()).isEqualTo("donatorë");
    }

    @Test
    void aQuantifiedLineIsNormalisedAndNonNegative() {
        FundingLine line = FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, EconomicCategory.CURRENT,
                new BigDecimal("400000.00"));
        assertThat(line.isQuantified()).isTrue();
        assertThat(line.amount()).isEqualTo(new BigDecimal("400000"));
        assertThat(line).isEqualTo(FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, EconomicCategory.CURRENT,
                new BigDecimal("400000")));
        assertThatIllegalArgumentException().isThrownBy(() -> FundingLine.of(FundingSourceKind.OTHER, 2024,
                EconomicCategory.CAPITAL, new BigDecimal("-1"))).withMessageContaining("amount");
    }
}

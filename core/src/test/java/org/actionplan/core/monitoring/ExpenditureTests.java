package org.actionplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import org.actionplan.core.money.FundingSourceKind;

class ExpenditureTests {

    @Test
    void normalisesTheAmountWithoutRounding() {
        assertThat(Expenditure.of(FundingSourceKind.FOREIGN, 2024, "1500.500").amount()).hasToString("1500.5");
    }

    @Test
    void rejectsNegativeAmountsAndImpossibleYears() {
        assertThatIllegalArgumentException().isThrownBy(() -> Expenditure.of(FundingSourceKind.FOREIGN, 2024, "-1"))
                .withMessage("amount must not be negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Expenditure.of(FundingSourceKind.FOREIGN, 24, "1"))
                .withMessage("year out of range 1000-9999: 24");
    }
}

package org.actionplan.costing;

import static org.actionplan.costing.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.actionplan.core.money.CurrencyMismatchException;
import org.actionplan.core.money.Money;
import org.junit.jupiter.api.Test;

class BudgetCheckTests {

    private final CostTable tree = PlanCosts.of(Fixtures.sample()).tree();

    @Test
    void costTwentyPercentOrMoreAboveTheAllocationIsFlagged() {
        // G1 costs 1751: 1751 >= 1.2 * 1459.16 = 1750.992 (excess 20.0005%); G2 costs 4000: 4000 < 1.2 * 3400 = 4080
        List<BudgetCheck.Finding> f = BudgetCheck.check(tree, Map.of("G2", all("3400"), "G1", all("1459.16")));
        assertThat(f).extracting(x -> x.node().key()).containsExactly("G1", "G2");
        assertThat(f).extracting(BudgetCheck.Finding::flagged).containsExactly(true, false);
        assertThat(f.get(0).excess().percent(2)).isEqualByComparingTo("20.00");
        assertThat(f.get(1).cost()).isEqualTo(all("4000"));
    }

    @Test
    void exactlyTheThresholdIsFlaggedAndJustBelowIsNot() {
        // A3 costs 1000: 1000 = 1.25 * 800 -> 25%; with threshold 0.25 flagged, 0.2501 not
        assertThat(BudgetCheck.check(tree, Map.of("A3", all("800")), new BigDecimal("0.25")).get(0).flagged()).isTrue();
        assertThat(BudgetCheck.check(tree, Map.of("A3", all("800")), new BigDecimal("0.2501")).get(0).flagged()).isFalse();
    }

    @Test
    void aZeroAllocationFlagsAnyPositiveCost() {
        BudgetCheck.Finding f = BudgetCheck.check(tree, Map.of("A1", all("0"))).get(0);
        assertThat(f.flagged()).isTrue();
        assertThat(f.excess().isDefined()).isFalse();
        assertThat(BudgetCheck.check(tree, Map.of("A2", all("0"))).get(0).flagged()).isFalse();
    }

    @Test
    void unknownOrAmbiguousKeysAndForeignCurrenciesAreErrors() {
        assertThatThrownBy(() -> BudgetCheck.check(tree, Map.of("nope", all("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        CostTable byGoalYear = PlanCosts.of(Fixtures.sample()).pivot(Dimension.GOAL, Dimension.YEAR);
        assertThatThrownBy(() -> BudgetCheck.check(byGoalYear, Map.of("2024", all("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rows");
        assertThatThrownBy(() -> BudgetCheck.check(tree, Map.of("G1", Money.of("1", "EUR"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> BudgetCheck.check(tree, Map.of("G1", all("1")), new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

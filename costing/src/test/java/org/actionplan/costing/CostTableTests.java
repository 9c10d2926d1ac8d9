package org.actionplan.costing;

import static org.actionplan.costing.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.CurrencyMismatchException;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.Money;
import org.junit.jupiter.api.Test;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class CostTableTests {

    private static final ExchangeRate EUR_ALL = ExchangeRate.of("EUR", "ALL", "110");

    private final CostTable byGoal = PlanCosts.of(Fixtures.sample()).pivot(Dimension.GOAL);

    private static Plan mixed() {
        Activity eur = Activity.builder("A5", LocalizedText.of("en", "Euro")).cost(CostEstimate.of(Fixtures.EUR,
                Fixtures.years(2024, Fixtures.cc("10", null)), List.of())).build();
        Plan p = Fixtures.sample();
        return p.toBuilder().goal(Section.builder("G3", SectionKind.GOAL, LocalizedText.of("en", "g3")).activity(eur).build())
                .build();
    }

    @Test
    void convertingConvertsEachCellAfterSummingAndSaysWhichRateItUsed() {
        CostTable eur = byGoal.convertedTo(Fixtures.EUR, List.of(EUR_ALL), RoundingMode.HALF_EVEN);
        // cells / 110: 1000 -> 9.09, 900 -> 8.18, 500 -> 4.55, 3251 -> 29.55, 100 -> 0.91; total 52.28
        assertThat(eur.currency()).isEqualTo(Fixtures.EUR);
        assertThat(eur.root().cost()).isEqualTo(Money.of("52.28", "EUR"));
        assertThat(eur.root().cost(2025, EconomicCategory.CAPITAL)).isEqualTo(Money.of("29.55", "EUR"));
        // G1: 1000/110 = 9.09, 500/110 = 4.55, 251/110 = 2.28
        assertThat(eur.at("G1").orElseThrow().cost()).isEqualTo(Money.of("15.92", "EUR"));
        assertThat(eur.ratesUsed()).containsExactly(EUR_ALL);
        assertThat(eur.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(eur.root().childrenPartition()).isFalse();
        assertThat(eur.root().unquantified()).containsExactly("A2");
        assertThat(byGoal.ratesUsed()).isEmpty();
        assertThat(byGoal.rounding()).isNull();
    }

    @Test
    void theRoundingModeIsApplied() {
        CostTable up = byGoal.convertedTo(Fixtures.EUR, List.of(EUR_ALL), RoundingMode.UP);
        // 1000 -> 9.10, 900 -> 8.19, 500 -> 4.55, 3251 -> 29.56, 100 -> 0.91
        assertThat(up.root().cost()).isEqualTo(Money.of("52.31", "EUR"));
    }

    @Test
    void mixingCurrenciesWithoutARateIsAnErrorNamingThem() {
        CostTable t = PlanCosts.of(mixed()).pivot(Dimension.GOAL);
        assertThat(t.currencies()).containsExactly(Fixtures.ALL, Fixtures.EUR);
        assertThatThrownBy(() -> t.root().cost()).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("ALL").hasMessageContaining("EUR");
        assertThatThrownBy(() -> t.convertedTo(Fixtures.ALL, List.of(ExchangeRate.of("USD", "ALL", "100")), RoundingMode.HALF_EVEN))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR").hasMessageContaining("ALL");
    }

    @Test
    void aMixedTableConvertedToThePlanCurrencyAddsTheConvertedAmounts() {
        CostTable t = PlanCosts.of(mixed()).pivot(Dimension.GOAL).convertedTo(Fixtures.ALL, List.of(EUR_ALL),
                RoundingMode.HALF_EVEN);
        assertThat(t.root().cost()).isEqualTo(all("6851"));
        assertThat(t.root().cost(2024, EconomicCategory.CURRENT)).isEqualTo(all("2100"));
        assertThat(t.at("G3").orElseThrow().cost()).isEqualTo(all("1100"));
    }

    @Test
    void rowsCanBeFoundByPathOrKeyAndListedInOrder() {
        assertThat(byGoal.rows()).extracting(CostNode::key).containsExactly(null, "G1", "G2");
        assertThat(byGoal.find("G2")).isPresent();
        assertThat(byGoal.find("G9")).isEmpty();
        assertThat(byGoal.at("G1", "x")).isEmpty();
        assertThat(byGoal.at()).contains(byGoal.root());
        assertThat(byGoal.dimensions()).containsExactly(Dimension.GOAL);
        assertThat(byGoal.years()).containsExactly(2024, 2025, 2026);
        assertThat(byGoal.at("G1").orElseThrow().title().primary()).isEqualTo("Goal 1");
    }

    @Test
    void theSamePlanGivesTheSameTable() {
        assertThat(Tables.describe(PlanCosts.of(Fixtures.sample()).pivot(Dimension.GOAL, Dimension.CATEGORY)))
                .isEqualTo(Tables.describe(PlanCosts.of(Fixtures.sample()).pivot(Dimension.GOAL, Dimension.CATEGORY)));
    }

    @Test
    void convertThenSumStaysWithinTheStatedBoundOfSumThenConvert() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            CostTable all = PlanCosts.of(RandomPlans.plan(new java.util.SplittableRandom(seed), "", n)).pivot(Dimension.GOAL);
            CostTable eur = all.convertedTo(Fixtures.EUR, List.of(EUR_ALL), RoundingMode.HALF_EVEN);
            int cells = all.years().size() * EconomicCategory.values().length;
            // the root, converted from its exact sum cell by cell: within half a cent per cell of the exact conversion
            BigDecimal exact = all.root().cost().amount().divide(new BigDecimal("110"), MathContext.DECIMAL128);
            assertThat(eur.root().cost().amount().subtract(exact).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(cells)));
            // the children, each converted separately, add up to the root within (k + 1) / 2 cents per cell
            long children = eur.root().children().stream().mapToLong(c -> c.cost().toMinor()).sum();
            int k = eur.root().children().size();
            assertThat(Math.abs(children - eur.root().cost().toMinor())).isLessThanOrEqualTo((long) cells * (k + 1) / 2);
        });
    }
}

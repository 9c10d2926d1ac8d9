package org.actionplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.actionplan.core.Activity;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;
import org.junit.jupiter.api.Test;

class PrimitivePlanTests {

    private static final int CURRENT = EconomicCategory.CURRENT.ordinal();
    private static final int CAPITAL = EconomicCategory.CAPITAL.ordinal();
    private static final int NOT_STATED = PrimitivePlan.CATEGORIES - 1;

    /** Two goals; amounts chosen so that every sum below can be checked by hand (ALL has 2 decimals). */
    private static Plan handPlan() {
        Activity a1 = Activity.builder("a1", LocalizedText.of("en", "a1"))
                .cost(CostEstimate.of(Money.currency("ALL"),
                        Map.of(2024, YearCost.of(new BigDecimal("1000.50"), new BigDecimal("200")),
                                2025, new YearCost(null, null, new BigDecimal("300"))),
                        List.of(FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, EconomicCategory.CURRENT,
                                        new BigDecimal("400")),
                                new FundingLine(FundingSourceKind.FOREIGN, null, null, new BigDecimal("100"), "donor",
                                        null, null),
                                FundingLine.unquantified(FundingSourceKind.FOREIGN, "donatorë"))))
                .build();
        Activity a2 = Activity.builder("a2", LocalizedText.of("en", "a2"))
                .cost(CostEstimate.unquantified(Money.currency("ALL"), "kosto administrative", List.of()))
                .build();
        Activity sub = Activity.builder("b1.1", LocalizedText.of("en", "b1.1"))
                .cost(CostEstimate.of(Money.currency("ALL"), Map.of(2025, YearCost.of(null, new BigDecimal("7"))),
                        List.of()))
                .build();
        Activity b1 = Activity.builder("b1", LocalizedText.of("en", "b1"))
                .cost(CostEstimate.of(Money.currency("ALL"), Map.of(2025, YearCost.of(new BigDecimal("50"), null)),
                        List.of()))
                .subActivity(sub)
                .build();
        Section goalA = Section.builder("A", SectionKind.GOAL, LocalizedText.of("en", "A")).activity(a1).activity(a2)
                .build();
        Section goalB = Section.builder("B", SectionKind.GOAL, LocalizedText.of("en", "B"))
                .child(Section.builder("B.1", SectionKind.OBJECTIVE, LocalizedText.of("en", "B.1")).activity(b1).build())
                .build();
        return Plan.builder("hand", LocalizedText.of("en", "hand"), 2024, 2025, Money.currency("ALL"))
                .goal(goalA).goal(goalB).build();
    }

    @Test
    void rollUpAddsEveryAmountInMinorUnitsUnderItsGoalYearAndCategory() {
        PrimitivePlan arrays = PrimitivePlan.of(handPlan());
        assertThat(arrays.size()).isEqualTo(4);
        assertThat(arrays.slots()).isEqualTo(3 * PrimitivePlan.CATEGORIES);

        PrimitivePlan.Totals t = arrays.rollUp();
        int slots = t.slots();
        int y2024 = 0;
        int y2025 = PrimitivePlan.CATEGORIES;
        int period = 2 * PrimitivePlan.CATEGORIES;
        assertThat(t.cost()[y2024 + CURRENT]).isEqualTo(100_050);
        assertThat(t.cost()[y2024 + CAPITAL]).isEqualTo(20_000);
        assertThat(t.cost()[y2025 + NOT_STATED]).isEqualTo(30_000);
        assertThat(t.funding()[y2024 + CURRENT]).isEqualTo(40_000);
        assertThat(t.funding()[period + NOT_STATED]).isEqualTo(10_000);
        assertThat(t.gap()[y2024 + CURRENT]).isEqualTo(60_050);
        assertThat(t.gap()[period + NOT_STATED]).isEqualTo(-10_000);
        assertThat(t.cost()[slots + y2025 + CURRENT]).isEqualTo(5_000);
        assertThat(t.cost()[slots + y2025 + CAPITAL]).isEqualTo(700);
        assertThat(t.unquantified()).containsExactly(1, 0);
        assertThat(t.goalCost(0)).isEqualTo(150_050);
        assertThat(t.goalCost(1)).isEqualTo(5_700);
        assertThat(t.yearCost(0)).isEqualTo(120_050);
        assertThat(t.yearCost(1)).isEqualTo(35_700);
        assertThat(t.totalCost()).isEqualTo(155_750);
        assertThat(t.totalFunding()).isEqualTo(50_000);
        assertThat(t.totalGap()).isEqualTo(105_750);
    }

    @Test
    void rollUpOfAGeneratedPlanMatchesTheFiguresItDeclares() {
        Plan plan = Plans.generate(1_000);
        PrimitivePlan.Totals t = PrimitivePlan.of(plan).rollUp();
        assertThat(t.totalCost()).isEqualTo(declared(plan, "cost-total"));
        assertThat(t.totalFunding()).isEqualTo(declared(plan, "funding-total"));
        assertThat(t.totalGap()).isEqualTo(declared(plan, "gap-total"));
        assertThat(t.yearCost(0)).isEqualTo(declared(plan, "cost-2024"));
        assertThat(t.yearCost(1)).isEqualTo(declared(plan, "cost-2025"));
        for (int g = 0; g < plan.goals().size(); g++) {
            assertThat(t.goalCost(g)).isEqualTo(declared(plan, "cost-goal-" + plan.goals().get(g).id()));
        }
        int unquantified = 0;
        for (int count : t.unquantified()) {
            unquantified += count;
        }
        assertThat(unquantified).isBetween(50, 150);
    }

    @Test
    void anEstimateInAnotherCurrencyIsRefused() {
        Activity eur = Activity.builder("x", LocalizedText.of("en", "x"))
                .cost(CostEstimate.of(Money.currency("EUR"), Map.of(2024, YearCost.of(BigDecimal.ONE, null)), List.of()))
                .build();
        Plan plan = Plan.builder("p", LocalizedText.of("en", "p"), 2024, 2025, Money.currency("ALL"))
                .goal(Section.builder("G", SectionKind.GOAL, LocalizedText.of("en", "G")).activity(eur).build()).build();
        assertThatThrownBy(() -> PrimitivePlan.of(plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("activity x").hasMessageContaining("EUR");
    }

    private static long declared(Plan plan, String id) {
        DeclaredFigure figure = plan.declaredFigures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        return figure.value().movePointRight(2).longValueExact();
    }
}

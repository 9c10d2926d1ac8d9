package org.actionplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.actionplan.core.Plan;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.Dimension;
import org.actionplan.costing.PlanCosts;
import org.junit.jupiter.api.Test;

/** The primitive baseline computes the same roll-up as the costing engine, cell by cell. */
class CostingAgreementTests {

    @Test
    void baselineCellsEqualTheEnginesGoalYearCategoryCells() {
        Plan plan = Plans.generate(1_000);
        PrimitivePlan arrays = PrimitivePlan.of(plan);
        PrimitivePlan.Totals t = arrays.rollUp();
        List<CostNode> goals = PlanCosts.of(plan).pivot(Dimension.GOAL).root().children();
        assertThat(goals).hasSize(plan.goals().size());
        int checked = 0;
        for (int g = 0; g < goals.size(); g++) {
            CostNode goal = goals.get(g);
            for (int y = 0; y <= plan.lastYear() - plan.firstYear(); y++) {
                int year = plan.firstYear() + y;
                for (EconomicCategory c : List.of(EconomicCategory.CURRENT, EconomicCategory.CAPITAL)) {
                    int cell = g * t.slots() + y * PrimitivePlan.CATEGORIES + c.ordinal();
                    assertThat(goal.cost(year, c).toMinor()).isEqualTo(t.cost()[cell]);
                    assertThat(goal.funding(year, c, null).toMinor()).isEqualTo(t.funding()[cell]);
                    checked += t.cost()[cell] > 0 ? 1 : 0;
                }
            }
            assertThat(goal.gap().toMinor()).isEqualTo(t.goalCost(g) - fundingOf(t, g));
            assertThat(goal.unquantified()).hasSize(t.unquantified()[g]);
        }
        assertThat(checked).isGreaterThan(6);
    }

    private static long fundingOf(PrimitivePlan.Totals t, int goal) {
        long sum = 0;
        for (int s = 0; s < t.slots(); s++) {
            sum += t.funding()[goal * t.slots() + s];
        }
        return sum;
    }
}

package org.actionplan.costing;

import static org.actionplan.costing.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;

import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingSourceKind;
import org.junit.jupiter.api.Test;

class CostNodeTests {

    private final CostNode plan = PlanCosts.of(Fixtures.sample()).tree().root();

    @Test
    void fundingIsReportedPerSourceYearAndCategory() {
        assertThat(plan.funding(FundingSourceKind.STATE_BUDGET_MTBP)).isEqualTo(all("400"));
        assertThat(plan.funding(FundingSourceKind.FOREIGN)).isEqualTo(all("300"));
        assertThat(plan.funding(FundingSourceKind.STATE_BUDGET)).isEqualTo(all("1000"));
        assertThat(plan.funding(FundingSourceKind.OTHER)).isEqualTo(all("0"));
        assertThat(plan.funding(2025, EconomicCategory.CURRENT, FundingSourceKind.FOREIGN)).isEqualTo(all("300"));
        assertThat(plan.funding(2024, null, null)).isEqualTo(all("400"));
        assertThat(plan.fundingYearNotStated()).isEqualTo(all("1000"));
    }

    @Test
    void gapPerYearLeavesOutFundingWithoutAYear() {
        assertThat(plan.gap(2024)).isEqualTo(all("1500"));
        assertThat(plan.gap(2025)).isEqualTo(all("3451"));
        assertThat(plan.gap(2026)).isEqualTo(all("100"));
        // 1500 + 3451 + 100 = 5051 = gap 4051 + funding without a year 1000
        assertThat(plan.gap()).isEqualTo(all("4051"));
        assertThat(plan.gap((Integer) null)).isEqualTo(all("4051"));
    }

    @Test
    void theGapSignConventionIsSwitchableForDisplay() {
        assertThat(plan.gap(GapConvention.COST_MINUS_FUNDING)).isEqualTo(all("4051"));
        assertThat(plan.gap(GapConvention.FUNDING_MINUS_COST)).isEqualTo(all("-4051"));
    }

    @Test
    void sharesAreExactRatiosRoundedOnlyForDisplay() {
        assertThat(plan.gapShare().percent(2)).isEqualByComparingTo("70.44");
        assertThat(plan.fundedShare().percent(1)).isEqualByComparingTo("29.6");
        assertThat(plan.capitalShare().numerator()).isEqualByComparingTo("3251");
        assertThat(plan.capitalShare().denominator()).isEqualByComparingTo("5751");
        CostNode g1 = plan.child("G1").orElseThrow();
        assertThat(g1.shareOf(plan).percent(1)).isEqualByComparingTo("30.4");
        CostNode a2 = plan.child("G1").flatMap(n -> n.child("O1")).flatMap(n -> n.child("A2")).orElseThrow();
        assertThat(a2.gapShare().isDefined()).isFalse();
    }

    @Test
    void costsInsideAndOutsideAWindowAreReportedSeparately() {
        assertThat(plan.costWithin(2024, 2025)).isEqualTo(all("5651"));
        assertThat(plan.costOutside(2024, 2025)).isEqualTo(all("100"));
        assertThat(plan.costWithin(2024, 2024)).isEqualTo(all("1900"));
        assertThat(plan.costOutside(2024, 2024)).isEqualTo(all("3851"));
    }

    @Test
    void rowsCarryTheirGroupAndCanBeVisited() {
        assertThat(plan.dimension()).isNull();
        assertThat(plan.key()).isNull();
        assertThat(plan.currency()).isEqualTo(Fixtures.ALL);
        int[] visited = {0};
        plan.forEach(n -> visited[0]++);
        // plan, 2 goals, 2 objectives, 4 activities
        assertThat(visited[0]).isEqualTo(9);
        assertThat(plan.childrenPartition()).isTrue();
        assertThat(plan.toString()).startsWith("plan");
        assertThat(plan.year()).isNull();
        assertThat(plan.category()).isNull();
        assertThat(plan.sourceKind()).isNull();
    }
}

package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.costing.GapConvention;
import org.junit.jupiter.api.Test;

class CostCommandTests {

    @Test
    void theDefaultPlanCostsWhatItsSummaryTablePublishes() {
        // seed 004 line 1645: Kosto totale 276,515,418; PBA 206,933,418; gap (69,582,000); EUR 2,513,777
        Cli r = Cli.run("cost", "--currency", "EUR", "--rate", "110", "--depth", "1");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("276,515,418 (EUR 2,513,777)").contains("206,933,418").contains("69,582,000");
        assertThat(Cli.run("cost", "--currency", "EUR").code).isEqualTo(2);
    }

    @Test
    void byCategorySplitsTheTotalIntoCurrentAndCapitalAsTheSeedChartDataDoes() {
        // seed 004 line 1743 (chart data): current 253515418, capital 23000000
        Cli r = Cli.run("cost", "--by", "category");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("276,515,418");
        assertThat(r.out.lines().filter(l -> l.contains("CURRENT")).findFirst().orElseThrow()).contains("253,515,418");
        assertThat(r.out.lines().filter(l -> l.contains("CAPITAL")).findFirst().orElseThrow()).contains("23,000,000");
    }

    @Test
    void byGoalAndYearNestsYearsUnderGoals() {
        Cli r = Cli.run("cost", "--by", "goal,year");
        assertThat(r.code).isZero();
        assertThat(r.out.lines().filter(l -> l.contains("2024")).count()).isEqualTo(3);
        assertThat(r.out.lines().filter(l -> l.contains("2025")).count()).isEqualTo(3);
    }

    @Test
    void anUnknownDimensionIsBadUsage() {
        Cli r = Cli.run("cost", "--by", "colour");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("unknown --by dimension 'colour'");
    }

    @Test
    void jsonGivesTheSummaryTableExactlyInEitherGapConvention() {
        // seed 004 line 1645: Kosto totale 276,515,418; PBA 206,933,418; gap printed (69,582,000) as funding - cost
        CostCommand.Output o = json("cost", "--format", "json", "--currency", "EUR", "--rate", "110");
        assertThat(o.gapConvention()).isEqualTo(GapConvention.COST_MINUS_FUNDING);
        assertThat(o.total().cost()).isEqualByComparingTo("276515418");
        assertThat(o.total().funding()).isEqualByComparingTo("206933418");
        assertThat(o.total().gap()).isEqualByComparingTo("69582000");
        // 276,515,418 / 110 = 2,513,776.5272..., half-even to the cent; the plan prints 2,513,777
        assertThat(o.total().converted().cost()).isEqualTo(new BigDecimal("2513776.53"));
        assertThat(o.total().children()).extracting(CostCommand.Row::gap).map(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("3.34E+6"), new BigDecimal("1.3974E+7"), new BigDecimal("5.2268E+7"));
        CostCommand.Output printed = json("cost", "--format", "json", "--gap", "funding-minus-cost");
        assertThat(printed.gapConvention()).isEqualTo(GapConvention.FUNDING_MINUS_COST);
        assertThat(printed.total().gap()).isEqualByComparingTo("-69582000");
        assertThat(Cli.run("cost", "--gap", "both").code).isEqualTo(2);
    }

    @Test
    void jsonByGoalAndYearPartitionsEachGoalIntoItsYears() {
        CostCommand.Output o = json("cost", "--by", "goal,year", "--format", "json");
        assertThat(o.by()).containsExactly("goal", "year");
        assertThat(o.total().children()).hasSize(3);
        for (CostCommand.Row goal : o.total().children()) {
            assertThat(goal.dimension()).isEqualTo("goal");
            assertThat(goal.children()).extracting(CostCommand.Row::dimension).containsOnly("year");
            assertThat(goal.children().stream().map(CostCommand.Row::cost).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(goal.cost());
        }
    }

    @Test
    void jsonNamesTheActivitiesWithoutACostInsteadOfCountingThemAsZero() {
        Plan kosovo = Inputs.plan("kosovo-2015-2019");
        CostCommand.Output o = json("cost", "kosovo-2015-2019", "--format", "json", "--depth", "0");
        assertThat(o.total().unquantified()).isNotEmpty();
        for (String id : o.total().unquantified()) {
            Activity a = kosovo.activity(id).orElseThrow();
            assertThat(a.cost() == null || !a.cost().isQuantified()).as(id).isTrue();
        }
        assertThat(o.total().children()).isEmpty();
    }

    private static CostCommand.Output json(String... args) {
        Cli r = Cli.run(args);
        assertThat(r.code).as(r.err).isZero();
        return PlanJson.read(r.out, CostCommand.Output.class);
    }
}

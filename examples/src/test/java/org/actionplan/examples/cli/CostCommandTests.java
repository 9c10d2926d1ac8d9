package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}

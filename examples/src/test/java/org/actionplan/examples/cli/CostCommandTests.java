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
}

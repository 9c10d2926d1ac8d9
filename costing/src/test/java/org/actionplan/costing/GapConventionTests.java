package org.actionplan.costing;

import static org.actionplan.costing.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class GapConventionTests {

    @Test
    void albaniaPrintsShortfallsAsNegativeNumbers() {
        assertThat(GapConvention.FUNDING_MINUS_COST.apply(all("3340000"))).isEqualTo(all("-3340000"));
        assertThat(GapConvention.COST_MINUS_FUNDING.apply(all("3340000"))).isEqualTo(all("3340000"));
        assertThat(GapConvention.FUNDING_MINUS_COST.apply(new BigDecimal("8.81"))).isEqualByComparingTo("-8.81");
        assertThat(GapConvention.COST_MINUS_FUNDING.apply(new BigDecimal("8.81"))).isEqualByComparingTo("8.81");
    }
}

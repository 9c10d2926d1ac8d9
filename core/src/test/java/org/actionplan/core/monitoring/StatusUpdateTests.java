package org.actionplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.money.FundingSourceKind;

class StatusUpdateTests {

    @Test
    void totalSpentAddsEverySourceAndYear() {
        StatusUpdate u = new StatusUpdate("a", ActivityStatus.COMPLETED, new BigDecimal("100.0"),
                List.of(Expenditure.of(FundingSourceKind.FOREIGN, 2024, "10.50"),
                        Expenditure.of(FundingSourceKind.FOREIGN, 2025, "4.5"),
                        Expenditure.of(FundingSourceKind.STATE_BUDGET, 2024, "5")), List.of(), null);
        assertThat(u.totalSpent()).isEqualTo(new BigDecimal("20"));
        assertThat(u.percentComplete()).isEqualTo(new BigDecimal("100"));
        assertThat(StatusUpdate.of("a", ActivityStatus.NOT_STARTED).totalSpent()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void rejectsPercentagesOutsideZeroToHundred() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StatusUpdate("a", ActivityStatus.COMPLETED,
                new BigDecimal("-1"), null, null, null)).withMessageStartingWith("percentComplete must not be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new StatusUpdate("a", ActivityStatus.COMPLETED,
                new BigDecimal("100.01"), null, null, null)).withMessage("percentComplete must not be above 100: 100.01");
    }

    @Test
    void startedMeansInProgressOrDoneInPart() {
        assertThat(ActivityStatus.IN_PROGRESS_DELAYED.isStarted()).isTrue();
        assertThat(ActivityStatus.PARTIALLY_COMPLETED.isStarted()).isTrue();
        assertThat(ActivityStatus.POSTPONED.isStarted()).isFalse();
        assertThat(ActivityStatus.CANCELLED.isStarted()).isFalse();
    }
}

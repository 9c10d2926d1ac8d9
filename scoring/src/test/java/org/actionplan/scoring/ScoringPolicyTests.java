package org.actionplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.actionplan.core.monitoring.ActivityStatus;

class ScoringPolicyTests {

    @Test
    void defaultsAreTheDocumentedOnes() {
        ScoringPolicy p = ScoringPolicy.defaults();
        assertThat(p.scale()).isEqualTo(6);
        assertThat(p.ongoingCounted()).isTrue();
        assertThat(p.cancelled()).isEqualTo(ScoringPolicy.CancelledRule.NOT_ACHIEVED);
        assertThat(p.missingStatus()).isEqualTo(ScoringPolicy.MissingStatusRule.EXCLUDED);
        assertThat(p.weighting()).isEqualTo(ScoringPolicy.Weighting.EQUAL);
        assertThat(p.onTrackThreshold()).isEqualTo(new BigDecimal("0.85"));
        assertThat(p.atRiskThreshold()).isEqualTo(new BigDecimal("0.6"));
        assertThat(p.statusScores()).containsEntry(ActivityStatus.IN_PROGRESS_DELAYED, new BigDecimal("0.25"))
                .hasSize(ActivityStatus.values().length);
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.defaults().toBuilder().scale(0).build())
                .withMessage("scale must be 1 to 20: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.defaults().toBuilder()
                .thresholds(new BigDecimal("0.5"), new BigDecimal("0.7")).build())
                .withMessage("atRiskThreshold must not be above onTrackThreshold: 0.7 > 0.5");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.defaults().toBuilder()
                .statusScore(ActivityStatus.COMPLETED, new BigDecimal("1.5")).build())
                .withMessage("statusScores[COMPLETED] must be 0 to 1: 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.defaults().toBuilder()
                .defaultWeight(new BigDecimal("-1")).build()).withMessageStartingWith("defaultWeight must not be negative");
    }

    @Test
    void everySettingCanBeChanged() {
        ScoringPolicy p = ScoringPolicy.defaults().toBuilder().maintainTolerance(new BigDecimal("0.1"))
                .numberRollup(ScoringPolicy.NumberRollup.LATEST).defaultWeight(new BigDecimal("2")).build();
        assertThat(p.maintainTolerance()).isEqualTo(new BigDecimal("0.1"));
        assertThat(p.numberRollup()).isEqualTo(ScoringPolicy.NumberRollup.LATEST);
        assertThat(p.defaultWeight()).isEqualTo(new BigDecimal("2"));
    }
}

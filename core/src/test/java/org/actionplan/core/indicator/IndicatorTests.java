package org.actionplan.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.time.CalendarPeriod;

class IndicatorTests {

    private static final LocalizedText NAME = LocalizedText.of("sq", "Numri i hetimeve");

    @Test
    void ofLeavesWhatTheDocumentDoesNotSayNull() {
        Target target = new Target(CalendarPeriod.year(2024), Comparator.AT_LEAST,
                new IndicatorValue.NumberValue(new BigDecimal("60")), "60");
        Indicator indicator = Indicator.of("ind-1", NAME, IndicatorType.NUMBER, Direction.INCREASE, null, List.of(target));
        assertThat(indicator.unit()).isNull();
        assertThat(indicator.cumulative()).isNull();
        assertThat(indicator.baseline()).isNull();
        assertThat(indicator.verification()).isEmpty();
        assertThat(indicator.disaggregation()).isEmpty();
        assertThat(indicator.targets()).containsExactly(target);
    }

    @Test
    void rejectsMissingParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Indicator.of(" ", NAME, IndicatorType.NUMBER,
                Direction.INCREASE, null, List.of())).withMessageContaining("id");
        assertThatNullPointerException().isThrownBy(() -> Indicator.of("i", NAME, null, Direction.INCREASE, null, List.of()))
                .withMessageContaining("type");
        assertThatNullPointerException().isThrownBy(() -> new Target(null, Comparator.EXACTLY, null, null))
                .withMessageContaining("period");
        assertThatNullPointerException().isThrownBy(() -> new Target(CalendarPeriod.year(2024), null, null, null))
                .withMessageContaining("comparator");
    }

    @Test
    void aQualitativeTargetHasNoValue() {
        Target rising = new Target(CalendarPeriod.year(2025), Comparator.INCREASE, null, "Rritës");
        assertThat(rising.value()).isNull();
        assertThat(new Baseline(null, null, "-").text()).isEqualTo("-");
    }
}

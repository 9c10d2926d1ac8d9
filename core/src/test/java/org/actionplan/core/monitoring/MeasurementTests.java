package org.actionplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.time.CalendarPeriod;

class MeasurementTests {

    @Test
    void totalHasNoDisaggregation() {
        Measurement m = Measurement.of("i", CalendarPeriod.year(2024), new IndicatorValue.FlagValue(true));
        assertThat(m.isTotal()).isTrue();
        assertThat(new Measurement("i", CalendarPeriod.year(2024), new IndicatorValue.FlagValue(true), null,
                new TreeMap<>(Map.of("region", "Tirana")), null).isTotal()).isFalse();
    }

    @Test
    void rejectsBlankSliceCategories() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Measurement("i", CalendarPeriod.year(2024),
                new IndicatorValue.FlagValue(true), null, new TreeMap<>(Map.of("sex", " ")), null))
                .withMessage("disaggregation[sex] must not be blank");
    }
}

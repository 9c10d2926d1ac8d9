package org.actionplan.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.actionplan.core.indicator.Comparator;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.time.CalendarPeriod;
import org.junit.jupiter.api.Test;

class IndicatorCellsTests {

    @Test
    void increasingIsAQualitativeTargetWithNoValue() {
        Indicator i = IndicatorCells.read("i", "sq", "Numri i hetimeve proaktive", 2023, "-",
                Map.of(2024, "Rrites ", 2025, "Rritës"));
        assertThat(i.type()).isEqualTo(IndicatorType.QUALITATIVE);
        assertThat(i.direction()).isEqualTo(Direction.INCREASE);
        assertThat(i.baseline().value()).isNull();
        assertThat(i.baseline().text()).isEqualTo("-");
        assertThat(i.baseline().period()).isEqualTo(CalendarPeriod.year(2023));
        assertThat(i.targets()).allSatisfy(t -> {
            assertThat(t.comparator()).isEqualTo(Comparator.INCREASE);
            assertThat(t.value()).isNull();
        });
        assertThat(i.targets()).extracting(t -> t.text()).containsExactly("Rrites ", "Rritës");
    }

    @Test
    void countsArePlainNumbersWithADirectionFromBaselineToLastTarget() {
        Indicator i = IndicatorCells.read("i", "sq", "Numri i strukturave", 2023, "50", Map.of(2024, "60", 2025, "70"));
        assertThat(i.type()).isEqualTo(IndicatorType.NUMBER);
        assertThat(i.direction()).isEqualTo(Direction.INCREASE);
        assertThat(i.baseline().value()).isEqualTo(new IndicatorValue.NumberValue(new BigDecimal("50")));
        assertThat(i.targets().get(1).value()).isEqualTo(new IndicatorValue.NumberValue(new BigDecimal("70")));
        assertThat(i.targets().get(1).comparator()).isEqualTo(Comparator.AT_LEAST);
    }

    @Test
    void percentagesKeepTheirUnit() {
        Indicator i = IndicatorCells.read("i", "sq", "Përqindja e VT/VMT", 2023, "100%", Map.of(2024, "100%", 2025, "100%"));
        assertThat(i.type()).isEqualTo(IndicatorType.PERCENTAGE);
        assertThat(i.unit()).isEqualTo("%");
        assertThat(i.direction()).isEqualTo(Direction.MAINTAIN);
        assertThat(i.targets().get(0).value()).isEqualTo(new IndicatorValue.PercentValue(new BigDecimal("100")));
    }

    @Test
    void zeroOneValuesOnAProductAreAMilestone() {
        Indicator i = IndicatorCells.read("i", "sq", "Kodi Penal i ndryshuar", 2023, "0", Map.of(2024, "0", 2025, "1"));
        assertThat(i.type()).isEqualTo(IndicatorType.MILESTONE);
        assertThat(i.targets().get(1).value()).isEqualTo(new IndicatorValue.FlagValue(true));
        assertThat(i.targets().get(0).value()).isEqualTo(new IndicatorValue.FlagValue(false));
        assertThat(i.targets().get(1).comparator()).isEqualTo(Comparator.EXACTLY);
    }

    @Test
    void emptyTargetCellsGiveNoTargetAndTextStaysText() {
        Indicator i = IndicatorCells.read("i", "sq", "Numri i nxënësve", 2023, "-", Map.of(2024, "", 2025, " "));
        assertThat(i.targets()).isEmpty();
        Indicator r = IndicatorCells.read("r", "sq", "Raporte periodike vjetore", 2023, "Periodike çdo 6 muaj",
                Map.of(2024, "2", 2025, "4"));
        assertThat(r.type()).isEqualTo(IndicatorType.NUMBER);
        assertThat(r.baseline().value()).isEqualTo(new IndicatorValue.TextValue("Periodike çdo 6 muaj"));
        Indicator none = IndicatorCells.read("n", "sq", "x", 2023, "", Map.of());
        assertThat(none.baseline()).isNull();
    }
}

package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartTests {

    @Test
    void everySeriesHasOneValuePerCategory() {
        assertThatThrownBy(() -> new Chart.Bars("c", "C", "d", false, "x", "y", ColumnType.NUMBER, null, 0,
                List.of("a", "b"), List.of(new Chart.Series("s", List.of(BigDecimal.ONE)))))
                .hasMessage("chart 'c' series 's' has 1 values for 2 categories");
    }

    @Test
    void barsShowMagnitudesOnly() {
        assertThatThrownBy(() -> new Chart.Series("gap", List.of(new BigDecimal("-1"))))
                .hasMessageContaining("negative");
    }

    @Test
    void barValuesFollowTheChartKind() {
        assertThatThrownBy(() -> new Chart.Bars("c", "C", "d", false, "x", "y", ColumnType.MONEY, null, 0,
                List.of("a"), List.of(new Chart.Series("s", List.of(BigDecimal.ONE))))).hasMessageContaining("currency");
        Chart.Bars b = new Chart.Bars("c", "C", "d", true, "x", "y", ColumnType.MONEY, "EUR", 2, List.of("a"),
                List.of(new Chart.Series("s", List.of(BigDecimal.ONE))));
        assertThat(b.value(0, 0)).isEqualTo(Value.money(BigDecimal.ONE, "EUR", 2));
        assertThatThrownBy(() -> new Chart.Bars("c", "C", "d", true, "x", "y", ColumnType.NUMBER, null, 0, List.of(),
                List.of())).hasMessageContaining("series");
    }

    @Test
    void placedTasksHaveOrderedDatesAndUnplacedOnesNone() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> new Chart.Task("t", d, null, Chart.TaskStyle.EXACT, "x")).hasMessageContaining("start and an end");
        assertThatThrownBy(() -> new Chart.Task("t", d, d, Chart.TaskStyle.UNPLACED, "x")).hasMessageContaining("cannot have dates");
        assertThatThrownBy(() -> new Chart.Task("t", d, d.minusDays(1), Chart.TaskStyle.FUZZY, "x")).hasMessageContaining("ends before");
        assertThat(new Chart.Task("t", null, null, Chart.TaskStyle.UNPLACED, "x").start()).isNull();
    }

    @Test
    void ganttAxisIsNotInverted() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> new Chart.Gantt("g", "G", "d", "t", "a", d, d.minusDays(1), List.of()))
                .hasMessageContaining("inverted");
    }
}

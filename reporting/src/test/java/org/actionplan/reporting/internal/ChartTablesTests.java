package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Chart;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

class ChartTablesTests {

    @Test
    void stackedBarsGetATotalColumn() {
        Chart.Bars b = new Chart.Bars("c", "C", "d", true, "Goal", "ALL", ColumnType.MONEY, "ALL", 0, List.of("g1"),
                List.of(new Chart.Series("funded", List.of(new BigDecimal("5"))),
                        new Chart.Series("gap", List.of(new BigDecimal("7")))));
        Table t = ChartTables.of(b, Labels.of(Locale.ENGLISH));
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("Goal", "funded", "gap", "Total");
        assertThat(t.rows().get(0).cells().get(3)).isEqualTo(Value.money(new BigDecimal("12"), "ALL", 0));
        assertThat(t.note()).isEqualTo("d");
    }

    @Test
    void groupedBarsHaveNoTotal() {
        Chart.Bars b = new Chart.Bars("c", "C", "d", false, "Goal", "%", ColumnType.PERCENT, null, 0, List.of("g1"),
                List.of(new Chart.Series("a", List.of(BigDecimal.ONE)), new Chart.Series("b", List.of(BigDecimal.TEN))));
        assertThat(ChartTables.of(b, Labels.of(Locale.ENGLISH)).columns()).hasSize(3);
    }
}

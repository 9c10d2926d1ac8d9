package org.actionplan.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

/**
 * The data of a chart as a table: how the formats without graphics (Markdown, CSV, XLSX) show a chart, and the
 * data table under an HTML chart.
 */
public final class ChartTables {

    private ChartTables() {
    }

    /**
     * Returns a chart's values as a table with the chart's id and title and its description as the note.
     *
     * @param chart  the chart, not null
     * @param labels  the labels of the report language, not null
     * @return the table, never null
     */
    public static Table of(Chart chart, Labels labels) {
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (chart instanceof Chart.Bars b) {
            columns.add(Column.of("category", b.categoryAxis(), ColumnType.TEXT));
            for (int s = 0; s < b.series().size(); s++) {
                columns.add(Column.of("series-" + (s + 1), b.series().get(s).name(), b.valueType()));
            }
            boolean total = b.stacked() && b.series().size() > 1;
            if (total) {
                columns.add(Column.of("total", labels.get("chart.total"), b.valueType()));
            }
            for (int c = 0; c < b.categories().size(); c++) {
                List<Value> cells = new ArrayList<>();
                cells.add(Value.text(b.categories().get(c)));
                BigDecimal sum = BigDecimal.ZERO;
                for (int s = 0; s < b.series().size(); s++) {
                    cells.add(b.value(s, c));
                    sum = sum.add(b.series().get(s).values().get(c));
                }
                if (total) {
                    cells.add(new Value.Number(sum, b.valueType(), b.decimals(), b.currency()));
                }
                rows.add(new Row(Row.Kind.DATA, 0, cells));
            }
        } else {
            Chart.Gantt g = (Chart.Gantt) chart;
            columns.add(Column.of("task", g.taskAxis(), ColumnType.TEXT));
            columns.add(Column.of("start", labels.get("chart.start"), ColumnType.DATE));
            columns.add(Column.of("end", labels.get("chart.end"), ColumnType.DATE));
            columns.add(Column.of("timeframe", labels.get("chart.timeframe"), ColumnType.TEXT));
            columns.add(Column.of("style", labels.get("chart.style"), ColumnType.TEXT));
            for (Chart.Task t : g.tasks()) {
                rows.add(Row.data(0, Value.text(t.label()),
                        t.start() == null ? Value.empty() : Value.date(t.start()),
                        t.end() == null ? Value.empty() : Value.date(t.end()),
                        Value.text(t.when()), Value.text(labels.of(t.style()))));
            }
        }
        return new Table(chart.id(), chart.title(), columns, rows, chart.description());
    }
}

package org.actionplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.actionplan.core.Checks;

/**
 * A chart: bars (plain or stacked) or a Gantt timeline.
 * <p>
 * Charts carry their exact values, a title, axis labels and a text alternative, so that every renderer can show
 * them: HTML draws inline SVG, the other formats give the values as a table. All implementations are immutable
 * and thread-safe.
 */
public sealed interface Chart extends Block permits Chart.Bars, Chart.Gantt {

    /**
     * Returns the chart's id within its report.
     *
     * @return the id, never null
     */
    String id();

    /**
     * Returns the title.
     *
     * @return the title, never null
     */
    String title();

    /**
     * Returns the text alternative: a sentence or two describing what the chart shows, for readers who cannot
     * see it.
     *
     * @return the description, never null
     */
    String description();

    /**
     * A bar chart: one bar per category, one segment (stacked) or one bar (grouped) per series.
     *
     * @param id  the id, as for {@link Table#id()}
     * @param title  the title, not null
     * @param description  the text alternative, not null
     * @param stacked  true to stack the series in one bar per category, false to draw them side by side
     * @param categoryAxis  the label of the category axis, not null
     * @param valueAxis  the label of the value axis, not null
     * @param valueType  the kind of the values: money, percent or number, not null
     * @param currency  the ISO 4217 code for money values, null otherwise
     * @param decimals  the decimals shown for values, 0 to 10
     * @param categories  the category labels, null for none
     * @param series  the series, each with one value per category, not empty
     */
    record Bars(String id, String title, String description, boolean stacked, String categoryAxis, String valueAxis,
            ColumnType valueType, String currency, int decimals, List<String> categories, List<Series> series)
            implements Chart {

        /**
         * Creates a bar chart.
         *
         * @throws IllegalArgumentException if the id is malformed, the value type is not numeric, or a series
         *         does not have one non-negative value per category
         * @throws NullPointerException if a required argument or an element is null
         */
        public Bars {
            Table.checkId(id);
            Checks.notNull(title, "title");
            Checks.notNull(description, "description");
            Checks.notNull(categoryAxis, "categoryAxis");
            Checks.notNull(valueAxis, "valueAxis");
            Checks.notNull(valueType, "valueType");
            // Validates kind, decimals and currency the same way as a value.
            new Value.Number(BigDecimal.ZERO, valueType, decimals, currency);
            categories = Checks.list(categories, "categories");
            series = Checks.list(series, "series");
            if (series.isEmpty()) {
                throw new IllegalArgumentException("chart '" + id + "' needs at least one series");
            }
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("chart '" + id + "' series '" + s.name() + "' has "
                            + s.values().size() + " values for " + categories.size() + " categories");
                }
            }
        }

        /**
         * Returns the value of one series for one category, as a report value.
         *
         * @param series  the series index
         * @param category  the category index
         * @return the value, never null
         * @throws IndexOutOfBoundsException if an index is out of range
         */
        public Value.Number value(int series, int category) {
            return new Value.Number(series().get(series).values().get(category), valueType, decimals, currency);
        }
    }

    /**
     * One series of a bar chart.
     *
     * @param name  the series name shown in the legend, not null
     * @param values  one non-negative value per category, not null; normalised as in {@link Value.Number}
     */
    record Series(String name, List<BigDecimal> values) {

        /**
         * Creates a series.
         *
         * @throws IllegalArgumentException if a value is negative
         * @throws NullPointerException if an argument or an element is null
         */
        public Series {
            Checks.notNull(name, "name");
            values = Checks.list(values, "values").stream().map(Checks::decimal).toList();
            for (BigDecimal v : values) {
                if (v.signum() < 0) {
                    throw new IllegalArgumentException("series '" + name + "' has a negative value "
                            + v.toPlainString() + "; bar charts show magnitudes");
                }
            }
        }
    }

    /**
     * A Gantt chart: one bar per task on a time axis.
     *
     * @param id  the id, as for {@link Table#id()}
     * @param title  the title, not null
     * @param description  the text alternative, not null
     * @param timeAxis  the label of the time axis, not null
     * @param taskAxis  the label of the task axis (the first column of its table form), not null
     * @param from  the first day of the axis, not null
     * @param to  the last day of the axis, not before {@code from}
     * @param tasks  the tasks, in the order drawn, null for none
     */
    record Gantt(String id, String title, String description, String timeAxis, String taskAxis, LocalDate from,
            LocalDate to, List<Task> tasks) implements Chart {

        /**
         * Creates a Gantt chart.
         *
         * @throws IllegalArgumentException if the id is malformed or the axis is inverted
         * @throws NullPointerException if an argument or an element is null
         */
        public Gantt {
            Table.checkId(id);
            Checks.notNull(title, "title");
            Checks.notNull(description, "description");
            Checks.notNull(timeAxis, "timeAxis");
            Checks.notNull(taskAxis, "taskAxis");
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("chart '" + id + "' axis is inverted: " + from + " to " + to);
            }
            tasks = Checks.list(tasks, "tasks");
        }
    }

    /** How a Gantt task's time is known. */
    enum TaskStyle {
        /** Dated to the precision drawn. */
        EXACT,
        /** Dated only roughly ("mid 2009", "first half of 2009"), drawn lighter with a dashed outline. */
        FUZZY,
        /** Ongoing ("Në vazhdimësi"): drawn hatched across the whole axis. */
        ONGOING,
        /** Open-ended: started, with no end given; drawn to the end of the axis, fading. */
        OPEN,
        /** Not placed on the axis: the timeframe could not be read or is missing; listed with its text only. */
        UNPLACED
    }

    /**
     * One task of a Gantt chart.
     *
     * @param label  the label, not null
     * @param start  the first day, null only for an unplaced task
     * @param end  the last day, null only for an unplaced task; not before the start
     * @param style  how the time is known, not null
     * @param when  the timeframe as printed in the plan, not null
     */
    record Task(String label, LocalDate start, LocalDate end, TaskStyle style, String when) {

        /**
         * Creates a task.
         *
         * @throws IllegalArgumentException if the dates are missing on a placed task, present on an unplaced
         *         one, or inverted
         * @throws NullPointerException if the label, style or text is null
         */
        public Task {
            Checks.notNull(label, "label");
            Checks.notNull(style, "style");
            Checks.notNull(when, "when");
            boolean placed = style != TaskStyle.UNPLACED;
            if (placed && (start == null || end == null)) {
                throw new IllegalArgumentException("task '" + label + "' needs a start and an end");
            }
            if (!placed && (start != null || end != null)) {
                throw new IllegalArgumentException("unplaced task '" + label + "' cannot have dates");
            }
            if (placed && end.isBefore(start)) {
                throw new IllegalArgumentException("task '" + label + "' ends before it starts");
            }
        }
    }
}

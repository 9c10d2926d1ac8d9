package org.actionplan.core.monitoring;

import java.util.Map;
import java.util.SortedMap;

import org.actionplan.core.Checks;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.time.CalendarPeriod;

/**
 * A measured value of an indicator for a period, possibly for one slice of a disaggregation.
 * <p>
 * An empty {@code disaggregation} means the total; {@code {"sex": "F", "region": "Tirana"}} one slice.
 * For a cumulative indicator the value is the cumulative level at the end of the period; otherwise it
 * is the value for the period alone. Percentages are best given as a {@link IndicatorValue.RatioValue}
 * (numerator and denominator), so that they can be summed.
 * This class is immutable and thread-safe.
 *
 * @param indicatorId  the id of the indicator in the plan, not blank
 * @param period  the period measured, not null
 * @param value  the value, not null
 * @param source  where the value comes from (register, survey), may be null
 * @param disaggregation  the slice, dimension to category, sorted by dimension, may be empty (the total)
 * @param comment  a remark on the value, may be null
 */
public record Measurement(String indicatorId, CalendarPeriod period, IndicatorValue value, String source,
        SortedMap<String, String> disaggregation, String comment) {

    /**
     * Creates a measurement.
     *
     * @throws IllegalArgumentException if the id or a dimension is blank
     * @throws NullPointerException if the period, the value or a map entry is null
     */
    public Measurement {
        Checks.notBlank(indicatorId, "indicatorId");
        Checks.notNull(period, "period");
        Checks.notNull(value, "value");
        disaggregation = Checks.sortedMap(disaggregation, "disaggregation");
        for (Map.Entry<String, String> e : disaggregation.entrySet()) {
            Checks.notBlank(e.getKey(), "disaggregation key");
            Checks.notBlank(e.getValue(), "disaggregation[" + e.getKey() + "]");
        }
    }

    /**
     * Creates a measurement of the total, with no source or comment.
     *
     * @param indicatorId  the indicator id, not blank
     * @param period  the period, not null
     * @param value  the value, not null
     * @return the measurement, never null
     */
    public static Measurement of(String indicatorId, CalendarPeriod period, IndicatorValue value) {
        return new Measurement(indicatorId, period, value, null, null, null);
    }

    /**
     * Tells whether this is the total rather than a slice.
     *
     * @return true if the disaggregation is empty
     */
    public boolean isTotal() {
        return disaggregation.isEmpty();
    }
}

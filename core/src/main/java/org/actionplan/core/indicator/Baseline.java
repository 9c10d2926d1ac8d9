package org.actionplan.core.indicator;

import org.actionplan.core.time.CalendarPeriod;

/**
 * The starting value of an indicator. This class is immutable and thread-safe.
 *
 * @param period  the period the value refers to (e.g. 2023), may be null
 * @param value  the value, may be null when the text could not be read as a value
 * @param text  the cell as printed (e.g. {@code "50%"}, {@code "-"}), may be null
 */
public record Baseline(CalendarPeriod period, IndicatorValue value, String text) {
}

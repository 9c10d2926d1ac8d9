package org.actionplan.core.indicator;

import org.actionplan.core.Checks;
import org.actionplan.core.time.CalendarPeriod;

/**
 * A target of an indicator for a period. This class is immutable and thread-safe.
 *
 * @param period  the period the target is due in, not null
 * @param comparator  how the value is read, not null
 * @param value  the target value, may be null for a qualitative target ("Rritës") or an empty cell
 * @param text  the cell as printed, may be null
 */
public record Target(CalendarPeriod period, Comparator comparator, IndicatorValue value, String text) {

    /**
     * Creates a target.
     *
     * @throws NullPointerException if period or comparator is null
     */
    public Target {
        Checks.notNull(period, "period");
        Checks.notNull(comparator, "comparator");
    }
}

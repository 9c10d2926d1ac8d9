package org.actionplan.core.monitoring;

import java.time.LocalDate;

import org.actionplan.core.Checks;
import org.actionplan.core.time.CalendarPeriod;

/**
 * A value taken from a monitoring history, with the report it came from.
 * This class is immutable and thread-safe.
 *
 * @param <T>  the value type
 * @param value  the status update or measurement, not null
 * @param reportId  the id of the report used, not null
 * @param reportPeriod  the reporting period of that report, not null
 * @param asOf  the as-of date of that report, not null
 */
public record Reported<T>(T value, String reportId, CalendarPeriod reportPeriod, LocalDate asOf) {

    /**
     * Creates a reported value.
     *
     * @throws NullPointerException if an argument is null
     */
    public Reported {
        Checks.notNull(value, "value");
        Checks.notNull(reportId, "reportId");
        Checks.notNull(reportPeriod, "reportPeriod");
        Checks.notNull(asOf, "asOf");
    }
}

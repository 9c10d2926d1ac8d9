package org.actionplan.scoring.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.actionplan.core.Activity;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;
import org.actionplan.scoring.Timeliness;

/**
 * What an activity's timeframes say about when it is due, read once. Not part of the stable API.
 * <p>
 * The due date is the latest last day of its dated timeframes' end periods. It is ongoing if a timeframe is
 * {@link Timeframe.Ongoing}, an open-ended {@link Timeframe.Dated} or {@link Timeframe.Recurring}.
 * Unparsed timeframes are ignored; with nothing else the schedule is unknown.
 *
 * @param due  the due date, null if none
 * @param ongoing  whether it continues beyond or without a due date
 * @param ongoingFrom  the first day it is ongoing from, null if from the plan's start
 * @param recurrences  the yearly due dates of recurring timeframes within the plan period, ascending
 */
public record Schedule(LocalDate due, boolean ongoing, LocalDate ongoingFrom, List<LocalDate> recurrences) {

    /**
     * Reads an activity's timeframes.
     *
     * @param activity  the activity, not null
     * @param firstYear  the plan's first year
     * @param lastYear  the plan's last year
     * @return the schedule, never null
     */
    public static Schedule of(Activity activity, int firstYear, int lastYear) {
        LocalDate due = null;
        boolean ongoing = false;
        LocalDate ongoingFrom = null;
        boolean fromStart = false;
        List<LocalDate> recurrences = new ArrayList<>();
        for (Timeframe t : activity.timeframes()) {
            if (t instanceof Timeframe.Dated d) {
                if (d.end() != null) {
                    LocalDate end = d.end().end();
                    due = due == null || end.isAfter(due) ? end : due;
                } else {
                    ongoing = true;
                    LocalDate from = d.start().start();
                    ongoingFrom = ongoingFrom == null || from.isBefore(ongoingFrom) ? from : ongoingFrom;
                }
            } else if (t instanceof Timeframe.Ongoing) {
                ongoing = true;
                fromStart = true;
            } else if (t instanceof Timeframe.Recurring r) {
                ongoing = true;
                int from = r.from() == null ? firstYear : r.from().year();
                LocalDate first = r.from() == null ? null : r.from().start();
                ongoingFrom = first == null ? ongoingFrom : ongoingFrom == null || first.isBefore(ongoingFrom) ? first : ongoingFrom;
                fromStart |= first == null;
                for (int y = from; y <= lastYear; y++) {
                    recurrences.add(YearMonth.of(y, r.month()).atEndOfMonth());
                }
            }
        }
        recurrences.sort(null);
        return new Schedule(due, ongoing, fromStart ? null : ongoingFrom, List.copyOf(recurrences));
    }

    /**
     * Tells whether no timeframe could be read.
     *
     * @return true if there is no due date, nothing ongoing and no recurrence
     */
    public boolean unknown() {
        return due == null && !ongoing;
    }

    /**
     * Classifies the schedule for a period.
     *
     * @param period  the period, not null
     * @param closedByEnd  whether the activity was completed or cancelled by the period's end
     * @return the timeliness, never null
     */
    public Timeliness classify(CalendarPeriod period, boolean closedByEnd) {
        if (unknown()) {
            return Timeliness.UNKNOWN;
        }
        LocalDate start = period.start();
        LocalDate end = period.end();
        for (LocalDate r : recurrences) {
            if (!r.isBefore(start) && !r.isAfter(end)) {
                return Timeliness.DUE_IN_PERIOD;
            }
        }
        if (due != null && !due.isBefore(start) && !due.isAfter(end)) {
            return Timeliness.DUE_IN_PERIOD;
        }
        boolean started = ongoingFrom == null || !ongoingFrom.isAfter(end);
        if (ongoing && started) {
            return Timeliness.ONGOING;
        }
        if (ongoing || due.isAfter(end)) {
            return Timeliness.NOT_YET_DUE;
        }
        return closedByEnd ? Timeliness.CLOSED_EARLIER : Timeliness.OVERDUE;
    }
}

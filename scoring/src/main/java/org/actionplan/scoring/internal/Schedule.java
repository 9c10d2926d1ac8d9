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
 * Dates are held as epoch days so that classifying is cheap. This class is immutable and thread-safe.
 */
public final class Schedule {

    private static final long NONE = Long.MIN_VALUE;
    private static final long[] NO_DAYS = {};

    private final long due;
    private final LocalDate dueDate;
    private final boolean ongoing;
    private final long ongoingFrom;
    private final long[] recurrences;

    private Schedule(long due, boolean ongoing, long ongoingFrom, long[] recurrences) {
        this.due = due;
        this.dueDate = due == NONE ? null : LocalDate.ofEpochDay(due);
        this.ongoing = ongoing;
        this.ongoingFrom = ongoingFrom;
        this.recurrences = recurrences;
    }

    /**
     * Reads an activity's timeframes.
     *
     * @param activity  the activity, not null
     * @param firstYear  the plan's first year
     * @param lastYear  the plan's last year
     * @return the schedule, never null
     */
    public static Schedule of(Activity activity, int firstYear, int lastYear) {
        long due = NONE;
        boolean ongoing = false;
        long ongoingFrom = Long.MAX_VALUE;
        boolean fromStart = false;
        List<Long> recurrences = new ArrayList<>();
        for (Timeframe t : activity.timeframes()) {
            if (t instanceof Timeframe.Dated d) {
                if (d.end() != null) {
                    due = Math.max(due, d.end().end().toEpochDay());
                } else {
                    ongoing = true;
                    ongoingFrom = Math.min(ongoingFrom, d.start().start().toEpochDay());
                }
            } else if (t instanceof Timeframe.Ongoing) {
                ongoing = true;
                fromStart = true;
            } else if (t instanceof Timeframe.Recurring r) {
                ongoing = true;
                if (r.from() == null) {
                    fromStart = true;
                } else {
                    ongoingFrom = Math.min(ongoingFrom, r.from().start().toEpochDay());
                }
                for (int y = r.from() == null ? firstYear : r.from().year(); y <= lastYear; y++) {
                    recurrences.add(YearMonth.of(y, r.month()).atEndOfMonth().toEpochDay());
                }
            }
        }
        long[] days = recurrences.isEmpty() ? NO_DAYS : recurrences.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Schedule(due, ongoing, fromStart || ongoingFrom == Long.MAX_VALUE ? NONE : ongoingFrom, days);
    }

    /**
     * Returns the due date.
     *
     * @return the latest due date of the dated timeframes, null if none
     */
    public LocalDate due() {
        return dueDate;
    }

    /**
     * Returns the yearly due dates of recurring timeframes within the plan period.
     *
     * @return the dates, ascending, never null
     */
    public List<LocalDate> recurrences() {
        List<LocalDate> out = new ArrayList<>(recurrences.length);
        for (long d : recurrences) {
            out.add(LocalDate.ofEpochDay(d));
        }
        return out;
    }

    /**
     * Tells whether no timeframe could be read.
     *
     * @return true if there is no due date, nothing ongoing and no recurrence
     */
    public boolean unknown() {
        return due == NONE && !ongoing;
    }

    /**
     * Classifies the schedule for a period.
     *
     * @param period  the period, not null
     * @param closedByEnd  whether the activity was completed or cancelled by the period's end
     * @return the timeliness, never null
     */
    public Timeliness classify(CalendarPeriod period, boolean closedByEnd) {
        return classify(period.start().toEpochDay(), period.end().toEpochDay(), closedByEnd);
    }

    /**
     * Classifies the schedule for a period given by its first and last epoch days.
     *
     * @param start  the first day of the period, as an epoch day
     * @param end  the last day of the period, as an epoch day
     * @param closedByEnd  whether the activity was completed or cancelled by the period's end
     * @return the timeliness, never null
     */
    public Timeliness classify(long start, long end, boolean closedByEnd) {
        if (unknown()) {
            return Timeliness.UNKNOWN;
        }
        for (long r : recurrences) {
            if (r >= start && r <= end) {
                return Timeliness.DUE_IN_PERIOD;
            }
        }
        if (due != NONE && due >= start && due <= end) {
            return Timeliness.DUE_IN_PERIOD;
        }
        boolean started = ongoingFrom == NONE || ongoingFrom <= end;
        if (ongoing && started) {
            return Timeliness.ONGOING;
        }
        if (ongoing || due > end) {
            return Timeliness.NOT_YET_DUE;
        }
        return closedByEnd ? Timeliness.CLOSED_EARLIER : Timeliness.OVERDUE;
    }
}

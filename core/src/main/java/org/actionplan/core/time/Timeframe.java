package org.actionplan.core.time;

import java.time.LocalDate;
import java.time.Month;

import org.actionplan.core.Checks;

/**
 * When an activity is to happen, as a document states it (Albanian <i>afati kohor</i>), with its original text.
 * <p>
 * Four forms:
 * <ul>
 * <li>{@link Dated}: from a start period to an end period ({@code 2015-2017}, {@code K4 2015},
 *     {@code Mesi i vitit 2009}); a missing start means "by the end period" (a deadline), a missing end
 *     means "from the start period on, open-ended" ({@code 2009 – në vazhdim});</li>
 * <li>{@link Ongoing}: continuous throughout the plan ({@code Në vazhdimësi});</li>
 * <li>{@link Recurring}: every year by a month ({@code deri në mars të çdo viti});</li>
 * <li>{@link Unparsed}: text no rule could read, with the reason; never a guess.</li>
 * </ul>
 * An activity may have several timeframes (one cell often lists several deadlines).
 */
public sealed interface Timeframe permits Timeframe.Dated, Timeframe.Ongoing, Timeframe.Recurring, Timeframe.Unparsed {

    /**
     * Returns the original text this timeframe was read from.
     *
     * @return the text, never null
     */
    String text();

    /**
     * A dated timeframe: an interval between two periods, either of which may be open.
     * This class is immutable and thread-safe.
     *
     * @param text  the original text, not null
     * @param start  the start period, null for "by the end period"
     * @param end  the end period, null for "open-ended"
     */
    record Dated(String text, CalendarPeriod start, CalendarPeriod end) implements Timeframe {

        /**
         * Creates a dated timeframe.
         *
         * @throws IllegalArgumentException if both periods are null
         */
        public Dated {
            Checks.notNull(text, "text");
            if (start == null && end == null) {
                throw new IllegalArgumentException("a dated timeframe needs a start or an end");
            }
        }

        /**
         * Creates a timeframe within one period.
         *
         * @param text  the original text, not null
         * @param period  the period, not null
         * @return the timeframe, never null
         */
        public static Dated within(String text, CalendarPeriod period) {
            return new Dated(text, Checks.notNull(period, "period"), period);
        }

        /**
         * Tells whether the end is open ("and ongoing").
         *
         * @return true if there is no end period
         */
        public boolean isOpenEnded() {
            return end == null;
        }

        /**
         * Tells whether the start is open ("by ...").
         *
         * @return true if there is no start period
         */
        public boolean isDeadlineOnly() {
            return start == null;
        }

        /**
         * Returns the due date: the last day of the end period.
         *
         * @return the date, null if open-ended
         */
        public LocalDate dueDate() {
            return end == null ? null : end.end();
        }
    }

    /**
     * Continuous activity with no end date within the plan.
     * This class is immutable and thread-safe.
     *
     * @param text  the original text, not null
     */
    record Ongoing(String text) implements Timeframe {

        /**
         * Creates an ongoing timeframe.
         *
         * @throws NullPointerException if text is null
         */
        public Ongoing {
            Checks.notNull(text, "text");
        }
    }

    /**
     * A yearly recurrence: due by the end of a month every year, from a first period on.
     * This class is immutable and thread-safe.
     *
     * @param text  the original text, not null
     * @param month  the month it is due by each year, not null
     * @param from  the first period it applies to, may be null (the whole plan)
     */
    record Recurring(String text, Month month, CalendarPeriod from) implements Timeframe {

        /**
         * Creates a recurring timeframe.
         *
         * @throws NullPointerException if text or month is null
         */
        public Recurring {
            Checks.notNull(text, "text");
            Checks.notNull(month, "month");
        }
    }

    /**
     * Text no rule could read. Kept with the reason, never guessed.
     * This class is immutable and thread-safe.
     *
     * @param text  the original text, not null (may be empty for an empty cell)
     * @param reason  why it could not be read, not blank
     */
    record Unparsed(String text, String reason) implements Timeframe {

        /**
         * Creates an unparsed timeframe.
         *
         * @throws IllegalArgumentException if the reason is blank
         */
        public Unparsed {
            Checks.notNull(text, "text");
            Checks.notBlank(reason, "reason");
        }
    }
}

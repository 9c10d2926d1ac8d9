package org.actionplan.core.time;

/**
 * How precisely a {@link CalendarPeriod} is known.
 */
public enum Precision {
    /** A whole year: {@code 2009}. */
    YEAR,
    /** A half-year: {@code 2009H1}. */
    HALF,
    /** A quarter: {@code 2009Q1} (Albanian <i>tremujori</i>, Kosovo's {@code K4 2015}). */
    QUARTER,
    /** A month: {@code 2009-06}. */
    MONTH,
    /** The start, middle or end of a year (Albanian <i>fillimi, mesi, fundi</i>): {@code 2009-mid}. */
    PART,
    /** A season: {@code 2009-spring}. */
    SEASON
}

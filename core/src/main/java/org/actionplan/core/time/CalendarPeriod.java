package org.actionplan.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.Checks;

/**
 * A period of a calendar year known to a stated precision: a year, half, quarter, month, part of year or season.
 * <p>
 * <b>Conventions for fuzzy periods</b>, used wherever a date is needed (timeliness, timelines), and
 * always together with the precision so that nothing downstream pretends to know more than the document:
 * <ul>
 * <li>start of year ({@code fillimi}) = January to April; middle ({@code mesi}) = May to August;
 *     end ({@code fundi}) = September to December (the year in thirds);</li>
 * <li>spring = March to May, summer = June to August, autumn = September to November,
 *     winter = January and February of the year (a winter spanning two years is not one period);</li>
 * <li>half-years and quarters are calendar halves and quarters.</li>
 * </ul>
 * Canonical forms: {@code 2009}, {@code 2009H1}, {@code 2009Q4}, {@code 2009-06}, {@code 2009-start},
 * {@code 2009-mid}, {@code 2009-end}, {@code 2009-spring}. {@link #parse(String)} reads them back, and
 * the same ids name monitoring reporting periods ({@code 2024H1}).
 * This class is immutable and thread-safe.
 *
 * @param year  the year, 1000 to 9999
 * @param precision  the precision, not null
 * @param index  the half (1-2), quarter (1-4), month (1-12), part (1 start, 2 middle, 3 end) or
 *               season (1 spring, 2 summer, 3 autumn, 4 winter); 0 for a year
 */
public record CalendarPeriod(int year, Precision precision, int index) implements Comparable<CalendarPeriod> {

    private static final String[] PARTS = {"start", "mid", "end"};
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:(H)([12])|(Q)([1-4])|-(\\d{2})|-(start|mid|end|spring|summer|autumn|winter))?");

    /**
     * Creates a period.
     *
     * @throws IllegalArgumentException if the year or index is out of range for the precision
     */
    public CalendarPeriod {
        Checks.notNull(precision, "precision");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range 1000-9999: " + year);
        }
        int max = switch (precision) {
            case YEAR -> 0;
            case HALF -> 2;
            case QUARTER, SEASON -> 4;
            case MONTH -> 12;
            case PART -> 3;
        };
        int min = precision == Precision.YEAR ? 0 : 1;
        if (index < min || index > max) {
            throw new IllegalArgumentException("index " + index + " out of range " + min + "-" + max + " for " + precision);
        }
    }

    /**
     * Obtains a whole year.
     *
     * @param year  the year
     * @return the period, never null
     */
    public static CalendarPeriod year(int year) {
        return new CalendarPeriod(year, Precision.YEAR, 0);
    }

    /**
     * Obtains a half-year.
     *
     * @param year  the year
     * @param half  1 or 2
     * @return the period, never null
     */
    public static CalendarPeriod half(int year, int half) {
        return new CalendarPeriod(year, Precision.HALF, half);
    }

    /**
     * Obtains a quarter.
     *
     * @param year  the year
     * @param quarter  1 to 4
     * @return the period, never null
     */
    public static CalendarPeriod quarter(int year, int quarter) {
        return new CalendarPeriod(year, Precision.QUARTER, quarter);
    }

    /**
     * Obtains a month.
     *
     * @param year  the year
     * @param month  1 to 12
     * @return the period, never null
     */
    public static CalendarPeriod month(int year, int month) {
        return new CalendarPeriod(year, Precision.MONTH, month);
    }

    /**
     * Parses the canonical form, e.g. {@code 2024}, {@code 2024H1}, {@code 2024Q3}, {@code 2024-06}, {@code 2009-mid}.
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws IllegalArgumentException if the text is not a canonical period
     */
    public static CalendarPeriod parse(String text) {
        Matcher m = FORM.matcher(Checks.notNull(text, "text").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: '" + text
                    + "' (expected e.g. 2024, 2024H1, 2024Q3, 2024-06, 2009-mid, 2009-spring)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return half(year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return quarter(year, Integer.parseInt(m.group(5)));
        }
        if (m.group(6) != null) {
            return month(year, Integer.parseInt(m.group(6)));
        }
        if (m.group(7) != null) {
            String word = m.group(7);
            for (int i = 0; i < PARTS.length; i++) {
                if (PARTS[i].equals(word)) {
                    return new CalendarPeriod(year, Precision.PART, i + 1);
                }
            }
            for (int i = 0; i < SEASONS.length; i++) {
                if (SEASONS[i].equals(word)) {
                    return new CalendarPeriod(year, Precision.SEASON, i + 1);
                }
            }
        }
        return year(year);
    }

    /**
     * Returns the first day of the period, by the conventions above.
     *
     * @return the first day, never null
     */
    public LocalDate start() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case HALF -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
            case PART -> LocalDate.of(year, (index - 1) * 4 + 1, 1);
            case SEASON -> LocalDate.of(year, index == 4 ? 1 : index * 3, 1);
        };
    }

    /**
     * Returns the last day of the period, by the conventions above.
     *
     * @return the last day, never null
     */
    public LocalDate end() {
        int lastMonth = switch (precision) {
            case YEAR -> 12;
            case HALF -> index * 6;
            case QUARTER -> index * 3;
            case MONTH -> index;
            case PART -> index * 4;
            case SEASON -> index == 4 ? 2 : index * 3 + 2;
        };
        return YearMonth.of(year, Month.of(lastMonth)).atEndOfMonth();
    }

    /**
     * Tells whether a date falls within the period.
     *
     * @param date  the date, not null
     * @return true if start &lt;= date &lt;= end
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Orders periods by start date, then by end date, then by precision.
     *
     * @param other  the other period, not null
     * @return the comparison result
     */
    @Override
    public int compareTo(CalendarPeriod other) {
        int c = start().compareTo(other.start());
        if (c == 0) {
            c = end().compareTo(other.end());
        }
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    /**
     * Returns the canonical form, e.g. {@code 2024H1}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "H" + index;
            case QUARTER -> year + "Q" + index;
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, index);
            case PART -> year + "-" + PARTS[index - 1];
            case SEASON -> year + "-" + SEASONS[index - 1];
        };
    }
}

package org.actionplan.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Value;

/**
 * Number and date formatting for one locale, as the JDK's locale data gives it (for {@code sq} on JDK 17:
 * {@code 1 234 567,89} with a no-break space U+00A0 as grouping separator, dates {@code 5 mar 2024}; for
 * {@code en}: {@code 1,234,567.89}, {@code Mar 5, 2024}).
 * <p>
 * Values are rounded HALF_EVEN to their stated decimals for display only. Not thread-safe: make one per render.
 */
public final class Formats {

    private final Locale locale;
    private final DecimalFormat[] byDecimals = new DecimalFormat[11];
    private final DateTimeFormatter dates;

    /**
     * Creates the formats of a locale.
     *
     * @param locale  the locale, not null
     */
    public Formats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /**
     * Returns the locale.
     *
     * @return the locale, never null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Formats a number with grouping and a fixed number of decimals.
     *
     * @param value  the value, not null
     * @param decimals  the decimals, 0 to 10
     * @return the text, never null
     */
    public String decimal(BigDecimal value, int decimals) {
        DecimalFormat f = byDecimals[decimals];
        if (f == null) {
            f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
            f.setGroupingUsed(true);
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            f.setRoundingMode(RoundingMode.HALF_EVEN);
            byDecimals[decimals] = f;
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN);
        return f.format(rounded.signum() == 0 ? BigDecimal.ZERO : rounded);
    }

    /**
     * Formats a number value as a table cell shows it: money without its currency (the column says it), a
     * percentage with its sign.
     *
     * @param n  the value, not null
     * @return the text, never null
     */
    public String cell(Value.Number n) {
        String text = decimal(n.value(), n.decimals());
        return n.kind() == ColumnType.PERCENT ? text + "%" : text;
    }

    /**
     * Formats a number value standing alone: money with its currency code.
     *
     * @param n  the value, not null
     * @return the text, never null
     */
    public String standalone(Value.Number n) {
        String text = cell(n);
        return n.kind() == ColumnType.MONEY ? text + " " + n.currency() : text;
    }

    /**
     * Formats a date.
     *
     * @param date  the date, not null
     * @return the text, never null
     */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /**
     * Formats any value as plain text; a translation follows its text after a line break.
     *
     * @param v  the value, not null
     * @param standalone  true to show money with its currency
     * @return the text, never null
     */
    public String plain(Value v, boolean standalone) {
        if (v instanceof Value.Text t) {
            return t.translation() == null ? t.text() : t.text() + "\n" + t.translation();
        }
        if (v instanceof Value.Number n) {
            return standalone ? standalone(n) : cell(n);
        }
        if (v instanceof Value.Date d) {
            return date(d.date());
        }
        return "";
    }
}

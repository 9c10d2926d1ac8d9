package org.actionplan.reporting;

import java.util.Locale;

import org.actionplan.core.Checks;
import org.actionplan.core.money.ExchangeRate;

/**
 * Options shared by the report builders.
 *
 * @param locale  the language of labels and the format of numbers and dates; {@code sq} and {@code en} have
 *        labels, any other locale gets English labels; not null
 * @param conversion  an exchange rate for showing amounts in a second currency as well (e.g. ALL and EUR at 110),
 *        may be null for none; the plan's currency must be one side of it
 */
public record ReportOptions(Locale locale, ExchangeRate conversion) {

    /**
     * Creates options.
     *
     * @throws NullPointerException if the locale is null
     */
    public ReportOptions {
        Checks.notNull(locale, "locale");
    }

    /**
     * Returns options for a locale, without conversion.
     *
     * @param locale  the locale, not null
     * @return the options, never null
     */
    public static ReportOptions of(Locale locale) {
        return new ReportOptions(locale, null);
    }

    /**
     * Returns these options with amounts also shown converted at a rate.
     *
     * @param rate  the rate, may be null for none
     * @return the new options, never null
     */
    public ReportOptions withConversion(ExchangeRate rate) {
        return new ReportOptions(locale, rate);
    }
}

package org.actionplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.actionplan.core.Checks;
import org.actionplan.core.LocalizedText;

/**
 * One typed value of a report: a table cell or a summary entry.
 * <p>
 * Values are format-neutral: a renderer decides how a number is shown (grouping, decimal separator of the
 * report's locale, number format of a spreadsheet cell). Numbers are exact {@link BigDecimal}s and are never
 * converted to {@code double} except by the XLSX renderer, whose file format stores doubles.
 * All implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Value.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Value.Number.class, name = "number"),
    @JsonSubTypes.Type(value = Value.Date.class, name = "date"),
    @JsonSubTypes.Type(value = Value.Empty.class, name = "empty")
})
public sealed interface Value permits Value.Text, Value.Number, Value.Date, Value.Empty {

    /**
     * Returns the plain text of the value, without formatting, for sorting and searching.
     *
     * @return the text, never null
     */
    String plain();

    /**
     * Returns a text value in one language.
     *
     * @param text  the text, not null
     * @return the value, never null
     */
    static Text text(String text) {
        return new Text(text, null, null, null);
    }

    /**
     * Returns a text value from a plan text: the text in its own (primary) language, with a second language where
     * the plan provides one.
     * <p>
     * The second language is the first of {@code preferred} that differs from the primary language and that the
     * text has; if none, the first other language of the text.
     *
     * @param text  the plan text, may be null (gives {@link #empty()})
     * @param preferred  languages to prefer for the translation, report language first, not null
     * @return the value, never null
     */
    static Value text(LocalizedText text, List<String> preferred) {
        if (text == null) {
            return empty();
        }
        String primaryLanguage = text.primaryLanguage();
        String second = null;
        for (String language : preferred) {
            if (!language.equals(primaryLanguage) && text.in(language).isPresent()) {
                second = language;
                break;
            }
        }
        if (second == null) {
            for (String language : text.values().keySet()) {
                if (!language.equals(primaryLanguage)) {
                    second = language;
                    break;
                }
            }
        }
        return new Text(text.primary(), primaryLanguage, second == null ? null : text.values().get(second), second);
    }

    /**
     * Returns an amount of money.
     *
     * @param amount  the amount, not null
     * @param currency  the ISO 4217 currency code, not null
     * @param decimals  the number of decimals to show, 0 to 10
     * @return the value, never null
     */
    static Number money(BigDecimal amount, String currency, int decimals) {
        return new Number(amount, ColumnType.MONEY, decimals, currency);
    }

    /**
     * Returns a percentage in percentage points ({@code 12.5} is 12.5%).
     *
     * @param points  the percentage points, not null
     * @param decimals  the number of decimals to show, 0 to 10
     * @return the value, never null
     */
    static Number percent(BigDecimal points, int decimals) {
        return new Number(points, ColumnType.PERCENT, decimals, null);
    }

    /**
     * Returns a plain number.
     *
     * @param value  the number, not null
     * @param decimals  the number of decimals to show, 0 to 10
     * @return the value, never null
     */
    static Number number(BigDecimal value, int decimals) {
        return new Number(value, ColumnType.NUMBER, decimals, null);
    }

    /**
     * Returns a whole number.
     *
     * @param value  the number
     * @return the value, never null
     */
    static Number count(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    /**
     * Returns a date.
     *
     * @param date  the date, not null
     * @return the value, never null
     */
    static Date date(LocalDate date) {
        return new Date(date);
    }

    /**
     * Returns the empty value.
     *
     * @return the empty value, never null
     */
    static Empty empty() {
        return Empty.INSTANCE;
    }

    /**
     * A text, possibly with a second language.
     *
     * @param text  the text, not null; kept verbatim (renderers escape it for their format)
     * @param language  the language of the text, may be null if unknown
     * @param translation  the text in a second language, may be null
     * @param translationLanguage  the language of the translation, null exactly when the translation is null
     */
    record Text(String text, String language, String translation, String translationLanguage) implements Value {

        /**
         * Creates a text.
         *
         * @throws NullPointerException if the text is null
         * @throws IllegalArgumentException if only one of translation and its language is given
         */
        public Text {
            Checks.notNull(text, "text");
            if ((translation == null) != (translationLanguage == null)) {
                throw new IllegalArgumentException("a translation needs its language and a language its translation");
            }
        }

        @Override
        public String plain() {
            return text;
        }
    }

    /**
     * A number shown as money, percentage or plain number.
     *
     * @param value  the exact value, not null; normalised without trailing zeros (scale at least 0), so that equal
     *        numbers give equal values
     * @param kind  {@link ColumnType#MONEY}, {@link ColumnType#PERCENT} or {@link ColumnType#NUMBER}, not null
     * @param decimals  the number of decimals to show, 0 to 10; renderers round HALF_EVEN to it for display only
     * @param currency  the ISO 4217 code for money, null otherwise
     */
    record Number(BigDecimal value, ColumnType kind, int decimals, String currency) implements Value {

        /**
         * Creates a number.
         *
         * @throws NullPointerException if the value or kind is null
         * @throws IllegalArgumentException if the kind is not numeric, decimals is out of range, or the currency
         *         is missing on money or present on another kind
         */
        public Number {
            value = Checks.decimal(Checks.notNull(value, "value"));
            Checks.notNull(kind, "kind");
            if (!kind.isNumeric()) {
                throw new IllegalArgumentException("a number must be MONEY, PERCENT or NUMBER, not " + kind);
            }
            if (decimals < 0 || decimals > 10) {
                throw new IllegalArgumentException("decimals must be 0 to 10: " + decimals);
            }
            if ((kind == ColumnType.MONEY) != (currency != null)) {
                throw new IllegalArgumentException("money needs a currency and only money has one");
            }
        }

        @Override
        public String plain() {
            return value.toPlainString();
        }
    }

    /**
     * A calendar date.
     *
     * @param date  the date, not null
     */
    record Date(LocalDate date) implements Value {

        /**
         * Creates a date.
         *
         * @throws NullPointerException if the date is null
         */
        public Date {
            Checks.notNull(date, "date");
        }

        @Override
        public String plain() {
            return date.toString();
        }
    }

    /**
     * No value: an empty cell.
     */
    record Empty() implements Value {

        static final Empty INSTANCE = new Empty();

        @Override
        public String plain() {
            return "";
        }
    }
}

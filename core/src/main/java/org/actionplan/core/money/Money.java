package org.actionplan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.actionplan.core.Checks;

/**
 * An exact amount of money in one ISO 4217 currency.
 * <p>
 * <b>Scale rule.</b> The amount always has exactly the currency's default number of fraction digits
 * ({@code ALL 2}, {@code EUR 2}, {@code JPY 0}). Creating money from an amount with more decimals than
 * that throws {@link ArithmeticException} unless a {@link RoundingMode} is given: nothing is ever
 * rounded silently. Because the scale is fixed per currency, {@code equals} is exact and consistent
 * with {@link #compareTo(Money)}.
 * <p>
 * The canonical text form is {@code "ALL 3340000.00"}; {@link #parse(CharSequence)} reads it back.
 * Arithmetic between different currencies throws {@link CurrencyMismatchException}.
 * This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        assert amount.scale() == scaleOf(currency);
        this.amount = amount;
        this.currency = currency;
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains money from an amount that has no more decimals than the currency allows.
     *
     * @param amount  the amount, not null
     * @param currency  the currency, not null
     * @return the money, never null
     * @throws ArithmeticException if the amount has more decimals than the currency allows
     * @throws IllegalArgumentException if the amount has more than {@link Checks#MAX_DIGITS} digits before or
     *         after the decimal point
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
        Checks.bounded(amount, "amount");
        try {
            return new Money(amount.setScale(scaleOf(currency), RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + scaleOf(currency) + "); give a rounding mode");
        }
    }

    /**
     * Obtains money from an amount, rounding to the currency's scale with the given mode.
     *
     * @param amount  the amount, not null
     * @param currency  the currency, not null
     * @param rounding  the rounding mode, not null
     * @return the money, never null
     * @throws ArithmeticException if rounding is needed and the mode is {@code UNNECESSARY}
     * @throws IllegalArgumentException if the amount has more than {@link Checks#MAX_DIGITS} digits before or
     *         after the decimal point
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
        Checks.notNull(rounding, "rounding");
        Checks.bounded(amount, "amount");
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    /**
     * Obtains money from a decimal string and a currency code, e.g. {@code of("3340000", "ALL")}.
     *
     * @param amount  the amount as a decimal string, not null
     * @param currencyCode  the ISO 4217 code, not null
     * @return the money, never null
     * @throws NumberFormatException if the amount is not a decimal number
     * @throws IllegalArgumentException if the currency code is unknown
     * @throws ArithmeticException if the amount has more decimals than the currency allows
     */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(Checks.notNull(amount, "amount")), currency(currencyCode));
    }

    /**
     * Obtains money from an amount in minor units, e.g. cents.
     *
     * @param minorUnits  the amount in minor units
     * @param currency  the currency, not null
     * @return the money, never null
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        Checks.notNull(currency, "currency");
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    /**
     * Obtains zero in a currency.
     *
     * @param currency  the currency, not null
     * @return zero, never null
     */
    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /**
     * Parses the canonical form {@code "ALL 3340000.00"} (a currency code, one space, a decimal amount).
     *
     * @param text  the text, not null
     * @return the money, never null
     * @throws IllegalArgumentException if the text is not in the canonical form, the currency is unknown or the
     *         amount has more than {@link Checks#MAX_DIGITS} digits before or after the decimal point
     * @throws ArithmeticException if the amount has more decimals than the currency allows
     */
    public static Money parse(CharSequence text) {
        String s = Checks.notNull(text, "text").toString();
        int space = s.indexOf(' ');
        if (space != 3 || s.length() < 5) {
            throw new IllegalArgumentException("money must be written as 'CCY amount', e.g. 'ALL 3340000.00': '" + s + "'");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(s.substring(4));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount in '" + s + "'", e);
        }
        return of(amount, currency(s.substring(0, 3)));
    }

    /**
     * Looks up an ISO 4217 currency with a clear message for unknown codes.
     *
     * @param code  the code, not null
     * @return the currency, never null
     * @throws IllegalArgumentException if the code is not an ISO 4217 currency
     */
    public static Currency currency(String code) {
        Checks.notNull(code, "currency code");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency code '" + code + "' (expected ISO 4217, e.g. ALL or EUR)", e);
        }
    }

    /**
     * Returns the scale money in a currency has: its default fraction digits, at least 0.
     *
     * @param currency  the currency, not null
     * @return the scale, at least 0
     */
    public static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the amount.
     *
     * @return the amount with the currency's scale, never null
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the currency.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the amount in minor units (cents).
     *
     * @return the minor units
     * @throws ArithmeticException if the amount does not fit in a long
     */
    public long toMinor() {
        return amount.unscaledValue().longValueExact();
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether the amount is negative.
     *
     * @return true if less than zero
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the sum of this and another amount in the same currency. This instance is unaffected.
     *
     * @param other  the other amount, not null
     * @return the sum, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        check(other, "addition");
        return other.isZero() ? this : new Money(amount.add(other.amount), currency);
    }

    /**
     * Returns this amount minus another in the same currency. This instance is unaffected.
     *
     * @param other  the other amount, not null
     * @return the difference, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        check(other, "subtraction");
        return other.isZero() ? this : new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Returns this amount multiplied by a factor, rounded to the currency's scale. This instance is unaffected.
     *
     * @param factor  the factor, not null
     * @param rounding  the rounding mode, not null
     * @return the product, never null
     * @throws ArithmeticException if rounding is needed and the mode is {@code UNNECESSARY}
     * @throws IllegalArgumentException if the amount has more than {@link Checks#MAX_DIGITS} digits before or
     *         after the decimal point
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        return of(amount.multiply(Checks.notNull(factor, "factor")), currency, rounding);
    }

    /**
     * Returns the negated amount. This instance is unaffected.
     *
     * @return the negation, never null
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Returns the sum of amounts in one currency.
     *
     * @param currency  the currency of the result, also for an empty input, not null
     * @param amounts  the amounts, not null
     * @return the sum, never null
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public static Money sum(Currency currency, Iterable<Money> amounts) {
        Money total = zero(currency);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    private void check(Money other, String operation) {
        Checks.notNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency, operation);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Compares amounts in the same currency.
     *
     * @param other  the other amount, not null
     * @return negative, zero or positive as this is less than, equal to or greater than the other
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        check(other, "comparison");
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money other && currency.equals(other.currency) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /**
     * Returns the canonical form, e.g. {@code "ALL 3340000.00"}, never in scientific notation.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + ' ' + amount.toPlainString();
    }
}

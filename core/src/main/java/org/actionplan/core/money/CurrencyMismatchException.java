package org.actionplan.core.money;

import java.util.Currency;

/**
 * Thrown when an operation needs amounts in one currency and is given two.
 * <p>
 * Amounts are never converted implicitly: convert with an {@link ExchangeRate} first.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The first currency. */
    private final transient Currency first;
    /** The second currency. */
    private final transient Currency second;

    /**
     * Creates the exception.
     *
     * @param first  the first currency, not null
     * @param second  the second currency, not null
     * @param operation  what was attempted, not null
     */
    public CurrencyMismatchException(Currency first, Currency second, String operation) {
        super("currencies differ: " + first.getCurrencyCode() + " and " + second.getCurrencyCode()
                + " cannot be combined in " + operation + " without an exchange rate");
        this.first = first;
        this.second = second;
    }

    /**
     * Returns the first currency.
     *
     * @return the currency, never null
     */
    public Currency getFirstCurrency() {
        return first;
    }

    /**
     * Returns the second currency.
     *
     * @return the currency, never null
     */
    public Currency getSecondCurrency() {
        return second;
    }
}

package org.actionplan.core.money;

import java.util.Currency;

/**
 * Thrown when an operation needs amounts in one currency and is given two.
 * <p>
 * Amounts are never converted implicitly: convert with an {@link ExchangeRate} first.
 * The currencies are kept as their ISO 4217 codes, so they survive serialisation.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 2L;

    /** The first currency's ISO 4217 code. */
    private final String first;
    /** The second currency's ISO 4217 code. */
    private final String second;

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
        this.first = first.getCurrencyCode();
        this.second = second.getCurrencyCode();
    }

    /**
     * Returns the first currency.
     *
     * @return the currency, never null
     */
    public Currency getFirstCurrency() {
        return Currency.getInstance(first);
    }

    /**
     * Returns the second currency.
     *
     * @return the currency, never null
     */
    public Currency getSecondCurrency() {
        return Currency.getInstance(second);
    }
}

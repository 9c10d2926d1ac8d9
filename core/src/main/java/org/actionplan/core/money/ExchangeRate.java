package org.actionplan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

import org.actionplan.core.Checks;

/**
 * A stated exchange rate: one unit of the base currency is worth {@code rate} units of the quote currency.
 * <p>
 * Albania's 2024-2025 plan states "110 lekë për 1 euro": base EUR, quote ALL, rate 110. The date and the
 * source are kept so that every converted figure can say which rate it used.
 * This class is immutable and thread-safe.
 *
 * @param base  the base currency, not null
 * @param quote  the quote currency, different from the base, not null
 * @param rate  the positive rate, normalised (trailing zeros stripped)
 * @param date  the date the rate refers to, may be null
 * @param source  where the rate comes from, may be null
 */
public record ExchangeRate(Currency base, Currency quote, BigDecimal rate, LocalDate date, String source) {

    /**
     * Creates a rate.
     *
     * @throws IllegalArgumentException if the rate is not positive or the currencies are the same
     */
    public ExchangeRate {
        Checks.notNull(base, "base");
        Checks.notNull(quote, "quote");
        Checks.bounded(Checks.notNull(rate, "rate"), "rate");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("exchange rate must be positive: " + rate.toPlainString());
        }
        if (base.equals(quote)) {
            throw new IllegalArgumentException("exchange rate needs two currencies, got " + base + " twice");
        }
        rate = Checks.decimal(rate);
    }

    /**
     * Creates a rate from currency codes.
     *
     * @param base  the base currency code, not null
     * @param quote  the quote currency code, not null
     * @param rate  the rate as a decimal string, not null
     * @return the rate, never null
     * @throws IllegalArgumentException if a code is unknown or the rate invalid
     */
    public static ExchangeRate of(String base, String quote, String rate) {
        return new ExchangeRate(Money.currency(base), Money.currency(quote), new BigDecimal(rate), null, null);
    }

    /**
     * Converts money in the base or the quote currency into the other one.
     *
     * @param money  the money, in the base or quote currency, not null
     * @param rounding  the rounding applied to the target currency's scale, not null
     * @return the converted money, never null
     * @throws CurrencyMismatchException if the money is in neither currency
     */
    public Money convert(Money money, RoundingMode rounding) {
        Checks.notNull(money, "money");
        if (money.currency().equals(base)) {
            return Money.of(money.amount().multiply(rate), quote, rounding);
        }
        if (money.currency().equals(quote)) {
            return Money.of(money.amount().divide(rate, Money.scaleOf(base), rounding), base);
        }
        throw new CurrencyMismatchException(money.currency(), base, "conversion with rate " + this);
    }

    @Override
    public String toString() {
        return "1 " + base.getCurrencyCode() + " = " + rate.toPlainString() + " " + quote.getCurrencyCode()
                + (date == null ? "" : " on " + date) + (source == null ? "" : " (" + source + ")");
    }
}

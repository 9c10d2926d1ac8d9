package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.Currency;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.actionplan.core.money.CurrencyMismatchException;
import org.actionplan.core.money.Money;

/** Property tests of {@link Money} arithmetic (in core), driven by {@link Generators#money(RandomGenerator, Currency)}. */
class MoneyPropertiesTests {

    /** Currencies with 2 (lek, euro), 0 (yen) and 3 (Bahraini dinar) decimals. */
    private static final Currency[] CURRENCIES = {Currency.getInstance("ALL"), Currency.getInstance("EUR"),
        Currency.getInstance("JPY"), Currency.getInstance("BHD")};

    /** Three amounts in one randomly chosen currency. */
    private static final Gen<Money[]> TRIPLES = QuickTheoriesGens.from(r -> {
        Currency c = CURRENCIES[r.nextInt(CURRENCIES.length)];
        return new Money[] {Generators.money(r, c), Generators.money(r, c), Generators.money(r, c)};
    });

    @Test
    void additionIsCommutativeWithinACurrency() {
        qt().withFixedSeed(11L).withExamples(2000).forAll(TRIPLES)
                .checkAssert(m -> assertThat(m[0].plus(m[1])).isEqualTo(m[1].plus(m[0])));
    }

    @Test
    void additionIsAssociativeWithinACurrency() {
        qt().withFixedSeed(12L).withExamples(2000).forAll(TRIPLES)
                .checkAssert(m -> assertThat(m[0].plus(m[1]).plus(m[2])).isEqualTo(m[0].plus(m[1].plus(m[2]))));
    }

    @Test
    void zeroIsNeutralAndSubtractionUndoesAddition() {
        qt().withFixedSeed(13L).withExamples(2000).forAll(TRIPLES).checkAssert(m -> {
            Currency c = m[0].currency();
            assertThat(m[0].plus(Money.zero(c))).isEqualTo(m[0]);
            assertThat(m[0].plus(m[1]).minus(m[1])).isEqualTo(m[0]);
            assertThat(m[0].minus(m[0])).isEqualTo(Money.zero(c));
            assertThat(m[0].plus(m[0].negated()).isZero()).isTrue();
            assertThat(m[0].amount().scale()).isEqualTo(Money.scaleOf(c));
        });
    }

    @Test
    void amountsInDifferentCurrenciesNeverAdd() {
        qt().withFixedSeed(14L).withExamples(500).forAll(QuickTheoriesGens.from(r -> {
            int i = r.nextInt(CURRENCIES.length);
            int j = (i + r.nextInt(1, CURRENCIES.length)) % CURRENCIES.length;
            return new Money[] {Generators.money(r, CURRENCIES[i]), Generators.money(r, CURRENCIES[j])};
        })).checkAssert(m -> assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> m[0].plus(m[1]))
                .withMessageContaining(m[0].currency().getCurrencyCode())
                .withMessageContaining(m[1].currency().getCurrencyCode()));
    }
}

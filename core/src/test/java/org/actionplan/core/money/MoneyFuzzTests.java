package org.actionplan.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of money parsing: only the documented {@link IllegalArgumentException} (bad form, unknown
 * currency) and {@link ArithmeticException} (more decimals than the currency allows), and every parsed
 * amount's canonical form parses back equal.
 * Corpus: {@code src/test/resources/org/actionplan/core/money/MoneyFuzzTestsInputs/<method>/}.
 */
class MoneyFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void parseThrowsOnlyTheDocumentedExceptionsAndRoundTrips(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Money money;
        try {
            money = Money.parse(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(money.amount().scale()).isEqualTo(Money.scaleOf(money.currency()));
    }
}

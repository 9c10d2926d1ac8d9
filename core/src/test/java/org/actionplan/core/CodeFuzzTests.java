package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of code parsing: only the documented {@link IllegalArgumentException}, and the canonical
 * form of every parsed code parses back to an equal code.
 * Corpus: {@code src/test/resources/org/actionplan/core/CodeFuzzTestsInputs/<method>/}.
 */
class CodeFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void parseThrowsOnlyIllegalArgumentAndRoundTrips(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Optional<Code> tried = Code.tryParse(text);
        Code code;
        try {
            code = Code.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(tried).isEmpty();
            assertThat(e).hasMessageContaining("not a code");
            return;
        }
        assertThat(tried).contains(code);
        Code again = Code.parse(code.toString());
        assertThat(again).isEqualTo(code).hasSameHashCodeAs(code).hasToString(code.toString());
        assertThat(again.compareTo(code)).isZero();
    }
}

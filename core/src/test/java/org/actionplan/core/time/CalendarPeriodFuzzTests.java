package org.actionplan.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of period parsing: only the documented {@link IllegalArgumentException}, and every parsed
 * period's canonical form parses back equal, with a start not after its end.
 * Corpus: {@code src/test/resources/org/actionplan/core/time/CalendarPeriodFuzzTestsInputs/<method>/}.
 */
class CalendarPeriodFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void parseThrowsOnlyIllegalArgumentAndRoundTrips(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        CalendarPeriod period;
        try {
            period = CalendarPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(CalendarPeriod.parse(period.toString())).isEqualTo(period);
        assertThat(period.start()).isBeforeOrEqualTo(period.end());
        assertThat(period.contains(period.start())).isTrue();
    }
}

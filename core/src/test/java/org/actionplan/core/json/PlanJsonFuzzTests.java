package org.actionplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.actionplan.core.Plan;

/**
 * Fuzz tests of the plan reader. In a normal build each method runs once per input of its corpus
 * ({@code src/test/resources/org/actionplan/core/json/PlanJsonFuzzTestsInputs/<method>/}); with
 * {@code JAZZER_FUZZ=1} and {@code -Dtest=PlanJsonFuzzTests#method} Jazzer fuzzes it for {@code maxDuration}.
 * <p>
 * The only exception either reader may throw on a byte array is {@link PlanFormatException}: anything else
 * (a NullPointerException, a ClassCastException, a StackOverflowError, running out of memory or time)
 * is a defect of the reader or of the model's checks.
 */
class PlanJsonFuzzTests {

    @FuzzTest(maxDuration = "120s")
    void strictReadRejectsOnlyWithPlanFormatExceptionAndKeepsWhatItAccepts(byte[] json) {
        Plan plan;
        try {
            plan = PlanJson.read(new ByteArrayInputStream(json));
        } catch (PlanFormatException e) {
            assertThat(e.getReason()).isNotBlank();
            assertThat(e.getPath()).isNotNull();
            return;
        }
        // what was accepted is written and read back equal, with no warning from the lenient reader
        String written = PlanJson.write(plan);
        assertThat(PlanJson.read(written)).isEqualTo(plan);
        assertThat(PlanJson.write(PlanJson.read(written))).isEqualTo(written);
        ReadResult<Plan> lenient = PlanJson.readLenient(new ByteArrayInputStream(json), Plan.class);
        assertThat(lenient.value()).isEqualTo(plan);
        assertThat(lenient.warnings()).isEmpty();
    }

    @FuzzTest(maxDuration = "120s")
    void lenientReadRejectsOnlyWithPlanFormatExceptionAndLocatesEveryWarning(byte[] json) {
        ReadResult<Plan> result;
        try {
            result = PlanJson.readLenient(new ByteArrayInputStream(json), Plan.class);
        } catch (PlanFormatException e) {
            assertThat(e.getReason()).isNotBlank();
            assertThat(e.getPath()).isNotNull();
            return;
        }
        assertThat(result.value()).isNotNull();
        for (ReadWarning w : result.warnings()) {
            assertThat(w.path()).as("warning %s", w).isNotNull();
            assertThat(w.message()).as("warning %s", w).isNotBlank();
        }
        // whatever was kept is a valid plan: it round-trips through the strict reader
        assertThat(PlanJson.read(PlanJson.write(result.value()))).isEqualTo(result.value());
    }
}

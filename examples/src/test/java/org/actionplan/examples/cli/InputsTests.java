package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTests {

    @Test
    void loadsBundledPlansByIdAndTheDefaultWithoutOne() {
        assertThat(Inputs.plan(null).id()).isEqualTo("albania-nap-2024-2025");
        assertThat(Inputs.bundledPlans()).contains("albania-nap-2024-2025", "kosovo-2015-2019");
    }

    @Test
    void reportsUnreadableFilesAsInputErrors(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": 1");
        assertThatThrownBy(() -> Inputs.plan(bad.toString())).isInstanceOf(InputException.class)
                .hasMessageStartingWith(bad.toString());
        assertThatThrownBy(() -> Inputs.monitoring(List.of(dir.resolve("none.json")), "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("cannot read");
        assertThat(Inputs.monitoring(List.of(), "other-plan")).isEmpty();
    }
}

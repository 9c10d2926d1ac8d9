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

    @Test
    void saysWhatItReadsWhenTheFileIsLarge(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, org.actionplan.core.json.PlanJson.write(Inputs.plan(null)));
        java.io.StringWriter progress = new java.io.StringWriter();
        Inputs.plan(file.toString(), new java.io.PrintWriter(progress), Files.size(file));
        assertThat(progress.toString()).startsWith("reading " + file + " (")
                .contains("read plan albania-nap-2024-2025: 69 activities");
        java.io.StringWriter quiet = new java.io.StringWriter();
        Inputs.plan(file.toString(), new java.io.PrintWriter(quiet), Files.size(file) + 1);
        assertThat(quiet.toString()).isEmpty();
    }
}

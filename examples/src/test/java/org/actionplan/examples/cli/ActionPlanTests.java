package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionPlanTests {

    @Test
    void withoutACommandItPrintsTheUsageAndSucceeds() {
        Cli r = Cli.run();
        assertThat(r.code).isZero();
        assertThat(r.out).contains("Usage: actionplan").contains("validate").contains("report").contains("Exit codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "cost", "audit", "score", "report", "generate", "import-004"})
    void everyCommandHasHelp(String command) {
        Cli r = Cli.run(command, "--help");
        assertThat(r.code).isZero();
        assertThat(r.out).startsWith("Usage: actionplan " + command);
    }

    @Test
    void badUsageExitsWithTwoAndAOneLineReason() {
        Cli r = Cli.run("validate", "--format", "pdf");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.strip().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("actionplan: ")
                .contains("--format"));
        assertThat(Cli.run("frobnicate").code).isEqualTo(2);
    }

    @Test
    void unreadableInputExitsWithTwoAndAOneLineReason() {
        Cli r = Cli.run("validate", "no-such-plan");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.strip()).startsWith("actionplan: no plan file or bundled plan named 'no-such-plan'")
                .doesNotContain("\n");
    }
}

package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.actionplan.core.json.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTests {

    @Test
    void theSameSeedGivesTheSamePlan() {
        Cli a = Cli.run("generate", "--activities", "25", "--seed", "7");
        Cli b = Cli.run("generate", "--activities", "25", "--seed", "7");
        assertThat(a.code).isZero();
        assertThat(a.out).isEqualTo(b.out);
        assertThat(PlanJson.read(a.out).allActivities()).hasSize(25);
        assertThat(Cli.run("generate", "--activities", "25", "--seed", "8").out).isNotEqualTo(a.out);
    }

    @Test
    void writesToAFileAndRejectsNonsense(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.json");
        Cli r = Cli.run("generate", "--activities", "3", "--out", file.toString());
        assertThat(r.code).isZero();
        assertThat(PlanJson.read(Files.readString(file)).allActivities()).hasSize(3);
        assertThat(Cli.run("generate", "--activities", "0").code).isEqualTo(2);
        assertThat(Cli.run("generate").err).contains("--activities");
    }
}

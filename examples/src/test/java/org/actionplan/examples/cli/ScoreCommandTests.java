package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreCommandTests {

    @Test
    void scoresTheIllustrativeReportsAndSaysTheyAreInvented() {
        Cli r = Cli.run("score", "--period", "2024H2");
        assertThat(r.code).isZero();
        assertThat(r.out).startsWith("NOTE: the monitoring data are ILLUSTRATIVE").contains("2024H2: implementation rate");
        assertThat(Cli.run("score", "kosovo-2015-2019").code).isEqualTo(2);
        assertThat(Cli.run("score", "--period", "2024H3").code).isEqualTo(2);
    }
}

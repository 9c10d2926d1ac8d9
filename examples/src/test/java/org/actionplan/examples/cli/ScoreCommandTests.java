package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.actionplan.core.json.PlanJson;
import org.actionplan.scoring.SigmaOutcome;
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

    @Test
    void jsonAgreesWithTheTextAndWithItsOwnActivityRows() {
        ScoreCommand.Output o = PlanJson.read(Cli.run("score", "--period", "2024H2", "--format", "json").out,
                ScoreCommand.Output.class);
        assertThat(o.illustrative()).isTrue();
        assertThat(o.reports()).hasSize(3);
        ScoreCommand.Period p = o.periods().get(0);
        assertThat(p.period().toString()).isEqualTo("2024H2");
        String text = Cli.run("score", "--period", "2024H2").out;
        assertThat(text).contains(p.implementation().achieved() + " of " + p.implementation().counted() + " due activities");
        assertThat(p.activities()).hasSize(Inputs.plan(null).allActivities().size());
        assertThat(p.activities().stream().filter(a -> a.sigma() == SigmaOutcome.ACHIEVED).count())
                .isEqualTo(p.implementation().achieved());
        assertThat(p.activities().stream().filter(a -> a.sigma() == SigmaOutcome.UNREPORTED).count())
                .isEqualTo(p.implementation().unreported());
        assertThat(p.activities()).filteredOn(a -> a.status() == null).allMatch(a -> a.statusReport() == null);
    }
}

package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.actionplan.core.json.PlanJson;
import org.actionplan.costing.AuditFinding;
import org.junit.jupiter.api.Test;

class AuditCommandTests {

    @Test
    void listsThePublishedFiguresThatDoNotMatch() {
        Cli r = Cli.run("audit");
        assertThat(r.code).isZero();
        // PJESA IV line 267 prints a capital share of 8.0%; 23,000,000 of 276,515,418 is 8.318%
        assertThat(r.out).contains("MISMATCH prose/plan/capital-share printed '8.0%'");
        assertThat(r.out).contains("ERROR_TOKEN").contains("1406 published figures audited");
    }

    @Test
    void jsonCountsEveryFigureAndListsTheProblemsWithTheirValues() {
        AuditCommand.Output o = PlanJson.read(Cli.run("audit", "--format", "json").out, AuditCommand.Output.class);
        assertThat(o.counts()).hasSize(AuditFinding.Verdict.values().length);
        assertThat(o.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(o.audited()).isEqualTo(1406);
        assertThat(o.findings()).hasSize(o.audited() - o.counts().get(AuditFinding.Verdict.MATCH)
                - o.counts().get(AuditFinding.Verdict.NOT_AUDITED)).allMatch(AuditCommand.Item::problem);
        // PJESA IV line 267 prints a capital share of 8.0%; 23,000,000 / 276,515,418 = 8.3178...%
        AuditCommand.Item share = o.findings().stream().filter(i -> i.id().equals("prose/plan/capital-share"))
                .findFirst().orElseThrow();
        assertThat(share.verdict()).isEqualTo(AuditFinding.Verdict.MISMATCH);
        assertThat(share.declared()).isEqualByComparingTo("8.0");
        assertThat(share.computed()).isEqualByComparingTo("8.318");
        assertThat(share.difference()).isEqualByComparingTo(share.declared().subtract(share.computed()));
        assertThat(share.location().line()).isEqualTo(267);

        AuditCommand.Output all = PlanJson.read(Cli.run("audit", "--all", "--format", "json").out, AuditCommand.Output.class);
        assertThat(all.findings()).hasSize(1406);
    }
}

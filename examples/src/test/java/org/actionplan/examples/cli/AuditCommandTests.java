package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}

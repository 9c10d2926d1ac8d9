package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

    @Test
    void theDefaultPlanValidatesWithWarningsOnly() {
        Cli r = Cli.run("validate");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("albania-nap-2024-2025: 0 errors, 19 warnings");
    }

    @Test
    void jsonOutputIsTheDocumentedStructure() {
        Cli r = Cli.run("validate", "albania-nap-2024-2025", "--format", "json");
        ValidateCommand.Output o = PlanJson.read(r.out, ValidateCommand.Output.class);
        assertThat(o.plan()).isEqualTo("albania-nap-2024-2025");
        assertThat(o.warnings()).isEqualTo(19);
        assertThat(o.findings()).hasSize(19);
    }

    @Test
    void csvAndMarkdownListEveryFindingInAlbanianOnRequest() {
        Cli csv = Cli.run("validate", "--format", "csv", "--lang", "sq");
        assertThat(csv.out.lines()).hasSize(20).first().isEqualTo("Rëndësia,Rregulli,Vendi,Shpjegimi,Vlera");
        Cli md = Cli.run("validate", "--format", "md");
        assertThat(md.out).contains("| Severity | Rule | Where | Explanation | Value |")
                .contains("0 errors, 19 warnings; SIGMA action-plan quality");
        assertThat(Cli.run("validate", "--format", "xlsx").code).isEqualTo(2);
    }

    @Test
    void aPlanWithErrorsExitsWithOne(@TempDir Path dir) throws IOException {
        Plan plan = Plan.builder("broken", LocalizedText.of("en", "Broken"), 2024, 2025, Money.currency("ALL"))
                .declaredFigure(new DeclaredFigure("f", Metric.COST, "nowhere", null, null, null, "1", null, "ALL",
                        null, null))
                .build();
        Path file = dir.resolve("broken.json");
        Files.writeString(file, PlanJson.write(plan));
        Cli r = Cli.run("validate", file.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("ERROR figure.unknown-scope");
    }
}

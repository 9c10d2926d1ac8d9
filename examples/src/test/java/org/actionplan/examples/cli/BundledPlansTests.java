package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bundled plan runs through every plan command of the tool (issue #8). */
class BundledPlansTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"albania-nap-2024-2025", "kosovo-2015-2019", "albania-2008-2010", "albania-child-2008-2010"})
    void everyBundledPlanRunsThroughValidateCostAuditAndReport(String id) throws Exception {
        assertThat(Inputs.bundledPlans()).contains(id);
        // none of the bundled plans has validation errors (see the reviewed expected findings), so validate gives 0
        for (String format : List.of("text", "md", "csv", "json")) {
            Cli v = Cli.run("validate", id, "--format", format);
            assertThat(v.code).as("validate %s --format %s: %s", id, format, v.err).isZero();
            assertThat(v.out).isNotBlank();
        }
        Cli cost = Cli.run("cost", id);
        assertThat(cost.code).as(cost.err).isZero();
        assertThat(cost.out).startsWith("code").contains("\n");
        Cli audit = Cli.run("audit", id);
        assertThat(audit.code).as(audit.err).isZero();
        assertThat(audit.out).contains(id + ": ").contains("published figures audited");
        Cli report = Cli.run("report", id, "--lang", "en,sq", "--out", dir.toString());
        assertThat(report.code).as(report.err).isZero();
        assertThat(report.out).contains("Plan:      " + id).contains("Cost:").contains("Gap:");
        for (String lang : List.of("en", "sq")) {
            Path out = dir.resolve(id).resolve(lang);
            for (String ext : List.of("html", "md", "json", "xlsx", "csv")) {
                try (Stream<Path> files = Files.list(out)) {
                    List<Path> written = files.filter(f -> f.toString().endsWith("." + ext)).toList();
                    assertThat(written).as("%s %s *.%s", id, lang, ext).isNotEmpty();
                    for (Path f : written) {
                        assertThat(Files.size(f)).as(f.toString()).isPositive();
                    }
                }
            }
            assertThat(out.resolve("costing-summary.html")).isNotEmptyFile();
            assertThat(out.resolve("audit.html")).isNotEmptyFile();
        }
    }
}

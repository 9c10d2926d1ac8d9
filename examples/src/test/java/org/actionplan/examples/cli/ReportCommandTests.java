package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTests {

    @Test
    void writesEveryFormatInBothLanguagesAndPrintsTheSummary(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("report", "--out", dir.toString());
        assertThat(r.code).isZero();
        assertThat(r.out).contains("Cost:      276,515,418").contains("Funded:    206,933,418")
                .contains("Gap:       69,582,000").contains("ILLUSTRATIVE");
        Path plan = dir.resolve("albania-nap-2024-2025");
        for (String lang : new String[] {"en", "sq"}) {
            for (String ext : new String[] {"html", "md", "json", "xlsx", "csv"}) {
                try (Stream<Path> files = Files.list(plan.resolve(lang))) {
                    assertThat(files.filter(f -> f.toString().endsWith("." + ext))).isNotEmpty();
                }
            }
        }
        assertThat(plan.resolve("en/costing-summary.html")).exists();
        // the audit report: validation findings and published figures against computed ones
        assertThat(plan.resolve("en/audit.html")).isNotEmptyFile();
        assertThat(Files.readString(plan.resolve("sq/audit.md"))).contains("8.0%");
        // the implementation progress report of the latest period with activities due, from the illustrative data
        assertThat(Files.readString(plan.resolve("en/progress.html"))).contains("2024H2").containsIgnoringCase("illustrative");
        assertThat(Cli.run("report", "--lang", "fr", "--out", dir.toString()).code).isEqualTo(2);
    }
}

package org.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    @Test
    void csvFilesStartWithTheByteOrderMarkForExcelUnlessTurnedOff(@TempDir Path dir) throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(Cli.run("report", "--lang", "sq", "--out", dir.resolve("on").toString()).code).isZero();
        byte[] on = Files.readAllBytes(dir.resolve("on/albania-nap-2024-2025/sq/action-plan-goal-1.csv"));
        assertThat(Arrays.copyOf(on, 3)).isEqualTo(bom);
        assertThat(new String(on, StandardCharsets.UTF_8)).startsWith("\uFEFFKodi,").contains("KËRCËNIMIT");
        assertThat(Cli.run("report", "--lang", "sq", "--no-csv-bom", "--out", dir.resolve("off").toString()).code)
                .isZero();
        byte[] off = Files.readAllBytes(dir.resolve("off/albania-nap-2024-2025/sq/action-plan-goal-1.csv"));
        assertThat(off).isEqualTo(Arrays.copyOfRange(on, 3, on.length));
        // only CSV changes
        assertThat(Files.readAllBytes(dir.resolve("off/albania-nap-2024-2025/sq/action-plan.md")))
                .isEqualTo(Files.readAllBytes(dir.resolve("on/albania-nap-2024-2025/sq/action-plan.md")));
    }
}

package org.actionplan.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.validation.Finding;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.core.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validation of each bundled seed plan returns exactly the findings reviewed and kept in
 * {@code src/test/resources/seeds/<id>.findings.tsv} (severity, rule, path, offending value). When they differ the
 * actual findings are written to {@code target/seed-findings/<id>.findings.tsv} for review.
 */
class SeedValidationTests {

    static List<String> lines(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (Finding f : report.findings()) {
            lines.add(f.severity() + "\t" + f.rule() + "\t" + f.path() + "\t"
                    + (f.value() == null ? "" : f.value().replace("\t", " ").replace("\n", "\\n")));
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {KosovoPlan.ID, AlbaniaPlan.ID, AlbaniaChildPlan.ID})
    void validationReturnsOnlyTheReviewedFindings(String id) throws IOException {
        Plan plan;
        try (InputStream in = getClass().getResourceAsStream("/plans/" + id + ".json")) {
            plan = PlanJson.read(in);
        }
        List<String> actual = lines(PlanValidator.validate(plan));
        List<String> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + id + ".findings.tsv")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        expected.add(line);
                    }
                }
            }
        }
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "seed-findings", id + ".findings.tsv");
            Files.createDirectories(out.getParent());
            Files.writeString(out, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(actual).as("findings of " + id + " (actual written to target/seed-findings)")
                .containsExactlyElementsOf(expected);
    }
}

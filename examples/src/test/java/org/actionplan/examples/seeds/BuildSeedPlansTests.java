package org.actionplan.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildSeedPlansTests {

    static String bundled(String planId) throws IOException {
        try (InputStream in = BuildSeedPlansTests.class.getResourceAsStream("/plans/" + planId + ".json")) {
            assertThat(in).as("bundled plan " + planId).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyBundledPlanIsRebuiltByteForByteFromTheSeeds() throws IOException {
        Map<String, String> rebuilt = BuildSeedPlans.render(Seeds.dir());
        assertThat(rebuilt).isNotEmpty();
        for (Map.Entry<String, String> e : rebuilt.entrySet()) {
            assertThat(e.getValue()).as(e.getKey() + ".json: run BuildSeedPlans to refresh it")
                    .isEqualTo(bundled(e.getKey()));
        }
    }

    @Test
    void everyBundledPlanReadsBackToTheSamePlan() throws IOException {
        for (String id : BuildSeedPlans.readers().keySet()) {
            String json = bundled(id);
            Plan plan = PlanJson.read(json);
            assertThat(plan.id()).isEqualTo(id);
            assertThat(PlanJson.write(plan)).isEqualTo(json);
        }
    }

    @Test
    void mainWritesOneFilePerPlan(@TempDir Path out) throws IOException {
        BuildSeedPlans.main(new String[] {Seeds.dir().toString(), out.toString()});
        for (String id : BuildSeedPlans.readers().keySet()) {
            assertThat(Files.readString(out.resolve(id + ".json"), StandardCharsets.UTF_8)).isEqualTo(bundled(id));
        }
    }

    @Test
    void mainRejectsWrongArguments() {
        assertThatThrownBy(() -> BuildSeedPlans.main(new String[] {"only-one"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
    }

    @Test
    void aMissingSeedIsReportedWithItsName(@TempDir Path empty) {
        assertThatThrownBy(() -> KosovoPlan.build(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("001");
    }
}

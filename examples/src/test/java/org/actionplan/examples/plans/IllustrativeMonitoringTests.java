package org.actionplan.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.time.CalendarPeriod;
import org.junit.jupiter.api.Test;

class IllustrativeMonitoringTests {

    @Test
    void theBundledReportsAreRegeneratedFromTheBundledPlanAndMarkedIllustrative() throws Exception {
        Plan plan;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("plans/albania-nap-2024-2025.json")) {
            plan = PlanJson.read(in);
        }
        for (CalendarPeriod period : new CalendarPeriod[] {CalendarPeriod.half(2024, 1), CalendarPeriod.half(2024, 2),
            CalendarPeriod.half(2025, 1)}) {
            String name = "monitoring/albania-nap-2024-2025-" + period + ".json";
            String bundled;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            MonitoringReport report = IllustrativeMonitoring.report(plan, period);
            assertThat(PlanJson.write(report)).isEqualTo(bundled);
            assertThat(report.illustrative()).isTrue();
            assertThat(report.note()).startsWith("ILLUSTRATIVE DATA");
            assertThat(report.statusUpdates()).isNotEmpty();
        }
    }

    @Test
    void performanceIsAStableFractionOfTheId() {
        double u = IllustrativeMonitoring.performance("1.1.1.1");
        assertThat(u).isBetween(0.0, 1.0).isEqualTo(IllustrativeMonitoring.performance("1.1.1.1"));
        assertThat(IllustrativeMonitoring.performance("1.1.1.2")).isNotEqualTo(u);
    }
}

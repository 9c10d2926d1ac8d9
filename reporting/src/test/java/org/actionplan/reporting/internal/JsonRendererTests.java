package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.actionplan.core.json.PlanJson;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.SampleReportsAccess;

class JsonRendererTests {

    @Test
    void theModelRoundTripsWithTypedBlocksAndValues() {
        Report report = SampleReportsAccess.everyBlock();
        String json = new String(JsonRenderer.render(report), StandardCharsets.UTF_8);
        assertThat(json).contains("\"type\": \"table\"").contains("\"type\": \"bars\"").contains("\"type\": \"gantt\"")
                .contains("\"type\": \"number\"").contains("\"value\": 1234567.885").contains("\"kind\": \"MONEY\"")
                .contains("\"date\": \"2024-03-05\"").endsWith("}\n");
        assertThat(PlanJson.read(json, Report.class)).isEqualTo(report);
    }
}

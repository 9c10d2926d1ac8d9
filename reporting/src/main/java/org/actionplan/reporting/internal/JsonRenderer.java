package org.actionplan.reporting.internal;

import java.nio.charset.StandardCharsets;

import org.actionplan.core.json.PlanJson;
import org.actionplan.reporting.Report;

/**
 * Renders the report model as JSON with the project's JSON settings ({@link PlanJson#write(Object)}): pretty
 * printed, numbers as plain decimals, null fields and empty lists left out, polymorphic blocks and values tagged
 * with a {@code type} property. The format is described in {@code docs/report-format.md} and reads back with
 * {@code PlanJson.read(json, Report.class)}.
 */
public final class JsonRenderer {

    private JsonRenderer() {
    }

    /**
     * Renders a report.
     *
     * @param report  the report, not null
     * @return the UTF-8 bytes, never null
     */
    public static byte[] render(Report report) {
        return PlanJson.write(report).getBytes(StandardCharsets.UTF_8);
    }
}

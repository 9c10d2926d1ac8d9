package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportsTests {

    @Test
    void buildersNameTheirReportsAndCheckArguments() {
        ReportOptions en = ReportOptions.of(Locale.ENGLISH);
        assertThat(Reports.actionPlan(TestPlans.small(), en).id()).isEqualTo("action-plan");
        assertThat(Reports.responsibilityMatrix(TestPlans.small(), en).id()).isEqualTo("responsibility-matrix");
        assertThat(Reports.timeline(TestPlans.small(), en).id()).isEqualTo("timeline");
        assertThatThrownBy(() -> Reports.actionPlan(null, en)).hasMessageContaining("plan");
        assertThatThrownBy(() -> Reports.timeline(TestPlans.small(), null)).hasMessageContaining("options");
    }

    @Test
    void reportLanguageIsTheLanguageOfTheLabels() {
        assertThat(Reports.timeline(TestPlans.small(), ReportOptions.of(Locale.forLanguageTag("sq-AL"))).language())
                .isEqualTo("sq");
        assertThat(Reports.timeline(TestPlans.small(), ReportOptions.of(Locale.GERMAN)).language()).isEqualTo("en");
    }
}

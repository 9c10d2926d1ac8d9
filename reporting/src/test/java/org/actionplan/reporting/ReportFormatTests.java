package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportFormatTests {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theSameReportGivesTheSameBytes(ReportFormat format) {
        Report a = Reports.actionPlan(TestPlans.small(), ReportOptions.of(Locale.ENGLISH));
        Report b = Reports.actionPlan(TestPlans.small(), ReportOptions.of(Locale.ENGLISH));
        assertThat(a).isEqualTo(b);
        assertThat(format.render(a)).isEqualTo(format.render(b));
    }

    @Test
    void csvGivesOneFilePerTableAndChartNamedAfterThem() {
        List<RenderedFile> files = ReportFormat.CSV.render(SampleReports.everyBlock());
        assertThat(files).extracting(RenderedFile::name).containsExactly("every-block-amounts.csv",
                "every-block-funding.csv", "every-block-rates.csv", "every-block-gantt.csv");
        assertThat(files).allSatisfy(f -> assertThat(f.mediaType()).isEqualTo("text/csv; charset=UTF-8"));
        assertThatThrownBy(() -> ReportFormat.CSV.renderBytes(SampleReports.everyBlock()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("4 files");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = "CSV", mode = EnumSource.Mode.EXCLUDE)
    void otherFormatsGiveOneFileNamedAfterTheReport(ReportFormat format) {
        List<RenderedFile> files = format.render(SampleReports.everyBlock());
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("every-block." + format.extension());
            assertThat(f.mediaType()).isEqualTo(format.mediaType());
        });
    }
}

package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    @EnumSource(ReportFormat.class)
    void onlyCsvFilesGetTheByteOrderMarkAndOnlyWhenAskedNothingElseChanges(ReportFormat format) {
        Report report = Reports.actionPlan(TestPlans.small(), ReportOptions.of(Locale.forLanguageTag("sq")));
        List<RenderedFile> plain = format.render(report);
        List<RenderedFile> marked = format.render(report, true);
        assertThat(format.render(report, false)).isEqualTo(plain);
        assertThat(marked).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            byte[] p = plain.get(i).bytes();
            byte[] m = marked.get(i).bytes();
            assertThat(marked.get(i).name()).isEqualTo(plain.get(i).name());
            assertThat(Arrays.copyOf(p, 3)).isNotEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            if (format == ReportFormat.CSV) {
                assertThat(Arrays.copyOf(m, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                assertThat(Arrays.copyOfRange(m, 3, m.length)).isEqualTo(p);
                // the mark decodes to U+FEFF before the header; the Albanian letters are UTF-8 after it
                assertThat(new String(m, StandardCharsets.UTF_8)).startsWith("\uFEFFKodi,").contains("ë");
            } else {
                assertThat(m).isEqualTo(p);
            }
        }
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

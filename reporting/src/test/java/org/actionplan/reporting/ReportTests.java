package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportTests {

    private static Table table(String id) {
        return new Table(id, "T", List.of(Column.of("a", "A", ColumnType.TEXT)), List.of(), null);
    }

    @Test
    void tableAndChartIdsAreUniqueWithinAReport() {
        assertThatThrownBy(() -> new Report("r", "R", null, "en",
                List.of(ReportSection.of("a", table("x")), ReportSection.of("b", table("x")))))
                .hasMessageContaining("two tables or charts with id 'x'");
    }

    @Test
    void tablesAreListedInReadingOrderAndTheLocaleFollowsTheLanguage() {
        Report r = new Report("r", "R", null, "sq", List.of(ReportSection.of("a", table("x"), new Block.Heading("h")),
                ReportSection.of("b", table("y"))));
        assertThat(r.tables()).extracting(Table::id).containsExactly("x", "y");
        assertThat(r.locale()).isEqualTo(Locale.forLanguageTag("sq"));
    }

    @Test
    void aReportNeedsALanguage() {
        assertThatThrownBy(() -> new Report("r", "R", null, " ", List.of())).hasMessageContaining("language");
    }
}

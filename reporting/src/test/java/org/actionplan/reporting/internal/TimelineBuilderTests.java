package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.SampleReportsAccess;

class TimelineBuilderTests {

    private static final Report EN = TimelineBuilder.build(SampleReportsAccess.smallPlan(), ReportOptions.of(Locale.ENGLISH));

    private static List<Chart.Task> tasks(int goal) {
        return ((Chart.Gantt) EN.sections().get(goal).blocks().get(0)).tasks();
    }

    @Test
    void datedOngoingAndFuzzyTimeframesAreDrawnAsSuch() {
        List<Chart.Task> t = tasks(0);
        assertThat(t).extracting(Chart.Task::style).containsExactly(Chart.TaskStyle.EXACT, Chart.TaskStyle.ONGOING,
                Chart.TaskStyle.ONGOING, Chart.TaskStyle.FUZZY);
        assertThat(t.get(0).start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(t.get(0).end()).isEqualTo(LocalDate.of(2025, 12, 31));
        // "Mesi i vitit 2024": the middle third of the year, May to August.
        assertThat(t.get(3).start()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(t.get(3).end()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(t.get(3).when()).isEqualTo("Mesi i vitit 2024");
    }

    @Test
    void deadlinesOpenEndsAndUnreadableTimeframes() {
        List<Chart.Task> t = tasks(1);
        assertThat(t).extracting(Chart.Task::style).containsExactly(Chart.TaskStyle.EXACT, Chart.TaskStyle.UNPLACED,
                Chart.TaskStyle.FUZZY, Chart.TaskStyle.OPEN);
        assertThat(t.get(0).start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(t.get(1).when()).isEqualTo("vazhdimet e");
        assertThat(t.get(2).start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(t.get(2).end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(t.get(3).end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void theDescriptionCountsWhatIsDrawn() {
        Chart.Gantt g = (Chart.Gantt) EN.sections().get(1).blocks().get(0);
        assertThat(g.description()).isEqualTo(
                "Gantt chart of 4 timeframes: 3 dated, 0 ongoing across the plan, 1 not placed; axis 2024 to 2025.");
        assertThat(g.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(g.to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}

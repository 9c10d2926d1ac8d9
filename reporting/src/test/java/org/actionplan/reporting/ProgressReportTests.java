package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The progress report of the small plan for 2025 (reports in {@link TestMonitoring}), checked by hand: 1.1.1 is
 * completed, 2.1.1 delayed, the others unreported, so 1 achieved of 2 counted = 50.0% (SIGMA 3 points); the
 * cost-weighted rate is 1 734 567 / (1 734 567 + 300 000) = 85.3%; 2025 spending 450 000 of 800 000 planned = 56.2%.
 */
class ProgressReportTests {

    private static final Report EN = TestMonitoring.progress(TestPlans.small(), ReportOptions.of(Locale.ENGLISH), "ok");

    private static Value entry(String label) {
        Block.Summary s = (Block.Summary) EN.sections().get(0).blocks().get(1);
        return s.entries().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow().value();
    }

    private static Table table(String id) {
        return EN.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void illustrativeDataIsFlaggedFirst() {
        Block first = EN.sections().get(0).blocks().get(0);
        assertThat(first).isEqualTo(new Block.Notice(Block.NoticeKind.ILLUSTRATIVE,
                "The monitoring data of this report is illustrative, not real (reports r-2025)."));
    }

    @Test
    void summaryGivesTheImplementationRateWithItsSigmaPoints() {
        assertThat(EN.title()).isEqualTo("Implementation progress report 2025");
        assertThat(entry("Implementation rate")).isEqualTo(Value.percent(new BigDecimal("50.0"), 1));
        assertThat(entry("SIGMA points (0-5)")).isEqualTo(Value.count(3));
        assertThat(entry("Activities achieved")).isEqualTo(Value.count(1));
        assertThat(entry("Activities counted")).isEqualTo(Value.count(2));
        assertThat(((Value.Number) entry("Cost-weighted implementation rate")).value()
                .setScale(1, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("85.3");
    }

    @Test
    void activitiesShowStatusTimelinessAndLead() {
        Table t = table("activities");
        assertThat(t.rows()).extracting(r -> r.cells().get(0).plain()).containsExactly("1.1.1", "1.1.2.", "2.1.1", "2.1.2");
        assertThat(t.rows().get(0).cells().stream().map(Value::plain).toList()).containsExactly("1.1.1",
                "Studim për kuadrin ligjor", "Ministry of Interior", "2025-12-31", "Due in the period", "Completed", "100",
                "Achieved", "ok");
        assertThat(t.rows().get(2).cells().get(5).plain()).isEqualTo("In progress, delayed");
    }

    @Test
    void overdueListHoldsTheActivitiesPastTheirDeadlineAndNotClosedAsTheScorecardsCountThem() {
        // 1.1.2. is due each March (recurring) and has no report; 2.1.1 is due in Q4 2025 and reported delayed:
        // both are past their deadline at the end of 2025 and not completed. 1.1.1 is completed; 2.1.2 (by the end
        // of 2024, then from 2025 on) is ongoing, which docs/scoring.md never counts overdue.
        assertThat(table("overdue").rows()).extracting(r -> r.cells().get(0).plain()).containsExactly("1.1.2.", "2.1.1");
        int scorecards = table("institutions").rows().stream()
                .mapToInt(r -> Integer.parseInt(r.cells().get(3).plain())).sum();
        assertThat(table("overdue").rows()).hasSize(scorecards);
    }

    @Test
    void activityRowsCallAnActivityDueInThePeriodAndNotClosedOverdue() {
        List<String> timeliness = table("activities").rows().stream().map(r -> r.cells().get(4).plain()).toList();
        assertThat(timeliness).containsExactly("Due in the period", "Overdue (due in the period)",
                "Overdue (due in the period)", "Ongoing");
        Report sq = TestMonitoring.progress(TestPlans.small(), ReportOptions.of(Locale.forLanguageTag("sq")), "ok");
        Table activities = sq.tables().stream().filter(t -> t.id().equals("activities")).findFirst().orElseThrow();
        assertThat(activities.rows().get(2).cells().get(4).plain()).isEqualTo("Me vonesë (me afat në këtë periudhë)");
    }

    @Test
    void budgetExecutionIsPerYearAndSource() {
        List<Row> rows = table("budget").rows();
        Row all2025 = rows.stream().filter(r -> r.kind() == Row.Kind.TOTAL && r.cells().get(0).plain().equals("2025"))
                .findFirst().orElseThrow();
        assertThat(all2025.cells().subList(2, 5)).containsExactly(Value.money(new BigDecimal("800000"), "ALL", 0),
                Value.money(new BigDecimal("450000"), "ALL", 0), Value.percent(new BigDecimal("56.25"), 1));
    }

    @Test
    void institutionScorecardsNameTheInstitutions() {
        assertThat(table("institutions").rows().get(0).cells().stream().map(Value::plain).toList())
                .containsExactly("Ministry of Interior", "1", "1", "0", "100", "500000", "450000", "90");
    }
}

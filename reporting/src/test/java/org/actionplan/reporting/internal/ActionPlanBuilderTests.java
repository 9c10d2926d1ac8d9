package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.money.Money;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.SampleReportsAccess;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

class ActionPlanBuilderTests {

    private static final Report EN = ActionPlanBuilder.build(SampleReportsAccess.smallPlan(), ReportOptions.of(Locale.ENGLISH));

    @Test
    void oneTablePerGoalWithSectionsAsGroupsAndActivitiesIndentedByDepth() {
        assertThat(EN.tables()).extracting(Table::id).containsExactly("goal-1", "goal-2");
        List<Row> rows = EN.tables().get(0).rows();
        assertThat(rows).extracting(Row::kind).containsExactly(Row.Kind.GROUP, Row.Kind.GROUP, Row.Kind.DATA,
                Row.Kind.DATA, Row.Kind.DATA);
        assertThat(rows).extracting(Row::level).containsExactly(0, 1, 2, 2, 3);
        assertThat(rows).extracting(r -> r.cells().get(0).plain()).containsExactly("1", "1.1", "1.1.1", "1.1.2.", "1.1.2.1");
    }

    @Test
    void activityRowHoldsTheAnnexColumnsWithTheOriginalText() {
        Table t = EN.tables().get(0);
        assertThat(t.columns()).extracting(c -> c.key()).containsExactly("code", "activity", "expected_results",
                "indicators", "verification", "responsible", "supporting", "timeframe", "cost", "funding");
        List<Value> study = t.rows().get(2).cells();
        assertThat(study.get(1)).isEqualTo(new Value.Text("Studim për kuadrin ligjor", "sq", "Study of the legal framework", "en"));
        assertThat(study.get(3).plain()).isEqualTo("Numri i hetimeve (Baseline 2023: 50; Target 2024: 60)");
        assertThat(study.get(5).plain()).isEqualTo("MB");
        assertThat(study.get(6).plain()).isEqualTo("MD, PP");
        // 2024: 1 000 000 current + 234 567 capital; 2025: 500 000 current.
        assertThat(study.get(8)).isEqualTo(Value.money(new BigDecimal("1734567"), "ALL", 0));
        assertThat(study.get(9).plain()).isEqualTo("State budget (MTBP) 2024: 400,000 ALL");
    }

    @Test
    void unquantifiedCostShowsItsTextAndNamesComeFromAssignmentsWhenNoCellText() {
        List<Value> campaign = EN.tables().get(0).rows().get(3).cells();
        assertThat(campaign.get(5).plain()).isEqualTo("MD, MB");
        assertThat(campaign.get(7).plain()).isEqualTo("Në vazhdimësi\nderi në mars të çdo viti");
        assertThat(campaign.get(8)).isEqualTo(Value.text("donatorë"));
        assertThat(campaign.get(9).plain()).isEqualTo("Foreign funding: donatorë");
    }

    @Test
    void albanianReportUsesAlbanianLabelsAndStillShowsTheEnglishTranslation() {
        Report sq = ActionPlanBuilder.build(SampleReportsAccess.smallPlan(), ReportOptions.of(Locale.forLanguageTag("sq")));
        assertThat(sq.title()).isEqualTo("Plani i veprimit");
        assertThat(sq.subtitle()).isEqualTo("Plan prove");
        assertThat(sq.tables().get(0).columns().get(8).label()).isEqualTo("Kostoja (ALL)");
        assertThat(sq.tables().get(0).title()).isEqualTo("1 Ulja e kërcënimit");
        assertThat(((Value.Text) sq.tables().get(0).rows().get(2).cells().get(1)).translation())
                .isEqualTo("Study of the legal framework");
    }

    @Test
    void emptyPlanSaysSo() {
        Plan empty = Plan.builder("e", LocalizedText.of("sq", "Bosh"), 2024, 2024, Money.currency("ALL")).build();
        Report r = ActionPlanBuilder.build(empty, ReportOptions.of(Locale.ENGLISH));
        assertThat(r.tables()).isEmpty();
        assertThat(r.sections()).hasSize(1);
    }
}

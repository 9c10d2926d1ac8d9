package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.core.money.ExchangeRate;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.reporting.Block;
import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.SampleReportsAccess;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

/**
 * The small plan's figures, worked by hand: 1.1.1 costs 1 000 000 + 234 567 (2024, current + capital) and
 * 500 000 (2025, current) = 1 734 567, with 400 000 MTBP; 2.1.1 costs 300 000 (2025, current), all foreign (IOM);
 * three activities have no amount. Total 2 034 567, funding 700 000, gap 1 334 567 (65.6%), capital 11.5%.
 */
class CostingSummaryBuilderTests {

    private static Report build(GapConvention convention, ReportOptions options) {
        return CostingSummaryBuilder.build(PlanCosts.of(SampleReportsAccess.smallPlan()), convention, options);
    }

    private static final Report EN = build(GapConvention.COST_MINUS_FUNDING,
            ReportOptions.of(Locale.ENGLISH).withConversion(ExchangeRate.of("EUR", "ALL", "110")));

    private static Value entry(Report r, String label) {
        Block.Summary s = (Block.Summary) r.sections().get(0).blocks().get(0);
        return s.entries().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow().value();
    }

    private static Value money(String amount) {
        return Value.money(new BigDecimal(amount), "ALL", 0);
    }

    @Test
    void summaryGivesTheTotalsFundingGapAndShares() {
        assertThat(entry(EN, "Total indicative cost")).isEqualTo(money("2034567"));
        assertThat(entry(EN, "Total indicative cost in EUR")).isEqualTo(Value.money(new BigDecimal("18496.06"), "EUR", 2));
        assertThat(entry(EN, "Capital")).isEqualTo(money("234567"));
        assertThat(entry(EN, "Capital share of cost")).isEqualTo(Value.percent(new BigDecimal("11.5"), 1));
        assertThat(entry(EN, "State budget (MTBP)")).isEqualTo(money("400000"));
        assertThat(entry(EN, "Foreign funding")).isEqualTo(money("300000"));
        assertThat(entry(EN, "Donors named").plain()).isEqualTo("IOM");
        assertThat(entry(EN, "Funded share")).isEqualTo(Value.percent(new BigDecimal("34.4"), 1));
        assertThat(entry(EN, "Financing gap (cost − funding)")).isEqualTo(money("1334567"));
        assertThat(entry(EN, "Gap %")).isEqualTo(Value.percent(new BigDecimal("65.6"), 1));
        assertThat(entry(EN, "Activities without a cost amount")).isEqualTo(Value.count(3));
    }

    @Test
    void gapsCanBeShownAsThePlanPrintsThem() {
        Report r = build(GapConvention.FUNDING_MINUS_COST, ReportOptions.of(Locale.ENGLISH));
        assertThat(entry(r, "Financing gap (funding − cost)")).isEqualTo(money("-1334567"));
        assertThat(entry(r, "Gap %")).isEqualTo(Value.percent(new BigDecimal("-65.6"), 1));
    }

    @Test
    void costingTableRowsFollowTheHierarchyWithPerYearColumnsAndTheTotalLast() {
        Table t = EN.tables().stream().filter(x -> x.id().equals("costing-table")).findFirst().orElseThrow();
        assertThat(t.columns()).extracting(c -> c.key()).startsWith("code", "title", "current_2024", "capital_2024",
                "total_2024", "current_2025", "capital_2025", "total_2025", "current", "capital", "total", "mtbp",
                "foreign", "donors", "later", "other", "gap", "gap_share").endsWith("total_converted");
        assertThat(t.rows()).extracting(r -> r.cells().get(0).plain()).containsExactly("1", "1.1", "1.1.1", "1.1.2.",
                "1.1.2.1", "2", "2.1", "2.1.1", "2.1.2", "");
        Row study = t.rows().get(2);
        assertThat(study.cells().subList(2, 11)).containsExactly(money("1000000"), money("234567"), money("1234567"),
                money("500000"), money("0"), money("500000"), money("1500000"), money("234567"), money("1734567"));
        assertThat(study.cells().get(18)).isEqualTo(Value.money(new BigDecimal("15768.79"), "EUR", 2));
        Row campaign = t.rows().get(3);
        assertThat(campaign.cells().get(10)).isEqualTo(Value.text("donatorë"));
        assertThat(campaign.cells().get(16)).isEqualTo(Value.empty());
        assertThat(t.rows().get(7).cells().get(13).plain()).isEqualTo("IOM");
        Row total = t.rows().get(9);
        assertThat(total.kind()).isEqualTo(Row.Kind.TOTAL);
        assertThat(total.cells().get(10)).isEqualTo(money("2034567"));
    }

    @Test
    void sharesByGoalAddUpToTheWhole() {
        Table t = EN.tables().stream().filter(x -> x.id().equals("shares-by-goal")).findFirst().orElseThrow();
        assertThat(t.rows()).extracting(r -> r.cells().get(4)).containsExactly(
                Value.percent(new BigDecimal("85.3"), 1), Value.percent(new BigDecimal("14.7"), 1),
                Value.percent(new BigDecimal("100.0"), 1));
    }

    @Test
    void chartsShowCostByGoalFundingAgainstGapAndCostPerYear() {
        List<Block> charts = EN.sections().get(1).blocks();
        Chart.Bars funding = (Chart.Bars) charts.get(1);
        assertThat(funding.series()).extracting(Chart.Series::name).containsExactly("State budget (MTBP)",
                "Foreign funding", "Other identified sources", "Shortfall");
        assertThat(funding.series().get(3).values()).containsExactly(new BigDecimal("1334567"), BigDecimal.ZERO);
        Chart.Bars years = (Chart.Bars) charts.get(2);
        assertThat(years.categories()).containsExactly("2024", "2025");
        assertThat(years.series().get(0).values()).containsExactly(new BigDecimal("1000000"), new BigDecimal("800000"));
    }

    @Test
    void unquantifiedActivitiesAreListedWithTheirText() {
        Table t = EN.tables().stream().filter(x -> x.id().equals("unquantified")).findFirst().orElseThrow();
        assertThat(t.rows()).extracting(r -> r.cells().get(0).plain()).containsExactly("1.1.2.", "1.1.2.1", "2.1.2");
        assertThat(t.rows().get(0).cells().get(3).plain()).isEqualTo("Foreign funding: donatorë");
    }

    @Test
    void aConversionMustInvolveThePlanCurrency() {
        assertThatThrownBy(() -> build(GapConvention.COST_MINUS_FUNDING,
                ReportOptions.of(Locale.ENGLISH).withConversion(ExchangeRate.of("EUR", "USD", "1.1"))))
                .hasMessageContaining("ALL");
    }
}

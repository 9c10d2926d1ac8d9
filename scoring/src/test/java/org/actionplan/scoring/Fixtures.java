package org.actionplan.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.Expenditure;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.monitoring.StatusUpdate;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/**
 * The hand-built plan and reports of the worked examples in {@code docs/scoring.md}; every expected number
 * in the tests is computed by hand from these.
 */
final class Fixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final CalendarPeriod Y2024 = CalendarPeriod.year(2024);
    static final CalendarPeriod Y2025 = CalendarPeriod.year(2025);

    private Fixtures() {
    }

    static Activity.Builder activity(String id, String lead, Timeframe timeframe) {
        Activity.Builder b = Activity.builder(id, LocalizedText.of("en", "Activity " + id));
        if (lead != null) {
            b.responsibility(new Responsibility(lead, null, List.of(new Assignment(lead, lead, Role.LEAD))));
        }
        return timeframe == null ? b : b.timeframe(timeframe);
    }

    static Timeframe within(String period) {
        return Timeframe.Dated.within(period, CalendarPeriod.parse(period));
    }

    static CostEstimate cost(int year, String amount, FundingLine... funding) {
        Map<Integer, YearCost> years = new TreeMap<>();
        years.put(year, YearCost.of(new BigDecimal(amount), null));
        return CostEstimate.of(EUR, years, List.of(funding));
    }

    static Section section(String id, SectionKind kind, BigDecimal weight, List<Section> children, List<Activity> activities) {
        return Section.builder(id, kind, LocalizedText.of("en", "Section " + id)).weight(weight).children(children)
                .activities(activities).build();
    }

    static Plan plan(Section... goals) {
        return Plan.builder("worked", LocalizedText.of("en", "Worked example"), 2024, 2025, EUR).goals(List.of(goals)).build();
    }

    /**
     * The worked plan: goal G1 (weight 2) with objective O1 holding a1-a7, goal G2 (no weight) holding b1, b2.
     */
    static Plan workedPlan() {
        FundingLine a1State = FundingLine.of(FundingSourceKind.STATE_BUDGET, 2024,
                org.actionplan.core.money.EconomicCategory.CURRENT, new BigDecimal("1000"));
        FundingLine a2Donors = new FundingLine(FundingSourceKind.FOREIGN, 2024, null, null, null, null, "donatorë");
        List<Activity> o1 = List.of(
                activity("a1", "MB", within("2024Q2")).cost(cost(2024, "1000", a1State)).build(),
                activity("a2", "MB", within("2024")).cost(cost(2024, "3000", a2Donors)).build(),
                activity("a3", "MD", new Timeframe.Ongoing("Në vazhdimësi")).build(),
                activity("a4", "MD", new Timeframe.Dated("2024-2025", Y2024, Y2025)).cost(cost(2025, "2000")).build(),
                activity("a5", "MB", within("2024Q4")).lifecycle(LocalDate.of(2024, 3, 1), null).build(),
                activity("a6", "MB", within("2024H1")).cost(cost(2024, "500")).lifecycle(null, LocalDate.of(2024, 6, 1)).build(),
                activity("a7", "MB", within("2024")).build());
        Section objective = section("O1", SectionKind.OBJECTIVE, null, List.of(), o1);
        Section g1 = section("G1", SectionKind.GOAL, new BigDecimal("2"), List.of(objective), List.of());
        Section g2 = section("G2", SectionKind.GOAL, null, List.of(), List.of(
                activity("b1", "MD", within("2024Q3")).cost(cost(2024, "6000",
                        FundingLine.of(FundingSourceKind.FOREIGN, 2024, org.actionplan.core.money.EconomicCategory.CURRENT, new BigDecimal("5000")),
                        FundingLine.of(FundingSourceKind.STATE_BUDGET, 2024, org.actionplan.core.money.EconomicCategory.CURRENT, new BigDecimal("1000")))).build(),
                activity("b2", null, new Timeframe.Unparsed("së shpejti", "no rule matches")).build()));
        return plan(g1, g2);
    }

    static StatusUpdate update(String id, ActivityStatus status, Expenditure... spent) {
        return new StatusUpdate(id, status, null, List.of(spent), List.of(), null);
    }

    /** A 2024Q2 report (as of 10 July 2024) and the annual 2024 report (as of 20 January 2025). */
    static MonitoringHistory workedHistory() {
        MonitoringReport q2 = MonitoringReport.builder("q2", "worked", CalendarPeriod.quarter(2024, 2), LocalDate.of(2024, 7, 10))
                .currency(EUR)
                .status(update("a1", ActivityStatus.COMPLETED, Expenditure.of(FundingSourceKind.STATE_BUDGET, 2024, "800")))
                .status(update("a2", ActivityStatus.IN_PROGRESS_ON_SCHEDULE, Expenditure.of(FundingSourceKind.STATE_BUDGET, 2024, "200")))
                .status(update("a6", ActivityStatus.IN_PROGRESS_DELAYED))
                .build();
        MonitoringReport annual = MonitoringReport.builder("y2024", "worked", Y2024, LocalDate.of(2025, 1, 20))
                .currency(EUR)
                .status(update("a2", ActivityStatus.IN_PROGRESS_DELAYED, Expenditure.of(FundingSourceKind.STATE_BUDGET, 2024, "900")))
                .status(update("a3", ActivityStatus.IN_PROGRESS_ON_SCHEDULE))
                .status(update("a4", ActivityStatus.IN_PROGRESS_ON_SCHEDULE))
                .status(update("a5", ActivityStatus.COMPLETED))
                .status(update("a6", ActivityStatus.CANCELLED))
                .status(update("b1", ActivityStatus.COMPLETED, Expenditure.of(FundingSourceKind.FOREIGN, 2024, "4500"),
                        Expenditure.of(FundingSourceKind.STATE_BUDGET, 2024, "1000")))
                .status(update("a1.1", ActivityStatus.COMPLETED))
                .build();
        return MonitoringHistory.of(new ArrayList<>(List.of(annual, q2)));
    }
}

package org.actionplan.scoring;

import static org.actionplan.scoring.Fixtures.Y2024;
import static org.actionplan.scoring.Fixtures.Y2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.indicator.Comparator;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.Expenditure;
import org.actionplan.core.monitoring.Measurement;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.time.CalendarPeriod;

class ScoringEngineTests {

    private static final Plan PLAN = Fixtures.workedPlan();
    private static final MonitoringHistory HISTORY = Fixtures.workedHistory();

    private static PeriodScore score(ScoringPolicy policy, CalendarPeriod period) {
        return ScoringEngine.of(policy).score(PLAN, HISTORY, period);
    }

    private static Map<String, ActivityAssessment> byId(PeriodScore s) {
        return s.activities().stream().collect(Collectors.toMap(ActivityAssessment::activityId, Function.identity()));
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void sigmaRateCountsActivitiesDueInTheYearInForceOnFirstJanuary() {
        PeriodScore s = score(ScoringPolicy.defaults(), Y2024);
        Map<String, ActivityAssessment> a = byId(s);
        // a1 completed in Q2 (the Q2 report is the latest about it), a3 ongoing on schedule, b1 completed
        assertThat(a.get("a1").sigma()).isEqualTo(SigmaOutcome.ACHIEVED);
        assertThat(a.get("a1").status().reportId()).isEqualTo("q2");
        assertThat(a.get("a2").sigma()).isEqualTo(SigmaOutcome.NOT_ACHIEVED);
        assertThat(a.get("a2").status().reportId()).isEqualTo("y2024");
        assertThat(a.get("a3").sigma()).isEqualTo(SigmaOutcome.ACHIEVED);
        assertThat(a.get("a4").sigma()).isEqualTo(SigmaOutcome.NOT_PLANNED);
        // added by an amendment on 1 March 2024: not in the plan in force on 1 January
        assertThat(a.get("a5").inForceAtStart()).isFalse();
        assertThat(a.get("a5").sigma()).isEqualTo(SigmaOutcome.NOT_PLANNED);
        // withdrawn on 1 June 2024 but in force on 1 January, reported cancelled: stays in the denominator
        assertThat(a.get("a6").sigma()).isEqualTo(SigmaOutcome.NOT_ACHIEVED);
        assertThat(a.get("a7").sigma()).isEqualTo(SigmaOutcome.UNREPORTED);
        assertThat(a.get("b2").sigma()).isEqualTo(SigmaOutcome.NOT_PLANNED);

        ImplementationRate r = s.implementation();
        assertThat(r.planned()).isEqualTo(6);      // a1 a2 a3 a6 a7 b1
        assertThat(r.unreported()).isEqualTo(1);   // a7
        assertThat(r.cancelled()).isEqualTo(1);    // a6
        assertThat(r.counted()).isEqualTo(5);
        assertThat(r.achieved()).isEqualTo(3);
        assertThat(r.rate()).isEqualTo(d("0.600000"));
        assertThat(r.points()).isEqualTo(3);
        assertThat(r.linearScore()).isEqualTo(d("0.538462"));        // (60 - 25) / 65
        // cost-weighted: (1000 + 6000) / (1000 + 3000 + 500 + 6000); a3 has no cost
        assertThat(r.costCounted()).isEqualByComparingTo("10500");
        assertThat(r.costAchieved()).isEqualByComparingTo("7000");
        assertThat(r.costWeightedRate()).isEqualTo(d("0.666667"));
        assertThat(r.costUnquantified()).isEqualTo(1);
    }

    @Test
    void cancelledAndUnreportedActivitiesFollowThePolicy() {
        ImplementationRate excluded = score(ScoringPolicy.defaults().toBuilder()
                .cancelled(ScoringPolicy.CancelledRule.EXCLUDED).build(), Y2024).implementation();
        assertThat(excluded.counted()).isEqualTo(4);
        assertThat(excluded.rate()).isEqualTo(d("0.750000"));
        assertThat(excluded.points()).isEqualTo(4);
        assertThat(excluded.costWeightedRate()).isEqualTo(d("0.700000"));   // 7000 / 10000

        ImplementationRate strict = score(ScoringPolicy.defaults().toBuilder()
                .missingStatus(ScoringPolicy.MissingStatusRule.NOT_ACHIEVED).build(), Y2024).implementation();
        assertThat(strict.counted()).isEqualTo(6);
        assertThat(strict.unreported()).isZero();
        assertThat(strict.rate()).isEqualTo(d("0.500000"));
        assertThat(strict.points()).isEqualTo(3);

        ImplementationRate noOngoing = score(ScoringPolicy.defaults().toBuilder().ongoingCounted(false).build(), Y2024)
                .implementation();
        assertThat(noOngoing.counted()).isEqualTo(4);
        assertThat(noOngoing.achieved()).isEqualTo(2);
    }

    @Test
    void timelinessOfTheNextYearShowsOverdueAndClosedActivities() {
        Map<String, ActivityAssessment> a = byId(score(ScoringPolicy.defaults(), Y2025));
        assertThat(a.get("a1").timeliness()).isEqualTo(Timeliness.CLOSED_EARLIER);
        assertThat(a.get("a2").timeliness()).isEqualTo(Timeliness.OVERDUE);
        assertThat(a.get("a3").timeliness()).isEqualTo(Timeliness.ONGOING);
        assertThat(a.get("a4").timeliness()).isEqualTo(Timeliness.DUE_IN_PERIOD);
        assertThat(a.get("a6").timeliness()).isEqualTo(Timeliness.CLOSED_EARLIER);
        assertThat(a.get("a7").timeliness()).isEqualTo(Timeliness.OVERDUE);
        assertThat(a.get("b2").timeliness()).isEqualTo(Timeliness.UNKNOWN);
        assertThat(a.get("a4").dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        // a6 was withdrawn on 1 June 2024: not in the plan in force on 1 January 2025
        assertThat(a.get("a6").inForceAtStart()).isFalse();
    }

    @Test
    void equalRollUpAveragesChildrenWithDataOnly() {
        NodeScore plan = score(ScoringPolicy.defaults(), Y2024).rollUp();
        NodeScore g1 = plan.children().get(0);
        NodeScore o1 = g1.children().get(0);
        // a1 1, a2 0.25 (delayed), a3 0.5 (on schedule), a6 0 (cancelled); a7 has no data, a4 and a5 are out of scope
        assertThat(o1.score()).isEqualTo(d("0.437500"));
        assertThat(o1.activities()).isEqualTo(5);
        assertThat(o1.activitiesWithData()).isEqualTo(4);
        assertThat(o1.children().get(6).share()).isNull();
        assertThat(o1.children().get(0).share()).isEqualTo(d("0.250000"));
        assertThat(g1.score()).isEqualTo(o1.score());
        assertThat(plan.children().get(1).score()).isEqualTo(d("1.000000"));
        assertThat(plan.score()).isEqualTo(d("0.718750"));      // (0.4375 + 1) / 2
        assertThat(plan.level()).isEqualTo(NodeScore.Level.PLAN);
    }

    @Test
    void explicitAndCostWeightsAreNormalised() {
        NodeScore explicit = score(ScoringPolicy.defaults().toBuilder()
                .weighting(ScoringPolicy.Weighting.EXPLICIT).build(), Y2024).rollUp();
        assertThat(explicit.score()).isEqualTo(d("0.625000"));  // (2 x 0.4375 + 1 x 1) / 3
        assertThat(explicit.children().get(0).share()).isEqualTo(d("0.666667"));

        NodeScore cost = score(ScoringPolicy.defaults().toBuilder()
                .weighting(ScoringPolicy.Weighting.COST_WEIGHTED).build(), Y2024).rollUp();
        NodeScore o1 = cost.children().get(0).children().get(0);
        // (1000 x 1 + 3000 x 0.25 + 0 x 0.5 + 500 x 0) / (1000 + 3000 + 0 + 500) = 1750 / 4500
        assertThat(o1.score()).isEqualTo(d("0.388889"));
        // goals weigh their planned cost: G1 6500 (a1 a2 a4 a6), G2 6000 (b1)
        assertThat(cost.children().get(0).weight()).isEqualByComparingTo("6500");
        // (6500 x 0.388889 + 6000 x 1) / 12500 = 0.68222228
        assertThat(cost.score()).isEqualTo(d("0.682222"));
    }

    @Test
    void noDataCountsAsZeroOnlyIfThePolicySaysSo() {
        NodeScore plan = score(ScoringPolicy.defaults().toBuilder().noDataAsZero(true).build(), Y2024).rollUp();
        assertThat(plan.children().get(0).score()).isEqualTo(d("0.350000"));   // (1 + 0.25 + 0.5 + 0 + 0) / 5
        assertThat(plan.score()).isEqualTo(d("0.675000"));
    }

    @Test
    void budgetExecutionPerYearSourceAndGroup() {
        List<BudgetLine> lines = score(ScoringPolicy.defaults(), Y2024).budget();
        // all: planned 1000 + 3000 + 500 + 6000; spent 800 (a1) + 900 (a2, annual replaces Q2's 200) + 4500 + 1000 (b1)
        assertThat(lines.get(0)).isEqualTo(new BudgetLine(2024, null, null, d("10500"), d("7200"), d("0.685714"), 5));
        assertThat(lines).contains(
                new BudgetLine(2024, FundingSourceKind.STATE_BUDGET, null, d("2000"), d("2700"), d("1.350000"), 0),
                new BudgetLine(2024, FundingSourceKind.FOREIGN, null, d("5000"), d("4500"), d("0.900000"), 1),
                new BudgetLine(2024, null, "G1", d("4500"), d("1700"), d("0.377778"), 4),
                new BudgetLine(2024, null, "G2", d("6000"), d("5500"), d("0.916667"), 1));
        assertThat(lines).hasSize(5);
        assertThat(score(ScoringPolicy.defaults(), Y2025).budget()).hasSize(8)
                .contains(new BudgetLine(2025, null, null, d("2000"), d("0"), d("0.000000"), 8));
    }

    @Test
    void institutionScorecardsPerLead() {
        List<InstitutionScorecard> cards = score(ScoringPolicy.defaults(), Y2024).institutions();
        assertThat(cards).extracting(InstitutionScorecard::institution).containsExactly("MB", "MD", null);
        // MB: due a1 a2 a6 a7; achieved a1; counted a1 a2 a6; overdue a2 (delayed) and a7 (no report)
        assertThat(cards.get(0)).isEqualTo(new InstitutionScorecard("MB", 4, 1, 2, d("0.333333"), d("4500"), d("1700"),
                d("0.377778")));
        assertThat(cards.get(1)).isEqualTo(new InstitutionScorecard("MD", 2, 2, 0, d("1.000000"), d("6000"), d("5500"),
                d("0.916667")));
        assertThat(cards.get(2)).isEqualTo(new InstitutionScorecard(null, 0, 0, 0, null, d("0"), d("0"), null));
    }

    @Test
    void unmatchedIdsAreListedNotDropped() {
        Scorecard card = ScoringEngine.withDefaults().score(PLAN, HISTORY, List.of(Y2024, Y2025));
        assertThat(card.unmatchedActivityIds()).containsExactly("a1.1");
        assertThat(card.unmatchedIndicatorIds()).isEmpty();
        assertThat(card.periods()).extracting(PeriodScore::period).containsExactly(Y2024, Y2025);
        assertThat(card.planId()).isEqualTo("worked");
    }

    @Test
    void scoringIsAPureFunction() {
        Scorecard first = ScoringEngine.withDefaults().score(PLAN, HISTORY, List.of(Y2024, Y2025));
        Scorecard second = ScoringEngine.withDefaults().score(PLAN, Fixtures.workedHistory(), List.of(Y2024, Y2025));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void rejectsHistoriesOfOtherPlansAndOtherCurrencies() {
        MonitoringHistory other = MonitoringHistory.of(List.of(
                MonitoringReport.builder("r", "other", Y2024, LocalDate.of(2024, 12, 31)).build()));
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine.withDefaults().score(PLAN, other, Y2024))
                .withMessage("the history is on plan 'other', not on 'worked'");
        MonitoringHistory lek = MonitoringHistory.of(List.of(
                MonitoringReport.builder("r", "worked", Y2024, LocalDate.of(2024, 12, 31))
                        .currency(java.util.Currency.getInstance("ALL"))
                        .status(Fixtures.update("a1", ActivityStatus.COMPLETED,
                                Expenditure.of(FundingSourceKind.FOREIGN, 2024, "1")))
                        .build()));
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine.withDefaults().score(PLAN, lek, Y2024))
                .withMessage("report 'r' reports spending in ALL, the plan's currency is EUR");
    }

    @Test
    void timelinessIsAvailableOnItsOwn() {
        assertThat(ScoringEngine.timeliness(PLAN, PLAN.activity("a2").orElseThrow(), Y2025, ActivityStatus.COMPLETED))
                .isEqualTo(Timeliness.CLOSED_EARLIER);
        assertThat(ScoringEngine.timeliness(PLAN, PLAN.activity("a2").orElseThrow(), Y2025, null))
                .isEqualTo(Timeliness.OVERDUE);
        assertThat(ScoringEngine.withDefaults().policy()).isEqualTo(ScoringPolicy.defaults());
    }

    @Test
    void objectiveFulfilmentCountsSectionTargetsDueInThePeriod() {
        BiFunction<String, Target[], org.actionplan.core.indicator.Indicator> ind =
                (id, targets) -> Indicator.of(id, LocalizedText.of("en", id),
                        IndicatorType.NUMBER, Direction.UNSPECIFIED,
                        null, List.of(targets));
        Target atLeast10 = new Target(Y2024,
                Comparator.AT_LEAST, new IndicatorValue.NumberValue(d("10")), null);
        Target atMost5 = new Target(Y2024,
                Comparator.AT_MOST, new IndicatorValue.NumberValue(d("5")), null);
        Target next = new Target(Y2025,
                Comparator.AT_LEAST, new IndicatorValue.NumberValue(d("20")), null);
        Section objective = Section.builder("O", SectionKind.OBJECTIVE,
                        LocalizedText.of("en", "O"))
                .indicator(ind.apply("met", new Target[] {atLeast10, next}))
                .indicator(ind.apply("missed", new Target[] {atMost5}))
                .indicator(ind.apply("unmeasured", new Target[] {atLeast10}))
                .activity(Fixtures.activity("x", "MB", Fixtures.within("2024"))
                        .indicator(ind.apply("activity-level", new Target[] {atLeast10})).build())
                .build();
        Plan plan = Fixtures.plan(objective);
        MonitoringHistory history = MonitoringHistory.of(List.of(MonitoringReport.builder("r", "worked", Y2024, LocalDate.of(2025, 1, 15))
                .measurement(Measurement.of("met", Y2024,
                        new IndicatorValue.NumberValue(d("12"))))
                .measurement(Measurement.of("missed", Y2024,
                        new IndicatorValue.NumberValue(d("7"))))
                .measurement(Measurement.of("activity-level", Y2024,
                        new IndicatorValue.NumberValue(d("1"))))
                .measurement(Measurement.of("ghost", Y2024,
                        new IndicatorValue.NumberValue(d("1"))))
                .build()));
        Scorecard card = ScoringEngine.withDefaults().score(plan, history, List.of(Y2024));
        PeriodScore s = card.periods().get(0);
        // due in 2024: met (12 >= 10), missed (7 > 5), unmeasured (no data); the activity's indicator is not an outcome
        assertThat(s.objectives()).isEqualTo(new FulfilmentRate(3, 1, 1, d("0.500000")));
        assertThat(s.targets()).extracting(TargetAssessment::indicatorId)
                .containsExactly("met", "met", "missed", "unmeasured", "activity-level");
        assertThat(s.targets().get(1).due()).isFalse();
        assertThat(s.targets().get(4).ownerId()).isEqualTo("x");
        assertThat(card.unmatchedIndicatorIds()).containsExactly("ghost");
    }
}

package org.actionplan.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.indicator.Baseline;
import org.actionplan.core.indicator.Comparator;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.monitoring.Measurement;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.scoring.Rating;
import org.actionplan.scoring.ScoringPolicy;
import org.actionplan.scoring.TargetAssessment;

class IndicatorScorerTests {

    private static final LocalDate PLAN_START = LocalDate.of(2024, 1, 1);
    private static final CalendarPeriod Y2024 = CalendarPeriod.year(2024);
    private static final CalendarPeriod Y2025 = CalendarPeriod.year(2025);

    private static IndicatorValue n(String v) {
        return new IndicatorValue.NumberValue(new BigDecimal(v));
    }

    private static IndicatorValue ratio(String num, String den) {
        return new IndicatorValue.RatioValue(new BigDecimal(num), new BigDecimal(den));
    }

    private static Indicator indicator(IndicatorType type, Direction direction, IndicatorValue baseline, Boolean cumulative,
            Target... targets) {
        return new Indicator("i", LocalizedText.of("en", "indicator"), type, null, direction,
                baseline == null ? null : new Baseline(CalendarPeriod.year(2023), baseline, null), List.of(targets),
                List.of(), null, null, cumulative, List.of());
    }

    private static Target target(CalendarPeriod period, Comparator comparator, IndicatorValue value) {
        return new Target(period, comparator, value, null);
    }

    /** One report per measured period, as of the day after it ends. */
    private static MonitoringHistory measured(Object... periodAndValue) {
        List<MonitoringReport> reports = new ArrayList<>();
        for (int i = 0; i < periodAndValue.length; i += 2) {
            CalendarPeriod p = CalendarPeriod.parse((String) periodAndValue[i]);
            reports.add(MonitoringReport.builder("r" + p, "p", p, p.end().plusDays(1))
                    .measurement(Measurement.of("i", p, (IndicatorValue) periodAndValue[i + 1])).build());
        }
        return MonitoringHistory.of(reports);
    }

    private static TargetAssessment only(ScoringPolicy policy, Indicator indicator, MonitoringHistory history,
            CalendarPeriod period) {
        List<TargetAssessment> list = new IndicatorScorer(policy, history, PLAN_START).assess(indicator, "O1", period);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static TargetAssessment only(Indicator indicator, MonitoringHistory history, CalendarPeriod period) {
        return only(ScoringPolicy.defaults(), indicator, history, period);
    }

    @Test
    void increasingIndicatorProgressFromBaselineToTarget() {
        Indicator ind = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("50"), null,
                target(Y2024, Comparator.AT_LEAST, n("60")));
        // quarterly counts 10 + 15 + 12 + 20 = 57; progress (57 - 50) / (60 - 50) = 0.7
        TargetAssessment t = only(ind, measured("2024Q1", n("10"), "2024Q2", n("15"), "2024Q3", n("12"), "2024Q4", n("20")), Y2024);
        assertThat(t.due()).isTrue();
        assertThat(t.actual()).isEqualByComparingTo("57");
        assertThat(t.progress()).isEqualTo(new BigDecimal("0.700000"));
        assertThat(t.score()).isEqualTo(new BigDecimal("0.700000"));
        assertThat(t.met()).isFalse();
        assertThat(t.rating()).isEqualTo(Rating.AT_RISK);
        assertThat(t.reportIds()).containsExactly("r2024Q1", "r2024Q2", "r2024Q3", "r2024Q4");
        assertThat(t.expected()).isEqualByComparingTo("60");
    }

    @Test
    void decreasingIndicatorProgressFromBaselineDownToTarget() {
        Indicator ind = indicator(IndicatorType.NUMBER, Direction.DECREASE, n("200"), null,
                target(Y2024, Comparator.AT_MOST, n("150")));
        // (200 - 170) / (200 - 150) = 0.6: at risk, not met
        TargetAssessment t = only(ind, measured("2024", n("170")), Y2024);
        assertThat(t.progress()).isEqualTo(new BigDecimal("0.600000"));
        assertThat(t.met()).isFalse();
        assertThat(t.rating()).isEqualTo(Rating.AT_RISK);
        // 140 overshoots: progress 1.2 is kept, the score is capped at 1
        TargetAssessment better = only(ind, measured("2024", n("140")), Y2024);
        assertThat(better.progress()).isEqualTo(new BigDecimal("1.200000"));
        assertThat(better.score()).isEqualTo(new BigDecimal("1.000000"));
        assertThat(better.met()).isTrue();
        assertThat(better.rating()).isEqualTo(Rating.ON_TRACK);
        // 230 goes the wrong way: progress -0.6, score 0
        TargetAssessment worse = only(ind, measured("2024", n("230")), Y2024);
        assertThat(worse.progress()).isEqualTo(new BigDecimal("-0.600000"));
        assertThat(worse.score()).isEqualTo(new BigDecimal("0.000000"));
        assertThat(worse.rating()).isEqualTo(Rating.OFF_TRACK);
    }

    @Test
    void percentagesRollUpAsSumsOfNumeratorsAndDenominatorsNeverAsMeans() {
        Indicator ind = indicator(IndicatorType.PERCENTAGE, Direction.INCREASE, new IndicatorValue.PercentValue(new BigDecimal("5")),
                null, target(Y2024, Comparator.AT_LEAST, new IndicatorValue.PercentValue(new BigDecimal("20"))));
        // 3/10 and 1/30 give 4/40 = 10% (the mean of 30% and 3.33% would be 16.67%)
        TargetAssessment t = only(ind, measured("2024H1", ratio("3", "10"), "2024H2", ratio("1", "30")), Y2024);
        assertThat(t.actual()).isEqualTo(new BigDecimal("10.000000"));
        assertThat(t.progress()).isEqualTo(new BigDecimal("0.333333"));   // (10 - 5) / (20 - 5)
        assertThat(t.rating()).isEqualTo(Rating.OFF_TRACK);
    }

    @Test
    void zeroDenominatorIsNoDataNotZero() {
        Indicator ind = indicator(IndicatorType.PERCENTAGE, Direction.INCREASE, null, null,
                target(Y2024, Comparator.AT_LEAST, new IndicatorValue.PercentValue(new BigDecimal("20"))));
        TargetAssessment t = only(ind, measured("2024", ratio("0", "0")), Y2024);
        assertThat(t.actual()).isNull();
        assertThat(t.score()).isNull();
        assertThat(t.met()).isNull();
        assertThat(t.rating()).isEqualTo(Rating.NO_DATA);
        assertThat(t.note()).contains("zero denominator");
    }

    @Test
    void missingBaselineIsExplicitAndFollowsThePolicy() {
        Indicator ind = indicator(IndicatorType.NUMBER, Direction.INCREASE, null, null,
                target(Y2024, Comparator.AT_LEAST, n("60")));
        MonitoringHistory h = measured("2024Q1", n("10"), "2024Q2", n("15"), "2024Q3", n("12"), "2024Q4", n("20"));
        TargetAssessment none = only(ind, h, Y2024);
        assertThat(none.baseline()).isNull();
        assertThat(none.progress()).isNull();
        assertThat(none.met()).isFalse();
        assertThat(none.score()).isEqualTo(new BigDecimal("0.000000"));
        assertThat(none.note()).contains("no baseline");

        TargetAssessment zero = only(ScoringPolicy.defaults().toBuilder()
                .missingBaseline(ScoringPolicy.MissingBaselineRule.ZERO).build(), ind, h, Y2024);
        assertThat(zero.progress()).isEqualTo(new BigDecimal("0.950000"));     // 57 / 60
        assertThat(zero.rating()).isEqualTo(Rating.ON_TRACK);

        TargetAssessment first = only(ScoringPolicy.defaults().toBuilder()
                .missingBaseline(ScoringPolicy.MissingBaselineRule.FIRST_MEASUREMENT).build(), ind, h, Y2024);
        assertThat(first.baseline()).isEqualTo(new BigDecimal("10.000000"));
        assertThat(first.progress()).isEqualTo(new BigDecimal("0.940000"));    // (57 - 10) / (60 - 10)
    }

    @Test
    void milestoneIsMetOrNot() {
        Indicator ind = indicator(IndicatorType.MILESTONE, Direction.UNSPECIFIED, null, null,
                target(Y2024, Comparator.EXACTLY, new IndicatorValue.FlagValue(true)));
        TargetAssessment yes = only(ind, measured("2024Q3", new IndicatorValue.FlagValue(true)), Y2024);
        assertThat(yes.met()).isTrue();
        assertThat(yes.score()).isEqualTo(new BigDecimal("1.000000"));
        assertThat(yes.rating()).isEqualTo(Rating.ON_TRACK);
        TargetAssessment no = only(ind, measured("2024Q3", new IndicatorValue.FlagValue(false)), Y2024);
        assertThat(no.met()).isFalse();
        assertThat(no.rating()).isEqualTo(Rating.OFF_TRACK);
    }

    @Test
    void maintainIsMetWithinTheTolerance() {
        Indicator ind = indicator(IndicatorType.NUMBER, Direction.MAINTAIN, n("100"), null,
                target(Y2024, Comparator.EXACTLY, n("100")));
        assertThat(only(ind, measured("2024", n("96")), Y2024).met()).isTrue();       // within 5 of 100
        TargetAssessment off = only(ind, measured("2024", n("90")), Y2024);
        assertThat(off.met()).isFalse();
        assertThat(off.score()).isEqualTo(new BigDecimal("0.000000"));
    }

    @Test
    void cumulativeTargetsTakeTheLatestLevelOthersSumTheirPeriod() {
        Target t2025 = target(Y2025, Comparator.AT_LEAST, n("60"));
        MonitoringHistory h = measured("2024", n("30"), "2025Q1", n("20"), "2025Q2", n("25"));
        // cumulative: the level at the latest measurement, 25
        Indicator cumulative = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("0"), true, t2025);
        assertThat(only(cumulative, h, Y2025).actual()).isEqualByComparingTo("25");
        // not cumulative: the counts within 2025, 20 + 25; 2024 is outside the target's period
        Indicator perPeriod = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("0"), false, t2025);
        assertThat(only(perPeriod, h, Y2025).actual()).isEqualByComparingTo("45");
        // unknown: read as not cumulative by default, as cumulative if the policy says so
        Indicator unknown = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("0"), null, t2025);
        assertThat(only(unknown, h, Y2025).actual()).isEqualByComparingTo("45");
        assertThat(only(ScoringPolicy.defaults().toBuilder().unknownCumulativeAsCumulative(true).build(), unknown, h, Y2025)
                .actual()).isEqualByComparingTo("25");
    }

    @Test
    void interimRatingFollowsTheTargetInterpolatedToTheDate() {
        // cumulative 0 (end of 2023) to 100 (end of 2025): at the end of 2024, 366 of 731 days, 100 x 366 / 731
        Indicator ind = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("0"), true,
                target(Y2025, Comparator.AT_LEAST, n("100")));
        TargetAssessment t = only(ind, measured("2024", n("45")), Y2024);
        assertThat(t.due()).isFalse();
        assertThat(t.expected()).isEqualTo(new BigDecimal("50.068399"));
        assertThat(t.rating()).isEqualTo(Rating.ON_TRACK);                     // 45 / 50.07 = 0.899
        assertThat(only(ind, measured("2024", n("40")), Y2024).rating()).isEqualTo(Rating.AT_RISK);   // 0.799
        assertThat(only(ind, measured("2024", n("25")), Y2024).rating()).isEqualTo(Rating.OFF_TRACK); // 0.499
    }

    @Test
    void interimRatingOfCountsComparesTheRunningSumWithTheShareOfThePeriod() {
        Indicator ind = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("50"), null,
                target(Y2024, Comparator.AT_LEAST, n("60")));
        // end of 2024H1: 182 of 366 days, 60 x 182 / 366 = 29.836066; 25 / 29.84 = 0.838: at risk
        TargetAssessment t = only(ind, measured("2024Q1", n("10"), "2024Q2", n("15")), CalendarPeriod.half(2024, 1));
        assertThat(t.expected()).isEqualTo(new BigDecimal("29.836066"));
        assertThat(t.actual()).isEqualByComparingTo("25");
        assertThat(t.rating()).isEqualTo(Rating.AT_RISK);
    }

    @Test
    void intermediateTargetIsTheStartOfTheNextTrajectory() {
        Indicator ind = indicator(IndicatorType.PERCENTAGE, Direction.INCREASE, null, null,
                target(Y2024, Comparator.AT_LEAST, new IndicatorValue.PercentValue(new BigDecimal("40"))),
                target(Y2025, Comparator.AT_LEAST, new IndicatorValue.PercentValue(new BigDecimal("60"))));
        MonitoringHistory h = measured("2025H1", new IndicatorValue.PercentValue(new BigDecimal("48")));
        List<TargetAssessment> list = new IndicatorScorer(ScoringPolicy.defaults(), h, PLAN_START)
                .assess(ind, "O1", CalendarPeriod.half(2025, 1));
        // 40 at the end of 2024 to 60 at the end of 2025; at 30 June 2025, 181 of 365 days: 40 + 20 x 181 / 365
        assertThat(list).hasSize(1);
        assertThat(list.get(0).expected()).isEqualTo(new BigDecimal("49.917808"));
        // attainment (48 - 40) / (49.917808 - 40) = 0.807: at risk
        assertThat(list.get(0).rating()).isEqualTo(Rating.AT_RISK);
        MonitoringHistory ahead = measured("2025H1", new IndicatorValue.PercentValue(new BigDecimal("49")));
        // (49 - 40) / 9.917808 = 0.907: on track
        assertThat(new IndicatorScorer(ScoringPolicy.defaults(), ahead, PLAN_START).assess(ind, "O1", CalendarPeriod.half(2025, 1))
                .get(0).rating()).isEqualTo(Rating.ON_TRACK);
    }

    @Test
    void qualitativeAndUnmeasuredTargetsAreNoData() {
        Indicator text = indicator(IndicatorType.QUALITATIVE, Direction.UNSPECIFIED, null, null,
                target(Y2024, Comparator.INCREASE, null));
        assertThat(only(text, measured("2024", n("1")), Y2024).rating()).isEqualTo(Rating.NO_DATA);
        Indicator unmeasured = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("1"), null,
                target(Y2024, Comparator.AT_LEAST, n("2")));
        TargetAssessment t = only(unmeasured, MonitoringHistory.empty(), Y2024);
        assertThat(t.rating()).isEqualTo(Rating.NO_DATA);
        assertThat(t.score()).isNull();
        assertThat(t.note()).isEqualTo("no measurement");
    }

    @Test
    void increaseWithoutNumberIsMetWhenAboveTheBaseline() {
        Indicator ind = indicator(IndicatorType.NUMBER, Direction.UNSPECIFIED, n("50"), null,
                target(Y2024, Comparator.INCREASE, null));
        TargetAssessment t = only(ind, measured("2024", n("51")), Y2024);
        assertThat(t.met()).isTrue();
        assertThat(t.score()).isEqualTo(new BigDecimal("1.000000"));
        assertThat(only(ind, measured("2024", n("50")), Y2024).met()).isFalse();
    }

    @Test
    void overlappingCountsAreAddedOnceTheLongestFirst() {
        Indicator ind = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("0"), false,
                target(Y2024, Comparator.AT_LEAST, n("100")));
        // the annual 50 covers Q1 (10) and Q2 (15): they are not added to it
        TargetAssessment t = only(ind, measured("2024Q1", n("10"), "2024", n("50"), "2024Q2", n("15")), Y2024);
        assertThat(t.actual()).isEqualByComparingTo("50");
        assertThat(t.reportIds()).containsExactly("r2024");
        assertThat(t.note()).isEqualTo("2 overlapping measurement(s) not added");
        // Q1 and Q2 alone do not overlap: 10 + 15, both reports named in order
        TargetAssessment q = only(ind, measured("2024Q2", n("15"), "2024Q1", n("10")), Y2024);
        assertThat(q.actual()).isEqualByComparingTo("25");
        assertThat(q.reportIds()).containsExactly("r2024Q1", "r2024Q2");
    }

    @Test
    void levelsTakeTheLatestMeasurementTiesByReportId() {
        Indicator ind = indicator(IndicatorType.PERCENTAGE, Direction.INCREASE,
                new IndicatorValue.PercentValue(new BigDecimal("20")), true,
                target(Y2024, Comparator.AT_LEAST, new IndicatorValue.PercentValue(new BigDecimal("40"))));
        // 2024 and 2024Q4 end on the same day and are reported as of the same day: the greater report id,
        // r2024Q4, is the latest; progress (30 - 20) / (40 - 20) = 0.5
        TargetAssessment t = only(ind, measured("2024", new IndicatorValue.PercentValue(new BigDecimal("35")),
                "2024Q4", new IndicatorValue.PercentValue(new BigDecimal("30")),
                "2024Q3", new IndicatorValue.PercentValue(new BigDecimal("90"))), Y2024);
        assertThat(t.actual()).isEqualByComparingTo("30");
        assertThat(t.reportIds()).containsExactly("r2024Q4");
        assertThat(t.progress()).isEqualByComparingTo("0.5");
    }

    @Test
    void indicatorsSharingAnIdAreAssessedAgainstTheirOwnTargets() {
        Indicator first = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("0"), false,
                target(Y2024, Comparator.AT_LEAST, n("10")));
        Indicator second = indicator(IndicatorType.NUMBER, Direction.INCREASE, n("0"), false,
                target(Y2024, Comparator.AT_LEAST, n("10")), target(Y2025, Comparator.AT_LEAST, n("20")));
        IndicatorScorer scorer = new IndicatorScorer(ScoringPolicy.defaults(), measured("2025", n("5")), PLAN_START);
        assertThat(scorer.assess(first, "A1", Y2025)).isEmpty();
        List<TargetAssessment> list = scorer.assess(second, "A2", Y2025);
        // the measurements are shared by id, the targets are the indicator's own: 5 of 20
        assertThat(list).hasSize(1);
        assertThat(list.get(0).target().period()).isEqualTo(Y2025);
        assertThat(list.get(0).progress()).isEqualByComparingTo("0.25");
    }
}

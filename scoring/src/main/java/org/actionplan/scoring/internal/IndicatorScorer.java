package org.actionplan.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.monitoring.Measurement;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.Reported;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.scoring.Rating;
import org.actionplan.scoring.ScoringPolicy;
import org.actionplan.scoring.TargetAssessment;

/**
 * Assesses indicator targets: actual values from measurements, progress, trajectory and rating
 * ({@code docs/scoring.md}, "Indicators"). Not part of the stable API.
 */
public final class IndicatorScorer {

    private static final int W = Fractions.WORK_SCALE;

    private final ScoringPolicy policy;
    private final MonitoringHistory history;
    private final LocalDate planStart;
    private final Map<String, Totals> totals = new HashMap<>();

    /** An indicator's total measurements in force, in period order, with their periods as epoch days. */
    private static final class Totals {
        final List<Reported<Measurement>> items = new ArrayList<>();
        long[] start;
        long[] end;
        long[] targetEnds;
        boolean ratios;
    }

    private CalendarPeriod lastPeriod;
    private long lastStart;
    private long lastEnd;

    private Indicator lastIndicator;
    private Totals lastTotals;

    private Totals totals(Indicator indicator) {
        if (indicator == lastIndicator) {
            return lastTotals;
        }
        lastIndicator = indicator;
        lastTotals = totals.computeIfAbsent(indicator.id(), id -> {
            Totals t = new Totals();
            for (Reported<Measurement> r : history.measurements(id)) {
                if (r.value().isTotal()) {
                    t.items.add(r);
                }
                t.ratios |= r.value().value() instanceof IndicatorValue.RatioValue;
            }
            t.targetEnds = new long[indicator.targets().size()];
            for (int i = 0; i < t.targetEnds.length; i++) {
                t.targetEnds[i] = indicator.targets().get(i).period().end().toEpochDay();
            }
            t.start = new long[t.items.size()];
            t.end = new long[t.items.size()];
            for (int i = 0; i < t.start.length; i++) {
                t.start[i] = t.items.get(i).value().period().start().toEpochDay();
                t.end[i] = t.items.get(i).value().period().end().toEpochDay();
            }
            return t;
        });
        return lastTotals;
    }

    /**
     * Creates a scorer. It caches what it reads from the history, per indicator id: use one per scoring,
     * from one thread.
     *
     * @param policy  the policy, not null
     * @param history  the monitoring history, not null
     * @param planStart  the plan's first day, not null
     */
    public IndicatorScorer(ScoringPolicy policy, MonitoringHistory history, LocalDate planStart) {
        this.policy = policy;
        this.history = history;
        this.planStart = planStart;
    }

    /**
     * Assesses the targets of an indicator due within a period (final, at the target's end) and the next
     * target after it (interim, at the period's end).
     *
     * @param indicator  the indicator, not null
     * @param ownerId  the owning section or activity id, not null
     * @param period  the period, not null
     * @return the assessments in target order, never null
     */
    public List<TargetAssessment> assess(Indicator indicator, String ownerId, CalendarPeriod period) {
        if (indicator.targets().isEmpty()) {
            return List.of();
        }
        if (!period.equals(lastPeriod)) {
            lastPeriod = period;
            lastStart = period.start().toEpochDay();
            lastEnd = period.end().toEpochDay();
        }
        long[] ends = totals(indicator).targetEnds;
        List<TargetAssessment> out = new ArrayList<>(2);
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] >= lastStart && ends[i] <= lastEnd) {
                out.add(assess(indicator, ownerId, i, LocalDate.ofEpochDay(ends[i]), true));
            } else if (ends[i] > lastEnd) {
                out.add(assess(indicator, ownerId, i, LocalDate.ofEpochDay(lastEnd), false));
                break;
            }
        }
        return out;
    }

    /**
     * Assesses one target at a date.
     *
     * @param indicator  the indicator, not null
     * @param ownerId  the owner id, not null
     * @param index  the index of the target in the indicator's targets
     * @param date  the evaluation date, not after the target's end
     * @param due  whether this is the final assessment
     * @return the assessment, never null
     */
    public TargetAssessment assess(Indicator indicator, String ownerId, int index, LocalDate date, boolean due) {
        Target t = indicator.targets().get(index);
        int scale = policy.scale();
        if (indicator.type() == IndicatorType.QUALITATIVE || t.value() instanceof IndicatorValue.TextValue) {
            return noData(indicator, ownerId, t, due, null, List.of(), "qualitative target: not scored");
        }
        boolean cumulative = indicator.cumulative() != null ? indicator.cumulative() : policy.unknownCumulativeAsCumulative();
        boolean sum = !cumulative && isFlowIndicator(indicator);
        LocalDate windowStart = sum || due && !cumulative ? t.period().start() : planStart;
        if (sum && t.period().start().isAfter(date)) {
            return noData(indicator, ownerId, t, false, null, List.of(), "target period has not started");
        }
        Actual actual = actual(indicator, windowStart, date, sum);
        BigDecimal baseline = baseline(indicator);
        if (actual.value == null) {
            return noData(indicator, ownerId, t, due, baseline, actual.reports, actual.note);
        }
        BigDecimal a = actual.value;
        BigDecimal target = t.value() == null ? null : t.value().numeric();
        Direction direction = direction(indicator, t, baseline, target);
        Boolean met = met(t, a, baseline, target);
        String note = actual.note;
        BigDecimal progress = null;
        if (baseline != null && target != null) {
            int cmp = target.compareTo(baseline);
            if (direction == Direction.INCREASE && cmp > 0) {
                progress = Fractions.divide(a.subtract(baseline), target.subtract(baseline), W);
            } else if (direction == Direction.DECREASE && cmp < 0) {
                progress = Fractions.divide(baseline.subtract(a), baseline.subtract(target), W);
            } else if (direction != Direction.MAINTAIN && cmp != 0) {
                note = join(note, "target contradicts the direction " + direction + ": scored as met or not");
            }
        } else if (baseline == null && direction != Direction.MAINTAIN) {
            note = join(note, "no baseline: progress not computed, scored as met or not");
        }
        BigDecimal score = progress != null ? Fractions.clampUnit(progress) : met == null ? null : met ? BigDecimal.ONE : BigDecimal.ZERO;
        if (met == null && note == null) {
            note = "target has no value to compare with";
        }
        BigDecimal expected;
        Rating rating;
        if (due) {
            expected = target;
            rating = score == null ? Rating.NO_DATA : rate(score);
        } else {
            Trajectory trajectory = trajectory(indicator, index, sum, baseline);
            if (trajectory == null || target == null) {
                expected = null;
                rating = Rating.NO_DATA;
                note = join(note, "no start point for a trajectory");
            } else {
                expected = trajectory.at(date, t.period().end(), target);
                BigDecimal attainment = attainment(trajectory, expected, a, target, direction, sum);
                rating = rate(attainment);
            }
        }
        return new TargetAssessment(indicator.id(), ownerId, t, due, Fractions.round(baseline, scale),
                actual.exact ? a : Fractions.round(a, scale), Fractions.round(expected, scale),
                Fractions.round(progress, scale), Fractions.round(score, scale), met, rating, actual.reports, note);
    }

    private TargetAssessment noData(Indicator indicator, String ownerId, Target t, boolean due, BigDecimal baseline,
            List<String> reports, String note) {
        return new TargetAssessment(indicator.id(), ownerId, t, due, Fractions.round(baseline, policy.scale()), null,
                null, null, null, null, Rating.NO_DATA, reports, note);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }

    private Rating rate(BigDecimal attainment) {
        if (attainment.compareTo(policy.onTrackThreshold()) >= 0) {
            return Rating.ON_TRACK;
        }
        return attainment.compareTo(policy.atRiskThreshold()) >= 0 ? Rating.AT_RISK : Rating.OFF_TRACK;
    }

    /** Whether values are counts summed over periods (rather than levels). */
    private boolean isFlowIndicator(Indicator indicator) {
        return indicator.type() == IndicatorType.NUMBER && policy.numberRollup() == ScoringPolicy.NumberRollup.SUM
                || indicator.type() == IndicatorType.PERCENTAGE && hasRatios(indicator);
    }

    private boolean hasRatios(Indicator indicator) {
        return totals(indicator).ratios;
    }

    //-----------------------------------------------------------------------
    /** The combined actual value. */
    private record Actual(BigDecimal value, boolean exact, List<String> reports, String note) {
    }

    private Actual actual(Indicator indicator, LocalDate windowStart, LocalDate date, boolean sum) {
        Totals all = totals(indicator);
        long from = windowStart.toEpochDay();
        long to = date.toEpochDay();
        List<Reported<Measurement>> in = new ArrayList<>(all.start.length);
        for (int i = 0; i < all.start.length; i++) {
            if (all.start[i] >= from && all.end[i] <= to) {
                in.add(all.items.get(i));
            }
        }
        if (in.isEmpty()) {
            return new Actual(null, true, List.of(), "no measurement");
        }
        boolean ratios = false;
        boolean numbers = false;
        boolean levels = false;
        for (Reported<Measurement> r : in) {
            IndicatorValue v = r.value().value();
            if (v instanceof IndicatorValue.TextValue) {
                return new Actual(null, true, reportIds(in), "qualitative measurement: not scored");
            }
            ratios |= v instanceof IndicatorValue.RatioValue;
            numbers |= v instanceof IndicatorValue.NumberValue;
            levels |= v instanceof IndicatorValue.PercentValue || v instanceof IndicatorValue.FlagValue;
        }
        if ((ratios ? 1 : 0) + (numbers ? 1 : 0) + (levels ? 1 : 0) > 1) {
            return new Actual(null, true, reportIds(in), "measurements mix value types: not combined");
        }
        if (!sum || levels) {
            Reported<Measurement> latest = in.get(0);
            for (int i = 1; i < in.size(); i++) {
                if (LATEST.compare(in.get(i), latest) > 0) {
                    latest = in.get(i);
                }
            }
            BigDecimal value = latest.value().value().numeric();
            return new Actual(value, !(latest.value().value() instanceof IndicatorValue.RatioValue),
                    List.of(latest.reportId()), value == null ? "zero denominator" : null);
        }
        List<Reported<Measurement>> chosen = nonOverlapping(in);
        String note = chosen.size() < in.size() ? (in.size() - chosen.size()) + " overlapping measurement(s) not added" : null;
        if (ratios) {
            BigDecimal num = BigDecimal.ZERO;
            BigDecimal den = BigDecimal.ZERO;
            for (Reported<Measurement> r : chosen) {
                IndicatorValue.RatioValue v = (IndicatorValue.RatioValue) r.value().value();
                num = num.add(v.numerator());
                den = den.add(v.denominator());
            }
            BigDecimal pct = Fractions.percent(num, den);
            return new Actual(pct, false, reportIds(chosen), pct == null ? join(note, "zero denominator") : note);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Reported<Measurement> r : chosen) {
            total = total.add(r.value().value().numeric());
        }
        return new Actual(total, true, reportIds(chosen), note);
    }

    private static final Comparator<Reported<Measurement>> LATEST = Comparator
            .comparing((Reported<Measurement> r) -> r.value().period().end())
            .thenComparing(Reported::asOf).thenComparing(Reported::reportId);
    private static final Comparator<Reported<Measurement>> LONGEST_FIRST = Comparator
            .comparing((Reported<Measurement> r) -> r.value().period().start())
            .thenComparing(r -> r.value().period().end(), Comparator.reverseOrder());

    /** Picks measurements that do not overlap: by start, the longest first. */
    private static List<Reported<Measurement>> nonOverlapping(List<Reported<Measurement>> in) {
        if (in.size() == 1) {
            return in;
        }
        List<Reported<Measurement>> sorted = new ArrayList<>(in);
        sorted.sort(LONGEST_FIRST);
        List<Reported<Measurement>> chosen = new ArrayList<>();
        LocalDate lastEnd = null;
        for (Reported<Measurement> r : sorted) {
            if (lastEnd == null || r.value().period().start().isAfter(lastEnd)) {
                chosen.add(r);
                lastEnd = r.value().period().end();
            }
        }
        return chosen;
    }

    private static List<String> reportIds(List<Reported<Measurement>> list) {
        if (list.size() == 1) {
            return List.of(list.get(0).reportId());
        }
        TreeSet<String> ids = new TreeSet<>();
        for (Reported<Measurement> r : list) {
            ids.add(r.reportId());
        }
        return List.copyOf(ids);
    }

    //-----------------------------------------------------------------------
    private BigDecimal baseline(Indicator indicator) {
        if (indicator.baseline() != null && indicator.baseline().value() != null
                && indicator.baseline().value().numeric() != null) {
            return indicator.baseline().value().numeric();
        }
        switch (policy.missingBaseline()) {
            case ZERO:
                return BigDecimal.ZERO;
            case FIRST_MEASUREMENT:
                for (Reported<Measurement> r : totals(indicator).items) {
                    if (r.value().value().numeric() != null) {
                        return r.value().value().numeric();
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static Direction direction(Indicator indicator, Target t, BigDecimal baseline, BigDecimal target) {
        if (indicator.direction() != Direction.UNSPECIFIED) {
            return indicator.direction();
        }
        switch (t.comparator()) {
            case AT_LEAST:
            case INCREASE:
                return Direction.INCREASE;
            case AT_MOST:
            case DECREASE:
                return Direction.DECREASE;
            default:
                if (baseline != null && target != null && target.compareTo(baseline) != 0) {
                    return target.compareTo(baseline) > 0 ? Direction.INCREASE : Direction.DECREASE;
                }
                return Direction.MAINTAIN;
        }
    }

    private Boolean met(Target t, BigDecimal a, BigDecimal baseline, BigDecimal target) {
        switch (t.comparator()) {
            case INCREASE:
                return baseline == null ? null : a.compareTo(baseline) > 0;
            case DECREASE:
                return baseline == null ? null : a.compareTo(baseline) < 0;
            case AT_LEAST:
                return target == null ? null : a.compareTo(target) >= 0;
            case AT_MOST:
                return target == null ? null : a.compareTo(target) <= 0;
            default:
                return target == null ? null : within(a, target);
        }
    }

    private boolean within(BigDecimal a, BigDecimal target) {
        return a.subtract(target).abs().compareTo(target.abs().multiply(policy.maintainTolerance())) <= 0;
    }

    //-----------------------------------------------------------------------
    /** A straight line from a start value on a start date to the target at the target's end. */
    private record Trajectory(BigDecimal startValue, LocalDate startDate) {
        BigDecimal at(LocalDate date, LocalDate targetDate, BigDecimal target) {
            long total = ChronoUnit.DAYS.between(startDate, targetDate);
            long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(startDate, date)));
            if (total <= 0) {
                return target;
            }
            return startValue.add(target.subtract(startValue).multiply(BigDecimal.valueOf(elapsed))
                    .divide(BigDecimal.valueOf(total), W, java.math.RoundingMode.HALF_EVEN));
        }
    }

    private Trajectory trajectory(Indicator indicator, int index, boolean sum, BigDecimal baseline) {
        Target t = indicator.targets().get(index);
        if (sum) {
            return new Trajectory(BigDecimal.ZERO, t.period().start().minusDays(1));
        }
        for (int i = index - 1; i >= 0; i--) {
            Target prev = indicator.targets().get(i);
            if (prev.value() != null && prev.value().numeric() != null && prev.period().end().isBefore(t.period().end())) {
                return new Trajectory(prev.value().numeric(), prev.period().end());
            }
        }
        if (baseline == null) {
            return null;
        }
        LocalDate from = indicator.baseline() != null && indicator.baseline().period() != null
                ? indicator.baseline().period().end() : planStart.minusDays(1);
        return new Trajectory(baseline, from);
    }

    private BigDecimal attainment(Trajectory tr, BigDecimal expected, BigDecimal a, BigDecimal target, Direction direction,
            boolean runningSum) {
        if (runningSum) {
            if (direction == Direction.DECREASE) {
                return a.compareTo(expected) <= 0 ? BigDecimal.ONE : Fractions.divide(expected, a, W);
            }
            return expected.signum() == 0 ? BigDecimal.ONE : Fractions.divide(a, expected, W);
        }
        BigDecimal s = tr.startValue();
        int cmp = target.compareTo(s);
        if (cmp == 0 || direction == Direction.MAINTAIN) {
            return within(a, expected) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (expected.compareTo(s) == 0) {
            return (cmp > 0 ? a.compareTo(s) >= 0 : a.compareTo(s) <= 0) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return cmp > 0 ? Fractions.divide(a.subtract(s), expected.subtract(s), W)
                : Fractions.divide(s.subtract(a), s.subtract(expected), W);
    }
}

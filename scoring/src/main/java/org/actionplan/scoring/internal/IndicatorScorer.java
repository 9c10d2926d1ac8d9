package org.actionplan.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
 * <p>
 * Everything about an indicator that does not depend on the assessed period (its measurements in force as
 * arrays of epoch days, value kinds and numbers; its baseline; per target the window, direction and trajectory)
 * is read once, in a {@link Prepared}, so that assessing it for many periods only filters and adds.
 */
public final class IndicatorScorer {

    private static final int W = Fractions.WORK_SCALE;

    /** Kinds of measured values, as they combine. */
    private static final byte TEXT = 0;
    private static final byte RATIO = 1;
    private static final byte NUMBER = 2;
    private static final byte LEVEL = 3;
    private static final byte OTHER = 4;

    private final ScoringPolicy policy;
    private final MonitoringHistory history;
    private final LocalDate planStart;
    private final long planStartDay;
    private final int scale;
    private final BigDecimal roundedZero;
    private final BigDecimal roundedOne;
    private final Map<String, Totals> totals = new HashMap<>();
    /** The first and last epoch days of the measured periods seen, by identity (reports share them). */
    private final Map<CalendarPeriod, long[]> periodDays = new IdentityHashMap<>();
    /** Scratch space for the indexes of the measurements in a window. */
    private int[] window = new int[8];
    private int[] chosen = new int[8];
    private String[] ids = new String[8];

    private Indicator lastIndicator;
    private Prepared lastPrepared;

    /** An indicator's total measurements in force, in period order, read once per indicator id. */
    private static final class Totals {
        final List<Reported<Measurement>> items = new ArrayList<>();
        long[] start;
        long[] end;
        byte[] kind;
        /** The numeric values; a ratio's is computed when first asked for ({@link #numeric(int)}). */
        BigDecimal[] numeric;
        /** Rank in latest order; equal ranks for items the order does not separate. */
        int[] latestRank;
        /** Item indexes ordered longest first, ties in period order. */
        int[] longestFirst;
        boolean ratios;

        BigDecimal numeric(int i) {
            if (numeric[i] == null && kind[i] == RATIO) {
                numeric[i] = items.get(i).value().value().numeric();
            }
            return numeric[i];
        }
    }

    /**
     * An indicator read once for assessing it in any number of periods with the same scorer.
     * Not thread-safe: it is filled in lazily.
     */
    public static final class Prepared {
        final Indicator indicator;
        final Totals totals;
        final long[] targetEnds;
        final BigDecimal baseline;
        final BigDecimal roundedBaseline;
        final TargetFacts[] targets;

        Prepared(Indicator indicator, Totals totals, BigDecimal baseline, int scale) {
            this.indicator = indicator;
            this.totals = totals;
            this.baseline = baseline;
            this.roundedBaseline = Fractions.round(baseline, scale);
            List<Target> list = indicator.targets();
            this.targetEnds = new long[list.size()];
            for (int i = 0; i < targetEnds.length; i++) {
                targetEnds[i] = list.get(i).period().end().toEpochDay();
            }
            this.targets = new TargetFacts[list.size()];
        }
    }

    /** What is known of one target before any period is assessed. */
    private static final class TargetFacts {
        Target target;
        boolean qualitative;
        boolean cumulative;
        boolean sum;
        long start;
        long end;
        BigDecimal value;
        Direction direction;
        boolean trajectoryRead;
        Trajectory trajectory;
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
        this.planStartDay = planStart.toEpochDay();
        this.scale = policy.scale();
        this.roundedZero = Fractions.round(BigDecimal.ZERO, scale);
        this.roundedOne = Fractions.round(BigDecimal.ONE, scale);
    }

    private Totals totals(String id) {
        Totals cached = totals.get(id);
        if (cached != null) {
            return cached;
        }
        Totals t = new Totals();
        List<Reported<Measurement>> items = t.items;
        for (Reported<Measurement> r : history.measurements(id)) {
            if (r.value().isTotal()) {
                t.items.add(r);
            }
            t.ratios |= r.value().value() instanceof IndicatorValue.RatioValue;
        }
        int n = t.items.size();
        long[] start = new long[n];
        long[] end = new long[n];
        t.start = start;
        t.end = end;
        t.kind = new byte[n];
        t.numeric = new BigDecimal[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Measurement m = t.items.get(i).value();
            long[] days = periodDays.computeIfAbsent(m.period(),
                    period -> new long[] {period.start().toEpochDay(), period.end().toEpochDay()});
            start[i] = days[0];
            end[i] = days[1];
            IndicatorValue v = m.value();
            t.kind[i] = v instanceof IndicatorValue.TextValue ? TEXT : v instanceof IndicatorValue.RatioValue ? RATIO
                    : v instanceof IndicatorValue.NumberValue ? NUMBER
                    : v instanceof IndicatorValue.PercentValue || v instanceof IndicatorValue.FlagValue ? LEVEL : OTHER;
            t.numeric[i] = v instanceof IndicatorValue.RatioValue ? null : v.numeric();
            order[i] = i;
        }
        // stable sorts: equal items keep period order, as the sorts of the window's items did. Latest: by the
        // measured period's end, then the report's as-of date, then its id; longest first: by start, then by
        // end descending (epoch days instead of the dates).
        Comparator<Integer> latest = (a, b) -> {
            int c = Long.compare(end[a], end[b]);
            if (c == 0) {
                c = items.get(a).asOf().compareTo(items.get(b).asOf());
            }
            return c != 0 ? c : items.get(a).reportId().compareTo(items.get(b).reportId());
        };
        Arrays.sort(order, latest);
        t.latestRank = new int[n];
        for (int i = 1; i < n; i++) {
            boolean tie = latest.compare(order[i], order[i - 1]) == 0;
            t.latestRank[order[i]] = t.latestRank[order[i - 1]] + (tie ? 0 : 1);
        }
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> start[a] != start[b] ? Long.compare(start[a], start[b]) : Long.compare(end[b], end[a]));
        t.longestFirst = new int[n];
        for (int i = 0; i < n; i++) {
            t.longestFirst[i] = order[i];
        }
        totals.put(id, t);
        return t;
    }

    /**
     * Reads an indicator once: its measurements in force, its baseline and what its targets say.
     *
     * @param indicator  the indicator, not null
     * @return the prepared indicator, for this scorer only, never null
     */
    public Prepared prepare(Indicator indicator) {
        if (indicator == lastIndicator) {
            return lastPrepared;
        }
        Totals t = totals(indicator.id());
        lastIndicator = indicator;
        lastPrepared = new Prepared(indicator, t, baseline(indicator, t), scale);
        return lastPrepared;
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
        return assess(prepare(indicator), ownerId, period.start().toEpochDay(), period.end().toEpochDay());
    }

    /**
     * Assesses the targets of a prepared indicator due within a period given by its first and last epoch days
     * (final, at the target's end) and the next target after it (interim, at the period's end).
     *
     * @param prepared  the indicator, prepared by this scorer, not null
     * @param ownerId  the owning section or activity id, not null
     * @param start  the period's first day, as an epoch day
     * @param end  the period's last day, as an epoch day
     * @return the assessments in target order, never null
     */
    public List<TargetAssessment> assess(Prepared prepared, String ownerId, long start, long end) {
        long[] ends = prepared.targetEnds;
        List<TargetAssessment> out = null;
        for (int i = 0; i < ends.length; i++) {
            TargetAssessment a;
            boolean last = false;
            if (ends[i] >= start && ends[i] <= end) {
                a = assess(prepared, ownerId, i, ends[i], true);
            } else if (ends[i] > end) {
                a = assess(prepared, ownerId, i, end, false);
                last = true;
            } else {
                continue;
            }
            if (last && out == null) {
                return List.of(a);
            }
            out = out == null ? new ArrayList<>(2) : out;
            out.add(a);
            if (last) {
                break;
            }
        }
        return out == null ? List.of() : out;
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
        return assess(prepare(indicator), ownerId, index, date.toEpochDay(), due);
    }

    private TargetFacts target(Prepared p, int index) {
        TargetFacts f = p.targets[index];
        if (f != null) {
            return f;
        }
        Indicator indicator = p.indicator;
        Target t = indicator.targets().get(index);
        f = new TargetFacts();
        f.target = t;
        f.qualitative = indicator.type() == IndicatorType.QUALITATIVE || t.value() instanceof IndicatorValue.TextValue;
        f.cumulative = indicator.cumulative() != null ? indicator.cumulative() : policy.unknownCumulativeAsCumulative();
        f.sum = !f.cumulative && isFlowIndicator(indicator, p.totals);
        f.start = t.period().start().toEpochDay();
        f.end = t.period().end().toEpochDay();
        f.value = t.value() == null ? null : t.value().numeric();
        f.direction = direction(indicator, t, p.baseline, f.value);
        p.targets[index] = f;
        return f;
    }

    private TargetAssessment assess(Prepared p, String ownerId, int index, long date, boolean due) {
        TargetFacts f = target(p, index);
        Target t = f.target;
        if (f.qualitative) {
            return noData(p, ownerId, t, due, null, List.of(), "qualitative target: not scored");
        }
        boolean sum = f.sum;
        long windowStart = sum || due && !f.cumulative ? f.start : planStartDay;
        if (sum && f.start > date) {
            return noData(p, ownerId, t, false, null, List.of(), "target period has not started");
        }
        Actual actual = actual(p.totals, windowStart, date, sum);
        BigDecimal baseline = p.baseline;
        if (actual.value == null) {
            return noData(p, ownerId, t, due, p.roundedBaseline, actual.reports, actual.note);
        }
        BigDecimal a = actual.value;
        BigDecimal target = f.value;
        Direction direction = f.direction;
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
            Trajectory trajectory = trajectory(p, f, index);
            if (trajectory == null || target == null) {
                expected = null;
                rating = Rating.NO_DATA;
                note = join(note, "no start point for a trajectory");
            } else {
                expected = trajectory.at(date, f.end, target);
                BigDecimal attainment = attainment(trajectory, expected, a, target, direction, sum);
                rating = rate(attainment);
            }
        }
        BigDecimal roundedProgress = Fractions.round(progress, scale);
        return new TargetAssessment(p.indicator.id(), ownerId, t, due, p.roundedBaseline,
                actual.exact ? a : Fractions.round(a, scale), Fractions.round(expected, scale),
                roundedProgress, roundedScore(score, progress, roundedProgress), met, rating, actual.reports, note);
    }

    /** The score rounded to the scale, reusing the rounded progress or constants where they are the same value. */
    private BigDecimal roundedScore(BigDecimal score, BigDecimal progress, BigDecimal roundedProgress) {
        if (score == null) {
            return null;
        }
        if (score == progress) {
            return roundedProgress;
        }
        if (score == BigDecimal.ONE) {
            return roundedOne;
        }
        return score == BigDecimal.ZERO ? roundedZero : Fractions.round(score, scale);
    }

    private TargetAssessment noData(Prepared p, String ownerId, Target t, boolean due, BigDecimal roundedBaseline,
            List<String> reports, String note) {
        return new TargetAssessment(p.indicator.id(), ownerId, t, due, roundedBaseline, null,
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
    private boolean isFlowIndicator(Indicator indicator, Totals t) {
        return indicator.type() == IndicatorType.NUMBER && policy.numberRollup() == ScoringPolicy.NumberRollup.SUM
                || indicator.type() == IndicatorType.PERCENTAGE && t.ratios;
    }

    //-----------------------------------------------------------------------
    /** The combined actual value. */
    private record Actual(BigDecimal value, boolean exact, List<String> reports, String note) {
    }

    private Actual actual(Totals all, long from, long to, boolean sum) {
        int n = 0;
        for (int i = 0; i < all.start.length; i++) {
            if (all.start[i] >= from && all.end[i] <= to) {
                if (n == window.length) {
                    window = Arrays.copyOf(window, 2 * n);
                }
                window[n++] = i;
            }
        }
        if (n == 0) {
            return new Actual(null, true, List.of(), "no measurement");
        }
        boolean ratios = false;
        boolean numbers = false;
        boolean levels = false;
        for (int j = 0; j < n; j++) {
            byte k = all.kind[window[j]];
            if (k == TEXT) {
                return new Actual(null, true, reportIds(all, window, n), "qualitative measurement: not scored");
            }
            ratios |= k == RATIO;
            numbers |= k == NUMBER;
            levels |= k == LEVEL;
        }
        if ((ratios ? 1 : 0) + (numbers ? 1 : 0) + (levels ? 1 : 0) > 1) {
            return new Actual(null, true, reportIds(all, window, n), "measurements mix value types: not combined");
        }
        if (!sum || levels) {
            int latest = window[0];
            for (int j = 1; j < n; j++) {
                if (all.latestRank[window[j]] > all.latestRank[latest]) {
                    latest = window[j];
                }
            }
            BigDecimal value = all.numeric(latest);
            return new Actual(value, all.kind[latest] != RATIO, List.of(all.items.get(latest).reportId()),
                    value == null ? "zero denominator" : null);
        }
        int count = nonOverlapping(all, from, to, n);
        String note = count < n ? (n - count) + " overlapping measurement(s) not added" : null;
        if (ratios) {
            BigDecimal num = BigDecimal.ZERO;
            BigDecimal den = BigDecimal.ZERO;
            for (int j = 0; j < count; j++) {
                IndicatorValue.RatioValue v = (IndicatorValue.RatioValue) all.items.get(chosen[j]).value().value();
                num = num.add(v.numerator());
                den = den.add(v.denominator());
            }
            BigDecimal pct = Fractions.percent(num, den);
            return new Actual(pct, false, reportIds(all, chosen, count), pct == null ? join(note, "zero denominator") : note);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int j = 0; j < count; j++) {
            total = total.add(all.numeric[chosen[j]]);
        }
        return new Actual(total, true, reportIds(all, chosen, count), note);
    }

    /**
     * Picks the measurements in the window that do not overlap: by start, the longest first, into
     * {@link #chosen}.
     *
     * @return how many were chosen
     */
    private int nonOverlapping(Totals all, long from, long to, int n) {
        if (chosen.length < n) {
            chosen = new int[Math.max(n, 2 * chosen.length)];
        }
        if (n == 1) {
            chosen[0] = window[0];
            return 1;
        }
        int count = 0;
        long lastEnd = 0;
        for (int i : all.longestFirst) {
            if (all.start[i] >= from && all.end[i] <= to && (count == 0 || all.start[i] > lastEnd)) {
                chosen[count++] = i;
                lastEnd = all.end[i];
            }
        }
        return count;
    }

    /** The distinct report ids of the first {@code n} indexed measurements, sorted. */
    private List<String> reportIds(Totals all, int[] indexes, int n) {
        if (n == 1) {
            return List.of(all.items.get(indexes[0]).reportId());
        }
        if (ids.length < n) {
            ids = new String[n];
        }
        for (int j = 0; j < n; j++) {
            ids[j] = all.items.get(indexes[j]).reportId();
        }
        Arrays.sort(ids, 0, n);
        int distinct = 1;
        for (int j = 1; j < n; j++) {
            if (!ids[j].equals(ids[distinct - 1])) {
                ids[distinct++] = ids[j];
            }
        }
        return List.of(Arrays.copyOf(ids, distinct));
    }

    //-----------------------------------------------------------------------
    private BigDecimal baseline(Indicator indicator, Totals t) {
        if (indicator.baseline() != null && indicator.baseline().value() != null
                && indicator.baseline().value().numeric() != null) {
            return indicator.baseline().value().numeric();
        }
        switch (policy.missingBaseline()) {
            case ZERO:
                return BigDecimal.ZERO;
            case FIRST_MEASUREMENT:
                for (int i = 0; i < t.numeric.length; i++) {
                    if (t.numeric(i) != null) {
                        return t.numeric(i);
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
    /** A straight line from a start value on a start day (epoch day) to the target at the target's end. */
    private record Trajectory(BigDecimal startValue, long startDay) {
        BigDecimal at(long date, long targetDate, BigDecimal target) {
            long total = targetDate - startDay;
            long elapsed = Math.max(0, Math.min(total, date - startDay));
            if (total <= 0) {
                return target;
            }
            return startValue.add(target.subtract(startValue).multiply(BigDecimal.valueOf(elapsed))
                    .divide(BigDecimal.valueOf(total), W, java.math.RoundingMode.HALF_EVEN));
        }
    }

    private Trajectory trajectory(Prepared p, TargetFacts f, int index) {
        if (!f.trajectoryRead) {
            f.trajectory = trajectory(p.indicator, index, f.sum, p.baseline);
            f.trajectoryRead = true;
        }
        return f.trajectory;
    }

    private Trajectory trajectory(Indicator indicator, int index, boolean sum, BigDecimal baseline) {
        Target t = indicator.targets().get(index);
        if (sum) {
            return new Trajectory(BigDecimal.ZERO, t.period().start().minusDays(1).toEpochDay());
        }
        for (int i = index - 1; i >= 0; i--) {
            Target prev = indicator.targets().get(i);
            if (prev.value() != null && prev.value().numeric() != null && prev.period().end().isBefore(t.period().end())) {
                return new Trajectory(prev.value().numeric(), prev.period().end().toEpochDay());
            }
        }
        if (baseline == null) {
            return null;
        }
        LocalDate from = indicator.baseline() != null && indicator.baseline().period() != null
                ? indicator.baseline().period().end() : planStart.minusDays(1);
        return new Trajectory(baseline, from.toEpochDay());
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

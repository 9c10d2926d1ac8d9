package org.actionplan.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.actionplan.core.Checks;
import org.actionplan.core.monitoring.ActivityStatus;

/**
 * The choices a scoring makes where the methodology leaves room, with documented defaults
 * ({@code docs/scoring.md}).
 * <p>
 * Obtain the defaults with {@link #defaults()} and change them with {@link #toBuilder()}.
 * This class is immutable and thread-safe.
 *
 * @param scale  the decimal places of every rate and score (default 6, rounded {@code HALF_EVEN}), 1 to 20
 * @param ongoingCounted  whether ongoing activities enter the implementation rate (default true: on schedule
 *        counts as achieved)
 * @param cancelled  how cancelled activities count (default {@link CancelledRule#NOT_ACHIEVED})
 * @param missingStatus  how activities without a status update count (default {@link MissingStatusRule#EXCLUDED})
 * @param weighting  how roll-ups weight children (default {@link Weighting#EQUAL})
 * @param defaultWeight  the weight of a node without an explicit weight under {@link Weighting#EXPLICIT}
 *        (default 1), not negative
 * @param noDataAsZero  whether a node with no data counts as 0 in its parent (default false: it is left out)
 * @param statusScores  the score of each status for roll-ups, 0 to 1; a stated percentage complete replaces
 *        it for in-progress and partially completed activities; every status must be present
 * @param onTrackThreshold  the least attainment of the trajectory rated on track (default 0.85: within 15%)
 * @param atRiskThreshold  the least attainment rated at risk (default 0.60); below is off track
 * @param maintainTolerance  the relative distance from the target within which a "maintain" or "exactly"
 *        target is met (default 0.05)
 * @param missingBaseline  what replaces a missing baseline (default {@link MissingBaselineRule#NO_DATA})
 * @param unknownCumulativeAsCumulative  how to read an indicator whose cumulativeness the plan does not
 *        state (default false: targets are for their own period)
 * @param numberRollup  how counts measured for several periods combine (default {@link NumberRollup#SUM})
 */
public record ScoringPolicy(int scale, boolean ongoingCounted, CancelledRule cancelled, MissingStatusRule missingStatus,
        Weighting weighting, BigDecimal defaultWeight, boolean noDataAsZero, Map<ActivityStatus, BigDecimal> statusScores,
        BigDecimal onTrackThreshold, BigDecimal atRiskThreshold, BigDecimal maintainTolerance,
        MissingBaselineRule missingBaseline, boolean unknownCumulativeAsCumulative, NumberRollup numberRollup) {

    /** How cancelled activities count in the implementation rate and roll-ups. */
    public enum CancelledRule {
        /** In the denominator, never achieved, score 0 (the plan in force at the start still listed them). */
        NOT_ACHIEVED,
        /** Left out of the rate and the roll-ups, and counted separately. */
        EXCLUDED
    }

    /** How activities due but without any status update count. */
    public enum MissingStatusRule {
        /** Left out of the rate (and no data in roll-ups), and counted separately as unreported. */
        EXCLUDED,
        /** In the denominator as not achieved, score 0. */
        NOT_ACHIEVED
    }

    /** How a roll-up weights the children of a node. */
    public enum Weighting {
        /** Every child with data weighs the same. */
        EQUAL,
        /** A child weighs its planned cost over all years; a child without a quantified cost weighs 0. */
        COST_WEIGHTED,
        /** A child weighs its {@code weight} from the plan, or the default weight if it has none. */
        EXPLICIT
    }

    /** What replaces a missing indicator baseline when computing progress. */
    public enum MissingBaselineRule {
        /** No progress and no trajectory: only "met or not" is assessed. */
        NO_DATA,
        /** The baseline is 0. */
        ZERO,
        /** The earliest measurement in force (total, any period) is the baseline. */
        FIRST_MEASUREMENT
    }

    /** How numeric measurements of several periods combine into one actual value. */
    public enum NumberRollup {
        /** Counts of events: sum over non-overlapping periods (ratios always sum numerators and denominators). */
        SUM,
        /** Levels: the latest value. */
        LATEST
    }

    /**
     * Creates a policy.
     *
     * @throws IllegalArgumentException if a value is out of range or a status has no score
     */
    public ScoringPolicy {
        if (scale < 1 || scale > 20) {
            throw new IllegalArgumentException("scale must be 1 to 20: " + scale);
        }
        Checks.notNull(cancelled, "cancelled");
        Checks.notNull(missingStatus, "missingStatus");
        Checks.notNull(weighting, "weighting");
        defaultWeight = Checks.nonNegative(Checks.notNull(defaultWeight, "defaultWeight"), "defaultWeight");
        Checks.notNull(statusScores, "statusScores");
        EnumMap<ActivityStatus, BigDecimal> scores = new EnumMap<>(ActivityStatus.class);
        for (ActivityStatus s : ActivityStatus.values()) {
            BigDecimal v = statusScores.get(s);
            if (v == null) {
                throw new IllegalArgumentException("statusScores has no score for " + s);
            }
            scores.put(s, unit(v, "statusScores[" + s + "]"));
        }
        statusScores = java.util.Collections.unmodifiableMap(scores);
        onTrackThreshold = unit(onTrackThreshold, "onTrackThreshold");
        atRiskThreshold = unit(atRiskThreshold, "atRiskThreshold");
        if (atRiskThreshold.compareTo(onTrackThreshold) > 0) {
            throw new IllegalArgumentException("atRiskThreshold must not be above onTrackThreshold: "
                    + atRiskThreshold.toPlainString() + " > " + onTrackThreshold.toPlainString());
        }
        maintainTolerance = unit(maintainTolerance, "maintainTolerance");
        Checks.notNull(missingBaseline, "missingBaseline");
        Checks.notNull(numberRollup, "numberRollup");
    }

    private static BigDecimal unit(BigDecimal value, String name) {
        Checks.notNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be 0 to 1: " + value.toPlainString());
        }
        return Checks.decimal(value);
    }

    /**
     * Returns the default policy.
     *
     * @return the defaults, never null
     */
    public static ScoringPolicy defaults() {
        return new Builder().build();
    }

    /**
     * Returns a builder holding this policy's values.
     *
     * @return the builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.scale = scale;
        b.ongoingCounted = ongoingCounted;
        b.cancelled = cancelled;
        b.missingStatus = missingStatus;
        b.weighting = weighting;
        b.defaultWeight = defaultWeight;
        b.noDataAsZero = noDataAsZero;
        b.statusScores.putAll(statusScores);
        b.onTrackThreshold = onTrackThreshold;
        b.atRiskThreshold = atRiskThreshold;
        b.maintainTolerance = maintainTolerance;
        b.missingBaseline = missingBaseline;
        b.unknownCumulativeAsCumulative = unknownCumulativeAsCumulative;
        b.numberRollup = numberRollup;
        return b;
    }

    /**
     * A mutable builder of {@link ScoringPolicy}, starting from the defaults. Not thread-safe.
     */
    public static final class Builder {
        private int scale = 6;
        private boolean ongoingCounted = true;
        private CancelledRule cancelled = CancelledRule.NOT_ACHIEVED;
        private MissingStatusRule missingStatus = MissingStatusRule.EXCLUDED;
        private Weighting weighting = Weighting.EQUAL;
        private BigDecimal defaultWeight = BigDecimal.ONE;
        private boolean noDataAsZero;
        private final Map<ActivityStatus, BigDecimal> statusScores = new EnumMap<>(Map.of(
                ActivityStatus.NOT_STARTED, BigDecimal.ZERO,
                ActivityStatus.IN_PROGRESS_DELAYED, new BigDecimal("0.25"),
                ActivityStatus.IN_PROGRESS_ON_SCHEDULE, new BigDecimal("0.5"),
                ActivityStatus.PARTIALLY_COMPLETED, new BigDecimal("0.5"),
                ActivityStatus.COMPLETED, BigDecimal.ONE,
                ActivityStatus.CANCELLED, BigDecimal.ZERO,
                ActivityStatus.POSTPONED, BigDecimal.ZERO));
        private BigDecimal onTrackThreshold = new BigDecimal("0.85");
        private BigDecimal atRiskThreshold = new BigDecimal("0.6");
        private BigDecimal maintainTolerance = new BigDecimal("0.05");
        private MissingBaselineRule missingBaseline = MissingBaselineRule.NO_DATA;
        private boolean unknownCumulativeAsCumulative;
        private NumberRollup numberRollup = NumberRollup.SUM;

        private Builder() {
        }

        /**
         * Sets the scale of rates and scores.
         *
         * @param scale  the decimal places, 1 to 20
         * @return this builder
         */
        public Builder scale(int scale) {
            this.scale = scale;
            return this;
        }

        /**
         * Sets whether ongoing activities enter the implementation rate.
         *
         * @param counted  true to count them
         * @return this builder
         */
        public Builder ongoingCounted(boolean counted) {
            this.ongoingCounted = counted;
            return this;
        }

        /**
         * Sets how cancelled activities count.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder cancelled(CancelledRule rule) {
            this.cancelled = rule;
            return this;
        }

        /**
         * Sets how activities without a status update count.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder missingStatus(MissingStatusRule rule) {
            this.missingStatus = rule;
            return this;
        }

        /**
         * Sets the roll-up weighting.
         *
         * @param weighting  the weighting, not null
         * @return this builder
         */
        public Builder weighting(Weighting weighting) {
            this.weighting = weighting;
            return this;
        }

        /**
         * Sets the weight of nodes without an explicit weight.
         *
         * @param weight  the weight, not negative
         * @return this builder
         */
        public Builder defaultWeight(BigDecimal weight) {
            this.defaultWeight = weight;
            return this;
        }

        /**
         * Sets whether a node with no data counts as 0.
         *
         * @param zero  true to count it as 0
         * @return this builder
         */
        public Builder noDataAsZero(boolean zero) {
            this.noDataAsZero = zero;
            return this;
        }

        /**
         * Sets the roll-up score of a status.
         *
         * @param status  the status, not null
         * @param score  the score, 0 to 1
         * @return this builder
         */
        public Builder statusScore(ActivityStatus status, BigDecimal score) {
            statusScores.put(Checks.notNull(status, "status"), score);
            return this;
        }

        /**
         * Sets the rating thresholds.
         *
         * @param onTrack  the least attainment on track, 0 to 1
         * @param atRisk  the least attainment at risk, 0 to onTrack
         * @return this builder
         */
        public Builder thresholds(BigDecimal onTrack, BigDecimal atRisk) {
            this.onTrackThreshold = onTrack;
            this.atRiskThreshold = atRisk;
            return this;
        }

        /**
         * Sets the tolerance of "maintain" and "exactly" targets.
         *
         * @param tolerance  the relative tolerance, 0 to 1
         * @return this builder
         */
        public Builder maintainTolerance(BigDecimal tolerance) {
            this.maintainTolerance = tolerance;
            return this;
        }

        /**
         * Sets what replaces a missing baseline.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder missingBaseline(MissingBaselineRule rule) {
            this.missingBaseline = rule;
            return this;
        }

        /**
         * Sets how indicators of unknown cumulativeness are read.
         *
         * @param cumulative  true to read them as cumulative
         * @return this builder
         */
        public Builder unknownCumulativeAsCumulative(boolean cumulative) {
            this.unknownCumulativeAsCumulative = cumulative;
            return this;
        }

        /**
         * Sets how counts of several periods combine.
         *
         * @param rollup  the rule, not null
         * @return this builder
         */
        public Builder numberRollup(NumberRollup rollup) {
            this.numberRollup = rollup;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, never null
         * @throws IllegalArgumentException if a value is out of range
         */
        public ScoringPolicy build() {
            return new ScoringPolicy(scale, ongoingCounted, cancelled, missingStatus, weighting, defaultWeight,
                    noDataAsZero, statusScores, onTrackThreshold, atRiskThreshold, maintainTolerance, missingBaseline,
                    unknownCumulativeAsCumulative, numberRollup);
        }
    }
}

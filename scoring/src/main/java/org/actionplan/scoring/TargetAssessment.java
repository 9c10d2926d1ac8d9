package org.actionplan.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.actionplan.core.Checks;
import org.actionplan.core.indicator.Target;

/**
 * One indicator target assessed at a date: the actual value, the expected value on the trajectory,
 * progress, whether it is met, and the rating. This class is immutable and thread-safe.
 *
 * @param indicatorId  the indicator id, not null
 * @param ownerId  the id of the section or activity the indicator belongs to, not null
 * @param target  the target assessed, not null
 * @param due  whether the target falls due within the assessed period (final) rather than later (interim)
 * @param baseline  the baseline used, null if none (see the missing-baseline rule)
 * @param actual  the actual value combined from the measurements, null if none
 * @param expected  the value expected on the trajectory at the date, null if no trajectory
 * @param progress  direction-aware progress from baseline to target, unclamped (may be below 0 or above 1);
 *        null without baseline or numeric target
 * @param score  progress clamped to 0 to 1, or 1 or 0 for a met or unmet target without progress; null if no data
 * @param met  whether the target's comparator is satisfied, null if no data
 * @param rating  the rating, never null
 * @param reportIds  the reports whose measurements were used, sorted, may be empty
 * @param note  why data is missing or how it was read, may be null
 */
public record TargetAssessment(String indicatorId, String ownerId, Target target, boolean due, BigDecimal baseline,
        BigDecimal actual, BigDecimal expected, BigDecimal progress, BigDecimal score, Boolean met, Rating rating,
        List<String> reportIds, String note) {

    /**
     * Creates an assessment.
     *
     * @throws NullPointerException if a required value is null
     */
    public TargetAssessment {
        Checks.notNull(indicatorId, "indicatorId");
        Checks.notNull(ownerId, "ownerId");
        Checks.notNull(target, "target");
        Checks.notNull(rating, "rating");
        reportIds = Checks.list(reportIds, "reportIds");
    }
}

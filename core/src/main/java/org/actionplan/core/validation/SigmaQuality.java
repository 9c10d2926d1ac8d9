package org.actionplan.core.validation;

import java.util.List;

import org.actionplan.core.Checks;

/**
 * The SIGMA (OECD) quality score of an operational action plan: one point for each criterion met, 0 to 5.
 * <p>
 * The criteria, in this order: every activity has a responsible (lead) institution ({@code responsible});
 * every activity has a readable deadline or timeframe ({@code deadline}); every activity has a financing source
 * ({@code financing}); indicators exist at objective and activity level ({@code indicators}); the plan is
 * published ({@code published}). "Activity" means a leaf activity (one without sub-activities). A criterion over
 * activities is met only if the plan has at least one activity and all of them satisfy it.
 * This class is immutable and thread-safe.
 *
 * @param score  the number of criteria met, 0 to 5
 * @param criteria  the criteria in the order above, not null
 */
public record SigmaQuality(int score, List<Criterion> criteria) {

    /**
     * Creates a score.
     *
     * @throws IllegalArgumentException if the score is not the number of criteria met
     */
    public SigmaQuality {
        criteria = Checks.list(criteria, "criteria");
        long met = criteria.stream().filter(Criterion::met).count();
        if (score != met) {
            throw new IllegalArgumentException("score " + score + " is not the number of criteria met: " + met);
        }
    }

    /**
     * One criterion: how many items satisfy it out of how many were checked.
     *
     * @param id  the criterion id ({@code responsible}, {@code deadline}, {@code financing}, {@code indicators},
     *            {@code published}), not blank
     * @param satisfied  the items that satisfy it
     * @param total  the items checked
     * @param met  whether the criterion earns its point
     */
    public record Criterion(String id, int satisfied, int total, boolean met) {

        /**
         * Creates a criterion result.
         *
         * @throws IllegalArgumentException if the id is blank or the counts are inconsistent
         */
        public Criterion {
            Checks.notBlank(id, "id");
            if (satisfied < 0 || satisfied > total) {
                throw new IllegalArgumentException("satisfied " + satisfied + " out of " + total);
            }
        }
    }
}

package org.actionplan.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.actionplan.core.Checks;

/**
 * A node of the weighted roll-up: the plan, a section or an activity, with its score and its weight among
 * its siblings. This class is immutable and thread-safe.
 *
 * @param id  the plan, section or activity id, not null
 * @param level  what the node is, not null
 * @param score  the score 0 to 1, null if no data
 * @param weight  the raw weight under the policy's weighting, null for the plan
 * @param share  the weight normalised over the siblings with data, null if the node has no data or is the plan
 * @param activities  activities in the roll-up under this node
 * @param activitiesWithData  those with a score
 * @param children  child nodes in plan order (sections, then activities), may be empty
 */
public record NodeScore(String id, Level level, BigDecimal score, BigDecimal weight, BigDecimal share, int activities,
        int activitiesWithData, List<NodeScore> children) {

    /** What a node is. */
    public enum Level {
        /** The whole plan. */
        PLAN,
        /** A section: goal, objective, measure. */
        SECTION,
        /** An activity. */
        ACTIVITY
    }

    /**
     * Creates a node.
     *
     * @throws NullPointerException if a required value is null
     */
    public NodeScore {
        Checks.notNull(id, "id");
        Checks.notNull(level, "level");
        children = Checks.list(children, "children");
    }
}

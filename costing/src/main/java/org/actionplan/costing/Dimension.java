package org.actionplan.costing;

import java.util.Objects;

/**
 * A dimension along which costs are grouped: a level of the plan's hierarchy, an institution, a budget
 * programme, a fiscal year, an economic category, a funding source kind, a donor or the activity itself.
 * <p>
 * Most dimensions <em>partition</em> the amounts: each cost or funding amount falls in exactly one group, so
 * the groups add up to their parent exactly ({@link #partitions()}). The year and category dimensions split an
 * activity's amounts by cell; {@link #responsibleInstitution(Allocation)} splits them by an allocation policy.
 * Three dimensions are <em>memberships</em> instead: {@link #INVOLVED_INSTITUTION}, {@link #SOURCE_KIND} and
 * {@link #DONOR} put an activity, with all its amounts, in the group of every institution, source kind or donor it
 * names, so groups overlap and their sum may exceed the parent. An activity that names none falls in a group
 * whose key is null ("not stated"), as does an activity with no amount on the year and category dimensions.
 * This class is immutable and thread-safe.
 *
 * @param kind  the kind of dimension, not null
 * @param level  for {@link Kind#LEVEL} the 1-based depth in the hierarchy (1 = goals or pillars), else 0
 * @param allocation  for {@link Kind#RESPONSIBLE_INSTITUTION} the allocation policy, else null
 */
public record Dimension(Kind kind, int level, Allocation allocation) {

    /** The kinds of dimension. */
    public enum Kind {
        /** The section at a depth of the hierarchy. */
        LEVEL,
        /** The lead institution (the first with the role LEAD). */
        LEAD_INSTITUTION,
        /** The responsible institutions (lead and co-responsible), cost allocated by a policy. */
        RESPONSIBLE_INSTITUTION,
        /** Every institution named, lead, co-responsible or supporting (membership). */
        INVOLVED_INSTITUTION,
        /** The budget programme. */
        BUDGET_PROGRAMME,
        /** The fiscal year. */
        YEAR,
        /** The economic category: current, capital, unspecified. */
        CATEGORY,
        /** Each funding source kind the activity names (membership). */
        SOURCE_KIND,
        /** Each donor the activity names (membership). */
        DONOR,
        /** The activity. */
        ACTIVITY
    }

    /** The top level of the hierarchy: goals or pillars. */
    public static final Dimension GOAL = level(1);
    /** The lead institution. */
    public static final Dimension LEAD_INSTITUTION = new Dimension(Kind.LEAD_INSTITUTION, 0, null);
    /** Every institution involved (membership: groups overlap). */
    public static final Dimension INVOLVED_INSTITUTION = new Dimension(Kind.INVOLVED_INSTITUTION, 0, null);
    /** The budget programme. */
    public static final Dimension BUDGET_PROGRAMME = new Dimension(Kind.BUDGET_PROGRAMME, 0, null);
    /** The fiscal year. */
    public static final Dimension YEAR = new Dimension(Kind.YEAR, 0, null);
    /** The economic category. */
    public static final Dimension CATEGORY = new Dimension(Kind.CATEGORY, 0, null);
    /** The funding source kinds named (membership: groups overlap). */
    public static final Dimension SOURCE_KIND = new Dimension(Kind.SOURCE_KIND, 0, null);
    /** The donors named (membership: groups overlap). */
    public static final Dimension DONOR = new Dimension(Kind.DONOR, 0, null);
    /** The activity. */
    public static final Dimension ACTIVITY = new Dimension(Kind.ACTIVITY, 0, null);

    /**
     * Creates a dimension.
     *
     * @throws IllegalArgumentException if the level or allocation does not fit the kind
     */
    public Dimension {
        Objects.requireNonNull(kind, "kind must not be null");
        if ((kind == Kind.LEVEL) != (level >= 1)) {
            throw new IllegalArgumentException("a level dimension needs a depth >= 1, other kinds 0; got " + kind + " " + level);
        }
        if ((kind == Kind.RESPONSIBLE_INSTITUTION) != (allocation != null)) {
            throw new IllegalArgumentException("only RESPONSIBLE_INSTITUTION takes an allocation policy; got " + kind);
        }
    }

    /**
     * Returns the dimension of a hierarchy level.
     *
     * @param depth  the 1-based depth (1 = goals, 2 = objectives, ...)
     * @return the dimension, never null
     * @throws IllegalArgumentException if the depth is below 1
     */
    public static Dimension level(int depth) {
        return new Dimension(Kind.LEVEL, depth, null);
    }

    /**
     * Returns the dimension of responsible institutions, each activity's amounts allocated among them.
     *
     * @param allocation  the allocation policy, not null
     * @return the dimension, never null
     */
    public static Dimension responsibleInstitution(Allocation allocation) {
        return new Dimension(Kind.RESPONSIBLE_INSTITUTION, 0, Objects.requireNonNull(allocation, "allocation must not be null"));
    }

    /**
     * Tells whether the groups of this dimension partition the amounts of their parent.
     *
     * @return false for the membership dimensions
     */
    public boolean partitions() {
        return kind != Kind.INVOLVED_INSTITUTION && kind != Kind.SOURCE_KIND && kind != Kind.DONOR;
    }

    @Override
    public String toString() {
        return kind == Kind.LEVEL ? "LEVEL " + level
                : kind == Kind.RESPONSIBLE_INSTITUTION ? "RESPONSIBLE_INSTITUTION " + allocation : kind.name();
    }
}

package org.actionplan.costing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.actionplan.core.Plan;
import org.actionplan.costing.internal.Aggregator;
import org.actionplan.costing.internal.Axis;
import org.actionplan.costing.internal.Columns;

/**
 * The costs of a plan in exact, compact form, ready to be rolled up: the entry point of the costing engine.
 * <p>
 * {@link #of(Plan)} reads every cost and funding amount of every activity (sub-activities included) once and
 * converts it to {@code long} minor units of its currency, exactly: an amount with more decimals than its currency
 * allows, a negative amount, or a plan whose total exceeds 64-bit minor units is rejected with an error naming the
 * activity. Roll-ups then add {@code long}s, and build {@code Money} only for the rows they return.
 * <p>
 * A year's cost is split into current and capital where the plan gives them; a year given only as a total counts
 * as {@link org.actionplan.core.money.EconomicCategory#UNSPECIFIED}. An activity without any cost amount is
 * <em>unquantified</em>: it adds nothing and is listed beside every total it belongs to.
 * <p>
 * Pure: the same plan gives the same tables; nothing is cached or mutated. This class is immutable and
 * thread-safe.
 */
public final class PlanCosts {

    private final Columns columns;

    private PlanCosts(Columns columns) {
        this.columns = columns;
    }

    /**
     * Prepares the costs of a plan.
     *
     * @param plan  the plan, not null
     * @return the prepared costs, never null
     * @throws IllegalArgumentException if an amount is negative or has more decimals than its currency allows
     * @throws ArithmeticException if the plan's total in a currency exceeds 64-bit minor units
     */
    public static PlanCosts of(Plan plan) {
        return new PlanCosts(Columns.of(Objects.requireNonNull(plan, "plan must not be null")));
    }

    /**
     * Returns the plan.
     *
     * @return the plan, never null
     */
    public Plan plan() {
        return columns.plan;
    }

    /**
     * Rolls the costs up the plan's own hierarchy: plan, goals, objectives, ..., activities, sub-activities.
     * Section rows add up exactly to the sum of their children; an activity row holds its own estimate plus its
     * sub-activities'.
     *
     * @return the table, never null
     */
    public CostTable tree() {
        return new CostTable(columns, List.of(), columns.currencies, Aggregator.hierarchy(columns), List.of(), null);
    }

    /**
     * Returns the roll-up of one section or activity, or of the whole plan.
     *
     * @param id  a section or activity id, or {@code "plan"} for the whole plan, not null
     * @return the row, empty if no section or activity has that id
     */
    public Optional<CostNode> node(String id) {
        CostTable tree = tree();
        return "plan".equals(id) ? Optional.of(tree.root()) : tree.find(id);
    }

    /**
     * Groups the costs by dimensions, outermost first: the table has one level per dimension.
     * Every cost and funding amount is added exactly once into each row it belongs to.
     *
     * @param dimensions  the dimensions, not null, may be empty (the root only)
     * @return the table, never null
     * @throws IllegalArgumentException if an explicit allocation names an institution the plan does not
     */
    public CostTable pivot(Dimension... dimensions) {
        return pivot(List.of(dimensions));
    }

    /**
     * Groups the costs by dimensions, outermost first.
     *
     * @param dimensions  the dimensions, not null
     * @return the table, never null
     * @throws IllegalArgumentException if an explicit allocation names an institution the plan does not
     */
    public CostTable pivot(List<Dimension> dimensions) {
        return pivot(dimensions, false);
    }

    CostTable pivot(List<Dimension> dimensions, boolean general) {
        List<Axis> axes = new ArrayList<>();
        for (Dimension d : dimensions) {
            axes.add(axis(d));
        }
        return new CostTable(columns, dimensions, columns.currencies, Aggregator.pivot(columns, axes, general),
                List.of(), null);
    }

    private static Axis axis(Dimension d) {
        switch (d.kind()) {
            case LEVEL:
                return new Axis(Axis.Kind.LEVEL, d.level() - 1, null, null, null);
            case LEAD_INSTITUTION:
                return new Axis(Axis.Kind.LEAD, 0, null, null, null);
            case RESPONSIBLE_INSTITUTION: {
                Allocation a = d.allocation();
                return new Axis(Axis.Kind.RESPONSIBLE, 0, split(a), a.shares(), a.fallback() == null ? null : split(a.fallback()));
            }
            case INVOLVED_INSTITUTION:
                return new Axis(Axis.Kind.INVOLVED, 0, null, null, null);
            case BUDGET_PROGRAMME:
                return new Axis(Axis.Kind.PROGRAMME, 0, null, null, null);
            case YEAR:
                return new Axis(Axis.Kind.YEAR, 0, null, null, null);
            case CATEGORY:
                return new Axis(Axis.Kind.CATEGORY, 0, null, null, null);
            case SOURCE_KIND:
                return new Axis(Axis.Kind.SOURCE, 0, null, null, null);
            case DONOR:
                return new Axis(Axis.Kind.DONOR, 0, null, null, null);
            default:
                return new Axis(Axis.Kind.ACTIVITY, 0, null, null, null);
        }
    }

    private static Axis.Split split(Allocation a) {
        switch (a.policy()) {
            case ALL_TO_LEAD:
                return Axis.Split.ALL_TO_LEAD;
            case EQUAL_SPLIT:
                return Axis.Split.EQUAL;
            default:
                return Axis.Split.EXPLICIT;
        }
    }
}

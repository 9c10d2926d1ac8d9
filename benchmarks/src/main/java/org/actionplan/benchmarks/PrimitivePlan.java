package org.actionplan.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;

/**
 * The primitive baseline: a plan's amounts copied into flat {@code long} arrays of minor units, and the
 * simplest possible loop that rolls them up per goal, year and category, with funding and gap.
 * <p>
 * This is what a hand-written program that knows nothing but the numbers would do; no engine can
 * beat it by much. Each activity owns {@link #slots()} consecutive cells (one per year slot times
 * category slot) in {@code cost} and {@code funding}. The extra year slot holds amounts without a year
 * (funding for the whole period); the category slots follow {@link EconomicCategory} plus one for
 * "not stated". Copying happens once, outside the timed loop.
 */
public final class PrimitivePlan {

    /** Category slots: the three {@link EconomicCategory} values, then "not stated". */
    public static final int CATEGORIES = EconomicCategory.values().length + 1;

    private final int firstYear;
    private final int yearSlots;
    private final int goals;
    private final int[] goalOf;
    private final boolean[] quantified;
    private final long[] cost;
    private final long[] funding;

    private PrimitivePlan(int firstYear, int yearSlots, int goals, int[] goalOf, boolean[] quantified, long[] cost,
            long[] funding) {
        this.firstYear = firstYear;
        this.yearSlots = yearSlots;
        this.goals = goals;
        this.goalOf = goalOf;
        this.quantified = quantified;
        this.cost = cost;
        this.funding = funding;
    }

    /**
     * Copies a plan's amounts into arrays. Every activity, sub-activities included, counts once, under the
     * goal it sits in; amounts are converted to minor units of the plan currency.
     *
     * @param plan  the plan, not null
     * @return the arrays, never null
     * @throws ArithmeticException if an amount has more decimals than the currency allows
     * @throws IllegalArgumentException if an estimate is in another currency or a year lies outside the plan
     */
    public static PrimitivePlan of(Plan plan) {
        int scale = Money.scaleOf(plan.currency());
        int yearSlots = plan.lastYear() - plan.firstYear() + 2;
        int slots = yearSlots * CATEGORIES;
        List<Activity> activities = new ArrayList<>();
        List<Integer> goalIndex = new ArrayList<>();
        for (int g = 0; g < plan.goals().size(); g++) {
            Section goal = plan.goals().get(g);
            int index = g;
            goal.forEachActivity(a -> {
                activities.add(a);
                goalIndex.add(index);
            });
        }
        int n = activities.size();
        int[] goalOf = new int[n];
        boolean[] quantified = new boolean[n];
        long[] cost = new long[n * slots];
        long[] funding = new long[n * slots];
        for (int i = 0; i < n; i++) {
            goalOf[i] = goalIndex.get(i);
            CostEstimate estimate = activities.get(i).cost();
            if (estimate == null) {
                continue;
            }
            if (!estimate.currency().equals(plan.currency())) {
                throw new IllegalArgumentException("activity " + activities.get(i).id() + " is costed in "
                        + estimate.currency() + ", the baseline handles only the plan currency " + plan.currency());
            }
            quantified[i] = estimate.isQuantified();
            int base = i * slots;
            for (Map.Entry<Integer, YearCost> e : estimate.years().entrySet()) {
                int y = yearSlot(plan, e.getKey(), activities.get(i));
                YearCost yc = e.getValue();
                if (yc.current() == null && yc.capital() == null) {
                    cost[base + y * CATEGORIES + CATEGORIES - 1] += minor(yc.total(), scale);
                } else {
                    cost[base + y * CATEGORIES + EconomicCategory.CURRENT.ordinal()] += minor(yc.current(), scale);
                    cost[base + y * CATEGORIES + EconomicCategory.CAPITAL.ordinal()] += minor(yc.capital(), scale);
                }
            }
            for (FundingLine line : estimate.funding()) {
                if (line.amount() == null) {
                    continue;
                }
                int y = line.year() == null ? yearSlots - 1 : yearSlot(plan, line.year(), activities.get(i));
                int c = line.category() == null ? CATEGORIES - 1 : line.category().ordinal();
                funding[base + y * CATEGORIES + c] += minor(line.amount(), scale);
            }
        }
        return new PrimitivePlan(plan.firstYear(), yearSlots, plan.goals().size(), goalOf, quantified, cost, funding);
    }

    private static int yearSlot(Plan plan, int year, Activity activity) {
        if (!plan.covers(year)) {
            throw new IllegalArgumentException("activity " + activity.id() + " has year " + year
                    + " outside the plan period " + plan.firstYear() + "-" + plan.lastYear());
        }
        return year - plan.firstYear();
    }

    private static long minor(BigDecimal amount, int scale) {
        return amount == null ? 0L : amount.movePointRight(scale).longValueExact();
    }

    /**
     * Returns the number of cells per activity and per goal: year slots times category slots.
     *
     * @return the number of slots
     */
    public int slots() {
        return yearSlots * CATEGORIES;
    }

    /**
     * Returns the number of activities.
     *
     * @return the number of activities
     */
    public int size() {
        return goalOf.length;
    }

    /**
     * Returns the first fiscal year (year slot 0).
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Rolls the amounts up per goal, year slot and category slot: cost, funding and gap (cost minus
     * funding), and counts the unquantified activities per goal. This is the timed loop.
     *
     * @return the totals, never null
     */
    public Totals rollUp() {
        int slots = slots();
        long[] c = new long[goals * slots];
        long[] f = new long[goals * slots];
        long[] gap = new long[goals * slots];
        int[] unquantified = new int[goals];
        int[] goalOf = this.goalOf;
        long[] cost = this.cost;
        long[] funding = this.funding;
        for (int i = 0; i < goalOf.length; i++) {
            int g = goalOf[i];
            if (!quantified[i]) {
                unquantified[g]++;
            }
            int from = i * slots;
            int to = g * slots;
            for (int s = 0; s < slots; s++) {
                c[to + s] += cost[from + s];
                f[to + s] += funding[from + s];
            }
        }
        for (int k = 0; k < gap.length; k++) {
            gap[k] = c[k] - f[k];
        }
        return new Totals(slots, c, f, gap, unquantified);
    }

    /**
     * The result of {@link #rollUp()}: per goal, {@code slots} cells of cost, funding and gap in minor units.
     *
     * @param slots  the cells per goal
     * @param cost  the cost per goal and slot
     * @param funding  the funding per goal and slot
     * @param gap  cost minus funding per goal and slot
     * @param unquantified  the number of unquantified activities per goal
     */
    public record Totals(int slots, long[] cost, long[] funding, long[] gap, int[] unquantified) {

        /**
         * Returns the cost of one goal over every slot.
         *
         * @param goal  the goal index
         * @return the cost in minor units
         */
        public long goalCost(int goal) {
            return sum(cost, goal * slots, slots);
        }

        /**
         * Returns the cost of one year slot over every goal and category.
         *
         * @param yearSlot  the year slot (0 for the first year)
         * @return the cost in minor units
         */
        public long yearCost(int yearSlot) {
            long total = 0;
            for (int g = 0; g < cost.length / slots; g++) {
                total += sum(cost, g * slots + yearSlot * CATEGORIES, CATEGORIES);
            }
            return total;
        }

        /**
         * Returns the total cost.
         *
         * @return the cost in minor units
         */
        public long totalCost() {
            return sum(cost, 0, cost.length);
        }

        /**
         * Returns the total funding.
         *
         * @return the funding in minor units
         */
        public long totalFunding() {
            return sum(funding, 0, funding.length);
        }

        /**
         * Returns the total gap.
         *
         * @return the gap in minor units
         */
        public long totalGap() {
            return sum(gap, 0, gap.length);
        }

        private static long sum(long[] values, int from, int count) {
            long total = 0;
            for (int k = 0; k < count; k++) {
                total += values[from + k];
            }
            return total;
        }
    }
}

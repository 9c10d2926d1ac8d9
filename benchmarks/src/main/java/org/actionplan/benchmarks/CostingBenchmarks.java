package org.actionplan.benchmarks;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.actionplan.core.Plan;
import org.actionplan.core.money.Money;
import org.actionplan.costing.AuditFinding;
import org.actionplan.costing.CostAudit;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.CostTable;
import org.actionplan.costing.Dimension;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The costing engine on generated plans of 10^3 to 10^6 activities.
 * <p>
 * Methods ending in {@code FromPlan} start from the object model, as a user does
 * ({@code PlanCosts.of(plan)} reads every amount into exact columns, then rolls up); they compare with
 * {@link BaselineBenchmarks#rollUpFromPlan()}. The others start from prepared {@link PlanCosts} and compare
 * with {@link BaselineBenchmarks#rollUp()}, which starts from prepared arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class CostingBenchmarks {

    /** The number of activities of the plan. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int activities;

    private Plan plan;
    private PlanCosts costs;
    private CostTable byGoal;

    /** Generates the plan once per trial and prepares its costs. */
    @Setup(Level.Trial)
    public void setUp() {
        plan = Plans.generate(activities);
        costs = PlanCosts.of(plan);
        byGoal = costs.pivot(Dimension.GOAL, Dimension.YEAR, Dimension.CATEGORY);
    }

    /**
     * Full roll-up by hierarchy from the plan: preparation included.
     *
     * @return the table
     */
    @Benchmark
    public CostTable rollUpFromPlan() {
        return PlanCosts.of(plan).tree();
    }

    /**
     * Full roll-up by hierarchy (plan, goals, objectives, measures, activities) from prepared costs.
     *
     * @return the table
     */
    @Benchmark
    public CostTable rollUp() {
        return costs.tree();
    }

    /**
     * Full roll-up by hierarchy from prepared costs, then every row read: a {@code CostNode} for each goal,
     * objective, measure and activity, and its total cost as {@code Money}. {@link #rollUp()} builds activity rows
     * only when asked for; this benchmark asks for all of them.
     *
     * @return the sum of every row's cost in minor units
     */
    @Benchmark
    public long rollUpEveryRow() {
        long[] total = {0};
        costs.tree().root().forEach(row -> total[0] += row.cost().toMinor());
        return total[0];
    }

    /**
     * The baseline's own roll-up, by the engine: goal, then year, then category, with funding and gap.
     *
     * @return the table
     */
    @Benchmark
    public CostTable rollUpByGoalYearCategory() {
        return costs.pivot(Dimension.GOAL, Dimension.YEAR, Dimension.CATEGORY);
    }

    /**
     * The same from the plan: preparation included.
     *
     * @return the table
     */
    @Benchmark
    public CostTable rollUpByGoalYearCategoryFromPlan() {
        return PlanCosts.of(plan).pivot(Dimension.GOAL, Dimension.YEAR, Dimension.CATEGORY);
    }

    /**
     * Pivot by three dimensions at once: lead institution, then year, then funding source kind.
     *
     * @return the table
     */
    @Benchmark
    public CostTable pivot3() {
        return costs.pivot(Dimension.LEAD_INSTITUTION, Dimension.YEAR, Dimension.SOURCE_KIND);
    }

    /**
     * Funding gap by goal, as money.
     *
     * @return the gaps in goal order
     */
    @Benchmark
    public List<Money> gapByGoal() {
        List<Money> gaps = new ArrayList<>();
        for (CostNode goal : costs.pivot(Dimension.GOAL).root().children()) {
            gaps.add(goal.gap());
        }
        return gaps;
    }

    /**
     * Conversion to euro, at the plan's rate (110 ALL per EUR), of the roll-up by goal, year and category;
     * {@link CostingConversionBenchmarks} converts the whole hierarchy.
     *
     * @return the converted table
     */
    @Benchmark
    public CostTable convertToEuro() {
        return byGoal.convertedTo(Money.currency("EUR"), plan.exchangeRates(), RoundingMode.HALF_EVEN);
    }

    /**
     * Audit of every declared figure against the computed values.
     *
     * @return the findings
     */
    @Benchmark
    public List<AuditFinding> audit() {
        return CostAudit.audit(costs, GapConvention.COST_MINUS_FUNDING);
    }
}

package org.actionplan.benchmarks;

import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;

import org.actionplan.core.Plan;
import org.actionplan.core.money.Money;
import org.actionplan.costing.CostTable;
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
 * Conversion of the whole hierarchy roll-up (one row per section and activity) to euro. Its cost grows with
 * the number of rows, each cell converted with {@code BigDecimal} arithmetic, so it stops at 10^5 activities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CostingConversionBenchmarks {

    /** The number of activities of the plan. */
    @Param({"1000", "10000", "100000"})
    public int activities;

    private Plan plan;
    private CostTable tree;

    /** Generates the plan once per trial and rolls it up. */
    @Setup(Level.Trial)
    public void setUp() {
        plan = Plans.generate(activities);
        tree = PlanCosts.of(plan).tree();
    }

    /**
     * Converts the hierarchy roll-up to euro at the plan's rate (110 ALL per EUR).
     *
     * @return the converted table
     */
    @Benchmark
    public CostTable convertTreeToEuro() {
        return tree.convertedTo(Money.currency("EUR"), plan.exchangeRates(), RoundingMode.HALF_EVEN);
    }
}

package org.actionplan.benchmarks;

import java.util.concurrent.TimeUnit;

import org.actionplan.core.Plan;
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
 * The primitive baseline: the roll-up per goal, year and category, with funding and gap, as a loop
 * over {@code long} arrays (see {@link PrimitivePlan}). Engines are reported as ratios to it: those that start
 * from prepared data to {@link #rollUp()}, those that start from the plan to {@link #rollUpFromPlan()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class BaselineBenchmarks {

    /** The number of activities of the plan. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int activities;

    private Plan plan;
    private PrimitivePlan arrays;

    /** Generates the plan once per trial and copies its amounts into arrays. */
    @Setup(Level.Trial)
    public void setUp() {
        plan = Plans.generate(activities);
        arrays = PrimitivePlan.of(plan);
    }

    /**
     * Rolls the arrays up.
     *
     * @return the totals
     */
    @Benchmark
    public PrimitivePlan.Totals rollUp() {
        return arrays.rollUp();
    }

    /**
     * Copies the plan's amounts into arrays, then rolls them up: the baseline for engines that start from
     * the object model.
     *
     * @return the totals
     */
    @Benchmark
    public PrimitivePlan.Totals rollUpFromPlan() {
        return PrimitivePlan.of(plan).rollUp();
    }
}

package org.actionplan.benchmarks;

import java.util.concurrent.TimeUnit;

import org.actionplan.core.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The time the testkit takes to generate the benchmark plans (the setup cost of every other benchmark).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class GenerationBenchmarks {

    /** The number of activities of the plan. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int activities;

    /**
     * Generates a plan.
     *
     * @return the plan
     */
    @Benchmark
    public Plan generate() {
        return Plans.generate(activities);
    }
}

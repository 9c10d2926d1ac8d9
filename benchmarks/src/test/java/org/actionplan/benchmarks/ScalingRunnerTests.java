package org.actionplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScalingRunnerTests {

    private static final String RESULTS = "["
            + "{\"benchmark\":\"org.actionplan.benchmarks.BaselineBenchmarks.rollUp\",\"mode\":\"avgt\","
            + "\"params\":{\"activities\":\"1000\"},\"primaryMetric\":{\"score\":2.0,\"scoreError\":0.1,"
            + "\"scoreUnit\":\"us/op\"},\"secondaryMetrics\":{}},"
            + "{\"benchmark\":\"org.actionplan.benchmarks.BaselineBenchmarks.rollUp\",\"mode\":\"avgt\","
            + "\"params\":{\"activities\":\"10000\"},\"primaryMetric\":{\"score\":20.0,\"scoreError\":1.0,"
            + "\"scoreUnit\":\"us/op\"},\"secondaryMetrics\":{}},"
            + "{\"benchmark\":\"org.actionplan.benchmarks.CostingBenchmarks.rollUp\",\"mode\":\"avgt\","
            + "\"params\":{\"activities\":\"1000\"},\"primaryMetric\":{\"score\":0.006,\"scoreError\":\"NaN\","
            + "\"scoreUnit\":\"ms/op\"},\"secondaryMetrics\":{}},"
            + "{\"benchmark\":\"org.actionplan.benchmarks.BaselineBenchmarks.rollUpFromPlan\",\"mode\":\"avgt\","
            + "\"params\":{\"activities\":\"1000\"},\"primaryMetric\":{\"score\":10.0,\"scoreError\":1.0,"
            + "\"scoreUnit\":\"us/op\"},\"secondaryMetrics\":{}},"
            + "{\"benchmark\":\"org.actionplan.benchmarks.CostingBenchmarks.rollUpFromPlan\",\"mode\":\"avgt\","
            + "\"params\":{\"activities\":\"1000\"},\"primaryMetric\":{\"score\":25.0,\"scoreError\":1.0,"
            + "\"scoreUnit\":\"us/op\"},\"secondaryMetrics\":{}},"
            + "{\"benchmark\":\"org.actionplan.benchmarks.JsonBenchmarks.read\",\"mode\":\"thrpt\","
            + "\"params\":{\"activities\":\"1000\"},\"primaryMetric\":{\"score\":50.0,\"scoreError\":2.0,"
            + "\"scoreUnit\":\"ops/s\"},\"secondaryMetrics\":{\"bytes\":{\"score\":25000000.0,"
            + "\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"}}}"
            + "]";

    @Test
    void exponentOfAPowerLawIsItsPower() {
        double[] sizes = {1e3, 1e4, 1e5, 1e6};
        double[] linear = new double[4];
        double[] quadratic = new double[4];
        for (int i = 0; i < 4; i++) {
            linear[i] = 3e-9 * sizes[i];
            quadratic[i] = 5e-12 * sizes[i] * sizes[i];
        }
        assertThat(ScalingRunner.exponent(sizes, linear)).isCloseTo(1.0, within(1e-9));
        assertThat(ScalingRunner.exponent(sizes, quadratic)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void exponentIsNotANumberWithASingleSize() {
        assertThat(ScalingRunner.exponent(new double[] {10, 10}, new double[] {1, 2})).isNaN();
    }

    @Test
    void enginesStartingFromThePlanCompareWithTheBaselineThatCopiesThePlan() {
        assertThat(ScalingRunner.baselineOf("CostingBenchmarks.rollUpFromPlan")).isEqualTo("BaselineBenchmarks.rollUpFromPlan");
        assertThat(ScalingRunner.baselineOf("CostingBenchmarks.pivot3")).isEqualTo("BaselineBenchmarks.rollUp");
    }

    @Test
    void secondsConvertTimesAndRates() {
        assertThat(ScalingRunner.seconds(250, "us/op")).isCloseTo(2.5e-4, within(1e-15));
        assertThat(ScalingRunner.seconds(3, "ms/op")).isCloseTo(3e-3, within(1e-15));
        assertThat(ScalingRunner.seconds(4, "ops/s")).isCloseTo(0.25, within(1e-15));
        assertThat(ScalingRunner.seconds(4, "ops/ms")).isCloseTo(2.5e-4, within(1e-15));
    }

    @Test
    void parseReadsScoresErrorsUnitsAndTheByteCounter() {
        List<ScalingRunner.Score> scores = ScalingRunner.parse(RESULTS);
        assertThat(scores).hasSize(6);
        assertThat(scores.get(0).benchmark()).isEqualTo("BaselineBenchmarks.rollUp");
        assertThat(scores.get(0).activities()).isEqualTo(1000);
        assertThat(scores.get(0).seconds()).isCloseTo(2e-6, within(1e-15));
        assertThat(scores.get(2).error()).isNaN();
        assertThat(scores.get(5).seconds()).isCloseTo(0.02, within(1e-12));
        assertThat(scores.get(5).bytesPerSecond()).isCloseTo(25e6, within(1e-3));
    }

    @Test
    void printShowsRatiosToTheBaselineThroughputAndExponents() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScalingRunner.print(ScalingRunner.parse(RESULTS), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        // 6 µs against 2 µs at the same size
        assertThat(text).contains("| CostingBenchmarks.rollUp | 1000 | 0.00600 |  | ms/op | 6.00 µs | 3.00x |  |");
        assertThat(text).contains("| JsonBenchmarks.read | 1000 | 50.0 | 2.00 | ops/s | 20.0 ms |  | 25.0 |");
        // 25 µs against the from-plan baseline's 10 µs
        assertThat(text).contains("| CostingBenchmarks.rollUpFromPlan | 1000 | 25.0 | 1.00 | us/op | 25.0 µs | 2.50x |  |");
        assertThat(text).contains("| BaselineBenchmarks.rollUp | 1000 | 2.00 | 0.100 | us/op | 2.00 µs |  |  |");
        assertThat(text).contains("| BaselineBenchmarks.rollUp | 1000, 10000 | 1.00 |");
    }
}

package org.actionplan.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.reporting.RenderedFile;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportFormat;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.Reports;
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
 * The costing summary report (the Albania 2024-2025 layout, every activity listed) built from prepared
 * costs and rendered as HTML or CSV, in English.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ReportingBenchmarks {

    /** The number of activities of the plan. */
    @Param({"1000", "10000"})
    public int activities;

    private PlanCosts costs;
    private ReportOptions options;

    /** Generates the plan once per trial and prepares its costs. */
    @Setup(Level.Trial)
    public void setUp() {
        costs = PlanCosts.of(Plans.generate(activities));
        options = ReportOptions.of(Locale.ENGLISH);
    }

    /**
     * Builds the report model only.
     *
     * @return the report
     */
    @Benchmark
    public Report costingSummary() {
        return Reports.costingSummary(costs, GapConvention.COST_MINUS_FUNDING, options);
    }

    /**
     * Builds the report and renders it as one HTML file.
     *
     * @return the file's bytes
     */
    @Benchmark
    public byte[] costingSummaryHtml() {
        return ReportFormat.HTML.renderBytes(costingSummary());
    }

    /**
     * Builds the report and renders it as CSV, one file per table and chart.
     *
     * @return the files
     */
    @Benchmark
    public List<RenderedFile> costingSummaryCsv() {
        return ReportFormat.CSV.render(costingSummary());
    }
}

package org.actionplan.examples.programs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.actionplan.core.Plan;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.reporting.RenderedFile;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportFormat;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.Reports;

/** Writes the costing summary of the Albanian plan 2024-2025 as HTML, in English with EUR amounts beside ALL. */
public final class GenerateReport {

    private GenerateReport() {
    }

    /**
     * Runs the example.
     *
     * @param args  an output directory, or none for a new temporary directory
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(System.out, args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("actionplan-report"));
    }

    /**
     * Writes the report into a directory and prints where.
     *
     * @param out  where to print, not null
     * @param dir  the output directory, created if missing, not null
     * @return the HTML file written, never null
     */
    public static Path run(PrintStream out, Path dir) {
        Plan plan = Bundled.plan("albania-nap-2024-2025");
        ReportOptions options = ReportOptions.of(Locale.ENGLISH);
        // show EUR beside ALL at the plan's own rate
        options = options.withConversion(plan.exchangeRates().get(0));
        Report report = Reports.costingSummary(PlanCosts.of(plan), GapConvention.FUNDING_MINUS_COST, options);
        Path written = null;
        try {
            Files.createDirectories(dir);
            for (RenderedFile f : ReportFormat.HTML.render(report)) {
                written = dir.resolve(f.name());
                Files.write(written, f.bytes());
                out.println("wrote " + written + " (" + f.size() + " bytes)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}

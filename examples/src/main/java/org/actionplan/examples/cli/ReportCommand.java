package org.actionplan.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.actionplan.core.Plan;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.core.validation.ValidationReport;
import org.actionplan.costing.AuditFinding;
import org.actionplan.costing.CostAudit;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.reporting.RenderedFile;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportFormat;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.Reports;
import org.actionplan.scoring.PeriodScore;
import org.actionplan.scoring.ScoringEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code actionplan report [PLAN] [--monitoring FILE...] [--lang en,sq] [--out DIR] [--no-csv-bom]}: the full report set. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the report set (costing summary, action plan, responsibility matrix, timeline, progress of the latest monitored period, audit; HTML, Markdown, CSV, JSON, XLSX; English and Albanian) and print a summary.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanWithMonitoring input;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", defaultValue = "en,sq",
            description = "report languages (default: ${DEFAULT-VALUE})")
    List<String> lang;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--csv-bom", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "start CSV files with the UTF-8 byte-order mark, so that Excel reads ë and ç right "
                    + "(default: on; --no-csv-bom for tools that read plain UTF-8)")
    boolean csvBom;

    @Override
    public Integer call() {
        Plan p = input.plan(spec.commandLine().getErr());
        List<MonitoringReport> reports = input.reports(p);
        PlanCosts costs = PlanCosts.of(p);
        ExchangeRate eur = p.exchangeRates().stream().filter(r -> r.quote().equals(p.currency())).findFirst().orElse(null);
        ValidationReport validation = PlanValidator.validate(p);
        // printed gaps are read as funding minus cost (Albania's convention), as the audit command reads them
        List<AuditFinding> figures = CostAudit.audit(costs, GapConvention.FUNDING_MINUS_COST);
        PrintWriter err = spec.commandLine().getErr();
        MonitoringHistory history = reports.isEmpty() ? null : MonitoringHistory.of(reports);
        PeriodScore s = null;
        // the latest reported period in which activities were due (a rate exists)
        for (int i = reports.size() - 1; i >= 0 && (s == null || s.implementation().rate() == null); i--) {
            s = ScoringEngine.withDefaults().score(p, history, reports.get(i).period());
        }
        int files = 0;
        for (String language : lang) {
            if (!language.equals("en") && !language.equals("sq")) {
                throw new InputException("--lang takes en and/or sq, got '" + language + "'");
            }
            ReportOptions options = ReportOptions.of(Locale.forLanguageTag(language));
            if (eur != null) {
                options = options.withConversion(eur);
            }
            List<Report> set = new ArrayList<>();
            set.add(Reports.costingSummary(costs, GapConvention.FUNDING_MINUS_COST, options));
            set.add(Reports.actionPlan(p, options));
            set.add(Reports.responsibilityMatrix(p, options));
            set.add(Reports.timeline(p, options));
            if (s != null) {
                set.add(Reports.progress(p, history, s, options));
            }
            set.add(Reports.audit(p, validation, figures, options));
            Path dir = out.resolve(p.id()).resolve(language);
            for (Report r : set) {
                err.println("writing " + r.id() + " (" + language + ")...");
                err.flush();
                for (ReportFormat format : ReportFormat.values()) {
                    for (RenderedFile f : format.render(r, csvBom)) {
                        write(dir.resolve(f.name()), f.bytes());
                        files++;
                    }
                }
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        CostNode root = costs.tree().root();
        o.println("Plan:      " + p.id() + " (" + p.title().primary() + ")");
        o.println("Cost:      " + CostCommand.amount(root.cost(), eur));
        o.println("Funded:    " + CostCommand.amount(root.funding(), eur));
        o.println("Gap:       " + CostCommand.amount(root.gap(GapConvention.COST_MINUS_FUNDING), eur)
                + " (cost minus identified funding)");
        if (s != null) {
            o.println("Implementation, " + s.period() + ": " + ScoreCommand.describe(s)
                    + (reports.stream().anyMatch(MonitoringReport::illustrative) ? "  [ILLUSTRATIVE monitoring data]" : ""));
        } else {
            o.println("Implementation: no monitoring reports given");
        }
        o.println("Reports:   " + files + " files in " + out.resolve(p.id()).toAbsolutePath().normalize());
        o.flush();
        return 0;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

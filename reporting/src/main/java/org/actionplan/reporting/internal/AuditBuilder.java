package org.actionplan.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Plan;
import org.actionplan.core.validation.Finding;
import org.actionplan.core.validation.Severity;
import org.actionplan.core.validation.SigmaQuality;
import org.actionplan.core.validation.ValidationReport;
import org.actionplan.costing.AuditFinding;
import org.actionplan.reporting.Block;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.ReportSection;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

/**
 * Builds the audit report: the validator's findings and the costing audit of the declared figures. The summary
 * counts findings by severity and figures by verdict and shows the SIGMA action-plan quality score with its five
 * criteria. Validation findings are grouped by severity (errors first) and ordered by location path (numbers in
 * the path compared as numbers), then rule, then message; their message is in the report language. Declared
 * figures are ordered by verdict (mismatches and spreadsheet error tokens first, matches last), keeping the plan's
 * order of the figures within a verdict.
 */
public final class AuditBuilder {

    /** The verdicts in the order the figures table shows them. */
    static final List<AuditFinding.Verdict> VERDICT_ORDER = List.of(AuditFinding.Verdict.MISMATCH,
            AuditFinding.Verdict.ERROR_TOKEN, AuditFinding.Verdict.UNREADABLE, AuditFinding.Verdict.SIGN_CONVENTION,
            AuditFinding.Verdict.UNKNOWN_SCOPE, AuditFinding.Verdict.UNDEFINED, AuditFinding.Verdict.NOT_AUDITED,
            AuditFinding.Verdict.MATCH);

    private final Context cx;

    private AuditBuilder(Context cx) {
        this.cx = cx;
    }

    /**
     * Builds the report.
     *
     * @param plan  the plan, not null
     * @param validation  the validator's report on the plan, not null
     * @param figures  the costing audit of the plan's declared figures, not null
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report build(Plan plan, ValidationReport validation, List<AuditFinding> figures,
            ReportOptions options) {
        Context cx = new Context(plan, options);
        AuditBuilder b = new AuditBuilder(cx);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection(cx.label("audit.summary"), b.summary(validation, figures)));
        sections.add(ReportSection.of(cx.label("audit.findings"), b.findings(validation.findings())));
        sections.add(ReportSection.of(cx.label("audit.figures"), b.figures(figures)));
        return new Report("audit", cx.label("audit.title"), cx.best(plan.title()), cx.language(), sections);
    }

    private List<Block> summary(ValidationReport validation, List<AuditFinding> figures) {
        List<Block.Entry> e = new ArrayList<>();
        e.add(new Block.Entry(cx.label("audit.errors"), Value.count(validation.errorCount())));
        e.add(new Block.Entry(cx.label("audit.warnings"), Value.count(validation.warningCount())));
        e.add(new Block.Entry(cx.label("audit.declared"), Value.count(figures.size())));
        Map<AuditFinding.Verdict, Integer> counts = new EnumMap<>(AuditFinding.Verdict.class);
        for (AuditFinding f : figures) {
            counts.merge(f.verdict(), 1, Integer::sum);
        }
        for (AuditFinding.Verdict v : VERDICT_ORDER) {
            e.add(new Block.Entry(cx.labels().of(v), Value.count(counts.getOrDefault(v, 0))));
        }
        SigmaQuality sigma = validation.sigma();
        e.add(new Block.Entry(cx.label("audit.sigmaScore"),
                Value.text(cx.label("audit.sigmaOf", sigma.score(), sigma.criteria().size()))));
        List<Row> rows = new ArrayList<>();
        for (SigmaQuality.Criterion c : sigma.criteria()) {
            rows.add(Row.data(0, Value.text(criterion(c.id())), Value.count(c.satisfied()), Value.count(c.total()),
                    c.total() == 0 ? Value.text("\u2014")
                            : Value.percent(BigDecimal.valueOf(c.satisfied()).multiply(BigDecimal.valueOf(100))
                                    .divide(BigDecimal.valueOf(c.total()), 1, java.math.RoundingMode.HALF_EVEN), 1),
                    Value.text(cx.label(c.met() ? "progress.yes" : "progress.no"))));
        }
        Table criteria = new Table("sigma", cx.label("audit.sigma"), List.of(
                Column.of("criterion", cx.label("audit.criterion"), ColumnType.TEXT),
                Column.of("satisfied", cx.label("audit.satisfied"), ColumnType.NUMBER),
                Column.of("total", cx.label("audit.total"), ColumnType.NUMBER),
                Column.of("share", cx.label("audit.share"), ColumnType.PERCENT),
                Column.of("met", cx.label("progress.met"), ColumnType.TEXT)), rows, null);
        return List.of(new Block.Summary(null, e), criteria);
    }

    private String criterion(String id) {
        String key = "audit.criterion." + id;
        try {
            return cx.label(key);
        } catch (java.util.MissingResourceException e) {
            return id;
        }
    }

    private Table findings(List<Finding> all) {
        List<Row> rows = new ArrayList<>();
        boolean sq = "sq".equals(cx.language());
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
            List<Finding> some = new ArrayList<>();
            for (Finding f : all) {
                if (f.severity() == severity) {
                    some.add(f);
                }
            }
            if (some.isEmpty()) {
                continue;
            }
            some.sort(Comparator.comparing(Finding::path, AuditBuilder::comparePaths)
                    .thenComparing(Finding::rule).thenComparing(Finding::message)
                    .thenComparing(f -> f.value() == null ? "" : f.value()));
            rows.add(Row.group(0, Value.text(cx.labels().of(severity) + " (" + some.size() + ")"), Value.empty(),
                    Value.empty(), Value.empty()));
            for (Finding f : some) {
                rows.add(Row.data(1, Value.text(f.rule()), Value.text(f.path()),
                        Value.text(sq ? f.messageSq() : f.message()), Value.text(f.value() == null ? "" : f.value())));
            }
        }
        return new Table("findings", cx.label("audit.findings"), List.of(
                Column.of("rule", cx.label("audit.rule"), ColumnType.TEXT),
                Column.of("path", cx.label("audit.path"), ColumnType.TEXT),
                Column.of("message", cx.label("audit.message"), ColumnType.TEXT),
                Column.of("value", cx.label("audit.value"), ColumnType.TEXT)), rows,
                rows.isEmpty() ? cx.label("audit.noFindings") : null);
    }

    private Table figures(List<AuditFinding> all) {
        List<AuditFinding> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(f -> VERDICT_ORDER.indexOf(f.verdict())));
        List<Row> rows = new ArrayList<>();
        for (AuditFinding f : sorted) {
            DeclaredFigure d = f.figure();
            rows.add(Row.data(0, Value.text(d.location() == null ? "" : d.location().toString()), Value.text(d.id()),
                    Value.text(d.scope() + (d.year() == null ? "" : " " + d.year())),
                    Value.text(cx.labels().of(d.metric())), Value.text(d.printed()), ProgressBuilder.number(f.computed()),
                    ProgressBuilder.number(f.difference()), Value.text(cx.labels().of(f.verdict()))));
        }
        return new Table("figures", cx.label("audit.figures"), List.of(
                Column.of("location", cx.label("audit.location"), ColumnType.TEXT),
                Column.of("figure", cx.label("audit.figure"), ColumnType.TEXT),
                Column.of("scope", cx.label("audit.scope"), ColumnType.TEXT),
                Column.of("metric", cx.label("audit.metric"), ColumnType.TEXT),
                Column.of("declared", cx.label("audit.declaredFigure"), ColumnType.TEXT),
                Column.of("computed", cx.label("audit.computed"), ColumnType.NUMBER),
                Column.of("difference", cx.label("audit.difference"), ColumnType.NUMBER),
                Column.of("verdict", cx.label("audit.verdict"), ColumnType.TEXT)), rows,
                rows.isEmpty() ? cx.label("audit.noFigures") : null);
    }

    /**
     * Compares two location paths with the numbers in them compared as numbers, so that {@code [2]} comes
     * before {@code [10]}.
     *
     * @param a  a path, not null
     * @param b  another path, not null
     * @return negative, zero or positive
     */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = new BigDecimal(a.substring(i, ei)).compareTo(new BigDecimal(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

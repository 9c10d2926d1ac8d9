package org.actionplan.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.monitoring.StatusUpdate;
import org.actionplan.reporting.Block;
import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.ReportSection;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;
import org.actionplan.scoring.ActivityAssessment;
import org.actionplan.scoring.BudgetLine;
import org.actionplan.scoring.ImplementationRate;
import org.actionplan.scoring.InstitutionScorecard;
import org.actionplan.scoring.NodeScore;
import org.actionplan.scoring.PeriodScore;
import org.actionplan.scoring.TargetAssessment;
import org.actionplan.scoring.Timeliness;

/**
 * Builds the implementation progress report for one period from the scoring engine's {@link PeriodScore}, with
 * the contents SIGMA expects: an executive summary (implementation rate with its SIGMA points, objective
 * fulfilment rate, cost-weighted rate), the indicator table per objective (baseline, target, actual,
 * achievement, rating, comment), the status of every activity with delays and its lead institution, the overdue
 * list, budget execution by year and source, and institution scorecards. When any monitoring report of the
 * history is marked illustrative, the report says so at the top. Rates from the engine are fractions and are
 * shown as percentages (times 100, exact) with one decimal.
 */
public final class ProgressBuilder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Context cx;
    private final PeriodScore score;

    private ProgressBuilder(Context cx, PeriodScore score) {
        this.cx = cx;
        this.score = score;
    }

    /**
     * Builds the report.
     *
     * @param plan  the plan, not null
     * @param history  the monitoring history scored, not null
     * @param score  the engine's score of the period, not null
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report build(Plan plan, MonitoringHistory history, PeriodScore score, ReportOptions options) {
        Context cx = new Context(plan, options);
        ProgressBuilder b = new ProgressBuilder(cx, score);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection(cx.label("progress.summary"), b.summary(history)));
        sections.add(new ReportSection(cx.label("progress.indicators"), b.indicators()));
        sections.add(ReportSection.of(cx.label("progress.activities"), b.activities(false)));
        sections.add(ReportSection.of(cx.label("progress.overdue"), b.activities(true)));
        sections.add(ReportSection.of(cx.label("progress.budget"), b.budget()));
        sections.add(ReportSection.of(cx.label("progress.institutions"), b.institutions()));
        return new Report("progress", cx.label("progress.title", score.period()), cx.best(plan.title()),
                cx.language(), sections);
    }

    private List<Block> summary(MonitoringHistory history) {
        List<Block> blocks = new ArrayList<>();
        List<String> illustrative = new ArrayList<>();
        for (MonitoringReport r : history.reports()) {
            if (r.illustrative()) {
                illustrative.add(r.id());
            }
        }
        if (!illustrative.isEmpty()) {
            blocks.add(new Block.Notice(Block.NoticeKind.ILLUSTRATIVE,
                    cx.label("progress.illustrative", String.join(", ", illustrative))));
        }
        ImplementationRate ir = score.implementation();
        List<Block.Entry> e = new ArrayList<>();
        e.add(new Block.Entry(cx.label("progress.period"), Value.text(score.period().toString())));
        e.add(new Block.Entry(cx.label("progress.rate"), percent(ir.rate())));
        e.add(new Block.Entry(cx.label("progress.points"), ir.points() == null ? Value.text("\u2014")
                : Value.count(ir.points())));
        e.add(new Block.Entry(cx.label("progress.planned"), Value.count(ir.planned())));
        e.add(new Block.Entry(cx.label("progress.counted"), Value.count(ir.counted())));
        e.add(new Block.Entry(cx.label("progress.achieved"), Value.count(ir.achieved())));
        e.add(new Block.Entry(cx.label("progress.unreported"), Value.count(ir.unreported())));
        e.add(new Block.Entry(cx.label("progress.cancelled"), Value.count(ir.cancelled())));
        e.add(new Block.Entry(cx.label("progress.costRate"), percent(ir.costWeightedRate())));
        e.add(new Block.Entry(cx.label("progress.fulfilment"), percent(score.objectives().rate())));
        e.add(new Block.Entry(cx.label("progress.targetsDue"), Value.text(cx.label("progress.metOfDue",
                score.objectives().met(), score.objectives().due(), score.objectives().noData()))));
        e.add(new Block.Entry(cx.label("progress.overallScore"), percent(score.rollUp().score())));
        blocks.add(new Block.Summary(null, e));
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (NodeScore child : score.rollUp().children()) {
            if (child.score() == null) {
                continue;
            }
            names.add(cx.plan().section(child.id()).map(cx::heading).orElse(child.id()));
            values.add(child.score().multiply(HUNDRED));
        }
        if (!names.isEmpty()) {
            blocks.add(new Chart.Bars("score-by-goal", cx.label("progress.chart"), cx.label("progress.chartText"),
                    false, cx.label("costing.goal"), cx.label("progress.scoreAxis"), ColumnType.PERCENT, null, 1,
                    names, List.of(new Chart.Series(score.period().toString(), values))));
        }
        return blocks;
    }

    private List<Block> indicators() {
        Map<String, List<TargetAssessment>> byOwner = new LinkedHashMap<>();
        for (TargetAssessment t : score.targets()) {
            byOwner.computeIfAbsent(t.ownerId(), k -> new ArrayList<>()).add(t);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<TargetAssessment>> e : byOwner.entrySet()) {
            rows.add(Row.group(0, Value.text(owner(e.getKey())), Value.empty(), Value.empty(), Value.empty(),
                    Value.empty(), Value.empty(), Value.empty(), Value.empty(), Value.empty()));
            for (TargetAssessment t : e.getValue()) {
                rows.add(Row.data(1, indicatorName(t.indicatorId()),
                        Value.text(t.target().period().toString() + (t.due() ? "" : " (" + cx.label("progress.interim") + ")")),
                        number(t.baseline()), Value.text(t.target().text() != null ? t.target().text()
                                : t.target().value() == null ? "" : String.valueOf(t.target().value().numeric())),
                        number(t.actual()), percent(t.progress()),
                        Value.text(t.met() == null ? "" : cx.label(t.met() ? "progress.yes" : "progress.no")),
                        Value.text(cx.labels().of(t.rating())), Value.text(t.note() == null ? "" : t.note())));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("indicators", cx.label("progress.indicators"), List.of(
                Column.of("indicator", cx.label("col.indicators"), ColumnType.TEXT),
                Column.of("target_period", cx.label("progress.targetPeriod"), ColumnType.TEXT),
                Column.of("baseline", cx.label("indicator.baseline"), ColumnType.NUMBER),
                Column.of("target", cx.label("indicator.target"), ColumnType.TEXT),
                Column.of("actual", cx.label("progress.actual"), ColumnType.NUMBER),
                Column.of("achievement", cx.label("progress.achievement"), ColumnType.PERCENT),
                Column.of("met", cx.label("progress.met"), ColumnType.TEXT),
                Column.of("rating", cx.label("progress.rating"), ColumnType.TEXT),
                Column.of("comment", cx.label("progress.comment"), ColumnType.TEXT)), rows, null));
        return blocks;
    }

    private Table activities(boolean overdueOnly) {
        List<Row> rows = new ArrayList<>();
        for (ActivityAssessment a : score.activities()) {
            if (overdueOnly && !a.overdue()) {
                continue;
            }
            Activity activity = cx.plan().activity(a.activityId()).orElse(null);
            StatusUpdate s = a.status() == null ? null : a.status().value();
            rows.add(Row.data(0,
                    Value.text(activity == null ? a.activityId() : Context.code(activity.rawCode(), activity.code())),
                    activity == null ? Value.empty() : cx.text(activity.title()),
                    Value.text(a.lead() == null ? "" : institution(a.lead())),
                    a.dueDate() == null ? Value.empty() : Value.date(a.dueDate()),
                    Value.text(a.overdue() && a.timeliness() == Timeliness.DUE_IN_PERIOD
                            ? cx.label("progress.overdueInPeriod") : cx.labels().of(a.timeliness())),
                    Value.text(s == null ? cx.label("progress.noStatus") : cx.labels().of(s.status())),
                    s == null || s.percentComplete() == null ? Value.empty() : Value.percent(s.percentComplete(), 0),
                    Value.text(cx.labels().of(a.sigma())),
                    s == null ? Value.empty() : cx.text(s.comment())));
        }
        return new Table(overdueOnly ? "overdue" : "activities",
                cx.label(overdueOnly ? "progress.overdue" : "progress.activities"), List.of(
                Column.of("code", cx.label("col.code"), ColumnType.TEXT),
                Column.of("activity", cx.label("col.activity"), ColumnType.TEXT),
                Column.of("lead", cx.label("col.responsible"), ColumnType.TEXT),
                Column.of("due", cx.label("progress.due"), ColumnType.DATE),
                Column.of("timeliness", cx.label("progress.timeliness"), ColumnType.TEXT),
                Column.of("status", cx.label("progress.status"), ColumnType.TEXT),
                Column.of("complete", cx.label("progress.complete"), ColumnType.PERCENT),
                Column.of("sigma", cx.label("progress.sigma"), ColumnType.TEXT),
                Column.of("comment", cx.label("progress.comment"), ColumnType.TEXT)), rows,
                overdueOnly && rows.isEmpty() ? cx.label("progress.noneOverdue") : null);
    }

    private Table budget() {
        List<Row> rows = new ArrayList<>();
        for (BudgetLine b : score.budget()) {
            if (b.groupId() != null) {
                continue;
            }
            rows.add(new Row(b.source() == null ? Row.Kind.TOTAL : Row.Kind.DATA, b.source() == null ? 0 : 1, List.of(
                    Value.text(Integer.toString(b.year())),
                    Value.text(b.source() == null ? cx.label("progress.allSources") : cx.labels().of(b.source())),
                    cx.money(b.planned()), cx.money(b.spent()), percent(b.rate()), Value.count(b.unquantified()))));
        }
        return new Table("budget", cx.label("progress.budget"), List.of(
                Column.of("year", cx.label("costing.year"), ColumnType.TEXT),
                Column.of("source", cx.label("col.funding"), ColumnType.TEXT),
                Column.of("planned", cx.label("progress.plannedIn", cx.currency()), ColumnType.MONEY),
                Column.of("spent", cx.label("progress.spentIn", cx.currency()), ColumnType.MONEY),
                Column.of("execution", cx.label("progress.execution"), ColumnType.PERCENT),
                Column.of("unquantified", cx.label("costing.unquantifiedCount"), ColumnType.NUMBER)), rows, null);
    }

    private Table institutions() {
        List<Row> rows = new ArrayList<>();
        for (InstitutionScorecard i : score.institutions()) {
            rows.add(Row.data(0, Value.text(i.institution() == null ? cx.label("progress.noLead")
                            : institution(i.institution())), Value.count(i.due()), Value.count(i.completed()),
                    Value.count(i.overdue()), percent(i.implementationRate()), cx.money(i.planned()),
                    cx.money(i.spent()), percent(i.budgetExecution())));
        }
        return new Table("institutions", cx.label("progress.institutions"), List.of(
                Column.of("institution", cx.label("col.institution"), ColumnType.TEXT),
                Column.of("due", cx.label("progress.dueCount"), ColumnType.NUMBER),
                Column.of("completed", cx.label("progress.completed"), ColumnType.NUMBER),
                Column.of("overdue", cx.label("progress.overdueCount"), ColumnType.NUMBER),
                Column.of("rate", cx.label("progress.rate"), ColumnType.PERCENT),
                Column.of("planned", cx.label("progress.plannedIn", cx.currency()), ColumnType.MONEY),
                Column.of("spent", cx.label("progress.spentIn", cx.currency()), ColumnType.MONEY),
                Column.of("execution", cx.label("progress.execution"), ColumnType.PERCENT)), rows, null);
    }

    private String owner(String id) {
        Section s = cx.plan().section(id).orElse(null);
        if (s != null) {
            return cx.heading(s);
        }
        return cx.plan().activity(id).map(cx::label).orElse(id);
    }

    private Value indicatorName(String id) {
        LocalizedText[] found = new LocalizedText[1];
        cx.plan().forEachSection(s -> find(s.indicators(), id, found));
        cx.plan().forEachActivity(a -> find(a.indicators(), id, found));
        return found[0] == null ? Value.text(id) : cx.text(found[0]);
    }

    private static void find(List<Indicator> indicators, String id, LocalizedText[] found) {
        for (Indicator i : indicators) {
            if (found[0] == null && i.id().equals(id)) {
                found[0] = i.name();
            }
        }
    }

    private String institution(String id) {
        return cx.plan().institution(id).map(i -> cx.best(i.names())).orElse(id);
    }

    private static Value percent(BigDecimal fraction) {
        return fraction == null ? Value.text("\u2014") : Value.percent(fraction.multiply(HUNDRED), 1);
    }

    static Value number(BigDecimal v) {
        return v == null ? Value.empty() : Value.number(v, Math.max(0, Math.min(10, v.stripTrailingZeros().scale())));
    }
}

package org.actionplan.reporting.internal;

import java.util.ArrayList;
import java.util.List;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.time.Timeframe;
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
 * Builds the action-plan table in the familiar annex layout: one table per top-level goal, sections as group
 * rows, activities and sub-activities indented by depth, texts as the plan gives them.
 */
public final class ActionPlanBuilder {

    private final Context cx;

    private ActionPlanBuilder(Context cx) {
        this.cx = cx;
    }

    /**
     * Builds the report.
     *
     * @param plan  the plan, not null
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report build(Plan plan, ReportOptions options) {
        Context cx = new Context(plan, options);
        return new ActionPlanBuilder(cx).report();
    }

    private Report report() {
        Plan plan = cx.plan();
        List<Column> columns = List.of(
                Column.of("code", cx.label("col.code"), ColumnType.TEXT),
                Column.of("activity", cx.label("col.activity"), ColumnType.TEXT),
                Column.of("expected_results", cx.label("col.expectedResults"), ColumnType.TEXT),
                Column.of("indicators", cx.label("col.indicators"), ColumnType.TEXT),
                Column.of("verification", cx.label("col.verification"), ColumnType.TEXT),
                Column.of("responsible", cx.label("col.responsible"), ColumnType.TEXT),
                Column.of("supporting", cx.label("col.supporting"), ColumnType.TEXT),
                Column.of("timeframe", cx.label("col.timeframe"), ColumnType.TEXT),
                Column.of("cost", cx.label("col.costIn", cx.currency()), ColumnType.MONEY),
                Column.of("funding", cx.label("col.funding"), ColumnType.TEXT));
        List<ReportSection> sections = new ArrayList<>();
        int index = 0;
        for (Section goal : plan.goals()) {
            index++;
            List<Row> rows = new ArrayList<>();
            section(goal, 0, rows, columns.size());
            Table table = new Table("goal-" + index, cx.heading(goal), columns, rows, null);
            List<Block> blocks = new ArrayList<>();
            if (goal.description() != null) {
                blocks.add(new Block.Paragraph(cx.best(goal.description())));
            }
            blocks.add(table);
            sections.add(new ReportSection(cx.heading(goal), blocks));
        }
        if (sections.isEmpty()) {
            sections.add(ReportSection.of(cx.label("actionPlan.title"),
                    new Block.Notice(Block.NoticeKind.INFO, cx.label("actionPlan.empty"))));
        }
        return new Report("action-plan", cx.label("actionPlan.title"), cx.best(plan.title()), cx.language(), sections);
    }

    private void section(Section s, int level, List<Row> rows, int width) {
        List<Value> cells = new ArrayList<>(width);
        cells.add(Value.text(Context.code(s.rawCode(), s.code())));
        cells.add(cx.text(s.title()));
        cells.add(cx.texts(s.expectedResults()));
        cells.add(indicators(s.indicators()));
        while (cells.size() < width) {
            cells.add(Value.empty());
        }
        rows.add(new Row(Row.Kind.GROUP, level, cells));
        for (Activity a : s.activities()) {
            activity(a, level + 1, rows);
        }
        for (Section child : s.children()) {
            section(child, level + 1, rows, width);
        }
    }

    private void activity(Activity a, int level, List<Row> rows) {
        Responsibility r = a.responsibility();
        rows.add(Row.data(Math.min(level, 20),
                Value.text(Context.code(a.rawCode(), a.code())),
                cx.text(a.title()),
                cx.texts(a.expectedResults()),
                indicators(a.indicators()),
                cx.texts(a.verification()),
                r == null ? Value.empty() : Value.text(responsible(r)),
                r == null ? Value.empty() : Value.text(supporting(r)),
                timeframes(a.timeframes()),
                cost(a.cost()),
                funding(a.cost())));
        for (Activity sub : a.subActivities()) {
            activity(sub, level + 1, rows);
        }
    }

    private Value indicators(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return Value.empty();
        }
        List<LocalizedText> lines = new ArrayList<>();
        for (Indicator i : indicators) {
            StringBuilder extra = new StringBuilder();
            if (i.baseline() != null && i.baseline().text() != null) {
                extra.append(cx.label("indicator.baseline")).append(' ');
                if (i.baseline().period() != null) {
                    extra.append(i.baseline().period()).append(": ");
                }
                extra.append(i.baseline().text());
            }
            for (Target t : i.targets()) {
                if (t.text() != null) {
                    extra.append(extra.length() == 0 ? "" : "; ").append(cx.label("indicator.target")).append(' ')
                            .append(t.period()).append(": ").append(t.text());
                }
            }
            LocalizedText name = i.name();
            if (extra.length() > 0) {
                java.util.Map<String, String> withTargets = new java.util.LinkedHashMap<>();
                name.values().forEach((lang, text) -> withTargets.put(lang, text + " (" + extra + ")"));
                name = new LocalizedText(withTargets);
            }
            lines.add(name);
        }
        return cx.texts(lines);
    }

    private static String responsible(Responsibility r) {
        if (r.responsibleText() != null) {
            return r.responsibleText();
        }
        return names(r, Role.LEAD, Role.CO_RESPONSIBLE);
    }

    private static String supporting(Responsibility r) {
        if (r.supportingText() != null) {
            return r.supportingText();
        }
        return names(r, Role.SUPPORTING, Role.SUPPORTING);
    }

    private static String names(Responsibility r, Role a, Role b) {
        StringBuilder sb = new StringBuilder();
        for (Assignment x : r.assignments()) {
            if (x.role() == a || x.role() == b) {
                sb.append(sb.length() == 0 ? "" : ", ").append(x.name());
            }
        }
        return sb.toString();
    }

    private static Value timeframes(List<Timeframe> timeframes) {
        if (timeframes.isEmpty()) {
            return Value.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (Timeframe t : timeframes) {
            sb.append(sb.length() == 0 ? "" : "\n").append(t.text());
        }
        return Value.text(sb.toString());
    }

    private Value cost(CostEstimate cost) {
        if (cost == null) {
            return Value.empty();
        }
        if (!cost.isQuantified()) {
            return cost.text() == null ? Value.text(cx.label("cost.unquantified")) : Value.text(cost.text());
        }
        if (!cost.currency().getCurrencyCode().equals(cx.currency())) {
            return Value.text(cx.formats().standalone(
                    Value.money(cost.total(), cost.currency().getCurrencyCode(), 2)));
        }
        return cx.money(cost.total());
    }

    private Value funding(CostEstimate cost) {
        if (cost == null || cost.funding().isEmpty()) {
            return Value.empty();
        }
        Formats f = cx.formats();
        StringBuilder sb = new StringBuilder();
        for (FundingLine line : cost.funding()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(cx.labels().of(line.source()));
            if (line.donor() != null) {
                sb.append(" (").append(line.donor()).append(')');
            }
            if (line.year() != null) {
                sb.append(' ').append(line.year());
            }
            if (line.amount() != null) {
                sb.append(": ").append(f.standalone(Value.money(line.amount(), cost.currency().getCurrencyCode(),
                        cost.currency().equals(cx.plan().currency()) ? cx.moneyDecimals()
                                : org.actionplan.core.money.Money.scaleOf(cost.currency()))));
            } else if (line.text() != null) {
                sb.append(": ").append(line.text());
            }
        }
        return Value.text(sb.toString());
    }
}

package org.actionplan.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
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
 * Builds the responsibility matrix: institutions against objectives, each cell "responsible / supporting" role
 * counts, with totals and the quantified cost each institution leads; names that could not be resolved to the
 * institution registry are listed apart, never dropped.
 * <p>
 * The columns are the plan's sections of kind {@link SectionKind#OBJECTIVE} (the outermost ones, with every
 * activity under them), in document order; a top-level goal holding activities outside its objectives (directly
 * under the goal, or under sections that are not objectives, at any depth) gets its own column before its
 * objectives, so that no activity is left out. A plan without objectives has one column per top-level goal. A role is counted once per activity (sub-activities are activities). "Responsible" counts
 * {@link Role#LEAD} and {@link Role#CO_RESPONSIBLE}; the cost led is the activity's total where the institution is
 * the {@link Role#LEAD}, in the plan's currency (costs in another currency are counted apart).
 */
public final class MatrixBuilder {

    private MatrixBuilder() {
    }

    private static final class Tally {
        final int[] responsible;
        final int[] supporting;
        BigDecimal costLed = BigDecimal.ZERO;
        int unquantifiedLed;

        Tally(int objectives) {
            responsible = new int[objectives];
            supporting = new int[objectives];
        }
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
        List<Section> objectives = new ArrayList<>();
        List<List<Activity>> activitiesOf = new ArrayList<>();
        boolean anyObjective = hasObjective(plan);
        boolean goalColumns = false;
        for (Section goal : plan.goals()) {
            if (goal.kind() == SectionKind.OBJECTIVE) {
                objectives.add(goal);
                activitiesOf.add(goal.allActivities());
                continue;
            }
            List<Activity> outside = new ArrayList<>();
            List<Section> inGoal = new ArrayList<>();
            collect(goal, outside, inGoal);
            if (!outside.isEmpty()) {
                objectives.add(goal);
                activitiesOf.add(outside);
                goalColumns |= anyObjective;
            }
            for (Section o : inGoal) {
                objectives.add(o);
                activitiesOf.add(o.allActivities());
            }
        }
        int n = objectives.size();
        Map<String, Tally> byInstitution = new LinkedHashMap<>();
        for (Institution i : plan.institutions()) {
            byInstitution.put(i.id(), new Tally(n));
        }
        Map<String, Tally> unresolved = new TreeMap<>();
        Map<String, List<String>> unresolvedWhere = new TreeMap<>();
        for (int o = 0; o < n; o++) {
            for (Activity a : activitiesOf.get(o)) {
                if (a.responsibility() == null) {
                    continue;
                }
                Assignment lead = a.responsibility().lead().orElse(null);
                for (Assignment as : a.responsibility().assignments()) {
                    Tally t;
                    if (as.isResolved()) {
                        t = byInstitution.computeIfAbsent(as.institution(), k -> new Tally(n));
                    } else {
                        t = unresolved.computeIfAbsent(as.name(), k -> new Tally(n));
                        unresolvedWhere.computeIfAbsent(as.name(), k -> new ArrayList<>()).add(cx.label(a));
                    }
                    if (as.role() == Role.SUPPORTING) {
                        t.supporting[o]++;
                    } else {
                        t.responsible[o]++;
                    }
                    if (as == lead) {
                        CostEstimate cost = a.cost();
                        if (cost != null && cost.isQuantified()
                                && cost.currency().getCurrencyCode().equals(cx.currency())) {
                            t.costLed = t.costLed.add(cost.total());
                        } else if (cost != null) {
                            t.unquantifiedLed++;
                        }
                    }
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("institution", cx.label("col.institution"), ColumnType.TEXT));
        for (int o = 0; o < n; o++) {
            Section s = objectives.get(o);
            String code = Context.code(s.rawCode(), s.code());
            columns.add(Column.of("objective-" + (o + 1), code.isEmpty() ? cx.best(s.title()) : code,
                    ColumnType.TEXT));
        }
        columns.add(Column.of("responsible", cx.label("col.responsibleCount"), ColumnType.NUMBER));
        columns.add(Column.of("supporting", cx.label("col.supportingCount"), ColumnType.NUMBER));
        columns.add(Column.of("cost_led", cx.label("col.costLedIn", cx.currency()), ColumnType.MONEY));
        columns.add(Column.of("unquantified_led", cx.label("col.unquantifiedLed"), ColumnType.NUMBER));

        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Tally> e : byInstitution.entrySet()) {
            Tally t = e.getValue();
            if (sum(t.responsible) + sum(t.supporting) == 0) {
                continue;
            }
            Value name = plan.institution(e.getKey()).map(i -> cx.text(i.names())).orElse(Value.text(e.getKey()));
            rows.add(row(cx, name, t));
        }
        Table matrix = new Table("matrix", cx.label("matrix.table"), columns, rows, cx.label("matrix.note"));

        List<Row> keyRows = new ArrayList<>();
        for (int o = 0; o < n; o++) {
            Section s = objectives.get(o);
            keyRows.add(Row.data(0, Value.text(columns.get(o + 1).label()), cx.text(s.title())));
        }
        Table key = new Table("objectives", cx.label("matrix.objectives"), List.of(
                Column.of("code", cx.label("col.code"), ColumnType.TEXT),
                Column.of("objective", cx.label("col.objective"), ColumnType.TEXT)), keyRows,
                goalColumns ? cx.label("matrix.goalColumns") : null);

        List<Block> blocks = new ArrayList<>();
        blocks.add(matrix);
        blocks.add(key);
        List<Block> unresolvedBlocks = new ArrayList<>();
        if (unresolved.isEmpty()) {
            unresolvedBlocks.add(new Block.Paragraph(cx.label("matrix.allResolved")));
        } else {
            unresolvedBlocks.add(new Block.Notice(Block.NoticeKind.WARNING,
                    cx.label("matrix.unresolvedNotice", unresolved.size())));
            List<Row> uRows = new ArrayList<>();
            for (Map.Entry<String, Tally> e : unresolved.entrySet()) {
                Tally t = e.getValue();
                uRows.add(Row.data(0, Value.text(e.getKey()), Value.count(sum(t.responsible)),
                        Value.count(sum(t.supporting)), Value.text(String.join("\n", unresolvedWhere.get(e.getKey())))));
            }
            unresolvedBlocks.add(new Table("unresolved", cx.label("matrix.unresolved"), List.of(
                    Column.of("name", cx.label("col.nameAsPrinted"), ColumnType.TEXT),
                    Column.of("responsible", cx.label("col.responsibleCount"), ColumnType.NUMBER),
                    Column.of("supporting", cx.label("col.supportingCount"), ColumnType.NUMBER),
                    Column.of("activities", cx.label("col.activities"), ColumnType.TEXT)), uRows, null));
        }
        return new Report("responsibility-matrix", cx.label("matrix.title"), cx.best(plan.title()), cx.language(),
                List.of(new ReportSection(cx.label("matrix.table"), blocks),
                        new ReportSection(cx.label("matrix.unresolved"), unresolvedBlocks)));
    }

    /**
     * Sorts the activities under a section: those inside an objective (the outermost one) go with that objective,
     * the others (directly under the section or under sections that are not objectives) are collected apart.
     */
    private static void collect(Section section, List<Activity> outside, List<Section> objectives) {
        for (Activity a : section.activities()) {
            a.forEachInTree(outside::add);
        }
        for (Section child : section.children()) {
            if (child.kind() == SectionKind.OBJECTIVE) {
                objectives.add(child);
            } else {
                collect(child, outside, objectives);
            }
        }
    }

    private static boolean hasObjective(Plan plan) {
        boolean[] found = new boolean[1];
        plan.forEachSection(s -> found[0] |= s.kind() == SectionKind.OBJECTIVE);
        return found[0];
    }

    private static Row row(Context cx, Value name, Tally t) {
        List<Value> cells = new ArrayList<>();
        cells.add(name);
        for (int o = 0; o < t.responsible.length; o++) {
            cells.add(t.responsible[o] + t.supporting[o] == 0 ? Value.empty()
                    : Value.text(t.responsible[o] + " / " + t.supporting[o]));
        }
        cells.add(Value.count(sum(t.responsible)));
        cells.add(Value.count(sum(t.supporting)));
        cells.add(cx.money(t.costLed));
        cells.add(Value.count(t.unquantifiedLed));
        return new Row(Row.Kind.DATA, 0, cells);
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }
}

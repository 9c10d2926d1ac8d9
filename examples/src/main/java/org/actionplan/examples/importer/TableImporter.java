package org.actionplan.examples.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.Activity;
import org.actionplan.core.Code;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Metric;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.SourceRef;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/**
 * Imports an action-plan or costing table into plan sections, activities and declared figures.
 * <p>
 * Two steps, so that corrections can be applied in between: {@link #classify} turns {@link TableRow}s into
 * {@link ImportedRow}s (by code depth, then by {@link RowRule}s), and {@link #assemble} builds the section
 * tree. Coded rows above the activity depth become sections, whose amounts are published subtotals and so
 * become {@link DeclaredFigure}s; activity rows become {@link Activity}s with responsibility, timeframe,
 * cost estimate, funding and budget programme; {@link RowRule.Role#TOTAL} rows become declared figures of
 * the open section. Every cell that could not be mapped or read is reported as an {@link ImportIssue}.
 * This class is immutable and thread-safe.
 */
public final class TableImporter {

    private static final Pattern COST = Pattern.compile("cost\\.(\\d{4})\\.(current|capital|total)");
    private static final Pattern FUNDING = Pattern.compile("funding\\.([A-Z_]+)\\.(current|capital|total)");
    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\s*$");
    private static final Pattern PROGRAM_CODE = Pattern.compile("^\\s*(\\d{4,5})\\b");
    private static final Set<String> TEXT_KEYS = Set.of("code", "title", "budgetProgram", "lead", "contributing",
            "start", "end", "indicator", "donor", "resultReference");
    private static final Pattern ACRONYMS = Pattern.compile("^[\\p{Lu}0-9-]{2,}( +[\\p{Lu}0-9-]{2,})+$");

    private TableImporter() {
    }

    /**
     * What an import produced. This class is immutable and thread-safe.
     *
     * @param goals  the top-level sections in table order, not null
     * @param figures  the declared figures (subtotals, totals, printed activity totals and gaps), not null
     * @param rows  the classified rows, not null
     * @param issues  cells and rows that could not be mapped or read, not null
     * @param skipped  rows skipped on purpose (headers, labels), with the reason, not null
     */
    public record Result(List<Section> goals, List<DeclaredFigure> figures, List<ImportedRow> rows,
            List<ImportIssue> issues, List<ImportIssue> skipped) {

        /**
         * Creates a result.
         *
         * @throws NullPointerException if a list is null
         */
        public Result {
            goals = List.copyOf(goals);
            figures = List.copyOf(figures);
            rows = List.copyOf(rows);
            issues = List.copyOf(issues);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Classifies and assembles in one step.
     *
     * @param rows  the table rows, not null
     * @param spec  the spec, not null
     * @return the result, never null
     */
    public static Result importRows(List<TableRow> rows, ImportSpec spec) {
        List<ImportIssue> issues = new ArrayList<>();
        List<ImportedRow> classified = classify(rows, spec, issues);
        Result r = assemble(classified, spec);
        issues.addAll(r.issues());
        return new Result(r.goals(), r.figures(), r.rows(), issues, r.skipped());
    }

    /**
     * Classifies rows: a row whose code cell holds a code is a section (by {@link ImportSpec#levels()}) or an
     * activity (at {@link ImportSpec#activityDepth()}); other rows go through the rules; rows nothing matches
     * are {@link ImportedRow.Kind#UNKNOWN} and reported.
     *
     * @param rows  the table rows, not null
     * @param spec  the spec, not null
     * @param issues  where to add issues, not null
     * @return the classified rows in table order, never null
     */
    public static List<ImportedRow> classify(List<TableRow> rows, ImportSpec spec, List<ImportIssue> issues) {
        List<ImportedRow> out = new ArrayList<>();
        for (TableRow row : rows) {
            out.add(classify(row, spec, issues));
        }
        return out;
    }

    private static ImportedRow classify(TableRow row, ImportSpec spec, List<ImportIssue> issues) {
        String codeCell = spec.mapping().columnOf("code").map(row::cell).orElse("");
        Optional<Code> code = Code.tryParse(codeCell).filter(c -> c.segments().stream()
                .allMatch(s -> s.kind() == Code.SegmentKind.NUMBER));
        if (code.isPresent()) {
            int depth = code.get().depth();
            Map<String, String> values = spec.mapping().read(row, issues);
            if (depth >= spec.activityDepth()) {
                return new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.ACTIVITY, null, null, codeCell,
                        values.get("title"), values);
            }
            SectionKind kind = spec.levels().get(depth);
            if (kind != null) {
                return new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.SECTION, kind, null, codeCell,
                        values.get("title"), values);
            }
        }
        String text = row.text();
        for (RowRule rule : spec.rules()) {
            Matcher m = rule.pattern().matcher(text);
            if (!m.find()) {
                continue;
            }
            switch (rule.role()) {
                case HEADER:
                    return new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.HEADER, null, rule.name(),
                            null, null, Map.of());
                case SKIP:
                    return new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.SKIPPED, null, rule.name(),
                            null, text, Map.of());
                case SECTION: {
                    String c = group(m, "code");
                    String t = group(m, "title");
                    return new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.SECTION, rule.kind(),
                            rule.name(), c, t == null ? text : t.strip(), Map.of());
                }
                case BUDGET_PROGRAM: {
                    String t = group(m, "text");
                    return new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.BUDGET_PROGRAM, rule.kind(),
                            rule.name(), null, t == null ? text : t.strip(), Map.of());
                }
                default:
                    return new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.TOTAL, rule.kind(),
                            rule.name(), null, text, spec.mapping().read(row, issues));
            }
        }
        issues.add(new ImportIssue(row.line(), null, text, "row not recognised: no code and no rule matches"));
        return new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.UNKNOWN, null, null, null, text, Map.of());
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Builds the section tree and the declared figures from classified (and possibly corrected) rows.
     *
     * @param rows  the rows, not null
     * @param spec  the spec, not null
     * @return the result, never null
     */
    public static Result assemble(List<ImportedRow> rows, ImportSpec spec) {
        Assembly a = new Assembly(spec);
        for (ImportedRow row : rows) {
            a.add(row);
        }
        List<Section> goals = new ArrayList<>();
        for (Node n : a.roots) {
            goals.add(n.build());
        }
        return new Result(goals, a.figures, rows, a.issues, a.skipped);
    }

    //-----------------------------------------------------------------------
    /**
     * Splits a cell naming institutions into names: on commas, semicolons, slashes and line breaks, and on
     * spaces when every word is an acronym ({@code "MB MSHMS PP DPPSH"}).
     *
     * @param cell  the cell, may be null
     * @return the names, trimmed, in printed order, never null
     */
    public static List<String> splitNames(String cell) {
        List<String> names = new ArrayList<>();
        if (cell == null) {
            return names;
        }
        for (String part : cell.split("[,;/\\n]")) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (p.isEmpty()) {
                continue;
            }
            if (ACRONYMS.matcher(p).matches()) {
                names.addAll(List.of(p.split(" ")));
            } else {
                names.add(p);
            }
        }
        return names;
    }

    /**
     * Returns a simple responsibility reader: names split by {@link #splitNames(String)}, the first of the lead
     * cell {@link Role#LEAD}, the others {@link Role#CO_RESPONSIBLE}, the contributing ones
     * {@link Role#SUPPORTING}, each resolved by the given lookup.
     *
     * @param lookup  maps a name as printed to an institution id, or null if unknown, not null
     * @return the reader, never null
     */
    public static java.util.function.BiFunction<String, String, Responsibility> names(
            java.util.function.Function<String, String> lookup) {
        java.util.Objects.requireNonNull(lookup, "lookup must not be null");
        return (lead, contributing) -> responsibility(lead, contributing, lookup);
    }

    /**
     * Builds a responsibility from the lead and contributing cells as printed.
     *
     * @param lead  the lead cell, may be null
     * @param contributing  the contributing cell, may be null
     * @param resolver  maps a name to an institution id or null, not null
     * @return the responsibility, null if both cells are blank
     */
    public static Responsibility responsibility(String lead, String contributing,
            java.util.function.Function<String, String> resolver) {
        boolean noLead = lead == null || lead.isBlank();
        boolean noContributing = contributing == null || contributing.isBlank();
        if (noLead && noContributing) {
            return null;
        }
        List<Assignment> assignments = new ArrayList<>();
        List<String> leads = splitNames(lead);
        for (int i = 0; i < leads.size(); i++) {
            assignments.add(new Assignment(resolver.apply(leads.get(i)), leads.get(i),
                    i == 0 ? Role.LEAD : Role.CO_RESPONSIBLE));
        }
        for (String name : splitNames(contributing)) {
            assignments.add(new Assignment(resolver.apply(name), name, Role.SUPPORTING));
        }
        return new Responsibility(noLead ? null : lead, noContributing ? null : contributing, assignments);
    }

    /**
     * Reads a start and an end cell as a dated timeframe of whole years.
     *
     * @param start  the start cell, may be null
     * @param end  the end cell, may be null
     * @return the timeframe, null if both cells are blank
     */
    public static Timeframe yearTimeframe(String start, String end) {
        String s = start == null ? "" : start.strip();
        String e = end == null ? "" : end.strip();
        if (s.isEmpty() && e.isEmpty()) {
            return null;
        }
        String text = s + " - " + e;
        Matcher ms = YEAR.matcher(s);
        Matcher me = YEAR.matcher(e);
        boolean okS = ms.matches();
        boolean okE = me.matches();
        if ((okS || s.isEmpty()) && (okE || e.isEmpty())) {
            return new Timeframe.Dated(text, okS ? CalendarPeriod.year(Integer.parseInt(ms.group(1))) : null,
                    okE ? CalendarPeriod.year(Integer.parseInt(me.group(1))) : null);
        }
        return new Timeframe.Unparsed(text, "start or end is not a year");
    }

    /**
     * Turns the non-empty amount and note cells of a row into declared figures, one per cell, with ids
     * {@code idBase + "/" + key}: {@code cost.*} and {@code costTotal.*} give {@link Metric#COST},
     * {@code funding.*} {@link Metric#FUNDING}, {@code gap} {@link Metric#GAP}, {@code converted.CCY}
     * {@link Metric#COST_CONVERTED} and {@code note} {@link Metric#OTHER}. Text fields (code, title,
     * institutions, dates, indicator values) are not figures. Percentages get the unit {@code %}.
     *
     * @param row  the row, not null
     * @param scope  the id of the node the figures refer to, or {@code plan}, not blank
     * @param idBase  the id prefix, not blank
     * @param spec  the spec (document, part, currency), not null
     * @return the figures in column order, never null
     */
    public static List<DeclaredFigure> declaredFigures(ImportedRow row, String scope, String idBase, ImportSpec spec) {
        List<DeclaredFigure> out = new ArrayList<>();
        for (Map.Entry<String, String> e : row.values().entrySet()) {
            String key = e.getKey();
            String printed = e.getValue();
            if (TEXT_KEYS.contains(key) || key.startsWith("baseline.") || key.startsWith("target.")
                    || printed.isBlank()) {
                continue;
            }
            Matcher cost = COST.matcher(key);
            Matcher funding = FUNDING.matcher(key);
            AmountCell a = AmountCell.parse(printed);
            Metric metric = Metric.OTHER;
            Integer year = null;
            EconomicCategory category = null;
            FundingSourceKind source = null;
            String unit = spec.currency().getCurrencyCode();
            if (cost.matches()) {
                metric = Metric.COST;
                year = Integer.valueOf(cost.group(1));
                category = Assembly.category(cost.group(2));
            } else if (key.startsWith("costTotal.")) {
                metric = Metric.COST;
                category = Assembly.category(key.substring("costTotal.".length()));
            } else if (funding.matches()) {
                metric = Metric.FUNDING;
                source = FundingSourceKind.valueOf(funding.group(1));
                category = Assembly.category(funding.group(2));
            } else if (key.equals("gap")) {
                metric = Metric.GAP;
            } else if (key.startsWith("converted.")) {
                metric = Metric.COST_CONVERTED;
                unit = key.substring("converted.".length());
            } else {
                unit = null;
            }
            if (a.kind() == AmountCell.Kind.PERCENT) {
                unit = "%";
            }
            out.add(new DeclaredFigure(idBase + "/" + key, metric, scope, year, category, source, printed, a.value(),
                    unit, new SourceRef(spec.document(), spec.part(), row.line()), null));
        }
        return out;
    }

    //-----------------------------------------------------------------------
    private static final class Node {
        final SectionKind kind;
        final int depth;
        final String id;
        final Code code;
        final String rawCode;
        final String title;
        final String rule;
        final int line;
        String budgetProgramText;
        final List<Node> children = new ArrayList<>();
        final List<Activity> activities = new ArrayList<>();
        final List<SourceRef> sources = new ArrayList<>();

        Node(SectionKind kind, int depth, String id, Code code, String rawCode, String title, String rule, int line) {
            this.kind = kind;
            this.depth = depth;
            this.id = id;
            this.code = code;
            this.rawCode = rawCode;
            this.title = title;
            this.rule = rule;
            this.line = line;
        }

        Section build() {
            Section.Builder b = Section.builder(id, kind, LocalizedText.of("sq", title == null ? "" : title));
            b.code(rawCode);
            b.budgetProgramText(budgetProgramText);
            for (Node c : children) {
                b.child(c.build());
            }
            b.activities(activities);
            sources.forEach(b::source);
            return b.build();
        }
    }

    private static final class Assembly {
        final ImportSpec spec;
        final List<Node> roots = new ArrayList<>();
        final List<Node> stack = new ArrayList<>();
        final List<DeclaredFigure> figures = new ArrayList<>();
        final List<ImportIssue> issues = new ArrayList<>();
        final List<ImportIssue> skipped = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final Set<String> figureIds = new HashSet<>();

        Assembly(ImportSpec spec) {
            this.spec = spec;
        }

        void add(ImportedRow row) {
            switch (row.kind()) {
                case SECTION -> section(row);
                case ACTIVITY -> activity(row);
                case TOTAL -> total(row);
                case BUDGET_PROGRAM -> {
                    Node n = open(row.sectionKind());
                    if (n == null) {
                        issues.add(new ImportIssue(row.line(), null, row.title(), "budget programmes outside a "
                                + row.sectionKind()));
                    } else {
                        n.budgetProgramText = row.title();
                    }
                }
                case HEADER, SKIPPED -> skipped.add(new ImportIssue(row.line(), null,
                        row.title() == null ? "" : row.title(), "skipped: " + row.rule()));
                default -> {
                    // UNKNOWN rows were reported by classify
                }
            }
        }

        private Node open(SectionKind kind) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).kind == kind) {
                    return stack.get(i);
                }
            }
            return null;
        }

        private int depthOf(SectionKind kind) {
            for (Map.Entry<Integer, SectionKind> e : spec.levels().entrySet()) {
                if (e.getValue() == kind) {
                    return e.getKey();
                }
            }
            return 1;
        }

        private String uniqueId(String wanted, int line) {
            String id = wanted;
            if (!ids.add(id)) {
                id = wanted + "@" + line;
                ids.add(id);
                issues.add(new ImportIssue(line, null, wanted, "duplicate id '" + wanted + "'; this row is '" + id + "'"));
            }
            return id;
        }

        void section(ImportedRow row) {
            Optional<Code> code = Code.tryParse(row.code());
            int depth = row.rule() == null ? code.map(Code::depth).orElse(depthOf(row.sectionKind()))
                    : depthOf(row.sectionKind());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).depth >= depth) {
                stack.remove(stack.size() - 1);
            }
            String wanted = code.map(Code::toString).orElse(row.rule() + "-" + row.line());
            Node n = new Node(row.sectionKind(), depth, uniqueId(wanted, row.line()), code.orElse(null),
                    row.code() == null || row.code().isBlank() ? null : row.code(), row.title(), row.rule(), row.line());
            n.sources.add(new SourceRef(spec.document(), spec.part(), row.line()));
            if (!row.value("budgetProgram").isBlank()) {
                n.budgetProgramText = row.value("budgetProgram");
            }
            Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (parent == null) {
                roots.add(n);
            } else {
                parent.children.add(n);
                if (n.code != null && parent.code != null && n.code.parent().isPresent()
                        && !n.code.parent().get().equals(parent.code) && n.code.depth() > 1) {
                    issues.add(new ImportIssue(row.line(), null, row.code(), "code " + n.code + " is placed under "
                            + parent.kind + " " + parent.code + " (the row above it)"));
                }
            }
            stack.add(n);
            if (row.rule() == null) {
                figures(row, n.id, "", Set.of("code", "title", "budgetProgram", "lead", "contributing", "start", "end"));
            }
        }

        void activity(ImportedRow row) {
            Code code = Code.tryParse(row.code()).orElse(null);
            Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (code != null && code.depth() > spec.activityDepth()) {
                issues.add(new ImportIssue(row.line(), null, row.code(),
                        "code deeper than an activity; imported as an activity of the open section"));
            }
            if (parent == null) {
                issues.add(new ImportIssue(row.line(), null, row.code(), "activity outside any section; imported at"
                        + " the top under a synthetic section"));
                parent = new Node(SectionKind.OTHER, 1, uniqueId("unplaced", row.line()), null, null, "(unplaced)",
                        null, row.line());
                roots.add(parent);
                stack.add(parent);
            } else if (code != null && parent.code != null && !code.parent().map(parent.code::equals).orElse(false)) {
                issues.add(new ImportIssue(row.line(), null, row.code(), "code " + code + " is placed under "
                        + parent.kind + " " + parent.code + " (the row above it)"));
            }
            String id = uniqueId(code == null ? "row-" + row.line() : code.toString(), row.line());
            String title = row.value("title");
            Activity.Builder b = Activity.builder(id, LocalizedText.of(spec.language(), title));
            b.code(code, row.code() == null || row.code().isBlank() ? null : row.code());
            String lead = row.value("lead");
            String contributing = row.value("contributing");
            if (!lead.isBlank() || !contributing.isBlank()) {
                b.responsibility(spec.responsibility().apply(lead.isBlank() ? null : lead,
                        contributing.isBlank() ? null : contributing));
            }
            Timeframe tf = yearTimeframe(row.value("start"), row.value("end"));
            if (tf != null) {
                b.timeframe(tf);
                if (tf instanceof Timeframe.Unparsed) {
                    issues.add(new ImportIssue(row.line(), null, tf.text(), "timeframe is not a pair of years"));
                }
            }
            String program = row.value("budgetProgram");
            if (!program.isBlank()) {
                Matcher m = PROGRAM_CODE.matcher(program);
                b.budgetProgram(m.find() ? m.group(1) : null, program);
            }
            CostEstimate cost = cost(row);
            if (cost != null) {
                b.cost(cost);
            }
            b.source(new SourceRef(spec.document(), spec.part(), row.line()));
            parent.activities.add(b.build());
            figures(row, id, "", Set.of("code", "title", "budgetProgram", "lead", "contributing", "start", "end",
                    "indicator", "donor", "resultReference"), true);
        }

        void total(ImportedRow row) {
            String scope = DeclaredFigure.PLAN_SCOPE;
            if (row.sectionKind() != null) {
                Node n = open(row.sectionKind());
                if (n == null) {
                    issues.add(new ImportIssue(row.line(), null, row.title(), "total '" + row.rule()
                            + "' outside a " + row.sectionKind() + "; attached to the plan"));
                } else {
                    scope = n.id;
                }
            }
            figures(row, scope, row.rule() + "/", Set.of("code", "title", "budgetProgram", "lead", "contributing",
                    "start", "end", "indicator", "donor", "resultReference"));
        }

        private void figures(ImportedRow row, String scope, String kindPrefix, Set<String> notAmounts) {
            figures(row, scope, kindPrefix, notAmounts, false);
        }

        private void figures(ImportedRow row, String scope, String kindPrefix, Set<String> notAmounts,
                boolean activity) {
            for (DeclaredFigure f : declaredFigures(row, scope, spec.figurePrefix() + "/" + kindPrefix + scope, spec)) {
                String key = f.id().substring(f.id().lastIndexOf('/') + 1);
                if (notAmounts.contains(key)) {
                    continue;
                }
                Matcher cost = COST.matcher(key);
                Matcher funding = FUNDING.matcher(key);
                if (activity && (cost.matches() || (funding.matches() && !funding.group(2).equals("total")))) {
                    AmountCell a = AmountCell.parse(f.printed());
                    if (a.amountOrNull() == null && !a.isNothing()) {
                        issues.add(new ImportIssue(row.line(), spec.mapping().columnOf(key).orElse(null), f.printed(),
                                "amount cannot be read as a non-negative number; kept as a declared figure"));
                    } else {
                        continue;
                    }
                }
                String id = f.id();
                if (!figureIds.add(id)) {
                    id = id + "@" + row.line();
                    figureIds.add(id);
                }
                figures.add(new DeclaredFigure(id, f.metric(), f.scope(), f.year(), f.category(), f.source(),
                        f.printed(), f.value(), f.unit(), f.location(), f.note()));
            }
        }

        private static EconomicCategory category(String s) {
            return switch (s) {
                case "current" -> EconomicCategory.CURRENT;
                case "capital" -> EconomicCategory.CAPITAL;
                default -> null;
            };
        }

        private CostEstimate cost(ImportedRow row) {
            SortedMap<Integer, BigDecimal[]> years = new TreeMap<>();
            Map<String, BigDecimal[]> funding = new LinkedHashMap<>();
            boolean any = false;
            for (Map.Entry<String, String> e : row.values().entrySet()) {
                Matcher cost = COST.matcher(e.getKey());
                Matcher fund = FUNDING.matcher(e.getKey());
                AmountCell a = AmountCell.parse(e.getValue());
                if (a.kind() == AmountCell.Kind.EMPTY) {
                    continue;
                }
                int slot;
                BigDecimal[] target;
                if (cost.matches()) {
                    target = years.computeIfAbsent(Integer.valueOf(cost.group(1)), y -> new BigDecimal[3]);
                    slot = cost.group(2).equals("current") ? 0 : cost.group(2).equals("capital") ? 1 : 2;
                } else if (fund.matches() && !fund.group(2).equals("total")) {
                    target = funding.computeIfAbsent(fund.group(1), y -> new BigDecimal[3]);
                    slot = fund.group(2).equals("current") ? 0 : 1;
                } else {
                    continue;
                }
                any = true;
                target[slot] = a.amountOrNull();
            }
            if (!any) {
                return null;
            }
            SortedMap<Integer, YearCost> yc = new TreeMap<>();
            years.forEach((y, v) -> yc.put(y, new YearCost(v[0], v[1], v[2])));
            List<FundingLine> lines = new ArrayList<>();
            String donor = row.value("donor").isBlank() ? null : row.value("donor").strip();
            funding.forEach((src, v) -> {
                FundingSourceKind kind = FundingSourceKind.valueOf(src);
                String d = kind == FundingSourceKind.FOREIGN ? donor : null;
                if (v[0] != null) {
                    lines.add(new FundingLine(kind, null, EconomicCategory.CURRENT, v[0], d, null, null));
                }
                if (v[1] != null) {
                    lines.add(new FundingLine(kind, null, EconomicCategory.CAPITAL, v[1], d, null, null));
                }
            });
            return new CostEstimate(spec.currency(), yc, lines, List.of(), null);
        }
    }
}

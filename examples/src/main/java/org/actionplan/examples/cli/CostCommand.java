package org.actionplan.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.Money;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.Dimension;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code actionplan cost [PLAN] [--by DIM,...] [--currency EUR --rate 110] [--format FORMAT]}: cost, funding and
 * gap by goal and objective, or grouped by the dimensions given with {@code --by}.
 */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Cost a plan: total, identified funding and financing gap (cost minus funding) by goal and objective.")
public final class CostCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    String plan;

    @Option(names = "--currency", paramLabel = "CCY", description = "also show amounts in this currency (needs --rate)")
    String currency;

    @Option(names = "--rate", paramLabel = "RATE",
            description = "plan-currency units per unit of --currency, e.g. 110 (ALL per EUR)")
    BigDecimal rate;

    @Option(names = "--depth", defaultValue = "2", description = "levels to show (default: ${DEFAULT-VALUE}; with --by: all)")
    int depth;

    @Option(names = "--by", split = ",", paramLabel = "DIM",
            description = "group by these dimensions, outermost first: goal, objective, measure, level:N, lead, "
                    + "involved, programme, year, category, source, donor, activity")
    List<String> by;

    @Option(names = "--gap", paramLabel = "CONVENTION", defaultValue = "cost-minus-funding",
            description = "sign of the gap: cost-minus-funding (a shortfall is positive) or funding-minus-cost "
                    + "(negative, as Albania's plan prints it); default: ${DEFAULT-VALUE}")
    String gap;

    @Mixin
    OutputOptions output;

    /**
     * The JSON output of {@code cost --format json} (docs/cli.md).
     *
     * @param plan  the plan id
     * @param currency  the plan currency of every amount
     * @param by  the dimensions asked for with {@code --by}, outermost first; empty for the plan hierarchy
     * @param gapConvention  {@code COST_MINUS_FUNDING} or {@code FUNDING_MINUS_COST}
     * @param conversion  the conversion asked for with {@code --currency --rate}, null if none
     * @param total  the whole plan, with its groups down to {@code --depth}
     */
    public record Output(String plan, String currency, List<String> by, GapConvention gapConvention,
            Conversion conversion, Row total) {
        /** Reads an absent list as empty. */
        public Output {
            by = OutputOptions.list(by);
        }
    }

    /**
     * A conversion of the amounts into another currency.
     *
     * @param currency  the target currency
     * @param rate  plan-currency units per unit of the target currency
     */
    public record Conversion(String currency, BigDecimal rate) {
    }

    /**
     * One group of the cost table and the groups under it.
     *
     * @param dimension  what the group is: plan, goal, objective, measure, level:N, activity, lead, involved,
     *        programme, year, category, source or donor
     * @param key  the group's key (section or activity id, institution, programme, year...), null for the plan and
     *        for the group of what the plan does not state
     * @param code  the printed code of a section or activity, null if none
     * @param title  the title in the plan's languages, null if none
     * @param activities  the number of activities in the group, quantified or not
     * @param cost  the cost, exact, in the plan currency
     * @param funding  the identified funding, exact
     * @param gap  the financing gap in {@code gapConvention}, exact
     * @param converted  cost, funding and gap converted, null without a conversion
     * @param unquantified  ids of the activities in the group with no cost amount (never counted as zero)
     * @param children  the groups under this one, empty below {@code --depth}
     */
    public record Row(String dimension, String key, String code, LocalizedText title, int activities,
            BigDecimal cost, BigDecimal funding, BigDecimal gap, Converted converted, List<String> unquantified,
            List<Row> children) {
        /** Reads an absent list as empty. */
        public Row {
            unquantified = OutputOptions.list(unquantified);
            children = OutputOptions.list(children);
        }
    }

    /**
     * Amounts converted at the given rate, rounded half-even to the target currency's minor unit.
     *
     * @param cost  the cost
     * @param funding  the funding
     * @param gap  the gap, in the output's convention
     */
    public record Converted(BigDecimal cost, BigDecimal funding, BigDecimal gap) {
    }

    @Override
    public Integer call() {
        Plan p = Inputs.plan(plan, spec.commandLine().getErr());
        ExchangeRate conversion = null;
        if (currency != null || rate != null) {
            if (currency == null || rate == null) {
                throw new InputException("--currency and --rate go together, e.g. --currency EUR --rate 110");
            }
            try {
                conversion = new ExchangeRate(Money.currency(currency), p.currency(), rate, null, "command line");
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage(), e);
            }
        }
        GapConvention convention = switch (gap.toLowerCase(Locale.ROOT)) {
            case "cost-minus-funding" -> GapConvention.COST_MINUS_FUNDING;
            case "funding-minus-cost" -> GapConvention.FUNDING_MINUS_COST;
            default -> throw new InputException("--gap must be cost-minus-funding or funding-minus-cost, got '" + gap + "'");
        };
        output.lang();
        PlanCosts costs = PlanCosts.of(p);
        CostNode root;
        List<String> byNames = by == null ? List.of() : by.stream().map(String::trim).toList();
        if (byNames.isEmpty()) {
            root = costs.tree().root();
        } else {
            List<Dimension> dimensions = byNames.stream().map(CostCommand::dimension).toList();
            depth = dimensions.size();
            root = costs.pivot(dimensions).root();
        }
        switch (output.format) {
            case text -> {
                StringBuilder sb = new StringBuilder();
                sb.append(String.format(Locale.ROOT, "%-12s %-48s %18s %18s %18s%n", "code", "title", "cost", "funding", "gap"));
                print(sb, root, 0, conversion, convention);
                output.writeText(spec, sb.toString());
            }
            case json -> output.writeJson(spec, new Output(p.id(), p.currency().getCurrencyCode(), byNames, convention,
                    conversion == null ? null : new Conversion(conversion.base().getCurrencyCode(), conversion.rate()),
                    row(root, 0, conversion, convention)));
            default -> output.writeReport(spec, report(p, root, conversion, convention));
        }
        return 0;
    }

    private void print(StringBuilder out, CostNode node, int level, ExchangeRate conversion, GapConvention convention) {
        String title = node.title() != null ? output.text(node.title()) : level == 0 ? "" : notStated(node.key());
        String name = "  ".repeat(level) + (title.length() > 46 - 2 * level ? title.substring(0, 43 - 2 * level) + "..." : title);
        out.append(String.format(Locale.ROOT, "%-12s %-48s %18s %18s %18s%n", node.code() == null ? "" : node.code(), name,
                amount(node.cost(), conversion), amount(node.funding(), conversion),
                amount(node.gap(convention), conversion)));
        for (CostNode child : shown(node, level)) {
            print(out, child, level + 1, conversion, convention);
        }
    }

    private Row row(CostNode node, int level, ExchangeRate conversion, GapConvention convention) {
        List<Row> children = new ArrayList<>();
        for (CostNode child : shown(node, level)) {
            children.add(row(child, level + 1, conversion, convention));
        }
        Money g = node.gap(convention);
        Converted converted = conversion == null ? null : new Converted(convert(node.cost(), conversion),
                convert(node.funding(), conversion), convert(g, conversion));
        return new Row(name(node.dimension()), node.key(), node.code(), node.title(), node.count(),
                node.cost().amount(), node.funding().amount(), g.amount(), converted, node.unquantified(), children);
    }

    private Report report(Plan p, CostNode root, ExchangeRate conversion, GapConvention convention) {
        String ccy = p.currency().getCurrencyCode();
        List<Column> columns = new ArrayList<>(List.of(Column.of("code", output.label("code"), ColumnType.TEXT),
                Column.of("group", output.label("group"), ColumnType.TEXT),
                Column.of("activities", output.label("activities"), ColumnType.NUMBER),
                Column.of("cost", output.label("cost"), ColumnType.MONEY),
                Column.of("funding", output.label("funding"), ColumnType.MONEY),
                Column.of("gap", output.label("gap"), ColumnType.MONEY)));
        if (conversion != null) {
            String to = conversion.base().getCurrencyCode();
            columns.add(Column.of("cost_converted", output.label("cost") + " (" + to + ")", ColumnType.MONEY));
            columns.add(Column.of("funding_converted", output.label("funding") + " (" + to + ")", ColumnType.MONEY));
            columns.add(Column.of("gap_converted", output.label("gap") + " (" + to + ")", ColumnType.MONEY));
        }
        columns.add(Column.of("unquantified", output.label("unquantified"), ColumnType.NUMBER));
        List<org.actionplan.reporting.Row> rows = new ArrayList<>();
        addRows(rows, root, 0, conversion, convention);
        String note = String.format(Locale.ROOT, output.label("cost.note"), ccy, output.label("gap." + convention.name()))
                + (conversion == null ? "" : String.format(Locale.ROOT, output.label("cost.note.rate"),
                        conversion.rate().toPlainString(), ccy, conversion.base().getCurrencyCode()));
        Table table = new Table("cost", output.label("cost.table"), columns, rows, note);
        String section = by == null || by.isEmpty() ? output.label("cost.hierarchy")
                : output.label("by") + " " + String.join(", ", by);
        return output.report("cost", "cost.title", p, section, List.of(table));
    }

    private void addRows(List<org.actionplan.reporting.Row> rows, CostNode node, int level, ExchangeRate conversion,
            GapConvention convention) {
        String ccy = node.currency().getCurrencyCode();
        Money g = node.gap(convention);
        List<Value> cells = new ArrayList<>(List.of(
                node.code() == null ? Value.empty() : Value.text(node.code()),
                Value.text(node.title() != null ? output.text(node.title())
                        : level == 0 ? output.label("total") : node.key() == null ? output.label("notStated") : node.key()),
                Value.count(node.count()),
                Value.money(node.cost().amount(), ccy, 0), Value.money(node.funding().amount(), ccy, 0),
                Value.money(g.amount(), ccy, 0)));
        if (conversion != null) {
            String to = conversion.base().getCurrencyCode();
            cells.add(Value.money(convert(node.cost(), conversion), to, 0));
            cells.add(Value.money(convert(node.funding(), conversion), to, 0));
            cells.add(Value.money(convert(g, conversion), to, 0));
        }
        cells.add(Value.count(node.unquantified().size()));
        boolean leaf = shown(node, level).isEmpty();
        rows.add(level == 0 ? org.actionplan.reporting.Row.total(0, cells.toArray(Value[]::new))
                : leaf ? org.actionplan.reporting.Row.data(level - 1, cells.toArray(Value[]::new))
                : org.actionplan.reporting.Row.group(level - 1, cells.toArray(Value[]::new)));
        for (CostNode child : shown(node, level)) {
            addRows(rows, child, level + 1, conversion, convention);
        }
    }

    // The groups shown under a node at a level: its children down to --depth (with --by: every dimension), in every format.
    private List<CostNode> shown(CostNode node, int level) {
        return level < depth ? node.children() : List.of();
    }

    private static BigDecimal convert(Money m, ExchangeRate conversion) {
        return conversion.convert(m, RoundingMode.HALF_EVEN).amount();
    }

    /** The command-line name of a dimension, as {@code --by} takes it; "plan" for the root. */
    static String name(Dimension d) {
        if (d == null) {
            return "plan";
        }
        return switch (d.kind()) {
            case LEVEL -> d.level() == 1 ? "goal" : d.level() == 2 ? "objective" : d.level() == 3 ? "measure" : "level:" + d.level();
            case LEAD_INSTITUTION -> "lead";
            case RESPONSIBLE_INSTITUTION -> "responsible";
            case INVOLVED_INSTITUTION -> "involved";
            case BUDGET_PROGRAMME -> "programme";
            case YEAR -> "year";
            case CATEGORY -> "category";
            case SOURCE_KIND -> "source";
            case DONOR -> "donor";
            case ACTIVITY -> "activity";
        };
    }

    static Dimension dimension(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("level:")) {
            try {
                return Dimension.level(Integer.parseInt(n.substring(6)));
            } catch (IllegalArgumentException e) {
                throw new InputException("--by level:N needs a level number from 1, got '" + name + "'", e);
            }
        }
        return switch (n) {
            case "goal" -> Dimension.GOAL;
            case "objective" -> Dimension.level(2);
            case "measure" -> Dimension.level(3);
            case "lead" -> Dimension.LEAD_INSTITUTION;
            case "involved" -> Dimension.INVOLVED_INSTITUTION;
            case "programme", "program" -> Dimension.BUDGET_PROGRAMME;
            case "year" -> Dimension.YEAR;
            case "category" -> Dimension.CATEGORY;
            case "source" -> Dimension.SOURCE_KIND;
            case "donor" -> Dimension.DONOR;
            case "activity" -> Dimension.ACTIVITY;
            default -> throw new InputException("unknown --by dimension '" + name + "' (use goal, objective, measure, "
                    + "level:N, lead, involved, programme, year, category, source, donor, activity)");
        };
    }

    // A group with no key holds what the plan does not state for that dimension, e.g. funding with no year.
    private static String notStated(String key) {
        return key == null || key.isEmpty() ? "(not stated)" : key;
    }

    static String amount(Money m, ExchangeRate conversion) {
        if (m == null) {
            return "-";
        }
        String s = String.format(java.util.Locale.ROOT, "%,d", m.amount().setScale(0, RoundingMode.HALF_EVEN).longValue());
        if (conversion != null) {
            Money c = conversion.convert(m, RoundingMode.HALF_EVEN);
            s += String.format(java.util.Locale.ROOT, " (%s %,d)", c.currency().getCurrencyCode(),
                    c.amount().setScale(0, RoundingMode.HALF_EVEN).longValue());
        }
        return s;
    }
}

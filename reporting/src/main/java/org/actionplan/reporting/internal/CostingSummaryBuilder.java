package org.actionplan.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.CostTable;
import org.actionplan.costing.Dimension;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.costing.Ratio;
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

/**
 * Builds the costing summary in the layout of Albania's 2024-2025 plan from the costing engine's roll-up.
 * <p>
 * Sections: the summary (total, MTBP, foreign funding with donors, later budget, other sources, gap and gap %,
 * current and capital split, funded share, what could not be quantified, the converted total when asked);
 * charts (current and capital cost by goal, funding against gap by goal, cost per year); shares by goal; the
 * costing table per goal, objective, measure and activity with per-year current, capital and total, totals,
 * funding by source, donors, gap and gap %; and the activities without a cost amount, listed. Amounts come from
 * the engine exactly; they are rounded only for display (HALF_EVEN to the decimals shown). Converted amounts
 * are converted row by row with {@link ExchangeRate#convert(Money, RoundingMode)}, HALF_EVEN to the target
 * currency's minor unit, so converted rows need not add up to the converted total to the last unit.
 */
public final class CostingSummaryBuilder {

    private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private final Context cx;
    private final CostTable tree;
    private final GapConvention convention;
    private final List<Integer> years;
    private final ExchangeRate conversion;
    private final Currency target;
    private final int decimals;

    private CostingSummaryBuilder(Context cx, CostTable tree, GapConvention convention) {
        this.cx = cx;
        this.tree = tree;
        this.convention = convention;
        this.years = tree.years();
        this.conversion = cx.options().conversion();
        Currency planCurrency = cx.plan().currency();
        if (conversion != null && !conversion.base().equals(planCurrency) && !conversion.quote().equals(planCurrency)) {
            throw new IllegalArgumentException("the conversion rate " + conversion + " does not involve the plan's currency "
                    + planCurrency.getCurrencyCode());
        }
        this.target = conversion == null ? null
                : conversion.base().equals(planCurrency) ? conversion.quote() : conversion.base();
        this.decimals = cx.moneyDecimals();
    }

    /**
     * Builds the report.
     *
     * @param costs  the plan's costs from the costing engine, not null
     * @param convention  the sign convention in which to show gaps, not null
     * @param options  the options, not null
     * @return the report, never null
     * @throws IllegalArgumentException if the conversion rate does not involve the plan's currency
     * @throws org.actionplan.core.money.CurrencyMismatchException if the plan mixes currencies that its own
     *         exchange rates (and the conversion option) cannot bring to the plan's currency
     */
    public static Report build(PlanCosts costs, GapConvention convention, ReportOptions options) {
        Plan plan = costs.plan();
        Context cx = new Context(plan, options);
        CostTable tree = costs.tree();
        if (tree.currencies().size() > 1) {
            List<ExchangeRate> rates = new ArrayList<>(plan.exchangeRates());
            if (options.conversion() != null) {
                rates.add(options.conversion());
            }
            tree = tree.convertedTo(plan.currency(), rates, ROUNDING);
        }
        return new CostingSummaryBuilder(cx, tree, convention).report(costs);
    }

    private Report report(PlanCosts costs) {
        CostNode root = tree.root();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection(cx.label("costing.summary"), summary(root, costs)));
        sections.add(new ReportSection(cx.label("costing.charts"), charts(root)));
        sections.add(ReportSection.of(cx.label("costing.byGoal"), sharesByGoal(root)));
        sections.add(ReportSection.of(cx.label("costing.table"), costingTable(root)));
        sections.add(new ReportSection(cx.label("costing.unquantified"), unquantified(root)));
        return new Report("costing-summary", cx.label("costing.title"), cx.best(cx.plan().title()), cx.language(),
                sections);
    }

    // ---------------------------------------------------------------- summary

    private List<Block> summary(CostNode root, PlanCosts costs) {
        List<Block.Entry> e = new ArrayList<>();
        Money cost = root.cost();
        e.add(entry("costing.totalCost", money(cost)));
        if (conversion != null) {
            e.add(new Block.Entry(cx.label("costing.totalCostIn", target.getCurrencyCode()), converted(cost)));
        }
        Money current = root.cost(null, EconomicCategory.CURRENT);
        Money capital = root.cost(null, EconomicCategory.CAPITAL);
        Money unspecified = root.cost(null, EconomicCategory.UNSPECIFIED);
        e.add(entry("costing.current", money(current)));
        e.add(entry("costing.currentShare", percent(new Ratio(current.amount(), cost.amount()))));
        e.add(entry("costing.capital", money(capital)));
        e.add(entry("costing.capitalShare", percent(root.capitalShare())));
        if (!unspecified.isZero()) {
            e.add(entry("costing.unspecified", money(unspecified)));
        }
        e.add(entry("costing.mtbp", money(root.funding(FundingSourceKind.STATE_BUDGET_MTBP))));
        e.add(entry("costing.foreign", money(root.funding(FundingSourceKind.FOREIGN))));
        List<String> donors = donors(costs);
        e.add(entry("costing.donors", Value.text(donors.isEmpty() ? cx.label("costing.noDonors")
                : String.join(", ", donors))));
        e.add(entry("costing.later", money(root.funding(FundingSourceKind.STATE_BUDGET_LATER))));
        e.add(entry("costing.other", money(other(root))));
        e.add(entry("costing.funding", money(root.funding())));
        e.add(entry("costing.fundedShare", percent(root.fundedShare())));
        e.add(entry("costing.gap." + convention.name(), money(root.gap(convention))));
        e.add(entry("costing.gapShare", percent(gapShare(root))));
        e.add(entry("costing.activities", Value.count(root.count())));
        e.add(entry("costing.unquantifiedCount", Value.count(root.unquantified().size())));
        e.add(entry("costing.unquantifiedFundingCount", Value.count(root.unquantifiedFunding().size())));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Summary(null, e));
        blocks.add(new Block.Notice(Block.NoticeKind.INFO, cx.label("costing.gapNote." + convention.name())));
        if (!root.unquantified().isEmpty()) {
            blocks.add(new Block.Notice(Block.NoticeKind.WARNING,
                    cx.label("costing.unquantifiedNotice", root.unquantified().size())));
        }
        if (conversion != null) {
            blocks.add(new Block.Notice(Block.NoticeKind.INFO, cx.label("costing.conversionNote",
                    conversion.base().getCurrencyCode(), cx.formats().decimal(conversion.rate(),
                            Math.max(0, conversion.rate().stripTrailingZeros().scale())),
                    conversion.quote().getCurrencyCode())));
        }
        return blocks;
    }

    private List<String> donors(PlanCosts costs) {
        Set<String> names = new LinkedHashSet<>();
        for (CostNode donor : costs.pivot(Dimension.DONOR).root().children()) {
            if (donor.key() != null) {
                names.add(donor.key());
            }
        }
        return List.copyOf(names);
    }

    // ---------------------------------------------------------------- charts

    private List<Block> charts(CostNode root) {
        List<CostNode> goals = root.children();
        List<String> names = new ArrayList<>();
        List<BigDecimal> current = new ArrayList<>();
        List<BigDecimal> capital = new ArrayList<>();
        List<BigDecimal> mtbp = new ArrayList<>();
        List<BigDecimal> foreign = new ArrayList<>();
        List<BigDecimal> others = new ArrayList<>();
        List<BigDecimal> shortfall = new ArrayList<>();
        BigDecimal surplus = BigDecimal.ZERO;
        for (CostNode g : goals) {
            names.add(heading(g));
            current.add(g.cost(null, EconomicCategory.CURRENT).amount());
            capital.add(g.cost(null, EconomicCategory.CAPITAL).amount()
                    .add(g.cost(null, EconomicCategory.UNSPECIFIED).amount()));
            mtbp.add(g.funding(FundingSourceKind.STATE_BUDGET_MTBP).amount());
            foreign.add(g.funding(FundingSourceKind.FOREIGN).amount());
            others.add(other(g).amount());
            BigDecimal gap = g.gap().amount();
            shortfall.add(gap.max(BigDecimal.ZERO));
            surplus = surplus.add(gap.min(BigDecimal.ZERO).negate());
        }
        String axis = cx.label("costing.amountIn", cx.currency());
        String goalAxis = cx.label("costing.goal");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Chart.Bars("cost-by-goal", cx.label("costing.chart.byGoal"),
                cx.label("costing.chart.byGoalText", cx.formats().standalone(money(root.cost()))), true, goalAxis, axis,
                ColumnType.MONEY, cx.currency(), decimals, names,
                List.of(new Chart.Series(cx.label("costing.current"), current),
                        new Chart.Series(cx.label("costing.capitalOrUnspecified"), capital))));
        blocks.add(new Chart.Bars("funding-vs-gap", cx.label("costing.chart.fundingGap"),
                cx.label("costing.chart.fundingGapText", cx.formats().standalone(money(root.funding())),
                        cx.formats().standalone(money(root.gap()))) + (surplus.signum() > 0
                        ? " " + cx.label("costing.chart.surplus", cx.formats().standalone(money(surplus))) : ""),
                true, goalAxis, axis, ColumnType.MONEY, cx.currency(), decimals, names,
                List.of(new Chart.Series(cx.label("costing.mtbp"), mtbp),
                        new Chart.Series(cx.label("costing.foreign"), foreign),
                        new Chart.Series(cx.label("costing.other"), others),
                        new Chart.Series(cx.label("costing.shortfall"), shortfall))));
        List<String> yearNames = new ArrayList<>();
        List<BigDecimal> yearCurrent = new ArrayList<>();
        List<BigDecimal> yearCapital = new ArrayList<>();
        for (int y : years) {
            yearNames.add(Integer.toString(y));
            yearCurrent.add(root.cost(y, EconomicCategory.CURRENT).amount());
            yearCapital.add(root.cost(y, EconomicCategory.CAPITAL).amount()
                    .add(root.cost(y, EconomicCategory.UNSPECIFIED).amount()));
        }
        blocks.add(new Chart.Bars("cost-by-year", cx.label("costing.chart.byYear"),
                cx.label("costing.chart.byYearText", years.isEmpty() ? "" : years.get(0),
                        years.isEmpty() ? "" : years.get(years.size() - 1)), true, cx.label("costing.year"), axis,
                ColumnType.MONEY, cx.currency(), decimals, yearNames,
                List.of(new Chart.Series(cx.label("costing.current"), yearCurrent),
                        new Chart.Series(cx.label("costing.capitalOrUnspecified"), yearCapital))));
        return blocks;
    }

    // ---------------------------------------------------------------- shares by goal

    private Table sharesByGoal(CostNode root) {
        List<Column> columns = List.of(
                Column.of("goal", cx.label("costing.goal"), ColumnType.TEXT),
                Column.of("current", cx.label("costing.current"), ColumnType.MONEY),
                Column.of("capital", cx.label("costing.capital"), ColumnType.MONEY),
                Column.of("total", cx.label("costing.total"), ColumnType.MONEY),
                Column.of("share", cx.label("costing.share"), ColumnType.PERCENT),
                Column.of("funded_share", cx.label("costing.fundedShare"), ColumnType.PERCENT),
                Column.of("gap", cx.label("costing.gapColumn." + convention.name()), ColumnType.MONEY),
                Column.of("gap_share", cx.label("costing.gapShare"), ColumnType.PERCENT));
        List<Row> rows = new ArrayList<>();
        for (CostNode g : root.children()) {
            rows.add(Row.data(0, Value.text(heading(g)), money(g.cost(null, EconomicCategory.CURRENT)),
                    money(g.cost(null, EconomicCategory.CAPITAL)), money(g.cost()), percent(g.shareOf(root)),
                    percent(g.fundedShare()), money(g.gap(convention)), percent(gapShare(g))));
        }
        rows.add(Row.total(0, Value.text(cx.label("costing.total")), money(root.cost(null, EconomicCategory.CURRENT)),
                money(root.cost(null, EconomicCategory.CAPITAL)), money(root.cost()), percent(root.shareOf(root)),
                percent(root.fundedShare()), money(root.gap(convention)), percent(gapShare(root))));
        return new Table("shares-by-goal", cx.label("costing.byGoal"), columns, rows, null);
    }

    // ---------------------------------------------------------------- costing table

    private Table costingTable(CostNode root) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("code", cx.label("col.code"), ColumnType.TEXT));
        columns.add(Column.of("title", cx.label("costing.titleColumn"), ColumnType.TEXT));
        for (int y : years) {
            columns.add(Column.of("current_" + y, cx.label("costing.yearCurrent", y), ColumnType.MONEY));
            columns.add(Column.of("capital_" + y, cx.label("costing.yearCapital", y), ColumnType.MONEY));
            columns.add(Column.of("total_" + y, cx.label("costing.yearTotal", y), ColumnType.MONEY));
        }
        columns.add(Column.of("current", cx.label("costing.current"), ColumnType.MONEY));
        columns.add(Column.of("capital", cx.label("costing.capital"), ColumnType.MONEY));
        columns.add(Column.of("total", cx.label("costing.total"), ColumnType.MONEY));
        columns.add(Column.of("mtbp", cx.label("costing.mtbp"), ColumnType.MONEY));
        columns.add(Column.of("foreign", cx.label("costing.foreign"), ColumnType.MONEY));
        columns.add(Column.of("donors", cx.label("costing.donors"), ColumnType.TEXT));
        columns.add(Column.of("later", cx.label("costing.later"), ColumnType.MONEY));
        columns.add(Column.of("other", cx.label("costing.other"), ColumnType.MONEY));
        columns.add(Column.of("gap", cx.label("costing.gapColumn." + convention.name()), ColumnType.MONEY));
        columns.add(Column.of("gap_share", cx.label("costing.gapShare"), ColumnType.PERCENT));
        if (conversion != null) {
            columns.add(Column.of("total_converted", cx.label("costing.totalIn", target.getCurrencyCode()),
                    ColumnType.MONEY));
        }
        List<Row> rows = new ArrayList<>();
        for (CostNode child : root.children()) {
            rows(child, 0, rows, columns.size());
        }
        rows.add(row(root, Row.Kind.TOTAL, 0, Value.empty(), Value.text(cx.label("costing.planTotal")), columns.size()));
        return new Table("costing-table", cx.label("costing.table"), columns, rows, cx.label("costing.tableNote"));
    }

    private void rows(CostNode node, int level, List<Row> rows, int width) {
        int lvl = Math.min(level, 20);
        if (node.section().isPresent()) {
            var s = node.section().get();
            rows.add(row(node, Row.Kind.GROUP, lvl, Value.text(Context.code(s.rawCode(), s.code())), cx.text(s.title()),
                    width));
        } else if (node.activity().isPresent()) {
            Activity a = node.activity().get();
            rows.add(row(node, Row.Kind.DATA, lvl, Value.text(Context.code(a.rawCode(), a.code())), cx.text(a.title()),
                    width));
        } else {
            rows.add(row(node, Row.Kind.GROUP, lvl, Value.text(node.code() == null ? "" : node.code()),
                    node.title() == null ? Value.text(String.valueOf(node.key())) : cx.text(node.title()), width));
        }
        for (CostNode child : node.children()) {
            rows(child, level + 1, rows, width);
        }
    }

    private Row row(CostNode n, Row.Kind kind, int level, Value code, Value title, int width) {
        List<Value> cells = new ArrayList<>(width);
        cells.add(code);
        cells.add(title);
        Activity activity = n.activity().orElse(null);
        boolean ownCostMissing = activity != null && n.unquantified().contains(activity.id()) && n.cost().isZero();
        Value missing = ownCostMissing ? Value.text(costText(activity.cost())) : null;
        for (int y : years) {
            cells.add(missing != null ? missing : money(n.cost(y, EconomicCategory.CURRENT)));
            cells.add(missing != null ? missing : money(n.cost(y, EconomicCategory.CAPITAL)));
            cells.add(missing != null ? missing : money(n.cost(y, null)));
        }
        cells.add(missing != null ? missing : money(n.cost(null, EconomicCategory.CURRENT)));
        cells.add(missing != null ? missing : money(n.cost(null, EconomicCategory.CAPITAL)));
        cells.add(missing != null ? missing : money(n.cost()));
        cells.add(money(n.funding(FundingSourceKind.STATE_BUDGET_MTBP)));
        cells.add(money(n.funding(FundingSourceKind.FOREIGN)));
        cells.add(activity == null ? Value.empty() : donorsOf(activity.cost()));
        cells.add(money(n.funding(FundingSourceKind.STATE_BUDGET_LATER)));
        cells.add(money(other(n)));
        cells.add(missing != null ? Value.empty() : money(n.gap(convention)));
        cells.add(missing != null ? Value.empty() : percent(gapShare(n)));
        if (conversion != null) {
            cells.add(missing != null ? Value.empty() : converted(n.cost()));
        }
        return new Row(kind, level, cells);
    }

    private String costText(CostEstimate cost) {
        return cost == null || cost.text() == null ? cx.label("cost.unquantified") : cost.text();
    }

    private static Value donorsOf(CostEstimate cost) {
        if (cost == null) {
            return Value.empty();
        }
        Set<String> donors = new LinkedHashSet<>();
        for (FundingLine line : cost.funding()) {
            if (line.donor() != null) {
                donors.add(line.donor());
            }
        }
        return donors.isEmpty() ? Value.empty() : Value.text(String.join(", ", donors));
    }

    // ---------------------------------------------------------------- unquantified

    private List<Block> unquantified(CostNode root) {
        List<Block> blocks = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(root.unquantified());
        ids.addAll(root.unquantifiedFunding());
        if (ids.isEmpty()) {
            blocks.add(new Block.Paragraph(cx.label("costing.allQuantified")));
            return blocks;
        }
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            Activity a = cx.plan().activity(id).orElse(null);
            if (a == null) {
                continue;
            }
            rows.add(Row.data(0, Value.text(Context.code(a.rawCode(), a.code())), cx.text(a.title()),
                    Value.text(root.unquantified().contains(id) ? costText(a.cost()) : ""),
                    Value.text(unquantifiedFunding(a.cost()))));
        }
        blocks.add(new Table("unquantified", cx.label("costing.unquantified"), List.of(
                Column.of("code", cx.label("col.code"), ColumnType.TEXT),
                Column.of("activity", cx.label("col.activity"), ColumnType.TEXT),
                Column.of("cost", cx.label("costing.costAsPrinted"), ColumnType.TEXT),
                Column.of("funding", cx.label("costing.fundingWithoutAmount"), ColumnType.TEXT)), rows, null));
        return blocks;
    }

    private String unquantifiedFunding(CostEstimate cost) {
        if (cost == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (FundingLine line : cost.funding()) {
            if (!line.isQuantified()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(cx.labels().of(line.source()));
                if (line.text() != null) {
                    sb.append(": ").append(line.text());
                }
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- helpers

    private Block.Entry entry(String key, Value value) {
        return new Block.Entry(cx.label(key), value);
    }

    private Value.Number money(Money m) {
        return money(m.amount());
    }

    private Value.Number money(BigDecimal amount) {
        return Value.money(amount, cx.currency(), decimals);
    }

    private Value converted(Money m) {
        Money c = conversion.convert(m, ROUNDING);
        return Value.money(c.amount(), c.currency().getCurrencyCode(), Money.scaleOf(c.currency()));
    }

    private static Money other(CostNode n) {
        return n.funding().minus(n.funding(FundingSourceKind.STATE_BUDGET_MTBP))
                .minus(n.funding(FundingSourceKind.FOREIGN)).minus(n.funding(FundingSourceKind.STATE_BUDGET_LATER));
    }

    private Ratio gapShare(CostNode n) {
        Ratio r = n.gapShare();
        return convention == GapConvention.COST_MINUS_FUNDING ? r : new Ratio(r.numerator().negate(), r.denominator());
    }

    private static Value percent(Ratio r) {
        return r.isDefined() ? Value.percent(r.percent(1), 1) : Value.text("\u2014");
    }

    private String heading(CostNode goal) {
        return goal.section().map(cx::heading).orElse(String.valueOf(goal.key()));
    }
}
